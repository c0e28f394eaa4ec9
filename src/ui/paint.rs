//! Draws a diagram scene with egui's painter, skipping what is outside `visible` (scene
//! coordinates): the same scene the SVG/PNG exporters write.

use crate::diagram::scene::{Anchor, Rgba, Scene, Shape, arrowheads};
use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Stroke};

fn colour(c: Rgba) -> Color32 {
    crate::theme::colour(c)
}

fn pos(p: [f32; 2], offset: egui::Vec2) -> Pos2 {
    Pos2::new(p[0], p[1]) + offset
}

fn stroke(s: &crate::diagram::scene::Stroke) -> Stroke {
    Stroke::new(s.width, colour(s.colour))
}

/// Text smaller than this on screen (in points) is not drawn: nobody can read it, and laying
/// out thousands of labels of a zoomed-out chart costs more than the rest of the frame.
const MIN_READABLE_TEXT: f32 = 3.0;

/// Paint `scene` with its origin at `origin`; shapes whose bounds miss `visible` are skipped,
/// and so is text too small to read at the painter's zoom.
pub fn paint_scene(painter: &Painter, scene: &Scene, origin: Pos2, visible: Rect) {
    let offset = origin.to_vec2();
    let zoom = painter
        .ctx()
        .layer_transform_to_global(painter.layer_id())
        .map_or(1.0, |t| t.scaling);
    if let Some(bg) = scene.background {
        painter.rect_filled(
            Rect::from_min_size(origin, egui::vec2(scene.size[0], scene.size[1])),
            4.0,
            colour(bg),
        );
    }
    for shape in &scene.shapes {
        let (lo, hi) = shape.bounds();
        let bounds = Rect::from_min_max(pos(lo, offset), pos(hi, offset));
        if !bounds.intersects(visible) {
            continue;
        }
        match shape {
            Shape::Rect {
                min,
                max,
                radius,
                fill,
                stroke: s,
            } => {
                let rect = Rect::from_min_max(pos(*min, offset), pos(*max, offset));
                painter.rect(
                    rect,
                    *radius,
                    fill.map_or(Color32::TRANSPARENT, colour),
                    s.as_ref().map_or(Stroke::NONE, stroke),
                    egui::StrokeKind::Inside,
                );
            }
            Shape::Line {
                points,
                stroke: s,
                arrow_start,
                arrow_end,
            } => {
                let pts: Vec<Pos2> = points.iter().map(|p| pos(*p, offset)).collect();
                if s.dashed {
                    painter.extend(egui::Shape::dashed_line(&pts, stroke(s), 6.0, 4.0));
                } else {
                    painter.add(egui::Shape::line(pts, stroke(s)));
                }
                for head in arrowheads(points, *arrow_start, *arrow_end, s.width) {
                    painter.add(egui::Shape::convex_polygon(
                        head.iter().map(|p| pos(*p, offset)).collect(),
                        colour(s.colour),
                        Stroke::NONE,
                    ));
                }
            }
            Shape::Polygon {
                points,
                fill,
                stroke: s,
            } => {
                painter.add(egui::Shape::convex_polygon(
                    points.iter().map(|p| pos(*p, offset)).collect(),
                    colour(*fill),
                    s.as_ref().map_or(Stroke::NONE, stroke),
                ));
            }
            Shape::Circle {
                centre,
                radius,
                fill,
                stroke: s,
            } => {
                let c = pos(*centre, offset);
                if let Some(f) = fill {
                    painter.circle_filled(c, *radius, colour(*f));
                }
                if let Some(s) = s {
                    painter.circle_stroke(c, *radius, stroke(s));
                }
            }
            Shape::Text {
                pos: p,
                text,
                size,
                colour: c,
                anchor,
                bold,
            } => {
                if size * zoom < MIN_READABLE_TEXT {
                    continue;
                }
                let align = match anchor {
                    Anchor::Start => Align2::LEFT_TOP,
                    Anchor::Middle => Align2::CENTER_TOP,
                    Anchor::End => Align2::RIGHT_TOP,
                };
                // The scene's position is the baseline; egui places the row's top.
                let top = pos(*p, offset) - egui::vec2(0.0, size * 0.93);
                let font = FontId::proportional(*size);
                painter.text(top, align, text, font.clone(), colour(*c));
                if *bold {
                    // No bold cut in the font: a second pass a hair to the right.
                    painter.text(top + egui::vec2(0.45, 0.0), align, text, font, colour(*c));
                }
            }
        }
    }
}
