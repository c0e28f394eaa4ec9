//! Tests of the wheel's year angles, week and month sectors, and label lanes.

#![allow(clippy::float_cmp)] // exact where the angle is exactly representable, e.g. 0 and 2π

use super::*;
use chrono::Months;
use proptest::prelude::*;
use std::f32::consts::{PI, TAU as TAU32};
use std::f64::consts::TAU;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn close(a: f32, b: f32) -> bool {
    (a - b).abs() < 1e-5
}

#[test]
fn bounds_of_years() {
    let y = WheelYear::new(2026, 8).unwrap();
    assert_eq!(y.start, d(2026, 8, 1));
    assert_eq!(y.end_exclusive, d(2027, 8, 1));
    assert_eq!(y.days(), 365);
    assert_eq!(WheelYear::new(2027, 8).unwrap().days(), 366);
    assert_eq!(
        WheelYear::new(2027, 12).unwrap().end_exclusive,
        d(2028, 12, 1)
    );
    assert_eq!(WheelYear::new(2026, 0), None);
    assert_eq!(WheelYear::new(2026, 13), None);
}

#[test]
fn angles_start_8_leap() {
    // 2027-08-01 .. 2028-07-31 holds 29 February 2028: 366 days.
    let y = WheelYear::new(2027, 8).unwrap();
    assert_eq!(y.angle_from_date(d(2027, 8, 1)), Some(0.0));
    // 2028-01-31 is day 183 of 366: exactly half way, at the bottom.
    assert!(close(y.angle_from_date(d(2028, 1, 31)).unwrap(), PI));
    let last = y.angle_from_date(d(2028, 7, 31)).unwrap();
    assert!(close(last, TAU32 * 365.0 / 366.0));
    assert_eq!(y.angle_from_date(d(2028, 8, 1)), None);
    assert_eq!(y.angle_from_date(d(2027, 7, 31)), None);
}

#[test]
fn angles_start_1_and_12() {
    let y = WheelYear::new(2028, 1).unwrap();
    assert!(close(
        y.angle_from_date(d(2028, 1, 31)).unwrap(),
        TAU32 * 30.0 / 366.0
    ));
    assert!(close(
        y.angle_from_date(d(2028, 12, 31)).unwrap(),
        TAU32 * 365.0 / 366.0
    ));
    let y = WheelYear::new(2027, 1).unwrap();
    assert!(close(
        y.angle_from_date(d(2027, 7, 2)).unwrap(),
        TAU32 * 182.0 / 365.0
    ));
    // December start: the year runs into the next calendar year.
    let y = WheelYear::new(2026, 12).unwrap();
    assert_eq!(y.days(), 365);
    assert_eq!(y.angle_from_date(d(2026, 12, 1)), Some(0.0));
    assert!(close(
        y.angle_from_date(d(2027, 1, 1)).unwrap(),
        TAU32 * 31.0 / 365.0
    ));
    assert!(close(
        y.angle_from_date(d(2027, 11, 30)).unwrap(),
        TAU32 * 364.0 / 365.0
    ));
    assert_eq!(y.angle_from_date(d(2027, 12, 1)), None);
    // Ending on a leap day: 2027-12-01 .. 2028-11-30.
    assert_eq!(WheelYear::new(2027, 12).unwrap().days(), 366);
    // A non-leap year's end: 2027-02-01 .. 2028-01-31.
    let y = WheelYear::new(2027, 2).unwrap();
    assert!(close(
        y.angle_from_date(d(2028, 1, 31)).unwrap(),
        TAU32 * 364.0 / 365.0
    ));
}

#[test]
fn round_trip_every_day() {
    for year in 2023..=2032 {
        for start_month in [1, 2, 3, 8, 12] {
            let y = WheelYear::new(year, start_month).unwrap();
            let mut previous = -1.0;
            for date in y.start.iter_days().take_while(|x| *x < y.end_exclusive) {
                let a = y.angle_from_date(date).unwrap();
                assert!(a > previous && a < TAU32, "{date}");
                previous = a;
                assert_eq!(y.date_from_angle(a), date);
                // Anywhere inside the day's slice gives the day too.
                let slice = TAU32 / 366.0;
                assert_eq!(y.date_from_angle(a + slice * 0.5), date);
                assert_eq!(y.date_from_angle(a + slice * 0.99), date);
            }
        }
    }
}

#[test]
fn angles_outside_one_turn_wrap() {
    let y = WheelYear::new(2026, 8).unwrap();
    assert_eq!(y.date_from_angle(-0.0001), d(2027, 7, 31));
    assert_eq!(y.date_from_angle(TAU32 + 0.001), d(2026, 8, 1));
    assert_eq!(y.date_from_angle(f32::NAN), d(2026, 8, 1));
    assert_eq!(y.date_from_angle(PI), d(2027, 1, 30));
}

