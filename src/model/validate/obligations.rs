//! The year's obligations: agenda items and matters that point at records that are gone,
//! report-back activities nobody can report for, and report-backs past their due date.

use super::{Target, Validator};
use crate::i18n::problems::{self, Referent};
use crate::model::Assignee;
use crate::model::matter::Origin;
use crate::model::report_back::{Received, reporters};
use chrono::NaiveDate;
use std::collections::HashSet;

impl Validator<'_> {
    pub(super) fn obligations(&mut self, today: NaiveDate) {
        let d = self.doc;
        let matters: HashSet<&str> = d.matters.iter().map(|m| m.id.as_str()).collect();
        let assignments: HashSet<&str> = d.assignments.iter().map(|a| a.id.as_str()).collect();
        let activities: HashSet<&str> = d.cycle.activities.iter().map(|a| a.id.as_str()).collect();
        let mut missing: Vec<(String, Target, Referent, String)> = Vec::new();
        for (i, m) in d.meetings.iter().enumerate() {
            for (j, item) in m.agenda.iter().enumerate() {
                if let Some(x) = &item.matter
                    && !matters.contains(x.as_str())
                {
                    missing.push((
                        format!("meetings[{i}].agenda[{j}].matter"),
                        Target::Meeting(m.id.clone()),
                        Referent::Matter,
                        x.to_string(),
                    ));
                }
                for x in item
                    .report_backs
                    .iter()
                    .filter(|x| !assignments.contains(x.as_str()))
                {
                    missing.push((
                        format!("meetings[{i}].agenda[{j}].report_backs"),
                        Target::Meeting(m.id.clone()),
                        Referent::Assignment,
                        x.to_string(),
                    ));
                }
            }
        }
        for (i, m) in d.matters.iter().enumerate() {
            let path = |f: &str| format!("matters[{i}].{f}");
            match &m.origin {
                Origin::Body(b) if d.body(b).is_none() => {
                    missing.push((path("origin"), Target::Other, Referent::Body, b.to_string()));
                }
                Origin::Meeting(x) if d.meeting(x).is_none() => missing.push((
                    path("origin"),
                    Target::Other,
                    Referent::Meeting,
                    x.to_string(),
                )),
                _ => {}
            }
            if let Some(p) = &m.owner
                && d.person(p).is_none()
            {
                missing.push((
                    path("owner"),
                    Target::Other,
                    Referent::Person,
                    p.to_string(),
                ));
            }
        }
        for (i, a) in d.assignments.iter().enumerate() {
            if let Some(x) = &a.activity
                && !activities.contains(x.as_str())
            {
                missing.push((
                    format!("assignments[{i}].activity"),
                    Target::Other,
                    Referent::Activity,
                    x.to_string(),
                ));
            }
        }
        for (i, a) in d.cycle.activities.iter().enumerate() {
            let Some(rb) = &a.report_back else { continue };
            let path = format!("cycle.activities[{i}].report_back");
            if d.body(&rb.to).is_none() {
                missing.push((path, Target::Other, Referent::Body, rb.to.to_string()));
                continue;
            }
            for b in rb.from.iter().filter(|b| d.body(b).is_none()) {
                missing.push((path.clone(), Target::Other, Referent::Body, b.to_string()));
            }
            if reporters(d, a).is_empty() {
                self.warning(
                    path,
                    Target::Body(a.body.clone()),
                    problems::report_back_to_itself,
                );
            }
        }
        for (path, target, what, id) in missing {
            self.error(path, target, |l| problems::refers_to_missing(what, &id, l));
        }
        let received = Received::build(d);
        for (i, a) in d.assignments.iter().enumerate() {
            let Some(due) = a.due else { continue };
            if !received.is_overdue(a, today) {
                continue;
            }
            let from = d.assignee_name(&a.assignee);
            let to = d.body_label(a.report_to.as_ref().unwrap_or(&a.given_by));
            let target = match &a.assignee {
                Assignee::Body(b) => Target::Body(b.clone()),
                Assignee::Person(p) => Target::Person(p.clone()),
            };
            self.warning(format!("assignments[{i}].due"), target, |l| {
                problems::report_back_overdue(&a.title, &from, &to, due, l)
            });
        }
    }
}
