//! The three-way merge of trees (a record, or a part of the document, in its serde form):
//! records in lists by key, fields one by one, lists as ordered sets.

use super::keys::{label_of, record_keys, value_keys};
use super::order::{Ordered, merge_order};
use super::{By, Change, ChangeKind, Conflict, ConflictKind, Kept, Place, Report, Side, Step};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// Where the merge is in the document, and what it has found so far.
#[derive(Default)]
pub struct Cx {
    pub place: Place,
    pub report: Report,
}

fn kind(before: Option<&Value>, after: Option<&Value>) -> ChangeKind {
    match (before, after) {
        (None, _) => ChangeKind::Added,
        (_, None) => ChangeKind::Removed,
        _ => ChangeKind::Changed,
    }
}

/// Objects that are an enum's variant each (one key), and not all the same variant: merged
/// as one value, since a field of one variant means nothing in another.
fn other_variants(maps: &[&Map<String, Value>]) -> bool {
    maps.iter().all(|m| m.len() == 1)
        && maps
            .windows(2)
            .any(|w| w[0].keys().next() != w[1].keys().next())
}

fn strs(keys: &[String]) -> Vec<&str> {
    keys.iter().map(String::as_str).collect()
}

impl Cx {
    pub fn change(&mut self, by: By, kind: ChangeKind) {
        self.report.changes.push(Change {
            by,
            kind,
            place: self.place.clone(),
        });
    }

    pub fn conflict(
        &mut self,
        kind: ConflictKind,
        base: Option<&Value>,
        mine: Option<&Value>,
        theirs: Option<&Value>,
    ) {
        self.report.conflicts.push(Conflict {
            kind,
            place: self.place.clone(),
            base: base.cloned(),
            mine: mine.cloned(),
            theirs: theirs.cloned(),
            labels: Vec::new(),
        });
    }

    /// The list the path is in: the last field on it.
    fn list_name(&self) -> String {
        self.place
            .steps
            .iter()
            .rev()
            .find_map(|s| match s {
                Step::Field(f) => Some(f.clone()),
                Step::Record(_) => None,
            })
            .unwrap_or_default()
    }

    /// Whether the path is at an indicator's value: its number and why it has none exclude
    /// each other, so a value merges whole.
    fn at_indicator_value(&self) -> bool {
        matches!(self.place.steps.as_slice(), [.., Step::Field(f), Step::Record(_)] if f == "values")
    }

    /// Merge one value of the three versions; `None`: it goes (or was never there).
    pub fn value(
        &mut self,
        base: Option<&Value>,
        mine: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        if mine == theirs {
            if mine != base {
                self.change(By::Both, kind(base, mine));
            }
            return mine.cloned();
        }
        match (base, mine, theirs) {
            (None | Some(Value::Object(_)), Some(Value::Object(m)), Some(Value::Object(t))) => {
                let b = base.and_then(Value::as_object);
                let maps: Vec<&Map<String, Value>> = b.into_iter().chain([m, t]).collect();
                if !other_variants(&maps) && !self.at_indicator_value() {
                    return Some(Value::Object(self.object(b, m, t)));
                }
            }
            (None | Some(Value::Array(_)), Some(Value::Array(m)), Some(Value::Array(t))) => {
                let b = base
                    .and_then(Value::as_array)
                    .map_or(&[][..], Vec::as_slice);
                if let Some(v) = self.array(b, m, t) {
                    return Some(v);
                }
            }
            _ => {}
        }
        self.leaf(base, mine, theirs)
    }

    /// One value, whole, that the two sides hold differently: the side that changed it, or
    /// a conflict.
    fn leaf(
        &mut self,
        base: Option<&Value>,
        mine: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        if mine == base {
            self.change(By::Theirs, kind(base, theirs));
            return theirs.cloned();
        }
        if theirs == base {
            self.change(By::Mine, kind(base, mine));
            return mine.cloned();
        }
        self.conflict(ConflictKind::Value, base, mine, theirs);
        mine.cloned()
    }

    fn object(
        &mut self,
        base: Option<&Map<String, Value>>,
        mine: &Map<String, Value>,
        theirs: &Map<String, Value>,
    ) -> Map<String, Value> {
        let mut keys: Vec<&String> = mine.keys().collect();
        keys.extend(theirs.keys().filter(|k| !mine.contains_key(*k)));
        if let Some(b) = base {
            keys.extend(
                b.keys()
                    .filter(|k| !mine.contains_key(*k) && !theirs.contains_key(*k)),
            );
        }
        let mut out = Map::new();
        for k in keys {
            let (bv, mv, tv) = (base.and_then(|b| b.get(k)), mine.get(k), theirs.get(k));
            self.place.steps.push(Step::Field(k.clone()));
            let v = self.value(bv, mv, tv);
            self.place.steps.pop();
            if let Some(v) = v {
                out.insert(k.clone(), v);
            }
        }
        out
    }

    /// A list merged as records by key or as an ordered set of values; `None` when it can
    /// only be merged whole (two equal elements).
    fn array(&mut self, base: &[Value], mine: &[Value], theirs: &[Value]) -> Option<Value> {
        let list = self.list_name();
        if let (Some(bk), Some(mk), Some(tk)) = (
            record_keys(&list, base),
            record_keys(&list, mine),
            record_keys(&list, theirs),
        ) {
            return Some(self.records(&list, [base, mine, theirs], [&bk, &mk, &tk]));
        }
        if mine == base || theirs == base {
            return None;
        }
        let (bk, mk, tk) = (value_keys(base)?, value_keys(mine)?, value_keys(theirs)?);
        self.values([base, mine, theirs], [&bk, &mk, &tk])
    }

