//! Long edges split into chains of dummy nodes, one per rank crossed, so edges pass between boxes.

use crate::diagram::layered::positioning::group_by_key;

/// Compressed adjacency lists (one slice per node), for cache-friendly sweeps.
pub(super) struct Adjacency {
    pub(super) offsets: Vec<usize>,
    pub(super) targets: Vec<usize>,
}

impl Adjacency {
    pub(super) fn of(&self, v: usize) -> &[usize] {
        &self.targets[self.offsets[v]..self.offsets[v + 1]]
    }
}

/// Proper layered graph of real nodes and dummies; every edge joins adjacent
/// ranks. Ids are rank-major (rank by rank), so a rank and its neighbour
/// ranks sit in short id ranges and sweeps touch memory locally.
pub(super) struct Layered {
    /// Layered id of each real node (component-local index → id).
    pub(super) id_of_real: Vec<usize>,
    pub(super) dummy: Vec<bool>,
    pub(super) rank: Vec<usize>,
    pub(super) width: Vec<f64>,
    pub(super) height: Vec<f64>,
    /// Neighbours one rank above / below (with multiplicity for multi-edges).
    pub(super) up: Adjacency,
    pub(super) down: Adjacency,
    /// Per DAG edge: the nodes it passes, top to bottom.
    pub(super) chains: Vec<Vec<usize>>,
    pub(super) ranks: usize,
}

impl Layered {
    pub(super) fn len(&self) -> usize {
        self.rank.len()
    }
    pub(super) fn is_dummy(&self, v: usize) -> bool {
        self.dummy[v]
    }
    /// Neighbours on the side a sweep looks at.
    pub(super) fn toward(&self, v: usize, upward: bool) -> &[usize] {
        if upward {
            self.up.of(v)
        } else {
            self.down.of(v)
        }
    }
}

/// Why: an edge spanning k ranks gets k−1 zero-width dummies so crossing
/// reduction sees it in every rank it passes and the route gets its own slot
/// there, never running through a box.
pub(super) fn split_long_edges(
    sizes: &[[f64; 2]],
    ranks: &[usize],
    dag: &[(usize, usize)],
) -> Layered {
    let real = sizes.len();
    // Provisional ids: real nodes, then each edge's dummies in edge order.
    let mut rank = ranks.to_vec();
    let mut links: Vec<(usize, usize)> = Vec::with_capacity(dag.len());
    let mut chains: Vec<Vec<usize>> = Vec::with_capacity(dag.len());
    for &(a, b) in dag {
        let mut chain = Vec::with_capacity(ranks[b].saturating_sub(ranks[a]) + 1);
        chain.push(a);
        for r in ranks[a] + 1..ranks[b] {
            chain.push(rank.len());
            rank.push(r);
        }
        chain.push(b);
        links.extend(chain.windows(2).map(|w| (w[0], w[1])));
        chains.push(chain);
    }
    // Final ids rank-major (stable within a rank), then adjacency by counting sort.
    let layer_count = ranks.iter().map(|&r| r + 1).max().unwrap_or(0);
    let (_, by_rank) = group_by_key(layer_count, rank.iter().copied());
    let mut new_id = vec![0; rank.len()];
    for (id, &old) in by_rank.iter().enumerate() {
        new_id[old] = id;
    }
    for link in &mut links {
        *link = (new_id[link.0], new_id[link.1]);
    }
    for chain in &mut chains {
        for v in chain.iter_mut() {
            *v = new_id[*v];
        }
    }
    let total = rank.len();
    let (down_at, down_links) = group_by_key(total, links.iter().map(|l| l.0));
    let (up_at, up_links) = group_by_key(total, links.iter().map(|l| l.1));
    let size = |old: usize, k: usize| sizes.get(old).map_or(0.0, |s| s[k]);
    Layered {
        id_of_real: new_id[..real].to_vec(),
        dummy: by_rank.iter().map(|&old| old >= real).collect(),
        rank: by_rank.iter().map(|&old| rank[old]).collect(),
        width: by_rank.iter().map(|&old| size(old, 0)).collect(),
        height: by_rank.iter().map(|&old| size(old, 1)).collect(),
        up: Adjacency {
            offsets: up_at,
            targets: up_links.iter().map(|&l| links[l].0).collect(),
        },
        down: Adjacency {
            offsets: down_at,
            targets: down_links.iter().map(|&l| links[l].1).collect(),
        },
        chains,
        ranks: layer_count,
    }
}
