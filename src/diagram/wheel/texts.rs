//! The words of tooltips: an activity's period, a meeting's title, bodies and time.

use crate::i18n::{Lang, month_name};
use crate::model::{Document, Meeting, Recurrence};
use chrono::{Datelike, NaiveDate};

/// "augusti 2026", "v. 48 2026", "12 september 2026", "28 december 2026 – 3 januari 2027".
pub(super) fn period_text(
    when: &Recurrence,
    first: NaiveDate,
    last: NaiveDate,
    lang: Lang,
) -> String {
    match when {
        Recurrence::Month(_) => format!("{} {}", month_name(first.month(), lang), first.year()),
        Recurrence::IsoWeek(w) => format!(
            "{}, {} – {}",
            crate::i18n::dates::week_long(u32::from(*w), lang),
            crate::i18n::long_date(first, lang),
            crate::i18n::long_date(last, lang)
        ),
        _ if first == last => crate::i18n::long_date(first, lang),
        _ => format!(
            "{} – {}",
            crate::i18n::long_date(first, lang),
            crate::i18n::long_date(last, lang)
        ),
    }
}

pub(super) fn meeting_tooltip(doc: &Document, meeting: &Meeting, lang: Lang) -> String {
    let bodies: Vec<&str> = meeting
        .bodies
        .iter()
        .filter_map(|b| doc.body(b).map(crate::model::Body::label))
        .collect();
    let title = doc.meeting_title(meeting);
    let time = if meeting.start.is_some() {
        format!(" {}", meeting.time_text())
    } else {
        String::new()
    };
    format!(
        "{title}\n{} · {}{time}",
        bodies.join(", "),
        crate::i18n::long_date(meeting.date, lang)
    )
}
