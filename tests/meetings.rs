//! Meetings: agenda clock times, reordering, carrying items forward, § numbering, and the
//! documents sent for a meeting (PDF and Markdown notice and minutes, XLSX member list).

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use chrono::{NaiveDate, NaiveTime};
use common::pdftotext;
use samverkan::export::{MeetingDoc, TextFormat, meeting_document};
use samverkan::i18n::Lang;
use samverkan::model::agenda::{
    CarryOver, carry_over, clock_times, initial_agenda, move_item, next_paragraph, overrun,
    renumber, standard_items, total_minutes,
};
use samverkan::model::*;
use std::process::Command;

mod common;

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn item(id: &str, title: &str, minutes: u32) -> AgendaItem {
    AgendaItem {
        id: AgendaItemId::new(id),
        number: 0,
        title: title.into(),
        kind: AgendaItemKind::Information,
        presenters: Vec::new(),
        duration: minutes,
        description: String::new(),
        guests: Vec::new(),
        sub_items: Vec::new(),
        matter: None,
        report_backs: Vec::new(),
    }
}

fn sample() -> Document {
    samverkan::sample::sample_document().unwrap()
}

fn bg_meeting<'a>(doc: &'a Document, id: &str) -> &'a Meeting {
    doc.meeting(&MeetingId::new(id))
        .unwrap_or_else(|| panic!("the sample has {id}"))
}

#[test]
fn clock_times_follow_the_durations() {
    let items = vec![
        item("a", "A", 5),
        item("b", "B", 25),
        item("c", "C", 0),
        item("d", "D", 40),
    ];
    let spans = clock_times(Some(time(9, 0)), &items).unwrap();
    let shown: Vec<String> = spans
        .iter()
        .map(|s| format!("{}-{}", s.start.format("%H:%M"), s.end.format("%H:%M")))
        .collect();
    assert_eq!(
        shown,
        ["09:00-09:05", "09:05-09:30", "09:30-09:30", "09:30-10:10"]
    );
    assert!(spans.iter().all(|s| s.end_day == 0));
    assert_eq!(total_minutes(&items), 70);
    assert!(
        clock_times(None, &items).is_none(),
        "no start time, no clock"
    );
}

#[test]
fn clock_times_run_past_midnight_into_the_next_day() {
    let items = vec![item("a", "A", 30), item("b", "B", 45), item("c", "C", 60)];
    let spans = clock_times(Some(time(23, 0)), &items).unwrap();
    assert_eq!(
        (spans[0].start, spans[0].end, spans[0].end_day),
        (time(23, 0), time(23, 30), 0)
    );
    assert_eq!(
        (spans[1].start, spans[1].end, spans[1].end_day),
        (time(23, 30), time(0, 15), 1)
    );
    assert_eq!(
        (spans[2].start, spans[2].end, spans[2].end_day),
        (time(0, 15), time(1, 15), 1)
    );
}

#[test]
fn overrun_is_the_minutes_past_the_meetings_end() {
    let doc = sample();
    let mut m = bg_meeting(&doc, "m-2026-10-09-bg").clone();
    m.start = Some(time(13, 0));
    m.end = Some(time(14, 0));
    m.agenda = vec![item("a", "A", 30), item("b", "B", 40)];
    assert_eq!(overrun(&m), Some(10));
    m.agenda[1].duration = 30;
    assert_eq!(overrun(&m), None, "exactly full is not over");
    // Over midnight: 22:00–01:00 is three hours.
    m.start = Some(time(22, 0));
    m.end = Some(time(1, 0));
    m.agenda = vec![item("a", "A", 200)];
    assert_eq!(overrun(&m), Some(20));
    m.end = None;
    assert_eq!(overrun(&m), None, "no end, nothing to compare with");
}

#[test]
fn the_samples_september_meeting_runs_over() {
    let doc = sample();
    let m = bg_meeting(&doc, "m-2026-09-10-bg");
    assert_eq!(overrun(m), Some(10));
}

