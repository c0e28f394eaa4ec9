//! Ranks: longest-path layering, then pulling nodes down to shorten edges.

/// Why: longest path from the sources gives a valid layering in linear time;
/// it leaves sources (e.g. an outside body feeding one deep group) hanging at
/// the top with long edges, so [`tighten_ranks`] then pulls them down.
pub(super) fn rank_nodes(n: usize, dag: &[(usize, usize)], topo: &[usize]) -> Vec<usize> {
    let mut parents = vec![Vec::new(); n];
    let mut children = vec![Vec::new(); n];
    for &(a, b) in dag {
        parents[b].push(a);
        children[a].push(b);
    }
    let mut rank = vec![0_usize; n];
    for &v in topo {
        for &p in &parents[v] {
            rank[v] = rank[v].max(rank[p] + 1);
        }
    }
    tighten_ranks(&mut rank, &parents, &children, topo);
    let min = rank.iter().copied().min().unwrap_or(0);
    for r in &mut rank {
        *r -= min;
    }
    rank
}

/// Why: moving a node down by d lengthens its in-edges and shortens its
/// out-edges by d each, so a node with more out- than in-edges is best placed
/// just above its highest child. Reverse topological order settles children
/// first, so one pass suffices (a cheap stand-in for network simplex).
pub(super) fn tighten_ranks(
    rank: &mut [usize],
    parents: &[Vec<usize>],
    children: &[Vec<usize>],
    topo: &[usize],
) {
    for &v in topo.iter().rev() {
        if children[v].len() > parents[v].len() {
            let highest_child = children[v].iter().map(|&c| rank[c]).min().unwrap_or(0);
            let target = highest_child.saturating_sub(1);
            if target > rank[v] {
                rank[v] = target;
            }
        }
    }
}
