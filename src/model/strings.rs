//! Every piece of text in a document, found without naming each field: the document as a
//! tree of values (its own serde form), walked string by string with the path to each. What
//! looks for a person in free text, and what erases them from it, use this, so a field added
//! to the model later is searched too.

use super::Document;
use serde_json::Value;

/// One step of a path into the document: a field's name or a position in a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// The document as a tree of values.
pub fn to_tree(doc: &Document) -> Result<Value, serde_json::Error> {
    serde_json::to_value(doc)
}

/// The document a tree of values holds.
pub fn from_tree(tree: Value) -> Result<Document, serde_json::Error> {
    serde_json::from_value(tree)
}

/// Call `f` with every string in `tree` and the path to it, in document order.
pub fn each_string(tree: &Value, f: &mut impl FnMut(&[Seg], &str)) {
    let mut path = Vec::new();
    walk(tree, &mut path, f);
}

fn walk(v: &Value, path: &mut Vec<Seg>, f: &mut impl FnMut(&[Seg], &str)) {
    match v {
        Value::String(s) => f(path, s),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                walk(item, path, f);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                path.push(Seg::Key(k.clone()));
                walk(item, path, f);
                path.pop();
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// Call `f` with every string in `tree` (and its path), which it may change.
pub fn each_string_mut(tree: &mut Value, f: &mut impl FnMut(&[Seg], &mut String)) {
    let mut path = Vec::new();
    walk_mut(tree, &mut path, f);
}

fn walk_mut(v: &mut Value, path: &mut Vec<Seg>, f: &mut impl FnMut(&[Seg], &mut String)) {
    match v {
        Value::String(s) => f(path, s),
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                path.push(Seg::Index(i));
                walk_mut(item, path, f);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (k, item) in map.iter_mut() {
                path.push(Seg::Key(k.clone()));
                walk_mut(item, path, f);
                path.pop();
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// Replace every object `{"Person": id}` (a participant who is a person) with
/// `{"Named": name}`; returns how many.
pub fn participants_to_named(tree: &mut Value, id: &str, name: &str) -> usize {
    match tree {
        Value::Object(map) => {
            if map.len() == 1 && map.get("Person").and_then(Value::as_str) == Some(id) {
                map.clear();
                map.insert("Named".to_owned(), Value::String(name.to_owned()));
                return 1;
            }
            map.values_mut()
                .map(|v| participants_to_named(v, id, name))
                .sum()
        }
        Value::Array(items) => items
            .iter_mut()
            .map(|v| participants_to_named(v, id, name))
            .sum(),
        _ => 0,
    }
}

/// The last field name on a path ("notes", "description"), if any.
pub fn last_key(path: &[Seg]) -> Option<&str> {
    path.iter().rev().find_map(|s| match s {
        Seg::Key(k) => Some(k.as_str()),
        Seg::Index(_) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_goes_through_the_tree_unchanged() {
        let doc = crate::sample::sample_document().expect("sample");
        let tree = to_tree(&doc).expect("tree");
        assert_eq!(from_tree(tree).expect("back"), doc);
    }

    #[test]
    fn a_generated_document_goes_through_the_tree_unchanged() {
        let doc = crate::generate::generate(1);
        let tree = to_tree(&doc).expect("tree");
        assert_eq!(from_tree(tree).expect("back"), doc);
    }

    #[test]
    fn strings_come_with_their_paths() {
        let mut doc = Document::new("Titeln");
        doc.info.description = "Om Anna".to_owned();
        let tree = to_tree(&doc).expect("tree");
        let mut seen = Vec::new();
        each_string(&tree, &mut |path, s| {
            if s == "Om Anna" {
                seen.push(path.to_vec());
            }
        });
        assert_eq!(
            seen,
            [vec![
                Seg::Key("info".to_owned()),
                Seg::Key("description".to_owned())
            ]]
        );
    }
}
