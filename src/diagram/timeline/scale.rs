//! The time axis of the horizontal timeline: dates to pixels and back, zooming about the
//! pointer. Pure math, no UI.

use chrono::{NaiveDate, TimeDelta};

/// The widest view: five years (of 365.25 days) across 1000 px, ≈ 0.55 px per day. Wider
/// than that and months crowd into single pixels.
pub const MIN_PX_PER_DAY: f32 = 1000.0 / (5.0 * 365.25);
/// The narrowest view: one week across 1000 px, ≈ 143 px per day, room for a day's meetings.
pub const MAX_PX_PER_DAY: f32 = 1000.0 / 7.0;

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
    pub(super) fn ppd(&self) -> f64 {
        let ppd = f64::from(self.px_per_day);
        if ppd.is_finite() && ppd > 0.0 {
            ppd
        } else {
            f64::from(MIN_PX_PER_DAY)
        }
    }

    pub(super) fn x_of_offset(&self, days: i64) -> f32 {
        #[allow(clippy::cast_precision_loss)] // day offsets are far below 2^52
        let days = days as f64;
        self.x_of(days)
    }

    pub(super) fn x_of(&self, days: f64) -> f32 {
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
