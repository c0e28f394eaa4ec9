//! What the benchmarks share.

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
