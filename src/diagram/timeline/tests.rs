//! Tests of the drawn timeline: lanes, clashes, person assignments, ranges.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use super::*;
use crate::diagram::text::Measure;
use crate::diagram::timeline::lanes::Span;
use crate::diagram::timeline::lanes::span_rows;
use crate::diagram::timeline::texts::conflicts;
use crate::diagram::timeline::texts::tick_text;
use crate::model::Assignee;
use crate::model::Body;
use crate::model::Document;
use crate::model::Meeting;
use crate::model::MeetingStatus;
use crate::model::{Assignment, AssignmentStatus, Membership, MembershipId, PersonId, Role};
use chrono::NaiveTime;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn body(id: &str, people: &[&str]) -> Body {
    let mut b = Body::new(BodyId::new(id), &format!("Organ {id}"));
    b.short_name = id.to_uppercase();
    b.memberships = people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            Membership::new(
                MembershipId::new(format!("ms-{id}-{i}")),
                Some(PersonId::new(*p)),
                Role::Member,
            )
        })
        .collect();
    b
}

fn meeting(id: &str, body: &str, date: NaiveDate, hours: (u32, u32)) -> Meeting {
    let mut m = Meeting::new(MeetingId::new(id), vec![BodyId::new(body)], date);
    m.title = format!("Möte {id}");
    m.start = NaiveTime::from_hms_opt(hours.0, 0, 0);
    m.end = NaiveTime::from_hms_opt(hours.1, 0, 0);
    m
}

fn options(from: NaiveDate, to: NaiveDate) -> TimelineOptions {
    TimelineOptions {
        from,
        to,
        px_per_day: 15.0,
        bodies: Vec::new(),
        today: d(2026, 12, 10),
        lang: Lang::Sv,
        width: 1200.0,
        matter: None,
    }
}

#[test]
fn rows_never_share_a_day() {
    let s = |a: NaiveDate, b: NaiveDate, i| Span {
        first: a,
        last: b,
        activity: i,
    };
    let spans = [
        s(d(2026, 1, 1), d(2026, 1, 31), 0),
        s(d(2026, 1, 5), d(2026, 1, 11), 1),
        s(d(2026, 1, 12), d(2026, 1, 18), 2),
        s(d(2026, 2, 1), d(2026, 2, 28), 3),
        s(d(2026, 1, 31), d(2026, 1, 31), 4),
    ];
    let (rows, used) = span_rows(&spans, 8);
    // 31 January fits under the two weeks once they are over.
    assert_eq!(rows, [0, 1, 1, 0, 1]);
    assert_eq!(used, 2);
    for (i, a) in spans.iter().enumerate() {
        for (j, b) in spans.iter().enumerate().skip(i + 1) {
            let share = a.first <= b.last && b.first <= a.last;
            assert!(!(share && rows[i] == rows[j]), "{i} and {j}");
        }
    }
    let (rows, used) = span_rows(&spans, 1);
    assert_eq!(used, 1);
    assert!(rows.iter().all(|r| *r == 0));
}

#[test]
fn clashes_need_a_shared_member_and_overlapping_times() {
    let mut doc = Document::new("t");
    doc.bodies = vec![
        body("a", &["p1", "p2"]),
        body("b", &["p2"]),
        body("c", &["p3"]),
    ];
    let day = d(2026, 12, 3);
    doc.meetings = vec![
        meeting("m1", "a", day, (9, 12)),
        meeting("m2", "b", day, (11, 13)),
        meeting("m3", "c", day, (9, 12)),
        meeting("m4", "b", day, (12, 14)),
    ];
    let got = conflicts(&doc, day, day);
    // m1–m2 share p2 and overlap; m3 shares nobody; m4 starts when m1 ends.
    assert_eq!(got.get(&0), Some(&vec![1]));
    assert_eq!(got.get(&1), Some(&vec![0, 3]));
    assert_eq!(got.get(&3), Some(&vec![1]));
    assert_eq!(got.get(&2), None);
    // Cancelled meetings clash with nothing.
    doc.meetings[1].status = MeetingStatus::Cancelled;
    assert!(conflicts(&doc, day, day).is_empty());
}

#[test]
fn person_assignments_get_their_own_lane() {
    let measure = Measure::new().unwrap();
    let mut doc = Document::new("t");
    doc.bodies = vec![body("a", &[]), body("b", &[])];
    let assignment = |id: &str, assignee: Assignee| Assignment {
        id: AssignmentId::new(id),
        title: format!("Uppdrag {id}"),
        description: String::new(),
        given_by: BodyId::new("a"),
        assignee,
        given: None,
        due: Some(d(2026, 12, 15)),
        report_to: None,
        status: AssignmentStatus::InProgress,
        activity: None,
    };
    doc.assignments = vec![
        assignment("u1", Assignee::Body(BodyId::new("b"))),
        assignment("u2", Assignee::Person(PersonId::new("p1"))),
    ];
    let chart = timeline(&doc, &options(d(2026, 12, 1), d(2026, 12, 31)), &measure);
    let names: Vec<&str> = chart.lanes.iter().map(|l| l.label.as_str()).collect();
    assert_eq!(names, ["A", "B", "Uppdrag"]);
    let lane_of = |id: &str| {
        let hit = chart
            .hits
            .iter()
            .find(|h| h.target == TimelineTarget::Assignment(AssignmentId::new(id)))
            .unwrap();
        chart.lane_at(hit.min[1]).unwrap()
    };
    assert_eq!(lane_of("u1"), 1);
    assert_eq!(lane_of("u2"), 2);
    // Showing only body a: u1 is filtered out, u2 (given by a) stays.
    let mut opts = options(d(2026, 12, 1), d(2026, 12, 31));
    opts.bodies = vec![BodyId::new("a")];
    let chart = timeline(&doc, &opts, &measure);
    assert_eq!(chart.lanes.len(), 2);
    assert_eq!(chart.hits.len(), 1);
}

