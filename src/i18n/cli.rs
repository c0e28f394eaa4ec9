//! What the command line says besides the documents' own words.

use super::Lang;

pub fn moved_from(from: chrono::NaiveDate, reason: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("flyttat från {from} ({reason})"),
        Lang::En => format!("moved from {from} ({reason})"),
    }
}

pub fn proposed_meetings(n: usize, lang: Lang) -> String {
    super::counts::count(n, super::counts::Noun::ProposedMeeting, lang)
}

/// "4 föreslagna möten, 6 återrapporteringar".
pub fn proposed_plan(meetings: usize, reports: usize, lang: Lang) -> String {
    let m = proposed_meetings(meetings, lang);
    if reports == 0 {
        return m;
    }
    format!(
        "{m}, {}",
        super::counts::count(reports, super::counts::Noun::ReportBack, lang)
    )
}

/// "återrapportering till BG" at the end of a planned report-back's line.
pub fn report_back_to(to: &str, lang: Lang) -> String {
    format!(
        "{} {to}",
        lang.pick("återrapportering till", "report-back to")
    )
}

/// "6 återrapporteringar tillagda".
pub fn report_backs_added(n: usize, lang: Lang) -> String {
    format!(
        "{} {}",
        super::counts::count(n, super::counts::Noun::ReportBack, lang),
        match (lang, n) {
            (Lang::Sv, 1) => "tillagd",
            (Lang::Sv, _) => "tillagda",
            (Lang::En, _) => "added",
        }
    )
}

pub fn meetings_added(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv if n == 1 => "1 möte tillagt".to_owned(),
        Lang::Sv => format!("{n} möten tillagda"),
        Lang::En if n == 1 => "1 meeting added".to_owned(),
        Lang::En => format!("{n} meetings added"),
    }
}

pub fn already_canonical(lang: Lang) -> &'static str {
    lang.pick("redan i kanonisk form", "already canonical")
}

pub fn rewritten(lang: Lang) -> &'static str {
    lang.pick("omskriven", "rewritten")
}

pub fn no_meeting(id: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => {
            format!("det finns inget möte med id \"{id}\" (se: samverkan list meetings FIL)")
        }
        Lang::En => {
            format!("there is no meeting with id \"{id}\" (see: samverkan list meetings FILE)")
        }
    }
}

pub fn no_body(id: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => {
            format!("det finns inget organ med id \"{id}\" (se: samverkan list bodies FIL)")
        }
        Lang::En => format!("there is no body with id \"{id}\" (see: samverkan list bodies FILE)"),
    }
}

pub fn timeline_formats(lang: Lang) -> &'static str {
    lang.pick(
        "tidslinjen exporteras som svg eller png",
        "the timeline is exported as svg or png",
    )
}

pub fn no_operating_year(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("verksamhetsåret {year} finns inte"),
        Lang::En => format!("there is no operating year {year}"),
    }
}

/// The title of an exported wheel or timeline: "Årshjul 2027", "Tidslinje 2027".
pub fn wheel_title(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Årshjul {year}"),
        Lang::En => format!("Annual cycle {year}"),
    }
}

pub fn timeline_title(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Tidslinje {year}"),
        Lang::En => format!("Timeline {year}"),
    }
}

/// The sheet of the member list workbook (the same word in the app's export).
pub use super::exports::members_sheet;

/// Both a file to open and a command were given.
pub fn file_or_command(lang: Lang) -> &'static str {
    lang.pick(
        "ange en FIL att öppna eller ett kommando, inte båda",
        "give a FILE to open or a command, not both",
    )
}

pub fn sample_unreadable(reason: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("det inbäddade exemplet kan inte läsas: {reason}"),
        Lang::En => format!("the embedded sample cannot be read: {reason}"),
    }
}

pub fn window_failed(reason: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("fönstret kunde inte öppnas: {reason}"),
        Lang::En => format!("the window could not be opened: {reason}"),
    }
}
