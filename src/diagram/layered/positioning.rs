//! Coordinates: Brandes–Köpf horizontal placement, balanced over four alignments, and ranks' y.

use crate::diagram::layered::Params;
use crate::diagram::layered::dummies::Layered;
use crate::diagram::layered::ordering::positions;
use std::collections::HashSet;

/// Minimum centre distance between left neighbour `a` and right neighbour `b`.
pub(super) fn separation(lg: &Layered, params: &Params, a: usize, b: usize) -> f64 {
    let gap = if lg.is_dummy(a) || lg.is_dummy(b) {
        params.dummy_gap
    } else {
        params.node_gap
    };
    f64::midpoint(lg.width[a], lg.width[b]) + gap
}

/// Why: Brandes–Köpf places nodes in linear time, compactly, with children
/// near the median of their parents and long edges (dummy chains) straight.
/// Four alignments (up/down × left/right) are balanced by taking the average
/// median per node; a final push-right pass guarantees the gaps even if
/// balancing squeezed two neighbours.
pub(super) fn assign_x(lg: &Layered, layers: &[Vec<usize>], params: &Params) -> Vec<f64> {
    let n = lg.len();
    let pos = positions(layers, n);
    let marked = mark_type1_conflicts(lg, layers, &pos);
    let sep = |a: usize, b: usize| separation(lg, params, a, b);
    let mut candidates: Vec<(bool, Vec<f64>)> = Vec::with_capacity(4);
    for downward in [true, false] {
        for leftward in [true, false] {
            let mut t_layers: Vec<Vec<usize>> = layers.to_vec();
            if !downward {
                t_layers.reverse();
            }
            if !leftward {
                for l in &mut t_layers {
                    l.reverse();
                }
            }
            let t_pos = positions(&t_layers, n);
            let neighbours = |v: usize| lg.toward(v, downward);
            let is_marked = |u: usize, v: usize| {
                let pair = if downward { (u, v) } else { (v, u) };
                marked.contains(&pair)
            };
            let root = align_vertically(&t_layers, &t_pos, neighbours, is_marked);
            let xs = compact_horizontally(&t_layers, &root, sep);
            let x = if leftward {
                xs
            } else {
                xs.into_iter().map(|v| -v).collect()
            };
            candidates.push((leftward, x));
        }
    }
    let mut x = balance(lg, &candidates);
    remove_overlaps(layers, &mut x, sep);
    x
}

/// Why (BK step 1): a non-inner segment crossing an inner segment (dummy to
/// dummy) must not be aligned, so long edges stay straight. Returns marked
/// `(upper, lower)` pairs.
pub(super) fn mark_type1_conflicts(
    lg: &Layered,
    layers: &[Vec<usize>],
    pos: &[usize],
) -> HashSet<(usize, usize)> {
    let mut marked = HashSet::new();
    for r in 1..layers.len() {
        let upper_len = layers[r - 1].len();
        let lower = &layers[r];
        let mut k0 = 0;
        let mut scan = 0;
        for (l1, &v) in lower.iter().enumerate() {
            let inner = if lg.is_dummy(v) {
                lg.up.of(v).iter().copied().find(|&u| lg.is_dummy(u))
            } else {
                None
            };
            if l1 + 1 == lower.len() || inner.is_some() {
                let k1 = inner.map_or(upper_len.saturating_sub(1), |u| pos[u]);
                while scan <= l1 {
                    let w = lower[scan];
                    for &u in lg.up.of(w) {
                        let k = pos[u];
                        if (k < k0 || k > k1) && !(lg.is_dummy(u) && lg.is_dummy(w)) {
                            marked.insert((u, w));
                        }
                    }
                    scan += 1;
                }
                k0 = k1;
            }
        }
    }
    marked
}