#[test]
fn month_sectors_are_ordered_and_fill_the_circle() {
    for (year, start_month) in [(2026, 1), (2026, 8), (2027, 8), (2027, 12)] {
        let y = WheelYear::new(year, start_month).unwrap();
        let sectors = y.month_sectors();
        assert_eq!(sectors.len(), 12);
        assert_eq!(sectors[0].0, start_month);
        assert_eq!(sectors[0].2, 0.0);
        assert_eq!(sectors[11].3, TAU32);
        let total: f32 = sectors.iter().map(|s| s.3 - s.2).sum();
        assert!(close(total, TAU32));
        for w in sectors.windows(2) {
            assert_eq!(w[0].3, w[1].2, "sectors touch");
            assert_eq!(w[1].0, w[0].0 % 12 + 1, "months in order");
        }
        for (month, cal_year, start, end) in &sectors {
            let first = d(*cal_year, *month, 1);
            assert_eq!(y.angle_from_date(first), Some(*start));
            // Width matches the days in the month.
            let days = (first.checked_add_months(Months::new(1)).unwrap() - first).num_days();
            #[allow(clippy::cast_precision_loss)]
            let want = TAU32 * days as f32 / y.days() as f32;
            assert!(close(end - start, want));
        }
    }
    let s = WheelYear::new(2026, 8).unwrap().month_sectors();
    assert_eq!((s[4].0, s[4].1), (12, 2026));
    assert_eq!((s[5].0, s[5].1), (1, 2027));
    // February 2028 (29 days) is wider than February 2027 (28 days) by one day's slice.
    let feb27 = WheelYear::new(2026, 8).unwrap().month_sectors()[6];
    let feb28 = WheelYear::new(2027, 8).unwrap().month_sectors()[6];
    assert!((feb28.3 - feb28.2) > (feb27.3 - feb27.2));
}

#[test]
fn iso_weeks_53() {
    let weeks = WheelYear::new(2026, 1).unwrap().iso_weeks();
    // 1 January 2026 is a Thursday in week 1; 28 December 2026 starts week 53.
    assert_eq!(weeks[0], (1, 0.0));
    assert_eq!(weeks[1].0, 2);
    assert_eq!(weeks.last().unwrap().0, 53);
    assert_eq!(weeks.len(), 53);
    let y = WheelYear::new(2026, 1).unwrap();
    assert_eq!(
        weeks.last().unwrap().1,
        y.angle_from_date(d(2026, 12, 28)).unwrap()
    );

    let weeks = WheelYear::new(2026, 8).unwrap().iso_weeks();
    assert!(weeks.iter().any(|w| w.0 == 53));
    assert_eq!(weeks[0], (31, 0.0)); // Saturday 1 August 2026 is in week 31

    let weeks = WheelYear::new(2027, 8).unwrap().iso_weeks();
    assert!(weeks.iter().all(|w| w.0 <= 52));
    // Sunday 1 August 2027 ends week 30; Monday 2 August starts week 31.
    assert_eq!(weeks[0], (30, 0.0));
    assert_eq!(weeks[1].0, 31);
    assert!(weeks.windows(2).all(|w| w[0].1 < w[1].1));
    assert!(weeks.windows(2).all(|w| w[1].0 == w[0].0 % 52 + 1));

    // Calendar 2027 begins in the tail of week 53 of 2026.
    let weeks = WheelYear::new(2027, 1).unwrap().iso_weeks();
    assert_eq!(weeks[0], (53, 0.0));
    assert_eq!(weeks[1].0, 1);
}

// --- lanes -------------------------------------------------------------------------------

/// The label's arc as (start, length) going clockwise, computed from its edges rather than
/// its centre, to check the placement independently.
fn label_arc(r: LabelRequest, radius: f64, gap: f64) -> (f64, f64) {
    let len = (f64::from(r.width) + gap) / radius;
    let start = (f64::from(r.angle) - len / 2.0).rem_euclid(TAU);
    (start, len)
}

/// How much two clockwise arcs overlap, in radians, by unrolling both onto a line three
/// turns long and intersecting the copies.
fn overlap_amount(a: (f64, f64), b: (f64, f64)) -> f64 {
    let mut most = f64::NEG_INFINITY;
    for shift in [-TAU, 0.0, TAU] {
        let (lo, hi) = (a.0.max(b.0 + shift), (a.0 + a.1).min(b.0 + shift + b.1));
        most = most.max(hi - lo);
    }
    most
}

fn req(angle: f32, width: f32) -> LabelRequest {
    LabelRequest { angle, width }
}

