//! The governance structure as an org chart: every body a box, links drawn by kind, laid out
//! in layers (parents above children) by [`super::layered`]. The layout is computed once per
//! change of the document or of the filters; the scene (colours, highlight, selection) is
//! cheap to rebuild from it.

use super::layered::{self, Graph, Options};
use super::scene::{Anchor, INK, MUTED, PAPER, Rgba, Scene, Shape, Stroke};
use super::stacks;
use super::text::Measure;
use crate::i18n::{Label, Lang};
use crate::model::{BodyId, Document, Level, LinkId, LinkKind, Role};
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
    let stacks = if options.compact {
        stacks::find_stacks(boxes.len(), &grouped.keys().copied().collect::<Vec<_>>())
    } else {
        Vec::new()
    };
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
            .filter_map(|(k, (p, _))| Some((node_of[*p]?, unstacked + k))),
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
    // down it and into the box from the left.
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

/// Spread the ends of the lines along a box's bottom (and top) edge, in the order of where
/// the lines go, so ten groups under the beredningsgrupp do not all leave from one point.
fn spread_ends(boxes: &[BodyBox], links: &mut [LinkLine]) {
    // Which box each end of each line touches: the nearest box edge to the point.
    let touching = |p: [f32; 2], bottom: bool| {
        boxes.iter().position(|b| {
            let y = if bottom { b.max[1] } else { b.min[1] };
            (p[1] - y).abs() < 1.0 && p[0] >= b.min[0] - 1.0 && p[0] <= b.max[0] + 1.0
        })
    };
    for at_start in [true, false] {
        let mut ends: BTreeMap<usize, Vec<(f32, usize)>> = BTreeMap::new();
        for (i, line) in links.iter().enumerate() {
            let n = line.points.len();
            if n < 2 {
                continue;
            }
            let (end, next) = if at_start {
                (line.points[0], line.points[1])
            } else {
                (line.points[n - 1], line.points[n - 2])
            };
            // Routes run from the upper box's bottom to the lower box's top.
            let bottom = end[1] <= next[1];
            if let Some(b) = touching(end, bottom) {
                ends.entry(b * 2 + usize::from(bottom))
                    .or_default()
                    .push((next[0], i));
            }
        }
        for (key, mut group) in ends {
            let b = &boxes[key / 2];
            group.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let n = group.len() as f32;
            let width = (b.max[0] - b.min[0]) * 0.8;
            let left = f32::midpoint(b.min[0], b.max[0]) - width / 2.0;
            for (k, &(_, i)) in group.iter().enumerate() {
                let x = left + width * (k as f32 + 0.5) / n;
                let points = &mut links[i].points;
                let last = points.len() - 1;
                let p = if at_start {
                    &mut points[0]
                } else {
                    &mut points[last]
                };
                p[0] = x;
            }
        }
    }
}

fn body_box(
    doc: &Document,
    kinds: &crate::model::query::OrganisationKinds,
    i: usize,
    lang: Lang,
    measure: &Measure,
) -> BodyBox {
    let body = &doc.bodies[i];
    let inner = BOX_WIDTH - 2.0 * PAD;
    let mut title = measure.wrap(&body.name, TITLE_SIZE, inner);
    if title.len() > 3 {
        title.truncate(3);
        if let Some(last) = title.last_mut() {
            *last = measure.ellipsize(&format!("{last} …"), TITLE_SIZE, inner);
        }
    }
    let kind_line = if body.short_name.is_empty() {
        body.kind.label(lang).to_owned()
    } else {
        format!("{} · {}", body.short_name, body.kind.label(lang))
    };
    let members = body
        .memberships
        .iter()
        .filter(|m| m.person.is_some())
        .count();
    let vacant = body.memberships.len() - members;
    let leader = body
        .memberships
        .iter()
        .find(|m| matches!(m.role, Role::Chair | Role::Convener) && m.person.is_some())
        .and_then(|m| {
            let person = doc.person(m.person.as_ref()?)?;
            Some(format!("{}: {}", m.role.label(lang), person.name))
        });
    let count = crate::i18n::charts::members_line(members, lang);
    let members_line = measure.ellipsize(
        &leader.map_or(count.clone(), |l| format!("{count} · {l}")),
        SMALL_SIZE,
        inner,
    );
    let (_, composition_ok) = crate::model::query::composition_summary_with(kinds, body, lang);
    let height =
        BAND + PAD + title.len() as f32 * TITLE_SIZE * LINE + 2.0 * SMALL_SIZE * LINE + PAD;
    BodyBox {
        body: body.id.clone(),
        min: [0.0, 0.0],
        max: [BOX_WIDTH, height],
        level: body.level,
        title,
        kind_line,
        members_line,
        vacant,
        composition_ok,
        has_children: false,
        hidden_below: 0,
    }
}

