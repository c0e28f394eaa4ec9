//! Duplicate ids within each kind of record.

use super::{Target, Validator};
use std::collections::HashMap;

impl Validator<'_> {
    pub(super) fn duplicate_ids(&mut self) {
        let d = self.doc;
        let mut groups: Vec<(&str, Vec<(String, &str)>)> = vec![
            (
                "organisations",
                d.organisations
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("organisations[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "people",
                d.people
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("people[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "bodies",
                d.bodies
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("bodies[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "links",
                d.links
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("links[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "meetings",
                d.meetings
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("meetings[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "cycle",
                d.cycle
                    .activities
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("cycle.activities[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "goals",
                d.goals
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("goals[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "assignments",
                d.assignments
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("assignments[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "agreements",
                d.agreements
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("agreements[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "documents",
                d.documents
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("documents[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "timing rules",
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
        groups.push(("memberships", memberships));
        let mut indicators = Vec::new();
        for (g, goal) in d.goals.iter().enumerate() {
            for (i, ind) in goal.indicators.iter().enumerate() {
                indicators.push((format!("goals[{g}].indicators[{i}]"), ind.id.as_str()));
            }
        }
        groups.push(("indicators", indicators));
        for (m, meeting) in d.meetings.iter().enumerate() {
            groups.push((
                "agenda items",
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
                    self.error(
                        path.clone(),
                        Target::Other,
                        format!("Id saknas ({kind})"),
                        format!("Missing id ({kind})"),
                    );
                } else if let Some(first) = seen.get(id) {
                    self.error(
                        path.clone(),
                        Target::Other,
                        format!("Id \"{id}\" används redan av {first}"),
                        format!("Id \"{id}\" is already used by {first}"),
                    );
                } else {
                    seen.insert(id, path.as_str());
                }
            }
        }
    }
}
