//! The governance structure as an org chart: every body a box, links drawn by kind, laid out
//! in layers (parents above children) by [`super::layered`]. The layout is computed once per
//! change of the document or of the filters; the scene (colours, highlight, selection) is
//! cheap to rebuild from it.

mod boxes;
mod draw;
mod ends;
mod highlight;

pub use draw::{Look, level_colour, scene};
pub use highlight::{bodies_of_organisation, bodies_of_person, chart_scene};

use crate::diagram::layered::{self, Graph, Options};
use crate::diagram::orgchart::boxes::body_box;
use crate::diagram::orgchart::draw::LEGEND_HEIGHT;
use crate::diagram::orgchart::ends::spread_ends;
use crate::diagram::stacks;
use crate::diagram::text::Measure;
use crate::i18n::Lang;
use crate::model::{BodyId, Document, Level, LinkId, LinkKind};
use std::collections::{BTreeMap, BTreeSet};

/// Which level of bodies to show. Mixed bodies, where the levels meet, show with either.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LevelFilter {
    #[default]
    All,
    Political,
    Officials,
}

/// What the layout depends on besides the document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ChartOptions {
    pub level: LevelFilter,
    /// Bodies whose descendants are hidden.
    pub collapsed: BTreeSet<BodyId>,
    pub lang: Lang,
    /// Stack a parent's leaf groups in columns under it (see [`super::stacks`]), so the
    /// chart fits a slide.
    pub compact: bool,
}

pub const BOX_WIDTH: f32 = 210.0;
const PAD: f32 = 8.0;
const BAND: f32 = 6.0;
const TITLE_SIZE: f32 = 12.5;
const SMALL_SIZE: f32 = 9.5;
const LINE: f32 = 1.3;
const MARGIN: f32 = 24.0;

/// A body's box as laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct BodyBox {
    pub body: BodyId,
    pub min: [f32; 2],
    pub max: [f32; 2],
    pub level: Level,
    pub title: Vec<String>,
    pub kind_line: String,
    pub members_line: String,
    /// Vacant seats, and whether the composition rules hold.
    pub vacant: usize,
    pub composition_ok: bool,
    /// Whether the body has children in the chart (it can be collapsed).
    pub has_children: bool,
    /// How many bodies are hidden below it because it is collapsed.
    pub hidden_below: usize,
}

impl BodyBox {
    pub fn contains(&self, p: [f32; 2]) -> bool {
        p[0] >= self.min[0] && p[0] <= self.max[0] && p[1] >= self.min[1] && p[1] <= self.max[1]
    }
}

/// One drawn link.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkLine {
    pub link: LinkId,
    pub kind: LinkKind,
    /// From the parent's box to the child's.
    pub points: Vec<[f32; 2]>,
    /// The link points against the ranks (a cycle was broken here).
    pub reversed: bool,
}

/// The laid-out chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartLayout {
    pub boxes: Vec<BodyBox>,
    pub links: Vec<LinkLine>,
    pub size: [f32; 2],
    /// Edge crossings of the drawn routes.
    pub crossings: usize,
}

impl ChartLayout {
    pub fn box_of(&self, body: &BodyId) -> Option<&BodyBox> {
        self.boxes.iter().find(|b| &b.body == body)
    }

    /// The box under a point of the chart.
    pub fn hit(&self, p: [f32; 2]) -> Option<&BodyBox> {
        self.boxes.iter().find(|b| b.contains(p))
    }
}

/// The edge of a link as parent → child, whichever way the link reads.
fn parent_child(kind: LinkKind) -> bool {
    // true: `from` is the parent. "reports to" and "advises" point up the hierarchy.
    !matches!(kind, LinkKind::ReportsTo | LinkKind::Advises)
}

fn shown_at(level: Level, filter: LevelFilter) -> bool {
    match filter {
        LevelFilter::All => true,
        LevelFilter::Political => level != Level::Officials,
        LevelFilter::Officials => level != Level::Political,
    }
}

/// Bodies hidden because an ancestor is collapsed: those below a collapsed body that no
/// uncollapsed path from a top body reaches.
fn hidden_by_collapse(
    n: usize,
    edges: &[(usize, usize)],
    collapsed: &BTreeSet<usize>,
) -> BTreeSet<usize> {
    let mut children = vec![Vec::new(); n];
    let mut has_parent = vec![false; n];
    for &(p, c) in edges {
        if p != c {
            children[p].push(c);
            has_parent[c] = true;
        }
    }
    let walk = |starts: Vec<usize>, stop_at_collapsed: bool| {
        let mut seen = vec![false; n];
        let mut stack = starts;
        while let Some(v) = stack.pop() {
            if std::mem::replace(&mut seen[v], true) {
                continue;
            }
            if stop_at_collapsed && collapsed.contains(&v) {
                continue;
            }
            stack.extend(children[v].iter().copied());
        }
        seen
    };
    // Below collapsed bodies (not counting themselves).
    let below = walk(
        collapsed
            .iter()
            .flat_map(|&c| children[c].iter().copied())
            .collect(),
        false,
    );
    // Reached from a top body without passing through a collapsed one.
    let open = walk((0..n).filter(|&v| !has_parent[v]).collect(), true);
    (0..n)
        .filter(|&v| below[v] && !open[v] && !collapsed.contains(&v))
        .collect()
}

