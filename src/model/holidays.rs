//! Swedish public holidays (röda dagar) and the eves everyone takes off, so meetings are not
//! planned on them. Pure functions, no UI; a year's days are computed on demand without
//! allocating, cheap enough to ask once per day of a several-year timeline.

use chrono::{Datelike, Days, NaiveDate, TimeDelta, Weekday};

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous computus of Meeus, Jones and
/// Butcher). `None` only outside the dates chrono can represent.
#[must_use]
#[allow(clippy::many_single_char_names)] // the computus's own letters, as published
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    // Euclidean division keeps every term non-negative for years before 0 as well.
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The public holidays of `year`, sorted by date, with their Swedish names. Every year has 13;
/// two can fall on one date (Kristi himmelsfärdsdag is 1 May when Easter is 23 March, as in
/// 2008), and then both are listed.
#[must_use]
pub fn public_holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let mut days: Vec<_> = year_days(year)
        .into_iter()
        .flatten()
        .filter(|(_, _, public)| *public)
        .map(|(date, name, _)| (date, name))
        .collect();
    days.sort_by_key(|(date, _)| *date);
    days
}

/// The days that are not public holidays but that Swedish workplaces treat as such, sorted by
/// date: Påskafton, Midsommarafton, Julafton and Nyårsafton.
#[must_use]
pub fn de_facto_holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let mut days: Vec<_> = year_days(year)
        .into_iter()
        .flatten()
        .filter(|(_, _, public)| !*public)
        .map(|(date, name, _)| (date, name))
        .collect();
    days.sort_by_key(|(date, _)| *date);
    days
}

/// The Swedish name of the holiday on `date`, public or de facto. Where two public holidays
/// share a date, the fixed one is named (Första maj rather than Kristi himmelsfärdsdag in 2008).
#[must_use]
pub fn holiday_name(date: NaiveDate) -> Option<&'static str> {
    year_days(date.year())
        .into_iter()
        .flatten()
        .filter(|(d, _, _)| *d == date)
        .map(|(_, name, _)| name)
        .next()
}

/// Whether people are at work on `date`: a weekday that is neither a public holiday nor one of
/// the eves taken off.
#[must_use]
pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && holiday_name(date).is_none()
}

/// Where a meeting proposed for `date` is moved so that it falls on a working day.
///
/// The rule: a working day stays put. Otherwise the meeting moves forward to the next working
/// day, because a later date keeps the preparation time before it; but if that would push it
/// into the next month it moves back to the previous working day instead, so the meeting stays
/// in the month the annual cycle put it in (30 May 2026 goes to 29 May, not 1 June). Only a
/// month without a single working day (none exists) makes it leave the month forward.
#[must_use]
pub fn nearest_working_day(date: NaiveDate) -> NaiveDate {
    if is_working_day(date) {
        return date;
    }
    let same_month = |d: &NaiveDate| d.month() == date.month() && d.year() == date.year();
    let forward = || std::iter::successors(date.succ_opt(), NaiveDate::succ_opt);
    let backward = std::iter::successors(date.pred_opt(), NaiveDate::pred_opt);
    forward()
        .take_while(same_month)
        .find(|d| is_working_day(*d))
        .or_else(|| backward.take_while(same_month).find(|d| is_working_day(*d)))
        // A year has far fewer than 100 days off in a row; the bound keeps this finite at the
        // end of chrono's range.
        .or_else(|| forward().take(100).find(|d| is_working_day(*d)))
        .unwrap_or(date)
}

