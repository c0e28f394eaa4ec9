//! The chart's scene: boxes in the level's colours, lines by kind, highlight and selection, the legend.

use crate::diagram::orgchart::BAND;
use crate::diagram::orgchart::ChartLayout;
use crate::diagram::orgchart::LINE;
use crate::diagram::orgchart::MARGIN;
use crate::diagram::orgchart::PAD;
use crate::diagram::orgchart::SMALL_SIZE;
use crate::diagram::orgchart::TITLE_SIZE;
use crate::diagram::scene::{Anchor, INK, MUTED, PAPER, Rgba, Scene, Shape, Stroke};
use crate::i18n::{Label, Lang};
use crate::model::{BodyId, Level, LinkKind};
use crate::palette;
use std::collections::BTreeSet;

pub fn level_colour(level: Level) -> Rgba {
    match level {
        Level::Political => palette::POLITICAL,
        Level::Officials => palette::OFFICIALS,
        Level::Mixed => palette::MIXED,
    }
}

pub(super) const ALERT: Rgba = palette::ALERT;
pub(super) const ACCENT: Rgba = palette::ACCENT;
pub(super) const LEGEND_HEIGHT: f32 = 40.0;

pub(super) fn link_stroke(kind: LinkKind) -> (Stroke, bool, bool) {
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
        LinkKind::Steers => (dashed(1.4, palette::LINE_STEERS), false, true),
        LinkKind::Advises => (dashed(1.2, palette::LINE_ADVISES), true, false),
        LinkKind::HomeOf => (solid(1.0, palette::LINE_HOME), false, true),
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
                palette::VEIL
            } else {
                palette::WHITE
            }),
            stroke: Some(Stroke {
                width: if selected || lit { 3.0 } else { 1.0 },
                colour: if selected {
                    palette::SELECTION
                } else if lit {
                    ACCENT
                } else {
                    fade(palette::FADED)
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
                colour: palette::WHITE,
                anchor: Anchor::Middle,
                bold: true,
            });
        }
        if b.hidden_below > 0 {
            let centre = [f32::midpoint(b.min[0], b.max[0]), b.max[1]];
            shapes.push(Shape::Circle {
                centre,
                radius: 10.0,
                fill: Some(palette::LEGEND_BOX),
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

pub(super) fn legend(shapes: &mut Vec<Shape>, layout: &ChartLayout, lang: Lang) {
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
