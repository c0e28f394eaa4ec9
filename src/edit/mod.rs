//! Every change to a document is an `Edit`, applied here and nowhere else, so undo,
//! validation and saving have one path to watch. Views read the document and emit edits.
//!
//! Applying an edit returns its inverse: the edit that puts back exactly what it changed
//! (records in their places, fields as they were). Undo keeps those inverses, never copies of
//! the document, so an undo step costs what the edit touched, not what the document holds.

mod cascade;
mod erase;
mod records;

use crate::i18n::Lang;
use crate::model::references::{RecordRef, Reference, references_to};
use crate::model::{
    Activity, ActivityId, Agreement, AgreementId, Assignment, AssignmentId, Body, BodyId, Document,
    DocumentId, DocumentInfo, Goal, GoalId, GoverningDocument, Link, LinkId, Matter, MatterId,
    Meeting, MeetingId, Membership, MembershipId, Organisation, OrganisationId, Person, PersonId,
    TimingRule, TimingRuleId,
};
pub use erase::Erasure;
pub use records::{Restore, Take};

/// One finished change. `Batch` makes several changes one undo step.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    SetInfo(DocumentInfo),
    SetStartMonth(u8),
    PutOrganisation(Organisation),
    PutPerson(Person),
    PutBody(Body),
    PutLink(Link),
    PutMeeting(Meeting),
    PutActivity(Activity),
    PutGoal(Goal),
    PutAssignment(Assignment),
    PutAgreement(Agreement),
    PutDocument(GoverningDocument),
    PutTimingRule(TimingRule),
    PutMatter(Matter),
    /// Add or replace a seat in a body.
    PutMembership {
        body: BodyId,
        membership: Membership,
    },
    RemoveMembership {
        body: BodyId,
        id: MembershipId,
    },
    /// Delete a record. With `cascade`, what refers to it goes too (the user confirmed the
    /// list); without, the delete is refused while anything refers to it.
    DeleteOrganisation {
        id: OrganisationId,
        cascade: bool,
    },
    DeletePerson {
        id: PersonId,
        cascade: bool,
    },
    DeleteBody {
        id: BodyId,
        cascade: bool,
    },
    DeleteLink(LinkId),
    DeleteMeeting(MeetingId),
    DeleteActivity(ActivityId),
    DeleteGoal(GoalId),
    DeleteAssignment(AssignmentId),
    DeleteAgreement(AgreementId),
    DeleteDocument(DocumentId),
    DeleteTimingRule(TimingRuleId),
    /// The matter goes; the agenda items filed under it keep their place, unfiled.
    DeleteMatter(MatterId),
    /// Erase a person and every trace of them (GDPR art. 17): see [`Erasure`].
    ErasePerson(Erasure),
    /// The whole document at once (a recovered copy, another person's version read in).
    ReplaceDocument(Box<Document>),
    /// Undo's step: a deleted record back in its place.
    Restore(Restore),
    /// Undo's step: take out a record an undone edit added (nothing refers to it then).
    Take(Take),
    Batch(Vec<Edit>),
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum EditError {
    #[error("the record does not exist")]
    NotFound,
    #[error("others refer to the record")]
    Referenced(Vec<Reference>),
    #[error("the value is out of range")]
    OutOfRange,
    #[error("the document is read-only")]
    ReadOnly,
    #[error("the minutes are signed off")]
    Locked,
    /// Erasing a person would have left a trace or changed something else; nothing changed.
    #[error("the person could not be erased completely")]
    EraseIncomplete,
}

