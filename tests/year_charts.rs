#![allow(clippy::unwrap_used)] // tests fail loudly on purpose
#![allow(clippy::float_cmp)] // exact: hit boxes are the very numbers the shapes were drawn with
//! The year's two pictures: the årshjul and the timeline, drawn from the sample and from
//! small constructed documents.

use chrono::{Datelike, NaiveDate, NaiveTime};
use samverkan::diagram::scene::{Scene, Shape};
use samverkan::diagram::text::Measure;
use samverkan::diagram::timeline::{
    self, CONFLICT, HOLIDAY, LABEL_COLUMN, TimelineChart, TimelineOptions, TimelineTarget, WEEKEND,
};
use samverkan::diagram::wheel::{self, HitTarget, WheelChart, WheelOptions};
use samverkan::i18n::{Lang, month_name};
use samverkan::model::{BodyId, Document, Meeting, MeetingId, MeetingStatus, PersonId};
use std::collections::BTreeSet;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn sample() -> Document {
    samverkan::sample::sample_document().unwrap()
}

fn wheel(doc: &Document, year: i32, today: NaiveDate) -> WheelChart {
    let options = WheelOptions {
        year,
        bodies: Vec::new(),
        today,
        lang: Lang::Sv,
    };
    wheel::wheel(doc, &options, &Measure::new().unwrap())
}

fn timeline(doc: &Document, from: NaiveDate, to: NaiveDate, px_per_day: f32) -> TimelineChart {
    #[allow(clippy::cast_precision_loss)] // a few hundred days
    let days = ((to - from).num_days() + 1) as f32;
    let options = TimelineOptions {
        from,
        to,
        px_per_day,
        bodies: Vec::new(),
        today: d(2026, 12, 10),
        lang: Lang::Sv,
        width: LABEL_COLUMN + days * px_per_day,
        matter: None,
    };
    timeline::timeline(doc, &options, &Measure::new().unwrap())
}

fn texts(scene: &Scene) -> Vec<&str> {
    scene.texts().collect()
}

/// A shape's bounds as (min, max).
type Bounds = ([f32; 2], [f32; 2]);

/// Every text shape with its bounds.
fn text_boxes(scene: &Scene) -> Vec<(&str, Bounds)> {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { text, .. } => Some((text.as_str(), s.bounds())),
            _ => None,
        })
        .collect()
}

fn overlap(a: Bounds, b: Bounds) -> bool {
    a.0[0] < b.1[0] && b.0[0] < a.1[0] && a.0[1] < b.1[1] && b.0[1] < a.1[1]
}

/// Whether a polygon is convex: at least three corners, every turn the same way (straight
/// runs allowed), and one full turn in all, so it does not wind round twice like a star.
fn is_convex(points: &[[f32; 2]]) -> bool {
    let count = points.len();
    if count < 3 {
        return false;
    }
    // +1 or -1 once a real turn is seen; 0 before.
    let mut side = 0i8;
    let mut turning = 0.0f32;
    for i in 0..count {
        let (p0, p1, p2) = (points[i], points[(i + 1) % count], points[(i + 2) % count]);
        let edge = [p1[0] - p0[0], p1[1] - p0[1]];
        let next = [p2[0] - p1[0], p2[1] - p1[1]];
        let cross = edge[0] * next[1] - edge[1] * next[0];
        let scale = edge[0].hypot(edge[1]) * next[0].hypot(next[1]);
        if cross.abs() > 1e-4 * scale.max(1e-6) {
            let this = if cross > 0.0 { 1 } else { -1 };
            if side != 0 && this != side {
                return false;
            }
            side = this;
        }
        turning += cross.atan2(edge[0] * next[0] + edge[1] * next[1]);
    }
    side != 0 && (turning.abs() - std::f32::consts::TAU).abs() < 1e-2
}

fn polygons(scene: &Scene) -> Vec<&Vec<[f32; 2]>> {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Polygon { points, .. } => Some(points),
            _ => None,
        })
        .collect()
}

