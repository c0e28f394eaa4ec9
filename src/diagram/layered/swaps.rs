//! Local crossing reduction inside one rank, its neighbour ranks fixed: transposition of
//! adjacent nodes, and sifting of single nodes to a better slot nearby.

use crate::diagram::layered::dummies::Layered;

/// Which local move [`improve`] makes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Moves {
    /// Swap adjacent nodes when that lowers the crossings; with `true`, also
    /// when it keeps them (where crossings remain), to move off plateaus.
    Transpose(bool),
    /// Move each node, one at a time, to the slot within this many places
    /// either side where its edges cross least.
    Sift(usize),
}

/// Why: sorting by neighbours leaves local inversions; swapping two
/// neighbours, or moving one node a few places, when that lowers the
/// crossings of the moved nodes' own edges fixes them. The check looks only
/// at those edges (no global recount), so each move lowers the total by
/// exactly its gain. Ranks are worked top to bottom; later passes revisit
/// only ranks next to a change, until a pass gains less than `min_gain` (or
/// nothing) or `max_passes` is reached. Returns the total gain.
pub(super) fn improve(
    lg: &Layered,
    layers: &mut [Vec<usize>],
    pos: &mut [usize],
    moves: Moves,
    max_passes: usize,
    min_gain: usize,
) -> usize {
    let h = layers.len();
    let mut dirty = vec![true; h];
    let mut next = vec![false; h];
    let mut rank = RankCopy::default();
    let mut check = Vec::new();
    let mut total = 0;
    for _ in 0..max_passes {
        let mut gained = 0;
        for r in 0..h {
            if !dirty[r] || layers[r].len() < 2 {
                continue;
            }
            let (moved, gain) = match moves {
                Moves::Transpose(allow_equal) => {
                    transpose(lg, &mut layers[r], pos, allow_equal, &mut check)
                }
                Moves::Sift(window) => {
                    rank.load(lg, &layers[r], pos);
                    let gain = rank.sift(window);
                    if gain > 0 {
                        rank.store(&mut layers[r], pos);
                    }
                    (gain > 0, gain)
                }
            };
            if moved {
                for d in next.iter_mut().take(r + 2).skip(r.saturating_sub(1)) {
                    *d = true;
                }
            }
            gained += gain;
        }
        total += gained;
        if gained == 0 || gained < min_gain {
            break;
        }
        std::mem::swap(&mut dirty, &mut next);
        next.fill(false);
    }
    total
}

/// Adjacent-swap passes over one rank, straight on the layered graph; after
/// the first pass only pairs next to a swap are looked at again. Returns
/// (anything swapped, gain).
fn transpose(
    lg: &Layered,
    layer: &mut [usize],
    pos: &mut [usize],
    allow_equal: bool,
    check: &mut Vec<bool>,
) -> (bool, usize) {
    const LOCAL_PASSES: usize = 8;
    let len = layer.len();
    let (mut swapped, mut gain) = (false, 0);
    // check[i]: the pair in slots (i − 1, i) may have changed.
    check.clear();
    check.resize(len + 1, true);
    for _ in 0..LOCAL_PASSES {
        let mut any = false;
        for i in 1..len {
            if !check[i] {
                continue;
            }
            check[i] = false;
            let (a, b) = (layer[i - 1], layer[i]);
            let (k1, s1) = crossed(lg.up.of(a), lg.up.of(b), pos);
            let (k2, s2) = crossed(lg.down.of(a), lg.down.of(b), pos);
            let (keep, swap) = (k1 + k2, s1 + s2);
            if swap < keep || (allow_equal && swap == keep && keep > 0) {
                layer.swap(i - 1, i);
                pos[a] = i;
                pos[b] = i - 1;
                gain += keep - swap;
                swapped = true;
                any = true;
                check[i - 1] = true;
                check[i + 1] = true;
            }
        }
        if !any {
            break;
        }
    }
    (swapped, gain)
}

/// Crossings among the edges from a left node to `left` and from its right
/// neighbour to `right` (nodes of one rank, any order): (as is, if swapped).
#[inline]
fn crossed(left: &[usize], right: &[usize], pos: &[usize]) -> (usize, usize) {
    match (left, right) {
        ([], _) | (_, []) => (0, 0),
        ([a], [b]) => {
            let (p, q) = (pos[*a], pos[*b]);
            (usize::from(p > q), usize::from(p < q))
        }
        _ => {
            let (mut keep, mut swap) = (0, 0);
            for &a in left {
                let p = pos[a];
                for &b in right {
                    let q = pos[b];
                    keep += usize::from(p > q);
                    swap += usize::from(p < q);
                }
            }
            (keep, swap)
        }
    }
}

/// One rank's nodes with the sorted slots of their neighbours above and
/// below, indexed by the node's place at load time; `slot` is the current
/// order. The neighbour ranks stay put while the rank is worked on.
#[derive(Default)]
struct RankCopy {
    nodes: Vec<usize>,
    slot: Vec<usize>,
    up_at: Vec<usize>,
    up: Vec<usize>,
    down_at: Vec<usize>,
    down: Vec<usize>,
    /// Per local node: its only neighbour's slot above / below, else
    /// [`NONE`] or [`MANY`] (a shortcut for the common case).
    up1: Vec<usize>,
    down1: Vec<usize>,
    /// Scratch: slot of each local node.
    place: Vec<usize>,
}

