//! The timeline's grid: ticks that coarsen from days to years as the view zooms out.

use crate::diagram::timeline::TimeScale;
use crate::i18n::Lang;
use chrono::{Datelike, Days, Months, NaiveDate};

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
    pub(super) fn min_days(self) -> f64 {
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
pub(crate) fn grid(scale: &TimeScale, min_px: f32) -> (TickUnit, u32) {
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

pub(crate) fn make_ticks(
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
                label: label(unit, date, major, Lang::Sv),
            });
        }
        at = next_boundary(unit, step, date);
    }
    out
}

/// The last tick date of the unit on or before `date`.
pub(crate) fn boundary_at_or_before(
    unit: TickUnit,
    step: u32,
    date: NaiveDate,
) -> Option<NaiveDate> {
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

pub(crate) fn next_boundary(unit: TickUnit, step: u32, date: NaiveDate) -> Option<NaiveDate> {
    match unit {
        TickUnit::Day => date.succ_opt(),
        TickUnit::Week => date.checked_add_days(Days::new(7)),
        TickUnit::Month => date.checked_add_months(Months::new(1)),
        TickUnit::Quarter => date.checked_add_months(Months::new(3)),
        TickUnit::Year => date.checked_add_months(Months::new(step.max(1).checked_mul(12)?)),
    }
}

/// A tick's label: "2027", "kv. 3", "okt 2026", "okt", "v. 53", "24".
pub(crate) fn label(unit: TickUnit, date: NaiveDate, major: bool, lang: Lang) -> String {
    use crate::i18n::dates::{quarter, short_month, week_short};
    let month = short_month(date.month(), lang);
    match unit {
        TickUnit::Year => date.year().to_string(),
        TickUnit::Quarter => quarter(date.month0() / 3 + 1, lang),
        TickUnit::Month if major => format!("{month} {}", date.year()),
        TickUnit::Month => month.to_owned(),
        TickUnit::Week => week_short(date.iso_week().week(), lang),
        TickUnit::Day => date.day().to_string(),
    }
}
