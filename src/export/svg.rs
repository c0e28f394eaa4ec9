//! A scene as SVG: the chart as drawn on screen, for slides and documents. Arrowheads are
//! polygons (not markers) and bold text is outlined, so every renderer draws it the same.

use crate::diagram::scene::{Anchor, Rgba, Scene, Shape, Stroke, arrowheads};
use std::fmt::Write;

/// Text for an attribute or element: markup escaped, and the characters XML 1.0 does not
/// allow ([`crate::text::xml_allows`]) left out; line breaks become spaces.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' | '\r' => out.push(' '),
            c if crate::text::xml_allows(c) => out.push(c),
            _ => {}
        }
    }
    out
}

fn paint(attr: &str, c: Rgba) -> String {
    if c.3 == 255 {
        format!(" {attr}=\"{}\"", c.hex())
    } else {
        format!(
            " {attr}=\"{}\" {attr}-opacity=\"{:.3}\"",
            c.hex(),
            c.opacity()
        )
    }
}

fn stroke_attrs(s: Option<&Stroke>) -> String {
    match s {
        None => " stroke=\"none\"".to_owned(),
        Some(s) => {
            let mut a = paint("stroke", s.colour);
            let _ = write!(a, " stroke-width=\"{:.2}\"", s.width);
            if s.dashed {
                a.push_str(" stroke-dasharray=\"6 4\"");
            }
            a
        }
    }
}

fn points_attr(points: &[[f32; 2]]) -> String {
    points
        .iter()
        .map(|p| format!("{:.1},{:.1}", p[0], p[1]))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The SVG text of a scene.
pub fn to_svg(scene: &Scene) -> String {
    let [w, h] = scene.size;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{h:.0}\" viewBox=\"0 0 {w:.1} {h:.1}\" font-family=\"Ubuntu, 'Ubuntu Light', Arial, sans-serif\">"
    );
    if let Some(bg) = scene.background {
        let _ = writeln!(
            out,
            "<rect width=\"100%\" height=\"100%\"{}/>",
            paint("fill", bg)
        );
    }
    for shape in &scene.shapes {
        match shape {
            Shape::Rect {
                min,
                max,
                radius,
                fill,
                stroke,
            } => {
                let fill = fill.map_or_else(|| " fill=\"none\"".to_owned(), |f| paint("fill", f));
                let _ = writeln!(
                    out,
                    "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"{radius:.1}\"{fill}{}/>",
                    min[0],
                    min[1],
                    max[0] - min[0],
                    max[1] - min[1],
                    stroke_attrs(stroke.as_ref())
                );
            }
            Shape::Line {
                points,
                stroke,
                arrow_start,
                arrow_end,
            } => {
                let _ = writeln!(
                    out,
                    "<polyline points=\"{}\" fill=\"none\"{} stroke-linejoin=\"round\"/>",
                    points_attr(points),
                    stroke_attrs(Some(stroke))
                );
                for head in arrowheads(points, *arrow_start, *arrow_end, stroke.width) {
                    let _ = writeln!(
                        out,
                        "<polygon points=\"{}\"{}/>",
                        points_attr(&head),
                        paint("fill", stroke.colour)
                    );
                }
            }
            Shape::Polygon {
                points,
                fill,
                stroke,
            } => {
                let _ = writeln!(
                    out,
                    "<polygon points=\"{}\"{}{}/>",
                    points_attr(points),
                    paint("fill", *fill),
                    stroke_attrs(stroke.as_ref())
                );
            }
            Shape::Circle {
                centre,
                radius,
                fill,
                stroke,
            } => {
                let fill = fill.map_or_else(|| " fill=\"none\"".to_owned(), |f| paint("fill", f));
                let _ = writeln!(
                    out,
                    "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{radius:.1}\"{fill}{}/>",
                    centre[0],
                    centre[1],
                    stroke_attrs(stroke.as_ref())
                );
            }
            Shape::Text {
                pos,
                text,
                size,
                colour,
                anchor,
                bold,
            } => {
                let anchor = match anchor {
                    Anchor::Start => "start",
                    Anchor::Middle => "middle",
                    Anchor::End => "end",
                };
                // The font has no bold cut: bold is a thin outline in the text colour.
                let outline = if *bold {
                    format!(
                        "{} stroke-width=\"{:.2}\"",
                        paint("stroke", *colour),
                        size * 0.04
                    )
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{size:.1}\" text-anchor=\"{anchor}\"{}{outline}>{}</text>",
                    pos[0],
                    pos[1],
                    paint("fill", *colour),
                    escape(text)
                );
            }
        }
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_swedish_letters_kept() {
        assert_eq!(escape("R&D <Å> \"ä\""), "R&amp;D &lt;Å&gt; &quot;ä&quot;");
        assert_eq!(escape("a\u{1}b\u{FFFE}"), "ab");
    }
}