/// BK step 2: each node joins the block of its median neighbour in the
/// previous (transformed) layer unless that would cross an earlier alignment
/// or a marked segment. Returns each node's block root.
pub(super) fn align_vertically<'a>(
    t_layers: &[Vec<usize>],
    t_pos: &[usize],
    neighbours: impl Fn(usize) -> &'a [usize],
    is_marked: impl Fn(usize, usize) -> bool,
) -> Vec<usize> {
    let n = t_pos.len();
    let mut root: Vec<usize> = (0..n).collect();
    let mut align: Vec<usize> = (0..n).collect();
    let mut sorted: Vec<usize> = Vec::new();
    for layer in t_layers.iter().skip(1) {
        let mut last: Option<usize> = None;
        for &v in layer {
            sorted.clear();
            sorted.extend_from_slice(neighbours(v));
            if sorted.is_empty() {
                continue;
            }
            sorted.sort_by_key(|&u| t_pos[u]);
            let d = sorted.len();
            let medians = [(d - 1) / 2, d / 2];
            for (i, &m) in medians.iter().enumerate() {
                if i == 1 && medians[0] == medians[1] {
                    break;
                }
                if align[v] != v {
                    break;
                }
                let u = sorted[m];
                if !is_marked(u, v) && last.is_none_or(|l| l < t_pos[u]) {
                    align[u] = v;
                    root[v] = root[u];
                    align[v] = root[v];
                    last = Some(t_pos[u]);
                }
            }
        }
    }
    root
}

/// BK step 3 (as in dagre, avoiding the original's class-shift pitfalls):
/// blocks form a DAG by left-to-right order; a longest-path pass gives each
/// block its smallest x, a reverse pass then pulls blocks right up to their
/// right neighbours to remove slack. Returns x per node.
pub(super) fn compact_horizontally(
    t_layers: &[Vec<usize>],
    root: &[usize],
    sep: impl Fn(usize, usize) -> f64,
) -> Vec<f64> {
    let n = root.len();
    // Block graph links (left block, right block, separation), grouped by
    // either end with a counting sort so no per-node lists are allocated.
    let mut links: Vec<(usize, usize, f64)> = Vec::new();
    for layer in t_layers {
        for pair in layer.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let (ra, rb) = (root[a], root[b]);
            if ra != rb {
                links.push((ra, rb, sep(a, b)));
            }
        }
    }
    let (succ_at, succ) = group_by_key(n, links.iter().map(|l| l.0));
    let (pred_at, pred) = group_by_key(n, links.iter().map(|l| l.1));
    let mut indeg: Vec<usize> = (0..n).map(|v| pred_at[v + 1] - pred_at[v]).collect();
    let blocks: Vec<usize> = (0..n).filter(|&v| root[v] == v).collect();
    let mut order = Vec::with_capacity(blocks.len());
    let mut stack: Vec<usize> = blocks
        .iter()
        .rev()
        .copied()
        .filter(|&b| indeg[b] == 0)
        .collect();
    let mut done = vec![false; n];
    while let Some(b) = stack.pop() {
        done[b] = true;
        order.push(b);
        for &l in succ[succ_at[b]..succ_at[b + 1]].iter().rev() {
            let s = links[l].1;
            indeg[s] -= 1;
            if indeg[s] == 0 {
                stack.push(s);
            }
        }
    }
    // Defensive: should the block graph ever be cyclic, keep going; the
    // overlap pass in `assign_x` restores the gaps.
    order.extend(blocks.iter().copied().filter(|&b| !done[b]));

    let mut xs = vec![0.0_f64; n];
    for &b in &order {
        xs[b] = pred[pred_at[b]..pred_at[b + 1]]
            .iter()
            .map(|&l| xs[links[l].0] + links[l].2)
            .fold(0.0, f64::max);
    }
    for &b in order.iter().rev() {
        let limit = succ[succ_at[b]..succ_at[b + 1]]
            .iter()
            .map(|&l| xs[links[l].1] - links[l].2)
            .fold(f64::INFINITY, f64::min);
        if limit.is_finite() && limit > xs[b] {
            xs[b] = limit;
        }
    }
    (0..n).map(|v| xs[root[v]]).collect()
}

