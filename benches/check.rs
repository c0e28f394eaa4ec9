//! Validation time (`samverkan check`, the app's problem list) on the sample, on
//! `generate --scale 100`, and on the worst case for the double-booking check: thousands of
//! meetings of one body on one morning.
//!
//! Run: `cargo bench --bench check`.

use samverkan::model::validate::validate;
use std::hint::black_box;
mod common;

use common::best_of;
use std::time::Duration;

fn main() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
    let cases = [
        (
            "sample",
            samverkan::sample::sample_document().expect("sample"),
        ),
        ("generate --scale 100", samverkan::generate::generate(100)),
        (
            "3,000 meetings on one day",
            samverkan::generate::one_busy_day(3000),
        ),
        (
            "6,000 meetings on one day",
            samverkan::generate::one_busy_day(6000),
        ),
    ];
    println!(
        "{:<28} {:>10} {:>10} {:>12}",
        "document", "meetings", "problems", "validate"
    );
    for (name, doc) in cases {
        let problems = validate(&doc, today).len();
        let t = best_of(Duration::from_secs(2), || {
            black_box(validate(black_box(&doc), today));
        });
        println!(
            "{name:<28} {:>10} {problems:>10} {:>9.1} ms",
            doc.meetings.len(),
            t.as_secs_f64() * 1e3
        );
    }
}