#[test]
fn labels_lanes_by_hand() {
    // Radius 100: a width of 10 plus gap 0 is 0.1 rad.
    let got = assign_lanes(
        &[
            req(1.0, 10.0),
            req(1.05, 10.0),
            req(1.08, 10.0),
            req(1.2, 10.0),
        ],
        100.0,
        0.0,
        3,
    );
    assert_eq!(got, [Some(0), Some(1), Some(2), Some(0)]);
    // Only two lanes: the third crowded label has no room.
    let got = assign_lanes(
        &[req(1.0, 10.0), req(1.05, 10.0), req(1.08, 10.0)],
        100.0,
        0.0,
        2,
    );
    assert_eq!(got, [Some(0), Some(1), None]);
    // The gap counts: 0.1 rad apart touch without a gap but collide with one.
    assert_eq!(
        assign_lanes(&[req(1.0, 10.0), req(1.1, 10.0)], 100.0, 0.0, 2),
        [Some(0), Some(0)]
    );
    assert_eq!(
        assign_lanes(&[req(1.0, 10.0), req(1.1, 10.0)], 100.0, 2.0, 2),
        [Some(0), Some(1)]
    );
    // Across the top: just before 2π and just after 0 collide.
    assert_eq!(
        assign_lanes(&[req(TAU32 - 0.02, 10.0), req(0.02, 10.0)], 100.0, 0.0, 2),
        [Some(1), Some(0)]
    );
    // A label longer than the circle fits nowhere; bad input gets no lane.
    assert_eq!(assign_lanes(&[req(0.0, 700.0)], 100.0, 0.0, 3), [None]);
    assert_eq!(
        assign_lanes(&[req(f32::NAN, 1.0), req(0.0, -1.0)], 100.0, 0.0, 3),
        [None, None]
    );
    assert_eq!(assign_lanes(&[req(0.0, 1.0)], 0.0, 0.0, 3), [None]);
}

#[test]
fn outer_lanes_have_more_room() {
    // 0.15 rad apart, width 16: collide at radius 100 (0.16 rad), fit at radius 120.
    let labels = [
        req(1.0, 16.0),
        req(1.15, 16.0),
        req(1.0, 16.0),
        req(1.15, 16.0),
    ];
    // In angle order: 0 and 2 at 1.0 take lanes 0 and 1, then 1 and 3 at 1.15.
    assert_eq!(
        assign_lanes(&labels, 100.0, 0.0, 4),
        [Some(0), Some(2), Some(1), Some(3)]
    );
    assert_eq!(
        assign_lanes_spaced(&labels, 100.0, 20.0, 0.0, 4),
        [Some(0), Some(1), Some(1), Some(2)]
    );
    // A label too long for radius 100 (2π·100 ≈ 628) goes out to the first lane long enough.
    assert_eq!(
        assign_lanes_spaced(&[req(0.0, 700.0)], 100.0, 10.0, 0.0, 5),
        [Some(2)]
    );
    assert_eq!(
        assign_lanes_spaced(&[req(0.0, 700.0)], 100.0, 10.0, 0.0, 2),
        [None]
    );
}

#[test]
fn arc_lanes_by_hand() {
    // Jan–Mar, Mar–May, Feb–Apr roughly, in twelfths of the circle.
    let m = TAU32 / 12.0;
    assert_eq!(
        assign_arc_lanes(&[(0.0, 3.0 * m), (3.0 * m, 5.0 * m), (m, 4.0 * m)]),
        [0, 0, 1]
    );
    // Nov–Feb wraps through the top and collides with January.
    assert_eq!(
        assign_arc_lanes(&[(10.0 * m, 2.0 * m), (0.5 * m, m)]),
        [0, 1]
    );
    // The whole circle collides with everything.
    assert_eq!(assign_arc_lanes(&[(0.0, TAU32), (3.0, 3.5)]), [0, 1]);
    // Points at one angle collide; at different ones they don't. A sliver is a point.
    assert_eq!(assign_arc_lanes(&[(1.0, 1.0), (1.0, 1.000_000_1)]), [0, 1]);
    assert_eq!(
        assign_arc_lanes(&[(1.0, 1.0), (1.0, 1.0), (2.0, 2.0)]),
        [0, 1, 0]
    );
    assert_eq!(assign_arc_lanes(&[]), Vec::<usize>::new());
}

