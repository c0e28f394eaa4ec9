//! The words in exported files and their names: the member list's column headers and the
//! names the save dialog suggests.

use super::{Lang, Tr};

/// The member list's column headers, in the order of its cells.
pub fn member_columns(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::Sv => [
            "Organ",
            "Kortnamn",
            "Namn",
            "Parti",
            "Roll",
            "Företräder",
            "Titel",
            "Organisation",
            "E-post",
            "Telefon",
            "Från",
            "Till",
        ],
        Lang::En => [
            "Body",
            "Short name",
            "Name",
            "Party",
            "Role",
            "Represents",
            "Title",
            "Organisation",
            "E-mail",
            "Phone",
            "From",
            "To",
        ],
    }
}

/// The sheet of the member list workbook.
pub fn members_sheet(lang: Lang) -> &'static str {
    lang.pick("Ledamöter", "Members")
}

/// The name cell of a vacant seat.
pub fn vacant(lang: Lang) -> &'static str {
    lang.pick("vakant", "vacant")
}

/// The file name of a notice or minutes, before the body and date: "kallelse", "notice".
pub fn notice_stem(lang: Lang) -> &'static str {
    lang.pick("kallelse", "notice")
}

pub fn minutes_stem(lang: Lang) -> &'static str {
    lang.pick("anteckningar", "minutes")
}

/// The file name of the org chart.
pub fn org_chart_stem(lang: Lang) -> &'static str {
    lang.pick("organisation", "org-chart")
}

/// The file name of the wheel, before the year.
pub fn wheel_stem(lang: Lang) -> &'static str {
    lang.pick("arshjul", "annual-wheel")
}

/// The file name of the timeline, before its first day.
pub fn perspective_stem(lang: Lang) -> &'static str {
    lang.pick("aktuellt-perspektiv", "current-perspective")
}

pub fn timeline_stem(lang: Lang) -> &'static str {
    lang.pick("tidslinje", "timeline")
}

/// The file name of a body's calendar, after the body.
pub fn meetings_stem(lang: Lang) -> &'static str {
    lang.pick("moten", "meetings")
}

pub const NOT_PDF_A: Tr = Tr(
    "som vanlig PDF, inte PDF/A: texten har tecken som typsnittet saknar",
    "as a plain PDF, not PDF/A: the text has characters the font lacks",
);

pub fn decisions_stem(lang: Lang) -> &'static str {
    lang.pick("beslutsregister", "decisions")
}
