//! The random graph that measures crossing reduction: harder than an org chart, as in matrix
//! organisations where groups report to several bodies. The bench compares it with Graphviz
//! dot, and a test holds the crossing count the bench reports, so both build it here.

use super::Graph;

/// A random tree over `n` boxes of 210 × 70 plus 0.3·n random downward edges, from a fixed
/// seed per `n`: the same `n` always gives the same graph.
#[must_use]
pub fn random_graph(n: usize) -> Graph {
    let mut state: u64 = 0x5eed_1234_u64 ^ n as u64;
    let mut next = move |m: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(state >> 33).unwrap_or(0) % m.max(1)
    };
    let mut edges: Vec<(usize, usize)> = (1..n).map(|v| (next(v), v)).collect();
    for _ in 0..(n * 3 / 10) {
        let (a, b) = (next(n), next(n));
        if a < b {
            edges.push((a, b));
        }
    }
    edges.sort_unstable();
    edges.dedup();
    Graph {
        sizes: vec![[210.0, 70.0]; n],
        edges,
    }
}
