//! Crossing reduction: barycenter/median sweeps with transposition from several start
//! orders (as Graphviz dot does), then sifting.

use crate::diagram::layered::as_f64;
use crate::diagram::layered::crossings::total_crossings;
use crate::diagram::layered::dummies::Layered;
use crate::diagram::layered::swaps::{Moves, improve};
use std::collections::VecDeque;

/// Why: a depth-first order keeps siblings and their subtrees together, so
/// trees start crossing-free and the sweeps start from a good place. From the
/// top it follows children in input edge order; `from_top == false` walks up
/// from the sinks instead.
pub(super) fn initial_order(lg: &Layered, from_top: bool) -> Vec<Vec<usize>> {
    let mut layers = vec![Vec::new(); lg.ranks];
    let mut seen = vec![false; lg.len()];
    let mut stack = Vec::new();
    let starts = (lg.id_of_real.iter().copied()).filter(|&v| lg.toward(v, from_top).is_empty());
    for start in starts.chain(0..lg.len()) {
        if seen[start] {
            continue;
        }
        stack.push(start);
        while let Some(v) = stack.pop() {
            if seen[v] {
                continue;
            }
            seen[v] = true;
            layers[lg.rank[v]].push(v);
            stack.extend(lg.toward(v, !from_top).iter().rev().filter(|&&c| !seen[c]));
        }
    }
    layers
}

/// dot's start order (`build_ranks`): from each source (sink when
/// `from_top == false`) in input order, nodes join their ranks in the order
/// a breadth-first walk over all edges reaches them, so neighbours start
/// close together.
pub(super) fn breadth_first_order(lg: &Layered, from_top: bool) -> Vec<Vec<usize>> {
    let mut layers = vec![Vec::new(); lg.ranks];
    let mut seen = vec![false; lg.len()];
    let mut queue = VecDeque::new();
    let starts = (lg.id_of_real.iter().copied()).filter(|&v| lg.toward(v, from_top).is_empty());
    for start in starts.chain(0..lg.len()) {
        if seen[start] {
            continue;
        }
        seen[start] = true;
        queue.push_back(start);
        while let Some(v) = queue.pop_front() {
            layers[lg.rank[v]].push(v);
            for &w in lg.toward(v, !from_top).iter().chain(lg.toward(v, from_top)) {
                if !seen[w] {
                    seen[w] = true;
                    queue.push_back(w);
                }
            }
        }
    }
    layers
}

pub(super) fn positions(layers: &[Vec<usize>], n: usize) -> Vec<usize> {
    let mut pos = vec![0; n];
    for layer in layers {
        for (i, &v) in layer.iter().enumerate() {
            pos[v] = i;
        }
    }
    pos
}

/// Work cap (sweeps × (nodes + edges) of the layered graph) for the long
/// run, so huge graphs with many long edges stop after fewer sweeps (never
/// fewer than `MIN_SWEEPS`, never more than asked).
pub(super) const SWEEP_BUDGET: usize = 2_000_000;
pub(super) const MIN_SWEEPS: usize = 8;
/// Sweeps from each start order before the best one is kept.
const PROBE_SWEEPS: usize = 4;
/// Sweeps without a real (≥ 0.5 %) gain before a run stops (dot's `MinQuit`).
const PATIENCE: usize = 8;
/// How far sifting moves a node: this many slots either side.
const SIFT_WINDOW: usize = 16;
/// Work cap for sifting: nodes × window × passes.
const SIFT_BUDGET: usize = 4_000_000;

/// How a sweep ranks the nodes of one rank.
#[derive(Clone, Copy)]
struct Sweeps {
    /// dot's weighted median of the neighbours' slots, else their barycenter.
    median: bool,
    /// Nodes with no neighbour on the fixed side keep their slot (dot), else
    /// they are sorted in by their own slot as key, which lets the others
    /// pass them: more movement for the short runs that explore.
    loose_stay: bool,
    /// The first sweep goes down (from the top rank), else up.
    first_down: bool,
}

/// Why: dot's scheme (Gansner et al. 1993) with more starts and a sifting
/// finish. Short runs from four start orders (breadth- and depth-first, from
/// the top and from the bottom; barycenter and median keys; first sweep down
/// or up) explore; the best ordering found gets the long run of sweeps with
/// transposition; windowed sifting then moves single nodes further than
/// adjacent swaps can. Every stage keeps only what lowers the count, so the
/// result never has more crossings than any start order. Returns the
/// ordering and its crossings.
pub(super) fn reduce_crossings(lg: &Layered, sweeps: usize) -> (Vec<Vec<usize>>, usize) {
    let size = (lg.len() + lg.down.targets.len()).max(1);
    let sweeps = sweeps.min((SWEEP_BUDGET / size).max(MIN_SWEEPS));
    let explore = |median, first_down| Sweeps {
        median,
        loose_stay: false,
        first_down,
    };
    let mut best: Option<(Vec<Vec<usize>>, usize)> = None;
    for start in 0..4 {
        let (layers, how) = match start {
            0 => (breadth_first_order(lg, true), explore(false, true)),
            1 => (breadth_first_order(lg, false), explore(false, false)),
            2 => (initial_order(lg, true), explore(true, false)),
            _ => (initial_order(lg, false), explore(true, true)),
        };
        let (layers, count) = crossing_run(lg, layers, PROBE_SWEEPS.min(sweeps), how);
        if best.as_ref().is_none_or(|b| count < b.1) {
            best = Some((layers, count));
        }
        if count == 0 {
            break;
        }
    }
    let (mut layers, mut count) = best.unwrap_or_default();
    if count > 0 {
        let how = Sweeps {
            median: false,
            loose_stay: true,
            first_down: true,
        };
        (layers, count) = crossing_run(lg, layers, sweeps, how);
    }
    if count > 0 {
        let mut pos = positions(&layers, lg.len());
        let passes = (SIFT_BUDGET / (lg.len() * (2 * SIFT_WINDOW + 1)).max(1)).max(2);
        count -= improve(
            lg,
            &mut layers,
            &mut pos,
            Moves::Sift(SIFT_WINDOW),
            passes,
            count / 200,
        );
    }
    (layers, count)
}

