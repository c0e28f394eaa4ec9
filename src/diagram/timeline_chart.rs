//! The horizontal timeline as a [`Scene`]: a swimlane per body with its meetings (bars at
//! their time), its annual-cycle activities (bars over the days they cover), assignment
//! deadlines and agreement reviews (diamonds); a header of years, months, ISO weeks or days
//! by zoom; weekends and Swedish holidays shaded; a line for today; and double bookings —
//! meetings at the same time that share a member — in red.
//!
//! Only what intersects the visible range `[from, to]` becomes shapes: the cost follows what
//! is visible, plus one pass over the records.

use super::scene::{Anchor, INK, MUTED, PAPER, Rgba, Scene, Shape, Stroke, WHITE};
use super::text::Measure;
use super::timeline::{Tick, TickUnit, TimeScale, major_ticks, tick_unit, ticks};
use crate::i18n::Lang;
use crate::model::calendar::occurrence;
use crate::model::holidays::holiday_name;
use crate::model::{
    ActivityId, AgreementId, Assignee, AssignmentId, Body, BodyId, Document, Meeting, MeetingId,
    MeetingStatus,
};
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};
use std::collections::{BTreeMap, BTreeSet};

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
pub const WEEKEND: Rgba = Rgba(0x5a, 0x6a, 0x80, 0x1e);
/// The shade of public holidays and the eves taken off (julafton, nyårsafton …).
pub const HOLIDAY: Rgba = Rgba(0xd0, 0x3c, 0x3c, 0x2a);
/// Double-booked meetings.
pub const CONFLICT: Rgba = Rgba::rgb(0xc6, 0x32, 0x32);
/// The line for today.
pub const TODAY: Rgba = Rgba::rgb(0xe0, 0x8a, 0x00);

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

const HEADER_BG: Rgba = Rgba::rgb(0xf1, 0xf2, 0xf4);
const LANE_ALT: Rgba = Rgba::rgb(0xf4, 0xf5, 0xf7);
const GRID_MINOR: Rgba = Rgba::rgb(0xe0, 0xe3, 0xe8);
const GRID_MAJOR: Rgba = Rgba::rgb(0xb4, 0xba, 0xc4);
const ASSIGNMENT: Rgba = Rgba::rgb(0xd9, 0x7a, 0x00);
const AGREEMENT: Rgba = Rgba::rgb(0x1f, 0x84, 0x94);
const DONE: Rgba = Rgba::rgb(0x9a, 0x9a, 0x9a);
/// One colour per lane, in turn.
const LANE_COLOURS: [Rgba; 6] = super::scene::SERIES;

fn faded(c: Rgba, alpha: u8) -> Rgba {
    Rgba(c.0, c.1, c.2, alpha)
}

fn line(points: Vec<[f32; 2]>, s: Stroke) -> Shape {
    Shape::Line {
        points,
        stroke: s,
        arrow_start: false,
        arrow_end: false,
    }
}

fn text(pos: [f32; 2], text: String, size: f32, colour: Rgba, bold: bool) -> Shape {
    Shape::Text {
        pos,
        text,
        size,
        colour,
        anchor: Anchor::Start,
        bold,
    }
}

fn minutes(t: NaiveTime) -> u32 {
    t.hour() * 60 + t.minute()
}

/// `text` cut to `room` with "…"; `None` when not even a letter fits.
fn fit(measure: &Measure, text: &str, room: f32) -> Option<String> {
    if room < MIN_LABEL_ROOM || text.trim().is_empty() {
        return None;
    }
    let cut = measure.ellipsize(text, TEXT_SIZE, room);
    (cut.chars().count() > 1 || cut == text).then_some(cut)
}

/// Which lane a record goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LaneRef {
    Body(usize),
    /// The lane for what has no body shown.
    Other,
}

/// The bodies with lanes and where each one's lane is.
struct Lanes<'a> {
    bodies: Vec<&'a Body>,
    index: BTreeMap<&'a BodyId, usize>,
    /// Whether the caller chose the bodies.
    filtered: bool,
}

impl<'a> Lanes<'a> {
    fn new(doc: &'a Document, chosen: &[BodyId]) -> Self {
        let bodies: Vec<&Body> = if chosen.is_empty() {
            doc.bodies.iter().collect()
        } else {
            let mut seen = BTreeSet::new();
            chosen
                .iter()
                .filter(|b| seen.insert(*b))
                .filter_map(|b| doc.body(b))
                .collect()
        };
        let index = bodies.iter().enumerate().map(|(i, b)| (&b.id, i)).collect();
        Self {
            bodies,
            index,
            filtered: !chosen.is_empty(),
        }
    }

    /// The lane of a record that belongs to `body` (or to none): the body's lane; the other
    /// lane when there is no body or, with every body shown, an unknown one; none when its
    /// body was filtered out.
    fn of(&self, doc: &Document, body: Option<&BodyId>) -> Option<LaneRef> {
        match body {
            Some(b) => match self.index.get(b) {
                Some(&i) => Some(LaneRef::Body(i)),
                None => (!self.filtered && doc.body(b).is_none()).then_some(LaneRef::Other),
            },
            None => (!self.filtered).then_some(LaneRef::Other),
        }
    }

