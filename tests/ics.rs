//! Calendar export: RFC 5545 that a calendar library reads back, with stable UIDs, the
//! Stockholm time zone, escaping and folding.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use icalendar::{Calendar, Component};
use samverkan::export::ics::{calendar, escape, fold, uid};
use samverkan::i18n::Lang;
use samverkan::model::{AgendaItem, AgendaItemId, AgendaItemKind, MeetingStatus, Participant};

fn doc_with_a_hard_meeting() -> samverkan::model::Document {
    let mut doc = samverkan::sample::sample_document().unwrap();
    let m = &mut doc.meetings[0];
    m.title = "Beredning; budget, \"plan\" \\ 2023\nrad två – Åsa & Örjan".into();
    m.start = chrono::NaiveTime::from_hms_opt(9, 30, 0);
    m.end = chrono::NaiveTime::from_hms_opt(12, 0, 0);
    m.place = "Regionens hus, sal Älven".into();
    m.agenda = vec![AgendaItem {
        id: AgendaItemId::from("a1"),
        number: 1,
        title:
            "Aktuellt perspektiv – analys per utmaning, med en mycket lång titel som måste vikas"
                .into(),
        kind: AgendaItemKind::Discussion,
        presenters: vec![Participant::Named("Yvonne Lennemyr".into())],
        duration: 45,
        description: String::new(),
        guests: vec![],
        sub_items: vec![],
        matter: None,
        report_backs: Vec::new(),
    }];
    doc
}

#[test]
fn the_export_parses_back_with_uids_times_and_text() {
    let doc = doc_with_a_hard_meeting();
    let meetings: Vec<_> = doc.meetings.iter().collect();
    let text = calendar(&doc, &meetings, Lang::Sv).unwrap();
    let cal: Calendar = text.parse().unwrap();
    let events: Vec<_> = cal.events().collect();
    assert_eq!(events.len(), doc.meetings.len());
    for (e, m) in events.iter().zip(&doc.meetings) {
        assert_eq!(e.get_uid(), Some(uid(&doc, m).as_str()));
    }
    let first = events[0];
    assert_eq!(first.property_value("DTSTART"), Some("20220826T093000"));
    assert_eq!(first.property_value("DTEND"), Some("20220826T120000"));
    let dtstart = first.properties().get("DTSTART").unwrap();
    assert_eq!(
        dtstart
            .params()
            .get("TZID")
            .map(icalendar::Parameter::value),
        Some("Europe/Stockholm")
    );
    // The summary's special characters come back as written.
    let summary = first
        .get_summary()
        .unwrap()
        .replace("\\n", "\n")
        .replace("\\;", ";")
        .replace("\\,", ",")
        .replace("\\\\", "\\");
    assert_eq!(summary, doc.meetings[0].title);
    assert!(
        first
            .get_description()
            .unwrap()
            .contains("09:30 1. Aktuellt perspektiv")
    );
    assert!(first.get_description().unwrap().contains("Yvonne Lennemyr"));
    // A meeting without times is a whole-day event.
    let untimed = events
        .iter()
        .zip(&doc.meetings)
        .find(|(_, m)| m.start.is_none())
        .unwrap()
        .0;
    assert!(
        untimed
            .properties()
            .get("DTSTART")
            .unwrap()
            .params()
            .get("VALUE")
            .is_some()
    );
    assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm"));
}

#[test]
fn uids_are_stable_so_a_reimport_updates() {
    let doc = doc_with_a_hard_meeting();
    let meetings: Vec<_> = doc.meetings.iter().collect();
    let a = calendar(&doc, &meetings, Lang::Sv).unwrap();
    let mut edited = doc.clone();
    edited.meetings[0].title = "Nytt namn".into();
    edited.meetings[0].status = MeetingStatus::Cancelled;
    let b = calendar(
        &edited,
        &edited.meetings.iter().collect::<Vec<_>>(),
        Lang::Sv,
    )
    .unwrap();
    let uids = |t: &str| {
        t.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(uids(&a), uids(&b));
    assert!(b.contains("STATUS:CANCELLED"));
}

#[test]
fn lines_are_folded_at_75_octets_with_crlf() {
    let doc = doc_with_a_hard_meeting();
    let text = calendar(&doc, &doc.meetings.iter().collect::<Vec<_>>(), Lang::Sv).unwrap();
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n'));
    }
    let folded = fold(&"å".repeat(60));
    assert!(folded.split("\r\n").all(|l| l.len() <= 75));
    assert_eq!(folded.replace("\r\n ", "").trim_end(), "å".repeat(60));
    assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
}

