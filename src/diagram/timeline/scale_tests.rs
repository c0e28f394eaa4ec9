//! Tests of the time scale and its ticks.

#![allow(clippy::float_cmp)] // exact: the scales used give representable pixel values

use super::*;
use chrono::Datelike;
use chrono::Weekday;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn labels(ticks: &[Tick]) -> Vec<&str> {
    ticks.iter().map(|t| t.label.as_str()).collect()
}

#[test]
fn clamp_constants() {
    assert!((MIN_PX_PER_DAY - 0.547_570_1).abs() < 1e-6);
    assert!((MAX_PX_PER_DAY - 142.857_15).abs() < 1e-3);
    assert_eq!(
        TimeScale::new(d(2026, 1, 1), 1000.0, 0.0).px_per_day,
        MAX_PX_PER_DAY
    );
    assert_eq!(
        TimeScale::new(d(2026, 1, 1), 0.0, 0.0).px_per_day,
        MIN_PX_PER_DAY
    );
    assert_eq!(
        TimeScale::new(d(2026, 1, 1), f32::NAN, 0.0).px_per_day,
        MIN_PX_PER_DAY
    );
}

#[test]
fn positions() {
    let s = TimeScale::new(d(2026, 1, 1), 10.0, 100.0);
    assert_eq!(s.x_from_date(d(2026, 1, 1)), 100.0);
    assert_eq!(s.x_from_date(d(2026, 1, 11)), 200.0);
    assert_eq!(s.x_from_date(d(2025, 12, 31)), 90.0);
    assert_eq!(s.x_from_datetime(d(2026, 1, 11), 720), 205.0);
    assert_eq!(s.x_from_datetime(d(2026, 1, 11), 5000), 210.0);
    assert_eq!(s.date_from_x(200.0), d(2026, 1, 11));
    assert_eq!(s.date_from_x(209.99), d(2026, 1, 11));
    assert_eq!(s.date_from_x(199.99), d(2026, 1, 10));
    assert_eq!(s.date_from_x(85.0), d(2025, 12, 30));
    assert_eq!(s.date_from_x(f32::NAN), d(2026, 1, 1));
    assert_eq!(s.date_from_x(f32::MAX), NaiveDate::MAX);
    assert_eq!(s.date_from_x(f32::MIN), NaiveDate::MIN);
    assert_eq!(
        s.visible_range(100.0, 1100.0),
        (d(2026, 1, 1), d(2026, 4, 11))
    );
    assert_eq!(
        s.visible_range(1100.0, 105.0),
        (d(2026, 1, 1), d(2026, 4, 11))
    );
}

#[test]
fn round_trip_every_day() {
    let origin = d(2026, 1, 1);
    for (ppd, x0) in [
        (MIN_PX_PER_DAY, 0.0),
        (MIN_PX_PER_DAY, -12_345.67),
        (1.0 / 3.0, 0.1),
        (7.3, 333.3),
        (MAX_PX_PER_DAY, -50_000.5),
    ] {
        let s = TimeScale {
            origin,
            px_per_day: ppd,
            x0,
        };
        let mut previous = f32::NEG_INFINITY;
        for date in d(2016, 1, 1).iter_days().take_while(|x| x.year() < 2037) {
            let x = s.x_from_date(date);
            assert!(x > previous, "{date} at {ppd}");
            previous = x;
            assert_eq!(s.date_from_x(x), date, "{date} at {ppd} px/day");
            if ppd >= 7.0 {
                for minutes in [1, 360, 720, 1439] {
                    assert_eq!(s.date_from_x(s.x_from_datetime(date, minutes)), date);
                }
            }
        }
    }
}

#[test]
fn zoom_clamps_and_keeps_the_anchor() {
    let mut s = TimeScale::new(d(2026, 1, 1), 5.0, 0.0);
    let anchor = s.date_from_x(512.5);
    s.zoom_about(512.5, 2.0);
    assert_eq!(s.px_per_day, 10.0);
    assert_eq!(s.date_from_x(512.5), anchor);
    assert!((s.x_from_datetime(anchor, 720) - 512.5).abs() < 1e-3);
    s.zoom_about(512.5, 1e6);
    assert_eq!(s.px_per_day, MAX_PX_PER_DAY);
    assert_eq!(s.date_from_x(512.5), anchor);
    s.zoom_about(512.5, 1e-9);
    assert_eq!(s.px_per_day, MIN_PX_PER_DAY);
    assert_eq!(s.date_from_x(512.5), anchor);
    let before = s;
    s.zoom_about(512.5, 0.0);
    s.zoom_about(512.5, f32::NAN);
    s.zoom_about(f32::INFINITY, 2.0);
    assert_eq!(s, before);
}