/// Counting sort of item indices by key (`0..n`): returns offsets (n + 1) and
/// the item indices, stable within a key.
pub(super) fn group_by_key(
    n: usize,
    keys: impl Iterator<Item = usize> + Clone,
) -> (Vec<usize>, Vec<usize>) {
    let mut at = vec![0_usize; n + 1];
    for k in keys.clone() {
        at[k + 1] += 1;
    }
    for i in 0..n {
        at[i + 1] += at[i];
    }
    let mut fill = at.clone();
    let mut items = vec![0; at[n]];
    for (i, k) in keys.enumerate() {
        items[fill[k]] = i;
        fill[k] += 1;
    }
    (at, items)
}

/// BK step 4: align the four candidates to the narrowest one (left ones by
/// their left edge, right ones by their right edge) and take the average of
/// the two middle values per node.
pub(super) fn balance(lg: &Layered, candidates: &[(bool, Vec<f64>)]) -> Vec<f64> {
    let extent = |x: &[f64]| {
        let lo = (0..x.len())
            .map(|v| x[v] - lg.width[v] / 2.0)
            .fold(f64::INFINITY, f64::min);
        let hi = (0..x.len())
            .map(|v| x[v] + lg.width[v] / 2.0)
            .fold(f64::NEG_INFINITY, f64::max);
        (lo, hi)
    };
    let extents: Vec<(f64, f64)> = candidates.iter().map(|(_, x)| extent(x)).collect();
    let Some(narrowest) = (0..extents.len()).min_by(|&i, &j| {
        let wi = extents[i].1 - extents[i].0;
        let wj = extents[j].1 - extents[j].0;
        wi.total_cmp(&wj)
    }) else {
        return Vec::new();
    };
    let (target_lo, target_hi) = extents[narrowest];
    let shifts: Vec<f64> = candidates
        .iter()
        .zip(&extents)
        .map(|((leftward, _), &(lo, hi))| {
            if *leftward {
                target_lo - lo
            } else {
                target_hi - hi
            }
        })
        .map(|s| if s.is_finite() { s } else { 0.0 })
        .collect();
    let n = lg.len();
    let mut x = vec![0.0; n];
    let mut vals = [0.0_f64; 4];
    for (v, xv) in x.iter_mut().enumerate() {
        if candidates.len() == 4 {
            for (k, (_, c)) in candidates.iter().enumerate() {
                vals[k] = c[v] + shifts[k];
            }
            vals.sort_by(f64::total_cmp);
            *xv = f64::midpoint(vals[1], vals[2]);
        } else if let Some((_, c)) = candidates.first() {
            *xv = c[v] + shifts[0];
        }
    }
    x
}

/// Why: balancing may bring two neighbours closer than allowed; pushing each
/// node right of its left neighbour restores the gaps (no overlaps, ever).
pub(super) fn remove_overlaps(
    layers: &[Vec<usize>],
    x: &mut [f64],
    sep: impl Fn(usize, usize) -> f64,
) {
    for layer in layers {
        for pair in layer.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let need = x[a] + sep(a, b);
            if x[b] < need {
                x[b] = need;
            }
        }
    }
}

/// Why: each rank is a horizontal band as tall as its tallest box; bands are
/// `rank_gap` apart, so routes between bands never meet a box. Returns the
/// top and height of each band.
pub(super) fn assign_y(lg: &Layered, layers: &[Vec<usize>], rank_gap: f64) -> (Vec<f64>, Vec<f64>) {
    let heights: Vec<f64> = layers
        .iter()
        .map(|l| l.iter().map(|&v| lg.height[v]).fold(0.0, f64::max))
        .collect();
    let mut tops = Vec::with_capacity(heights.len());
    let mut y = 0.0;
    for h in &heights {
        tops.push(y);
        y += h + rank_gap;
    }
    (tops, heights)
}