/// Checks a lane assignment against independent arcs: no two labels in a lane overlap,
/// and a label is left out only when every lane is blocked at its angle or too short.
fn lane_labels_ok(
    requests: &[LabelRequest],
    radius: f32,
    lane_width: f32,
    gap: f32,
    max_lanes: usize,
) {
    let got = if lane_width == 0.0 {
        assign_lanes(requests, radius, gap, max_lanes)
    } else {
        assign_lanes_spaced(requests, radius, lane_width, gap, max_lanes)
    };
    assert_eq!(got.len(), requests.len());
    let g = f64::from(gap);
    #[allow(clippy::cast_precision_loss)]
    let at = |lane: usize| f64::from(radius) + lane as f64 * f64::from(lane_width);
    let arc = |i: usize, lane: usize| label_arc(requests[i], at(lane), g);
    for i in 0..requests.len() {
        if let Some(lane) = got[i] {
            assert!(lane < max_lanes);
            assert!(
                arc(i, lane).1 <= TAU + 1e-9,
                "label {i} longer than lane {lane}"
            );
            for (j, other) in got.iter().enumerate().skip(i + 1) {
                if *other == Some(lane) {
                    let o = overlap_amount(arc(i, lane), arc(j, lane));
                    assert!(o < 1e-4, "labels {i} and {j} overlap by {o} in lane {lane}");
                }
            }
        } else {
            for lane in 0..max_lanes {
                let too_long = arc(i, lane).1 > TAU - 1e-4;
                let blocked = (0..requests.len()).any(|j| {
                    got[j] == Some(lane) && overlap_amount(arc(i, lane), arc(j, lane)) > -1e-4
                });
                assert!(
                    too_long || blocked,
                    "label {i} left out though lane {lane} has room"
                );
            }
        }
    }
}

/// Checks `assign_arc_lanes` on arcs of whole degrees `(start, length)`, so many touch
/// exactly, against a model of half-degree points: no shared point within a lane, at most
/// twice the busiest point's arcs in lanes, and exactly that when some point is free.
fn check_arcs(steps: &[(u16, u16)]) {
    let unit = TAU32 / 360.0;
    let arcs: Vec<(f32, f32)> = steps
        .iter()
        .map(|&(s, len)| (f32::from(s) * unit, f32::from(s + len) * unit))
        .collect();
    let lanes = assign_arc_lanes(&arcs);
    assert_eq!(lanes.len(), arcs.len());
    let spans: Vec<Vec<u16>> = steps
        .iter()
        .map(|&(s, len)| {
            if len == 0 {
                vec![s * 2]
            } else {
                (0..len.min(360) * 2).map(|k| (s * 2 + k) % 720).collect()
            }
        })
        .collect();
    for i in 0..arcs.len() {
        for j in i + 1..arcs.len() {
            if lanes[i] == lanes[j] {
                let shared = spans[i].iter().any(|p| spans[j].contains(p));
                assert!(
                    !shared,
                    "{:?} and {:?} share lane {}",
                    steps[i], steps[j], lanes[i]
                );
            }
        }
    }
    let load = (0..720u16)
        .map(|p| spans.iter().filter(|sp| sp.contains(&p)).count())
        .max()
        .unwrap_or(0);
    let used = lanes.iter().max().map_or(0, |m| m + 1);
    assert!(used <= 2 * load, "{used} lanes for load {load}");
    if (0..720u16).any(|p| spans.iter().all(|sp| !sp.contains(&p))) {
        assert_eq!(
            used, load,
            "a free point exists, so the busiest point decides"
        );
    }
}

proptest! {
    #[test]
    fn labels_never_overlap_in_a_lane(
        labels in prop::collection::vec((-7.0f32..14.0, 0.0f32..60.0), 0..60),
        radius in 20.0f32..200.0,
        gap in 0.0f32..8.0,
        max_lanes in 1usize..6,
    ) {
        let requests: Vec<_> = labels.iter().map(|&(a, w)| req(a, w)).collect();
        lane_labels_ok(&requests, radius, 0.0, gap, max_lanes);
    }

    #[test]
    fn labels_never_overlap_in_spaced_lanes(
        labels in prop::collection::vec((0.0f32..6.3, 0.0f32..300.0), 0..60),
        radius in 20.0f32..200.0,
        lane_width in 1.0f32..30.0,
        gap in 0.0f32..8.0,
        max_lanes in 1usize..8,
    ) {
        let requests: Vec<_> = labels.iter().map(|&(a, w)| req(a, w)).collect();
        lane_labels_ok(&requests, radius, lane_width, gap, max_lanes);
    }

    #[test]
    fn crowded_labels_near_the_top(
        labels in prop::collection::vec((-0.3f32..0.3, 1.0f32..20.0), 0..40),
    ) {
        let requests: Vec<_> = labels.iter().map(|&(a, w)| req(a, w)).collect();
        lane_labels_ok(&requests, 100.0, 0.0, 2.0, 4);
    }

    #[test]
    fn arcs_never_overlap_in_a_lane(steps in prop::collection::vec((0u16..360, 0u16..400), 0..40)) {
        check_arcs(&steps);
    }

    #[test]
    fn short_arcs_need_only_the_busiest_point(
        steps in prop::collection::vec((0u16..360, 0u16..40), 0..30),
    ) {
        check_arcs(&steps);
    }
}