#[test]
fn units_follow_the_zoom() {
    let at = |ppd| TimeScale::new(d(2026, 1, 1), ppd, 0.0);
    assert_eq!(tick_unit(&at(MAX_PX_PER_DAY), 40.0), TickUnit::Day);
    assert_eq!(tick_unit(&at(40.0), 40.0), TickUnit::Day);
    assert_eq!(tick_unit(&at(39.9), 40.0), TickUnit::Week);
    assert_eq!(tick_unit(&at(5.0), 40.0), TickUnit::Month);
    assert_eq!(tick_unit(&at(1.5), 40.0), TickUnit::Month);
    assert_eq!(tick_unit(&at(1.0), 40.0), TickUnit::Quarter);
    assert_eq!(tick_unit(&at(MIN_PX_PER_DAY), 45.0), TickUnit::Quarter);
    assert_eq!(tick_unit(&at(MIN_PX_PER_DAY), 60.0), TickUnit::Year);
    assert_eq!(tick_unit(&at(MIN_PX_PER_DAY), 300.0), TickUnit::Year);
}

#[test]
fn week_53_at_the_turn_of_2026() {
    // 15 px a day: days are 15 px apart, weeks 105 px; with labels 50 px apart, weeks.
    let s = TimeScale::new(d(2026, 12, 1), 15.0, 0.0);
    let (left, right) = (
        s.x_from_date(d(2026, 12, 14)),
        s.x_from_date(d(2027, 1, 17)),
    );
    let t = ticks(&s, left, right, 50.0);
    assert!(t.iter().all(|t| t.unit == TickUnit::Week));
    assert_eq!(labels(&t), ["v. 51", "v. 52", "v. 53", "v. 1", "v. 2"]);
    assert_eq!(t[2].date, d(2026, 12, 28));
    assert_eq!(t[2].x, s.x_from_date(d(2026, 12, 28)));
    let majors = major_ticks(&s, left, right, 50.0);
    assert_eq!(labels(&majors), ["jan 2027"]);
    assert_eq!(majors[0].unit, TickUnit::Month);
}

#[test]
fn swedish_labels() {
    let s = TimeScale::new(d(2026, 1, 1), 3.0, 0.0);
    let right = s.x_from_date(d(2026, 12, 31));
    let t = ticks(&s, 0.0, right, 40.0);
    assert_eq!(
        labels(&t),
        [
            "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"
        ]
    );
    assert_eq!(labels(&major_ticks(&s, 0.0, right, 40.0)), ["2026"]);

    let t = ticks(&s, 0.0, right, 150.0);
    assert_eq!(labels(&t), ["kv. 1", "kv. 2", "kv. 3", "kv. 4"]);

    let s = TimeScale::new(d(2026, 12, 20), 100.0, 0.0);
    let t = ticks(&s, 0.0, 1000.0, 40.0);
    assert_eq!(
        labels(&t),
        [
            "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30"
        ]
    );
    assert_eq!(
        labels(&major_ticks(&s, 0.0, 1000.0, 40.0)),
        Vec::<&str>::new()
    );
    let t = ticks(&s, 0.0, 1300.0, 40.0);
    assert_eq!(t.last().unwrap().label, "2");
    assert_eq!(labels(&major_ticks(&s, 0.0, 1300.0, 40.0)), ["jan 2027"]);

    let s = TimeScale::new(d(2020, 1, 1), MIN_PX_PER_DAY, 0.0);
    let t = ticks(&s, 0.0, 2000.0, 100.0);
    assert_eq!(labels(&t)[..4], ["2020", "2021", "2022", "2023"]);
}

