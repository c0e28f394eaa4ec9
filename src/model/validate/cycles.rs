//! "Reports to" that goes round in a circle.

use super::{Target, Validator};
use crate::i18n::problems;
use crate::model::LinkKind;
use crate::model::ids::BodyId;
use std::collections::{BTreeMap, HashMap};

impl Validator<'_> {
    /// "reports to" must not go round in a circle.
    pub(super) fn report_cycles(&mut self) {
        let d = self.doc;
        let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for l in d
            .links
            .iter()
            .filter(|l| l.kind == LinkKind::ReportsTo && l.from != l.to)
        {
            next.entry(l.from.as_str()).or_default().push(l.to.as_str());
        }
        for targets in next.values_mut() {
            targets.sort_unstable();
            targets.dedup();
        }
        // Depth-first search with colours; each cycle found is reported once, rotated to start
        // at its smallest id so the report does not depend on where the search entered it.
        let mut state: HashMap<&str, u8> = HashMap::new();
        let mut found: Vec<Vec<&str>> = Vec::new();
        for &start in next.keys() {
            if state.get(start).copied().unwrap_or(0) != 0 {
                continue;
            }
            let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
            let mut path: Vec<&str> = vec![start];
            state.insert(start, 1);
            while let Some((node, idx)) = stack.pop() {
                let succ = next.get(node).map_or(&[][..], Vec::as_slice);
                if idx < succ.len() {
                    stack.push((node, idx + 1));
                    let s = succ[idx];
                    match state.get(s).copied().unwrap_or(0) {
                        0 => {
                            state.insert(s, 1);
                            stack.push((s, 0));
                            path.push(s);
                        }
                        1 => {
                            if let Some(pos) = path.iter().position(|&p| p == s) {
                                found.push(path[pos..].to_vec());
                            }
                        }
                        _ => {}
                    }
                } else {
                    state.insert(node, 2);
                    path.pop();
                }
            }
        }
        for mut cycle in found {
            if let Some(min) = cycle
                .iter()
                .enumerate()
                .min_by_key(|(_, id)| **id)
                .map(|(i, _)| i)
            {
                cycle.rotate_left(min);
            }
            let names: Vec<&str> = cycle
                .iter()
                .map(|id| d.body(&BodyId::from(*id)).map_or(*id, |b| b.label()))
                .collect();
            let chain = format!("{} › {}", names.join(" › "), names[0]);
            let first = BodyId::from(cycle[0]);
            let index = d.bodies.iter().position(|b| b.id == first).unwrap_or(0);
            self.error(format!("bodies[{index}]"), Target::Body(first), |l| {
                problems::reports_in_circle(&chain, l)
            });
        }
    }
}
