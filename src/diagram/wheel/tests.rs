//! Tests of the drawn wheel: rings, labels without overlap, convex pieces, today, hits.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use super::*;
use crate::diagram::scene::Shape;
use crate::diagram::scene::WHITE;
use crate::diagram::wheel::geometry::Band;
use crate::diagram::wheel::geometry::Geometry;
use crate::diagram::wheel::geometry::fit_box;
use crate::diagram::wheel::hub::title;
use crate::diagram::wheel::rings::activity_span;
use crate::export::pdf::Measure;
use crate::model::Document;
use crate::model::Recurrence;
use crate::model::{Activity, Body};
use chrono::Datelike;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn body(id: &str, short: &str) -> Body {
    let mut b = Body::new(BodyId::new(id), &format!("Organ {short}"));
    b.short_name = short.to_owned();
    b
}

fn activity(id: &str, body: &str, title: &str, when: Recurrence) -> Activity {
    Activity {
        id: ActivityId::new(id),
        body: BodyId::new(body),
        title: title.to_owned(),
        description: String::new(),
        when,
        is_meeting: false,
        report_back: None,
    }
}

fn options(year: i32) -> WheelOptions {
    WheelOptions {
        year,
        bodies: Vec::new(),
        today: d(2026, 10, 1),
        lang: Lang::Sv,
    }
}

#[test]
fn activity_months_come_from_both_calendar_years() {
    let year = WheelYear::new(2026, 8).unwrap();
    let march = activity("c1", "b1", "Mars", Recurrence::Month(3));
    assert_eq!(
        activity_span(&march, year),
        Some((d(2027, 3, 1), d(2027, 3, 31)))
    );
    let sept = activity("c2", "b1", "Sept", Recurrence::Month(9));
    assert_eq!(
        activity_span(&sept, year),
        Some((d(2026, 9, 1), d(2026, 9, 30)))
    );
    // Week 31 of 2026 begins on 27 July, before the year: cut to 1–2 August.
    let week = activity("c3", "b1", "V31", Recurrence::IsoWeek(31));
    assert_eq!(
        activity_span(&week, year),
        Some((d(2026, 8, 1), d(2026, 8, 2)))
    );
    // Week 53 exists in 2026 only.
    let w53 = activity("c4", "b1", "V53", Recurrence::IsoWeek(53));
    assert!(activity_span(&w53, year).is_some());
    assert!(activity_span(&w53, WheelYear::new(2027, 8).unwrap()).is_none());

    // The mark of the March activity sits in the middle of March 2027.
    let geo = Geometry {
        centre: [0.0, 0.0],
        year,
        slice: TAU / 365.0,
    };
    let mid = geo.middle(d(2027, 3, 1), d(2027, 3, 31)).unwrap();
    assert_eq!(year.date_from_angle(mid), d(2027, 3, 16));
}

