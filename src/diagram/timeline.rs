//! The time axis of the horizontal timeline: dates to pixels and back, zooming about the
//! pointer, and a grid of ticks that coarsens as the view zooms out. Pure math, no UI.

use chrono::{Datelike, Days, Months, NaiveDate, TimeDelta};

/// The widest view: five years (of 365.25 days) across 1000 px, ≈ 0.55 px per day. Wider
/// than that and months crowd into single pixels.
pub const MIN_PX_PER_DAY: f32 = 1000.0 / (5.0 * 365.25);
/// The narrowest view: one week across 1000 px, ≈ 143 px per day, room for a day's meetings.
pub const MAX_PX_PER_DAY: f32 = 1000.0 / 7.0;

/// Swedish short month names, lowercase as Swedish writes them.
const MONTHS_SV: [&str; 12] = [
    "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];

/// Where dates sit on the x axis: `origin` begins at `x0`, each day is `px_per_day` wide.
/// The fields are public for the app to store and pan (`x0 += dx`); [`TimeScale::new`] and
/// [`TimeScale::zoom_about`] keep `px_per_day` within [`MIN_PX_PER_DAY`]..[`MAX_PX_PER_DAY`].
/// A `px_per_day` set by hand to zero, a negative or a non-finite value is read as
/// [`MIN_PX_PER_DAY`], so no method divides by zero.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    pub origin: NaiveDate,
    pub px_per_day: f32,
    pub x0: f32,
}

impl TimeScale {
    /// A scale with `px_per_day` clamped to the zoom range.
    #[must_use]
    pub fn new(origin: NaiveDate, px_per_day: f32, x0: f32) -> Self {
        let mut scale = Self {
            origin,
            px_per_day,
            x0,
        };
        scale.px_per_day = clamp_px_per_day(scale.ppd());
        scale
    }

    /// Where `date` begins (its left edge).
    #[must_use]
    pub fn x_from_date(&self, date: NaiveDate) -> f32 {
        self.x_of_offset((date - self.origin).num_days())
    }

    /// Where a moment `minutes_into_day` (0–1440; more counts as 1440) into `date` lies, for
    /// meetings with a time.
    #[must_use]
    pub fn x_from_datetime(&self, date: NaiveDate, minutes_into_day: u32) -> f32 {
        #[allow(clippy::cast_precision_loss)] // day offsets are far below 2^52
        let days =
            (date - self.origin).num_days() as f64 + f64::from(minutes_into_day.min(1440)) / 1440.0;
        self.x_of(days)
    }

    /// The date whose span `[x_from_date(d), x_from_date(d + 1))` holds `x`, so it is exactly
    /// the inverse of [`Self::x_from_date`] even after f32 rounding. Saturates at the ends of
    /// chrono's range; a non-finite `x` gives `origin`.
    #[must_use]
    pub fn date_from_x(&self, x: f32) -> NaiveDate {
        let days = (f64::from(x) - f64::from(self.x0)) / self.ppd();
        if !days.is_finite() {
            return self.origin;
        }
        let lowest = (NaiveDate::MIN - self.origin).num_days();
        let highest = (NaiveDate::MAX - self.origin).num_days();
        #[allow(clippy::cast_possible_truncation)] // floored and clamped into chrono's range
        let mut day = (days.floor().clamp(-1e15, 1e15) as i64).clamp(lowest, highest);
        // The f64 estimate can be a day off the f32 edges; a few steps settle it.
        for _ in 0..4 {
            if day > lowest && self.x_of_offset(day) > x {
                day -= 1;
            } else if day < highest && self.x_of_offset(day + 1) <= x {
                day += 1;
            } else {
                break;
            }
        }
        TimeDelta::try_days(day)
            .and_then(|delta| self.origin.checked_add_signed(delta))
            .unwrap_or(self.origin)
    }

