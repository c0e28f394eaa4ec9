//! Two people's copies of one document brought together, record by record, from the version
//! both started from (a three-way merge, as git does for text and a password manager for its entries).
//!
//! The merge works on the document's own serde form, so every collection and field is merged,
//! including ones added to the model later:
//! - records in a list are matched by id (or by what identifies them: a person's attendance,
//!   an indicator's value for a year and organisation …); inside a record, field by field;
//! - a field changed on one side takes that side; changed the same on both takes it; changed
//!   differently on both is a conflict, resolved to *mine* until the user chooses;
//! - lists merge as ordered sets: both sides' additions and moves are kept;
//! - a record deleted on one side and edited on the other is kept, and the report says so;
//! - signed-off (justerade) minutes are never changed by a merge: a change to what they lock
//!   that was not made by reopening them, or that meets minutes the other side signed off,
//!   is one conflict about the whole meeting (`Record::breaks_lock`).

mod document;
mod keys;
mod order;
mod resolve;
mod tree;

pub use keys::{compact, key_of, label_of};

use super::Document;
use super::validate::{Problem, validate};
use serde_json::Value;

/// Whose copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Mine,
    Theirs,
}

/// Who made a change the merge took.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum By {
    Mine,
    Theirs,
    /// Both made the same change.
    Both,
}

/// One step of the way to a place in the document.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// A field of a record (or of the document).
    Field(String),
    /// The record with this key in the list named by the field before it.
    Record(String),
}

/// Where in the document: the path, and for each record on the way its list and label
/// ("meetings", "2026-09-10 Beredningsgruppen"), so a report can say it in words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Place {
    pub steps: Vec<Step>,
    pub records: Vec<(String, String)>,
}

impl Place {
    /// The field at the end of the path, if it ends in one ("title").
    pub fn field(&self) -> Option<&str> {
        match self.steps.last() {
            Some(Step::Field(f)) => Some(f),
            _ => None,
        }
    }

    /// The list the record at the end of the path is in, if it ends in a record.
    pub fn record_list(&self) -> Option<&str> {
        match self.steps.as_slice() {
            [.., Step::Field(list), Step::Record(_)] => Some(list),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
    /// The order of a list.
    Moved,
}

/// A change the merge took from one side (or both).
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub by: By,
    pub kind: ChangeKind,
    pub place: Place,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConflictKind {
    /// Both changed the same field (or list) differently.
    Value,
    /// Both reordered the same list differently.
    Order,
    /// Minutes that are signed off (justerade), or are signed off on one side, were changed.
    SignedMinutes,
}

/// Where both changed the same thing differently. The merged document holds `mine` until
/// the user chooses. For an order conflict the values are the lists' keys in each order.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub kind: ConflictKind,
    pub place: Place,
    pub base: Option<Value>,
    pub mine: Option<Value>,
    pub theirs: Option<Value>,
    /// For an order conflict: what each key's record is called, to show the orders in words.
    pub labels: Vec<(String, String)>,
}

/// A record deleted on one side and edited on the other: kept, with the edits.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    pub place: Place,
    pub deleted_by: Side,
}

/// What the merge did, in the order it met it in the document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub changes: Vec<Change>,
    pub conflicts: Vec<Conflict>,
    pub kept: Vec<Kept>,
    /// Problems the merged document has that neither copy had (a seat for a person the
    /// other side deleted …); filled by [`Merge::check`].
    pub problems: Vec<Problem>,
}

impl Report {
    /// How many changes came from `by` (changes both made count under `By::Both`).
    pub fn count(&self, by: By) -> usize {
        self.changes.iter().filter(|c| c.by == by).count()
    }

    /// Whether the copies merged without any question to the user.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MergeError {
    /// A copy does not survive the trip through the merge's tree form unchanged (a number the
    /// tree cannot hold), so merging could change what nobody changed.
    #[error("the {0} copy cannot be merged exactly")] // not UI: named by i18n::merge
    NotExact(&'static str),
    /// The merged tree is not a valid document (a bug; the copies are untouched).
    #[error("the merged document does not read back: {0}")] // not UI: named by i18n::merge
    Shape(String),
}

/// The merged document (conflicts resolved to mine) and what happened.
#[derive(Clone, Debug)]
pub struct Merge {
    merged: Document,
    pub report: Report,
}

/// Merge `mine` and `theirs`, both made from `base`.
pub fn merge(base: &Document, mine: &Document, theirs: &Document) -> Result<Merge, MergeError> {
    let (merged, report) = document::merge_documents(base, mine, theirs)?;
    Ok(Merge { merged, report })
}

impl Merge {
    /// The merged document with the conflicts resolved as chosen: `choices[i]` for conflict
    /// `i`; mine for any conflict past the end.
    pub fn document(&self, choices: &[Side]) -> Result<Document, MergeError> {
        let mut doc = self.merged.clone();
        for (conflict, side) in self.report.conflicts.iter().zip(choices) {
            if *side == Side::Theirs {
                document::take_theirs(&mut doc, conflict)?;
            }
        }
        Ok(doc)
    }

    /// The merged document with every conflict resolved to mine, without a copy.
    pub fn into_mine(self) -> (Document, Report) {
        (self.merged, self.report)
    }

    /// Find the problems `merged` has that neither copy had, into the report.
    pub fn check(
        &mut self,
        merged: &Document,
        mine: &Document,
        theirs: &Document,
        today: chrono::NaiveDate,
    ) {
        self.report.problems = new_problems(merged, mine, theirs, today);
    }
}

/// The problems of `merged` that neither `mine` nor `theirs` has, by their wording.
pub fn new_problems(
    merged: &Document,
    mine: &Document,
    theirs: &Document,
    today: chrono::NaiveDate,
) -> Vec<Problem> {
    let known: std::collections::HashSet<String> = validate(mine, today)
        .into_iter()
        .chain(validate(theirs, today))
        .map(|p| p.sv)
        .collect();
    validate(merged, today)
        .into_iter()
        .filter(|p| !known.contains(&p.sv))
        .collect()
}
