//! The top of the merge: the document's lists compared record by record in their own types,
//! so that only records that differ are turned into trees (what keeps the merge of two large
//! copies fast and small); the document's other parts merged as trees.

use super::keys::{compact, label_of};
use super::order::{merge_order, reorder};
use super::resolve::take_theirs_at;
use super::tree::Cx;
use super::{By, ChangeKind, Conflict, ConflictKind, Kept, MergeError, Report, Side, Step};
use crate::model::{
    Agreement, Assignment, Body, Document, Goal, GoverningDocument, Link, Matter, Meeting,
    Organisation, Person, TimingRule,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// A record of one of the document's lists, known by its id.
pub trait Record: Serialize + DeserializeOwned + PartialEq + Clone {
    fn key(&self) -> &str;

    /// Whether `merged` would change what one side has locked (signed-off minutes): then
    /// the record is one conflict, mine or theirs whole, never a mixture.
    fn breaks_lock(_base: Option<&Self>, _mine: &Self, _theirs: &Self, _merged: &Self) -> bool {
        false
    }
}

macro_rules! records {
    ($($t:ty),*) => {$(
        impl Record for $t {
            fn key(&self) -> &str {
                self.id.as_str()
            }
        }
    )*};
}

impl Record for Meeting {
    fn key(&self) -> &str {
        self.id.as_str()
    }

    /// Signed-off minutes are never changed by a merge: a side that changed signed-off
    /// content without reopening it, merged minutes that are signed off but are not what a
    /// side signed (give or take what may change: history, ticks), and minutes signed off on
    /// a side that the merge would leave unsigned, all break the lock. A side that reopened
    /// them and changed them is taken: reopening is how signed minutes change.
    fn breaks_lock(base: Option<&Self>, mine: &Self, theirs: &Self, merged: &Self) -> bool {
        use crate::model::minutes_flow::{change_allowed, is_locked};
        if let Some(b) = base.filter(|b| is_locked(b))
            && [mine, theirs]
                .iter()
                .any(|x| is_locked(x) && !change_allowed(b, x))
        {
            return true;
        }
        if is_locked(merged) {
            return ![mine, theirs]
                .iter()
                .any(|x| is_locked(x) && change_allowed(x, merged));
        }
        !base.is_some_and(is_locked) && (is_locked(mine) || is_locked(theirs))
    }
}

records!(
    Organisation,
    Person,
    Body,
    Link,
    Goal,
    Assignment,
    Agreement,
    GoverningDocument,
    TimingRule,
    Matter
);

/// Call `$f!(field)` for each of the document's lists, in the document's order.
macro_rules! each_list {
    ($f:ident) => {
        $f!(organisations);
        $f!(people);
        $f!(bodies);
        $f!(links);
        $f!(meetings);
        $f!(goals);
        $f!(assignments);
        $f!(agreements);
        $f!(documents);
        $f!(timing_rules);
        $f!(matters);
    };
}

/// Merge three documents; conflicts take mine.
pub fn merge_documents(
    base: &Document,
    mine: &Document,
    theirs: &Document,
) -> Result<(Document, Report), MergeError> {
    // Every field named, so a field added to the document later does not compile until it
    // is merged here.
    let Document {
        format,
        version,
        info: _,
        organisations: _,
        people: _,
        bodies: _,
        links: _,
        meetings: _,
        cycle: _,
        goals: _,
        assignments: _,
        agreements: _,
        documents: _,
        timing_rules: _,
        matters: _,
    } = mine;
    let mut cx = Cx::default();
    let mut out = Document::new("");
    out.format.clone_from(format);
    out.version = *version;
    out.info = part(&mut cx, "info", &base.info, &mine.info, &theirs.info)?;
    macro_rules! merge_list {
        ($field:ident) => {
            out.$field = list(
                &mut cx,
                stringify!($field),
                &base.$field,
                &mine.$field,
                &theirs.$field,
            )?;
        };
    }
    each_list!(merge_list);
    out.cycle = part(&mut cx, "cycle", &base.cycle, &mine.cycle, &theirs.cycle)?;
    Ok((out, cx.report))
}

/// A value as a tree, if it comes back exactly from it.
fn exact<T: Serialize + DeserializeOwned + PartialEq>(
    x: &T,
    which: &'static str,
) -> Result<Value, MergeError> {
    let tree = serde_json::to_value(x).map_err(|_| MergeError::NotExact(which))?;
    match serde_json::from_value::<T>(tree.clone()) {
        Ok(back) if back == *x => Ok(tree),
        _ => Err(MergeError::NotExact(which)),
    }
}

/// A value from the merged tree.
fn back<T: DeserializeOwned>(tree: Value) -> Result<T, MergeError> {
    serde_json::from_value(tree).map_err(|e| MergeError::Shape(e.to_string()))
}

/// A part of the document that is not a list of records (its details, the annual cycle),
/// merged as a tree.
fn part<T: Serialize + DeserializeOwned + PartialEq + Clone>(
    cx: &mut Cx,
    name: &str,
    base: &T,
    mine: &T,
    theirs: &T,
) -> Result<T, MergeError> {
    if mine == theirs && mine == base {
        return Ok(mine.clone());
    }
    let (b, m, t) = (
        exact(base, "base")?,     // not UI: an error's detail
        exact(mine, "mine")?,     // not UI: an error's detail
        exact(theirs, "theirs")?, // not UI: an error's detail
    );
    cx.place.steps.push(Step::Field(name.to_owned()));
    let merged = cx.value(Some(&b), Some(&m), Some(&t));
    cx.place.steps.pop();
    back(merged.unwrap_or(Value::Null))
}

/// The keys of a list's records, if no two share one.
fn keys<T: Record>(items: &[T]) -> Option<Vec<&str>> {
    let mut seen = HashSet::with_capacity(items.len());
    items
        .iter()
        .map(Record::key)
        .map(|k| seen.insert(k).then_some(k))
        .collect()
}

/// One of the document's lists: records matched by id, compared in their own type, and only
/// those that differ merged as trees.
fn list<T: Record>(
    cx: &mut Cx,
    name: &str,
    base: &[T],
    mine: &[T],
    theirs: &[T],
) -> Result<Vec<T>, MergeError> {
    if mine == theirs && mine == base {
        return Ok(mine.to_vec());
    }
    let (Some(bk), Some(mk), Some(tk)) = (keys(base), keys(mine), keys(theirs)) else {
        // Two records with one id (a damaged document): the list merges whole.
        return part(cx, name, &base.to_vec(), &mine.to_vec(), &theirs.to_vec());
    };
    cx.place.steps.push(Step::Field(name.to_owned()));
    let index = |keys: &[&str]| -> HashMap<String, usize> {
        keys.iter()
            .enumerate()
            .map(|(i, k)| ((*k).to_owned(), i))
            .collect()
    };
    let (bi, mi, ti) = (index(&bk), index(&mk), index(&tk));
    let mut visit: Vec<&str> = mk.clone();
    visit.extend(tk.iter().copied().filter(|k| !mi.contains_key(*k)));
    visit.extend(
        bk.iter()
            .copied()
            .filter(|k| !mi.contains_key(*k) && !ti.contains_key(*k)),
    );
    let mut merged: HashMap<&str, T> = HashMap::new();
    for key in visit {
        let b = bi.get(key).map(|i| &base[*i]);
        let m = mi.get(key).map(|i| &mine[*i]);
        let t = ti.get(key).map(|i| &theirs[*i]);
        if let Some(v) = record(cx, name, key, b, m, t)? {
            merged.insert(key, v);
        }
    }
    let keep: HashSet<&str> = merged.keys().copied().collect();
    let ordered = merge_order(&bk, &mk, &tk, &keep);
    let as_strings = |k: &[&str]| -> Vec<String> { k.iter().map(|s| (*s).to_owned()).collect() };
    cx.order(&ordered, &as_strings(&bk), |k| {
        merged
            .get(k)
            .and_then(|r| serde_json::to_value(r).ok())
            .map_or_else(|| k.to_owned(), |v| label_of(&v, k))
    });
    cx.place.steps.pop();
    Ok(ordered
        .order
        .iter()
        .filter_map(|k| merged.remove(k.as_str()))
        .collect())
}

/// One record of a list by its key: the merged record, or `None` when it goes.
fn record<T: Record>(
    cx: &mut Cx,
    list: &str,
    key: &str,
    base: Option<&T>,
    mine: Option<&T>,
    theirs: Option<&T>,
) -> Result<Option<T>, MergeError> {
    // Unchanged on both sides: nothing to do, nothing to report.
    if mine == theirs && mine == base {
        return Ok(mine.cloned());
    }
    let label =
        |r: &T| serde_json::to_value(r).map_or_else(|_| key.to_owned(), |v| label_of(&v, key));
    let Some(any) = mine.or(theirs).or(base) else {
        return Ok(None);
    };
    cx.place.steps.push(Step::Record(key.to_owned()));
    cx.place.records.push((list.to_owned(), label(any)));
    let result = match (base, mine, theirs) {
        (_, Some(m), Some(t)) if m == t => {
            cx.change(
                By::Both,
                if base.is_none() {
                    ChangeKind::Added
                } else {
                    ChangeKind::Changed
                },
            );
            Ok(Some(m.clone()))
        }
        (_, Some(m), Some(t)) => {
            let b = base.map(|b| exact(b, "base")).transpose()?; // not UI: an error's detail
            let (mj, tj) = (exact(m, "mine")?, exact(t, "theirs")?); // not UI: an error's detail
            let marks = (
                cx.report.changes.len(),
                cx.report.conflicts.len(),
                cx.report.kept.len(),
            );
            let merged: T = match cx.value(b.as_ref(), Some(&mj), Some(&tj)) {
                Some(v) => back(v)?,
                None => return Ok(None),
            };
            if T::breaks_lock(base, m, t, &merged) {
                // One conflict about the record whole, instead of what was found inside it.
                cx.report.changes.truncate(marks.0);
                cx.report.conflicts.truncate(marks.1);
                cx.report.kept.truncate(marks.2);
                cx.conflict(
                    ConflictKind::SignedMinutes,
                    b.as_ref(),
                    Some(&mj),
                    Some(&tj),
                );
                Ok(Some(m.clone()))
            } else {
                Ok(Some(merged))
            }
        }
        (Some(_), None, None) => {
            cx.change(By::Both, ChangeKind::Removed);
            Ok(None)
        }
        (Some(b), None, Some(kept)) | (Some(b), Some(kept), None) => {
            let deleted_by = if mine.is_none() {
                Side::Mine
            } else {
                Side::Theirs
            };
            if kept == b {
                let by = if mine.is_none() { By::Mine } else { By::Theirs };
                cx.change(by, ChangeKind::Removed);
                Ok(None)
            } else {
                cx.report.kept.push(Kept {
                    place: cx.place.clone(),
                    deleted_by,
                });
                Ok(Some(kept.clone()))
            }
        }
        (None, Some(m), None) => {
            cx.change(By::Mine, ChangeKind::Added);
            Ok(Some(m.clone()))
        }
        (None, None, Some(t)) => {
            cx.change(By::Theirs, ChangeKind::Added);
            Ok(Some(t.clone()))
        }
        (None, None, None) => Ok(None),
    };
    cx.place.steps.pop();
    cx.place.records.pop();
    result
}

/// Put theirs at a conflict's place in the merged document.
pub fn take_theirs(doc: &mut Document, conflict: &Conflict) -> Result<(), MergeError> {
    let steps = conflict.place.steps.as_slice();
    let Some(Step::Field(top)) = steps.first() else {
        return Ok(());
    };
    macro_rules! in_list {
        ($field:ident) => {
            if top == stringify!($field) {
                return in_record(&mut doc.$field, &steps[1..], conflict);
            }
        };
    }
    each_list!(in_list);
    match top.as_str() {
        "info" => in_part(&mut doc.info, &steps[1..], conflict),
        "cycle" => in_part(&mut doc.cycle, &steps[1..], conflict),
        _ => Ok(()),
    }
}

/// Theirs in a part merged as a tree: `steps` lead into it.
fn in_part<T: Serialize + DeserializeOwned>(
    part: &mut T,
    steps: &[Step],
    conflict: &Conflict,
) -> Result<(), MergeError> {
    let mut tree = serde_json::to_value(&*part).map_err(|e| MergeError::Shape(e.to_string()))?;
    take_theirs_at(&mut tree, steps, conflict);
    *part = back(tree)?;
    Ok(())
}

/// Theirs in a list of records: the list's order, or something inside one record.
fn in_record<T: Record>(
    items: &mut Vec<T>,
    steps: &[Step],
    conflict: &Conflict,
) -> Result<(), MergeError> {
    match steps {
        [] if conflict.kind == ConflictKind::Order => {
            let Some(Value::Array(order)) = &conflict.theirs else {
                return Ok(());
            };
            let order: Vec<String> = order
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect();
            // The keys the merge ordered by: ids, or in a list merged whole (two records with
            // one id) each record's own text.
            let by_id = keys(items).is_some();
            let keyed = std::mem::take(items)
                .into_iter()
                .map(|r| {
                    let key = if by_id {
                        r.key().to_owned()
                    } else {
                        serde_json::to_value(&r).map_or_else(|_| String::new(), |v| compact(&v))
                    };
                    (key, r)
                })
                .collect();
            *items = reorder(keyed, &order);
            Ok(())
        }
        // A list merged whole (two records with one id): theirs whole.
        [] => {
            if let Some(v) = &conflict.theirs {
                *items = back(v.clone())?;
            }
            Ok(())
        }
        // The record whole (signed-off minutes).
        [Step::Record(key)] => {
            if let (Some(r), Some(v)) =
                (items.iter_mut().find(|r| r.key() == key), &conflict.theirs)
            {
                *r = back(v.clone())?;
            }
            Ok(())
        }
        [Step::Record(key), rest @ ..] => match items.iter_mut().find(|r| r.key() == key) {
            Some(r) => in_part(r, rest, conflict),
            None => Ok(()),
        },
        _ => Ok(()),
    }
}
