//! Choosing theirs for a conflict: their value (or order) put at the conflict's place in a
//! tree of the merged record or part, which holds mine.

use super::keys::{compact, key_of, record_keys, value_keys};
use super::order::reorder;
use super::{Conflict, ConflictKind, Step};
use serde_json::{Map, Value};

/// Put theirs at the conflict's place, which `steps` lead to from the top of `tree`.
pub fn take_theirs_at(tree: &mut Value, steps: &[Step], conflict: &Conflict) {
    let (field, parents) = match steps.split_last() {
        Some((Step::Field(field), parents)) => (field, parents),
        // A record merged whole (an indicator's value): theirs in its place.
        Some((Step::Record(key), [parents @ .., Step::Field(list)])) => {
            let Some(parent) = object_at(tree, parents) else {
                return;
            };
            if let Some(Value::Array(items)) = parent.get_mut(list)
                && let Some(i) = items.iter().position(|e| element_key(list, e) == *key)
            {
                match &conflict.theirs {
                    Some(v) => items[i] = v.clone(),
                    None => {
                        items.remove(i);
                    }
                }
            }
            return;
        }
        _ => return,
    };
    let Some(parent) = object_at(tree, parents) else {
        return;
    };
    match conflict.kind {
        ConflictKind::Order => {
            let keys: Vec<String> = match &conflict.theirs {
                Some(Value::Array(keys)) => keys.iter().map(compact).collect(),
                _ => return,
            };
            if let Some(Value::Array(items)) = parent.get_mut(field) {
                // The keys the merge ordered by: records' keys, or the values themselves.
                let Some(item_keys) = record_keys(field, items).or_else(|| value_keys(items))
                else {
                    return;
                };
                let keyed: Vec<(String, Value)> =
                    item_keys.into_iter().zip(std::mem::take(items)).collect();
                *items = reorder(keyed, &keys);
            }
        }
        ConflictKind::Value | ConflictKind::SignedMinutes => match &conflict.theirs {
            Some(v) => {
                parent.insert(field.clone(), v.clone());
            }
            None => {
                parent.remove(field);
            }
        },
    }
}

/// An element's key in the list named `list`, as the merge gave it.
fn element_key(list: &str, elem: &Value) -> String {
    key_of(list, elem).unwrap_or_else(|| compact(elem))
}

/// The object at the end of `steps`.
fn object_at<'t>(tree: &'t mut Value, steps: &[Step]) -> Option<&'t mut Map<String, Value>> {
    let mut at = tree;
    let mut list = "";
    for step in steps {
        match step {
            Step::Field(f) => {
                at = at.as_object_mut()?.get_mut(f)?;
                list = f;
            }
            Step::Record(key) => {
                at = at
                    .as_array_mut()?
                    .iter_mut()
                    .find(|e| element_key(list, e) == *key)?;
            }
        }
    }
    at.as_object_mut()
}
