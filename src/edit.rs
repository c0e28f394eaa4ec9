//! Every change to a document is an `Edit`, applied here and nowhere else, so undo,
//! validation and saving have one path to watch. Views read the document and emit edits.

use crate::i18n::Lang;
use crate::model::references::{RecordRef, Reference, references_to};
use crate::model::{
    Activity, ActivityId, Agreement, AgreementId, Assignee, Assignment, AssignmentId, Body, BodyId,
    Document, DocumentId, DocumentInfo, Goal, GoalId, GoverningDocument, Link, LinkId, Meeting,
    MeetingId, Membership, MembershipId, Organisation, OrganisationId, Participant, Person,
    PersonId, TimingRule, TimingRuleId,
};

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
}

impl EditError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            EditError::NotFound => lang
                .pick(
                    "Posten finns inte (längre).",
                    "The record does not exist (any more).",
                )
                .into(),
            EditError::Referenced(refs) => {
                let list: Vec<&str> = refs.iter().map(|r| r.text(lang)).collect();
                match lang {
                    Lang::Sv => format!(
                        "Kan inte tas bort: andra poster hänvisar till den ({}).",
                        list.join("; ")
                    ),
                    Lang::En => format!(
                        "Cannot be deleted: other records refer to it ({}).",
                        list.join("; ")
                    ),
                }
            }
            EditError::OutOfRange => lang
                .pick(
                    "Värdet är utanför det tillåtna.",
                    "The value is out of range.",
                )
                .into(),
            EditError::ReadOnly => lang
                .pick(
                    "Dokumentet är skrivskyddat och kan inte ändras.",
                    "The document is read-only and cannot be changed.",
                )
                .into(),
        }
    }
}

/// Replace the record with the same id, or append it.
fn put<T, K: PartialEq>(items: &mut Vec<T>, item: T, key: impl Fn(&T) -> &K) {
    match items.iter().position(|x| key(x) == key(&item)) {
        Some(i) => items[i] = item,
        None => items.push(item),
    }
}

fn remove<T, K: PartialEq>(
    items: &mut Vec<T>,
    id: &K,
    key: impl Fn(&T) -> &K,
) -> Result<(), EditError> {
    let before = items.len();
    items.retain(|x| key(x) != id);
    if items.len() == before {
        Err(EditError::NotFound)
    } else {
        Ok(())
    }
}

/// Apply one edit. On error the document is unchanged (a failing batch is rolled back).
pub fn apply(doc: &mut Document, edit: Edit) -> Result<(), EditError> {
    if let Edit::Batch(edits) = edit {
        let before = doc.clone();
        for e in edits {
            if let Err(err) = apply(doc, e) {
                *doc = before;
                return Err(err);
            }
        }
        return Ok(());
    }
    apply_one(doc, edit)
}

