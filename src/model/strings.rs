//! Every piece of text in a document, found without naming each field: the document as a
//! tree of values (its own serde form), walked string by string with the path to each. What
//! looks for a person in free text, and what erases them from it, use this, so a field added
//! to the model later is searched too.

use super::Document;
use serde_json::Value;

/// One step of a path into the document: a field's (or variant's) name or a position in a
/// list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seg<'a> {
    Key(&'a str),
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
pub fn each_string<'t>(tree: &'t Value, f: &mut impl FnMut(&[Seg<'t>], &str)) {
    let mut path = Vec::new();
    walk(tree, &mut path, f);
}

fn walk<'t>(v: &'t Value, path: &mut Vec<Seg<'t>>, f: &mut impl FnMut(&[Seg<'t>], &str)) {
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
                path.push(Seg::Key(k));
                walk(item, path, f);
                path.pop();
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// Call `f` with every string in `tree`, which it may change.
pub fn each_string_mut(tree: &mut Value, f: &mut impl FnMut(&mut String)) {
    match tree {
        Value::String(s) => f(s),
        Value::Array(items) => items.iter_mut().for_each(|v| each_string_mut(v, f)),
        Value::Object(map) => map.values_mut().for_each(|v| each_string_mut(v, f)),
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
        assert_eq!(seen, [vec![Seg::Key("info"), Seg::Key("description")]]);
    }
}
