//! The horizontal timeline as a [`Scene`]: a swimlane per body with its meetings (bars at
//! their time), its annual-cycle activities (bars over the days they cover), assignment
//! deadlines and agreement reviews (diamonds); a header of years, months, ISO weeks or days
//! by zoom; weekends and Swedish holidays shaded; a line for today; and double bookings —
//! meetings at the same time that share a member — in red.
//!
//! Only what intersects the visible range `[from, to]` becomes shapes: the cost follows what
//! is visible, plus one pass over the records.

mod background;
mod build;
mod draw;
mod events;
mod lanes;
mod matter_line;
mod scale;
#[cfg(test)]
mod scale_tests;
mod shapes;
#[cfg(test)]
mod tests;
mod texts;
mod ticks;

pub use build::{EXPORT_AXIS_WIDTH, timeline, timeline_scene};
pub use scale::*;
pub use ticks::{Tick, TickUnit, major_ticks, tick_unit, ticks};

use crate::diagram::scene::{Rgba, Scene};
use crate::i18n::Lang;
use crate::model::{ActivityId, AgreementId, AssignmentId, BodyId, MeetingId};
use crate::palette;
use chrono::NaiveDate;

/// What the timeline shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineOptions {
    /// The first visible day; it begins at the lane-label column's edge.
    pub from: NaiveDate,
    /// The last visible day, inclusive. Only what intersects `[from, to]` is drawn.
    pub to: NaiveDate,
    /// The zoom, clamped to [`super::timeline::MIN_PX_PER_DAY`]..[`super::timeline::MAX_PX_PER_DAY`].
    pub px_per_day: f32,
    /// The lanes, top to bottom, in this order; empty = every body in document order.
    pub bodies: Vec<BodyId>,
    pub today: NaiveDate,
    pub lang: Lang,
    /// The drawing's width in points, the lane-label column included.
    pub width: f32,
    /// A matter to draw as a line through the meetings that handled it.
    pub matter: Option<crate::model::MatterId>,
}

/// What a mark stands for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TimelineTarget {
    Meeting(MeetingId),
    Activity(ActivityId),
    Assignment(AssignmentId),
    Agreement(AgreementId),
}

/// A mark the pointer can hit: its box.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineHit {
    pub target: TimelineTarget,
    pub min: [f32; 2],
    pub max: [f32; 2],
    /// The whole text, for a tooltip (it may have line breaks).
    pub label: String,
}

impl TimelineHit {
    pub fn contains(&self, p: [f32; 2]) -> bool {
        p[0] >= self.min[0] && p[0] <= self.max[0] && p[1] >= self.min[1] && p[1] <= self.max[1]
    }
}

/// One swimlane.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLane {
    /// The body, or `None` for the lane of assignments (and agreements) without one.
    pub body: Option<BodyId>,
    pub label: String,
    /// The lane's top edge.
    pub top: f32,
    /// [`TimelineChart::lane_height`] plus a row for each layer of overlapping activities.
    pub height: f32,
}

/// The timeline, drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineChart {
    pub scene: Scene,
    pub hits: Vec<TimelineHit>,
    /// The height of a lane without activity bars: a row of meetings and deadlines. Lanes
    /// with bars are a row taller per layer of overlapping bars; see [`TimelineLane::height`].
    pub lane_height: f32,
    pub header_height: f32,
    pub lanes: Vec<TimelineLane>,
    /// The scale the chart was drawn with, for mapping x to dates and back.
    pub scale: TimeScale,
}

impl TimelineChart {
    /// The topmost mark under `p`.
    pub fn hit_at(&self, p: [f32; 2]) -> Option<&TimelineHit> {
        self.hits.iter().rev().find(|h| h.contains(p))
    }

    /// The lane at height `y`, as an index into [`Self::lanes`].
    pub fn lane_at(&self, y: f32) -> Option<usize> {
        self.lanes
            .iter()
            .position(|l| y >= l.top && y < l.top + l.height)
    }

    /// The day under `x` (left of the lane-label column this is before `from`).
    pub fn date_at(&self, x: f32) -> NaiveDate {
        self.scale.date_from_x(x)
    }
}

/// The width of the lane-label column; the time axis starts at its edge.
pub const LABEL_COLUMN: f32 = 150.0;
/// The header: a row of major ticks above a row of minor ones.
pub const HEADER_HEIGHT: f32 = 44.0;
/// Weekends and holidays are shaded from this zoom on.
pub const SHADE_FROM_PX_PER_DAY: f32 = 2.0;
/// The shade of Saturdays and Sundays.
pub const WEEKEND: Rgba = palette::WEEKEND;
/// The shade of public holidays and the eves taken off (julafton, nyårsafton …).
pub const HOLIDAY: Rgba = palette::HOLIDAY;
/// Double-booked meetings.
pub const CONFLICT: Rgba = palette::ALERT;
/// The line for today.
pub const TODAY: Rgba = palette::ACCENT;

const MAJOR_ROW: f32 = 20.0;
const EVENT_ROW: f32 = 20.0;
const SPAN_ROW: f32 = 15.0;
const LANE_PAD: f32 = 5.0;
const MAX_SPAN_ROWS: usize = 8;
const MIN_TICK_PX: f32 = 44.0;
const TEXT_SIZE: f32 = 9.5;
const LANE_NAME_SIZE: f32 = 11.0;
/// Narrower than this and a mark gets no label.
const MIN_LABEL_ROOM: f32 = 18.0;

const HEADER_BG: Rgba = palette::HEADER_BG;
const LANE_ALT: Rgba = palette::LANE_ALT;
const GRID_MINOR: Rgba = palette::GRID_MINOR;
const GRID_MAJOR: Rgba = palette::GRID_MAJOR;
const ASSIGNMENT: Rgba = palette::ASSIGNMENT;
const AGREEMENT: Rgba = palette::AGREEMENT;
const DONE: Rgba = palette::DONE;
/// One colour per lane, in turn.
const LANE_COLOURS: [Rgba; 6] = super::scene::SERIES;
