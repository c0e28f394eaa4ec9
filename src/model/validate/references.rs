//! References to records that do not exist.

use super::{Target, Validator};
use crate::i18n::problems::{self, Referent};
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
        let mut missing: Vec<(String, Target, Referent, String)> = Vec::new();
        let mut check = |ok: bool, path: String, target: Target, what: Referent, id: &str| {
            if !ok {
                missing.push((path, target, what, id.to_owned()));
            }
        };
        for (i, p) in d.people.iter().enumerate() {
            if let Some(o) = &p.organisation {
                check(
                    orgs.contains(o.as_str()),
                    format!("people[{i}].organisation"),
                    Target::Person(p.id.clone()),
                    Referent::Organisation,
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
                        Referent::Person,
                        p.as_str(),
                    );
                }
                if let Some(o) = &ms.represents {
                    check(
                        orgs.contains(o.as_str()),
                        format!("bodies[{b}].memberships[{m}].represents"),
                        Target::Body(body.id.clone()),
                        Referent::Organisation,
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
                Referent::Body,
                l.from.as_str(),
            );
            check(
                bodies.contains(l.to.as_str()),
                format!("links[{i}].to"),
                Target::Other,
                Referent::Body,
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
                    Referent::Body,
                    b.as_str(),
                );
            }
            let items: HashSet<&AgendaItemId> = m.agenda.iter().map(|a| &a.id).collect();
            let mut participants: Vec<(String, &Participant)> = Vec::new();
            for (j, item) in m.agenda.iter().enumerate() {
                for (k, p) in item.presenters.iter().enumerate() {
                    participants.push((format!("meetings[{i}].agenda[{j}].presenters[{k}]"), p));
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
                            Referent::AgendaItem,
                            it.as_str(),
                        );
                    }
                }
                for (j, it) in min.items.iter().enumerate() {
                    check(
                        items.contains(&it.item),
                        format!("meetings[{i}].minutes.items[{j}].item"),
                        target.clone(),
                        Referent::AgendaItem,
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
                            Referent::AgendaItem,
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
                        Referent::Person,
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
                Referent::Body,
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
                            Referent::Organisation,
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
                Referent::Body,
                a.given_by.as_str(),
            );
            match &a.assignee {
                Assignee::Body(b) => check(
                    bodies.contains(b.as_str()),
                    format!("assignments[{i}].assignee"),
                    Target::Other,
                    Referent::Body,
                    b.as_str(),
                ),
                Assignee::Person(p) => check(
                    people.contains(p.as_str()),
                    format!("assignments[{i}].assignee"),
                    Target::Other,
                    Referent::Person,
                    p.as_str(),
                ),
            }
            if let Some(b) = &a.report_to {
                check(
                    bodies.contains(b.as_str()),
                    format!("assignments[{i}].report_to"),
                    Target::Other,
                    Referent::Body,
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
                    Referent::Organisation,
                    o.as_str(),
                );
            }
            if let Some(b) = &a.responsible {
                check(
                    bodies.contains(b.as_str()),
                    format!("agreements[{i}].responsible"),
                    Target::Other,
                    Referent::Body,
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
                    Referent::Organisation,
                    o.as_str(),
                );
            }
            if let Some(b) = &doc.responsible {
                check(
                    bodies.contains(b.as_str()),
                    format!("documents[{i}].responsible"),
                    Target::Other,
                    Referent::Body,
                    b.as_str(),
                );
            }
        }
        for (i, r) in d.timing_rules.iter().enumerate() {
            check(
                bodies.contains(r.earlier.as_str()),
                format!("timing_rules[{i}].earlier"),
                Target::Other,
                Referent::Body,
                r.earlier.as_str(),
            );
            check(
                bodies.contains(r.later.as_str()),
                format!("timing_rules[{i}].later"),
                Target::Other,
                Referent::Body,
                r.later.as_str(),
            );
        }
        for (path, target, what, id) in missing {
            self.error(path, target, |l| problems::refers_to_missing(what, &id, l));
        }
    }
}
