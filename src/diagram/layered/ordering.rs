//! Crossing reduction: barycenter/median sweeps with transposes, and crossing counts (Barth–Jünger–Mutzel).

use crate::diagram::layered::accumulate_crossings;
use crate::diagram::layered::as_f64;
use crate::diagram::layered::dummies::Layered;

/// Why: a depth-first order keeps siblings and their subtrees together, so
/// trees start crossing-free and the sweeps start from a good place. From the
/// top it follows children in input edge order; `from_top == false` walks up
/// from the sinks instead, a second, different start for restarts.
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

pub(super) fn positions(layers: &[Vec<usize>], n: usize) -> Vec<usize> {
    let mut pos = vec![0; n];
    for layer in layers {
        for (i, &v) in layer.iter().enumerate() {
            pos[v] = i;
        }
    }
    pos
}

/// Work (sweeps × (nodes + edges) of the layered graph) that decides how
/// many restarts a graph gets: small graphs several, large ones one.
pub(super) const RESTART_BUDGET: usize = 1_500_000;
/// Work cap for a single run, so huge graphs with many long edges stop after
/// fewer sweeps (never fewer than `MIN_SWEEPS`, never more than asked).
pub(super) const SWEEP_BUDGET: usize = 2_000_000;
pub(super) const MIN_SWEEPS: usize = 8;

/// Why: barycenter/median sweeps (alternating down and up) plus a local
/// transpose pass are the standard cheap way to remove most crossings; each
/// sweep is near-linear. Small graphs can afford restarts from a second
/// initial order and with the other key (median vs barycenter); the best
/// ordering seen wins (ties: the earlier run).
pub(super) fn reduce_crossings(lg: &Layered, sweeps: usize) -> (Vec<Vec<usize>>, usize) {
    let size = (lg.len() + lg.down.targets.len()).max(1);
    let sweeps = sweeps.min((SWEEP_BUDGET / size).max(MIN_SWEEPS));
    let runs = (RESTART_BUDGET / size.saturating_mul(sweeps.max(1))).clamp(1, 4);
    let mut best: Option<(Vec<Vec<usize>>, usize)> = None;
    for run in 0..runs {
        let layers = initial_order(lg, run < 2);
        let median = run % 2 == 1;
        let (layers, count) = crossing_run(lg, layers, sweeps, median);
        if best.as_ref().is_none_or(|b| count < b.1) {
            best = Some((layers, count));
        }
        if count == 0 {
            break;
        }
    }
    best.unwrap_or_default()
}

/// One crossing-reduction run from `layers`; returns the best ordering seen.
/// Every other pair of sweeps flips tie-breaking (as dot does) so plateaus get
/// explored; it stops early at zero crossings or after a few sweeps without
/// a real (≥ 0.5 %) improvement.
pub(super) fn crossing_run(
    lg: &Layered,
    mut layers: Vec<Vec<usize>>,
    sweeps: usize,
    median: bool,
) -> (Vec<Vec<usize>>, usize) {
    const PATIENCE: usize = 8;
    let mut pos = positions(&layers, lg.len());
    transpose(lg, &mut layers, &mut pos, false);
    let mut best_count = total_crossings(lg, &layers, &pos);
    let mut best = layers.clone();
    let mut stale = 0;
    for i in 0..sweeps {
        if best_count == 0 || stale >= PATIENCE {
            break;
        }
        let flip_ties = i % 4 >= 2;
        order_by_neighbours(lg, &mut layers, &mut pos, i % 2 == 0, median, flip_ties);
        transpose(lg, &mut layers, &mut pos, flip_ties);
        let count = total_crossings(lg, &layers, &pos);
        if count < best_count {
            // Gains under 0.5 % still count as stale (dot's convergence rule).
            if count * 200 < best_count * 199 {
                stale = 0;
            } else {
                stale += 1;
            }
            best_count = count;
            best.clone_from(&layers);
        } else {
            stale += 1;
        }
    }
    (best, best_count)
}

/// Why: sorting each rank by where its neighbours sit in the rank just fixed
/// (their barycenter, or dot's weighted median) pulls connected nodes
/// together. Nodes without such neighbours keep their own position as key;
/// ties keep the current order, or the reverse one when `flip_ties`.
pub(super) fn order_by_neighbours(
    lg: &Layered,
    layers: &mut [Vec<usize>],
    pos: &mut [usize],
    downward: bool,
    median: bool,
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
                as_f64(pos[v])
            } else if median {
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
        for (i, &(_, _, v)) in keyed.iter().enumerate() {
            layers[r][i] = v;
            pos[v] = i;
        }
    }
}