/// One crossing-reduction run from `layers`; returns the best ordering seen
/// (ties: the later one, to drift along plateaus as dot does). Sweeps
/// alternate down and up; as in dot, even sweeps reverse ties in the sort
/// and odd ones let transposition make equal swaps. It stops at zero
/// crossings or after `PATIENCE` sweeps without a real (≥ 0.5 %) gain.
fn crossing_run(
    lg: &Layered,
    mut layers: Vec<Vec<usize>>,
    sweeps: usize,
    how: Sweeps,
) -> (Vec<Vec<usize>>, usize) {
    let mut pos = positions(&layers, lg.len());
    improve(lg, &mut layers, &mut pos, Moves::Transpose(false), 1, 0);
    let mut best_count = total_crossings(lg, &layers, &pos);
    let mut best = layers.clone();
    let mut stale = 0;
    for i in 0..sweeps {
        if best_count == 0 || stale >= PATIENCE {
            break;
        }
        stale += 1;
        let even = i % 2 == 0;
        order_by_neighbours(lg, &mut layers, &mut pos, even == how.first_down, how, even);
        improve(lg, &mut layers, &mut pos, Moves::Transpose(!even), 1, 0);
        let count = total_crossings(lg, &layers, &pos);
        if count <= best_count {
            // Gains under 0.5 % still count as stale (dot's convergence rule).
            if count * 200 < best_count * 199 {
                stale = 0;
            }
            best_count = count;
            best.clone_from(&layers);
        }
    }
    (best, best_count)
}

/// Why: sorting each rank by where its neighbours sit in the rank just fixed
/// (their barycenter, or dot's weighted median) pulls connected nodes
/// together. Ties keep the current order, or the reverse one when
/// `flip_ties`; nodes without such neighbours are handled as `how` says.
fn order_by_neighbours(
    lg: &Layered,
    layers: &mut [Vec<usize>],
    pos: &mut [usize],
    downward: bool,
    how: Sweeps,
    flip_ties: bool,
) {
    let h = layers.len();
    let ranks: Vec<usize> = if downward {
        (1..h).collect()
    } else {
        (0..h.saturating_sub(1)).rev().collect()
    };
    let mut keyed: Vec<(f64, usize, usize)> = Vec::new();
    let mut scratch: Vec<f64> = Vec::new();
    for r in ranks {
        keyed.clear();
        for &v in &layers[r] {
            let fixed = lg.toward(v, downward);
            let key = if fixed.is_empty() {
                if how.loose_stay {
                    continue;
                }
                as_f64(pos[v])
            } else if how.median {
                scratch.clear();
                scratch.extend(fixed.iter().map(|&u| as_f64(pos[u])));
                weighted_median(&mut scratch)
            } else {
                fixed.iter().map(|&u| as_f64(pos[u])).sum::<f64>() / as_f64(fixed.len())
            };
            keyed.push((key, pos[v], v));
        }
        if flip_ties {
            keyed.sort_unstable_by(|p, q| p.0.total_cmp(&q.0).then(q.1.cmp(&p.1)));
        } else {
            keyed.sort_unstable_by(|p, q| p.0.total_cmp(&q.0).then(p.1.cmp(&q.1)));
        }
        // Keyed nodes fill the slots not kept by the others, in key order.
        let layer = &mut layers[r];
        let mut next = keyed.iter().map(|k| k.2);
        for (i, slot) in layer.iter_mut().enumerate() {
            if how.loose_stay && lg.toward(*slot, downward).is_empty() {
                continue;
            }
            if let Some(v) = next.next() {
                *slot = v;
                pos[v] = i;
            }
        }
    }
}

fn weighted_median(p: &mut [f64]) -> f64 {
    p.sort_unstable_by(f64::total_cmp);
    let n = p.len();
    let m = n / 2;
    if n == 0 {
        0.0
    } else if n % 2 == 1 {
        p[m]
    } else if n == 2 {
        f64::midpoint(p[0], p[1])
    } else {
        let left = p[m - 1] - p[0];
        let right = p[n - 1] - p[m];
        if left + right > 0.0 {
            (p[m - 1] * right + p[m] * left) / (left + right)
        } else {
            f64::midpoint(p[m - 1], p[m])
        }
    }
}