/// Numbers stay with their items when they move (real agendas skip numbers); renumbering is
/// the secretary's explicit "Numrera om".
#[test]
fn moving_an_item_keeps_the_numbers_until_renumbered() {
    let mut items: Vec<AgendaItem> = ["A", "B", "C", "D", "E"]
        .iter()
        .map(|t| item(&t.to_lowercase(), t, 10))
        .collect();
    renumber(&mut items);
    items[4].number = 12; // seed 004 goes 8 → 12
    assert!(samverkan::model::agenda::numbers_in_order(&items));
    assert_eq!(samverkan::model::agenda::next_number(&items), 13);
    move_item(&mut items, 4, 1);
    let order: Vec<(u32, &str)> = items.iter().map(|i| (i.number, i.title.as_str())).collect();
    assert_eq!(order, [(1, "A"), (12, "E"), (2, "B"), (3, "C"), (4, "D")]);
    assert!(!samverkan::model::agenda::numbers_in_order(&items));
    renumber(&mut items);
    let order: Vec<(u32, &str)> = items.iter().map(|i| (i.number, i.title.as_str())).collect();
    assert_eq!(order, [(1, "A"), (2, "E"), (3, "B"), (4, "C"), (5, "D")]);
    move_item(&mut items, 0, 4);
    let titles: Vec<&str> = items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["E", "B", "C", "D", "A"]);
    let before = items.clone();
    move_item(&mut items, 7, 0);
    assert_eq!(items, before, "an index past the end changes nothing");
}

#[test]
fn open_action_items_and_returning_items_are_offered_for_the_next_agenda() {
    let doc = sample();
    let december = bg_meeting(&doc, "m-2026-12-10-bg");
    let offers = carry_over(&doc, december);
    let open: Vec<&str> = offers
        .iter()
        .filter_map(|o| match o {
            CarryOver::OpenAction { action, .. } => Some(action.id.as_str()),
            _ => None,
        })
        .collect();
    // Every action item still open from the beredningsgrupp's earlier meetings, none done.
    let expected: Vec<&str> = doc
        .meetings
        .iter()
        .filter(|m| m.bodies.contains(&BodyId::new("bg")) && m.date < december.date)
        .filter_map(|m| m.minutes.as_ref())
        .flat_map(|m| m.action_items.iter().filter(|a| !a.done))
        .filter(|a| !december.agenda.iter().any(|i| i.title == a.text))
        .map(|a| a.id.as_str())
        .collect();
    assert!(!expected.is_empty(), "the sample has open action items");
    assert_eq!(open, expected);
    assert!(
        !open.contains(&"act-2026-11-12-bg-1"),
        "done items stay behind"
    );
    // November's returning item is already on December's agenda, so it is not offered twice.
    assert!(
        offers
            .iter()
            .all(|o| !december.agenda.iter().any(|i| i.title == o.title()))
    );
}

#[test]
fn a_returning_item_is_offered_once_then_not_again() {
    let mut doc = sample();
    let december_id = MeetingId::new("m-2026-12-10-bg");
    let idx = doc
        .meetings
        .iter()
        .position(|m| m.id == december_id)
        .unwrap();
    // Take the returning item off December's agenda: now it must be offered.
    let november = bg_meeting(&doc, "m-2026-11-12-bg").clone();
    let returning = november
        .minutes
        .as_ref()
        .unwrap()
        .items
        .iter()
        .find(|i| i.returns)
        .unwrap();
    let title = november
        .agenda
        .iter()
        .find(|i| i.id == returning.item)
        .unwrap()
        .title
        .clone();
    doc.meetings[idx].agenda.retain(|i| i.title != title);
    let offers = carry_over(&doc, &doc.meetings[idx]);
    let offer = offers
        .iter()
        .find(|o| matches!(o, CarryOver::Returning { .. }) && o.title() == title)
        .expect("the returning item is offered");
    // Accepting it puts it on the agenda, and it is no longer offered.
    let new_item = offer.to_item(AgendaItemId::new("ai-new"));
    doc.meetings[idx].agenda.push(new_item);
    let again = carry_over(&doc, &doc.meetings[idx]);
    assert!(again.iter().all(|o| o.title() != title));
}