#[test]
fn convexity_check_itself() {
    assert!(is_convex(&[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]]));
    assert!(is_convex(&[[0.0, 0.0], [0.0, 1.0], [1.0, 1.0], [1.0, 0.0]]));
    // An arrow-like dart and a star are not.
    assert!(!is_convex(&[
        [0.0, 0.0],
        [2.0, 1.0],
        [0.0, 2.0],
        [0.5, 1.0]
    ]));
    let star: Vec<[f32; 2]> = (0..5)
        .map(|k| {
            #[allow(clippy::cast_precision_loss)]
            let a = std::f32::consts::TAU * (k * 2) as f32 / 5.0;
            [a.sin(), -a.cos()]
        })
        .collect();
    assert!(!is_convex(&star));
    assert!(!is_convex(&[[0.0, 0.0], [1.0, 1.0]]));
}

#[test]
fn the_sample_wheel_has_months_weeks_and_a_ring_per_body() {
    let doc = sample();
    assert_eq!(doc.cycle.start_month, 8);
    let chart = wheel(&doc, 2026, d(2026, 10, 15));
    let all = texts(&chart.scene);
    for m in 1..=12 {
        let name = month_name(m, Lang::Sv);
        assert_eq!(all.iter().filter(|t| **t == name).count(), 1, "{name}");
    }
    // The first month name drawn is the start month's.
    assert_eq!(
        all.iter()
            .find(|t| (1..=12).any(|m| month_name(m, Lang::Sv) == **t)),
        Some(&"augusti")
    );
    assert!(all.contains(&"Årshjul 2026/27"));
    // 28 December 2026 – 3 January 2027 is week 53.
    assert!(all.contains(&"53"));

    // A ring for every body with activities, in document order.
    let with_activities: BTreeSet<&BodyId> = doc.cycle.activities.iter().map(|a| &a.body).collect();
    let rings: Vec<&BodyId> = chart.rings.iter().map(|r| &r.body).collect();
    for b in &with_activities {
        assert!(rings.contains(b), "no ring for {b}");
    }
    let order: Vec<usize> = rings
        .iter()
        .map(|b| doc.bodies.iter().position(|x| &x.id == *b).unwrap())
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "rings in document order"
    );
    for w in chart.rings.windows(2) {
        assert!(w[0].outer <= w[1].inner + 1e-3);
    }
    // Each ring's name is drawn.
    for r in &chart.rings {
        let name = doc.body(&r.body).unwrap().label();
        assert!(all.contains(&name), "{name}");
    }

    // One mark per activity and per meeting of a ring's body in the year.
    let activities = chart
        .hits
        .iter()
        .filter(|h| matches!(h.target, HitTarget::Activity(_)))
        .count();
    assert_eq!(activities, doc.cycle.activities.len());
    let meetings: usize = doc
        .meetings
        .iter()
        .filter(|m| {
            m.status != MeetingStatus::Cancelled
                && m.date >= d(2026, 8, 1)
                && m.date < d(2027, 8, 1)
        })
        .map(|m| m.bodies.iter().filter(|b| rings.contains(b)).count())
        .sum();
    assert!(meetings > 0);
    assert_eq!(chart.hits.len(), activities + meetings);
    // Every mark is found again where it is drawn.
    for h in &chart.hits {
        let found = chart.hit_at(h.centre).unwrap();
        assert!(found.centre == h.centre || found.target == h.target);
        assert!(!h.label.is_empty());
    }
    // About 900 points across plus margins, and not too many shapes.
    assert!(chart.scene.size[0] > 900.0 && chart.scene.size[0] < 1200.0);
    assert!(chart.scene.size[1] > 900.0 && chart.scene.size[1] < 1200.0);
    assert!(
        chart.scene.shapes.len() < 3000,
        "{} shapes",
        chart.scene.shapes.len()
    );
    // The export entry point draws the same.
    let scene = wheel::wheel_scene(&doc, 2026, &[], d(2026, 10, 15), Lang::Sv);
    assert_eq!(scene, chart.scene);
}

