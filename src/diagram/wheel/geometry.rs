//! The wheel's geometry: radii and angles on the page, ring bands, label boxes that fit a band.

use super::WheelYear;
use crate::diagram::scene::{Rgba, Shape};
use crate::diagram::text::Measure;
use crate::diagram::wheel::LABEL_PAD;
use crate::diagram::wheel::LANE_PITCH;
use crate::diagram::wheel::LINE_BOXES;
use crate::diagram::wheel::MAX_PIECE;
use crate::diagram::wheel::MIN_LABEL_CHARS;
use crate::diagram::wheel::SEAM;
use chrono::NaiveDate;

/// The width a text takes: the font's, but never less than [`Shape::bounds`] reckons, so a
/// box made from it holds the text shape's bounds too.
pub(super) fn box_width(measure: &Measure, text: &str, size: f32) -> f32 {
    measure
        .width(text, size)
        .max(text.chars().count() as f32 * size * 0.6)
}

/// The wheel's geometry: where a radius and an angle are on the page.
#[derive(Clone, Copy)]
pub(super) struct Geometry {
    pub(super) centre: [f32; 2],
    pub(super) year: WheelYear,
    /// One day's slice of the circle.
    pub(super) slice: f32,
}

impl Geometry {
    pub(super) fn at(&self, r: f32, angle: f32) -> [f32; 2] {
        [
            self.centre[0] + r * angle.sin(),
            self.centre[1] - r * angle.cos(),
        ]
    }

    /// The middle of the days `first..=last` (both in the year).
    pub(super) fn middle(&self, first: NaiveDate, last: NaiveDate) -> Option<f32> {
        let a = self.year.angle_from_date(first)?;
        let b = self.year.angle_from_date(last)? + self.slice;
        Some(f32::midpoint(a, b))
    }

    /// The annular sector `r_in..r_out`, `a0..a1` as convex quads of at most [`MAX_PIECE`].
    pub(super) fn sector(
        &self,
        shapes: &mut Vec<Shape>,
        r: (f32, f32),
        a0: f32,
        a1: f32,
        fill: Rgba,
    ) {
        if a1 <= a0 {
            return;
        }
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        // a positive angle of at most a turn over 3°: at most 120 pieces
        let pieces = ((a1 - a0) / MAX_PIECE).ceil().max(1.0) as usize;
        let step = (a1 - a0) / pieces as f32;
        for k in 0..pieces {
            let s = a0 + step * k as f32;
            let e = if k + 1 == pieces {
                a1
            } else {
                a0 + step * (k + 1) as f32 + SEAM
            };
            shapes.push(Shape::Polygon {
                points: vec![
                    self.at(r.0, s),
                    self.at(r.1, s),
                    self.at(r.1, e),
                    self.at(r.0, e),
                ],
                fill,
                stroke: None,
            });
        }
    }
}

/// The part of a ring where labels go, and its lanes.
#[derive(Clone, Copy, Debug)]
pub(super) struct Band {
    pub(super) inner: f32,
    pub(super) outer: f32,
    pub(super) lanes: usize,
    pub(super) pitch: f32,
}

impl Band {
    pub(super) fn new(inner: f32, outer: f32) -> Self {
        let room = (outer - inner).max(0.0);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        // a few hundred points over 13: a small non-negative count
        let lanes = (room / LANE_PITCH).floor() as usize;
        let pitch = if lanes == 0 {
            room
        } else {
            room / lanes as f32
        };
        Self {
            inner,
            outer,
            lanes,
            pitch,
        }
    }

    pub(super) fn lane_radius(&self, lane: usize) -> f32 {
        self.inner + (lane as f32 + 0.5) * self.pitch
    }
}

/// For a horizontal box `w` × `h` centred on the ray at `angle`: the distances from the
/// centre at which the whole box lies inside the annulus `band.inner..band.outer`, as
/// (nearest, farthest); `None` when there are none.
///
/// Seen along the ray the box reaches `e` either side of its centre, so the box is clear of
/// the inner circle when its centre is at least `inner + e` out. Its farthest corner is at
/// `(r·|sin| + w/2)² + (r·|cos| + h/2)²`, which must stay within `outer²`.
pub(super) fn fit_box(w: f32, h: f32, angle: f32, band: &Band) -> Option<(f32, f32)> {
    let (sin, cos) = (angle.sin().abs(), angle.cos().abs());
    let (half_w, half_h) = (w / 2.0, h / 2.0);
    let reach = sin * half_w + cos * half_h;
    let disc = reach * reach + band.outer * band.outer - half_w * half_w - half_h * half_h;
    if disc < 0.0 {
        return None;
    }
    let (near, far) = (band.inner + reach, disc.sqrt() - reach);
    (near <= far).then_some((near, far))
}

/// `text` and then ever shorter cuts of it ending in "…", down to a few letters.
pub(super) fn shortenings(text: &str) -> impl Iterator<Item = String> {
    let chars: Vec<char> = text.trim().chars().collect();
    let shortest = chars.len().clamp(1, MIN_LABEL_CHARS);
    (shortest..=chars.len()).rev().map(move |n| {
        if n == chars.len() {
            chars.iter().collect::<String>()
        } else {
            format!("{}…", chars[..n].iter().collect::<String>().trim_end())
        }
    })
}

/// The longest of [`shortenings`] of `text` whose box fits the band, with its width and the
/// distances where it fits. `angle_of` gives the label's angle from its width.
pub(super) fn fitted_label(
    measure: &Measure,
    text: &str,
    size: f32,
    max_width: f32,
    band: &Band,
    angle_of: impl Fn(f32) -> f32,
) -> Option<(String, f32, (f32, f32))> {
    let h = size * LINE_BOXES;
    shortenings(text).find_map(|candidate| {
        let w = box_width(measure, &candidate, size);
        if w > max_width {
            return None;
        }
        let fit = fit_box(w, h, angle_of(w), band)?;
        Some((candidate, w, fit))
    })
}

/// A box as (min, max).
pub(super) type BoxF = ([f32; 2], [f32; 2]);

pub(super) fn boxes_overlap(a: &BoxF, b: &BoxF) -> bool {
    a.0[0] < b.1[0] + LABEL_PAD
        && b.0[0] < a.1[0] + LABEL_PAD
        && a.0[1] < b.1[1] + LABEL_PAD
        && b.0[1] < a.1[1] + LABEL_PAD
}

/// The box of a text of width `w` at `size` centred on `c`, and the text's baseline position
/// (anchored in the middle) so that its [`Shape::bounds`] lie inside the box.
pub(super) fn centred_box(c: [f32; 2], w: f32, size: f32) -> (BoxF, [f32; 2]) {
    let (a, b) = (w / 2.0, size * LINE_BOXES / 2.0);
    (
        ([c[0] - a, c[1] - b], [c[0] + a, c[1] + b]),
        [c[0], c[1] + b - 0.3 * size],
    )
}