impl EditError {
    pub fn message(&self, lang: Lang) -> String {
        use crate::i18n::edits;
        match self {
            EditError::NotFound => edits::not_found(lang).to_owned(),
            EditError::Referenced(refs) => {
                let list: Vec<&str> = refs.iter().map(|r| r.text(lang)).collect();
                edits::referenced(&list.join("; "), lang)
            }
            EditError::OutOfRange => edits::out_of_range(lang).to_owned(),
            EditError::ReadOnly => edits::read_only(lang).to_owned(),
            EditError::Locked => edits::locked(lang).to_owned(),
            EditError::EraseIncomplete => crate::i18n::people_data::ERASE_INCOMPLETE
                .get(lang)
                .to_owned(),
        }
    }
}

/// Whether a person may make `edit` now: signed-off minutes change only by being opened
/// again (`minutes_flow::reopen`). Asked of what the user does, not of undo and redo,
/// which put back exactly what was, nor of a confirmed cascade, which may rewrite a name in
/// signed-off minutes.
pub fn permitted(doc: &Document, edit: &Edit) -> Result<(), EditError> {
    match edit {
        Edit::PutMeeting(x) => match doc.meeting(&x.id) {
            Some(old) if !crate::model::minutes_flow::change_allowed(old, x) => {
                Err(EditError::Locked)
            }
            _ => Ok(()),
        },
        Edit::Batch(edits) => edits.iter().try_for_each(|e| permitted(doc, e)),
        _ => Ok(()),
    }
}

/// Apply one edit. Returns the edit that undoes it, or `None` when it changed nothing. On
/// error the document is unchanged (a failing batch is rolled back by its own inverses).
pub fn apply(doc: &mut Document, edit: Edit) -> Result<Option<Edit>, EditError> {
    match edit {
        Edit::SetInfo(info) => {
            if doc.info == info {
                return Ok(None);
            }
            Ok(Some(Edit::SetInfo(std::mem::replace(&mut doc.info, info))))
        }
        Edit::SetStartMonth(m) => {
            if !(1..=12).contains(&m) {
                return Err(EditError::OutOfRange);
            }
            if doc.cycle.start_month == m {
                return Ok(None);
            }
            let old = std::mem::replace(&mut doc.cycle.start_month, m);
            Ok(Some(Edit::SetStartMonth(old)))
        }
        Edit::PutOrganisation(x) => Ok(records::put(doc, x)),
        Edit::PutPerson(x) => Ok(records::put(doc, x)),
        Edit::PutBody(x) => Ok(records::put(doc, x)),
        Edit::PutLink(x) => Ok(records::put(doc, x)),
        Edit::PutMeeting(x) => Ok(records::put(doc, x)),
        Edit::PutActivity(x) => Ok(records::put(doc, x)),
        Edit::PutGoal(x) => Ok(records::put(doc, x)),
        Edit::PutAssignment(x) => Ok(records::put(doc, x)),
        Edit::PutAgreement(x) => Ok(records::put(doc, x)),
        Edit::PutDocument(x) => Ok(records::put(doc, x)),
        Edit::PutTimingRule(x) => Ok(records::put(doc, x)),
        Edit::PutMatter(x) => Ok(records::put(doc, x)),
        Edit::PutMembership { body, membership } => records::put_membership(doc, &body, membership),
        Edit::RemoveMembership { body, id } => {
            records::remove_membership(doc, &body, &id).map(Some)
        }
        Edit::DeleteOrganisation { id, cascade } => {
            guard(doc, &RecordRef::Organisation(id.clone()), cascade)?;
            cascade::delete_organisation(doc, &id).map(Some)
        }
        Edit::DeletePerson { id, cascade } => {
            guard(doc, &RecordRef::Person(id.clone()), cascade)?;
            cascade::delete_person(doc, &id).map(Some)
        }
        Edit::DeleteBody { id, cascade } => {
            guard(doc, &RecordRef::Body(id.clone()), cascade)?;
            cascade::delete_body(doc, &id).map(Some)
        }
        Edit::DeleteLink(id) => records::delete::<Link>(doc, &id).map(Some),
        Edit::DeleteMeeting(id) => cascade::delete_meeting(doc, &id).map(Some),
        Edit::DeleteActivity(id) => cascade::delete_activity(doc, &id).map(Some),
        Edit::DeleteGoal(id) => records::delete::<Goal>(doc, &id).map(Some),
        Edit::DeleteAssignment(id) => cascade::delete_assignment(doc, &id).map(Some),
        Edit::DeleteAgreement(id) => records::delete::<Agreement>(doc, &id).map(Some),
        Edit::DeleteDocument(id) => records::delete::<GoverningDocument>(doc, &id).map(Some),
        Edit::DeleteTimingRule(id) => records::delete::<TimingRule>(doc, &id).map(Some),
        Edit::DeleteMatter(id) => cascade::delete_matter(doc, &id).map(Some),
        Edit::ErasePerson(e) => erase::erase(doc, &e).map(Some),
        Edit::ReplaceDocument(new) => {
            if *doc == *new {
                return Ok(None);
            }
            let old = std::mem::replace(doc, *new);
            Ok(Some(Edit::ReplaceDocument(Box::new(old))))
        }
        Edit::Restore(r) => records::restore(doc, r).map(Some),
        Edit::Take(t) => records::take(doc, t).map(Some),
        Edit::Batch(edits) => apply_batch(doc, edits),
    }
}