fn apply_one(doc: &mut Document, edit: Edit) -> Result<(), EditError> {
    match edit {
        Edit::SetInfo(info) => doc.info = info,
        Edit::SetStartMonth(m) => {
            if !(1..=12).contains(&m) {
                return Err(EditError::OutOfRange);
            }
            doc.cycle.start_month = m;
        }
        Edit::PutOrganisation(x) => put(&mut doc.organisations, x, |o| &o.id),
        Edit::PutPerson(x) => put(&mut doc.people, x, |o| &o.id),
        Edit::PutBody(x) => put(&mut doc.bodies, x, |o| &o.id),
        Edit::PutLink(x) => put(&mut doc.links, x, |o| &o.id),
        Edit::PutMeeting(x) => put(&mut doc.meetings, x, |o| &o.id),
        Edit::PutActivity(x) => put(&mut doc.cycle.activities, x, |o| &o.id),
        Edit::PutGoal(x) => put(&mut doc.goals, x, |o| &o.id),
        Edit::PutAssignment(x) => put(&mut doc.assignments, x, |o| &o.id),
        Edit::PutAgreement(x) => put(&mut doc.agreements, x, |o| &o.id),
        Edit::PutDocument(x) => put(&mut doc.documents, x, |o| &o.id),
        Edit::PutTimingRule(x) => put(&mut doc.timing_rules, x, |o| &o.id),
        Edit::PutMembership { body, membership } => {
            let b = doc
                .bodies
                .iter_mut()
                .find(|b| b.id == body)
                .ok_or(EditError::NotFound)?;
            put(&mut b.memberships, membership, |m| &m.id);
        }
        Edit::RemoveMembership { body, id } => {
            let b = doc
                .bodies
                .iter_mut()
                .find(|b| b.id == body)
                .ok_or(EditError::NotFound)?;
            remove(&mut b.memberships, &id, |m| &m.id)?;
        }
        Edit::DeleteOrganisation { id, cascade } => {
            guard(doc, &RecordRef::Organisation(id.clone()), cascade)?;
            remove(&mut doc.organisations, &id, |o| &o.id)?;
            for p in doc
                .people
                .iter_mut()
                .filter(|p| p.organisation.as_ref() == Some(&id))
            {
                p.organisation = None;
            }
            for m in doc.bodies.iter_mut().flat_map(|b| &mut b.memberships) {
                if m.represents.as_ref() == Some(&id) {
                    m.represents = None;
                }
            }
            for a in &mut doc.agreements {
                a.parties.retain(|p| p != &id);
            }
            for d in doc
                .documents
                .iter_mut()
                .filter(|d| d.owner.as_ref() == Some(&id))
            {
                d.owner = None;
            }
            for ind in doc.goals.iter_mut().flat_map(|g| &mut g.indicators) {
                ind.values.retain(|v| v.organisation.as_ref() != Some(&id));
            }
        }
        Edit::DeletePerson { id, cascade } => {
            guard(doc, &RecordRef::Person(id.clone()), cascade)?;
            let name = doc
                .person(&id)
                .map(Person::display_name)
                .ok_or(EditError::NotFound)?;
            remove(&mut doc.people, &id, |o| &o.id)?;
            for b in &mut doc.bodies {
                b.memberships.retain(|m| m.person.as_ref() != Some(&id));
            }
            // Meetings keep the name as written, so agendas and minutes stay readable.
            let named = |p: &mut Participant| {
                if matches!(p, Participant::Person(x) if x == &id) {
                    *p = Participant::Named(name.clone());
                }
            };
            for b in &mut doc.bodies {
                for t in &mut b.agenda_template {
                    t.presenter.iter_mut().for_each(named);
                }
            }
            for m in &mut doc.meetings {
                for a in &mut m.agenda {
                    a.presenter.iter_mut().for_each(named);
                    a.guests.iter_mut().for_each(named);
                }
                if let Some(min) = &mut m.minutes {
                    min.attendance.iter_mut().for_each(|a| named(&mut a.who));
                    min.action_items
                        .iter_mut()
                        .for_each(|a| a.owner.iter_mut().for_each(named));
                    min.secretary.iter_mut().for_each(named);
                    if let Some(s) = &mut min.sign_off {
                        s.by.iter_mut().for_each(named);
                    }
                }
            }
            doc.assignments
                .retain(|a| a.assignee != Assignee::Person(id.clone()));
        }
        Edit::DeleteBody { id, cascade } => {
            guard(doc, &RecordRef::Body(id.clone()), cascade)?;
            remove(&mut doc.bodies, &id, |o| &o.id)?;
            doc.links.retain(|l| l.from != id && l.to != id);
            for m in &mut doc.meetings {
                m.bodies.retain(|b| b != &id);
            }
            doc.meetings.retain(|m| !m.bodies.is_empty());
            doc.cycle.activities.retain(|a| a.body != id);
            doc.assignments
                .retain(|a| a.given_by != id && a.assignee != Assignee::Body(id.clone()));
            for a in doc
                .assignments
                .iter_mut()
                .filter(|a| a.report_to.as_ref() == Some(&id))
            {
                a.report_to = None;
            }
            for a in doc
                .agreements
                .iter_mut()
                .filter(|a| a.responsible.as_ref() == Some(&id))
            {
                a.responsible = None;
            }
            for d in doc
                .documents
                .iter_mut()
                .filter(|d| d.responsible.as_ref() == Some(&id))
            {
                d.responsible = None;
            }
            doc.timing_rules
                .retain(|t| t.earlier != id && t.later != id);
        }
        Edit::DeleteLink(id) => remove(&mut doc.links, &id, |o| &o.id)?,
        Edit::DeleteMeeting(id) => remove(&mut doc.meetings, &id, |o| &o.id)?,
        Edit::DeleteActivity(id) => remove(&mut doc.cycle.activities, &id, |o| &o.id)?,
        Edit::DeleteGoal(id) => remove(&mut doc.goals, &id, |o| &o.id)?,
        Edit::DeleteAssignment(id) => remove(&mut doc.assignments, &id, |o| &o.id)?,
        Edit::DeleteAgreement(id) => remove(&mut doc.agreements, &id, |o| &o.id)?,
        Edit::DeleteDocument(id) => remove(&mut doc.documents, &id, |o| &o.id)?,
        Edit::DeleteTimingRule(id) => remove(&mut doc.timing_rules, &id, |o| &o.id)?,
        Edit::Batch(edits) => {
            for e in edits {
                apply_one(doc, e)?;
            }
        }
    }
    Ok(())
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
