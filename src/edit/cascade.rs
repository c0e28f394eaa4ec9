//! Deletes that take what refers to the record with them (the user confirmed the list), each
//! returning one inverse that restores every record it touched.

use super::records::{delete, modify, remove_where};
use super::{Edit, EditError};
use crate::model::{
    Activity, Agreement, Assignee, Assignment, Body, BodyId, Document, Goal, GoverningDocument,
    Link, Meeting, Organisation, OrganisationId, Participant, Person, PersonId, TimingRule,
};

/// The inverses of the steps, last step first, as one edit.
fn inverse(mut steps: Vec<Edit>) -> Edit {
    steps.reverse();
    if steps.len() == 1 {
        steps.remove(0)
    } else {
        Edit::Batch(steps)
    }
}

pub(super) fn delete_organisation(
    doc: &mut Document,
    id: &OrganisationId,
) -> Result<Edit, EditError> {
    let mut steps = vec![delete::<Organisation>(doc, id)?];
    let of = Some(id);
    modify::<Person>(
        doc,
        &mut steps,
        |p| p.organisation.as_ref() == of,
        |p| p.organisation = None,
    );
    modify::<Body>(
        doc,
        &mut steps,
        |b| b.memberships.iter().any(|m| m.represents.as_ref() == of),
        |b| {
            for m in &mut b.memberships {
                if m.represents.as_ref() == of {
                    m.represents = None;
                }
            }
        },
    );
    modify::<Agreement>(
        doc,
        &mut steps,
        |a| a.parties.contains(id),
        |a| a.parties.retain(|p| p != id),
    );
    modify::<GoverningDocument>(
        doc,
        &mut steps,
        |d| d.owner.as_ref() == of,
        |d| d.owner = None,
    );
    modify::<Goal>(
        doc,
        &mut steps,
        |g| {
            g.indicators
                .iter()
                .any(|i| i.values.iter().any(|v| v.organisation.as_ref() == of))
        },
        |g| {
            for ind in &mut g.indicators {
                ind.values.retain(|v| v.organisation.as_ref() != of);
            }
        },
    );
    Ok(inverse(steps))
}

/// The person goes, with their seats and the assignments given to them; meetings keep the
/// name as written, so agendas and minutes stay readable.
pub(super) fn delete_person(doc: &mut Document, id: &PersonId) -> Result<Edit, EditError> {
    let name = doc
        .person(id)
        .map(Person::display_name)
        .ok_or(EditError::NotFound)?;
    let mut steps = vec![delete::<Person>(doc, id)?];
    let is_them = |p: &Participant| matches!(p, Participant::Person(x) if x == id);
    let named = |p: &mut Participant| {
        if is_them(p) {
            *p = Participant::Named(name.clone());
        }
    };
    modify::<Body>(
        doc,
        &mut steps,
        |b| {
            b.memberships.iter().any(|m| m.person.as_ref() == Some(id))
                || b.agenda_template
                    .iter()
                    .any(|t| t.presenters.iter().any(is_them))
        },
        |b| {
            b.memberships.retain(|m| m.person.as_ref() != Some(id));
            for t in &mut b.agenda_template {
                t.presenters.iter_mut().for_each(named);
            }
        },
    );
    modify::<Meeting>(
        doc,
        &mut steps,
        |m| mentions(m, &is_them),
        |m| {
            for a in &mut m.agenda {
                a.presenters.iter_mut().for_each(named);
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
        },
    );
    let theirs = Assignee::Person(id.clone());
    remove_where::<Assignment>(doc, &mut steps, |a| a.assignee == theirs);
    Ok(inverse(steps))
}

/// Whether the meeting names the participant anywhere.
fn mentions(m: &Meeting, is: &impl Fn(&Participant) -> bool) -> bool {
    m.agenda
        .iter()
        .any(|a| a.presenters.iter().any(is) || a.guests.iter().any(is))
        || m.minutes.as_ref().is_some_and(|min| {
            min.attendance.iter().any(|a| is(&a.who))
                || min
                    .action_items
                    .iter()
                    .any(|a| a.owner.as_ref().is_some_and(is))
                || min.secretary.as_ref().is_some_and(is)
                || min.sign_off.as_ref().is_some_and(|s| s.by.iter().any(is))
        })
}

/// The body goes, with its links, activities, timing rules, the assignments it gave or was
/// given, and the meetings that were only its own; joint meetings lose it from their list.
pub(super) fn delete_body(doc: &mut Document, id: &BodyId) -> Result<Edit, EditError> {
    let mut steps = vec![delete::<Body>(doc, id)?];
    remove_where::<Link>(doc, &mut steps, |l| &l.from == id || &l.to == id);
    remove_where::<Meeting>(doc, &mut steps, |m| m.bodies.iter().all(|b| b == id));
    modify::<Meeting>(
        doc,
        &mut steps,
        |m| m.bodies.contains(id),
        |m| m.bodies.retain(|b| b != id),
    );
    remove_where::<Activity>(doc, &mut steps, |a| &a.body == id);
    let theirs = Assignee::Body(id.clone());
    remove_where::<Assignment>(doc, &mut steps, |a| {
        &a.given_by == id || a.assignee == theirs
    });
    let of = Some(id);
    modify::<Assignment>(
        doc,
        &mut steps,
        |a| a.report_to.as_ref() == of,
        |a| a.report_to = None,
    );
    modify::<Agreement>(
        doc,
        &mut steps,
        |a| a.responsible.as_ref() == of,
        |a| a.responsible = None,
    );
    modify::<GoverningDocument>(
        doc,
        &mut steps,
        |d| d.responsible.as_ref() == of,
        |d| d.responsible = None,
    );
    remove_where::<TimingRule>(doc, &mut steps, |t| &t.earlier == id || &t.later == id);
    Ok(inverse(steps))
}