    /// An assignment's lane: its assignee body's; for a person, the other lane (with a
    /// filter, only when the giving body is shown).
    fn of_assignment(&self, doc: &Document, a: &crate::model::Assignment) -> Option<LaneRef> {
        match &a.assignee {
            Assignee::Body(b) => self.of(doc, Some(b)),
            Assignee::Person(_) => {
                (!self.filtered || self.index.contains_key(&a.given_by)).then_some(LaneRef::Other)
            }
        }
    }
}

/// An activity's days in one calendar year, and which activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Span {
    first: NaiveDate,
    last: NaiveDate,
    activity: usize,
}

/// Puts spans in rows so that spans in one row do not share a day: each, in order of its
/// first day, in the lowest row free by then. Past `max_rows` rows a span goes to the row
/// that frees up first. Returns the row of each span and the rows used.
fn span_rows(spans: &[Span], max_rows: usize) -> (Vec<usize>, usize) {
    let mut row_ends: Vec<NaiveDate> = Vec::new();
    let rows = spans
        .iter()
        .map(|s| {
            if let Some(r) = row_ends.iter().position(|end| *end < s.first) {
                row_ends[r] = s.last;
                r
            } else if row_ends.len() < max_rows.max(1) {
                row_ends.push(s.last);
                row_ends.len() - 1
            } else {
                let r = row_ends
                    .iter()
                    .enumerate()
                    .min_by_key(|(_, end)| **end)
                    .map_or(0, |(r, _)| r);
                row_ends[r] = row_ends[r].max(s.last);
                r
            }
        })
        .collect();
    (rows, row_ends.len())
}

/// At most this many clashes are marked in the visible range.
const MAX_CLASHES: usize = 10_000;

/// For each meeting (by index) in `[from, last]` that is double-booked, the meetings it
/// clashes with: the same rule as the problem list ([`crate::model::booking`]).
fn conflicts(doc: &Document, from: NaiveDate, last: NaiveDate) -> BTreeMap<usize, Vec<usize>> {
    let found = crate::model::booking::double_bookings(doc, Some((from, last)), MAX_CLASHES);
    let mut out: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for pair in found.pairs {
        out.entry(pair.first).or_default().push(pair.second);
        out.entry(pair.second).or_default().push(pair.first);
    }
    out
}

fn meeting_tooltip(
    doc: &Document,
    m: &Meeting,
    clashes: &[usize],
    rules: &[usize],
    lang: Lang,
) -> String {
    let bodies: Vec<&str> = m
        .bodies
        .iter()
        .filter_map(|b| doc.body(b).map(Body::label))
        .collect();
    let mut out = format!(
        "{}\n{} · {} {}",
        doc.meeting_title(m),
        bodies.join(", "),
        crate::i18n::long_date(m.date, lang),
        m.time_text()
    )
    .trim_end()
    .to_owned();
    if m.status == MeetingStatus::Cancelled {
        out.push_str(lang.pick(" (inställt)", " (cancelled)"));
    }
    for &j in clashes {
        out.push('\n');
        out.push_str(lang.pick("Krockar med: ", "Clashes with: "));
        out.push_str(&doc.meeting_title(&doc.meetings[j]));
    }
    for rule in rules.iter().filter_map(|&r| doc.timing_rules.get(r)) {
        let name = |b: &crate::model::BodyId| {
            doc.body(b)
                .map_or_else(|| b.to_string(), |x| x.label().to_owned())
        };
        let text = lang.pick(
            "Bryter tidsregeln: {a} minst {n} dagar före {b}",
            "Breaks the timing rule: {a} at least {n} days before {b}",
        );
        out.push('\n');
        out.push_str(
            &text
                .replace("{a}", &name(&rule.earlier))
                .replace("{n}", &rule.min_days.to_string())
                .replace("{b}", &name(&rule.later)),
        );
    }
    out
}

/// English short month names for the header.
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A tick's label: as [`super::timeline`] writes it in Swedish, or in English.
fn tick_text(tick: &Tick, major: bool, lang: Lang) -> String {
    if lang == Lang::Sv {
        return tick.label.clone();
    }
    let date = tick.date;
    let month = MONTHS_EN
        .get(date.month0() as usize)
        .copied()
        .unwrap_or_default();
    match tick.unit {
        TickUnit::Year => date.year().to_string(),
        TickUnit::Quarter => format!("Q{}", date.month0() / 3 + 1),
        TickUnit::Month if major => format!("{month} {}", date.year()),
        TickUnit::Month => month.to_owned(),
        TickUnit::Week => format!("w. {}", date.iso_week().week()),
        TickUnit::Day => date.day().to_string(),
    }
}

/// A mark on a lane's top row (a meeting, a deadline, a review), before it is drawn.
struct Event {
    left: f32,
    right: f32,
    shape: Shape,
    label: String,
    label_colour: Rgba,
    hit: TimelineHit,
}