#[test]
fn paragraphs_continue_per_body_and_year() {
    let doc = sample();
    let december = bg_meeting(&doc, "m-2026-12-10-bg");
    let highest = bg_meeting(&doc, "m-2026-11-12-bg")
        .minutes
        .as_ref()
        .unwrap()
        .items
        .iter()
        .filter_map(|i| i.paragraph)
        .max()
        .unwrap();
    assert_eq!(next_paragraph(&doc, december), highest + 1);
    // A new year starts again at § 1.
    let january = bg_meeting(&doc, "m-2027-01-15-bg");
    assert_eq!(next_paragraph(&doc, january), 1);
}

#[test]
fn a_new_agenda_starts_from_the_bodys_template_or_the_standard_frame() {
    let doc = sample();
    let bg = doc.body(&BodyId::new("bg")).unwrap();
    assert!(bg.numbers_paragraphs);
    let from_template = initial_agenda(Some(bg));
    assert_eq!(from_template, bg.agenda_template);
    let standard = initial_agenda(None);
    assert_eq!(standard.first().unwrap().title, standard_items()[0].title);
    assert!(standard.iter().any(|i| i.title == "Nästa möte"));
}

/// Positions of each needle in `text`, each searched after the previous one: fails
/// unless all are there in this order.
fn in_order(text: &str, needles: &[String]) {
    let mut from = 0;
    for needle in needles {
        match text[from..].find(needle.as_str()) {
            Some(at) => from += at + needle.len(),
            None => panic!("{needle:?} missing or out of order after byte {from} in:\n{text}"),
        }
    }
}

#[test]
fn the_notice_pdf_has_every_item_time_and_presenter_in_order() {
    let doc = sample();
    let m = bg_meeting(&doc, "m-2026-12-10-bg");
    let pdf = meeting_document(&doc, m, MeetingDoc::Notice, TextFormat::Pdf, Lang::Sv).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = pdftotext(&pdf);
    // pdftotext may break a long title over lines: compare with whitespace collapsed.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let spans = clock_times(m.start, &m.agenda).unwrap();
    let mut needles = vec![
        "Beredningsgruppen".to_owned(),
        "torsdag 10 december 2026".to_owned(),
    ];
    for (item, span) in m.agenda.iter().zip(&spans) {
        needles.push(format!(
            "{}–{}",
            span.start.format("%H:%M"),
            span.end.format("%H:%M")
        ));
        needles.push(format!("{}. {}", item.number, item.title));
        for p in &item.presenters {
            needles.push(doc.participant_name(p));
        }
    }
    in_order(&flat, &needles);
    // Every member called is named.
    for seat in &doc.body(&BodyId::new("bg")).unwrap().memberships {
        let person = doc.person(seat.person.as_ref().unwrap()).unwrap();
        assert!(flat.contains(&person.name), "{} called", person.name);
    }
}

#[test]
fn the_minutes_pdf_reads_like_minutes() {
    let doc = sample();
    let m = bg_meeting(&doc, "m-2026-10-09-bg");
    let pdf = meeting_document(&doc, m, MeetingDoc::Minutes, TextFormat::Pdf, Lang::Sv).unwrap();
    let text = pdftotext(&pdf);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let minutes = m.minutes.as_ref().unwrap();
    let mut needles = vec!["Mötesanteckningar".to_owned(), "Närvarande:".to_owned()];
    for item in &m.agenda {
        let written = minutes.items.iter().find(|w| w.item == item.id);
        if let Some(p) = written.and_then(|w| w.paragraph) {
            needles.push(format!("§ {p}"));
        }
        needles.push(format!("{}. {}", item.number, item.title));
        if let Some(d) = written.and_then(|w| w.decisions().next()) {
            // The first words of the decision, before any line break.
            needles.push(d.split_whitespace().take(4).collect::<Vec<_>>().join(" "));
        }
    }
    needles.push("Åtgärdslista".to_owned());
    in_order(&flat, &needles);
    let sign_off = minutes.sign_off.as_ref().unwrap();
    assert!(flat.contains(&sign_off.date.to_string()));
    for a in minutes
        .attendance
        .iter()
        .filter(|a| a.presence == Presence::Absent)
    {
        assert!(flat.contains(&doc.participant_name(&a.who)));
    }
}