#[test]
fn activities_take_their_months_from_the_right_calendar_year() {
    let doc = sample();
    let chart = wheel(&doc, 2026, d(2026, 10, 15));
    let year = chart.year.unwrap();
    for a in &doc.cycle.activities {
        let hit = chart
            .hits
            .iter()
            .find(|h| h.target == HitTarget::Activity(a.id.clone()))
            .unwrap();
        let date = chart.date_at(hit.centre).unwrap();
        // Marks sit mid-month; spread marks move a few days at most.
        assert_eq!(u32::from(a.when.month()), date.month(), "{}", a.id);
        let want_year = if a.when.month() >= 8 { 2026 } else { 2027 };
        assert_eq!(date.year(), want_year, "{}", a.id);
        assert!(date >= year.start && date < year.end_exclusive);
    }
}

#[test]
fn the_today_marker_is_there_only_inside_the_year() {
    let doc = sample();
    let inside = wheel(&doc, 2026, d(2027, 3, 12));
    let angle = inside.today_angle.unwrap();
    assert_eq!(inside.year.unwrap().date_from_angle(angle), d(2027, 3, 12));
    assert!(texts(&inside.scene).contains(&"Idag: 12 mars 2027"));
    let outside = wheel(&doc, 2026, d(2027, 8, 1));
    assert_eq!(outside.today_angle, None);
    assert!(!texts(&outside.scene).iter().any(|t| t.starts_with("Idag")));
    // Exactly one more line and dot with the marker.
    assert_eq!(
        inside.scene.shapes.len(),
        outside.scene.shapes.len() + 3,
        "line, dot and the date in the hub"
    );
}

#[test]
fn wheel_labels_never_overlap() {
    let doc = sample();
    for (year, start_month) in [(2026, 8), (2027, 8), (2026, 1), (2026, 3)] {
        let mut doc = doc.clone();
        doc.cycle.start_month = start_month;
        let chart = wheel(&doc, year, d(2026, 10, 15));
        assert!(
            chart.labels.len() >= doc.cycle.activities.len() / 2,
            "only {} labels",
            chart.labels.len()
        );
        // Within a lane, and in fact anywhere.
        for (i, a) in chart.labels.iter().enumerate() {
            for b in &chart.labels[i + 1..] {
                assert!(
                    !overlap((a.min, a.max), (b.min, b.max)),
                    "{:?} ring {} lane {} overlaps {:?} ring {} lane {}",
                    a.text,
                    a.ring,
                    a.lane,
                    b.text,
                    b.ring,
                    b.lane
                );
            }
            // Inside its ring.
            let ring = &chart.rings[a.ring];
            for corner in [a.min, a.max, [a.min[0], a.max[1]], [a.max[0], a.min[1]]] {
                let r = (corner[0] - chart.centre[0]).hypot(corner[1] - chart.centre[1]);
                assert!(r >= ring.inner - 0.5 && r <= ring.outer + 0.5, "{}", a.text);
            }
        }
        // From the scene alone: no two texts overlap, labels, names, weeks and months alike.
        let boxes = text_boxes(&chart.scene);
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!overlap(a.1, b.1), "{:?} overlaps {:?}", a.0, b.0);
            }
        }
        // Every label is drawn inside its box, and shortened labels end in "…".
        for l in &chart.labels {
            assert!(boxes.iter().any(|(t, b)| *t == l.text
                && b.0[0] >= l.min[0] - 0.01
                && b.1[0] <= l.max[0] + 0.01
                && b.0[1] >= l.min[1] - 0.01
                && b.1[1] <= l.max[1] + 0.01));
            let HitTarget::Activity(id) = &l.target else {
                panic!("only activities are labelled")
            };
            let title = &doc
                .cycle
                .activities
                .iter()
                .find(|a| &a.id == id)
                .unwrap()
                .title;
            assert!(l.text == *title || l.text.ends_with('…'));
        }
    }
}