const NONE: usize = usize::MAX;
const MANY: usize = usize::MAX - 1;

impl RankCopy {
    fn load(&mut self, lg: &Layered, layer: &[usize], pos: &[usize]) {
        self.nodes.clear();
        self.nodes.extend_from_slice(layer);
        self.slot.clear();
        self.slot.extend(0..layer.len());
        for (at, list, one, upward) in [
            (&mut self.up_at, &mut self.up, &mut self.up1, true),
            (&mut self.down_at, &mut self.down, &mut self.down1, false),
        ] {
            at.clear();
            list.clear();
            one.clear();
            at.push(0);
            for &v in layer {
                let start = list.len();
                list.extend(lg.toward(v, upward).iter().map(|&u| pos[u]));
                let mine = &mut list[start..];
                one.push(match mine {
                    [] => NONE,
                    [p] => *p,
                    _ => {
                        mine.sort_unstable();
                        MANY
                    }
                });
                at.push(list.len());
            }
        }
    }

    fn store(&self, layer: &mut [usize], pos: &mut [usize]) {
        for (i, &local) in self.slot.iter().enumerate() {
            let v = self.nodes[local];
            layer[i] = v;
            pos[v] = i;
        }
    }

    /// Sifting (Matuszewski, Schönfeld, Molitor 1999), windowed: each node in
    /// turn leaves its slot and goes to the one within `window` places where
    /// its edges cross least (ties: it stays). Moving node v right past node
    /// w changes the crossings by Σ over w's neighbours b of (#v-neighbours
    /// before b − #after b), so one scan over the window prices every slot.
    /// Returns the gain.
    fn sift(&mut self, window: usize) -> usize {
        let len = self.slot.len();
        let mut gain = 0;
        let mut place = std::mem::take(&mut self.place);
        place.clear();
        place.resize(len, 0);
        for (i, &s) in self.slot.iter().enumerate() {
            place[s] = i;
        }
        for v in 0..len {
            let up = &self.up[self.up_at[v]..self.up_at[v + 1]];
            let down = &self.down[self.down_at[v]..self.down_at[v + 1]];
            if up.is_empty() && down.is_empty() {
                continue;
            }
            let (up1, down1) = (self.up1[v], self.down1[v]);
            let delta = |w: usize| -> isize {
                let above = match (up1, self.up1[w]) {
                    (NONE, _) | (_, NONE) => 0,
                    (a, b) if a < MANY && b < MANY => isize::from(a < b) - isize::from(a > b),
                    _ => side_gain(up, &self.up[self.up_at[w]..self.up_at[w + 1]]),
                };
                let below = match (down1, self.down1[w]) {
                    (NONE, _) | (_, NONE) => 0,
                    (a, b) if a < MANY && b < MANY => isize::from(a < b) - isize::from(a > b),
                    _ => side_gain(down, &self.down[self.down_at[w]..self.down_at[w + 1]]),
                };
                above + below
            };
            // Cost relative to v placed before slot `lo`, moving it right
            // one node at a time; `current` is where it is now.
            let at = place[v];
            let lo = at.saturating_sub(window);
            let hi = (at + window + 1).min(len);
            let (mut cost, mut best, mut best_at) = (0_isize, 0_isize, lo);
            for (k, &w) in self.slot[lo..at].iter().enumerate() {
                cost += delta(w);
                if cost < best {
                    (best, best_at) = (cost, lo + k + 1);
                }
            }
            let current = cost;
            for (k, &w) in self.slot[at + 1..hi].iter().enumerate() {
                cost += delta(w);
                if cost < best {
                    (best, best_at) = (cost, at + k + 1);
                }
            }
            if best < current {
                gain += (current - best).unsigned_abs();
                let node = self.slot.remove(at);
                self.slot.insert(best_at, node);
                for i in at.min(best_at)..=at.max(best_at) {
                    place[self.slot[i]] = i;
                }
            }
        }
        self.place = place;
        gain
    }
}

/// [`pass_gain`] summed over the neighbour slots `theirs` of another node.
#[inline]
fn side_gain(mine: &[usize], theirs: &[usize]) -> isize {
    match (mine, theirs) {
        ([], _) | (_, []) => 0,
        ([a], [b]) => isize::from(a < b) - isize::from(a > b),
        _ => theirs.iter().map(|&b| pass_gain(mine, b)).sum(),
    }
}

/// For the sorted neighbour slots `mine` of a node being sifted and a slot
/// `p` in the same neighbour rank: (#mine before p) − (#mine after p), the
/// change in crossings with an edge ending at p when the node moves from the
/// left of that edge's other end to its right.
#[inline]
fn pass_gain(mine: &[usize], p: usize) -> isize {
    match mine {
        [] => 0,
        [a] => isize::from(*a < p) - isize::from(*a > p),
        _ => {
            let before = mine.partition_point(|&a| a < p);
            let not_after = before + mine[before..].partition_point(|&a| a <= p);
            let count = |n: usize| isize::try_from(n).unwrap_or(isize::MAX);
            count(before) - count(mine.len() - not_after)
        }
    }
}