/// Lines that start with "- " in notes, questions and decisions print as lists, in the PDF
/// and in Markdown.
#[test]
fn dashed_lines_in_the_minutes_print_as_lists() {
    let mut doc = sample();
    let id = MeetingId::new("m-2026-10-09-bg");
    let m = doc.meetings.iter_mut().find(|m| m.id == id).unwrap();
    let minutes = m.minutes.as_mut().unwrap();
    minutes.items[0].blocks = vec![
        Block::Notes("Rapporter:\n- Healthy Cities Sverige\n- Pågående ansökningar".into()),
        Block::Questions("- Hur når vi kommunerna?".into()),
    ];
    let m = doc.meeting(&id).unwrap();
    let md =
        meeting_document(&doc, m, MeetingDoc::Minutes, TextFormat::Markdown, Lang::Sv).unwrap();
    let md = String::from_utf8(md).unwrap();
    assert!(
        md.contains("Rapporter:\n\n- Healthy Cities Sverige\n- Pågående ansökningar\n"),
        "{md}"
    );
    assert!(md.contains("\n\n- Hur når vi kommunerna?\n"), "{md}");
    assert!(!md.contains("\\- "), "no escaped dashes: {md}");
    let pdf = meeting_document(&doc, m, MeetingDoc::Minutes, TextFormat::Pdf, Lang::Sv).unwrap();
    let text = pdftotext(&pdf);
    assert!(text.contains("• Healthy Cities Sverige"), "{text}");
    assert!(text.contains("• Pågående ansökningar"), "{text}");
    assert!(text.contains("• Hur når vi kommunerna?"), "{text}");
    assert!(!text.contains("- Healthy"), "{text}");
}

#[test]
fn the_markdown_minutes_have_the_same_content() {
    let doc = sample();
    let m = bg_meeting(&doc, "m-2026-11-12-bg");
    let md =
        meeting_document(&doc, m, MeetingDoc::Minutes, TextFormat::Markdown, Lang::Sv).unwrap();
    let md = String::from_utf8(md).unwrap();
    // Held, not yet signed off: a draft, and it says so first.
    assert_eq!(m.status, MeetingStatus::Held);
    assert!(
        md.starts_with("**UTKAST**\n\nBeredningsgruppen\n\n# Mötesanteckningar 12 november 2026\n"),
        "{md}"
    );
    for item in &m.agenda {
        assert!(
            md.contains(&item.title.replace('-', "\\-")) || md.contains(&item.title),
            "{}",
            item.title
        );
    }
    assert!(
        md.contains("**Närvarande:**") || md.contains("## Närvarande:"),
        "{md}"
    );
}