#[test]
fn a_meeting_over_midnight_ends_the_next_day() {
    let mut doc = doc_with_a_hard_meeting();
    doc.meetings[0].start = chrono::NaiveTime::from_hms_opt(22, 0, 0);
    doc.meetings[0].end = chrono::NaiveTime::from_hms_opt(1, 0, 0);
    let text = calendar(&doc, &[&doc.meetings[0]], Lang::Sv).unwrap();
    assert!(text.contains("DTEND;TZID=Europe/Stockholm:20220827T010000"));
}

#[test]
fn the_command_line_exports_a_body_within_dates() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.ron");
    std::fs::write(&file, samverkan::sample::SAMPLE_RON).unwrap();
    let out = dir.path().join("vr.ics");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_samverkan"))
            .args(["export", "ics"])
            .arg(&file)
            .args(args)
            .arg("-o")
            .arg(&out)
            .output()
            .unwrap()
    };
    let ok = run(&["--body", "vr", "--from", "2022-08-01", "--to", "2023-07-31"]);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let cal: Calendar = std::fs::read_to_string(&out).unwrap().parse().unwrap();
    let doc = samverkan::sample::sample_document().unwrap();
    let expected = doc
        .meetings
        .iter()
        .filter(|m| m.bodies.iter().any(|b| b.as_str() == "vr"))
        .filter(|m| {
            m.date.to_string().as_str() >= "2022-08-01"
                && m.date.to_string().as_str() <= "2023-07-31"
        })
        .count();
    assert!(expected > 0);
    assert_eq!(cal.events().count(), expected);
    let bad = run(&["--meeting", "nope"]);
    assert_eq!(bad.status.code(), Some(1));
}

/// Seed 004's proposed dates for next year: "27 januari fm eller em" is tentative, "1–2
/// december internat" one event over both days, and a proposed date is tentative too.
#[test]
fn proposed_tentative_and_two_day_meetings_export_as_such() {
    let mut doc = samverkan::sample::sample_document().unwrap();
    let day = |m: u32, d: u32| chrono::NaiveDate::from_ymd_opt(2022, m, d).unwrap();
    let base = doc.meetings[0].clone();
    let mut tentative = base.clone();
    tentative.id = "m-fm-em".into();
    tentative.date = day(1, 27);
    tentative.start = None;
    tentative.end = None;
    tentative.tentative_time = "fm eller em".into();
    tentative.status = MeetingStatus::Planned;
    let mut internat = base.clone();
    internat.id = "m-internat".into();
    internat.date = day(12, 1);
    internat.last_day = Some(day(12, 2));
    internat.start = chrono::NaiveTime::from_hms_opt(10, 0, 0);
    internat.end = chrono::NaiveTime::from_hms_opt(15, 0, 0);
    internat.status = MeetingStatus::Proposed;
    let mut fixed = base.clone();
    fixed.id = "m-fast".into();
    fixed.date = day(4, 21);
    fixed.last_day = None;
    fixed.status = MeetingStatus::Planned;
    fixed.tentative_time = String::new();
    doc.meetings = vec![tentative, internat, fixed];
    let meetings: Vec<_> = doc.meetings.iter().collect();
    let text = calendar(&doc, &meetings, Lang::Sv).unwrap();
    let cal: Calendar = text.parse().unwrap();
    let events: Vec<_> = cal.events().collect();
    assert_eq!(events.len(), 3);
    assert_eq!(events[0].property_value("STATUS"), Some("TENTATIVE"));
    assert_eq!(events[0].property_value("DTSTART"), Some("20220127"));
    assert_eq!(events[0].property_value("DTEND"), Some("20220128"));
    assert!(
        events[0]
            .property_value("DESCRIPTION")
            .unwrap()
            .contains("fm eller em"),
        "the tentative time is in the description"
    );
    assert_eq!(events[1].property_value("STATUS"), Some("TENTATIVE"));
    assert_eq!(events[1].property_value("DTSTART"), Some("20221201T100000"));
    assert_eq!(events[1].property_value("DTEND"), Some("20221202T150000"));
    assert_eq!(events[2].property_value("STATUS"), Some("CONFIRMED"));
}
