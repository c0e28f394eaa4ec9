//! Nudging real nodes within their free space so that edges drawn straight, from box to
//! box, cross fewer others.

use crate::diagram::layered::Params;
use crate::diagram::layered::as_f64;
use crate::diagram::layered::dummies::Layered;
use crate::diagram::layered::positioning::separation;

/// Work cap for [`straighten`]: segment comparisons (candidates × segments).
const STRAIGHTEN_BUDGET: usize = 40_000_000;

/// The segments of all edges, drawn straight from their upper to their lower
/// real end, in one band (the gap between two adjacent ranks).
#[derive(Clone, Default)]
struct Band {
    /// x at the upper and at the lower rank of the band, per segment.
    top: Vec<f64>,
    bottom: Vec<f64>,
}

/// Every edge of the layered graph as a straight line, cut into one segment
/// per band it spans, with the segments' ends cached per band.
struct Lines {
    /// Per line: upper node, lower node, upper rank, lower rank.
    ends: Vec<(usize, usize, usize, usize)>,
    /// Per line: index of its segment in its first band (then one per band:
    /// `slots[first_slot[line] + k]` in band `upper rank + k`).
    first_slot: Vec<usize>,
    slots: Vec<usize>,
    bands: Vec<Band>,
    /// Per layered node: the lines ending there.
    at_node_start: Vec<usize>,
    at_node: Vec<usize>,
}

impl Lines {
    fn new(lg: &Layered, x: &[f64]) -> Self {
        let mut lines = Self {
            ends: Vec::with_capacity(lg.chains.len()),
            first_slot: Vec::with_capacity(lg.chains.len()),
            slots: Vec::new(),
            bands: vec![Band::default(); lg.ranks.saturating_sub(1)],
            at_node_start: vec![0; lg.len() + 1],
            at_node: Vec::new(),
        };
        for chain in &lg.chains {
            let (Some(&a), Some(&b)) = (chain.first(), chain.last()) else {
                continue;
            };
            lines.ends.push((a, b, lg.rank[a], lg.rank[b]));
            lines.first_slot.push(lines.slots.len());
            for band in lg.rank[a]..lg.rank[b] {
                let segments = &mut lines.bands[band];
                lines.slots.push(segments.top.len());
                segments.top.push(0.0);
                segments.bottom.push(0.0);
            }
            lines.at_node_start[a + 1] += 1;
            lines.at_node_start[b + 1] += 1;
        }
        for v in 0..lg.len() {
            lines.at_node_start[v + 1] += lines.at_node_start[v];
        }
        let mut fill = lines.at_node_start.clone();
        lines.at_node = vec![0; lines.at_node_start[lg.len()]];
        for (id, &(a, b, _, _)) in lines.ends.iter().enumerate() {
            for v in [a, b] {
                lines.at_node[fill[v]] = id;
                fill[v] += 1;
            }
        }
        for id in 0..lines.ends.len() {
            lines.update(id, x);
        }
        lines
    }

    fn of(&self, v: usize) -> &[usize] {
        &self.at_node[self.at_node_start[v]..self.at_node_start[v + 1]]
    }

    /// Slot of line `id`'s segment in `band`, if the line spans it.
    fn slot(&self, id: usize, band: usize) -> Option<usize> {
        let (_, _, ra, rb) = self.ends[id];
        (ra..rb)
            .contains(&band)
            .then(|| self.slots[self.first_slot[id] + band - ra])
    }

    /// Refreshes the cached segments of line `id` from `x`.
    fn update(&mut self, id: usize, x: &[f64]) {
        let (a, b, ra, rb) = self.ends[id];
        for (k, band) in (ra..rb).enumerate() {
            let slot = self.slots[self.first_slot[id] + k];
            let segments = &mut self.bands[band];
            segments.top[slot] = interpolate(x[a], x[b], ra, rb, band);
            segments.bottom[slot] = interpolate(x[a], x[b], ra, rb, band + 1);
        }
    }
}

/// x at rank `r` of a line from (`top`, rank `ra`) to (`bottom`, rank `rb`);
/// exactly `bottom` at `rb`, as the scorer computes it.
fn interpolate(top: f64, bottom: f64, ra: usize, rb: usize, r: usize) -> f64 {
    if r == rb {
        bottom
    } else {
        top + (bottom - top) * (as_f64(r - ra) / as_f64(rb - ra))
    }
}

