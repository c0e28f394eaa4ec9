//! A scene as a one-page PDF (the årshjul to print): the same shapes as on screen and in
//! SVG, fitted to an A4 page, text embedded with egui's font through krilla.

use crate::diagram::scene::{Anchor, Rgba, Scene, Shape, arrowheads};
use crate::diagram::text::{Measure, font_bytes};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Transform};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use super::pdf::PdfError;

const MARGIN: f32 = 28.0;

fn fill(c: Rgba) -> Fill {
    Fill {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        opacity: NormalizedF32::new(c.opacity()).unwrap_or(NormalizedF32::ONE),
        rule: krilla::paint::FillRule::default(),
    }
}

fn stroke(s: &crate::diagram::scene::Stroke) -> Stroke {
    Stroke {
        paint: rgb::Color::new(s.colour.0, s.colour.1, s.colour.2).into(),
        width: s.width,
        opacity: NormalizedF32::new(s.colour.opacity()).unwrap_or(NormalizedF32::ONE),
        dash: s.dashed.then(|| StrokeDash {
            array: vec![6.0, 4.0],
            offset: 0.0,
        }),
        ..Stroke::default()
    }
}

fn polyline(points: &[[f32; 2]], close: bool) -> Option<krilla::geom::Path> {
    let mut path = PathBuilder::new();
    let (first, rest) = points.split_first()?;
    path.move_to(first[0], first[1]);
    for p in rest {
        path.line_to(p[0], p[1]);
    }
    if close {
        path.close();
    }
    path.finish()
}

/// A circle as four cubic Béziers.
fn circle(c: [f32; 2], r: f32) -> Option<krilla::geom::Path> {
    const K: f32 = 0.552_284_8;
    let mut p = PathBuilder::new();
    p.move_to(c[0] + r, c[1]);
    p.cubic_to(
        c[0] + r,
        c[1] + K * r,
        c[0] + K * r,
        c[1] + r,
        c[0],
        c[1] + r,
    );
    p.cubic_to(
        c[0] - K * r,
        c[1] + r,
        c[0] - r,
        c[1] + K * r,
        c[0] - r,
        c[1],
    );
    p.cubic_to(
        c[0] - r,
        c[1] - K * r,
        c[0] - K * r,
        c[1] - r,
        c[0],
        c[1] - r,
    );
    p.cubic_to(
        c[0] + K * r,
        c[1] - r,
        c[0] + r,
        c[1] - K * r,
        c[0] + r,
        c[1],
    );
    p.close();
    p.finish()
}

fn draw(
    surface: &mut Surface,
    path: Option<krilla::geom::Path>,
    f: Option<Fill>,
    s: Option<Stroke>,
) {
    if let Some(path) = path {
        surface.set_fill(f);
        surface.set_stroke(s);
        surface.draw_path(&path);
    }
}

/// The scene on one A4 page (landscape when it is wider than tall), scaled to fit; PDF/A-2b
/// unless its text has characters the font cannot show.
pub fn scene_to_pdf(scene: &Scene, title: &str) -> Result<Vec<u8>, PdfError> {
    scene_to_pdf_as(scene, title, true).or_else(|_| scene_to_pdf_as(scene, title, false))
}

fn scene_to_pdf_as(scene: &Scene, title: &str, archival: bool) -> Result<Vec<u8>, PdfError> {
    let measure = Measure::new().ok_or(PdfError::Font)?;
    let font = Font::new(font_bytes().into(), 0).ok_or(PdfError::Font)?;
    let (w, h) = if scene.size[0] > scene.size[1] {
        (super::pdf::PAGE_HEIGHT, super::pdf::PAGE_WIDTH)
    } else {
        (super::pdf::PAGE_WIDTH, super::pdf::PAGE_HEIGHT)
    };
    let scale = ((w - 2.0 * MARGIN) / scene.size[0].max(1.0))
        .min((h - 2.0 * MARGIN) / scene.size[1].max(1.0));
    let offset = [
        (w - scene.size[0] * scale) / 2.0,
        (h - scene.size[1] * scale) / 2.0,
    ];
    let mut document = super::pdf::new_document(archival)?;
    document.set_metadata(super::pdf::metadata(title));
    let settings =
        PageSettings::from_wh(w, h).ok_or_else(|| PdfError::Write("page size".into()))?; // not UI
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    surface.push_transform(&Transform::from_row(
        scale, 0.0, 0.0, scale, offset[0], offset[1],
    ));
    if let Some(bg) = scene.background {
        draw(
            &mut surface,
            polyline(
                &[
                    [0.0, 0.0],
                    [scene.size[0], 0.0],
                    [scene.size[0], scene.size[1]],
                    [0.0, scene.size[1]],
                ],
                true,
            ),
            Some(fill(bg)),
            None,
        );
    }
    paint(&mut surface, scene, &font, &measure);
    surface.pop();
    surface.finish();
    page.finish();
    document
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))
}

/// Draw the shapes of `scene` on `surface` in its current transform (scene points).
/// Used for a one-page picture and for the figures of a report alike.
pub(super) fn paint(surface: &mut Surface, scene: &Scene, font: &Font, measure: &Measure) {
    for shape in &scene.shapes {
        match shape {
            Shape::Rect {
                min,
                max,
                fill: f,
                stroke: s,
                ..
            } => draw(
                surface,
                polyline(&[*min, [max[0], min[1]], *max, [min[0], max[1]]], true),
                f.map(fill),
                s.as_ref().map(stroke),
            ),
            Shape::Line {
                points,
                stroke: s,
                arrow_start,
                arrow_end,
            } => {
                draw(surface, polyline(points, false), None, Some(stroke(s)));
                for head in arrowheads(points, *arrow_start, *arrow_end, s.width) {
                    draw(surface, polyline(&head, true), Some(fill(s.colour)), None);
                }
            }
            Shape::Polygon {
                points,
                fill: f,
                stroke: s,
            } => draw(
                surface,
                polyline(points, true),
                Some(fill(*f)),
                s.as_ref().map(stroke),
            ),
            Shape::Circle {
                centre,
                radius,
                fill: f,
                stroke: s,
            } => draw(
                surface,
                circle(*centre, *radius),
                f.map(fill),
                s.as_ref().map(stroke),
            ),
            Shape::Text {
                pos,
                text,
                size,
                colour,
                anchor,
                bold,
            } => {
                let width = measure.width(text, *size);
                let x = match anchor {
                    Anchor::Start => pos[0],
                    Anchor::Middle => pos[0] - width / 2.0,
                    Anchor::End => pos[0] - width,
                };
                surface.set_fill(Some(fill(*colour)));
                surface.set_stroke(bold.then(|| Stroke {
                    paint: rgb::Color::new(colour.0, colour.1, colour.2).into(),
                    width: size * 0.035,
                    ..Stroke::default()
                }));
                surface.draw_text(
                    Point::from_xy(x, pos[1]),
                    font.clone(),
                    *size,
                    text,
                    false,
                    TextDirection::Auto,
                );
            }
        }
    }
}