    /// The first and last dates at least partly visible between `left` and `right`, inclusive.
    #[must_use]
    pub fn visible_range(&self, left: f32, right: f32) -> (NaiveDate, NaiveDate) {
        (
            self.date_from_x(left.min(right)),
            self.date_from_x(left.max(right)),
        )
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the moment under `x` where it is, as a
    /// scroll wheel or pinch about the pointer should. The result is clamped to
    /// [`MIN_PX_PER_DAY`]..[`MAX_PX_PER_DAY`]; a factor that is not a positive finite number
    /// does nothing.
    pub fn zoom_about(&mut self, x: f32, factor: f32) {
        if !(factor.is_finite() && factor > 0.0 && x.is_finite()) {
            return;
        }
        let anchor = (f64::from(x) - f64::from(self.x0)) / self.ppd();
        let ppd = clamp_px_per_day(self.ppd() * f64::from(factor));
        // The stored f32 scale, so the anchor stays put with the value actually used.
        #[allow(clippy::cast_possible_truncation)] // pixel positions fit f32
        let x0 = (f64::from(x) - anchor * f64::from(ppd)) as f32;
        self.px_per_day = ppd;
        self.x0 = x0;
    }

    /// `px_per_day` as used, made safe to divide by.
    fn ppd(&self) -> f64 {
        let ppd = f64::from(self.px_per_day);
        if ppd.is_finite() && ppd > 0.0 {
            ppd
        } else {
            f64::from(MIN_PX_PER_DAY)
        }
    }

    fn x_of_offset(&self, days: i64) -> f32 {
        #[allow(clippy::cast_precision_loss)] // day offsets are far below 2^52
        let days = days as f64;
        self.x_of(days)
    }

    fn x_of(&self, days: f64) -> f32 {
        #[allow(clippy::cast_possible_truncation)] // pixel positions fit f32
        let x = (f64::from(self.x0) + days * self.ppd()) as f32;
        x
    }
}

/// `ppd` within the zoom range, as stored. Both ends are f32 values, so rounding to f32 stays
/// inside.
fn clamp_px_per_day(ppd: f64) -> f32 {
    #[allow(clippy::cast_possible_truncation)] // clamped to a range of f32 values
    let ppd = ppd.clamp(f64::from(MIN_PX_PER_DAY), f64::from(MAX_PX_PER_DAY)) as f32;
    ppd
}

/// The units of the grid, coarsest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TickUnit {
    Year,
    Quarter,
    Month,
    Week,
    Day,
}

impl TickUnit {
    /// The fewest days between two ticks of the unit (February, the first quarter, a common
    /// year), which is what decides whether labels fit.
    fn min_days(self) -> f64 {
        match self {
            TickUnit::Year => 365.0,
            TickUnit::Quarter => 90.0,
            TickUnit::Month => 28.0,
            TickUnit::Week => 7.0,
            TickUnit::Day => 1.0,
        }
    }
}

/// One line of the grid with its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub date: NaiveDate,
    pub x: f32,
    pub unit: TickUnit,
    /// "2027", "kv. 3", "jan", "v. 53", "24"; major month ticks carry the year: "jan 2027".
    pub label: String,
}

/// The unit [`ticks`] uses: the finest whose ticks are never closer than
/// `min_px_between_labels`, or years when even those are closer.
#[must_use]
pub fn tick_unit(scale: &TimeScale, min_px_between_labels: f32) -> TickUnit {
    grid(scale, min_px_between_labels).0
}

/// The grid lines with labels between `left` and `right`: the finest unit whose labels are at
/// least `min_px_between_labels` (taken as at least 1 px) apart. When even years are closer
/// than that, every 2nd, 5th, 10th, 20th, 50th … year is labelled. Only ticks inside
/// `[left, right]` are made, so the cost follows what is visible. Sorted by x.
#[must_use]
pub fn ticks(scale: &TimeScale, left: f32, right: f32, min_px_between_labels: f32) -> Vec<Tick> {
    let (unit, step) = grid(scale, min_px_between_labels);
    make_ticks(scale, left, right, unit, step, false)
}

