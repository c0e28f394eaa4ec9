//! References to records that do not exist.

use super::{Target, Validator};
use crate::model::Assignee;
use crate::model::ids::AgendaItemId;
use crate::model::meeting::Participant;
use std::collections::HashSet;

impl Validator<'_> {
    pub(super) fn references(&mut self) {
        let d = self.doc;
        let orgs: HashSet<&str> = d.organisations.iter().map(|o| o.id.as_str()).collect();
        let people: HashSet<&str> = d.people.iter().map(|p| p.id.as_str()).collect();
        let bodies: HashSet<&str> = d.bodies.iter().map(|b| b.id.as_str()).collect();
        let mut missing: Vec<(String, Target, &'static str, &'static str, String)> = Vec::new();
        let mut check = |ok: bool,
                         path: String,
                         target: Target,
                         sv: &'static str,
                         en: &'static str,
                         id: &str| {
            if !ok {
                missing.push((path, target, sv, en, id.to_owned()));
            }
        };
        for (i, p) in d.people.iter().enumerate() {
            if let Some(o) = &p.organisation {
                check(
                    orgs.contains(o.as_str()),
                    format!("people[{i}].organisation"),
                    Target::Person(p.id.clone()),
                    "organisationen",
                    "organisation",
                    o.as_str(),
                );
            }
        }
        for (b, body) in d.bodies.iter().enumerate() {
            for (m, ms) in body.memberships.iter().enumerate() {
                if let Some(p) = &ms.person {
                    check(
                        people.contains(p.as_str()),
                        format!("bodies[{b}].memberships[{m}].person"),
                        Target::Body(body.id.clone()),
                        "personen",
                        "person",
                        p.as_str(),
                    );
                }
                if let Some(o) = &ms.represents {
                    check(
                        orgs.contains(o.as_str()),
                        format!("bodies[{b}].memberships[{m}].represents"),
                        Target::Body(body.id.clone()),
                        "organisationen",
                        "organisation",
                        o.as_str(),
                    );
                }
            }
        }
        for (i, l) in d.links.iter().enumerate() {
            check(
                bodies.contains(l.from.as_str()),
                format!("links[{i}].from"),
                Target::Other,
                "organet",
                "body",
                l.from.as_str(),
            );
            check(
                bodies.contains(l.to.as_str()),
                format!("links[{i}].to"),
                Target::Other,
                "organet",
                "body",
                l.to.as_str(),
            );
        }
        for (i, m) in d.meetings.iter().enumerate() {
            let target = Target::Meeting(m.id.clone());
            for (j, b) in m.bodies.iter().enumerate() {
                check(
                    bodies.contains(b.as_str()),
                    format!("meetings[{i}].bodies[{j}]"),
                    target.clone(),
                    "organet",
                    "body",
                    b.as_str(),
                );
            }
            let items: HashSet<&AgendaItemId> = m.agenda.iter().map(|a| &a.id).collect();
            let mut participants: Vec<(String, &Participant)> = Vec::new();
            for (j, item) in m.agenda.iter().enumerate() {
                if let Some(p) = &item.presenter {
                    participants.push((format!("meetings[{i}].agenda[{j}].presenter"), p));
                }
                for (k, g) in item.guests.iter().enumerate() {
                    participants.push((format!("meetings[{i}].agenda[{j}].guests[{k}]"), g));
                }
            }
            if let Some(min) = &m.minutes {
                for (j, a) in min.attendance.iter().enumerate() {
                    participants
                        .push((format!("meetings[{i}].minutes.attendance[{j}].who"), &a.who));
                    for (k, it) in a.items.iter().enumerate() {
                        check(
                            items.contains(it),
                            format!("meetings[{i}].minutes.attendance[{j}].items[{k}]"),
                            target.clone(),
                            "dagordningspunkten",
                            "agenda item",
                            it.as_str(),
                        );
                    }
                }
                for (j, it) in min.items.iter().enumerate() {
                    check(
                        items.contains(&it.item),
                        format!("meetings[{i}].minutes.items[{j}].item"),
                        target.clone(),
                        "dagordningspunkten",
                        "agenda item",
                        it.item.as_str(),
                    );
                }
                for (j, ac) in min.action_items.iter().enumerate() {
                    if let Some(o) = &ac.owner {
                        participants
                            .push((format!("meetings[{i}].minutes.action_items[{j}].owner"), o));
                    }
                    if let Some(it) = &ac.item {
                        check(
                            items.contains(it),
                            format!("meetings[{i}].minutes.action_items[{j}].item"),
                            target.clone(),
                            "dagordningspunkten",
                            "agenda item",
                            it.as_str(),
                        );
                    }
                }
                if let Some(s) = &min.secretary {
                    participants.push((format!("meetings[{i}].minutes.secretary"), s));
                }
                if let Some(so) = &min.sign_off {
                    for (k, p) in so.by.iter().enumerate() {
                        participants.push((format!("meetings[{i}].minutes.sign_off.by[{k}]"), p));
                    }
                }
            }
            for (path, p) in participants {
                if let Participant::Person(id) = p {
                    check(
                        people.contains(id.as_str()),
                        path,
                        target.clone(),
                        "personen",
                        "person",
                        id.as_str(),
                    );
                }
            }
        }
        for (i, a) in d.cycle.activities.iter().enumerate() {
            check(
                bodies.contains(a.body.as_str()),
                format!("cycle.activities[{i}].body"),
                Target::Other,
                "organet",
                "body",
                a.body.as_str(),
            );
        }
        for (g, goal) in d.goals.iter().enumerate() {
            for (i, ind) in goal.indicators.iter().enumerate() {
                for (j, val) in ind.values.iter().enumerate() {
                    if let Some(o) = &val.organisation {
                        check(
                            orgs.contains(o.as_str()),
                            format!("goals[{g}].indicators[{i}].values[{j}].organisation"),
                            Target::Goal(goal.id.clone()),
                            "organisationen",
                            "organisation",
                            o.as_str(),
                        );
                    }
                }
            }
        }
        for (i, a) in d.assignments.iter().enumerate() {
            check(
                bodies.contains(a.given_by.as_str()),
                format!("assignments[{i}].given_by"),
                Target::Other,
                "organet",
                "body",
                a.given_by.as_str(),
            );
            match &a.assignee {
                Assignee::Body(b) => check(
                    bodies.contains(b.as_str()),
                    format!("assignments[{i}].assignee"),
                    Target::Other,
                    "organet",
                    "body",
                    b.as_str(),
                ),
                Assignee::Person(p) => check(
                    people.contains(p.as_str()),
                    format!("assignments[{i}].assignee"),
                    Target::Other,
                    "personen",
                    "person",
                    p.as_str(),
                ),
            }
            if let Some(b) = &a.report_to {
                check(
                    bodies.contains(b.as_str()),
                    format!("assignments[{i}].report_to"),
                    Target::Other,
                    "organet",
                    "body",
                    b.as_str(),
                );
            }
        }
        for (i, a) in d.agreements.iter().enumerate() {
            for (j, o) in a.parties.iter().enumerate() {
                check(
                    orgs.contains(o.as_str()),
                    format!("agreements[{i}].parties[{j}]"),
                    Target::Other,
                    "organisationen",
                    "organisation",
                    o.as_str(),
                );
            }
            if let Some(b) = &a.responsible {
                check(
                    bodies.contains(b.as_str()),
                    format!("agreements[{i}].responsible"),
                    Target::Other,
                    "organet",
                    "body",
                    b.as_str(),
                );
            }
        }
        for (i, doc) in d.documents.iter().enumerate() {
            if let Some(o) = &doc.owner {
                check(
                    orgs.contains(o.as_str()),
                    format!("documents[{i}].owner"),
                    Target::Other,
                    "organisationen",
                    "organisation",
                    o.as_str(),
                );
            }
            if let Some(b) = &doc.responsible {
                check(
                    bodies.contains(b.as_str()),
                    format!("documents[{i}].responsible"),
                    Target::Other,
                    "organet",
                    "body",
                    b.as_str(),
                );
            }
        }
        for (i, r) in d.timing_rules.iter().enumerate() {
            check(
                bodies.contains(r.earlier.as_str()),
                format!("timing_rules[{i}].earlier"),
                Target::Other,
                "organet",
                "body",
                r.earlier.as_str(),
            );
            check(
                bodies.contains(r.later.as_str()),
                format!("timing_rules[{i}].later"),
                Target::Other,
                "organet",
                "body",
                r.later.as_str(),
            );
        }
        for (path, target, sv, en, id) in missing {
            self.error(
                path,
                target,
                format!("Hänvisar till {sv} \"{id}\" som inte finns"),
                format!("Refers to {en} \"{id}\", which does not exist"),
            );
        }
    }
}