    fn records(&mut self, list: &str, items: [&[Value]; 3], keys: [&Vec<String>; 3]) -> Value {
        let [bm, mm, tm] = [0, 1, 2].map(|i| -> HashMap<&str, &Value> {
            keys[i].iter().map(String::as_str).zip(items[i]).collect()
        });
        let mut visit: Vec<&str> = strs(keys[1]);
        visit.extend(
            keys[2]
                .iter()
                .map(String::as_str)
                .filter(|k| !mm.contains_key(k)),
        );
        visit.extend(
            keys[0]
                .iter()
                .map(String::as_str)
                .filter(|k| !mm.contains_key(k) && !tm.contains_key(k)),
        );
        let mut merged: HashMap<&str, Value> = HashMap::with_capacity(visit.len());
        for key in visit {
            let (b, m, t) = (
                bm.get(key).copied(),
                mm.get(key).copied(),
                tm.get(key).copied(),
            );
            let Some(any) = m.or(t).or(b) else { continue };
            self.place.steps.push(Step::Record(key.to_owned()));
            self.place
                .records
                .push((list.to_owned(), label_of(any, key)));
            let v = match (b, m, t) {
                (_, Some(_), Some(_)) => self.value(b, m, t),
                (Some(_), None, None) => {
                    self.change(By::Both, ChangeKind::Removed);
                    None
                }
                (Some(b), None, Some(t)) | (Some(b), Some(t), None) => {
                    let deleted_by = if m.is_none() {
                        Side::Mine
                    } else {
                        Side::Theirs
                    };
                    if t == b {
                        let by = if m.is_none() { By::Mine } else { By::Theirs };
                        self.change(by, ChangeKind::Removed);
                        None
                    } else {
                        self.report.kept.push(Kept {
                            place: self.place.clone(),
                            deleted_by,
                        });
                        Some(t.clone())
                    }
                }
                (None, Some(m), None) => {
                    self.change(By::Mine, ChangeKind::Added);
                    Some(m.clone())
                }
                (None, None, Some(t)) => {
                    self.change(By::Theirs, ChangeKind::Added);
                    Some(t.clone())
                }
                (None, None, None) => None,
            };
            self.place.steps.pop();
            self.place.records.pop();
            if let Some(v) = v {
                merged.insert(key, v);
            }
        }
        let keep: HashSet<&str> = merged.keys().copied().collect();
        let ordered = merge_order(&strs(keys[0]), &strs(keys[1]), &strs(keys[2]), &keep);
        self.order(&ordered, keys[0], |k| {
            merged
                .get(k)
                .map_or_else(|| k.to_owned(), |v| label_of(v, k))
        });
        Value::Array(
            ordered
                .order
                .iter()
                .filter_map(|k| merged.remove(k.as_str()))
                .collect(),
        )
    }

    /// A list of plain values (ids, lines, participants) changed on both sides: both sides'
    /// additions and removals, in order; the whole list is a conflict where both replaced
    /// the same element with something else.
    fn values(&mut self, items: [&[Value]; 3], keys: [&Vec<String>; 3]) -> Option<Value> {
        let [b, m, t] = keys.map(|k| -> HashSet<&str> { k.iter().map(String::as_str).collect() });
        let removed_m: HashSet<&str> = b.difference(&m).copied().collect();
        let removed_t: HashSet<&str> = b.difference(&t).copied().collect();
        let added_m: HashSet<&str> = m.difference(&b).copied().collect();
        let added_t: HashSet<&str> = t.difference(&b).copied().collect();
        if removed_m.intersection(&removed_t).next().is_some()
            && !added_m.is_empty()
            && !added_t.is_empty()
            && added_m != added_t
        {
            return None;
        }
        let keep: HashSet<&str> = m
            .intersection(&t)
            .copied()
            .chain(added_m.iter().copied())
            .chain(added_t.iter().copied())
            .collect();
        self.change(By::Mine, ChangeKind::Changed);
        self.change(By::Theirs, ChangeKind::Changed);
        let ordered = merge_order(&strs(keys[0]), &strs(keys[1]), &strs(keys[2]), &keep);
        self.order(&ordered, keys[0], str::to_owned);
        let mut by_key: HashMap<&str, &Value> = HashMap::new();
        for i in [2, 1] {
            by_key.extend(keys[i].iter().map(String::as_str).zip(items[i]));
        }
        Some(Value::Array(
            ordered
                .order
                .iter()
                .filter_map(|k| by_key.get(k.as_str()).map(|v| (*v).clone()))
                .collect(),
        ))
    }

    /// Report the order a list got: moved by whom, or a conflict between two orders.
    pub fn order(&mut self, ordered: &Ordered, base: &[String], label: impl Fn(&str) -> String) {
        let keys = |k: &[String]| Value::Array(k.iter().cloned().map(Value::String).collect());
        if let Some(theirs) = &ordered.theirs_order {
            self.conflict(
                ConflictKind::Order,
                Some(&keys(base)),
                Some(&keys(&ordered.order)),
                Some(&keys(theirs)),
            );
            let labels = ordered
                .order
                .iter()
                .map(|k| (k.clone(), label(k)))
                .collect();
            if let Some(c) = self.report.conflicts.last_mut() {
                c.labels = labels;
            }
        } else if let Some(by) = ordered.moved {
            self.change(by, ChangeKind::Moved);
        }
    }
}