/// The edits in order; the inverse is their inverses in reverse order. If one fails, those
/// already applied are undone and the error returned. A batch whose edits cancel out (a field
/// changed and changed back) still returns its inverse: one undo step that changes nothing,
/// since telling would take a copy of the document before every batch.
fn apply_batch(doc: &mut Document, edits: Vec<Edit>) -> Result<Option<Edit>, EditError> {
    let mut inverses: Vec<Edit> = Vec::new();
    for e in edits {
        match apply(doc, e) {
            Ok(Some(inverse)) => inverses.push(inverse),
            Ok(None) => {}
            Err(err) => {
                undo_all(doc, inverses);
                return Err(err);
            }
        }
    }
    Ok(match inverses.len() {
        0 => None,
        1 => inverses.pop(),
        _ => {
            inverses.reverse();
            Some(Edit::Batch(inverses))
        }
    })
}

/// Apply inverses collected in forward order, last first.
fn undo_all(doc: &mut Document, inverses: Vec<Edit>) {
    for inverse in inverses.into_iter().rev() {
        // An inverse puts back what its edit changed a moment ago; it cannot fail.
        let _ = apply(doc, inverse);
    }
}

/// Refuse a delete that would leave references, unless the user confirmed the cascade.
fn guard(doc: &Document, target: &RecordRef, cascade: bool) -> Result<(), EditError> {
    if cascade {
        return Ok(());
    }
    let refs = references_to(doc, target);
    if refs.is_empty() {
        Ok(())
    } else {
        Err(EditError::Referenced(refs))
    }
}

/// The references a delete would have to follow (what the user must confirm), without
/// touching the document: empty for edits that are not guarded deletes.
pub fn references_of(doc: &Document, edit: &Edit) -> Vec<Reference> {
    let target = match edit {
        Edit::DeleteOrganisation { id, cascade: false } => RecordRef::Organisation(id.clone()),
        Edit::DeletePerson { id, cascade: false } => RecordRef::Person(id.clone()),
        Edit::DeleteBody { id, cascade: false } => RecordRef::Body(id.clone()),
        _ => return Vec::new(),
    };
    references_to(doc, &target)
}

/// The edit that creates a year's plan: its meetings and report-backs, one undo step.
pub fn plan_edit(doc: &Document, plan: &crate::model::plan::Plan) -> Edit {
    let meetings = crate::model::plan::to_meetings(doc, &plan.meetings)
        .into_iter()
        .map(Edit::PutMeeting);
    let reports = crate::model::report_back::to_assignments(doc, &plan.report_backs)
        .into_iter()
        .map(Edit::PutAssignment);
    Edit::Batch(meetings.chain(reports).collect())
}
