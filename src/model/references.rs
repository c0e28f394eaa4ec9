//! Who refers to a record: asked before a delete, so the user sees what goes with it.

use super::ids::{BodyId, OrganisationId, PersonId};
use super::meeting::Participant;
use super::{Assignee, Document};
use crate::i18n::Lang;
use crate::i18n::references as refs;

/// A record that can be deleted and may be referred to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordRef {
    Organisation(OrganisationId),
    Person(PersonId),
    Body(BodyId),
}

/// One place that refers to the record, described for the confirmation dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    pub sv: String,
    pub en: String,
}

impl Reference {
    pub fn text(&self, lang: Lang) -> &str {
        if lang == Lang::En { &self.en } else { &self.sv }
    }
}

/// A reference, with its text from `crate::i18n::references` in both languages.
fn r(text: impl Fn(Lang) -> String) -> Reference {
    Reference {
        sv: text(Lang::Sv),
        en: text(Lang::En),
    }
}

/// Every place in the document that refers to `target`.
pub fn references_to(doc: &Document, target: &RecordRef) -> Vec<Reference> {
    let mut out = Vec::new();
    let body_name = |id: &BodyId| {
        doc.body(id)
            .map_or_else(|| id.to_string(), |b| b.name.clone())
    };
    match target {
        RecordRef::Person(id) => {
            for b in &doc.bodies {
                for m in b
                    .memberships
                    .iter()
                    .filter(|m| m.person.as_ref() == Some(id))
                {
                    let _ = m;
                    out.push(r(|l| refs::seat_in(&b.name, l)));
                }
                if b.agenda_template
                    .iter()
                    .any(|t| t.presenters.iter().any(|p| is_person(p, id)))
                {
                    out.push(r(|l| refs::agenda_template_of(&b.name, l)));
                }
            }
            for m in &doc.meetings {
                let mentions = m.agenda.iter().any(|a| {
                    a.presenters.iter().any(|p| is_person(p, id))
                        || a.guests.iter().any(|g| is_person(g, id))
                }) || m.minutes.as_ref().is_some_and(|min| {
                    min.attendance.iter().any(|a| is_person(&a.who, id))
                        || min
                            .action_items
                            .iter()
                            .any(|a| a.owner.as_ref().is_some_and(|o| is_person(o, id)))
                        || min.secretary.as_ref().is_some_and(|s| is_person(s, id))
                        || min
                            .sign_off
                            .as_ref()
                            .is_some_and(|s| s.by.iter().any(|p| is_person(p, id)))
                        || min.items.iter().flat_map(|s| &s.blocks).any(|b| {
                            matches!(b, super::minutes::Block::Decision(d)
                                if d.owner.as_ref().is_some_and(|o| is_person(o, id)))
                        })
                });
                if mentions {
                    out.push(r(|l| refs::named_in_meeting(m.date, l)));
                }
            }
            for a in doc
                .assignments
                .iter()
                .filter(|a| a.assignee == Assignee::Person(id.clone()))
            {
                out.push(r(|l| refs::assignment(&a.title, l)));
            }
            for m in doc.matters.iter().filter(|m| m.owner.as_ref() == Some(id)) {
                out.push(r(|l| refs::case_officer_of(&m.title, l)));
            }
        }
        RecordRef::Organisation(id) => {
            for p in doc
                .people
                .iter()
                .filter(|p| p.organisation.as_ref() == Some(id))
            {
                out.push(r(|l| refs::works_there(&p.name, l)));
            }
            for b in &doc.bodies {
                let n = b
                    .memberships
                    .iter()
                    .filter(|m| m.represents.as_ref() == Some(id))
                    .count();
                if n > 0 {
                    out.push(r(|l| refs::seats_represent(n, &b.name, l)));
                }
            }
            for a in doc.agreements.iter().filter(|a| a.parties.contains(id)) {
                out.push(r(|l| refs::party_to(&a.title, l)));
            }
            for d in doc
                .documents
                .iter()
                .filter(|d| d.owner.as_ref() == Some(id))
            {
                out.push(r(|l| refs::owns(&d.title, l)));
            }
            let values: usize = doc
                .goals
                .iter()
                .flat_map(|g| &g.indicators)
                .flat_map(|i| &i.values)
                .filter(|v| v.organisation.as_ref() == Some(id))
                .count();
            if values > 0 {
                out.push(r(|l| refs::indicator_values(values, l)));
            }
        }
        RecordRef::Body(id) => {
            if let Some(b) = doc.body(id)
                && !b.memberships.is_empty()
            {
                let n = b.memberships.len();
                out.push(r(|l| refs::seats_in_body(n, l)));
            }
            for l in doc.links.iter().filter(|l| &l.from == id || &l.to == id) {
                let other = if &l.from == id { &l.to } else { &l.from };
                out.push(r(|l| refs::link_with(&body_name(other), l)));
            }
            let meetings = doc
                .meetings
                .iter()
                .filter(|m| m.bodies.contains(id))
                .count();
            if meetings > 0 {
                out.push(r(|l| refs::meetings(meetings, l)));
            }
            let activities = doc
                .cycle
                .activities
                .iter()
                .filter(|a| &a.body == id)
                .count();
            if activities > 0 {
                out.push(r(|l| refs::cycle_activities(activities, l)));
            }
            for m in doc
                .matters
                .iter()
                .filter(|m| m.origin == super::matter::Origin::Body(id.clone()))
            {
                out.push(r(|l| refs::origin_of(&m.title, l)));
            }
            for a in doc.cycle.activities.iter().filter(|a| {
                &a.body != id
                    && a.report_back
                        .as_ref()
                        .is_some_and(|r| &r.to == id || r.from.contains(id))
            }) {
                out.push(r(|l| refs::report_back_activity(&a.title, l)));
            }
            for a in &doc.assignments {
                if &a.given_by == id
                    || a.assignee == Assignee::Body(id.clone())
                    || a.report_to.as_ref() == Some(id)
                {
                    out.push(r(|l| refs::assignment(&a.title, l)));
                }
            }
            for a in doc
                .agreements
                .iter()
                .filter(|a| a.responsible.as_ref() == Some(id))
            {
                out.push(r(|l| refs::responsible_for(&a.title, l)));
            }
            for d in doc
                .documents
                .iter()
                .filter(|d| d.responsible.as_ref() == Some(id))
            {
                out.push(r(|l| refs::responsible_for(&d.title, l)));
            }
            let rules = doc
                .timing_rules
                .iter()
                .filter(|t| &t.earlier == id || &t.later == id)
                .count();
            if rules > 0 {
                out.push(r(|l| refs::timing_rules(rules, l)));
            }
        }
    }
    out
}

fn is_person(p: &Participant, id: &PersonId) -> bool {
    matches!(p, Participant::Person(x) if x == id)
}
