//! Swimlanes: one per body (and one for assignments given to people), and rows for spans.

use crate::model::{Assignee, Body, BodyId, Document};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// Which lane a record goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LaneRef {
    Body(usize),
    /// The lane for what has no body shown.
    Other,
}

/// The bodies with lanes and where each one's lane is.
pub(super) struct Lanes<'a> {
    pub(super) bodies: Vec<&'a Body>,
    pub(super) index: BTreeMap<&'a BodyId, usize>,
    /// Whether the caller chose the bodies.
    pub(super) filtered: bool,
}

impl<'a> Lanes<'a> {
    pub(super) fn new(doc: &'a Document, chosen: &[BodyId]) -> Self {
        let bodies: Vec<&Body> = if chosen.is_empty() {
            doc.bodies.iter().collect()
        } else {
            let mut seen = BTreeSet::new();
            chosen
                .iter()
                .filter(|b| seen.insert(*b))
                .filter_map(|b| doc.body(b))
                .collect()
        };
        let index = bodies.iter().enumerate().map(|(i, b)| (&b.id, i)).collect();
        Self {
            bodies,
            index,
            filtered: !chosen.is_empty(),
        }
    }

    /// The lane of a record that belongs to `body` (or to none): the body's lane; the other
    /// lane when there is no body or, with every body shown, an unknown one; none when its
    /// body was filtered out.
    pub(super) fn of(&self, doc: &Document, body: Option<&BodyId>) -> Option<LaneRef> {
        match body {
            Some(b) => match self.index.get(b) {
                Some(&i) => Some(LaneRef::Body(i)),
                None => (!self.filtered && doc.body(b).is_none()).then_some(LaneRef::Other),
            },
            None => (!self.filtered).then_some(LaneRef::Other),
        }
    }

    /// An assignment's lane: its assignee body's; for a person, the other lane (with a
    /// filter, only when the giving body is shown).
    pub(super) fn of_assignment(
        &self,
        doc: &Document,
        a: &crate::model::Assignment,
    ) -> Option<LaneRef> {
        match &a.assignee {
            Assignee::Body(b) => self.of(doc, Some(b)),
            Assignee::Person(_) => {
                (!self.filtered || self.index.contains_key(&a.given_by)).then_some(LaneRef::Other)
            }
        }
    }
}

/// An activity's days in one calendar year, and which activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Span {
    pub(super) first: NaiveDate,
    pub(super) last: NaiveDate,
    pub(super) activity: usize,
}

/// Puts spans in rows so that spans in one row do not share a day: each, in order of its
/// first day, in the lowest row free by then. Past `max_rows` rows a span goes to the row
/// that frees up first. Returns the row of each span and the rows used.
pub(super) fn span_rows(spans: &[Span], max_rows: usize) -> (Vec<usize>, usize) {
    let mut row_ends: Vec<NaiveDate> = Vec::new();
    let rows = spans
        .iter()
        .map(|s| {
            if let Some(r) = row_ends.iter().position(|end| *end < s.first) {
                row_ends[r] = s.last;
                r
            } else if row_ends.len() < max_rows.max(1) {
                row_ends.push(s.last);
                row_ends.len() - 1
            } else {
                let r = row_ends
                    .iter()
                    .enumerate()
                    .min_by_key(|(_, end)| **end)
                    .map_or(0, |(r, _)| r);
                row_ends[r] = row_ends[r].max(s.last);
                r
            }
        })
        .collect();
    (rows, row_ends.len())
}
