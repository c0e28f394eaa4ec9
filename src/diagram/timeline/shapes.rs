//! Small helpers for the timeline's shapes: lines, text, fitting a label into room.

use crate::diagram::scene::{Anchor, Rgba, Shape, Stroke};
use crate::diagram::text::Measure;
use crate::diagram::timeline::MIN_LABEL_ROOM;
use crate::diagram::timeline::TEXT_SIZE;
use chrono::{NaiveTime, Timelike};

pub(super) fn faded(c: Rgba, alpha: u8) -> Rgba {
    Rgba(c.0, c.1, c.2, alpha)
}

pub(super) fn line(points: Vec<[f32; 2]>, s: Stroke) -> Shape {
    Shape::Line {
        points,
        stroke: s,
        arrow_start: false,
        arrow_end: false,
    }
}

pub(super) fn text(pos: [f32; 2], text: String, size: f32, colour: Rgba, bold: bool) -> Shape {
    Shape::Text {
        pos,
        text,
        size,
        colour,
        anchor: Anchor::Start,
        bold,
    }
}

pub(super) fn minutes(t: NaiveTime) -> u32 {
    t.hour() * 60 + t.minute()
}

/// `text` cut to `room` with "…"; `None` when not even a letter fits.
pub(super) fn fit(measure: &Measure, text: &str, room: f32) -> Option<String> {
    if room < MIN_LABEL_ROOM || text.trim().is_empty() {
        return None;
    }
    let cut = measure.ellipsize(text, TEXT_SIZE, room);
    (cut.chars().count() > 1 || cut == text).then_some(cut)
}