#[test]
fn every_polygon_is_convex() {
    let doc = sample();
    for start_month in [1, 8, 12] {
        let mut doc = doc.clone();
        doc.cycle.start_month = start_month;
        let chart = wheel(&doc, 2026, d(2026, 10, 15));
        let polys = polygons(&chart.scene);
        assert!(polys.len() > 200, "sectors are split into quads");
        for p in polys {
            assert!(is_convex(p), "{p:?}");
            assert!(p.len() <= 4);
        }
    }
    let chart = timeline(&doc, d(2026, 8, 1), d(2027, 7, 31), 6.0);
    for p in polygons(&chart.scene) {
        assert!(is_convex(p), "{p:?}");
    }
}

#[test]
fn a_january_start_puts_january_at_the_top() {
    let mut doc = sample();
    doc.cycle.start_month = 1;
    let chart = wheel(&doc, 2026, d(2026, 10, 15));
    let months: Vec<(&str, Bounds)> = text_boxes(&chart.scene)
        .into_iter()
        .filter(|(t, _)| (1..=12).any(|m| month_name(m, Lang::Sv) == *t))
        .collect();
    assert_eq!(months.len(), 12);
    assert_eq!(months[0].0, "januari");
    assert_eq!(months[11].0, "december");
    // January is just right of the top, December just left of it.
    let [cx, cy] = chart.centre;
    let jan = months[0].1;
    assert!(jan.0[0] > cx && jan.1[1] < cy - 400.0, "{jan:?}");
    let dec = months[11].1;
    assert!(dec.1[0] < cx && dec.1[1] < cy - 400.0, "{dec:?}");
    assert!(texts(&chart.scene).contains(&"Årshjul 2026"));
}

/// Whether some rect filled with `fill` covers the middle of `date`.
fn shaded(chart: &TimelineChart, date: NaiveDate, fill: samverkan::diagram::scene::Rgba) -> bool {
    let x = chart.scale.x_from_datetime(date, 720);
    chart.scene.shapes.iter().any(|s| {
        matches!(s, Shape::Rect { min, max, fill: Some(f), .. }
            if *f == fill && min[0] <= x && max[0] >= x)
    })
}

#[test]
fn the_timeline_over_new_year_shades_holidays_and_shows_week_53() {
    let doc = sample();
    let chart = timeline(&doc, d(2026, 12, 1), d(2027, 1, 10), 15.0);
    for day in [
        d(2026, 12, 24),
        d(2026, 12, 25),
        d(2026, 12, 26),
        d(2026, 12, 31),
        d(2027, 1, 1),
        d(2027, 1, 6),
    ] {
        assert!(shaded(&chart, day, HOLIDAY), "{day} is a holiday");
    }
    for day in [d(2026, 12, 23), d(2026, 12, 28), d(2027, 1, 4)] {
        assert!(!shaded(&chart, day, HOLIDAY), "{day} is a working day");
        assert!(!shaded(&chart, day, WEEKEND), "{day} is a working day");
    }
    // Saturday 5 and Sunday 27 December are weekends.
    assert!(shaded(&chart, d(2026, 12, 5), WEEKEND));
    assert!(shaded(&chart, d(2026, 12, 27), WEEKEND));
    let all = texts(&chart.scene);
    assert!(all.contains(&"v. 53"), "{all:?}");
    assert!(all.contains(&"jan 2027"));
    // A lane per body, and the header's height as said.
    assert_eq!(chart.lanes.len(), doc.bodies.len());
    assert!((chart.lanes[0].top - chart.header_height).abs() < 1e-3);
    assert!(chart.lane_height >= 30.0);
    // Zoomed far out, no shading at all.
    let far = timeline(&doc, d(2026, 1, 1), d(2028, 12, 31), 0.6);
    assert!(!shaded(&far, d(2026, 12, 25), HOLIDAY));
    assert!(!shaded(&far, d(2026, 12, 5), WEEKEND));
}

