//! Kolada's JSON: a response of the data API, v2 or v3, saved to a file.
//!
//! Both versions answer `/data/kpi/{kpi}/municipality/{id}/year/{years}` with
//!
//! ```json
//! {"values": [{"kpi": "N00945", "municipality": "1780", "period": 2020,
//!              "values": [{"gender": "T", "status": "", "value": 12.3, "count": 1}]}],
//!  "count": 1}
//! ```
//!
//! as documented for v2 (github.com/Hypergene/kolada: `period` a string or number, `gender`
//! T/K/M, `value` a number or null, `status` a string; a value queried with `from_date` may
//! carry `is_deleted`, and is then null) and as v3 clients read and test it (`period` a
//! number beside `kpi`, `isdeleted`, `next_url` instead of `next_page`). Some v3 clients
//! declare `period` inside each value instead; that is read too: a value's own `period`
//! comes before its record's. Organisational units (`oudata`, `"ou"` instead of
//! `"municipality"`) are read the same way and matched on the same codes.
//!
//! A `null` value is a missing value, never 0: Kolada documents `status` only as a string,
//! and its values are "" for a reported value in what both versions return, so a null is
//! read as not reported whatever its status says; a number is kept whatever its status.
//! Anything else besides these fields (`count`, `is_deleted`, paging links) is ignored.

use super::{ImportError, Input, Reading, Row, Source};
use crate::model::goal::Missing;
use serde::Deserialize;

#[derive(Deserialize)]
struct Record {
    kpi: String,
    #[serde(alias = "ou")]
    municipality: String,
    #[serde(default)]
    period: Option<Period>,
    values: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    #[serde(default)]
    gender: Option<String>,
    #[serde(default)]
    value: serde_json::Value,
    #[serde(default)]
    period: Option<Period>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Period {
    Number(serde_json::Number),
    Text(String),
}

impl Period {
    fn text(&self) -> String {
        match self {
            Period::Number(n) => n.to_string(),
            Period::Text(s) => s.trim().to_owned(),
        }
    }
}

/// Read a Kolada response: one row per value, numbered from 1 in file order.
pub fn read(text: &str) -> Result<Input, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // First as JSON at all, so a syntax error is told apart from a wrong shape.
    let json: serde_json::Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let records = parse_shape(&json)?;
    let mut rows = Vec::new();
    for record in records {
        for entry in record.values {
            let period = entry.period.as_ref().or(record.period.as_ref());
            let value = match entry.value {
                serde_json::Value::Null => Reading::Missing(Missing::NotReported),
                serde_json::Value::Number(n) => n
                    .as_f64()
                    .map_or_else(|| Reading::Text(n.to_string()), Reading::Number),
                serde_json::Value::String(s) => Reading::Text(s),
                other => Reading::Text(other.to_string()),
            };
            rows.push(Row {
                row: rows.len() + 1,
                indicator: record.kpi.trim().to_owned(),
                organisation: record.municipality.trim().to_owned(),
                year: period.map(Period::text).unwrap_or_default(),
                gender: entry.gender.unwrap_or_default().trim().to_owned(),
                value,
            });
        }
    }
    Ok(Input {
        source: Source::Kolada,
        rows,
    })
}

/// The records of a response (or of a list of records alone), or where the JSON does not
/// fit Kolada's shape and what is wrong there.
fn parse_shape(json: &serde_json::Value) -> Result<Vec<Record>, ImportError> {
    if let Some(list) = json.get("values").or(json.as_array().map(|_| json)) {
        let records: Result<Vec<Record>, _> = serde_path_to_error::deserialize(list);
        return match records {
            Ok(values) => Ok(values),
            Err(e) => {
                let inner = e.path().to_string();
                let path = if json.is_array() {
                    inner
                } else if inner == "." {
                    "values".to_owned()
                } else {
                    format!(
                        "values{}{inner}",
                        if inner.starts_with('[') { "" } else { "." }
                    )
                };
                Err(ImportError::NotKolada {
                    path,
                    detail: e.into_inner().to_string(),
                })
            }
        };
    }
    Err(ImportError::NotKolada {
        path: ".".to_owned(),
        detail: "no list of \"values\"".to_owned(), // not UI: a JSON detail, as serde words them
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v2_values_are_rows_in_file_order_and_null_is_missing() {
        let input = read(
            r#"{"values":[{"kpi":"N00945","municipality":"1780","period":"2020","values":[
                {"gender":"T","status":"","value":12.3,"count":1},
                {"gender":"K","status":"Missing","value":null,"count":0}]}],"count":1}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(input.source, Source::Kolada);
        assert_eq!(input.rows.len(), 2);
        assert_eq!(input.rows[0].row, 1);
        assert_eq!(input.rows[0].indicator, "N00945");
        assert_eq!(input.rows[0].organisation, "1780");
        assert_eq!(input.rows[0].year, "2020");
        assert_eq!(input.rows[0].value, Reading::Number(12.3));
        assert_eq!(input.rows[1].row, 2);
        assert_eq!(input.rows[1].gender, "K");
        assert_eq!(input.rows[1].value, Reading::Missing(Missing::NotReported));
    }

    #[test]
    fn v3_period_inside_a_value_comes_first() {
        let input = read(
            r#"{"values":[{"kpi":"N1","municipality":"0017","values":[
                {"gender":"T","value":1,"period":2019},{"value":2,"period":2020}]}],
                "next_url":null}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let years: Vec<&str> = input.rows.iter().map(|r| r.year.as_str()).collect();
        assert_eq!(years, ["2019", "2020"]);
        assert_eq!(input.rows[1].gender, "", "no gender is the total");
    }

    #[test]
    fn syntax_and_shape_errors_are_told_apart() {
        assert!(matches!(
            read("{\"values\": [ oops"),
            Err(ImportError::NotJson { line: 1, .. })
        ));
        match read(r#"{"values":[{"id":"N00945","title":"Invånare"}]}"#) {
            Err(ImportError::NotKolada { path, detail }) => {
                assert_eq!(path, "values[0]");
                assert!(detail.contains("kpi"), "{detail}");
            }
            other => panic!("{other:?}"),
        }
        match read(r#"{"values":[{"kpi":"N1","municipality":"1780","values":[{"gender":5}]}]}"#) {
            Err(ImportError::NotKolada { path, .. }) => {
                assert_eq!(path, "values[0].values[0].gender");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            read(r#"{"count": 0}"#),
            Err(ImportError::NotKolada { .. })
        ));
        assert!(matches!(read("[]"), Ok(Input { rows, .. }) if rows.is_empty()));
    }
}
