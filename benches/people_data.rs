//! People's data at scale: the register extract of one person (typed references plus every
//! string of the document searched for their name) and erasing them, on the sample and on a
//! large generated document. The extract is built once per document version on the person's
//! page, so its time is what selecting a person (or an edit while their page is open) costs.
//!
//! Run: `cargo bench --bench people_data` (add a scale, e.g. `-- 100`, default 100).

mod common;

use samverkan::edit::{Edit, Erasure, apply};
use samverkan::i18n::Lang;
use samverkan::model::Document;
use samverkan::model::person_extract::extract;
use std::time::{Duration, Instant};

fn median(mut f: impl FnMut() -> Duration, runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs).map(|_| f()).collect();
    times.sort();
    times[times.len() / 2]
}

/// The person with most seats: the longest extract.
fn busiest(doc: &Document) -> samverkan::model::PersonId {
    doc.people
        .iter()
        .max_by_key(|p| {
            doc.bodies
                .iter()
                .flat_map(|b| &b.memberships)
                .filter(|m| m.person.as_ref() == Some(&p.id))
                .count()
        })
        .map(|p| p.id.clone())
        .expect("a document with people")
}

fn measure(name: &str, doc: &Document, runs: usize) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).expect("date");
    let person = busiest(doc);
    let mut places = 0;
    let extract_time = median(
        || {
            let t = Instant::now();
            let found = extract(doc, &person, today, Lang::Sv).expect("person");
            places = found.occurrences.len();
            t.elapsed()
        },
        runs,
    );
    let erase_time = median(
        || {
            let mut copy = doc.clone();
            let t = Instant::now();
            apply(
                &mut copy,
                Edit::ErasePerson(Erasure {
                    person: person.clone(),
                    today,
                    first_name_too: false,
                    placeholder: "[borttagen person]".to_owned(),
                }),
            )
            .expect("erase");
            t.elapsed()
        },
        runs,
    );
    println!(
        "{name:<28} | {:>6} people | {places:>5} places | extract {:>9.2} ms | erase {:>9.2} ms",
        doc.people.len(),
        extract_time.as_secs_f64() * 1e3,
        erase_time.as_secs_f64() * 1e3
    );
}

fn main() {
    let scale = common::scale_arg();
    let sample = samverkan::sample::sample_document().expect("sample");
    measure("sample", &sample, 21);
    let big = samverkan::generate::generate(scale);
    measure(&format!("generate --scale {scale}"), &big, 5);
}
