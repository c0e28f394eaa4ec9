//! The operating year on the wheel: where a date sits on the circle, and the month and week
//! marks. Pure math, no UI.
//!
//! Angles are in radians, 0 at the top (12 o'clock), growing clockwise; the operating year
//! starts at the top.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use std::f64::consts::TAU;

/// One operating year (verksamhetsår): twelve months from the 1st of its start month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WheelYear {
    pub start: NaiveDate,
    /// The first day after the year, e.g. 2027-08-01 for the year starting 2026-08-01.
    pub end_exclusive: NaiveDate,
}

impl WheelYear {
    /// The operating year starting on the 1st of `start_month` (1–12) of `year`. `None` for a
    /// month outside 1–12 or a year chrono cannot represent.
    #[must_use]
    pub fn new(year: i32, start_month: u32) -> Option<Self> {
        let start = NaiveDate::from_ymd_opt(year, start_month, 1)?;
        let end_exclusive = start.checked_add_months(Months::new(12))?;
        Some(Self {
            start,
            end_exclusive,
        })
    }

    /// 365 or 366: every day gets an equal slice of the circle, so months are as wide as they
    /// are long.
    #[must_use]
    pub fn days(&self) -> i64 {
        (self.end_exclusive - self.start).num_days()
    }

    /// The angle where `date` begins, `2π · days since start / days in year`; `None` outside
    /// the year.
    #[must_use]
    pub fn angle_from_date(&self, date: NaiveDate) -> Option<f32> {
        if date < self.start || date >= self.end_exclusive {
            return None;
        }
        Some(self.angle_of_offset((date - self.start).num_days()))
    }

    /// The day whose slice of the circle holds `angle`. Any angle is taken modulo 2π, so a
    /// slightly negative one is the last day; a non-finite angle gives the first day.
    /// A day's own angle (from [`Self::angle_from_date`]) maps back to that day: a thousandth of
    /// a day of slack absorbs the f32 rounding of the angle.
    #[must_use]
    pub fn date_from_angle(&self, angle: f32) -> NaiveDate {
        let days = self.days();
        let turn = f64::from(angle).rem_euclid(TAU) / TAU;
        #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
        // 365 or 366 days; the result is floored and clamped to 0..days below
        let day = (turn * days as f64 + 1e-3).floor() as i64;
        let day = u64::try_from(day.clamp(0, days - 1)).unwrap_or(0);
        self.start
            .checked_add_days(Days::new(day))
            .unwrap_or(self.start)
    }

    /// The twelve month sectors in order as (month 1–12, calendar year, start angle, end
    /// angle); the first starts at 0 and the last ends at exactly 2π.
    #[must_use]
    pub fn month_sectors(&self) -> Vec<(u32, i32, f32, f32)> {
        let firsts: Vec<NaiveDate> = (0..12)
            .filter_map(|i| self.start.checked_add_months(Months::new(i)))
            .collect();
        firsts
            .iter()
            .enumerate()
            .map(|(i, first)| {
                let start = self.angle_of_offset((*first - self.start).num_days());
                let end = firsts.get(i + 1).map_or(std::f32::consts::TAU, |next| {
                    self.angle_of_offset((*next - self.start).num_days())
                });
                (first.month(), first.year(), start, end)
            })
            .collect()
    }

    /// The ISO weeks the year touches as (week number, angle where the week starts in this
    /// year): each Monday, plus the start of the year when that is not a Monday, since the
    /// first days belong to a week begun before it (1 January 2027 is in week 53 of 2026).
    /// Week 53 appears only where the calendar has it.
    #[must_use]
    pub fn iso_weeks(&self) -> Vec<(u32, f32)> {
        let partial_first =
            (self.start.weekday() != Weekday::Mon).then(|| (self.start.iso_week().week(), 0.0));
        let mondays = self
            .start
            .iter_days()
            .take_while(|d| *d < self.end_exclusive)
            .filter(|d| d.weekday() == Weekday::Mon)
            .map(|d| {
                let angle = self.angle_of_offset((d - self.start).num_days());
                (d.iso_week().week(), angle)
            });
        partial_first.into_iter().chain(mondays).collect()
    }

    pub(super) fn angle_of_offset(self, days: i64) -> f32 {
        #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
        // at most 366 days, and an angle in 0..2π fits f32
        let angle = (TAU * days as f64 / self.days() as f64) as f32;
        angle
    }
}