/// Lay out the chart of `doc` under `options`.
pub fn layout_chart(doc: &Document, options: &ChartOptions, measure: &Measure) -> ChartLayout {
    let lang = options.lang;
    let index: BTreeMap<&BodyId, usize> = doc
        .bodies
        .iter()
        .enumerate()
        .map(|(i, b)| (&b.id, i))
        .collect();
    // Parent → child pairs of every link between known bodies.
    let pairs: Vec<(usize, usize, usize)> = doc
        .links
        .iter()
        .enumerate()
        .filter_map(|(li, l)| {
            let (from, to) = (*index.get(&l.from)?, *index.get(&l.to)?);
            Some(if parent_child(l.kind) {
                (from, to, li)
            } else {
                (to, from, li)
            })
        })
        .collect();
    let all_edges: Vec<(usize, usize)> = pairs.iter().map(|&(p, c, _)| (p, c)).collect();
    let collapsed: BTreeSet<usize> = options
        .collapsed
        .iter()
        .filter_map(|b| index.get(b).copied())
        .collect();
    let hidden = hidden_by_collapse(doc.bodies.len(), &all_edges, &collapsed);

    // The bodies drawn, in document order.
    let visible: Vec<usize> = (0..doc.bodies.len())
        .filter(|&i| !hidden.contains(&i) && shown_at(doc.bodies[i].level, options.level))
        .collect();
    let slot: BTreeMap<usize, usize> = visible.iter().enumerate().map(|(s, &i)| (i, s)).collect();

    let kinds = crate::model::query::OrganisationKinds::new(doc);
    let mut boxes: Vec<BodyBox> = visible
        .iter()
        .map(|&i| body_box(doc, &kinds, i, lang, measure))
        .collect();
    for &(p, c, _) in &pairs {
        if let (Some(&sp), true) = (slot.get(&p), slot.contains_key(&c)) {
            boxes[sp].has_children = true;
        }
    }
    for (&i, &s) in &slot {
        if collapsed.contains(&i) {
            boxes[s].has_children = true;
            boxes[s].hidden_below =
                hidden_by_collapse(doc.bodies.len(), &all_edges, &std::iter::once(i).collect())
                    .len();
        }
    }

    // One layout edge per parent–child pair; parallel links are drawn side by side.
    let mut grouped: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for &(p, c, li) in &pairs {
        if let (Some(&sp), Some(&sc)) = (slot.get(&p), slot.get(&c))
            && sp != sc
        {
            grouped.entry((sp, sc)).or_default().push(li);
        }
    }
    let mut stacks = if options.compact {
        stacks::find_stacks(boxes.len(), &grouped.keys().copied().collect::<Vec<_>>())
    } else {
        Vec::new()
    };
    // Bodies with no drawn link (forums the sources only name) stack together in one block
    // of their own, last, so they do not stretch the top row, compact or not.
    {
        // Linked to nothing in the document, not just in this view: a collapsed or filtered
        // chart keeps its bodies where they were.
        let alone: Vec<usize> = (0..boxes.len())
            .filter(|&s| {
                !pairs
                    .iter()
                    .any(|&(p, c, _)| p == visible[s] || c == visible[s])
            })
            .collect();
        if alone.len() >= stacks::MIN_STACKED {
            stacks.push((stacks::NO_PARENT, alone));
        }
    }
    let stacked: BTreeMap<usize, usize> = stacks
        .iter()
        .enumerate()
        .flat_map(|(k, (_, children))| children.iter().map(move |&c| (c, k)))
        .collect();
    let box_size = |b: &BodyBox| [b.max[0] - b.min[0], b.max[1] - b.min[1]];
    // The layout's nodes: every box not stacked, then one block per stack.
    let node_of: Vec<Option<usize>> = {
        let mut next = 0;
        (0..boxes.len())
            .map(|s| {
                (!stacked.contains_key(&s)).then(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect()
    };
    let unstacked = node_of.iter().flatten().count();
    let mut sizes: Vec<[f32; 2]> = (0..boxes.len())
        .filter(|s| node_of[*s].is_some())
        .map(|s| box_size(&boxes[s]))
        .collect();
    let block_sizes: Vec<Vec<[f32; 2]>> = stacks
        .iter()
        .map(|(_, children)| children.iter().map(|&c| box_size(&boxes[c])).collect())
        .collect();
    sizes.extend(block_sizes.iter().map(|sz| stacks::block_size(sz)));
    let plain: Vec<(usize, usize)> = grouped
        .keys()
        .copied()
        .filter(|(_, c)| !stacked.contains_key(c))
        .collect();
    let mut edges: Vec<(usize, usize)> = plain
        .iter()
        .filter_map(|&(p, c)| Some((node_of[p]?, node_of[c]?)))
        .collect();
    edges.extend(
        stacks
            .iter()
            .enumerate()
            .filter_map(|(k, (p, _))| Some((node_of.get(*p).copied().flatten()?, unstacked + k))),
    );
    let graph = Graph { sizes, edges };
    let laid = layered::layout(
        &graph,
        &Options {
            rank_gap: 70.0,
            node_gap: 28.0,
            ..Options::default()
        },
    );
    let corner = |c: [f32; 2], size: [f32; 2]| {
        [c[0] - size[0] / 2.0 + MARGIN, c[1] - size[1] / 2.0 + MARGIN]
    };
    for (s, b) in boxes.iter_mut().enumerate() {
        if let Some(n) = node_of[s] {
            let size = [b.max[0] - b.min[0], b.max[1] - b.min[1]];
            b.min = corner(laid.centres[n], size);
            b.max = [b.min[0] + size[0], b.min[1] + size[1]];
        }
    }
    // Stacked boxes in their block's columns; the bus x of each.
    let mut bus_of: BTreeMap<usize, f32> = BTreeMap::new();
    for (k, (_, children)) in stacks.iter().enumerate() {
        let origin = corner(laid.centres[unstacked + k], graph.sizes[unstacked + k]);
        let (corners, buses) = stacks::place(origin, &block_sizes[k]);
        let per = children.len().div_ceil(buses.len().max(1)).max(1);
        for (j, (&c, at)) in children.iter().zip(corners).enumerate() {
            let size = box_size(&boxes[c]);
            boxes[c].min = at;
            boxes[c].max = [at[0] + size[0], at[1] + size[1]];
            bus_of.insert(c, buses[j / per]);
        }
    }
    let shift = |points: &[[f32; 2]], offset: f32| -> Vec<[f32; 2]> {
        points
            .iter()
            .map(|p| [p[0] + MARGIN + offset, p[1] + MARGIN])
            .collect()
    };
    let mut links = Vec::new();
    for (route, &(p, c)) in laid.routes.iter().zip(&plain) {
        let link_indices = &grouped[&(p, c)];
        let n = link_indices.len();
        for (k, &li) in link_indices.iter().enumerate() {
            let offset = (k as f32 - (n as f32 - 1.0) / 2.0) * 7.0;
            let link = &doc.links[li];
            links.push(LinkLine {
                link: link.id.clone(),
                kind: link.kind,
                points: shift(&route.points, offset),
                reversed: route.reversed,
            });
        }
    }
    spread_ends(&boxes, &mut links);
    // A stack's links: from the parent to just above the block, along to the column's bus,
    // down it and into the box from the left. The block of unlinked bodies, last, has none.
    for (route, (p, children)) in laid.routes[plain.len()..].iter().zip(&stacks) {
        let mut to_block = shift(&route.points, 0.0);
        let top = to_block.last().map_or(0.0, |q| q[1]) - stacks::GAP / 2.0;
        if let Some(last) = to_block.last_mut() {
            last[1] = top;
        }
        for &c in children {
            let (b, bus) = (&boxes[c], bus_of.get(&c).copied().unwrap_or(0.0));
            let mid = f32::midpoint(b.min[1], b.max[1]);
            let mut points = to_block.clone();
            points.extend([[bus, top], [bus, mid], [b.min[0], mid]]);
            for &li in grouped.get(&(*p, c)).map_or(&[][..], Vec::as_slice) {
                let link = &doc.links[li];
                links.push(LinkLine {
                    link: link.id.clone(),
                    kind: link.kind,
                    points: points.clone(),
                    reversed: route.reversed,
                });
            }
        }
    }
    ChartLayout {
        boxes,
        links,
        size: [
            laid.size[0] + 2.0 * MARGIN,
            laid.size[1] + 2.0 * MARGIN + LEGEND_HEIGHT,
        ],
        crossings: laid.crossings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_hides_only_what_no_open_path_reaches() {
        // 0 → 1 → 2, 0 → 3 → 2, 1 → 4
        let edges = [(0, 1), (1, 2), (0, 3), (3, 2), (1, 4)];
        let collapsed = std::iter::once(1).collect();
        let hidden = hidden_by_collapse(5, &edges, &collapsed);
        // 4 hangs only below 1; 2 is still reached through 3.
        assert_eq!(hidden, std::iter::once(4).collect());
        let both: BTreeSet<usize> = [1, 3].into_iter().collect();
        assert_eq!(
            hidden_by_collapse(5, &edges, &both),
            [2, 4].into_iter().collect()
        );
    }
}
