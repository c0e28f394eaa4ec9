//! Label lanes around the wheel: radial lanes that never overlap, and arc lanes for spans.

use std::collections::BTreeMap;
use std::f64::consts::TAU;

/// A label to place on the wheel, centred on `angle`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelRequest {
    pub angle: f32,
    /// The label's length along the circle, in the same units as the radius.
    pub width: f32,
}

/// Gives each label a lane (0 = innermost) so that labels in one lane never overlap, or `None`
/// when it fits in none of the `max_lanes` lanes (the app then draws a short mark with a
/// tooltip).
///
/// How widths become angles: a label of `width` centred on `angle` occupies the arc
/// `angle ± (width + gap) / (2 · radius)`, so neighbours in a lane are at least `gap` apart
/// along the circle. Every lane is measured at the innermost `radius`: lanes drawn further out
/// have more room, so a layout that fits at `radius` fits there too (see
/// [`assign_lanes_spaced`] to use the room). Overlap is checked around the circle, so a label
/// just left of the top collides with one just right of it.
///
/// Labels are placed in angle order (ties by index), each in the lowest lane that has room;
/// the result is deterministic. A label with a non-finite angle or width, or a negative width,
/// gets `None`.
#[must_use]
pub fn assign_lanes(
    requests: &[LabelRequest],
    radius: f32,
    gap: f32,
    max_lanes: usize,
) -> Vec<Option<usize>> {
    assign_lanes_spaced(requests, radius, 0.0, gap, max_lanes)
}

/// [`assign_lanes`] with lane k measured at its own radius `radius + k · lane_width`, which
/// packs outer lanes tighter. Negative or non-finite `lane_width` counts as 0.
#[must_use]
pub fn assign_lanes_spaced(
    requests: &[LabelRequest],
    radius: f32,
    lane_width: f32,
    gap: f32,
    max_lanes: usize,
) -> Vec<Option<usize>> {
    let mut result = vec![None; requests.len()];
    let radius = f64::from(radius);
    let lane_width = f64::from(lane_width);
    let lane_width = if lane_width.is_finite() && lane_width > 0.0 {
        lane_width
    } else {
        0.0
    };
    let gap = f64::from(gap).max(0.0);
    if !(radius.is_finite() && radius > 0.0 && gap.is_finite()) {
        return result;
    }
    let mut order: Vec<usize> = (0..requests.len())
        .filter(|&i| {
            let r = requests[i];
            r.angle.is_finite() && r.width.is_finite() && r.width >= 0.0
        })
        .collect();
    let centre = |i: usize| f64::from(requests[i].angle).rem_euclid(TAU);
    order.sort_by(|&a, &b| centre(a).total_cmp(&centre(b)).then(a.cmp(&b)));

    // Per lane in use: the (centre, half-width in radians) of the labels placed there. A map,
    // so a wide label sent far out does not allocate the empty lanes inside it.
    let mut lanes: BTreeMap<usize, Vec<(f64, f64)>> = BTreeMap::new();
    for i in order {
        let c = centre(i);
        let extent = f64::from(requests[i].width) + gap;
        let Some(innermost) = first_lane_fitting_alone(extent, radius, lane_width) else {
            continue;
        };
        let half = |lane: usize| extent / (2.0 * lane_radius(radius, lane_width, lane));
        let shared = lanes.range(innermost..).find_map(|(&lane, placed)| {
            let h = half(lane);
            placed
                .iter()
                .all(|&(c2, h2)| circular_distance(c, c2) >= h + h2)
                .then_some(lane)
        });
        let mut empty = innermost;
        while lanes.contains_key(&empty) {
            empty += 1;
        }
        let lane = shared.map_or(empty, |lane| lane.min(empty));
        if lane < max_lanes {
            lanes.entry(lane).or_default().push((c, half(lane)));
            result[i] = Some(lane);
        }
    }
    result
}

/// The radius lanes are measured at.
pub(super) fn lane_radius(radius: f64, lane_width: f64, lane: usize) -> f64 {
    #[allow(clippy::cast_precision_loss)] // lane indices are small
    let lane = lane as f64;
    radius + lane * lane_width
}

