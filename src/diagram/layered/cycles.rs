//! Cycle breaking: which edges to reverse so the graph has no cycle (Eades–Lin–Smyth).

use std::collections::BTreeSet;

/// Why: layering needs an acyclic graph. Eades–Lin–Smyth greedily peels sinks,
/// then sources, then the node with the largest out−in surplus; the resulting
/// order leaves few edges pointing backwards, and those get reversed.
/// Deterministic: ties go to the smallest index. Returns the per-edge
/// reversal flags and a topological order of the resulting DAG.
pub(super) fn break_cycles(n: usize, edges: &[(usize, usize)]) -> (Vec<bool>, Vec<usize>) {
    let mut outs = vec![Vec::new(); n];
    let mut ins = vec![Vec::new(); n];
    for &(a, b) in edges {
        outs[a].push(b);
        ins[b].push(a);
    }
    let mut out_deg: Vec<i64> = outs.iter().map(|l| count_i64(l.len())).collect();
    let mut in_deg: Vec<i64> = ins.iter().map(|l| count_i64(l.len())).collect();
    // Priority key: sinks first, then sources, then largest out − in.
    let key = |v: usize, out_deg: &[i64], in_deg: &[i64]| -> (u8, i64, usize) {
        if out_deg[v] == 0 {
            (0, 0, v)
        } else if in_deg[v] == 0 {
            (1, 0, v)
        } else {
            (2, in_deg[v] - out_deg[v], v)
        }
    };
    let mut queue: BTreeSet<(u8, i64, usize)> = (0..n).map(|v| key(v, &out_deg, &in_deg)).collect();
    let mut removed = vec![false; n];
    let mut head = Vec::with_capacity(n);
    let mut tail = Vec::new();
    while let Some((class, _, v)) = queue.pop_first() {
        removed[v] = true;
        if class == 0 {
            tail.push(v);
        } else {
            head.push(v);
        }
        for &w in &outs[v] {
            if !removed[w] {
                queue.remove(&key(w, &out_deg, &in_deg));
                in_deg[w] -= 1;
                queue.insert(key(w, &out_deg, &in_deg));
            }
        }
        for &w in &ins[v] {
            if !removed[w] {
                queue.remove(&key(w, &out_deg, &in_deg));
                out_deg[w] -= 1;
                queue.insert(key(w, &out_deg, &in_deg));
            }
        }
    }
    head.extend(tail.into_iter().rev());
    let mut place = vec![0; n];
    for (i, &v) in head.iter().enumerate() {
        place[v] = i;
    }
    let reversed = edges.iter().map(|&(a, b)| place[a] > place[b]).collect();
    (reversed, head)
}

pub(super) fn count_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
