//! What the benchmarks share.

#![allow(dead_code)] // each benchmark uses some of it

use std::time::{Duration, Instant};

/// Run `f` repeatedly for at least `budget` (and at least 3 times); return the best time.
pub fn best_of(budget: Duration, mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    let mut best = Duration::MAX;
    let mut runs = 0;
    while runs < 3 || start.elapsed() < budget {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed());
        runs += 1;
    }
    best
}

/// The scale a benchmark measures at: the first number among its arguments (`cargo bench
/// --bench frames -- 100`), else 100.
pub fn scale_arg() -> u32 {
    std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100)
}
