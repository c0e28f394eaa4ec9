//! Putting, deleting and restoring one record of any kind, each returning its inverse. The
//! record kinds share one implementation through [`Record`].

use super::{Edit, EditError};
use crate::model::{
    Activity, ActivityId, Agreement, AgreementId, Assignment, AssignmentId, Body, BodyId, Document,
    DocumentId, Goal, GoalId, GoverningDocument, Link, LinkId, Matter, MatterId, Meeting,
    MeetingId, Membership, MembershipId, Organisation, OrganisationId, Person, PersonId,
    TimingRule, TimingRuleId,
};

/// A deleted record and the place it had, to be put back by undo.
#[derive(Clone, Debug, PartialEq)]
pub enum Restore {
    Organisation(usize, Organisation),
    Person(usize, Person),
    Body(usize, Body),
    Link(usize, Link),
    Meeting(usize, Meeting),
    Activity(usize, Activity),
    Goal(usize, Goal),
    Assignment(usize, Assignment),
    Agreement(usize, Agreement),
    Document(usize, GoverningDocument),
    TimingRule(usize, TimingRule),
    Matter(usize, Matter),
    Membership {
        body: BodyId,
        at: usize,
        membership: Membership,
    },
}

/// A record an undone edit had added.
#[derive(Clone, Debug, PartialEq)]
pub enum Take {
    Organisation(OrganisationId),
    Person(PersonId),
    Body(BodyId),
    Link(LinkId),
    Meeting(MeetingId),
    Activity(ActivityId),
    Goal(GoalId),
    Assignment(AssignmentId),
    Agreement(AgreementId),
    Document(DocumentId),
    TimingRule(TimingRuleId),
    Matter(MatterId),
    Membership { body: BodyId, id: MembershipId },
}

/// A kind of record that lives in one list of the document, found by its id.
pub(super) trait Record: Clone + PartialEq + Sized {
    type Id: PartialEq + Clone;
    fn id(&self) -> &Self::Id;
    fn list(doc: &mut Document) -> &mut Vec<Self>;
    /// The edit that puts this record (replacing the one with its id).
    fn put_edit(self) -> Edit;
    fn restore(at: usize, record: Self) -> Restore;
    fn take(id: Self::Id) -> Take;
}

macro_rules! record {
    ($ty:ty, $id:ty, $put:ident, $variant:ident, |$d:ident| $list:expr) => {
        impl Record for $ty {
            type Id = $id;
            fn id(&self) -> &$id {
                &self.id
            }
            fn list($d: &mut Document) -> &mut Vec<Self> {
                &mut $list
            }
            fn put_edit(self) -> Edit {
                Edit::$put(self)
            }
            fn restore(at: usize, record: Self) -> Restore {
                Restore::$variant(at, record)
            }
            fn take(id: $id) -> Take {
                Take::$variant(id)
            }
        }
    };
}

record!(
    Organisation,
    OrganisationId,
    PutOrganisation,
    Organisation,
    |d| d.organisations
);
record!(Person, PersonId, PutPerson, Person, |d| d.people);
record!(Body, BodyId, PutBody, Body, |d| d.bodies);
record!(Link, LinkId, PutLink, Link, |d| d.links);
record!(Meeting, MeetingId, PutMeeting, Meeting, |d| d.meetings);
record!(Activity, ActivityId, PutActivity, Activity, |d| d
    .cycle
    .activities);
record!(Goal, GoalId, PutGoal, Goal, |d| d.goals);
record!(Assignment, AssignmentId, PutAssignment, Assignment, |d| d
    .assignments);
record!(Agreement, AgreementId, PutAgreement, Agreement, |d| d
    .agreements);
record!(GoverningDocument, DocumentId, PutDocument, Document, |d| d
    .documents);
record!(TimingRule, TimingRuleId, PutTimingRule, TimingRule, |d| d
    .timing_rules);
record!(Matter, MatterId, PutMatter, Matter, |d| d.matters);

/// Replace the record with the same id in its place, or append it. `None` when the record
/// is already there as it is.
pub(super) fn put<T: Record>(doc: &mut Document, record: T) -> Option<Edit> {
    let items = T::list(doc);
    match items.iter().position(|x| x.id() == record.id()) {
        Some(i) if items[i] == record => None,
        Some(i) => Some(std::mem::replace(&mut items[i], record).put_edit()),
        None => {
            let id = record.id().clone();
            items.push(record);
            Some(Edit::Take(T::take(id)))
        }
    }
}

/// Remove the record; the inverse puts it back in its place.
pub(super) fn delete<T: Record>(doc: &mut Document, id: &T::Id) -> Result<Edit, EditError> {
    let items = T::list(doc);
    let i = items
        .iter()
        .position(|x| x.id() == id)
        .ok_or(EditError::NotFound)?;
    let record = items.remove(i);
    Ok(Edit::Restore(T::restore(i, record)))
}

fn insert<T: Record>(doc: &mut Document, at: usize, record: T) -> Edit {
    let id = record.id().clone();
    let items = T::list(doc);
    items.insert(at.min(items.len()), record);
    Edit::Take(T::take(id))
}