/// A diamond of half-width `w` and half-height `h` around `c`.
fn diamond(c: [f32; 2], w: f32, h: f32, fill: Rgba) -> Shape {
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
struct Frame<'a> {
    doc: &'a Document,
    measure: &'a Measure,
    lang: Lang,
    scale: TimeScale,
    ppd: f32,
    from: NaiveDate,
    last: NaiveDate,
    right: f32,
    /// Each lane's top edge, and the bottom of the last one at the end.
    tops: Vec<f32>,
}

impl Frame<'_> {
    fn lane_top(&self, lane: usize) -> f32 {
        self.tops.get(lane).copied().unwrap_or(HEADER_HEIGHT)
    }

    fn lane_bottom(&self, lane: usize) -> f32 {
        self.tops
            .get(lane + 1)
            .copied()
            .unwrap_or_else(|| self.lane_top(lane))
    }

    fn visible(&self, first: NaiveDate, last: NaiveDate) -> bool {
        first <= self.last && last >= self.from
    }

    /// The x range of the days `first..=last`, cut to the time axis.
    fn days_x(&self, first: NaiveDate, last: NaiveDate) -> (f32, f32) {
        let a = self.scale.x_from_date(first).max(LABEL_COLUMN);
        let b = (self.scale.x_from_date(last) + self.ppd).min(self.right);
        (a, b.max(a))
    }
}