#[test]
fn thinned_years() {
    // 200 px a year but 500 px wanted: every 5th year, decades as majors.
    let s = TimeScale::new(d(2000, 1, 1), MIN_PX_PER_DAY, 0.0);
    let right = s.x_from_date(d(2041, 1, 1));
    let t = ticks(&s, -1.0, right, 500.0);
    assert_eq!(
        labels(&t),
        [
            "2000", "2005", "2010", "2015", "2020", "2025", "2030", "2035", "2040"
        ]
    );
    assert_eq!(
        labels(&major_ticks(&s, -1.0, right, 500.0)),
        ["2000", "2010", "2020", "2030", "2040"]
    );
}

/// An independent test of whether `date` carries a tick of `unit`.
fn is_boundary(unit: TickUnit, date: NaiveDate) -> bool {
    match unit {
        TickUnit::Day => true,
        TickUnit::Week => date.weekday() == Weekday::Mon,
        TickUnit::Month => date.day() == 1,
        TickUnit::Quarter => date.day() == 1 && [1, 4, 7, 10].contains(&date.month()),
        TickUnit::Year => date.ordinal() == 1,
    }
}

proptest! {
    #[test]
    fn ticks_are_sorted_spaced_complete_and_few(
        ppd in MIN_PX_PER_DAY..MAX_PX_PER_DAY,
        x0 in -100_000.0f32..100_000.0,
        left in -5_000.0f32..5_000.0,
        width in 0.0f32..4_000.0,
        min_px in 10.0f32..200.0,
    ) {
        let s = TimeScale::new(d(2026, 6, 15), ppd, x0);
        let right = left + width;
        let t = ticks(&s, left, right, min_px);
        let unit = tick_unit(&s, min_px);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let most = (width / min_px) as usize + 2;
        prop_assert!(t.len() <= most, "{} ticks, at most {}", t.len(), most);
        for w in t.windows(2) {
            prop_assert!(w[0].x < w[1].x && w[0].date < w[1].date);
            prop_assert!(w[1].x - w[0].x >= min_px - 0.05, "{} px apart", w[1].x - w[0].x);
        }
        for tick in &t {
            prop_assert!(tick.x >= left && tick.x <= right);
            prop_assert_eq!(tick.unit, unit);
            prop_assert_eq!(tick.x, s.x_from_date(tick.date));
            prop_assert!(is_boundary(unit, tick.date));
        }
        // Every boundary in view is there.
        let (from, to) = s.visible_range(left, right);
        let expected = from
            .iter_days()
            .take_while(|x| *x <= to)
            .filter(|x| is_boundary(unit, *x))
            .filter(|x| (left..=right).contains(&s.x_from_date(*x)))
            .count();
        prop_assert_eq!(t.len(), expected);
        // Majors are one unit coarser, in view and sorted.
        let major_unit = match unit {
            TickUnit::Day | TickUnit::Week => TickUnit::Month,
            TickUnit::Month | TickUnit::Quarter | TickUnit::Year => TickUnit::Year,
        };
        let majors = major_ticks(&s, left, right, min_px);
        prop_assert!(majors.windows(2).all(|w| w[0].x < w[1].x));
        for m in &majors {
            prop_assert!(m.x >= left && m.x <= right);
            prop_assert_eq!(m.unit, major_unit);
            prop_assert!(is_boundary(major_unit, m.date));
        }
        if unit == TickUnit::Year {
            prop_assert!(majors.iter().all(|m| m.date.year() % 10 == 0));
        }
    }

    #[test]
    fn zoom_keeps_the_moment_under_the_pointer(
        ppd in MIN_PX_PER_DAY..MAX_PX_PER_DAY,
        x0 in -50_000.0f32..50_000.0,
        x in 0.0f32..2_000.0,
        factor in 0.01f32..100.0,
    ) {
        let mut s = TimeScale::new(d(2026, 6, 15), ppd, x0);
        let at = |s: &TimeScale| (f64::from(x) - f64::from(s.x0)) / f64::from(s.px_per_day);
        let before = at(&s);
        s.zoom_about(x, factor);
        prop_assert!(s.px_per_day >= MIN_PX_PER_DAY && s.px_per_day <= MAX_PX_PER_DAY);
        let after = at(&s);
        prop_assert!((before - after).abs() < 0.02, "{} days became {}", before, after);
        // Away from a day's edge the date under the pointer stays the same.
        if (before - before.round()).abs() > 0.05 {
            let s0 = TimeScale::new(d(2026, 6, 15), ppd, x0);
            prop_assert_eq!(s.date_from_x(x), s0.date_from_x(x));
        }
    }
}
