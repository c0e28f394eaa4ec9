//! Dates of the year: when a recurrence falls, ISO weeks. Pure functions, no UI.

use super::cycle::Recurrence;
use chrono::{Datelike, Days, NaiveDate, Weekday};

/// The days a recurrence covers in a calendar year: a month, an ISO week, or one day.
/// `None` when it does not exist that year (week 53 in a 52-week year, 30 February).
pub fn occurrence(r: &Recurrence, year: i32) -> Option<(NaiveDate, NaiveDate)> {
    match r {
        Recurrence::Month(m) => {
            let first = NaiveDate::from_ymd_opt(year, u32::from(*m), 1)?;
            Some((first, last_of_month(first)))
        }
        Recurrence::IsoWeek(w) => {
            let monday = NaiveDate::from_isoywd_opt(year, u32::from(*w), Weekday::Mon)?;
            Some((monday, monday + Days::new(6)))
        }
        Recurrence::NthWeekday { month, n, weekday } => {
            let day = nth_weekday(year, u32::from(*month), *n, *weekday)?;
            Some((day, day))
        }
        Recurrence::FixedDate { month, day } => {
            let d = NaiveDate::from_ymd_opt(year, u32::from(*month), u32::from(*day))?;
            Some((d, d))
        }
    }
}

/// The last day of the month `date` is in.
pub fn last_of_month(date: NaiveDate) -> NaiveDate {
    let (y, m) = if date.month() == 12 {
        (date.year() + 1, 1)
    } else {
        (date.year(), date.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(date)
}

/// The n-th (1-based; -1 = last) `weekday` of a month.
pub fn nth_weekday(year: i32, month: u32, n: i8, weekday: Weekday) -> Option<NaiveDate> {
    if n == -1 {
        let last = last_of_month(NaiveDate::from_ymd_opt(year, month, 1)?);
        let back = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
        return Some(last - Days::new(u64::from(back)));
    }
    let n = u8::try_from(n).ok().filter(|n| *n >= 1)?;
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
}

/// The calendar year in which an operating year starting in `start_month` of `op_year`
/// has month `month`: with an August start, August–December are in `op_year`, January–July
/// in the next.
pub fn year_of_month(op_year: i32, start_month: u8, month: u8) -> i32 {
    if month >= start_month {
        op_year
    } else {
        op_year + 1
    }
}

/// ISO week number, e.g. 53 for 2026-12-31.
pub fn iso_week(date: NaiveDate) -> u32 {
    date.iso_week().week()
}

/// "v. 48" / "week 48".
pub fn week_label(date: NaiveDate, lang: crate::i18n::Lang) -> String {
    crate::i18n::dates::week_long(iso_week(date), lang)
}

/// Whether the recurrence has a day within `[from, to]` in some year.
pub fn falls_within(
    r: &Recurrence,
    from: NaiveDate,
    to: NaiveDate,
) -> Option<(NaiveDate, NaiveDate)> {
    for year in from.year()..=to.year() {
        if let Some((a, b)) = occurrence(r, year)
            && a <= to
            && b >= from
        {
            return Some((a, b));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn occurrences() {
        assert_eq!(
            occurrence(&Recurrence::Month(2), 2024),
            Some((d(2024, 2, 1), d(2024, 2, 29)))
        );
        assert_eq!(
            occurrence(&Recurrence::IsoWeek(53), 2026),
            Some((d(2026, 12, 28), d(2027, 1, 3)))
        );
        assert_eq!(occurrence(&Recurrence::IsoWeek(53), 2027), None);
        let first_tue = Recurrence::NthWeekday {
            month: 9,
            n: 1,
            weekday: Weekday::Tue,
        };
        assert_eq!(
            occurrence(&first_tue, 2026),
            Some((d(2026, 9, 1), d(2026, 9, 1)))
        );
        let last_fri = Recurrence::NthWeekday {
            month: 11,
            n: -1,
            weekday: Weekday::Fri,
        };
        assert_eq!(
            occurrence(&last_fri, 2026),
            Some((d(2026, 11, 27), d(2026, 11, 27)))
        );
        assert_eq!(
            occurrence(&Recurrence::FixedDate { month: 2, day: 30 }, 2026),
            None
        );
        assert_eq!(iso_week(d(2026, 11, 24)), 48);
        assert_eq!(year_of_month(2026, 8, 9), 2026);
        assert_eq!(year_of_month(2026, 8, 3), 2027);
    }

    #[test]
    fn falls_within_spans_the_new_year() {
        let r = Recurrence::Month(1);
        assert_eq!(
            falls_within(&r, d(2026, 12, 20), d(2027, 1, 10)).map(|x| x.0),
            Some(d(2027, 1, 1))
        );
        assert_eq!(
            falls_within(&Recurrence::Month(6), d(2026, 12, 20), d(2027, 1, 10)),
            None
        );
    }
}
