//! Events on a lane (meetings, deadlines, reviews) and the frame they are drawn in.

use super::TimeScale;
use crate::diagram::scene::{Rgba, Shape, Stroke, WHITE};
use crate::diagram::text::Measure;
use crate::diagram::timeline::HEADER_HEIGHT;
use crate::diagram::timeline::LABEL_COLUMN;
use crate::diagram::timeline::TimelineHit;
use crate::i18n::Lang;
use crate::model::Document;
use chrono::NaiveDate;

/// A mark on a lane's top row (a meeting, a deadline, a review), before it is drawn.
pub(super) struct Event {
    pub(super) left: f32,
    pub(super) right: f32,
    pub(super) shape: Shape,
    pub(super) label: String,
    pub(super) label_colour: Rgba,
    pub(super) hit: TimelineHit,
}

/// A diamond of half-width `w` and half-height `h` around `c`.
pub(super) fn diamond(c: [f32; 2], w: f32, h: f32, fill: Rgba) -> Shape {
    Shape::Polygon {
        points: vec![
            [c[0], c[1] - h],
            [c[0] + w, c[1]],
            [c[0], c[1] + h],
            [c[0] - w, c[1]],
        ],
        fill,
        stroke: Some(Stroke::solid(1.0, WHITE)),
    }
}

/// Everything fixed for one drawing.
pub(super) struct Frame<'a> {
    pub(super) doc: &'a Document,
    pub(super) measure: &'a Measure,
    pub(super) lang: Lang,
    pub(super) scale: TimeScale,
    pub(super) ppd: f32,
    pub(super) from: NaiveDate,
    pub(super) last: NaiveDate,
    pub(super) right: f32,
    /// Each lane's top edge, and the bottom of the last one at the end.
    pub(super) tops: Vec<f32>,
}

impl Frame<'_> {
    pub(super) fn lane_top(&self, lane: usize) -> f32 {
        self.tops.get(lane).copied().unwrap_or(HEADER_HEIGHT)
    }

    pub(super) fn lane_bottom(&self, lane: usize) -> f32 {
        self.tops
            .get(lane + 1)
            .copied()
            .unwrap_or_else(|| self.lane_top(lane))
    }

    pub(super) fn visible(&self, first: NaiveDate, last: NaiveDate) -> bool {
        first <= self.last && last >= self.from
    }

    /// The x range of the days `first..=last`, cut to the time axis.
    pub(super) fn days_x(&self, first: NaiveDate, last: NaiveDate) -> (f32, f32) {
        let a = self.scale.x_from_date(first).max(LABEL_COLUMN);
        let b = (self.scale.x_from_date(last) + self.ppd).min(self.right);
        (a, b.max(a))
    }
}