/// The innermost lane with room for a label of `extent` on its own, i.e. whose circumference
/// is at least `extent`; `None` if there is none.
pub(super) fn first_lane_fitting_alone(extent: f64, radius: f64, lane_width: f64) -> Option<usize> {
    let fits = |lane: usize| extent <= TAU * lane_radius(radius, lane_width, lane);
    if fits(0) {
        return Some(0);
    }
    if lane_width <= 0.0 {
        return None;
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    // positive here; absurd sizes saturate and then fit in no lane the caller allows
    let mut lane = ((extent / TAU - radius) / lane_width).ceil() as usize;
    // The estimate can be one off either way after rounding.
    while lane > 1 && fits(lane - 1) {
        lane -= 1;
    }
    while !fits(lane) {
        lane = lane.checked_add(1)?;
    }
    Some(lane)
}

/// Angles closer than this count as equal in arc overlap tests, so arcs computed in f32 that
/// should touch (a month ending where the next begins, across the top too) share a lane.
pub(super) const ARC_EPS: f64 = 1e-6;

/// Gives each arc `(start, end)` a lane so that arcs in one lane do not overlap, using few
/// lanes. An arc runs clockwise from `start` to `end` and wraps through the top when `end` is
/// less than `start` (e.g. November–February); `end - start ≥ 2π` is the whole circle. Arcs
/// are half-open, `[start, end)`, so one ending where the next begins can share its lane; an
/// arc of zero length is the single point `start`. Non-finite arcs get lanes of their own.
///
/// The circle is cut where the fewest arcs pass; the arcs over the cut take the first lanes
/// and the rest go, in order of their start from the cut, to the lowest lane where they fit.
/// Where some point is covered by no arc this is optimal (as many lanes as arcs over the
/// busiest point); otherwise it uses at most twice that. Deterministic; quadratic in the
/// number of arcs, which is fine for the activities of a year.
#[must_use]
pub fn assign_arc_lanes(arcs: &[(f32, f32)]) -> Vec<usize> {
    let normal: Vec<Option<(f64, f64)>> = arcs
        .iter()
        .map(|&(start, end)| {
            let (start, end) = (f64::from(start), f64::from(end));
            if !(start.is_finite() && end.is_finite()) {
                return None;
            }
            let len = if end - start >= TAU - ARC_EPS {
                TAU
            } else {
                (end - start).rem_euclid(TAU)
            };
            // Shorter than the tolerance: drawn as a point, so treated as one.
            let len = if len < 2.0 * ARC_EPS { 0.0 } else { len };
            Some((start.rem_euclid(TAU), len))
        })
        .collect();
    let valid: Vec<(usize, (f64, f64))> = normal
        .iter()
        .enumerate()
        .filter_map(|(i, a)| a.map(|a| (i, a)))
        .collect();
    let cut = quietest_point(&valid.iter().map(|(_, a)| *a).collect::<Vec<_>>());

    // Arcs over the cut first: they all meet there, so each needs a lane of its own anyway.
    let mut order: Vec<(bool, f64, usize)> = valid
        .iter()
        .map(|&(i, a)| (!contains(a, cut), (a.0 - cut).rem_euclid(TAU), i))
        .collect();
    order.sort_by(|x, y| x.0.cmp(&y.0).then(x.1.total_cmp(&y.1)).then(x.2.cmp(&y.2)));

    let mut result = vec![0; arcs.len()];
    let mut lanes: Vec<Vec<(f64, f64)>> = Vec::new();
    for (_, _, i) in order {
        let Some(arc) = normal[i] else { continue };
        let lane = lanes
            .iter()
            .position(|placed| placed.iter().all(|&other| !arcs_overlap(arc, other)))
            .unwrap_or(lanes.len());
        if lane == lanes.len() {
            lanes.push(Vec::new());
        }
        lanes[lane].push(arc);
        result[i] = lane;
    }
    // Arcs that are not finite get lanes past all the others, so they collide with nothing.
    let mut next = lanes.len();
    for (i, a) in normal.iter().enumerate() {
        if a.is_none() {
            result[i] = next;
            next += 1;
        }
    }
    result
}

/// A point covered by as few arcs as possible: the middle of the least covered gap between
/// arc ends (first in angle order on ties), or 0 when there is no gap.
pub(super) fn quietest_point(arcs: &[(f64, f64)]) -> f64 {
    let mut events: Vec<f64> = arcs
        .iter()
        .flat_map(|&(s, len)| [s, (s + len).rem_euclid(TAU)])
        .collect();
    events.sort_by(f64::total_cmp);
    let wrap = events.first().map_or(TAU, |first| first + TAU);
    let gaps = events.iter().enumerate().filter_map(|(i, &a)| {
        let b = events.get(i + 1).copied().unwrap_or(wrap);
        (b - a > 4.0 * ARC_EPS).then(|| f64::midpoint(a, b).rem_euclid(TAU))
    });
    let load = |p: f64| arcs.iter().filter(|a| contains(**a, p)).count();
    gaps.map(|p| (load(p), p))
        .min_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)))
        .map_or(0.0, |(_, p)| p)
}

/// The shorter way round between two angles in 0..2π.
pub(super) fn circular_distance(a: f64, b: f64) -> f64 {
    let d = (a - b).abs();
    d.min(TAU - d)
}

/// Whether the half-open arc `(start, len)` holds the point `p` (all in 0..2π), within
/// [`ARC_EPS`]; a zero-length arc holds only its start.
pub(super) fn contains((start, len): (f64, f64), p: f64) -> bool {
    if len >= TAU {
        true
    } else if len == 0.0 {
        circular_distance(p, start) <= ARC_EPS
    } else {
        (p - start).rem_euclid(TAU) < len - ARC_EPS
    }
}

/// Two arcs on a circle meet exactly when one holds the other's start.
pub(super) fn arcs_overlap(a: (f64, f64), b: (f64, f64)) -> bool {
    contains(a, b.0) || contains(b, a.0)
}
