//! Sugiyama-style layered layout for directed graphs (org charts of bodies).
//!
//! Pipeline per weakly connected component: break cycles, rank, split long
//! edges into dummies, reduce crossings, assign x (Brandes–Köpf, then
//! nudged so edges drawn straight cross less) and y, route edges; components
//! are then placed side by side. Everything is
//! deterministic and std-only so the same model always draws the same chart.

mod crossings;
mod cycles;
mod dummies;
mod ordering;
mod positioning;
mod random;
mod ranking;
mod routing;
mod straighten;
mod swaps;
#[cfg(test)]
mod tests;

pub use crate::diagram::layered::crossings::{count_crossings, crossings_of_positions};
use crate::diagram::layered::cycles::break_cycles;
use crate::diagram::layered::dummies::split_long_edges;
use crate::diagram::layered::ordering::reduce_crossings;
use crate::diagram::layered::positioning::assign_x;
use crate::diagram::layered::positioning::assign_y;
pub use crate::diagram::layered::random::random_graph;
use crate::diagram::layered::ranking::rank_nodes;
use crate::diagram::layered::routing::route_edges;
use crate::diagram::layered::routing::self_loop_route;
use crate::diagram::layered::straighten::straighten;
use std::cmp::Reverse;

/// Input graph: box sizes and `(from, to)` edges; `from` is drawn above `to`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph {
    /// `[width, height]` per node.
    pub sizes: Vec<[f32; 2]>,
    /// `(from, to)`; edges naming a node out of range are ignored (empty route).
    pub edges: Vec<(usize, usize)>,
}

/// Spacing and effort knobs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    /// Vertical space between the bands of two adjacent ranks.
    pub rank_gap: f32,
    /// Minimum horizontal space between two boxes on the same rank.
    pub node_gap: f32,
    /// Horizontal space between weakly connected components.
    pub component_gap: f32,
    /// Upper bound on crossing-reduction sweeps per run (down and up
    /// alternate); runs stop early once sweeps stop paying off, and very
    /// large layered graphs get fewer (at least 8).
    pub sweeps: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            rank_gap: 60.0,
            node_gap: 24.0,
            component_gap: 48.0,
            sweeps: 24,
        }
    }
}

/// Polyline of one input edge, from the `from` box border to the `to` box border.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Route {
    /// Polyline; empty for an edge naming a node out of range.
    pub points: Vec<[f32; 2]>,
    /// The edge was turned around to break a cycle, so it points upward.
    pub reversed: bool,
}

/// Result of [`layout`]; y grows downward, origin top-left.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// Rank (row) per node, 0 at the top of its component.
    pub ranks: Vec<u32>,
    /// Box centre per node.
    pub centres: Vec<[f32; 2]>,
    /// One route per input edge, same order as [`Graph::edges`].
    pub routes: Vec<Route>,
    /// Bounding size of boxes and routes.
    pub size: [f32; 2],
    /// Crossings between adjacent ranks of the final ordering (dummies included).
    pub crossings: usize,
}

/// Lays out `graph`; see the module docs for the pipeline.
#[must_use]
pub fn layout(graph: &Graph, options: &Options) -> Layout {
    let params = Params::new(options);
    let n = graph.sizes.len();
    let mut out = Layout {
        ranks: vec![0; n],
        centres: vec![[0.0; 2]; n],
        routes: vec![Route::default(); graph.edges.len()],
        size: [0.0, 0.0],
        crossings: 0,
    };
    let (comps, local_index) = components(graph);
    let mut x_offset = 0.0_f64;
    let mut height = 0.0_f64;
    for (i, comp) in comps.iter().enumerate() {
        if i > 0 {
            x_offset += params.component_gap;
        }
        let placed = layout_component(graph, comp, &local_index, &params);
        for (local, &node) in comp.nodes.iter().enumerate() {
            out.ranks[node] = placed.ranks[local];
            let [x, y] = placed.centres[local];
            out.centres[node] = to_f32([x + x_offset, y]);
        }
        for (edge, points) in placed.routes {
            out.routes[edge.index] = Route {
                points: points
                    .iter()
                    .map(|&[x, y]| to_f32([x + x_offset, y]))
                    .collect(),
                reversed: edge.reversed,
            };
        }
        out.crossings += placed.crossings;
        x_offset += placed.size[0];
        height = height.max(placed.size[1]);
    }
    out.size = to_f32([x_offset, height]);
    out
}

// ---------------------------------------------------------------------------
// Internals
// ---------------------------------------------------------------------------

/// Sanitised options in f64 (negative or NaN gaps become 0).
struct Params {
    rank_gap: f64,
    node_gap: f64,
    dummy_gap: f64,
    component_gap: f64,
    sweeps: usize,
}

impl Params {
    pub(super) fn new(options: &Options) -> Self {
        let node_gap = clean(options.node_gap);
        Self {
            rank_gap: clean(options.rank_gap),
            node_gap,
            dummy_gap: node_gap * 0.5,
            component_gap: clean(options.component_gap),
            sweeps: options.sweeps,
        }
    }
}

/// Non-negative finite f64 from user input, so bad sizes cannot poison the layout.
fn clean(v: f32) -> f64 {
    let v = f64::from(v);
    if v.is_finite() { v.max(0.0) } else { 0.0 }
}

#[allow(clippy::cast_possible_truncation)]
fn to_f32(p: [f64; 2]) -> [f32; 2] {
    [p[0] as f32, p[1] as f32]
}

/// Counts and positions as f64; exact below 2^53, far beyond any chart.
#[allow(clippy::cast_precision_loss)]
fn as_f64(n: usize) -> f64 {
    n as f64
}

