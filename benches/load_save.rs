//! Load and save throughput of the RON format on `generate --scale 1, 10, 100`, with
//! `serde_json` on the same document in the same run as the yardstick.
//!
//! Run: `cargo bench --bench load_save` (add `-- 1 10` to choose scales).

use samverkan::io::{load_str, to_string};
use samverkan::model::Document;
use std::hint::black_box;
mod common;

use common::best_of;
use std::time::Duration;

fn mb_per_s(bytes: usize, t: Duration) -> f64 {
    bytes as f64 / 1e6 / t.as_secs_f64()
}

fn main() {
    let scales: Vec<u32> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let scales = if scales.is_empty() {
        vec![1, 10, 100]
    } else {
        scales
    };
    println!(
        "{:>6} {:>10} | {:>12} {:>12} | {:>12} {:>12}",
        "scale", "RON MB", "RON load", "RON save", "JSON load", "JSON save"
    );
    for scale in scales {
        let doc = samverkan::generate::generate(scale);
        let ron = to_string(&doc);
        let json = serde_json::to_string(&doc).expect("json");
        let budget = Duration::from_secs(if scale >= 100 { 4 } else { 2 });
        let ron_load = best_of(budget, || {
            black_box(load_str(black_box(&ron)).expect("loads"));
        });
        let ron_save = best_of(budget, || {
            black_box(to_string(black_box(&doc)));
        });
        let json_load = best_of(budget, || {
            black_box(serde_json::from_str::<Document>(black_box(&json)).expect("json loads"));
        });
        let json_save = best_of(budget, || {
            black_box(serde_json::to_string(black_box(&doc)).expect("json"));
        });
        println!(
            "{scale:>6} {:>10.2} | {:>7.1} MB/s {:>7.1} MB/s | {:>7.1} MB/s {:>7.1} MB/s",
            ron.len() as f64 / 1e6,
            mb_per_s(ron.len(), ron_load),
            mb_per_s(ron.len(), ron_save),
            mb_per_s(json.len(), json_load),
            mb_per_s(json.len(), json_save),
        );
        println!(
            "{:>6} {:>10} | {:>9.1} ms {:>9.1} ms | {:>9.1} ms {:>9.1} ms",
            "",
            "time",
            ron_load.as_secs_f64() * 1e3,
            ron_save.as_secs_f64() * 1e3,
            json_load.as_secs_f64() * 1e3,
            json_save.as_secs_f64() * 1e3,
        );
    }
}