/// Draw the timeline of `doc` for `options`.
pub fn timeline(doc: &Document, options: &TimelineOptions, measure: &Measure) -> TimelineChart {
    let lang = options.lang;
    let scale = TimeScale::new(options.from, options.px_per_day, LABEL_COLUMN);
    let ppd = scale.px_per_day;
    let right = if options.width.is_finite() {
        options.width.max(LABEL_COLUMN + 1.0)
    } else {
        LABEL_COLUMN + 1.0
    };
    let from = options.from;
    // The last day that begins left of the right edge.
    let at_edge = scale.date_from_x(right);
    let at_edge = if scale.x_from_date(at_edge) >= right {
        at_edge.pred_opt().unwrap_or(at_edge)
    } else {
        at_edge
    };
    let last = options.to.min(at_edge);
    let lanes = Lanes::new(doc, &options.bodies);

    // Records to lanes: one pass over each kind.
    let mut spans: Vec<Vec<Span>> = vec![Vec::new(); lanes.bodies.len()];
    if last >= from {
        // The year before too: week 53 of a year reaches into January.
        for year in (from.year() - 1)..=last.year() {
            for (i, a) in doc.cycle.activities.iter().enumerate() {
                let Some(&lane) = lanes.index.get(&a.body) else {
                    continue;
                };
                if let Some((first, last)) = occurrence(&a.when, year) {
                    spans[lane].push(Span {
                        first,
                        last,
                        activity: i,
                    });
                }
            }
        }
    }
    let mut rows = Vec::with_capacity(spans.len() + 1);
    let mut span_row: Vec<Vec<usize>> = Vec::with_capacity(spans.len());
    for lane in &mut spans {
        lane.sort();
        let (r, used) = span_rows(lane, MAX_SPAN_ROWS);
        rows.push(used);
        span_row.push(r);
    }
    let has_other = doc
        .assignments
        .iter()
        .any(|a| a.due.is_some() && lanes.of_assignment(doc, a) == Some(LaneRef::Other))
        || doc.agreements.iter().any(|g| {
            g.review.is_some() && lanes.of(doc, g.responsible.as_ref()) == Some(LaneRef::Other)
        });
    let other_has_agreements = doc.agreements.iter().any(|g| {
        g.review.is_some() && lanes.of(doc, g.responsible.as_ref()) == Some(LaneRef::Other)
    });
    let lane_count = lanes.bodies.len() + usize::from(has_other);
    rows.resize(lane_count, 0);
    let lane_height = LANE_PAD + EVENT_ROW + LANE_PAD;
    let mut tops = vec![HEADER_HEIGHT];
    for r in &rows {
        let top = tops.last().copied().unwrap_or(HEADER_HEIGHT);
        tops.push(top + lane_height + *r as f32 * SPAN_ROW);
    }
    let frame = Frame {
        doc,
        measure,
        lang,
        scale,
        ppd,
        from,
        last,
        right,
        tops,
    };
    let bottom = frame.lane_top(lane_count);
    let lane_index = |r: LaneRef| match r {
        LaneRef::Body(i) => Some(i),
        LaneRef::Other => has_other.then_some(lanes.bodies.len()),
    };

    let mut out_lanes: Vec<TimelineLane> = lanes
        .bodies
        .iter()
        .enumerate()
        .map(|(i, b)| TimelineLane {
            body: Some(b.id.clone()),
            label: b.label().to_owned(),
            top: frame.lane_top(i),
            height: frame.lane_bottom(i) - frame.lane_top(i),
        })
        .collect();
    if has_other {
        out_lanes.push(TimelineLane {
            body: None,
            label: if other_has_agreements {
                lang.pick("Uppdrag och avtal", "Assignments, agreements")
            } else {
                lang.pick("Uppdrag", "Assignments")
            }
            .to_owned(),
            top: frame.lane_top(lanes.bodies.len()),
            height: lane_height,
        });
    }

    let mut shapes = Vec::new();
    background(&mut shapes, &frame, lane_count, bottom);
    header(&mut shapes, &frame, bottom);
    for i in 0..=lane_count {
        let y = frame.lane_top(i);
        shapes.push(line(
            vec![[0.0, y], [right, y]],
            Stroke::solid(0.8, GRID_MINOR),
        ));
    }
    shapes.push(line(
        vec![[LABEL_COLUMN, 0.0], [LABEL_COLUMN, bottom]],
        Stroke::solid(1.0, GRID_MAJOR),
    ));
    if options.today >= from && options.today <= last {
        let x = scale.x_from_datetime(options.today, 720);
        shapes.push(line(
            vec![[x, MAJOR_ROW], [x, bottom]],
            Stroke::solid(2.0, TODAY),
        ));
    }

    // Events: meetings, deadlines, reviews.
    let clashes = conflicts(doc, from, last);
    // Meetings that break a timing rule the user set are marked like clashes.
    let mut broken: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (mi, r) in crate::model::timing::broken_rules(doc) {
        broken.entry(mi).or_default().push(r);
    }
    let mut events: Vec<Vec<Event>> = (0..lane_count).map(|_| Vec::new()).collect();
    for (mi, m) in doc.meetings.iter().enumerate() {
        if m.date < from || m.date > last {
            continue;
        }
        let mut seen = BTreeSet::new();
        for b in m.bodies.iter().filter(|b| seen.insert(*b)) {
            let Some(&lane) = lanes.index.get(b) else {
                continue;
            };
            let clash = clashes.get(&mi).map_or(&[][..], Vec::as_slice);
            let rules = broken.get(&mi).map_or(&[][..], Vec::as_slice);
            events[lane].push(meeting_event(
                &frame,
                m,
                lane,
                (clash, rules),
                LANE_COLOURS[lane % 6],
            ));
        }
    }
    for a in &doc.assignments {
        let (Some(due), Some(lane)) = (a.due, lanes.of_assignment(doc, a).and_then(lane_index))
        else {
            continue;
        };
        if !frame.visible(due, due) {
            continue;
        }
        let fill = if a.status.is_open() { ASSIGNMENT } else { DONE };
        let tooltip = format!(
            "{}: {}\n{} {}",
            lang.pick("Uppdrag", "Assignment"),
            a.title,
            lang.pick("Återrapportering senast", "Report back by"),
            crate::i18n::long_date(due, lang)
        );
        events[lane].push(deadline_event(
            &frame,
            due,
            lane,
            fill,
            a.title.clone(),
            TimelineTarget::Assignment(a.id.clone()),
            tooltip,
        ));
    }
    for g in &doc.agreements {
        let (Some(review), Some(lane)) = (
            g.review,
            lanes.of(doc, g.responsible.as_ref()).and_then(lane_index),
        ) else {
            continue;
        };
        if !frame.visible(review, review) {
            continue;
        }
        let tooltip = format!(
            "{}: {}\n{} {}",
            lang.pick("Avtal", "Agreement"),
            g.title,
            lang.pick("Revideras", "Review"),
            crate::i18n::long_date(review, lang)
        );
        events[lane].push(deadline_event(
            &frame,
            review,
            lane,
            AGREEMENT,
            g.title.clone(),
            TimelineTarget::Agreement(g.id.clone()),
            tooltip,
        ));
    }

    let mut hits = Vec::new();
    let mut texts = Vec::new();
    for (lane, lane_spans) in spans.iter().enumerate() {
        draw_spans(
            &frame,
            lane,
            lane_spans,
            &span_row[lane],
            &mut shapes,
            &mut texts,
            &mut hits,
        );
    }
    for lane_events in &mut events {
        lane_events.sort_by(|a, b| a.left.total_cmp(&b.left));
        for k in 0..lane_events.len() {
            let next = lane_events.get(k + 1).map_or(right, |e| e.left);
            let e = &lane_events[k];
            shapes.push(e.shape.clone());
            let x = e.right + 3.0;
            if let Some(label) = fit(measure, &e.label, next - x - 4.0) {
                let y = f32::midpoint(e.hit.min[1], e.hit.max[1]) + 3.5;
                texts.push(text([x, y], label, TEXT_SIZE, e.label_colour, false));
            }
        }
        hits.extend(lane_events.drain(..).map(|e| e.hit));
    }
    shapes.append(&mut texts);

    // Lane names in the column.
    for (i, l) in out_lanes.iter().enumerate() {
        let colour = if l.body.is_some() {
            LANE_COLOURS[i % LANE_COLOURS.len()]
        } else {
            MUTED
        };
        let name = measure.ellipsize(&l.label, LANE_NAME_SIZE, LABEL_COLUMN - 22.0);
        shapes.push(Shape::Rect {
            min: [0.0, l.top + 4.0],
            max: [4.0, l.top + l.height - 4.0],
            radius: 0.0,
            fill: Some(colour),
            stroke: None,
        });
        shapes.push(text(
            [12.0, l.top + LANE_PAD + EVENT_ROW / 2.0 + 4.0],
            name,
            LANE_NAME_SIZE,
            INK,
            true,
        ));
    }

    TimelineChart {
        scene: Scene {
            size: [right, bottom],
            background: Some(PAPER),
            shapes,
        },
        hits,
        lane_height,
        header_height: HEADER_HEIGHT,
        lanes: out_lanes,
        scale,
    }
}

