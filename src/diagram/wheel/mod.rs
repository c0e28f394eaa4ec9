//! The annual wheel (årshjul) as a [`Scene`]: the operating year as a clock face with its
//! first month at the top, twelve month sectors, a thin ring of ISO weeks, one ring per body
//! with its activities (diamonds) and meetings (dots), labels that never overlap, and a
//! marker for today. Angles follow [`WheelYear`]: radians, 0 at the top, clockwise.
//!
//! Text in a scene is always horizontal, so a label's footprint on the circle depends on where
//! it sits: along the circle at the top and bottom, across it at the sides. Each label is
//! shortened until its box fits inside its body's ring, given a lane by
//! [`assign_lanes_spaced`], and then checked box against box, so no two labels ever overlap;
//! a label with no room is left out and its mark keeps the full text for the tooltip.
//!
//! Every filled ring piece is drawn as convex quads of at most 3°, since egui fills only
//! convex polygons.

mod build;
mod draw;
mod geometry;
#[cfg(test)]
mod geometry_tests;
mod hub;
mod lanes;
mod marks;
mod rings;
#[cfg(test)]
mod tests;
mod texts;
mod year;

pub use build::{wheel, wheel_scene};
pub use lanes::{LabelRequest, assign_arc_lanes, assign_lanes, assign_lanes_spaced};
pub use rings::{DEFAULT_RINGS, default_rings};
pub use year::*;

use crate::diagram::scene::{Rgba, Scene};
use crate::i18n::Lang;
use crate::model::{ActivityId, BodyId, MeetingId};
use crate::palette;
use chrono::NaiveDate;
use std::f32::consts::TAU;

/// What the wheel shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WheelOptions {
    /// The operating year that starts on the 1st of `doc.cycle.start_month` of this year.
    pub year: i32,
    /// The rings, inner to outer, in this order. Empty: every body with activities or
    /// meetings in the year, in document order.
    pub bodies: Vec<BodyId>,
    pub today: NaiveDate,
    pub lang: Lang,
}

/// What a mark stands for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum HitTarget {
    Activity(ActivityId),
    Meeting(MeetingId),
}

/// A mark the pointer can hit: a disc around it.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub target: HitTarget,
    pub centre: [f32; 2],
    pub radius: f32,
    /// The whole text, for a tooltip (it may have a line break).
    pub label: String,
}

/// A label as drawn: its box holds the text shape's bounds.
#[derive(Clone, Debug, PartialEq)]
pub struct WheelLabel {
    pub target: HitTarget,
    /// Index into [`WheelChart::rings`].
    pub ring: usize,
    /// The lane inside the ring, 0 innermost.
    pub lane: usize,
    /// The text drawn, possibly shortened with "…".
    pub text: String,
    pub min: [f32; 2],
    pub max: [f32; 2],
}

/// One body's ring.
#[derive(Clone, Debug, PartialEq)]
pub struct WheelRing {
    pub body: BodyId,
    pub inner: f32,
    pub outer: f32,
}

/// The wheel, drawn.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WheelChart {
    pub scene: Scene,
    /// Every activity and meeting mark.
    pub hits: Vec<Hit>,
    /// The labels that found room.
    pub labels: Vec<WheelLabel>,
    pub rings: Vec<WheelRing>,
    /// The centre of the wheel in scene coordinates.
    pub centre: [f32; 2],
    /// The outer radius of the wheel (month names are outside it).
    pub radius: f32,
    /// The operating year drawn; `None` only for a year chrono cannot represent.
    pub year: Option<WheelYear>,
    /// Where the marker for today is, when today is in the year.
    pub today_angle: Option<f32>,
}

impl WheelChart {
    /// The mark or label under `p`: a label's box, else the nearest mark within its radius.
    pub fn hit_at(&self, p: [f32; 2]) -> Option<&Hit> {
        if let Some(label) = self
            .labels
            .iter()
            .find(|l| p[0] >= l.min[0] && p[0] <= l.max[0] && p[1] >= l.min[1] && p[1] <= l.max[1])
        {
            return self.hits.iter().find(|h| h.target == label.target);
        }
        let distance = |h: &Hit| (h.centre[0] - p[0]).hypot(h.centre[1] - p[1]);
        self.hits
            .iter()
            .filter(|h| distance(h) <= h.radius)
            .min_by(|a, b| distance(a).total_cmp(&distance(b)))
    }

    /// The angle of `p` about the centre (0 at the top, clockwise).
    pub fn angle_at(&self, p: [f32; 2]) -> f32 {
        let (dx, dy) = (p[0] - self.centre[0], p[1] - self.centre[1]);
        dx.atan2(-dy).rem_euclid(TAU)
    }

    /// The day under `p`, when `p` is on the wheel.
    pub fn date_at(&self, p: [f32; 2]) -> Option<NaiveDate> {
        let r = (p[0] - self.centre[0]).hypot(p[1] - self.centre[1]);
        if r > self.radius {
            return None;
        }
        Some(self.year?.date_from_angle(self.angle_at(p)))
    }

    /// The ring under `p`, as an index into [`Self::rings`].
    pub fn ring_at(&self, p: [f32; 2]) -> Option<usize> {
        let r = (p[0] - self.centre[0]).hypot(p[1] - self.centre[1]);
        self.rings.iter().position(|g| r >= g.inner && r < g.outer)
    }
}

/// The outer radius of the wheel's disc: 900 points across.
pub const RADIUS: f32 = 450.0;
/// The hub with the title.
const HUB: f32 = 125.0;
/// The ISO week ring, just inside the outer edge.
const WEEK_BAND: f32 = 22.0;
const RING_IN: f32 = HUB + 4.0;
const RING_OUT: f32 = RADIUS - WEEK_BAND;
/// No piece of a filled ring spans more than this (3°).
const MAX_PIECE: f32 = TAU / 120.0;
/// Pieces of one sector overlap by this much so no seam shows between them.
const SEAM: f32 = 0.002;

const MONTH_SIZE: f32 = 13.0;
const MONTH_GAP: f32 = 6.0;
const WEEK_SIZE: f32 = 8.0;
const LABEL_SIZE: f32 = 9.0;
const RING_NAME_SIZE: f32 = 10.0;
const TITLE_SIZE: f32 = 20.0;
const SUBTITLE_SIZE: f32 = 10.5;
/// Text boxes are this many times the font size high, as [`Shape::bounds`] has them.
const LINE_BOXES: f32 = 1.3;
const LANE_PITCH: f32 = 13.0;
/// Space between labels in one lane, along the circle.
const LABEL_GAP: f32 = 3.0;
/// Space kept between any two label boxes.
const LABEL_PAD: f32 = 1.5;
const MAX_LABEL_WIDTH: f32 = 140.0;
/// Labels are not cut shorter than this many letters (and "…").
const MIN_LABEL_CHARS: usize = 6;
const MAX_RING_NAME_WIDTH: f32 = 110.0;
const LEGEND_HEIGHT: f32 = 34.0;

const ACCENT: Rgba = palette::ACCENT;
const MONTH_A: Rgba = palette::MONTH_A;
const MONTH_B: Rgba = palette::MONTH_B;
const WEEK_A: Rgba = palette::WEEK_A;
const WEEK_B: Rgba = palette::WEEK_B;
const GRID: Rgba = palette::GRID;
const FAINT: Rgba = palette::FAINT;
const MEETING: Rgba = palette::MEETING;
/// One colour per ring, in turn.
const RING_COLOURS: [Rgba; 6] = super::scene::SERIES;