/// dot's weighted median: for an even count it leans toward the side where
/// the neighbours are packed more tightly.
pub(super) fn weighted_median(p: &mut [f64]) -> f64 {
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

/// Why: sorting leaves local inversions; swapping two neighbours when that
/// lowers the crossings of their own edges fixes them. The check looks only
/// at the two nodes' edges (no global recount). Each rank is worked on a
/// compact copy of its neighbours' positions (they stay put meanwhile), so a
/// pass is linear in the edges and cache-friendly; later passes revisit only
/// ranks next to a change, and passes are bounded. With `allow_equal`, swaps
/// that keep the count are made too (only where crossings remain), to move
/// off plateaus.
pub(super) fn transpose(
    lg: &Layered,
    layers: &mut [Vec<usize>],
    pos: &mut [usize],
    allow_equal: bool,
) {
    const MAX_PASSES: usize = 2;
    let h = layers.len();
    let mut dirty = vec![true; h];
    let mut next = vec![false; h];
    let mut rank = RankCopy::default();
    for _ in 0..MAX_PASSES {
        let mut gained = false;
        for (r, layer) in layers.iter_mut().enumerate() {
            if !dirty[r] || layer.len() < 2 {
                continue;
            }
            rank.load(lg, layer, pos);
            let (swapped, rank_gained) = rank.transpose(allow_equal);
            if swapped {
                rank.store(layer, pos);
                for d in next.iter_mut().take(r + 2).skip(r.saturating_sub(1)) {
                    *d = true;
                }
            }
            gained |= rank_gained;
        }
        if !gained {
            break;
        }
        std::mem::swap(&mut dirty, &mut next);
        next.fill(false);
    }
}

/// One rank's nodes with the sorted positions of their neighbours above and
/// below, indexed by the node's place at load time; `slot` is the current order.
#[derive(Default)]
pub(super) struct RankCopy {
    pub(super) nodes: Vec<usize>,
    pub(super) slot: Vec<usize>,
    pub(super) up_at: Vec<usize>,
    pub(super) up: Vec<usize>,
    pub(super) down_at: Vec<usize>,
    pub(super) down: Vec<usize>,
}

impl RankCopy {
    pub(super) fn load(&mut self, lg: &Layered, layer: &[usize], pos: &[usize]) {
        self.nodes.clear();
        self.nodes.extend_from_slice(layer);
        self.slot.clear();
        self.slot.extend(0..layer.len());
        for (at, list, upward) in [
            (&mut self.up_at, &mut self.up, true),
            (&mut self.down_at, &mut self.down, false),
        ] {
            at.clear();
            list.clear();
            at.push(0);
            for &v in layer {
                let start = list.len();
                list.extend(lg.toward(v, upward).iter().map(|&u| pos[u]));
                list[start..].sort_unstable();
                at.push(list.len());
            }
        }
    }

    pub(super) fn store(&self, layer: &mut [usize], pos: &mut [usize]) {
        for (i, &local) in self.slot.iter().enumerate() {
            let v = self.nodes[local];
            layer[i] = v;
            pos[v] = i;
        }
    }

    /// Adjacent-swap passes until no strict gain (bounded); returns
    /// (anything swapped, any strict gain).
    pub(super) fn transpose(&mut self, allow_equal: bool) -> (bool, bool) {
        const LOCAL_PASSES: usize = 4;
        let (mut swapped, mut gained) = (false, false);
        for _ in 0..LOCAL_PASSES {
            let mut pass_gained = false;
            for i in 1..self.slot.len() {
                let (a, b) = (self.slot[i - 1], self.slot[i]);
                let (k1, s1) = pair_crossings(
                    &self.up[self.up_at[a]..self.up_at[a + 1]],
                    &self.up[self.up_at[b]..self.up_at[b + 1]],
                );
                let (k2, s2) = pair_crossings(
                    &self.down[self.down_at[a]..self.down_at[a + 1]],
                    &self.down[self.down_at[b]..self.down_at[b + 1]],
                );
                let (keep, swap) = (k1 + k2, s1 + s2);
                if swap < keep || (allow_equal && swap == keep && keep > 0) {
                    self.slot.swap(i - 1, i);
                    swapped = true;
                    pass_gained |= swap < keep;
                }
            }
            gained |= pass_gained;
            if !pass_gained {
                break;
            }
        }
        (swapped, gained)
    }
}

/// Crossings among the edges of a left node and a right node into one
/// neighbour rank, from the sorted neighbour positions `left` and `right`:
/// returns (as is, if swapped).
pub(super) fn pair_crossings(left: &[usize], right: &[usize]) -> (usize, usize) {
    match (left, right) {
        ([], _) | (_, []) => (0, 0),
        ([a], [b]) => (usize::from(a > b), usize::from(a < b)),
        _ => {
            // Merge: for each a, count the b below it and the b above it.
            let (mut keep, mut swap) = (0, 0);
            let (mut below, mut not_above) = (0, 0);
            for &a in left {
                while below < right.len() && right[below] < a {
                    below += 1;
                }
                while not_above < right.len() && right[not_above] <= a {
                    not_above += 1;
                }
                keep += below;
                swap += right.len() - not_above;
            }
            (keep, swap)
        }
    }
}

/// Why: the score that decides which ordering to keep; BJM per rank pair.
pub(super) fn total_crossings(lg: &Layered, layers: &[Vec<usize>], pos: &[usize]) -> usize {
    let mut south = Vec::new();
    let mut total = 0;
    for r in 1..layers.len() {
        south.clear();
        for &u in &layers[r - 1] {
            let start = south.len();
            south.extend(lg.down.of(u).iter().map(|&v| pos[v]));
            south[start..].sort_unstable();
        }
        total += accumulate_crossings(layers[r].len(), &south);
    }
    total
}
