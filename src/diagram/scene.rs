//! A neutral drawing: boxes, lines, circles, arcs and text in one coordinate space (points,
//! y down). The org chart, the wheel and the timeline are computed once as a scene; the
//! screen, SVG, PNG and PDF all draw that scene, so what is exported is what is shown.

/// A colour with alpha, sRGB.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgba(pub u8, pub u8, pub u8, pub u8);

impl Rgba {
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self(r, g, b, 255)
    }

    /// "#rrggbb" for SVG.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    pub fn opacity(self) -> f32 {
        f32::from(self.3) / 255.0
    }
}

/// Where a text's position is on the text: its start, middle or end, on the baseline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    pub width: f32,
    pub colour: Rgba,
    pub dashed: bool,
}

impl Stroke {
    pub fn solid(width: f32, colour: Rgba) -> Self {
        Self {
            width,
            colour,
            dashed: false,
        }
    }
}

pub use crate::palette::{INK, MUTED, PAPER, SERIES, WHITE};

#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect {
        min: [f32; 2],
        max: [f32; 2],
        radius: f32,
        fill: Option<Rgba>,
        stroke: Option<Stroke>,
    },
    /// A polyline, with an arrowhead at its last point when `arrow_end`, and at its first
    /// when `arrow_start`.
    Line {
        points: Vec<[f32; 2]>,
        stroke: Stroke,
        arrow_start: bool,
        arrow_end: bool,
    },
    /// A filled polygon (wheel sectors, diamonds).
    Polygon {
        points: Vec<[f32; 2]>,
        fill: Rgba,
        stroke: Option<Stroke>,
    },
    Circle {
        centre: [f32; 2],
        radius: f32,
        fill: Option<Rgba>,
        stroke: Option<Stroke>,
    },
    /// One line of text; `pos` is on the baseline.
    Text {
        pos: [f32; 2],
        text: String,
        size: f32,
        colour: Rgba,
        anchor: Anchor,
        bold: bool,
    },
}

impl Shape {
    /// The shape's bounding box, for culling what is off screen.
    pub fn bounds(&self) -> ([f32; 2], [f32; 2]) {
        let of_points = |points: &[[f32; 2]]| {
            points.iter().fold(
                ([f32::MAX, f32::MAX], [f32::MIN, f32::MIN]),
                |(lo, hi), p| {
                    (
                        [lo[0].min(p[0]), lo[1].min(p[1])],
                        [hi[0].max(p[0]), hi[1].max(p[1])],
                    )
                },
            )
        };
        match self {
            Shape::Rect { min, max, .. } => (*min, *max),
            Shape::Line { points, .. } | Shape::Polygon { points, .. } => of_points(points),
            Shape::Circle { centre, radius, .. } => (
                [centre[0] - radius, centre[1] - radius],
                [centre[0] + radius, centre[1] + radius],
            ),
            Shape::Text {
                pos,
                text,
                size,
                anchor,
                ..
            } => {
                // Generous: an average glyph is about 0.55 em wide.
                let width = text.chars().count() as f32 * size * 0.6;
                let x0 = match anchor {
                    Anchor::Start => pos[0],
                    Anchor::Middle => pos[0] - width / 2.0,
                    Anchor::End => pos[0] - width,
                };
                ([x0, pos[1] - size], [x0 + width, pos[1] + size * 0.3])
            }
        }
    }
}

/// A whole drawing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    pub size: [f32; 2],
    pub background: Option<Rgba>,
    pub shapes: Vec<Shape>,
}

impl Scene {
    /// Every text in the scene, in drawing order.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.shapes.iter().filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

/// The three corners of an arrowhead whose tip is at `tip`, pointing away from `from`.
pub fn arrowhead(tip: [f32; 2], from: [f32; 2], size: f32) -> [[f32; 2]; 3] {
    let (dx, dy) = (tip[0] - from[0], tip[1] - from[1]);
    let len = (dx * dx + dy * dy).sqrt().max(f32::EPSILON);
    let (ux, uy) = (dx / len, dy / len);
    let back = [tip[0] - ux * size, tip[1] - uy * size];
    let half = size * 0.45;
    [
        tip,
        [back[0] - uy * half, back[1] + ux * half],
        [back[0] + uy * half, back[1] - ux * half],
    ]
}

/// The arrowheads a line asks for, as polygons.
pub fn arrowheads(points: &[[f32; 2]], start: bool, end: bool, width: f32) -> Vec<[[f32; 2]; 3]> {
    let size = 6.0 + width * 2.5;
    let mut heads = Vec::new();
    if let [first, second, ..] = points
        && start
    {
        heads.push(arrowhead(*first, *second, size));
    }
    if let [.., before, last] = points
        && end
    {
        heads.push(arrowhead(*last, *before, size));
    }
    heads
}