/// How wide an exported timeline's time axis is, about: the zoom is chosen to fit the range
/// into it (within the zoom limits).
pub const EXPORT_AXIS_WIDTH: f32 = 2000.0;

/// The timeline of every body from `from` to `to` (inclusive) as exported (SVG, PNG): the
/// whole range in one picture about [`EXPORT_AXIS_WIDTH`] wide. Empty if the font cannot be
/// read.
pub fn timeline_scene(
    doc: &Document,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
    lang: Lang,
) -> Scene {
    let Some(measure) = Measure::new() else {
        return Scene::default();
    };
    let days = (to - from).num_days().max(0) + 1;
    let scale = TimeScale::new(from, EXPORT_AXIS_WIDTH / days as f32, LABEL_COLUMN);
    let options = TimelineOptions {
        from,
        to,
        px_per_day: scale.px_per_day,
        bodies: Vec::new(),
        today,
        lang,
        width: scale.x_from_date(to) + scale.px_per_day,
    };
    timeline(doc, &options, &measure).scene
}

/// Alternate lanes, the label column, and the shading of weekends and holidays.
fn background(shapes: &mut Vec<Shape>, frame: &Frame, lane_count: usize, bottom: f32) {
    shapes.push(Shape::Rect {
        min: [0.0, 0.0],
        max: [LABEL_COLUMN, bottom],
        radius: 0.0,
        fill: Some(WHITE),
        stroke: None,
    });
    for i in (1..lane_count).step_by(2) {
        let top = frame.lane_top(i);
        shapes.push(Shape::Rect {
            min: [LABEL_COLUMN, top],
            max: [frame.right, frame.lane_bottom(i)],
            radius: 0.0,
            fill: Some(LANE_ALT),
            stroke: None,
        });
    }
    if frame.ppd < SHADE_FROM_PX_PER_DAY || frame.last < frame.from {
        return;
    }
    // Runs of days of one kind become one band.
    let kind = |d: NaiveDate| {
        if holiday_name(d).is_some() {
            Some(HOLIDAY)
        } else if matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            Some(WEEKEND)
        } else {
            None
        }
    };
    let mut run: Option<(NaiveDate, NaiveDate, Rgba)> = None;
    let mut flush = |run: Option<(NaiveDate, NaiveDate, Rgba)>| {
        if let Some((first, last, fill)) = run {
            let (a, b) = frame.days_x(first, last);
            if b > a {
                shapes.push(Shape::Rect {
                    min: [a, HEADER_HEIGHT],
                    max: [b, bottom],
                    radius: 0.0,
                    fill: Some(fill),
                    stroke: None,
                });
            }
        }
    };
    for d in frame.from.iter_days().take_while(|d| *d <= frame.last) {
        let k = kind(d);
        match (run, k) {
            (Some((first, _, fill)), Some(k)) if fill == k => run = Some((first, d, fill)),
            (_, k) => {
                flush(run);
                run = k.map(|fill| (d, d, fill));
            }
        }
    }
    flush(run);
}

/// The header: major ticks (with a label for the period `from` is in, when its own tick is
/// off to the left) over minor ticks, and the grid lines through the lanes.
fn header(shapes: &mut Vec<Shape>, frame: &Frame, bottom: f32) {
    let (scale, right, lang, measure) = (&frame.scale, frame.right, frame.lang, frame.measure);
    shapes.push(Shape::Rect {
        min: [0.0, 0.0],
        max: [right, HEADER_HEIGHT],
        radius: 0.0,
        fill: Some(HEADER_BG),
        stroke: None,
    });
    shapes.push(text(
        [12.0, HEADER_HEIGHT - 8.0],
        lang.pick("Organ", "Body").to_owned(),
        TEXT_SIZE,
        MUTED,
        false,
    ));
    if frame.last < frame.from {
        return;
    }
    let minor = ticks(scale, LABEL_COLUMN, right, MIN_TICK_PX);
    let major = major_ticks(scale, LABEL_COLUMN, right, MIN_TICK_PX);
    let mut texts = Vec::new();
    for t in &minor {
        shapes.push(line(
            vec![[t.x, MAJOR_ROW], [t.x, bottom]],
            Stroke::solid(0.7, GRID_MINOR),
        ));
        let label = tick_text(t, false, lang);
        let w = measure.width(&label, TEXT_SIZE);
        // Days wide enough have their number in the middle.
        let x = if t.unit == TickUnit::Day && frame.ppd >= w + 8.0 {
            t.x + (frame.ppd - w) / 2.0
        } else {
            t.x + 3.0
        };
        if x + w <= right {
            texts.push(text(
                [x, HEADER_HEIGHT - 8.0],
                label,
                TEXT_SIZE,
                MUTED,
                false,
            ));
        }
    }
    for t in &major {
        shapes.push(line(
            vec![[t.x, 0.0], [t.x, bottom]],
            Stroke::solid(1.0, GRID_MAJOR),
        ));
        let label = tick_text(t, true, lang);
        if t.x + 4.0 + measure.width(&label, 10.0) <= right {
            texts.push(text([t.x + 4.0, 14.0], label, 10.0, INK, true));
        }
    }
    // The period the view starts in, when its tick is off to the left.
    let sticky = match tick_unit(scale, MIN_TICK_PX) {
        TickUnit::Day | TickUnit::Week => {
            let from = frame.from;
            Some(tick_text(
                &Tick {
                    date: from.with_day(1).unwrap_or(from),
                    x: LABEL_COLUMN,
                    unit: TickUnit::Month,
                    label: format!("{} {}", short_month_sv(from.month()), from.year()),
                },
                true,
                lang,
            ))
        }
        TickUnit::Month | TickUnit::Quarter => Some(frame.from.year().to_string()),
        TickUnit::Year => None,
    };
    if let Some(label) = sticky {
        let w = measure.width(&label, 10.0);
        let clear = major.first().is_none_or(|t| t.x > LABEL_COLUMN + w + 16.0);
        if clear && LABEL_COLUMN + 4.0 + w <= right {
            texts.push(text([LABEL_COLUMN + 4.0, 14.0], label, 10.0, INK, true));
        }
    }
    shapes.push(line(
        vec![[0.0, HEADER_HEIGHT], [right, HEADER_HEIGHT]],
        Stroke::solid(1.0, GRID_MAJOR),
    ));
    shapes.append(&mut texts);
}