/// Segments crossing `(p0, p1)` among `tops`/`bottoms` (same band).
fn crossing(p0: f64, p1: f64, tops: &[f64], bottoms: &[f64]) -> usize {
    tops.iter()
        .zip(bottoms)
        .map(|(&q0, &q1)| usize::from((p0 - q0) * (p1 - q1) < 0.0))
        .sum()
}

/// Why: crossings are judged on edges drawn straight from box to box, but
/// positioning keeps long edges' dummies (their slots) vertical, so a long
/// edge whose ends sit off its slots cuts across its neighbours' edges. Each
/// real node with a long edge tries a few x within its free space (its
/// neighbours' x, its edges' far ends, the bounds of that space) and keeps
/// the one where its edges cross the fewest others (ties: it stays). The
/// order never changes, so boxes and slots stay apart; `STRAIGHTEN_BUDGET`
/// caps the work on huge graphs (deterministically). Returns the gain.
pub(super) fn straighten(
    lg: &Layered,
    layers: &[Vec<usize>],
    x: &mut [f64],
    params: &Params,
) -> usize {
    let mut lines = Lines::new(lg, x);
    let mut candidates: Vec<f64> = Vec::new();
    let mut counts: Vec<usize> = Vec::new();
    let mut work = 0_usize;
    let mut gain = 0;
    for layer in layers {
        for (i, &v) in layer.iter().enumerate() {
            let own = lines.of(v);
            if lg.is_dummy(v) || own.iter().all(|&l| lines.ends[l].3 - lines.ends[l].2 < 2) {
                continue;
            }
            let lo = i.checked_sub(1).map_or(f64::NEG_INFINITY, |j| {
                x[layer[j]] + separation(lg, params, layer[j], v)
            });
            let hi = layer
                .get(i + 1)
                .map_or(f64::INFINITY, |&w| x[w] - separation(lg, params, v, w));
            if lo.is_nan() || hi.is_nan() || lo > hi {
                continue;
            }
            // Candidate x: where v is (first), then the others, clamped and
            // deduplicated.
            let old = x[v];
            candidates.clear();
            candidates.extend(lg.up.of(v).iter().chain(lg.down.of(v)).map(|&u| x[u]));
            candidates.extend(own.iter().map(|&l| {
                let (a, b, _, _) = lines.ends[l];
                x[if a == v { b } else { a }]
            }));
            candidates.extend([lo, hi].into_iter().filter(|c| c.is_finite()));
            for c in &mut candidates {
                *c = c.clamp(lo, hi);
            }
            candidates.sort_by(f64::total_cmp);
            candidates.dedup();
            candidates.retain(|c| c.total_cmp(&old).is_ne());
            if candidates.is_empty() {
                continue;
            }
            candidates.insert(0, old);
            counts.clear();
            counts.resize(candidates.len(), 0);
            for &l in own {
                let (a, b, ra, rb) = lines.ends[l];
                for band in ra..rb {
                    let segments = &lines.bands[band];
                    work += segments.top.len() * candidates.len();
                    for (n, &c) in counts.iter_mut().zip(&candidates) {
                        let (top, bottom) = if a == v { (c, x[b]) } else { (x[a], c) };
                        let p0 = interpolate(top, bottom, ra, rb, band);
                        let p1 = interpolate(top, bottom, ra, rb, band + 1);
                        *n += crossing(p0, p1, &segments.top, &segments.bottom);
                        // v's own lines share v with this one: not crossings.
                        for &o in own {
                            if let Some(s) = lines.slot(o, band) {
                                *n -=
                                    crossing(p0, p1, &segments.top[s..=s], &segments.bottom[s..=s]);
                            }
                        }
                    }
                }
            }
            let best = (0..counts.len()).min_by_key(|&k| counts[k]).unwrap_or(0);
            if counts[best] < counts[0] {
                gain += counts[0] - counts[best];
                x[v] = candidates[best];
                for j in lines.at_node_start[v]..lines.at_node_start[v + 1] {
                    let l = lines.at_node[j];
                    lines.update(l, x);
                }
            }
            if work > STRAIGHTEN_BUDGET {
                return gain;
            }
        }
    }
    gain
}
