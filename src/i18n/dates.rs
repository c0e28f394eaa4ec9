//! Dates, weekdays, months, recurrences and rhythms in words.

use super::Lang;
use crate::model::{Cadence, Recurrence};

/// Monday to Sunday, short, for calendar headings.
pub fn weekday_short(lang: Lang) -> [&'static str; 7] {
    match lang {
        Lang::Sv => ["mån", "tis", "ons", "tor", "fre", "lör", "sön"],
        Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    }
}

/// The weekday's name, lower-case in Swedish as Swedish writes it.
pub fn weekday_name(w: chrono::Weekday, lang: Lang) -> &'static str {
    use chrono::Weekday as W;
    match (w, lang) {
        (W::Mon, Lang::Sv) => "måndag",
        (W::Tue, Lang::Sv) => "tisdag",
        (W::Wed, Lang::Sv) => "onsdag",
        (W::Thu, Lang::Sv) => "torsdag",
        (W::Fri, Lang::Sv) => "fredag",
        (W::Sat, Lang::Sv) => "lördag",
        (W::Sun, Lang::Sv) => "söndag",
        (W::Mon, Lang::En) => "Monday",
        (W::Tue, Lang::En) => "Tuesday",
        (W::Wed, Lang::En) => "Wednesday",
        (W::Thu, Lang::En) => "Thursday",
        (W::Fri, Lang::En) => "Friday",
        (W::Sat, Lang::En) => "Saturday",
        (W::Sun, Lang::En) => "Sunday",
    }
}

/// "24 december 2026", "24 December 2026".
pub fn long_date(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month(), lang),
        date.year()
    )
}

pub fn month_name(month: u32, lang: Lang) -> &'static str {
    const SV: [&str; 12] = [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let i = usize::try_from(month.clamp(1, 12) - 1).unwrap_or(0);
    match lang {
        Lang::Sv => SV[i],
        Lang::En => EN[i],
    }
}

/// How often a body meets, in words.
pub fn cadence_text(cadence: Cadence, lang: Lang) -> String {
    match cadence {
        Cadence::Irregular => lang.pick("vid behov", "as needed").to_owned(),
        Cadence::Weekly => lang.pick("varje vecka", "weekly").to_owned(),
        Cadence::Monthly => lang.pick("en gång i månaden", "monthly").to_owned(),
        Cadence::EveryOtherMonth => lang.pick("varannan månad", "every other month").to_owned(),
        Cadence::Quarterly => lang.pick("en gång i kvartalet", "quarterly").to_owned(),
        Cadence::TimesPerYear(n) => match lang {
            Lang::Sv => format!("{n} gånger per år"),
            Lang::En => format!("{n} times a year"),
        },
    }
}

/// A recurrence in words: "augusti", "v. 34", "1:a tisdagen i september", "10 maj".
pub fn recurrence_text(r: &Recurrence, lang: Lang) -> String {
    match r {
        Recurrence::Month(m) => month_name(u32::from(*m), lang).to_owned(),
        Recurrence::IsoWeek(w) => match lang {
            Lang::Sv => format!("v. {w}"),
            Lang::En => format!("week {w}"),
        },
        Recurrence::NthWeekday { month, n, weekday } => {
            let month = month_name(u32::from(*month), lang);
            let day = weekday_name(*weekday, lang);
            match (lang, n) {
                (Lang::Sv, -1) => format!("sista {day}en i {month}"),
                (Lang::Sv, n) => {
                    let suffix = if matches!(n, 1 | 2) { "a" } else { "e" };
                    format!("{n}:{suffix} {day}en i {month}")
                }
                (Lang::En, -1) => format!("last {day} of {month}"),
                (Lang::En, n) => format!("{} {day} of {month}", ordinal_en(*n)),
            }
        }
        Recurrence::FixedDate { month, day } => {
            format!("{day} {}", month_name(u32::from(*month), lang))
        }
    }
}

fn ordinal_en(n: i8) -> String {
    match n {
        1 => "1st".into(),
        2 => "2nd".into(),
        3 => "3rd".into(),
        n => format!("{n}th"),
    }
}

/// A clock time as Swedish writes it, 24-hour: "09:05".
pub fn clock(t: chrono::NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// A length of time: "2 h 50 min", "45 min".
pub fn duration_text(minutes: i64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// Minutes alone, as an agenda item's length: "90 min".
pub fn minutes_text(minutes: u32) -> String {
    format!("{minutes} min")
}

/// A month in three letters: "jan", "maj", "okt"; "Jan", "May", "Oct".
pub fn short_month(month: u32, lang: Lang) -> &'static str {
    const SV: [&str; 12] = [
        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let i = usize::try_from(month.clamp(1, 12) - 1).unwrap_or(0);
    match lang {
        Lang::Sv => SV[i],
        Lang::En => EN[i],
    }
}

/// An ISO week, short: "v. 53", "w. 53".
pub fn week_short(week: u32, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("v. {week}"),
        Lang::En => format!("w. {week}"),
    }
}

/// An ISO week in words: "v. 48", "week 48".
pub fn week_long(week: u32, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("v. {week}"),
        Lang::En => format!("week {week}"),
    }
}

/// A quarter: "kv. 3", "Q3".
pub fn quarter(q: u32, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("kv. {q}"),
        Lang::En => format!("Q{q}"),
    }
}
