//! Choosing theirs for a conflict: their value (or order) put at the conflict's place in a
//! tree of the merged record or part, which holds mine.

use super::keys::{compact, key_of};
use super::order::reorder;
use super::{Conflict, ConflictKind, Step};
use serde_json::{Map, Value};

/// Put theirs at the conflict's place, which `steps` lead to from the top of `tree`.
pub fn take_theirs_at(tree: &mut Value, steps: &[Step], conflict: &Conflict) {
    let Some((Step::Field(field), parents)) = steps.split_last() else {
        return;
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
                let keyed: Vec<(String, Value)> = std::mem::take(items)
                    .into_iter()
                    .map(|e| (element_key(field, &e), e))
                    .collect();
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