/// All holidays of `year` as (date, name, is public), unsorted; `None` for a day that chrono
/// cannot represent. A fixed array so per-day look-ups do not allocate.
fn year_days(year: i32) -> [Option<(NaiveDate, &'static str, bool)>; 17] {
    let ymd = |m: u32, d: u32| NaiveDate::from_ymd_opt(year, m, d);
    let easter = easter_sunday(year);
    let from_easter = |days: i64| {
        let delta = TimeDelta::try_days(days)?;
        easter?.checked_add_signed(delta)
    };
    // Midsommardagen is the Saturday 20–26 June, Alla helgons dag the Saturday 31 Oct–6 Nov.
    let midsummer = ymd(6, 20).and_then(|d| first_on_or_after(d, Weekday::Sat));
    let all_saints = ymd(10, 31).and_then(|d| first_on_or_after(d, Weekday::Sat));
    let public = |date: Option<NaiveDate>, name| date.map(|d| (d, name, true));
    let de_facto = |date: Option<NaiveDate>, name| date.map(|d| (d, name, false));
    [
        public(ymd(1, 1), "Nyårsdagen"),
        public(ymd(1, 6), "Trettondedag jul"),
        public(from_easter(-2), "Långfredagen"),
        de_facto(from_easter(-1), "Påskafton"),
        public(easter, "Påskdagen"),
        public(from_easter(1), "Annandag påsk"),
        public(ymd(5, 1), "Första maj"),
        public(from_easter(39), "Kristi himmelsfärdsdag"),
        public(from_easter(49), "Pingstdagen"),
        public(ymd(6, 6), "Sveriges nationaldag"),
        de_facto(midsummer.and_then(|d| d.pred_opt()), "Midsommarafton"),
        public(midsummer, "Midsommardagen"),
        public(all_saints, "Alla helgons dag"),
        de_facto(ymd(12, 24), "Julafton"),
        public(ymd(12, 25), "Juldagen"),
        public(ymd(12, 26), "Annandag jul"),
        de_facto(ymd(12, 31), "Nyårsafton"),
    ]
}

/// The first `weekday` on or after `date`.
fn first_on_or_after(date: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let ahead = (7 + weekday.num_days_from_monday() - date.weekday().num_days_from_monday()) % 7;
    date.checked_add_days(Days::new(u64::from(ahead)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn named(year: i32, name: &str) -> NaiveDate {
        public_holidays(year)
            .into_iter()
            .chain(de_facto_holidays(year))
            .find(|(_, n)| *n == name)
            .map_or_else(|| panic!("{name} missing in {year}"), |(date, _)| date)
    }

    /// Knuth's Easter algorithm (TAOCP 1.3.2 ex. 14), written independently of the computus
    /// above to check it; valid for 1583–4099.
    #[allow(clippy::many_single_char_names)] // Knuth's letters
    fn knuth_easter(y: i32) -> NaiveDate {
        let g = y % 19 + 1;
        let c = y / 100 + 1;
        let x = 3 * c / 4 - 12;
        let z = (8 * c + 5) / 25 - 5;
        let dd = 5 * y / 4 - x - 10;
        let mut e = (11 * g + 20 + z - x) % 30;
        if (e == 25 && g > 11) || e == 24 {
            e += 1;
        }
        let mut n = 44 - e;
        if n < 21 {
            n += 30;
        }
        n = n + 7 - (dd + n) % 7;
        if n > 31 {
            d(y, 4, u32::try_from(n - 31).unwrap())
        } else {
            d(y, 3, u32::try_from(n).unwrap())
        }
    }

    #[test]
    fn easter_sundays_2024_2030() {
        let known = [
            d(2024, 3, 31),
            d(2025, 4, 20),
            d(2026, 4, 5),
            d(2027, 3, 28),
            d(2028, 4, 16),
            d(2029, 4, 1),
            d(2030, 4, 21),
        ];
        for (year, want) in (2024..).zip(known) {
            assert_eq!(easter_sunday(year), Some(want), "{year}");
        }
    }

    #[test]
    fn easter_matches_knuth_and_is_a_spring_sunday() {
        for year in 1583..=4099 {
            let e = easter_sunday(year).unwrap();
            assert_eq!(e, knuth_easter(year), "{year}");
            assert_eq!(e.weekday(), Weekday::Sun);
            assert!(e >= d(year, 3, 22) && e <= d(year, 4, 25), "{e}");
        }
    }

    #[test]
    fn movable_holidays() {
        assert_eq!(named(2025, "Långfredagen"), d(2025, 4, 18));
        assert_eq!(named(2025, "Påskafton"), d(2025, 4, 19));
        assert_eq!(named(2025, "Annandag påsk"), d(2025, 4, 21));
        assert_eq!(named(2026, "Kristi himmelsfärdsdag"), d(2026, 5, 14));
        assert_eq!(named(2027, "Pingstdagen"), d(2027, 5, 16));
        assert_eq!(named(2024, "Midsommardagen"), d(2024, 6, 22));
        assert_eq!(named(2025, "Midsommardagen"), d(2025, 6, 21));
        assert_eq!(named(2026, "Midsommardagen"), d(2026, 6, 20));
        assert_eq!(named(2026, "Midsommarafton"), d(2026, 6, 19));
        assert_eq!(named(2024, "Alla helgons dag"), d(2024, 11, 2));
        assert_eq!(named(2025, "Alla helgons dag"), d(2025, 11, 1));
        assert_eq!(named(2026, "Alla helgons dag"), d(2026, 10, 31));
        assert_eq!(named(2027, "Alla helgons dag"), d(2027, 11, 6));
    }

    #[test]
    fn full_list_2026() {
        let want = [
            (d(2026, 1, 1), "Nyårsdagen"),
            (d(2026, 1, 6), "Trettondedag jul"),
            (d(2026, 4, 3), "Långfredagen"),
            (d(2026, 4, 5), "Påskdagen"),
            (d(2026, 4, 6), "Annandag påsk"),
            (d(2026, 5, 1), "Första maj"),
            (d(2026, 5, 14), "Kristi himmelsfärdsdag"),
            (d(2026, 5, 24), "Pingstdagen"),
            (d(2026, 6, 6), "Sveriges nationaldag"),
            (d(2026, 6, 20), "Midsommardagen"),
            (d(2026, 10, 31), "Alla helgons dag"),
            (d(2026, 12, 25), "Juldagen"),
            (d(2026, 12, 26), "Annandag jul"),
        ];
        assert_eq!(public_holidays(2026), want);
        assert_eq!(
            de_facto_holidays(2026),
            [
                (d(2026, 4, 4), "Påskafton"),
                (d(2026, 6, 19), "Midsommarafton"),
                (d(2026, 12, 24), "Julafton"),
                (d(2026, 12, 31), "Nyårsafton"),
            ]
        );
    }

    #[test]
    fn every_year_1900_2200_has_13_public_holidays_on_the_right_weekdays() {
        for year in 1900..=2200 {
            let days = public_holidays(year);
            assert_eq!(days.len(), 13, "{year}");
            assert!(days.windows(2).all(|w| w[0].0 <= w[1].0), "{year} unsorted");
            assert!(days.iter().all(|(date, _)| date.year() == year));
            let midsummer = named(year, "Midsommardagen");
            assert_eq!(midsummer.weekday(), Weekday::Sat);
            assert!(midsummer >= d(year, 6, 20) && midsummer <= d(year, 6, 26));
            let eve = named(year, "Midsommarafton");
            assert_eq!(eve.weekday(), Weekday::Fri);
            assert!(eve >= d(year, 6, 19) && eve <= d(year, 6, 25));
            let all_saints = named(year, "Alla helgons dag");
            assert_eq!(all_saints.weekday(), Weekday::Sat);
            assert!(all_saints >= d(year, 10, 31) && all_saints <= d(year, 11, 6));
            assert_eq!(named(year, "Långfredagen").weekday(), Weekday::Fri);
            assert_eq!(
                named(year, "Kristi himmelsfärdsdag").weekday(),
                Weekday::Thu
            );
            assert_eq!(named(year, "Pingstdagen").weekday(), Weekday::Sun);
            assert_eq!(de_facto_holidays(year).len(), 4);
        }
    }

    #[test]
    fn shared_date_2008() {
        // Easter 23 March 2008 puts Kristi himmelsfärdsdag on Första maj.
        let may_first: Vec<_> = public_holidays(2008)
            .into_iter()
            .filter(|(date, _)| *date == d(2008, 5, 1))
            .map(|(_, n)| n)
            .collect();
        assert_eq!(may_first, ["Första maj", "Kristi himmelsfärdsdag"]);
        assert_eq!(holiday_name(d(2008, 5, 1)), Some("Första maj"));
    }

    #[test]
    fn names_and_working_days() {
        assert_eq!(holiday_name(d(2026, 12, 24)), Some("Julafton"));
        assert_eq!(holiday_name(d(2026, 6, 6)), Some("Sveriges nationaldag"));
        assert_eq!(holiday_name(d(2026, 6, 8)), None);
        assert!(is_working_day(d(2026, 6, 8))); // Monday
        assert!(!is_working_day(d(2026, 6, 7))); // Sunday
        assert!(!is_working_day(d(2026, 6, 19))); // Midsommarafton, a Friday
        assert!(!is_working_day(d(2025, 12, 31))); // Nyårsafton, a Wednesday
        assert!(!is_working_day(d(2026, 5, 14))); // Kristi himmelsfärdsdag
        assert!(is_working_day(d(2026, 5, 15))); // the squeeze day is worked
    }

    #[test]
    fn moving_meetings() {
        // Saturday forward to Monday within the month.
        assert_eq!(nearest_working_day(d(2026, 3, 7)), d(2026, 3, 9));
        // Easter 2026: Långfredagen → Tuesday after Annandag påsk.
        assert_eq!(nearest_working_day(d(2026, 4, 3)), d(2026, 4, 7));
        // Saturday 30 May 2026: Monday is 1 June, so back to Friday 29 May.
        assert_eq!(nearest_working_day(d(2026, 5, 30)), d(2026, 5, 29));
        // Christmas 2026 (Thu 24 – Sun 27) forward to Monday 28.
        assert_eq!(nearest_working_day(d(2026, 12, 24)), d(2026, 12, 28));
        // Nyårsafton 2027 is a Friday, next working day is in January: back to Thursday 30.
        assert_eq!(nearest_working_day(d(2027, 12, 31)), d(2027, 12, 30));
        // 1 January 2028 (Saturday) forward to Monday 3.
        assert_eq!(nearest_working_day(d(2028, 1, 1)), d(2028, 1, 3));
        assert_eq!(nearest_working_day(d(2026, 6, 8)), d(2026, 6, 8));
    }

    /// Checks the documented rule on one date: identity on working days, else the first working
    /// day after it in the month, else the last one before it in the month.
    fn check_rule(date: NaiveDate) {
        let got = nearest_working_day(date);
        assert!(is_working_day(got), "{date} -> {got} is not a working day");
        assert_eq!(
            (got.year(), got.month()),
            (date.year(), date.month()),
            "{date} -> {got}"
        );
        if is_working_day(date) {
            assert_eq!(got, date);
        } else if got > date {
            assert!(
                date.iter_days()
                    .skip(1)
                    .take_while(|x| *x < got)
                    .all(|x| !is_working_day(x))
            );
        } else {
            assert!(got < date);
            let rest_of_month = date
                .iter_days()
                .skip(1)
                .take_while(|x| x.month() == date.month());
            assert!(
                rest_of_month.clone().all(|x| !is_working_day(x)),
                "{date} skipped forward"
            );
            assert!(
                got.iter_days()
                    .skip(1)
                    .take_while(|x| *x < date)
                    .all(|x| !is_working_day(x))
            );
        }
    }

    #[test]
    fn nearest_working_day_every_day_2000_2100() {
        for date in d(2000, 1, 1).iter_days().take_while(|x| x.year() <= 2100) {
            check_rule(date);
        }
    }

    proptest! {
        #[test]
        fn nearest_working_day_any_year(days in 0i64..(400 * 366)) {
            let date = d(1800, 1, 1) + TimeDelta::days(days);
            check_rule(date);
        }
    }
}
