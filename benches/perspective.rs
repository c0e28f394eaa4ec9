//! The follow-up (Aktuellt perspektiv): building the status table and exporting the report,
//! on the sample and on a large generated document. The status table's frame time is in
//! `cargo bench --bench frames` (page `FollowUp`).
//!
//! Run: `cargo bench --bench perspective` (add a scale, e.g. `-- 100`, default 100).

mod common;

use common::best_of;
use samverkan::export::perspective::{to_markdown, to_pdf, to_xlsx};
use samverkan::i18n::Lang;
use samverkan::model::Document;
use samverkan::model::progress::StatusTable;
use std::time::Duration;

fn measure(name: &str, doc: &Document, year: i32) {
    let values: usize = doc
        .goals
        .iter()
        .flat_map(|g| &g.indicators)
        .map(|i| i.values.len())
        .sum();
    let budget = Duration::from_secs(2);
    let table = best_of(budget, || {
        std::hint::black_box(StatusTable::build(doc, year, |_| true));
    });
    let mut pdf_len = 0;
    let pdf = best_of(budget, || {
        pdf_len = to_pdf(doc, year, Lang::Sv).map_or(0, |b| b.len());
    });
    let xlsx = best_of(budget, || {
        std::hint::black_box(to_xlsx(doc, year, Lang::Sv).ok());
    });
    let md = best_of(budget, || {
        std::hint::black_box(to_markdown(doc, year, Lang::Sv));
    });
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{name:<22} {:>7} goals {values:>8} values | table {:>8.2} ms | pdf {:>8.1} ms ({:.1} MB) | xlsx {:>8.1} ms | md {:>7.1} ms",
        doc.goals.len(),
        ms(table),
        ms(pdf),
        pdf_len as f64 / 1e6,
        ms(xlsx),
        ms(md)
    );
}

fn main() {
    let scale = common::scale_arg();
    measure(
        "sample",
        &samverkan::sample::sample_document().expect("sample"),
        2025,
    );
    measure(
        &format!("generate --scale {scale}"),
        &samverkan::generate::generate(scale),
        2024,
    );
}