pub fn level_colour(level: Level) -> Rgba {
    match level {
        Level::Political => Rgba::rgb(0x35, 0x6d, 0xb5),
        Level::Officials => Rgba::rgb(0x2f, 0x8f, 0x5f),
        Level::Mixed => Rgba::rgb(0x86, 0x58, 0xbe),
    }
}

const ALERT: Rgba = Rgba::rgb(0xc6, 0x32, 0x32);
const ACCENT: Rgba = Rgba::rgb(0xe0, 0x8a, 0x00);
const LEGEND_HEIGHT: f32 = 40.0;

fn link_stroke(kind: LinkKind) -> (Stroke, bool, bool) {
    // (stroke, arrow at the parent, arrow at the child)
    let solid = |w: f32, c: Rgba| Stroke {
        width: w,
        colour: c,
        dashed: false,
    };
    let dashed = |w: f32, c: Rgba| Stroke {
        width: w,
        colour: c,
        dashed: true,
    };
    match kind {
        LinkKind::Appoints => (solid(1.6, INK), false, true),
        LinkKind::ReportsTo => (solid(1.6, INK), true, false),
        LinkKind::Steers => (dashed(1.4, Rgba::rgb(0x44, 0x44, 0x44)), false, true),
        LinkKind::Advises => (dashed(1.2, Rgba::rgb(0x77, 0x77, 0x77)), true, false),
        LinkKind::HomeOf => (solid(1.0, Rgba::rgb(0x99, 0x99, 0x99)), false, true),
    }
}

/// How the chart is drawn apart from its layout.
#[derive(Clone, Debug, Default)]
pub struct Look {
    /// Bodies to emphasise (where an organisation or a person sits); others are dimmed.
    pub highlight: Option<BTreeSet<BodyId>>,
    pub selected: Option<BodyId>,
}

/// The chart as a scene, with a legend of the link kinds at the bottom.
pub fn scene(layout: &ChartLayout, look: &Look, lang: Lang) -> Scene {
    let mut shapes = Vec::with_capacity(layout.boxes.len() * 8 + layout.links.len());
    for line in &layout.links {
        let (stroke, at_parent, at_child) = link_stroke(line.kind);
        // A reversed route runs child → parent; its arrowheads swap ends.
        let (arrow_start, arrow_end) = if line.reversed {
            (at_child, at_parent)
        } else {
            (at_parent, at_child)
        };
        shapes.push(Shape::Line {
            points: line.points.clone(),
            stroke,
            arrow_start,
            arrow_end,
        });
    }
    for b in &layout.boxes {
        let dimmed = look
            .highlight
            .as_ref()
            .is_some_and(|h| !h.contains(&b.body));
        let lit = look.highlight.as_ref().is_some_and(|h| h.contains(&b.body));
        let selected = look.selected.as_ref() == Some(&b.body);
        let fade = |c: Rgba| if dimmed { Rgba(c.0, c.1, c.2, 90) } else { c };
        shapes.push(Shape::Rect {
            min: b.min,
            max: b.max,
            radius: 5.0,
            fill: Some(if dimmed {
                Rgba(0xff, 0xff, 0xff, 120)
            } else {
                Rgba::rgb(0xff, 0xff, 0xff)
            }),
            stroke: Some(Stroke {
                width: if selected || lit { 3.0 } else { 1.0 },
                colour: if selected {
                    Rgba::rgb(0x12, 0x6b, 0xd6)
                } else if lit {
                    ACCENT
                } else {
                    fade(Rgba::rgb(0xaa, 0xaa, 0xaa))
                },
                dashed: false,
            }),
        });
        shapes.push(Shape::Rect {
            min: b.min,
            max: [b.max[0], b.min[1] + BAND],
            radius: 0.0,
            fill: Some(fade(level_colour(b.level))),
            stroke: None,
        });
        let x = b.min[0] + PAD;
        let mut y = b.min[1] + BAND + PAD;
        for line in &b.title {
            y += TITLE_SIZE;
            shapes.push(Shape::Text {
                pos: [x, y],
                text: line.clone(),
                size: TITLE_SIZE,
                colour: fade(INK),
                anchor: Anchor::Start,
                bold: true,
            });
            y += TITLE_SIZE * (LINE - 1.0);
        }
        for (text, colour) in [(&b.kind_line, MUTED), (&b.members_line, INK)] {
            y += SMALL_SIZE * LINE;
            shapes.push(Shape::Text {
                pos: [x, y],
                text: text.clone(),
                size: SMALL_SIZE,
                colour: fade(colour),
                anchor: Anchor::Start,
                bold: false,
            });
        }
        // A badge for vacant seats or broken composition rules.
        if b.vacant > 0 || !b.composition_ok {
            let centre = [b.max[0] - 2.0, b.min[1] + 2.0];
            shapes.push(Shape::Circle {
                centre,
                radius: 9.0,
                fill: Some(fade(ALERT)),
                stroke: None,
            });
            shapes.push(Shape::Text {
                pos: [centre[0], centre[1] + 3.5],
                text: if b.vacant > 0 {
                    b.vacant.to_string()
                } else {
                    "!".to_owned()
                },
                size: 10.0,
                colour: Rgba::rgb(0xff, 0xff, 0xff),
                anchor: Anchor::Middle,
                bold: true,
            });
        }
        if b.hidden_below > 0 {
            let centre = [f32::midpoint(b.min[0], b.max[0]), b.max[1]];
            shapes.push(Shape::Circle {
                centre,
                radius: 10.0,
                fill: Some(Rgba::rgb(0xee, 0xee, 0xee)),
                stroke: Some(Stroke {
                    width: 1.0,
                    colour: MUTED,
                    dashed: false,
                }),
            });
            shapes.push(Shape::Text {
                pos: [centre[0], centre[1] + 3.5],
                text: format!("+{}", b.hidden_below),
                size: 9.0,
                colour: INK,
                anchor: Anchor::Middle,
                bold: false,
            });
        }
    }
    legend(&mut shapes, layout, lang);
    Scene {
        size: layout.size,
        background: Some(PAPER),
        shapes,
    }
}