#[test]
fn english_ticks() {
    let tick = |unit, date| Tick {
        date,
        x: 0.0,
        unit,
        label: String::new(),
    };
    assert_eq!(
        tick_text(&tick(TickUnit::Week, d(2026, 12, 28)), false, Lang::En),
        "w. 53"
    );
    assert_eq!(
        tick_text(&tick(TickUnit::Month, d(2026, 5, 1)), true, Lang::En),
        "May 2026"
    );
    assert_eq!(
        tick_text(&tick(TickUnit::Quarter, d(2026, 7, 1)), false, Lang::En),
        "Q3"
    );
}

#[test]
fn bars_are_cut_to_the_view() {
    let measure = Measure::new().unwrap();
    let mut doc = Document::new("t");
    doc.bodies = vec![body("a", &[])];
    doc.cycle.activities = vec![crate::model::Activity {
        id: ActivityId::new("c1"),
        body: BodyId::new("a"),
        title: "Hela november".to_owned(),
        description: String::new(),
        when: crate::model::Recurrence::Month(11),
        is_meeting: false,
        report_back: None,
    }];
    let chart = timeline(&doc, &options(d(2026, 11, 20), d(2026, 12, 31)), &measure);
    let hits: Vec<&TimelineHit> = chart.hits.iter().collect();
    assert_eq!(hits.len(), 1);
    assert!((hits[0].min[0] - LABEL_COLUMN).abs() < 1e-3);
    let end = chart.scale.x_from_date(d(2026, 12, 1));
    assert!((hits[0].max[0] - end).abs() < 1e-3);
    assert_eq!(chart.date_at(hits[0].max[0] - 1.0), d(2026, 11, 30));
    // A view that ends before November has no bar.
    let chart = timeline(&doc, &options(d(2026, 12, 1), d(2026, 12, 31)), &measure);
    assert!(chart.hits.is_empty());
}

/// A matter chosen in the options is one line through its meetings, lane to lane in date
/// order, with a dot each; without it, nothing of the kind is drawn.
#[test]
fn a_matter_is_a_connected_line_across_the_lanes() {
    use crate::diagram::scene::Shape;
    use crate::model::{AgendaItem, AgendaItemId, AgendaItemKind, Matter, MatterId, MatterStatus};
    let Some(measure) = Measure::new() else {
        return;
    };
    let matter = MatterId::new("e1");
    let mut doc = Document::new("t");
    doc.bodies = vec![body("a", &[]), body("b", &[]), body("c", &[])];
    doc.matters.push(Matter {
        id: matter.clone(),
        title: "Ärende".into(),
        description: String::new(),
        origin: crate::model::Origin::Outside(String::new()),
        owner: None,
        status: MatterStatus::Initiated,
        opened: None,
    });
    let filed = |id: &str, b: &str, date: NaiveDate| {
        let mut m = meeting(id, b, date, (9, 10));
        m.agenda.push(AgendaItem {
            id: AgendaItemId::new(format!("{id}-1")),
            number: 1,
            title: "Punkt".into(),
            kind: AgendaItemKind::Decision,
            presenters: Vec::new(),
            duration: 10,
            description: String::new(),
            guests: Vec::new(),
            sub_items: Vec::new(),
            matter: Some(matter.clone()),
            report_backs: Vec::new(),
        });
        m
    };
    // In the document out of date order: c, then a, then b.
    doc.meetings = vec![
        filed("m3", "c", d(2026, 12, 20)),
        filed("m1", "a", d(2026, 12, 3)),
        filed("m2", "b", d(2026, 12, 10)),
    ];
    let mut o = options(d(2026, 12, 1), d(2026, 12, 31));
    let plain = timeline(&doc, &o, &measure);
    o.matter = Some(matter);
    let chart = timeline(&doc, &o, &measure);
    let colour = crate::palette::MATTER_LINE;
    let lines: Vec<&Vec<[f32; 2]>> = chart
        .scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Line { points, stroke, .. } if stroke.colour == colour => Some(points),
            _ => None,
        })
        .collect();
    assert_eq!(lines.len(), 1, "one line");
    let points = lines[0];
    assert_eq!(points.len(), 3);
    assert!(
        points.windows(2).all(|w| w[0][0] < w[1][0]),
        "left to right in date order"
    );
    let lane_of = |y: f32| chart.lane_at(y).unwrap();
    let lanes: Vec<usize> = points.iter().map(|p| lane_of(p[1])).collect();
    assert_eq!(lanes, [0, 1, 2], "a's lane, then b's, then c's");
    let dots = |c: &TimelineChart| {
        c.scene
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Circle { fill: Some(f), .. } if *f == colour))
            .count()
    };
    assert_eq!(dots(&chart), 3);
    assert_eq!(dots(&plain), 0);
}
