//! Deletes that take what refers to the record with them (the user confirmed the list), each
//! returning one inverse that restores every record it touched.

use super::records::{delete, modify, remove_where};
use super::{Edit, EditError};
use crate::model::{
    Activity, ActivityId, Agreement, Assignee, Assignment, AssignmentId, Block, Body, BodyId,
    Document, Goal, GoverningDocument, Link, Matter, MatterId, Meeting, MeetingId, Organisation,
    OrganisationId, Origin, Participant, Person, PersonId, TimingRule,
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
                for block in min.items.iter_mut().flat_map(|s| &mut s.blocks) {
                    if let Block::Decision(d) = block {
                        d.owner.iter_mut().for_each(named);
                    }
                }
            }
        },
    );
    modify::<Matter>(
        doc,
        &mut steps,
        |m| m.owner.as_ref() == Some(id),
        |m| m.owner = None,
    );
    let theirs = Assignee::Person(id.clone());
    remove_where::<Assignment>(doc, &mut steps, |a| a.assignee == theirs);
    unlink_gone_assignments(doc, &mut steps);
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
                || min
                    .items
                    .iter()
                    .flat_map(|s| &s.blocks)
                    .any(|b| matches!(b, Block::Decision(d) if d.owner.as_ref().is_some_and(is)))
        })
}

/// The body goes, with its links, activities, timing rules, the assignments it gave or was
/// given, and the meetings that were only its own; joint meetings lose it from their list.
pub(super) fn delete_body(doc: &mut Document, id: &BodyId) -> Result<Edit, EditError> {
    let name = doc.body_label(id);
    let mut steps = vec![delete::<Body>(doc, id)?];
    remove_where::<Link>(doc, &mut steps, |l| &l.from == id || &l.to == id);
    remove_where::<Meeting>(doc, &mut steps, |m| m.bodies.iter().all(|b| b == id));
    modify::<Meeting>(
        doc,
        &mut steps,
        |m| m.bodies.contains(id),
        |m| m.bodies.retain(|b| b != id),
    );
    remove_where::<Activity>(doc, &mut steps, |a| {
        &a.body == id || a.report_back.as_ref().is_some_and(|r| &r.to == id)
    });
    modify::<Activity>(
        doc,
        &mut steps,
        |a| a.report_back.as_ref().is_some_and(|r| r.from.contains(id)),
        |a| {
            if let Some(r) = &mut a.report_back {
                r.from.retain(|b| b != id);
            }
        },
    );
    // A matter keeps where it came from, in words.
    modify::<Matter>(
        doc,
        &mut steps,
        |m| m.origin == Origin::Body(id.clone()),
        |m| m.origin = Origin::Outside(name.clone()),
    );
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
    unlink_gone_assignments(doc, &mut steps);
    clear_gone_activities(doc, &mut steps);
    // A matter that came from one of the body's meetings keeps where it came from, in words.
    let known: std::collections::HashSet<MeetingId> =
        doc.meetings.iter().map(|m| m.id.clone()).collect();
    modify::<Matter>(
        doc,
        &mut steps,
        |m| matches!(&m.origin, Origin::Meeting(x) if !known.contains(x)),
        |m| m.origin = Origin::Outside(name.clone()),
    );
    Ok(inverse(steps))
}

/// The matter goes; agenda items filed under it stay where they are, unfiled.
pub(super) fn delete_matter(doc: &mut Document, id: &MatterId) -> Result<Edit, EditError> {
    let mut steps = vec![delete::<Matter>(doc, id)?];
    let of = Some(id);
    modify::<Meeting>(
        doc,
        &mut steps,
        |m| m.agenda.iter().any(|i| i.matter.as_ref() == of),
        |m| {
            for i in &mut m.agenda {
                if i.matter.as_ref() == of {
                    i.matter = None;
                }
            }
        },
    );
    Ok(inverse(steps))
}

/// Agenda items that take up assignments no longer in the document let go of them.
pub(super) fn unlink_gone_assignments(doc: &mut Document, steps: &mut Vec<Edit>) {
    let known: std::collections::HashSet<AssignmentId> =
        doc.assignments.iter().map(|a| a.id.clone()).collect();
    let gone = |i: &crate::model::AgendaItem| i.report_backs.iter().any(|a| !known.contains(a));
    modify::<Meeting>(
        doc,
        steps,
        |m| m.agenda.iter().any(gone),
        |m| {
            for i in &mut m.agenda {
                i.report_backs.retain(|a| known.contains(a));
            }
        },
    );
}

/// Assignments planned from cycle activities no longer in the document keep their dates
/// but not the link.
fn clear_gone_activities(doc: &mut Document, steps: &mut Vec<Edit>) {
    let known: std::collections::HashSet<ActivityId> =
        doc.cycle.activities.iter().map(|a| a.id.clone()).collect();
    modify::<Assignment>(
        doc,
        steps,
        |a| a.activity.as_ref().is_some_and(|x| !known.contains(x)),
        |a| a.activity = None,
    );
}

/// The assignment goes; agenda items that took it up let go of it.
pub(super) fn delete_assignment(doc: &mut Document, id: &AssignmentId) -> Result<Edit, EditError> {
    let mut steps = vec![delete::<Assignment>(doc, id)?];
    unlink_gone_assignments(doc, &mut steps);
    Ok(inverse(steps))
}

/// The activity goes; assignments planned from it keep their dates but not the link.
pub(super) fn delete_activity(doc: &mut Document, id: &ActivityId) -> Result<Edit, EditError> {
    let mut steps = vec![delete::<Activity>(doc, id)?];
    clear_gone_activities(doc, &mut steps);
    Ok(inverse(steps))
}

/// The meeting goes; a matter that came from it keeps the body it came from.
pub(super) fn delete_meeting(doc: &mut Document, id: &MeetingId) -> Result<Edit, EditError> {
    let first = doc.meeting(id).and_then(|m| m.bodies.first().cloned());
    let title = doc
        .meeting(id)
        .map(|m| format!("{} {}", doc.meeting_title(m), m.date))
        .unwrap_or_default();
    let mut steps = vec![delete::<Meeting>(doc, id)?];
    let from = Origin::Meeting(id.clone());
    modify::<Matter>(
        doc,
        &mut steps,
        |m| m.origin == from,
        |m| {
            m.origin = first
                .clone()
                .map_or_else(|| Origin::Outside(title.clone()), Origin::Body);
        },
    );
    Ok(inverse(steps))
}
