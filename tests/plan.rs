//! Planning a year from the annual cycle: recurrence expansion, never on a weekend or a
//! public holiday, nothing twice, and the command line.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use chrono::{Datelike, NaiveDate, Weekday};
use samverkan::model::holidays::{holiday_name, is_working_day};
use samverkan::model::plan::{calendar_year, propose, to_meetings};
use samverkan::model::*;

fn sample() -> Document {
    samverkan::sample::sample_document().unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn activity(id: &str, body: &str, when: Recurrence) -> Activity {
    Activity {
        id: ActivityId::new(id),
        body: BodyId::new(body),
        title: format!("Möte {id}"),
        description: String::new(),
        when,
        is_meeting: true,
        report_back: None,
    }
}

/// A cycle that points at Christmas, Midsummer Eve, a week-53 week and plain months.
fn awkward_cycle(doc: &mut Document) {
    doc.cycle.activities = vec![
        activity("jul", "bg", Recurrence::FixedDate { month: 12, day: 25 }),
        activity(
            "midsommar",
            "bg",
            Recurrence::NthWeekday {
                month: 6,
                n: 3,
                weekday: Weekday::Fri,
            },
        ),
        activity("v53", "or", Recurrence::IsoWeek(53)),
        activity("okt", "vr", Recurrence::Month(10)),
        activity("nyar", "psg", Recurrence::FixedDate { month: 1, day: 1 }),
        activity("sat", "psg", Recurrence::FixedDate { month: 3, day: 6 }),
    ];
    doc.meetings.clear();
}

#[test]
fn the_operating_year_maps_months_to_calendar_years() {
    assert_eq!(calendar_year(2026, 8, 8), 2026);
    assert_eq!(calendar_year(2026, 8, 12), 2026);
    assert_eq!(calendar_year(2026, 8, 1), 2027);
    assert_eq!(calendar_year(2026, 8, 7), 2027);
    assert_eq!(calendar_year(2026, 1, 7), 2026, "a calendar year");
}

#[test]
fn no_proposed_meeting_falls_on_a_weekend_or_a_holiday_2024_to_2030() {
    let mut doc = sample();
    awkward_cycle(&mut doc);
    for year in 2024..=2030 {
        let proposals = propose(&doc, year);
        assert!(proposals.len() >= 5, "{year}: {proposals:?}");
        for p in &proposals {
            assert!(
                is_working_day(p.date),
                "{year}: {} is {:?}",
                p.date,
                holiday_name(p.date)
            );
            assert!(p.date.weekday().num_days_from_monday() < 5);
            // Moved only when the cycle's day was not a working day, and said why.
            match p.moved_from {
                Some(from) => {
                    assert!(!is_working_day(from));
                    assert!(p.reason.is_some());
                }
                None => assert!(p.reason.is_none()),
            }
        }
    }
}

#[test]
fn christmas_day_moves_to_the_next_working_day_and_says_why() {
    let mut doc = sample();
    awkward_cycle(&mut doc);
    let proposals = propose(&doc, 2026);
    let jul = proposals
        .iter()
        .find(|p| p.activity.as_str() == "jul")
        .unwrap();
    assert_eq!(jul.moved_from, Some(date(2026, 12, 25)));
    assert_eq!(jul.reason, Some("Juldagen"));
    // 26 Dec is Annandag jul (a Saturday), 27 a Sunday: Monday 28 is the first working day.
    assert_eq!(jul.date, date(2026, 12, 28));
    // New Year's Day of the operating year 2026/27 is 2027-01-01, a Friday holiday.
    let nyar = proposals
        .iter()
        .find(|p| p.activity.as_str() == "nyar")
        .unwrap();
    assert_eq!(nyar.moved_from, Some(date(2027, 1, 1)));
    assert!(nyar.date > date(2027, 1, 1) && nyar.date.month() == 1);
}

#[test]
fn week_53_is_planned_only_in_years_that_have_it() {
    let mut doc = sample();
    awkward_cycle(&mut doc);
    doc.cycle.start_month = 1;
    let has = |year| {
        propose(&doc, year)
            .iter()
            .any(|p| p.activity.as_str() == "v53")
    };
    assert!(has(2026), "2026 has 53 ISO weeks");
    assert!(!has(2027));
    assert!(has(2032));
}

#[test]
fn month_activities_land_on_the_bodys_usual_weekday() {
    let doc = sample();
    // The beredningsgrupp mostly meets on Thursdays in the sample.
    let proposals = propose(&doc, 2027);
    let bg: Vec<_> = proposals
        .iter()
        .filter(|p| p.body.as_str() == "bg")
        .collect();
    assert!(bg.len() >= 10, "a year of monthly meetings: {bg:?}");
    for p in bg.iter().filter(|p| p.moved_from.is_none()) {
        assert_eq!(p.date.weekday(), Weekday::Thu, "{}", p.date);
    }
}

#[test]
fn planning_twice_creates_nothing_twice() {
    let doc = sample();
    let first = propose(&doc, 2027);
    assert!(!first.is_empty());
    let mut planned = doc.clone();
    let edits = to_meetings(&doc, &first)
        .into_iter()
        .map(samverkan::edit::Edit::PutMeeting)
        .collect();
    samverkan::edit::apply(&mut planned, samverkan::edit::Edit::Batch(edits)).unwrap();
    assert_eq!(planned.meetings.len(), doc.meetings.len() + first.len());
    assert!(propose(&planned, 2027).is_empty());
    // Ids are unique and readable.
    let mut ids: Vec<&str> = planned.meetings.iter().map(|m| m.id.as_str()).collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
    // The sample's own 2026/27 beredningsgrupp meetings are not proposed again.
    assert!(
        propose(&doc, 2026)
            .iter()
            .all(|p| p.body.as_str() != "bg" || p.date.year() == 2027 && p.date.month() == 7)
    );
}

#[test]
fn the_command_line_prints_the_proposal_and_applies_it_safely() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.ron");
    std::fs::write(&file, samverkan::sample::SAMPLE_RON).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_samverkan"))
            .arg("plan")
            .arg(&file)
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["--year", "2027"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let planned = samverkan::model::plan::plan(&sample(), 2027);
    assert_eq!(
        lines.len(),
        planned.meetings.len() + planned.report_backs.len()
    );
    assert!(
        !planned.report_backs.is_empty(),
        "the sample's cycle has report-backs"
    );
    // The meetings first, then the report-backs, which say to whom.
    let (meetings, reports) = lines.split_at(planned.meetings.len());
    assert_eq!(meetings.len(), propose(&sample(), 2027).len());
    assert!(
        reports.iter().all(|l| l.contains("återrapportering till")),
        "{reports:?}"
    );
    for line in &lines {
        let date = line.split('\t').next().unwrap();
        let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        assert!(is_working_day(d), "{line}");
    }
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        samverkan::sample::SAMPLE_RON,
        "without --apply nothing is written"
    );

    let out = run(&["--year", "2027", "--apply"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (loaded, _) = samverkan::io::read_document(&file).unwrap();
    assert_eq!(
        loaded.document.meetings.len(),
        sample().meetings.len() + meetings.len()
    );
    assert_eq!(
        loaded.document.assignments.len(),
        sample().assignments.len() + reports.len(),
        "the report-backs with the meetings"
    );
    assert!(
        file.with_file_name("plan.ron.backups").is_dir(),
        "the safe save kept a backup"
    );
    let again = run(&["--year", "2027"]);
    assert!(
        String::from_utf8(again.stdout).unwrap().is_empty(),
        "all planned"
    );
}
