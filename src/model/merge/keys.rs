//! What identifies a record in a list, and what a report calls it.

use serde_json::Value;
use std::collections::HashSet;

/// What identifies `elem` in the list named `list`: its id, or for records without one what
/// makes them one (a person's attendance is the person; an indicator's value is its year,
/// organisation and gender; an item's minutes are the item). `None`: the list is merged as
/// a list of values.
pub fn key_of(list: &str, elem: &Value) -> Option<String> {
    let Value::Object(map) = elem else {
        return None;
    };
    if let Some(Value::String(id)) = map.get("id") {
        return Some(id.clone());
    }
    let text = |field: &str| map.get(field).map(compact);
    match list {
        "attendance" => text("who"),
        "items" if map.contains_key("item") => text("item"),
        "values" if map.contains_key("year") => Some(format!(
            "{}|{}|{}",
            text("year").unwrap_or_default(),
            text("organisation").unwrap_or_default(),
            text("gender").unwrap_or_default()
        )),
        "targets" => text("organisation"),
        "analyses" => text("year"),
        _ => None,
    }
}

/// Each element's key in `list`, if every element has one and no two share it.
pub fn record_keys(list: &str, items: &[Value]) -> Option<Vec<String>> {
    let keys: Vec<String> = items
        .iter()
        .map(|e| key_of(list, e))
        .collect::<Option<_>>()?;
    unique(keys)
}

/// Each element as its own key, if no two elements are equal.
pub fn value_keys(items: &[Value]) -> Option<Vec<String>> {
    unique(items.iter().map(compact).collect())
}

fn unique(keys: Vec<String>) -> Option<Vec<String>> {
    let mut seen = HashSet::with_capacity(keys.len());
    keys.iter().all(|k| seen.insert(k.as_str())).then_some(keys)
}

/// A value as one line of text: strings as they are, anything else as compact JSON.
pub fn compact(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// What a report calls a record: its date and name, title or text ("2026-09-10
/// Beredningsgruppen", "Anna Berg"), else what identifies it.
pub fn label_of(elem: &Value, key: &str) -> String {
    let Value::Object(map) = elem else {
        return compact(elem);
    };
    let text = |field: &str| match map.get(field) {
        Some(Value::String(s)) if !s.is_empty() => Some(s.as_str()),
        _ => None,
    };
    let name = text("name")
        .or_else(|| text("title"))
        .or_else(|| text("text"))
        .map(|s| shorten(s, 60));
    let date = text("date");
    match (date, name) {
        (Some(d), Some(n)) => format!("{d} {n}"),
        (Some(d), None) => d.to_owned(),
        (None, Some(n)) => n,
        (None, None) => key.replace('|', " ").trim().to_owned(),
    }
}

fn shorten(s: &str, max: usize) -> String {
    let first_line = s.lines().next().unwrap_or_default();
    if first_line.chars().count() <= max && first_line.len() == s.len() {
        return s.to_owned();
    }
    let cut: String = first_line.chars().take(max).collect();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn records_are_known_by_id_or_by_what_makes_them_one() {
        assert_eq!(
            key_of("people", &json!({"id": "p1"})).as_deref(),
            Some("p1")
        );
        assert_eq!(
            key_of(
                "attendance",
                &json!({"who": {"Person": "p1"}, "presence": "Present"})
            )
            .as_deref(),
            Some(r#"{"Person":"p1"}"#)
        );
        assert_eq!(
            key_of(
                "values",
                &json!({"year": 2024, "organisation": "o1", "amount": 3.0})
            )
            .as_deref(),
            Some("2024|o1|")
        );
        assert_eq!(key_of("blocks", &json!({"Notes": "x"})), None);
        assert_eq!(key_of("bodies", &json!("bg")), None);
    }

    #[test]
    fn labels_say_date_and_name_and_fall_back_to_the_key() {
        assert_eq!(
            label_of(&json!({"date": "2026-09-10", "title": "Möte"}), "m1"),
            "2026-09-10 Möte"
        );
        assert_eq!(label_of(&json!({"name": "Anna Berg"}), "p1"), "Anna Berg");
        assert_eq!(label_of(&json!({"year": 2024}), "2024|o1|"), "2024 o1");
        assert_eq!(
            label_of(&json!({"text": "rad ett\nrad två"}), "x"),
            "rad ett…"
        );
    }
}