/// The stronger lines one level above [`ticks`], to group them: months over days and weeks,
/// years over quarters and months, decades (or centuries) over years. Their month labels
/// include the year ("jan 2027") since the minor labels do not show it.
#[must_use]
pub fn major_ticks(
    scale: &TimeScale,
    left: f32,
    right: f32,
    min_px_between_labels: f32,
) -> Vec<Tick> {
    let (unit, step) = match grid(scale, min_px_between_labels) {
        (TickUnit::Day | TickUnit::Week, _) => (TickUnit::Month, 1),
        (TickUnit::Month | TickUnit::Quarter, _) => (TickUnit::Year, 1),
        (TickUnit::Year, step) => {
            let mut major = 10;
            while major <= step {
                major = major.saturating_mul(10);
            }
            (TickUnit::Year, major)
        }
    };
    make_ticks(scale, left, right, unit, step, true)
}

/// The unit and, for years, how many years per tick.
fn grid(scale: &TimeScale, min_px: f32) -> (TickUnit, u32) {
    let min_px = if min_px.is_nan() {
        1.0
    } else {
        f64::from(min_px.max(1.0))
    };
    let ppd = scale.ppd();
    let fine_to_coarse = [
        TickUnit::Day,
        TickUnit::Week,
        TickUnit::Month,
        TickUnit::Quarter,
    ];
    if let Some(unit) = fine_to_coarse
        .into_iter()
        .find(|u| u.min_days() * ppd >= min_px)
    {
        return (unit, 1);
    }
    let mut step: u32 = 1;
    for factor in [
        2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000,
    ] {
        if f64::from(step) * TickUnit::Year.min_days() * ppd >= min_px {
            break;
        }
        step = factor;
    }
    (TickUnit::Year, step)
}

fn make_ticks(
    scale: &TimeScale,
    left: f32,
    right: f32,
    unit: TickUnit,
    step: u32,
    major: bool,
) -> Vec<Tick> {
    let (left, right) = (left.min(right), left.max(right));
    let (from, to) = scale.visible_range(left, right);
    let mut out = Vec::new();
    let mut at = boundary_at_or_before(unit, step, from);
    while let Some(date) = at {
        if date > to {
            break;
        }
        let x = scale.x_from_date(date);
        if x >= left && x <= right {
            out.push(Tick {
                date,
                x,
                unit,
                label: label(unit, date, major),
            });
        }
        at = next_boundary(unit, step, date);
    }
    out
}

/// The last tick date of the unit on or before `date`.
fn boundary_at_or_before(unit: TickUnit, step: u32, date: NaiveDate) -> Option<NaiveDate> {
    match unit {
        TickUnit::Day => Some(date),
        TickUnit::Week => {
            date.checked_sub_days(Days::new(u64::from(date.weekday().num_days_from_monday())))
        }
        TickUnit::Month => date.with_day(1),
        TickUnit::Quarter => {
            NaiveDate::from_ymd_opt(date.year(), (date.month() - 1) / 3 * 3 + 1, 1)
        }
        TickUnit::Year => {
            let step = i32::try_from(step.max(1)).ok()?;
            NaiveDate::from_ymd_opt(date.year().div_euclid(step) * step, 1, 1)
        }
    }
}

fn next_boundary(unit: TickUnit, step: u32, date: NaiveDate) -> Option<NaiveDate> {
    match unit {
        TickUnit::Day => date.succ_opt(),
        TickUnit::Week => date.checked_add_days(Days::new(7)),
        TickUnit::Month => date.checked_add_months(Months::new(1)),
        TickUnit::Quarter => date.checked_add_months(Months::new(3)),
        TickUnit::Year => date.checked_add_months(Months::new(step.max(1).checked_mul(12)?)),
    }
}

fn label(unit: TickUnit, date: NaiveDate, major: bool) -> String {
    let month = MONTHS_SV
        .get(date.month0() as usize)
        .copied()
        .unwrap_or_default();
    match unit {
        TickUnit::Year => date.year().to_string(),
        TickUnit::Quarter => format!("kv. {}", date.month0() / 3 + 1),
        TickUnit::Month if major => format!("{month} {}", date.year()),
        TickUnit::Month => month.to_string(),
        TickUnit::Week => format!("v. {}", date.iso_week().week()),
        TickUnit::Day => date.day().to_string(),
    }
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // exact: the scales used give representable pixel values
mod tests {
    use super::*;
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
}