#[test]
fn the_timeline_draws_only_meetings_in_view() {
    let doc = sample();
    for (from, to) in [
        (d(2026, 9, 1), d(2026, 10, 31)),
        (d(2026, 9, 11), d(2026, 9, 16)),
        (d(2027, 1, 1), d(2027, 6, 30)),
    ] {
        let chart = timeline(&doc, from, to, 12.0);
        let drawn: BTreeSet<&MeetingId> = chart
            .hits
            .iter()
            .filter_map(|h| match &h.target {
                TimelineTarget::Meeting(id) => Some(id),
                _ => None,
            })
            .collect();
        let expected: BTreeSet<&MeetingId> = doc
            .meetings
            .iter()
            .filter(|m| m.date >= from && m.date <= to)
            .filter(|m| m.bodies.iter().any(|b| doc.body(b).is_some()))
            .map(|m| &m.id)
            .collect();
        assert_eq!(drawn, expected, "{from} – {to}");
        for h in &chart.hits {
            assert!(h.min[0] >= LABEL_COLUMN - 0.01 && h.max[0] <= chart.scene.size[0] + 0.01);
        }
    }
    // A view narrower than the range draws up to its right edge only.
    let options = TimelineOptions {
        from: d(2026, 9, 1),
        to: d(2026, 12, 31),
        px_per_day: 10.0,
        bodies: Vec::new(),
        today: d(2026, 9, 5),
        lang: Lang::Sv,
        width: LABEL_COLUMN + 20.0 * 10.0,
        matter: None,
    };
    let chart = timeline::timeline(&doc, &options, &Measure::new().unwrap());
    for h in &chart.hits {
        assert!(chart.date_at(h.min[0]) <= d(2026, 9, 21));
    }
}

/// Two bodies of the sample that share a person, and the person.
fn two_bodies_sharing_someone(doc: &Document) -> (BodyId, BodyId, PersonId) {
    for (i, a) in doc.bodies.iter().enumerate() {
        for b in &doc.bodies[i + 1..] {
            for m in &a.memberships {
                if let Some(p) = &m.person
                    && b.memberships.iter().any(|x| x.person.as_ref() == Some(p))
                {
                    return (a.id.clone(), b.id.clone(), p.clone());
                }
            }
        }
    }
    panic!("no two bodies share a person");
}

fn meeting(id: &str, body: &BodyId, start: u32, end: u32) -> Meeting {
    let mut m = Meeting::new(MeetingId::new(id), vec![body.clone()], d(2026, 11, 3));
    m.title = format!("Möte {id}");
    m.start = NaiveTime::from_hms_opt(start, 0, 0);
    m.end = NaiveTime::from_hms_opt(end, 0, 0);
    m
}

#[test]
fn a_double_booking_is_drawn_in_red() {
    let mut doc = sample();
    let (a, b, _) = two_bodies_sharing_someone(&doc);
    doc.meetings.push(meeting("m-krock-1", &a, 10, 12));
    doc.meetings.push(meeting("m-krock-2", &b, 11, 13));
    doc.meetings.push(meeting("m-efter", &b, 13, 15));
    let chart = timeline(&doc, d(2026, 11, 1), d(2026, 11, 8), 60.0);
    let fill_of = |id: &str| {
        let hit = chart
            .hits
            .iter()
            .find(|h| h.target == TimelineTarget::Meeting(MeetingId::new(id)))
            .unwrap();
        let fill = chart.scene.shapes.iter().find_map(|s| match s {
            Shape::Rect { min, max, fill, .. } if *min == hit.min && *max == hit.max => *fill,
            _ => None,
        });
        (fill, hit.label.clone())
    };
    for id in ["m-krock-1", "m-krock-2"] {
        let (fill, label) = fill_of(id);
        assert_eq!(fill, Some(CONFLICT), "{id}");
        assert!(label.contains("Krockar med"), "{label}");
    }
    let (fill, label) = fill_of("m-efter");
    assert_ne!(fill, Some(CONFLICT));
    assert!(!label.contains("Krockar"));
    // A red label names the meeting too, at this zoom.
    assert!(chart.scene.shapes.iter().any(|s| matches!(s,
        Shape::Text { text, colour, .. } if text == "Möte m-krock-1" && *colour == CONFLICT)));
    // Cancel one and the clash is gone.
    doc.meetings
        .iter_mut()
        .find(|m| m.id.as_str() == "m-krock-2")
        .unwrap()
        .status = MeetingStatus::Cancelled;
    let chart = timeline(&doc, d(2026, 11, 1), d(2026, 11, 8), 60.0);
    assert!(
        !chart
            .scene
            .shapes
            .iter()
            .any(|s| matches!(s, Shape::Rect { fill: Some(f), .. } if *f == CONFLICT))
    );
}