#[test]
fn english_documents_use_english_words() {
    let doc = sample();
    let m = bg_meeting(&doc, "m-2026-12-10-bg");
    let md = meeting_document(&doc, m, MeetingDoc::Notice, TextFormat::Markdown, Lang::En).unwrap();
    let md = String::from_utf8(md).unwrap();
    assert!(md.contains("Notice and agenda"), "{md}");
    assert!(md.contains("Thursday 10 December 2026"), "{md}");
    assert!(md.contains("Presenter"), "{md}");
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_samverkan"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_command_line_writes_agenda_and_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.ron");
    std::fs::write(&file, samverkan::sample::SAMPLE_RON).unwrap();
    let file = file.to_str().unwrap();
    let pdf = dir.path().join("kallelse.pdf");
    let out = run(&[
        "export",
        "agenda",
        file,
        "--meeting",
        "m-2026-12-10-bg",
        "--format",
        "pdf",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = sample();
    let from_app = meeting_document(
        &doc,
        bg_meeting(&doc, "m-2026-12-10-bg"),
        MeetingDoc::Notice,
        TextFormat::Pdf,
        Lang::Sv,
    )
    .unwrap();
    assert_eq!(
        pdftotext(&std::fs::read(&pdf).unwrap()),
        pdftotext(&from_app),
        "same document as the app's"
    );

    let md = dir.path().join("anteckningar.md");
    let out = run(&[
        "export",
        "minutes",
        file,
        "--meeting",
        "m-2026-11-12-bg",
        "--format",
        "md",
        "-o",
        md.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        std::fs::read_to_string(&md)
            .unwrap()
            .contains("Mötesanteckningar")
    );

    let bad = run(&[
        "export",
        "agenda",
        file,
        "--meeting",
        "m-nope",
        "-o",
        md.to_str().unwrap(),
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("m-nope"));
}

#[test]
fn the_member_list_as_xlsx_holds_text_cells_with_swedish_letters() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.ron");
    let mut text = samverkan::sample::SAMPLE_RON.to_owned();
    // A name that would be a formula in a CSV stays plain text in a workbook.
    text = text.replacen(
        "name: \"Yvonne Lennemyr\"",
        "name: \"=HYPERLINK(\\\"x\\\")\"",
        1,
    );
    std::fs::write(&file, text).unwrap();
    let xlsx = dir.path().join("ledamöter.xlsx");
    let out = run(&[
        "export",
        "members",
        file.to_str().unwrap(),
        "--body",
        "bg",
        "--format",
        "xlsx",
        "-o",
        xlsx.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&xlsx).unwrap()).unwrap();
    let mut strings = String::new();
    archive
        .by_name("xl/sharedStrings.xml")
        .unwrap()
        .read_to_string(&mut strings)
        .unwrap();
    assert!(strings.contains("Beredningsgruppen"));
    assert!(strings.contains("Företräder"), "header with ä");
    assert!(strings.contains("=HYPERLINK"), "kept as a string");
    let mut sheet = String::new();
    archive
        .by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut sheet)
        .unwrap();
    assert!(!sheet.contains("<f>"), "no formula cells");
    assert_eq!(sheet.matches("<row ").count(), 12, "header + 11 seats");
}

#[test]
fn meetings_of_the_sample_have_unique_agenda_and_action_ids() {
    let doc = sample();
    let mut ids: Vec<&str> = doc
        .meetings
        .iter()
        .flat_map(|m| m.agenda.iter().map(|i| i.id.as_str()))
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
    let held = doc
        .meetings
        .iter()
        .filter(|m| m.bodies.contains(&BodyId::new("bg")) && m.minutes.is_some())
        .count();
    assert!(
        held >= 3,
        "the sample shows the path from agenda to minutes"
    );
    assert!(
        doc.meetings
            .iter()
            .any(|m| m.date == NaiveDate::from_ymd_opt(2026, 12, 10).unwrap())
    );
}

/// Several presenters of one item print as a sentence lists them, in the notice, the
/// minutes and the calendar file.
#[test]
fn several_presenters_print_as_a_list() {
    let mut doc = sample();
    let id = MeetingId::new("m-2026-10-09-bg");
    let m = doc.meetings.iter_mut().find(|m| m.id == id).unwrap();
    m.agenda[0].presenters = vec![
        Participant::Named("Anna Andersson".into()),
        Participant::Named("Bertil Berg".into()),
        Participant::Named("Cecilia Ceder".into()),
    ];
    let m = doc.meeting(&id).unwrap();
    let line = "Föredragande: Anna Andersson, Bertil Berg och Cecilia Ceder";
    for which in [MeetingDoc::Notice, MeetingDoc::Minutes] {
        let md = meeting_document(&doc, m, which, TextFormat::Markdown, Lang::Sv).unwrap();
        assert!(String::from_utf8(md).unwrap().contains(line), "{which:?}");
        let pdf = meeting_document(&doc, m, which, TextFormat::Pdf, Lang::Sv).unwrap();
        let text = pdftotext(&pdf)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(line), "{which:?}: {text}");
    }
    let ics = samverkan::export::ics::calendar(&doc, &[m], Lang::Sv).unwrap();
    assert!(
        ics.replace("\r\n ", "")
            .contains("Anna Andersson\\, Bertil Berg och Cecilia Ceder"),
        "{ics}"
    );
}

/// "Driv och hinder" is an evaluation and the last meeting's notes a review: kinds real
/// agendas use beyond information, decision, discussion, dialogue and report.
#[test]
fn standard_items_have_the_kinds_real_agendas_use() {
    use samverkan::i18n::Label;
    let items = standard_items();
    let kind = |title: &str| items.iter().find(|t| t.title == title).unwrap().kind;
    assert_eq!(kind("Driv och hinder"), AgendaItemKind::Evaluation);
    assert_eq!(kind("Föregående mötesanteckningar"), AgendaItemKind::Review);
    assert_eq!(AgendaItemKind::Evaluation.label(Lang::Sv), "utvärdering");
    assert_eq!(AgendaItemKind::Review.label(Lang::Sv), "genomgång");
    assert_eq!(AgendaItemKind::ALL.len(), 7);
}

