//! A matter drawn across the swimlanes: a line through every meeting that handled it, in
//! date order, from one body's lane to the next, with a dot at each meeting.

use super::events::Frame;
use super::shapes::line;
use super::{EVENT_ROW, LANE_PAD};
use crate::diagram::scene::{Shape, Stroke, WHITE};
use crate::model::MatterId;
use std::collections::BTreeMap;

/// The line of `matter` over the lanes in `index` (a body's lane number); meetings outside
/// the visible days or of bodies without a lane are left out. Nothing when fewer than one
/// point is visible.
pub(super) fn matter_line(
    frame: &Frame<'_>,
    matter: &MatterId,
    index: &BTreeMap<&crate::model::BodyId, usize>,
) -> Vec<Shape> {
    let colour = crate::palette::MATTER_LINE;
    let mut points: Vec<[f32; 2]> = Vec::new();
    for step in crate::model::matter::trail(frame.doc, matter) {
        let m = step.meeting;
        if !frame.visible(m.date, m.date) {
            continue;
        }
        let Some(&lane) = m.bodies.first().and_then(|b| index.get(b)) else {
            continue;
        };
        let x = frame.scale.x_from_datetime(m.date, 720);
        let y = frame.lane_top(lane) + LANE_PAD + EVENT_ROW / 2.0;
        if points.last() != Some(&[x, y]) {
            points.push([x, y]);
        }
    }
    let mut shapes = Vec::new();
    if points.len() > 1 {
        shapes.push(line(points.clone(), Stroke::solid(2.5, colour)));
    }
    for p in points {
        shapes.push(Shape::Circle {
            centre: p,
            radius: 4.5,
            fill: Some(colour),
            stroke: Some(Stroke::solid(1.5, WHITE)),
        });
    }
    shapes
}