fn legend(shapes: &mut Vec<Shape>, layout: &ChartLayout, lang: Lang) {
    let y = layout.size[1] - LEGEND_HEIGHT / 2.0;
    let mut x = MARGIN;
    for kind in LinkKind::ALL {
        let (stroke, at_parent, at_child) = link_stroke(kind);
        shapes.push(Shape::Line {
            points: vec![[x, y], [x + 34.0, y]],
            stroke,
            arrow_start: at_parent,
            arrow_end: at_child,
        });
        let label = kind.label(lang);
        shapes.push(Shape::Text {
            pos: [x + 40.0, y + 3.5],
            text: label.to_owned(),
            size: 10.0,
            colour: MUTED,
            anchor: Anchor::Start,
            bold: false,
        });
        x += 40.0 + label.chars().count() as f32 * 5.6 + 24.0;
    }
    for level in [Level::Political, Level::Officials, Level::Mixed] {
        let label = crate::i18n::charts::level_legend(level, lang);
        shapes.push(Shape::Rect {
            min: [x, y - 6.0],
            max: [x + 18.0, y + 4.0],
            radius: 2.0,
            fill: Some(level_colour(level)),
            stroke: None,
        });
        shapes.push(Shape::Text {
            pos: [x + 24.0, y + 3.5],
            text: label.to_owned(),
            size: 10.0,
            colour: MUTED,
            anchor: Anchor::Start,
            bold: false,
        });
        x += 24.0 + label.chars().count() as f32 * 5.6 + 20.0;
    }
}

/// The bodies where an organisation sits: seats representing it, or held by its people.
pub fn bodies_of_organisation(
    doc: &Document,
    org: &crate::model::OrganisationId,
) -> BTreeSet<BodyId> {
    doc.bodies
        .iter()
        .filter(|b| {
            b.memberships.iter().any(|m| {
                m.represents.as_ref() == Some(org)
                    || m.person
                        .as_ref()
                        .and_then(|p| doc.person(p))
                        .is_some_and(|p| p.organisation.as_ref() == Some(org))
            })
        })
        .map(|b| b.id.clone())
        .collect()
}

/// The bodies where a person has a seat.
pub fn bodies_of_person(doc: &Document, person: &crate::model::PersonId) -> BTreeSet<BodyId> {
    doc.bodies
        .iter()
        .filter(|b| {
            b.memberships
                .iter()
                .any(|m| m.person.as_ref() == Some(person))
        })
        .map(|b| b.id.clone())
        .collect()
}

/// The chart as exported (SVG, PNG): the same layout and scene as on screen.
pub fn chart_scene(
    doc: &Document,
    options: &ChartOptions,
    highlight: Option<BTreeSet<BodyId>>,
) -> Scene {
    let Some(measure) = Measure::new() else {
        return Scene::default();
    };
    let layout = layout_chart(doc, options, &measure);
    scene(
        &layout,
        &Look {
            highlight,
            selected: None,
        },
        options.lang,
    )
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