#[test]
fn the_exported_timeline_holds_the_whole_year() {
    let doc = sample();
    let scene = timeline::timeline_scene(
        &doc,
        d(2026, 8, 1),
        d(2027, 7, 31),
        d(2026, 12, 10),
        Lang::Sv,
    );
    assert!(scene.size[0] > 1500.0 && scene.size[0] < 3000.0);
    let all = texts(&scene);
    assert!(all.contains(&"aug 2026") || all.contains(&"2027"));
    for m in ["sep", "dec", "jan", "jul"] {
        assert!(all.contains(&m), "{m}");
    }
    assert!(scene.shapes.len() < 5000, "{}", scene.shapes.len());
}

#[test]
fn a_broken_timing_rule_is_drawn_in_red_and_listed_as_a_problem() {
    let mut doc = sample();
    // The beredningsgrupp meets 7 to 20 days before Värmlandsrådet.
    doc.timing_rules.push(samverkan::model::TimingRule {
        id: samverkan::model::TimingRuleId::new("t1"),
        earlier: BodyId::new("bg"),
        later: BodyId::new("vr"),
        min_days: 7,
        within_days: 20,
    });
    // BG meets on 12 November and 10 December: a VR meeting on 11 December has no BG meeting
    // 7–20 days before it; one on the 18th has (the 10th).
    doc.meetings
        .push(meeting("m-vr-tidigt", &BodyId::new("vr"), 10, 12));
    let at = |m: &mut samverkan::model::Meeting, day: u32| m.date = d(2026, 12, day);
    at(doc.meetings.last_mut().unwrap(), 11);
    doc.meetings
        .push(meeting("m-vr-ok", &BodyId::new("vr"), 10, 12));
    at(doc.meetings.last_mut().unwrap(), 18);
    let chart = timeline(&doc, d(2026, 12, 7), d(2026, 12, 20), 60.0);
    let fill_of = |id: &str| {
        let hit = chart
            .hits
            .iter()
            .find(|h| h.target == TimelineTarget::Meeting(MeetingId::new(id)))
            .unwrap();
        let fill = chart.scene.shapes.iter().find_map(|s| match s {
            Shape::Rect { min, max, fill, .. } if *min == hit.min && *max == hit.max => *fill,
            _ => None,
        });
        (fill, hit.label.clone())
    };
    let (fill, label) = fill_of("m-vr-tidigt");
    assert_eq!(fill, Some(CONFLICT));
    assert!(label.contains("Bryter tidsregeln"), "{label}");
    let (fill, _) = fill_of("m-vr-ok");
    assert_ne!(fill, Some(CONFLICT));
    let problems = samverkan::model::validate::validate(&doc, d(2026, 11, 24));
    assert!(
        problems
            .iter()
            .any(|p| p.sv.contains("timing_rules[0]") && p.sv.contains("2026-12-11"))
    );
    assert!(!problems.iter().any(|p| p.sv.contains("2026-12-18")));
}
