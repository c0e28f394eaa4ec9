//! What the timeline says in words: meeting tooltips, clashes, tick labels.

use super::Tick;
use crate::i18n::Lang;
use crate::model::{Body, Document, Meeting, MeetingStatus};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// At most this many clashes are marked in the visible range.
pub(super) const MAX_CLASHES: usize = 10_000;

/// For each meeting (by index) in `[from, last]` that is double-booked, the meetings it
/// clashes with: the same rule as the problem list ([`crate::model::booking`]).
pub(super) fn conflicts(
    doc: &Document,
    from: NaiveDate,
    last: NaiveDate,
) -> BTreeMap<usize, Vec<usize>> {
    let found = crate::model::booking::double_bookings(doc, Some((from, last)), MAX_CLASHES);
    let mut out: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for pair in found.pairs {
        out.entry(pair.first).or_default().push(pair.second);
        out.entry(pair.second).or_default().push(pair.first);
    }
    out
}

pub(super) fn meeting_tooltip(
    doc: &Document,
    m: &Meeting,
    clashes: &[usize],
    rules: &[usize],
    lang: Lang,
) -> String {
    let bodies: Vec<&str> = m
        .bodies
        .iter()
        .filter_map(|b| doc.body(b).map(Body::label))
        .collect();
    let mut out = format!(
        "{}\n{} · {} {}",
        doc.meeting_title(m),
        bodies.join(", "),
        crate::i18n::long_date(m.date, lang),
        m.time_text()
    )
    .trim_end()
    .to_owned();
    if m.status == MeetingStatus::Cancelled {
        out.push_str(crate::i18n::charts::cancelled_suffix(lang));
    }
    for &j in clashes {
        out.push('\n');
        out.push_str(&crate::i18n::charts::clashes_with(
            &doc.meeting_title(&doc.meetings[j]),
            lang,
        ));
    }
    for rule in rules.iter().filter_map(|&r| doc.timing_rules.get(r)) {
        let name = |b: &crate::model::BodyId| {
            doc.body(b)
                .map_or_else(|| b.to_string(), |x| x.label().to_owned())
        };
        out.push('\n');
        out.push_str(&crate::i18n::charts::breaks_timing_rule(
            &name(&rule.earlier),
            rule.min_days,
            &name(&rule.later),
            lang,
        ));
    }
    out
}

/// English short month names for the header.
/// A tick's label in the user's language (the tick itself carries the Swedish one).
pub(super) fn tick_text(tick: &Tick, major: bool, lang: Lang) -> String {
    super::ticks::label(tick.unit, tick.date, major, lang)
}
