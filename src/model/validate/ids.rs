//! Duplicate ids within each kind of record.

use super::{Target, Validator};
use crate::i18n::problems::{self, list};
use std::collections::HashMap;

impl Validator<'_> {
    pub(super) fn duplicate_ids(&mut self) {
        let d = self.doc;
        let mut groups: Vec<(&str, Vec<(String, &str)>)> = vec![
            (
                list::ORGANISATIONS,
                d.organisations
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("organisations[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                list::PEOPLE,
                d.people
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("people[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                list::BODIES,
                d.bodies
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("bodies[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                list::LINKS,
                d.links
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("links[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                list::MEETINGS,
                d.meetings
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("meetings[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                list::CYCLE,
                d.cycle
                    .activities
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("cycle.activities[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                list::GOALS,
                d.goals
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("goals[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                list::ASSIGNMENTS,
                d.assignments
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("assignments[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                list::AGREEMENTS,
                d.agreements
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("agreements[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                list::DOCUMENTS,
                d.documents
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("documents[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                list::TIMING_RULES,
                d.timing_rules
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("timing_rules[{i}]"), x.id.as_str()))
                    .collect(),
            ),
        ];
        let mut memberships = Vec::new();
        for (b, body) in d.bodies.iter().enumerate() {
            for (m, ms) in body.memberships.iter().enumerate() {
                memberships.push((format!("bodies[{b}].memberships[{m}]"), ms.id.as_str()));
            }
        }
        groups.push((list::MEMBERSHIPS, memberships));
        let mut indicators = Vec::new();
        for (g, goal) in d.goals.iter().enumerate() {
            for (i, ind) in goal.indicators.iter().enumerate() {
                indicators.push((format!("goals[{g}].indicators[{i}]"), ind.id.as_str()));
            }
        }
        groups.push((list::INDICATORS, indicators));
        for (m, meeting) in d.meetings.iter().enumerate() {
            groups.push((
                list::AGENDA_ITEMS,
                meeting
                    .agenda
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("meetings[{m}].agenda[{i}]"), x.id.as_str()))
                    .collect(),
            ));
        }
        for (kind, ids) in groups {
            let mut seen: HashMap<&str, &str> = HashMap::new();
            for (path, id) in &ids {
                if id.is_empty() {
                    self.error(path.clone(), Target::Other, |l| {
                        problems::missing_id(kind, l)
                    });
                } else if let Some(first) = seen.get(id) {
                    self.error(path.clone(), Target::Other, |l| {
                        problems::id_already_used(id, first, l)
                    });
                } else {
                    seen.insert(id, path.as_str());
                }
            }
        }
    }
}
