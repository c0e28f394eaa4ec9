//! Crossing counts: between two ranks (Barth–Jünger–Mutzel), of a whole ordering, and of
//! straight edges drawn from node positions.

use crate::diagram::layered::Graph;
use crate::diagram::layered::as_f64;
use crate::diagram::layered::dummies::Layered;

/// Crossings between two layers given each edge as `(upper position, lower position)`.
///
/// Why: Barth–Jünger–Mutzel accumulator tree counts in O(e log n) instead of
/// comparing all edge pairs, which matters for ranks with hundreds of nodes.
#[must_use]
pub fn count_crossings(pairs: &[(usize, usize)]) -> usize {
    let mut sorted = pairs.to_vec();
    sorted.sort_unstable();
    // Lower positions may be sparse (any usize): rank them densely first.
    let mut lows: Vec<usize> = sorted.iter().map(|&(_, s)| s).collect();
    lows.sort_unstable();
    lows.dedup();
    let south: Vec<usize> = sorted
        .iter()
        .map(|&(_, s)| lows.partition_point(|&v| v < s))
        .collect();
    accumulate_crossings(lows.len(), &south)
}

/// Crossings of straight segments between adjacent ranks, given node ranks and x.
///
/// Why: lets a benchmark score any drawing (e.g. Graphviz dot's) the same way;
/// edges spanning several ranks are split at every rank in between, with x
/// interpolated linearly. Self-loops and same-rank edges are skipped.
#[must_use]
pub fn crossings_of_positions(graph: &Graph, ranks: &[u32], x: &[f32]) -> usize {
    let n = graph.sizes.len().min(ranks.len()).min(x.len());
    let levels = dense_levels(&ranks[..n]);
    let lines = graph.edges.iter().filter_map(|&(a, b)| {
        if a >= n || b >= n || levels[a] == levels[b] {
            return None;
        }
        let (top, bottom) = if levels[a] < levels[b] {
            (a, b)
        } else {
            (b, a)
        };
        Some(Line {
            top: levels[top],
            bottom: levels[bottom],
            x_top: f64::from(x[top]),
            x_bottom: f64::from(x[bottom]),
        })
    });
    line_crossings(lines)
}

/// A straight edge from rank `top` down to rank `bottom`.
#[derive(Clone, Copy)]
pub(super) struct Line {
    pub(super) top: usize,
    pub(super) bottom: usize,
    pub(super) x_top: f64,
    pub(super) x_bottom: f64,
}

/// Why: the one scorer behind [`crossings_of_positions`] and the layout's own
/// check of its drawing: each line is cut at every rank it passes, and each
/// band between two ranks is counted by BJM. A line's last point is its lower
/// end exactly, so lines meeting at a node never count as crossed.
pub(super) fn line_crossings(lines: impl Iterator<Item = Line>) -> usize {
    // (rank of the upper end, x at the upper end, x at the lower end)
    let mut segments: Vec<(usize, f64, f64)> = Vec::new();
    for line in lines {
        let span = line.bottom.saturating_sub(line.top);
        let at = |j: usize| {
            if j == span {
                line.x_bottom
            } else {
                line.x_top + (line.x_bottom - line.x_top) * (as_f64(j) / as_f64(span))
            }
        };
        for k in 0..span {
            segments.push((line.top + k, at(k), at(k + 1)));
        }
    }
    segments.sort_by(|p, q| {
        p.0.cmp(&q.0)
            .then(p.1.total_cmp(&q.1))
            .then(p.2.total_cmp(&q.2))
    });
    let mut total = 0;
    let mut lows: Vec<f64> = Vec::new();
    let mut south: Vec<usize> = Vec::new();
    for group in segments.chunk_by(|p, q| p.0 == q.0) {
        lows.clear();
        lows.extend(group.iter().map(|s| s.2));
        lows.sort_by(f64::total_cmp);
        lows.dedup_by(|p, q| p.total_cmp(q).is_eq());
        south.clear();
        south.extend(
            group
                .iter()
                .map(|s| lows.partition_point(|v| v.total_cmp(&s.2).is_lt())),
        );
        total += accumulate_crossings(lows.len(), &south);
    }
    total
}

/// Crossings of the layered graph's edges drawn straight from their upper to
/// their lower real end (dummies ignored), given x per layered node: what
/// [`crossings_of_positions`] will see of this component.
#[cfg(test)]
pub(super) fn straight_crossings(lg: &Layered, x: &[f64]) -> usize {
    line_crossings(lg.chains.iter().filter_map(|chain| {
        let (&a, &b) = (chain.first()?, chain.last()?);
        Some(Line {
            top: lg.rank[a],
            bottom: lg.rank[b],
            x_top: x[a],
            x_bottom: x[b],
        })
    }))
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

/// Rank values as usize; squeezed to dense levels if they are absurdly sparse,
/// so garbage input cannot make [`crossings_of_positions`] loop for ages.
fn dense_levels(ranks: &[u32]) -> Vec<usize> {
    let max = ranks.iter().copied().max().unwrap_or(0) as usize;
    if max <= 2 * ranks.len() + 1 {
        return ranks.iter().map(|&r| r as usize).collect();
    }
    let mut distinct = ranks.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    ranks
        .iter()
        .map(|r| distinct.partition_point(|d| d < r))
        .collect()
}

/// BJM accumulator tree over the lower positions, in upper-then-lower order.
pub(super) fn accumulate_crossings(lower_len: usize, south: &[usize]) -> usize {
    if lower_len == 0 || south.len() < 2 {
        return 0;
    }
    let first = lower_len.next_power_of_two() - 1;
    let mut tree = vec![0_usize; 2 * first + 1];
    let mut crossings = 0;
    for &s in south {
        let mut index = s.min(lower_len - 1) + first;
        tree[index] += 1;
        while index > 0 {
            if index % 2 == 1 {
                crossings += tree[index + 1];
            }
            index = (index - 1) / 2;
            tree[index] += 1;
        }
    }
    crossings
}