pub(super) fn restore(doc: &mut Document, r: Restore) -> Result<Edit, EditError> {
    Ok(match r {
        Restore::Organisation(at, x) => insert(doc, at, x),
        Restore::Person(at, x) => insert(doc, at, x),
        Restore::Body(at, x) => insert(doc, at, x),
        Restore::Link(at, x) => insert(doc, at, x),
        Restore::Meeting(at, x) => insert(doc, at, x),
        Restore::Activity(at, x) => insert(doc, at, x),
        Restore::Goal(at, x) => insert(doc, at, x),
        Restore::Assignment(at, x) => insert(doc, at, x),
        Restore::Agreement(at, x) => insert(doc, at, x),
        Restore::Document(at, x) => insert(doc, at, x),
        Restore::TimingRule(at, x) => insert(doc, at, x),
        Restore::Matter(at, x) => insert(doc, at, x),
        Restore::Membership {
            body,
            at,
            membership,
        } => {
            let seats = &mut body_mut(doc, &body)?.memberships;
            let id = membership.id.clone();
            seats.insert(at.min(seats.len()), membership);
            Edit::Take(Take::Membership { body, id })
        }
    })
}

pub(super) fn take(doc: &mut Document, t: Take) -> Result<Edit, EditError> {
    match t {
        Take::Organisation(id) => delete::<Organisation>(doc, &id),
        Take::Person(id) => delete::<Person>(doc, &id),
        Take::Body(id) => delete::<Body>(doc, &id),
        Take::Link(id) => delete::<Link>(doc, &id),
        Take::Meeting(id) => delete::<Meeting>(doc, &id),
        Take::Activity(id) => delete::<Activity>(doc, &id),
        Take::Goal(id) => delete::<Goal>(doc, &id),
        Take::Assignment(id) => delete::<Assignment>(doc, &id),
        Take::Agreement(id) => delete::<Agreement>(doc, &id),
        Take::Document(id) => delete::<GoverningDocument>(doc, &id),
        Take::TimingRule(id) => delete::<TimingRule>(doc, &id),
        Take::Matter(id) => delete::<Matter>(doc, &id),
        Take::Membership { body, id } => remove_membership(doc, &body, &id),
    }
}

pub(super) fn body_mut<'a>(doc: &'a mut Document, id: &BodyId) -> Result<&'a mut Body, EditError> {
    doc.bodies
        .iter_mut()
        .find(|b| &b.id == id)
        .ok_or(EditError::NotFound)
}

/// Add or replace a seat in a body.
pub(super) fn put_membership(
    doc: &mut Document,
    body: &BodyId,
    membership: Membership,
) -> Result<Option<Edit>, EditError> {
    let seats = &mut body_mut(doc, body)?.memberships;
    Ok(match seats.iter().position(|m| m.id == membership.id) {
        Some(i) if seats[i] == membership => None,
        Some(i) => Some(Edit::PutMembership {
            body: body.clone(),
            membership: std::mem::replace(&mut seats[i], membership),
        }),
        None => {
            let id = membership.id.clone();
            seats.push(membership);
            Some(Edit::Take(Take::Membership {
                body: body.clone(),
                id,
            }))
        }
    })
}

pub(super) fn remove_membership(
    doc: &mut Document,
    body: &BodyId,
    id: &MembershipId,
) -> Result<Edit, EditError> {
    let seats = &mut body_mut(doc, body)?.memberships;
    let at = seats
        .iter()
        .position(|m| &m.id == id)
        .ok_or(EditError::NotFound)?;
    let membership = seats.remove(at);
    Ok(Edit::Restore(Restore::Membership {
        body: body.clone(),
        at,
        membership,
    }))
}

/// Change the records of kind `T` that `which` picks, one inverse (their old version) each.
pub(super) fn modify<T: Record>(
    doc: &mut Document,
    inverses: &mut Vec<Edit>,
    which: impl Fn(&T) -> bool,
    mut change: impl FnMut(&mut T),
) {
    for record in T::list(doc).iter_mut().filter(|r| which(r)) {
        let old = record.clone();
        change(record);
        if *record != old {
            inverses.push(old.put_edit());
        }
    }
}

/// Remove the records of kind `T` that `which` picks; the inverse puts each back in its
/// place (in the order of their places, so every one lands where it was).
pub(super) fn remove_where<T: Record>(
    doc: &mut Document,
    inverses: &mut Vec<Edit>,
    which: impl Fn(&T) -> bool,
) {
    let items = T::list(doc);
    let mut kept = Vec::with_capacity(items.len());
    let mut restores = Vec::new();
    for (i, record) in std::mem::take(items).into_iter().enumerate() {
        if which(&record) {
            restores.push(Edit::Restore(T::restore(i, record)));
        } else {
            kept.push(record);
        }
    }
    *items = kept;
    match restores.len() {
        0 => {}
        1 => inverses.extend(restores),
        _ => inverses.push(Edit::Batch(restores)),
    }
}