/// Union-find root with path halving.
fn find(parent: &mut [usize], mut v: usize) -> usize {
    while parent[v] != v {
        parent[v] = parent[parent[v]];
        v = parent[v];
    }
    v
}

/// One weakly connected component: its nodes (ascending) and edge indices.
struct Component {
    nodes: Vec<usize>,
    edges: Vec<usize>,
}

/// Why: components are laid out independently (smaller problems, no edges
/// between them) and placed largest first, ties by smallest node index.
/// Returns the components and each node's index inside its component.
fn components(graph: &Graph) -> (Vec<Component>, Vec<usize>) {
    let n = graph.sizes.len();
    let mut parent: Vec<usize> = (0..n).collect();
    for &(a, b) in &graph.edges {
        if a < n && b < n {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            if ra != rb {
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    let mut slot = vec![usize::MAX; n];
    let mut comps: Vec<Component> = Vec::new();
    let mut local_index = vec![0; n];
    for (v, local) in local_index.iter_mut().enumerate() {
        let r = find(&mut parent, v);
        if slot[r] == usize::MAX {
            slot[r] = comps.len();
            comps.push(Component {
                nodes: Vec::new(),
                edges: Vec::new(),
            });
        }
        let c = &mut comps[slot[r]];
        *local = c.nodes.len();
        c.nodes.push(v);
    }
    for (e, &(a, b)) in graph.edges.iter().enumerate() {
        if a < n && b < n {
            let r = find(&mut parent, a);
            comps[slot[r]].edges.push(e);
        }
    }
    // Components were created in order of their smallest node, so a stable
    // sort by size keeps that as the tie-break.
    comps.sort_by_key(|c| Reverse(c.nodes.len()));
    (comps, local_index)
}

/// An input edge as seen by the component layout.
#[derive(Clone, Copy)]
struct EdgeRef {
    index: usize,
    reversed: bool,
}

/// Layout of one component in local coordinates (origin at its top-left).
struct Placed {
    ranks: Vec<u32>,
    centres: Vec<[f64; 2]>,
    routes: Vec<(EdgeRef, Vec<[f64; 2]>)>,
    size: [f64; 2],
    crossings: usize,
}

/// Runs the whole pipeline on one component.
fn layout_component(
    graph: &Graph,
    comp: &Component,
    local_index: &[usize],
    params: &Params,
) -> Placed {
    let n = comp.nodes.len();
    let mut loops: Vec<(usize, usize)> = Vec::new(); // (edge index, local node)
    let mut plain: Vec<(usize, usize)> = Vec::new(); // local (from, to)
    let mut plain_index: Vec<usize> = Vec::new();
    for &e in &comp.edges {
        let (a, b) = graph.edges[e];
        let (la, lb) = (local_index[a], local_index[b]);
        if la == lb {
            loops.push((e, la));
        } else {
            plain.push((la, lb));
            plain_index.push(e);
        }
    }
    let (reversed, topo) = break_cycles(n, &plain);
    let dag: Vec<(usize, usize)> = plain
        .iter()
        .zip(&reversed)
        .map(|(&(a, b), &r)| if r { (b, a) } else { (a, b) })
        .collect();
    let ranks = rank_nodes(n, &dag, &topo);

    let sizes: Vec<[f64; 2]> = comp
        .nodes
        .iter()
        .map(|&v| {
            let [w, h] = graph.sizes[v];
            [clean(w), clean(h)]
        })
        .collect();
    let lg = split_long_edges(&sizes, &ranks, &dag);
    let (layers, crossings) = reduce_crossings(&lg, params.sweeps);
    let mut x = assign_x(&lg, &layers, params);
    straighten(&lg, &layers, &mut x, params);
    let (band_top, band_height) = assign_y(&lg, &layers, params.rank_gap);
    let y: Vec<f64> = (0..lg.len())
        .map(|v| band_top[lg.rank[v]] + band_height[lg.rank[v]] / 2.0)
        .collect();

    // Normalise so the leftmost box edge sits at x = 0 (self-loops stick out
    // only to the right, dummies have zero width).
    let min_x = (0..lg.len())
        .map(|v| x[v] - lg.width[v] / 2.0)
        .fold(f64::INFINITY, f64::min);
    if min_x.is_finite() {
        for xv in &mut x {
            *xv -= min_x;
        }
    }

    let mut routes: Vec<(EdgeRef, Vec<[f64; 2]>)> =
        route_edges(&lg, &x, &y, &band_top, &band_height, &reversed)
            .into_iter()
            .zip(plain_index.iter().zip(&reversed))
            .map(|(points, (&index, &reversed))| (EdgeRef { index, reversed }, points))
            .collect();
    for &(e, v) in &loops {
        let v = lg.id_of_real[v];
        let points = self_loop_route(x[v], y[v], lg.width[v], lg.height[v], params.node_gap);
        routes.push((
            EdgeRef {
                index: e,
                reversed: false,
            },
            points,
        ));
    }

    let mut size = [0.0_f64, 0.0_f64];
    for v in 0..lg.len() {
        size[0] = size[0].max(x[v] + lg.width[v] / 2.0);
        size[1] = size[1].max(y[v] + lg.height[v] / 2.0);
    }
    for (_, points) in &routes {
        for p in points {
            size[0] = size[0].max(p[0]);
            size[1] = size[1].max(p[1]);
        }
    }
    Placed {
        ranks: ranks
            .iter()
            .map(|&r| u32::try_from(r).unwrap_or(u32::MAX))
            .collect(),
        centres: lg.id_of_real.iter().map(|&v| [x[v], y[v]]).collect(),
        routes,
        size,
        crossings,
    }
}