fn pdfinfo(pdf: &[u8], meta: bool) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.pdf");
    std::fs::write(&path, pdf).unwrap();
    let mut cmd = Command::new("pdfinfo");
    if meta {
        cmd.arg("-meta");
    }
    let out = cmd.arg(&path).output().expect("pdfinfo (poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// The notice and the minutes are PDF/A-2b for the archive, with title, author and
/// language in their metadata; qpdf finds the files sound. Text the font cannot show still
/// exports (as a plain PDF) rather than failing.
#[test]
fn the_notice_and_minutes_pdfs_are_pdf_a_with_title_author_and_language() {
    let doc = sample();
    let m = bg_meeting(&doc, "m-2026-10-09-bg");
    for which in [MeetingDoc::Notice, MeetingDoc::Minutes] {
        let pdf = meeting_document(&doc, m, which, TextFormat::Pdf, Lang::Sv).unwrap();
        assert!(samverkan::export::pdf::is_pdf_a(&pdf), "{which:?}");
        let info = pdfinfo(&pdf, false);
        assert!(
            info.contains("Title:") && info.contains("Beredningsgruppen"),
            "{info}"
        );
        assert!(info.contains("Author:"), "{info}");
        let meta = pdfinfo(&pdf, true);
        assert!(meta.contains("<pdfaid:part>2</pdfaid:part>"), "{meta}");
        assert!(meta.contains("sv"), "the language: {meta}");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.pdf");
        std::fs::write(&path, &pdf).unwrap();
        let out = Command::new("qpdf")
            .arg("--check")
            .arg(&path)
            .output()
            .expect("qpdf is installed (.ci/run installs it)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    let secretary = m
        .minutes
        .as_ref()
        .and_then(|x| x.secretary.as_ref())
        .unwrap();
    let pdf = meeting_document(&doc, m, MeetingDoc::Minutes, TextFormat::Pdf, Lang::Sv).unwrap();
    assert!(
        pdfinfo(&pdf, false).contains(&doc.participant_name(secretary)),
        "the secretary is the author"
    );

    let mut doc = doc.clone();
    let id = m.id.clone();
    let m = doc.meetings.iter_mut().find(|x| x.id == id).unwrap();
    m.minutes.as_mut().unwrap().items[0]
        .blocks
        .push(Block::Notes("Firade med 🎉".into()));
    let m = doc.meeting(&id).unwrap();
    let pdf = meeting_document(&doc, m, MeetingDoc::Minutes, TextFormat::Pdf, Lang::Sv).unwrap();
    assert!(pdftotext(&pdf).contains("Firade med"));
    assert!(!samverkan::export::pdf::is_pdf_a(&pdf));
}

/// A body's standing "Rapporter" keeps its sub-items: saved as the template from an agenda
/// item and put on the next agenda with them, and they start the minutes' headings.
#[test]
fn a_templates_sub_items_come_with_it_to_the_agenda_and_the_minutes() {
    let mut reports = item("a7", "Rapporter", 10);
    reports.sub_items = vec!["Från protokoll".into(), "Från arbetsgrupper".into()];
    let template = TemplateItem::from_item(&reports);
    assert_eq!(template.sub_items, reports.sub_items);
    let again = template.to_item(AgendaItemId::new("a8"));
    assert_eq!(again.sub_items, reports.sub_items);

    let doc = sample();
    let mut m = Meeting::new(
        MeetingId::new("m-x"),
        vec![BodyId::new("bg")],
        NaiveDate::from_ymd_opt(2027, 1, 14).unwrap(),
    );
    m.agenda = vec![again];
    let minutes = samverkan::model::agenda::start_minutes(&doc, &m);
    assert_eq!(
        minutes.items[0].blocks,
        [
            Block::Heading("Från protokoll".into()),
            Block::Heading("Från arbetsgrupper".into())
        ]
    );
}