#[test]
fn sectors_are_small_convex_quads() {
    let geo = Geometry {
        centre: [500.0, 500.0],
        year: WheelYear::new(2026, 1).unwrap(),
        slice: TAU / 365.0,
    };
    let mut shapes = Vec::new();
    geo.sector(&mut shapes, (100.0, 200.0), 0.0, TAU / 4.0, WHITE);
    assert_eq!(shapes.len(), 30);
    geo.sector(&mut shapes, (100.0, 200.0), 1.0, 1.0, WHITE);
    assert_eq!(shapes.len(), 30);
    for s in &shapes {
        let Shape::Polygon { points, .. } = s else {
            panic!("not a polygon")
        };
        assert_eq!(points.len(), 4);
        let cross = |i: usize| {
            let (a, b, c) = (points[i], points[(i + 1) % 4], points[(i + 2) % 4]);
            (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
        };
        let signs: Vec<bool> = (0..4).map(|i| cross(i) > 0.0).collect();
        assert!(signs.iter().all(|s| *s == signs[0]));
    }
}

#[test]
fn boxes_fit_inside_their_band() {
    let band = Band::new(200.0, 250.0);
    assert_eq!(band.lanes, 3);
    for k in 0..64 {
        let angle = TAU * k as f32 / 64.0;
        for w in [10.0, 40.0, 120.0] {
            let Some((near, far)) = fit_box(w, 11.7, angle, &band) else {
                // Only wide boxes at the sides miss.
                assert!(w > 40.0);
                continue;
            };
            for r in [near, far] {
                let c = [r * angle.sin(), -r * angle.cos()];
                for (sx, sy) in [(-1.0, -1.0), (-1.0, 1.0), (1.0, -1.0), (1.0, 1.0)] {
                    let p = [c[0] + sx * w / 2.0, c[1] + sy * 11.7 / 2.0];
                    assert!(p[0].hypot(p[1]) <= 250.01, "corner out at {angle}");
                }
                // The box is clear of the inner circle along the ray.
                let e = angle.sin().abs() * w / 2.0 + angle.cos().abs() * 11.7 / 2.0;
                assert!(r - e >= 199.99);
            }
        }
    }
    // At the top a long label fits; at the side only a short one.
    assert!(fit_box(120.0, 11.7, 0.0, &band).is_some());
    assert!(fit_box(120.0, 11.7, TAU / 4.0, &band).is_none());
}

#[test]
fn empty_document_draws_months_and_weeks() {
    let measure = Measure::new().unwrap();
    let doc = Document::new("tom");
    let chart = wheel(&doc, &options(2026), &measure);
    assert!(chart.rings.is_empty());
    assert!(chart.hits.is_empty());
    let texts: Vec<&str> = chart.scene.texts().collect();
    // Start month 1 by default: January first, and a 53rd week in 2026.
    assert_eq!(
        texts.iter().find(|t| t.ends_with("ari")).copied(),
        Some("januari")
    );
    assert!(texts.contains(&"53"));
    assert!(texts.contains(&"Årshjul 2026"));
}

#[test]
fn rings_follow_the_options_and_coincident_marks_spread() {
    let measure = Measure::new().unwrap();
    let mut doc = Document::new("test");
    doc.cycle.start_month = 8;
    doc.bodies = vec![body("b1", "A"), body("b2", "B"), body("b3", "C")];
    doc.cycle.activities = vec![
        activity("c1", "b1", "Första", Recurrence::Month(9)),
        activity("c2", "b1", "Andra", Recurrence::Month(9)),
        activity("c3", "b3", "Tredje", Recurrence::Month(2)),
    ];
    let chart = wheel(&doc, &options(2026), &measure);
    let ring_ids: Vec<&str> = chart.rings.iter().map(|r| r.body.as_str()).collect();
    assert_eq!(ring_ids, ["b1", "b3"]);
    assert_eq!(chart.hits.len(), 3);
    let (a, b) = (chart.hits[0].centre, chart.hits[1].centre);
    assert!((a[0] - b[0]).hypot(a[1] - b[1]) > 5.0, "spread apart");
    assert_eq!(chart.labels.len(), 3);
    assert!(chart.hits[2].label.contains("februari 2027"));
    let mut opts = options(2026);
    opts.bodies = vec![BodyId::new("b2"), BodyId::new("nope"), BodyId::new("b1")];
    let chart = wheel(&doc, &opts, &measure);
    let ring_ids: Vec<&str> = chart.rings.iter().map(|r| r.body.as_str()).collect();
    assert_eq!(ring_ids, ["b2", "b1"]);
    assert!(chart.rings[0].outer <= chart.rings[1].inner);
    // The hit test finds a mark and a date under it.
    let hit = chart.hit_at(chart.hits[0].centre).unwrap();
    assert_eq!(hit.target, HitTarget::Activity(ActivityId::new("c1")));
    let date = chart.date_at(chart.hits[0].centre).unwrap();
    assert_eq!(date.month(), 9);
    assert_eq!(chart.ring_at(chart.hits[0].centre), Some(1));
}

#[test]
fn many_rings_still_keep_texts_apart() {
    let measure = Measure::new().unwrap();
    let mut doc = Document::new("test");
    doc.cycle.start_month = 8;
    for i in 0..20 {
        let id = format!("b{i}");
        doc.bodies.push(body(&id, &format!("Organ nummer {i}")));
        for m in 1..=12 {
            for k in 0..3 {
                doc.cycle.activities.push(activity(
                    &format!("c{i}-{m}-{k}"),
                    &id,
                    "En ganska lång aktivitet i årshjulet",
                    Recurrence::Month(m),
                ));
            }
        }
        doc.cycle.activities.push(activity(
            &format!("c{i}-day"),
            &id,
            "Samma dag",
            Recurrence::FixedDate { month: 9, day: 15 },
        ));
    }
    // Twenty rings chosen by the user (the default is fewer).
    let mut chosen = options(2026);
    chosen.bodies = doc.bodies.iter().map(|b| b.id.clone()).collect();
    let chart = wheel(&doc, &chosen, &measure);
    assert_eq!(chart.rings.len(), 20);
    assert_eq!(chart.hits.len(), 20 * 37);
    let boxes: Vec<_> = chart
        .scene
        .shapes
        .iter()
        .filter(|s| matches!(s, Shape::Text { .. }))
        .map(Shape::bounds)
        .collect();
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let apart =
                a.1[0] <= b.0[0] || b.1[0] <= a.0[0] || a.1[1] <= b.0[1] || b.1[1] <= a.0[1];
            assert!(apart, "{a:?} and {b:?}");
        }
    }
    // Marks in one ring never sit on top of each other.
    for ring in 0..20 {
        let marks: Vec<[f32; 2]> = chart.hits[ring * 37..(ring + 1) * 37]
            .iter()
            .map(|h| h.centre)
            .collect();
        for (i, a) in marks.iter().enumerate() {
            for b in &marks[i + 1..] {
                assert!((a[0] - b[0]).hypot(a[1] - b[1]) > 3.0);
            }
        }
    }
}

#[test]
fn titles() {
    assert_eq!(
        title(WheelYear::new(2026, 8).unwrap(), Lang::Sv),
        "Årshjul 2026/27"
    );
    assert_eq!(
        title(WheelYear::new(2099, 8).unwrap(), Lang::En),
        "Annual wheel 2099/00"
    );
    assert_eq!(
        title(WheelYear::new(2026, 1).unwrap(), Lang::Sv),
        "Årshjul 2026"
    );
}