fn short_month_sv(month: u32) -> &'static str {
    const MONTHS_SV: [&str; 12] = [
        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    MONTHS_SV
        .get(month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or_default()
}

/// `problems`: the meetings it clashes with, and the timing rules it breaks.
fn meeting_event(
    frame: &Frame,
    m: &Meeting,
    lane: usize,
    problems: (&[usize], &[usize]),
    colour: Rgba,
) -> Event {
    let (clash, rules) = problems;
    let scale = &frame.scale;
    let (mut a, mut b) = match (m.start, m.end) {
        (Some(s), Some(e)) if e > s => (
            scale.x_from_datetime(m.date, minutes(s)),
            scale.x_from_datetime(m.date, minutes(e)),
        ),
        (Some(s), _) => {
            let x = scale.x_from_datetime(m.date, minutes(s));
            (x, x + frame.ppd / 12.0)
        }
        _ => {
            let mid = scale.x_from_datetime(m.date, 720);
            let half = (frame.ppd * 0.3).clamp(1.5, 5.0);
            (mid - half, mid + half)
        }
    };
    if b - a < 3.0 {
        let mid = f32::midpoint(a, b);
        (a, b) = (mid - 1.5, mid + 1.5);
    }
    let (a, b) = (a.max(LABEL_COLUMN), b.min(frame.right).max(a));
    let top = frame.lane_top(lane) + LANE_PAD + 2.0;
    let (min, max) = ([a, top], [b, top + EVENT_ROW - 4.0]);
    let cancelled = m.status == MeetingStatus::Cancelled;
    let conflict = !clash.is_empty() || !rules.is_empty();
    let shape = Shape::Rect {
        min,
        max,
        radius: 1.5,
        fill: if cancelled {
            None
        } else if conflict {
            Some(CONFLICT)
        } else {
            Some(colour)
        },
        stroke: cancelled.then_some(Stroke {
            width: 1.0,
            colour: DONE,
            dashed: true,
        }),
    };
    Event {
        left: a,
        right: b,
        shape,
        label: frame.doc.meeting_title(m),
        label_colour: if conflict {
            CONFLICT
        } else if cancelled {
            DONE
        } else {
            INK
        },
        hit: TimelineHit {
            target: TimelineTarget::Meeting(m.id.clone()),
            min,
            max,
            label: meeting_tooltip(frame.doc, m, clash, rules, frame.lang),
        },
    }
}

fn deadline_event(
    frame: &Frame,
    date: NaiveDate,
    lane: usize,
    fill: Rgba,
    label: String,
    target: TimelineTarget,
    tooltip: String,
) -> Event {
    let x = frame.scale.x_from_datetime(date, 720);
    let y = frame.lane_top(lane) + LANE_PAD + EVENT_ROW / 2.0;
    let (w, h) = (5.5, 7.0);
    Event {
        left: x - w,
        right: x + w,
        shape: diamond([x, y], w, h, fill),
        label,
        label_colour: INK,
        hit: TimelineHit {
            target,
            min: [x - w, y - h],
            max: [x + w, y + h],
            label: tooltip,
        },
    }
}

/// The activity bars of one lane that are in view, in their rows, each labelled as far as
/// the next bar in its row.
fn draw_spans(
    frame: &Frame,
    lane: usize,
    spans: &[Span],
    rows: &[usize],
    shapes: &mut Vec<Shape>,
    texts: &mut Vec<Shape>,
    hits: &mut Vec<TimelineHit>,
) {
    let colour = LANE_COLOURS[lane % LANE_COLOURS.len()];
    let lang = frame.lang;
    // Visible spans by row, in order of their first day (the spans are sorted).
    let mut by_row: BTreeMap<usize, Vec<&Span>> = BTreeMap::new();
    for (s, &row) in spans.iter().zip(rows) {
        if frame.visible(s.first, s.last) {
            by_row.entry(row).or_default().push(s);
        }
    }
    for (row, row_spans) in by_row {
        let top = frame.lane_top(lane) + LANE_PAD + EVENT_ROW + row as f32 * SPAN_ROW + 1.0;
        for (k, s) in row_spans.iter().enumerate() {
            let Some(activity) = frame.doc.cycle.activities.get(s.activity) else {
                continue;
            };
            let (mut a, mut b) = frame.days_x(s.first, s.last);
            if b - a < 3.0 {
                let mid = f32::midpoint(a, b);
                (a, b) = ((mid - 1.5).max(LABEL_COLUMN), (mid + 1.5).min(frame.right));
            }
            let (min, max) = ([a, top], [b, top + SPAN_ROW - 3.0]);
            shapes.push(Shape::Rect {
                min,
                max,
                radius: 2.0,
                fill: Some(faded(colour, if activity.is_meeting { 110 } else { 55 })),
                stroke: Some(Stroke::solid(1.0, colour)),
            });
            let next = row_spans
                .get(k + 1)
                .map_or(frame.right, |n| frame.days_x(n.first, n.last).0);
            if let Some(label) = fit(frame.measure, &activity.title, next - a - 8.0) {
                texts.push(text(
                    [a + 4.0, top + (SPAN_ROW - 3.0) / 2.0 + 3.3],
                    label,
                    TEXT_SIZE,
                    INK,
                    false,
                ));
            }
            let body = frame
                .doc
                .body(&activity.body)
                .map_or_else(|| activity.body.to_string(), |b| b.label().to_owned());
            let when = if s.first == s.last {
                crate::i18n::long_date(s.first, lang)
            } else {
                format!(
                    "{} – {}",
                    crate::i18n::long_date(s.first, lang),
                    crate::i18n::long_date(s.last, lang)
                )
            };
            hits.push(TimelineHit {
                target: TimelineTarget::Activity(activity.id.clone()),
                min,
                max,
                label: format!("{}\n{body} · {when}", activity.title),
            });
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests fail loudly on purpose
mod tests {
    use super::*;
    use crate::model::{
        Assignment, AssignmentStatus, BodyKind, BodyStatus, Cadence, Level, Membership,
        MembershipId, PersonId, Role,
    };

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn body(id: &str, people: &[&str]) -> Body {
        Body {
            id: BodyId::new(id),
            name: format!("Organ {id}"),
            short_name: id.to_uppercase(),
            kind: BodyKind::WorkingGroup,
            level: Level::Officials,
            description: String::new(),
            mandate: Vec::new(),
            cadence: Cadence::Irregular,
            composition: Vec::new(),
            status: BodyStatus::Active,
            established: None,
            ended: None,
            memberships: people
                .iter()
                .enumerate()
                .map(|(i, p)| Membership {
                    id: MembershipId::new(format!("ms-{id}-{i}")),
                    person: Some(PersonId::new(*p)),
                    role: Role::Member,
                    represents: None,
                    from: None,
                    to: None,
                    note: String::new(),
                })
                .collect(),
            agenda_template: Vec::new(),
            numbers_paragraphs: false,
        }
    }

    fn meeting(id: &str, body: &str, date: NaiveDate, hours: (u32, u32)) -> Meeting {
        Meeting {
            id: MeetingId::new(id),
            bodies: vec![BodyId::new(body)],
            title: format!("Möte {id}"),
            date,
            start: NaiveTime::from_hms_opt(hours.0, 0, 0),
            end: NaiveTime::from_hms_opt(hours.1, 0, 0),
            place: String::new(),
            online: String::new(),
            status: MeetingStatus::Planned,
            agenda: Vec::new(),
            minutes: None,
        }
    }

    fn options(from: NaiveDate, to: NaiveDate) -> TimelineOptions {
        TimelineOptions {
            from,
            to,
            px_per_day: 15.0,
            bodies: Vec::new(),
            today: d(2026, 12, 10),
            lang: Lang::Sv,
            width: 1200.0,
        }
    }

    #[test]
    fn rows_never_share_a_day() {
        let s = |a: NaiveDate, b: NaiveDate, i| Span {
            first: a,
            last: b,
            activity: i,
        };
        let spans = [
            s(d(2026, 1, 1), d(2026, 1, 31), 0),
            s(d(2026, 1, 5), d(2026, 1, 11), 1),
            s(d(2026, 1, 12), d(2026, 1, 18), 2),
            s(d(2026, 2, 1), d(2026, 2, 28), 3),
            s(d(2026, 1, 31), d(2026, 1, 31), 4),
        ];
        let (rows, used) = span_rows(&spans, 8);
        // 31 January fits under the two weeks once they are over.
        assert_eq!(rows, [0, 1, 1, 0, 1]);
        assert_eq!(used, 2);
        for (i, a) in spans.iter().enumerate() {
            for (j, b) in spans.iter().enumerate().skip(i + 1) {
                let share = a.first <= b.last && b.first <= a.last;
                assert!(!(share && rows[i] == rows[j]), "{i} and {j}");
            }
        }
        let (rows, used) = span_rows(&spans, 1);
        assert_eq!(used, 1);
        assert!(rows.iter().all(|r| *r == 0));
    }

    #[test]
    fn clashes_need_a_shared_member_and_overlapping_times() {
        let mut doc = Document::new("t");
        doc.bodies = vec![
            body("a", &["p1", "p2"]),
            body("b", &["p2"]),
            body("c", &["p3"]),
        ];
        let day = d(2026, 12, 3);
        doc.meetings = vec![
            meeting("m1", "a", day, (9, 12)),
            meeting("m2", "b", day, (11, 13)),
            meeting("m3", "c", day, (9, 12)),
            meeting("m4", "b", day, (12, 14)),
        ];
        let got = conflicts(&doc, day, day);
        // m1–m2 share p2 and overlap; m3 shares nobody; m4 starts when m1 ends.
        assert_eq!(got.get(&0), Some(&vec![1]));
        assert_eq!(got.get(&1), Some(&vec![0, 3]));
        assert_eq!(got.get(&3), Some(&vec![1]));
        assert_eq!(got.get(&2), None);
        // Cancelled meetings clash with nothing.
        doc.meetings[1].status = MeetingStatus::Cancelled;
        assert!(conflicts(&doc, day, day).is_empty());
    }

    #[test]
    fn person_assignments_get_their_own_lane() {
        let measure = Measure::new().unwrap();
        let mut doc = Document::new("t");
        doc.bodies = vec![body("a", &[]), body("b", &[])];
        let assignment = |id: &str, assignee: Assignee| Assignment {
            id: AssignmentId::new(id),
            title: format!("Uppdrag {id}"),
            description: String::new(),
            given_by: BodyId::new("a"),
            assignee,
            given: None,
            due: Some(d(2026, 12, 15)),
            report_to: None,
            status: AssignmentStatus::InProgress,
        };
        doc.assignments = vec![
            assignment("u1", Assignee::Body(BodyId::new("b"))),
            assignment("u2", Assignee::Person(PersonId::new("p1"))),
        ];
        let chart = timeline(&doc, &options(d(2026, 12, 1), d(2026, 12, 31)), &measure);
        let names: Vec<&str> = chart.lanes.iter().map(|l| l.label.as_str()).collect();
        assert_eq!(names, ["A", "B", "Uppdrag"]);
        let lane_of = |id: &str| {
            let hit = chart
                .hits
                .iter()
                .find(|h| h.target == TimelineTarget::Assignment(AssignmentId::new(id)))
                .unwrap();
            chart.lane_at(hit.min[1]).unwrap()
        };
        assert_eq!(lane_of("u1"), 1);
        assert_eq!(lane_of("u2"), 2);
        // Showing only body a: u1 is filtered out, u2 (given by a) stays.
        let mut opts = options(d(2026, 12, 1), d(2026, 12, 31));
        opts.bodies = vec![BodyId::new("a")];
        let chart = timeline(&doc, &opts, &measure);
        assert_eq!(chart.lanes.len(), 2);
        assert_eq!(chart.hits.len(), 1);
    }

    #[test]
    fn english_ticks() {
        let tick = |unit, date| Tick {
            date,
            x: 0.0,
            unit,
            label: String::new(),
        };
        assert_eq!(
            tick_text(&tick(TickUnit::Week, d(2026, 12, 28)), false, Lang::En),
            "w. 53"
        );
        assert_eq!(
            tick_text(&tick(TickUnit::Month, d(2026, 5, 1)), true, Lang::En),
            "May 2026"
        );
        assert_eq!(
            tick_text(&tick(TickUnit::Quarter, d(2026, 7, 1)), false, Lang::En),
            "Q3"
        );
    }

    #[test]
    fn bars_are_cut_to_the_view() {
        let measure = Measure::new().unwrap();
        let mut doc = Document::new("t");
        doc.bodies = vec![body("a", &[])];
        doc.cycle.activities = vec![crate::model::Activity {
            id: ActivityId::new("c1"),
            body: BodyId::new("a"),
            title: "Hela november".to_owned(),
            description: String::new(),
            when: crate::model::Recurrence::Month(11),
            is_meeting: false,
        }];
        let chart = timeline(&doc, &options(d(2026, 11, 20), d(2026, 12, 31)), &measure);
        let hits: Vec<&TimelineHit> = chart.hits.iter().collect();
        assert_eq!(hits.len(), 1);
        assert!((hits[0].min[0] - LABEL_COLUMN).abs() < 1e-3);
        let end = chart.scale.x_from_date(d(2026, 12, 1));
        assert!((hits[0].max[0] - end).abs() < 1e-3);
        assert_eq!(chart.date_at(hits[0].max[0] - 1.0), d(2026, 11, 30));
        // A view that ends before November has no bar.
        let chart = timeline(&doc, &options(d(2026, 12, 1), d(2026, 12, 31)), &measure);
        assert!(chart.hits.is_empty());
    }
}
