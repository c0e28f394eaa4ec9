//! Who refers to a record: asked before a delete, so the user sees what goes with it.

use super::ids::{BodyId, OrganisationId, PersonId};
use super::meeting::Participant;
use super::{Assignee, Document};
use crate::i18n::Lang;

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
        lang.pick(&self.sv, &self.en)
    }
}

fn r(sv: String, en: String) -> Reference {
    Reference { sv, en }
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
                    out.push(r(
                        format!("plats i {}", b.name),
                        format!("seat in {}", b.name),
                    ));
                }
                if b.agenda_template
                    .iter()
                    .any(|t| t.presenter.as_ref().is_some_and(|p| is_person(p, id)))
                {
                    out.push(r(
                        format!("dagordningsmallen för {}", b.name),
                        format!("the agenda template of {}", b.name),
                    ));
                }
            }
            for m in &doc.meetings {
                let mentions = m.agenda.iter().any(|a| {
                    a.presenter.as_ref().is_some_and(|p| is_person(p, id))
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
                });
                if mentions {
                    out.push(r(
                        format!("nämns i mötet {}", m.date),
                        format!("named in the meeting on {}", m.date),
                    ));
                }
            }
            for a in doc
                .assignments
                .iter()
                .filter(|a| a.assignee == Assignee::Person(id.clone()))
            {
                out.push(r(
                    format!("uppdraget \"{}\"", a.title),
                    format!("the assignment \"{}\"", a.title),
                ));
            }
        }
        RecordRef::Organisation(id) => {
            for p in doc
                .people
                .iter()
                .filter(|p| p.organisation.as_ref() == Some(id))
            {
                out.push(r(
                    format!("{} arbetar där", p.name),
                    format!("{} works there", p.name),
                ));
            }
            for b in &doc.bodies {
                let n = b
                    .memberships
                    .iter()
                    .filter(|m| m.represents.as_ref() == Some(id))
                    .count();
                if n > 0 {
                    out.push(r(
                        format!("{n} platser i {} företräder den", b.name),
                        format!("{n} seats in {} represent it", b.name),
                    ));
                }
            }
            for a in doc.agreements.iter().filter(|a| a.parties.contains(id)) {
                out.push(r(
                    format!("part i \"{}\"", a.title),
                    format!("party to \"{}\"", a.title),
                ));
            }
            for d in doc
                .documents
                .iter()
                .filter(|d| d.owner.as_ref() == Some(id))
            {
                out.push(r(
                    format!("äger \"{}\"", d.title),
                    format!("owns \"{}\"", d.title),
                ));
            }
            let values: usize = doc
                .goals
                .iter()
                .flat_map(|g| &g.indicators)
                .flat_map(|i| &i.values)
                .filter(|v| v.organisation.as_ref() == Some(id))
                .count();
            if values > 0 {
                out.push(r(
                    format!("{values} indikatorvärden"),
                    format!("{values} indicator values"),
                ));
            }
        }
        RecordRef::Body(id) => {
            if let Some(b) = doc.body(id)
                && !b.memberships.is_empty()
            {
                let n = b.memberships.len();
                out.push(r(
                    format!("{n} platser i organet"),
                    format!("{n} seats in the body"),
                ));
            }
            for l in doc.links.iter().filter(|l| &l.from == id || &l.to == id) {
                let other = if &l.from == id { &l.to } else { &l.from };
                out.push(r(
                    format!("koppling till {}", body_name(other)),
                    format!("link with {}", body_name(other)),
                ));
            }
            let meetings = doc
                .meetings
                .iter()
                .filter(|m| m.bodies.contains(id))
                .count();
            if meetings > 0 {
                out.push(r(
                    format!("{meetings} möten"),
                    format!("{meetings} meetings"),
                ));
            }
            let activities = doc
                .cycle
                .activities
                .iter()
                .filter(|a| &a.body == id)
                .count();
            if activities > 0 {
                out.push(r(
                    format!("{activities} aktiviteter i årshjulet"),
                    format!("{activities} activities in the annual cycle"),
                ));
            }
            for a in &doc.assignments {
                if &a.given_by == id
                    || a.assignee == Assignee::Body(id.clone())
                    || a.report_to.as_ref() == Some(id)
                {
                    out.push(r(
                        format!("uppdraget \"{}\"", a.title),
                        format!("the assignment \"{}\"", a.title),
                    ));
                }
            }
            for a in doc
                .agreements
                .iter()
                .filter(|a| a.responsible.as_ref() == Some(id))
            {
                out.push(r(
                    format!("ansvarar för \"{}\"", a.title),
                    format!("responsible for \"{}\"", a.title),
                ));
            }
            for d in doc
                .documents
                .iter()
                .filter(|d| d.responsible.as_ref() == Some(id))
            {
                out.push(r(
                    format!("ansvarar för \"{}\"", d.title),
                    format!("responsible for \"{}\"", d.title),
                ));
            }
            let rules = doc
                .timing_rules
                .iter()
                .filter(|t| &t.earlier == id || &t.later == id)
                .count();
            if rules > 0 {
                out.push(r(
                    format!("{rules} tidsregler"),
                    format!("{rules} timing rules"),
                ));
            }
        }
    }
    out
}

fn is_person(p: &Participant, id: &PersonId) -> bool {
    matches!(p, Participant::Person(x) if x == id)
}
