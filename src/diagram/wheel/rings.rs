//! Which bodies get rings, and what of theirs falls in the operating year.

use super::WheelYear;
use crate::diagram::wheel::WheelOptions;
use crate::model::calendar::{occurrence, year_of_month};
use crate::model::{Activity, BodyId, Document, Meeting, MeetingStatus};
use chrono::{Datelike, NaiveDate};

/// The days an activity covers in the operating year: its occurrence in the calendar year in
/// which its month falls within the operating year, cut to the year.
pub(super) fn activity_span(
    activity: &Activity,
    year: WheelYear,
) -> Option<(NaiveDate, NaiveDate)> {
    let start_month = u8::try_from(year.start.month()).unwrap_or(1);
    let calendar_year = year_of_month(year.start.year(), start_month, activity.when.month());
    let (first, last) = occurrence(&activity.when, calendar_year)?;
    let first = first.max(year.start);
    let last = last.min(year.end_exclusive.pred_opt()?);
    (first <= last).then_some((first, last))
}

pub(super) fn meeting_in_year(meeting: &Meeting, year: WheelYear) -> bool {
    meeting.status != MeetingStatus::Cancelled
        && meeting.date >= year.start
        && meeting.date < year.end_exclusive
}

/// The bodies that get rings, inner to outer.
/// How many rings a wheel gets when the user has not chosen: more do not fit readably
/// (the user can add any body as a ring).
pub const DEFAULT_RINGS: usize = 8;

/// The rings a wheel starts with: the first [`DEFAULT_RINGS`] bodies, in document order,
/// that have an activity or a meeting in the year.
pub fn default_rings(doc: &Document, year: WheelYear) -> Vec<BodyId> {
    doc.bodies
        .iter()
        .filter(|b| {
            doc.cycle
                .activities
                .iter()
                .any(|a| a.body == b.id && activity_span(a, year).is_some())
                || doc
                    .meetings
                    .iter()
                    .any(|m| m.bodies.contains(&b.id) && meeting_in_year(m, year))
        })
        .take(DEFAULT_RINGS)
        .map(|b| b.id.clone())
        .collect()
}

pub(super) fn ring_bodies(doc: &Document, options: &WheelOptions, year: WheelYear) -> Vec<BodyId> {
    if !options.bodies.is_empty() {
        let mut seen = Vec::new();
        for b in &options.bodies {
            if doc.body(b).is_some() && !seen.contains(b) {
                seen.push(b.clone());
            }
        }
        return seen;
    }
    default_rings(doc, year)
}
