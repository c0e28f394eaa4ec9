//! The annual wheel (årshjul) as a [`Scene`]: the operating year as a clock face with its
//! first month at the top, twelve month sectors, a thin ring of ISO weeks, one ring per body
//! with its activities (diamonds) and meetings (dots), labels that never overlap, and a
//! marker for today. Angles follow [`super::wheel`]: radians, 0 at the top, clockwise.
//!
//! Text in a scene is always horizontal, so a label's footprint on the circle depends on where
//! it sits: along the circle at the top and bottom, across it at the sides. Each label is
//! shortened until its box fits inside its body's ring, given a lane by
//! [`assign_lanes_spaced`], and then checked box against box, so no two labels ever overlap;
//! a label with no room is left out and its mark keeps the full text for the tooltip.
//!
//! Every filled ring piece is drawn as convex quads of at most 3°, since egui fills only
//! convex polygons.

use super::scene::{Anchor, INK, MUTED, PAPER, Rgba, Scene, Shape, Stroke, WHITE};
use super::text::Measure;
use super::wheel::{LabelRequest, WheelYear, assign_lanes_spaced};
use crate::i18n::{Lang, month_name};
use crate::model::calendar::{occurrence, year_of_month};
use crate::model::{
    Activity, ActivityId, BodyId, Document, Meeting, MeetingId, MeetingStatus, Recurrence,
};
use chrono::{Datelike, NaiveDate};
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

const ACCENT: Rgba = Rgba::rgb(0xe0, 0x8a, 0x00);
const MONTH_A: Rgba = Rgba::rgb(0xee, 0xf2, 0xf7);
const MONTH_B: Rgba = Rgba::rgb(0xf8, 0xf9, 0xfb);
const WEEK_A: Rgba = Rgba::rgb(0xe4, 0xe8, 0xee);
const WEEK_B: Rgba = Rgba::rgb(0xf0, 0xf2, 0xf5);
const GRID: Rgba = Rgba::rgb(0xb8, 0xbe, 0xc8);
const FAINT: Rgba = Rgba::rgb(0xc8, 0xcd, 0xd5);
const MEETING: Rgba = Rgba::rgb(0x33, 0x33, 0x33);
/// One colour per ring, in turn.
const RING_COLOURS: [Rgba; 6] = super::scene::SERIES;

/// The width a text takes: the font's, but never less than [`Shape::bounds`] reckons, so a
/// box made from it holds the text shape's bounds too.
fn box_width(measure: &Measure, text: &str, size: f32) -> f32 {
    measure
        .width(text, size)
        .max(text.chars().count() as f32 * size * 0.6)
}

/// The wheel's geometry: where a radius and an angle are on the page.
#[derive(Clone, Copy)]
struct Geometry {
    centre: [f32; 2],
    year: WheelYear,
    /// One day's slice of the circle.
    slice: f32,
}

impl Geometry {
    fn at(&self, r: f32, angle: f32) -> [f32; 2] {
        [
            self.centre[0] + r * angle.sin(),
            self.centre[1] - r * angle.cos(),
        ]
    }

    /// The middle of the days `first..=last` (both in the year).
    fn middle(&self, first: NaiveDate, last: NaiveDate) -> Option<f32> {
        let a = self.year.angle_from_date(first)?;
        let b = self.year.angle_from_date(last)? + self.slice;
        Some(f32::midpoint(a, b))
    }

    /// The annular sector `r_in..r_out`, `a0..a1` as convex quads of at most [`MAX_PIECE`].
    fn sector(&self, shapes: &mut Vec<Shape>, r: (f32, f32), a0: f32, a1: f32, fill: Rgba) {
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
struct Band {
    inner: f32,
    outer: f32,
    lanes: usize,
    pitch: f32,
}

impl Band {
    fn new(inner: f32, outer: f32) -> Self {
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

    fn lane_radius(&self, lane: usize) -> f32 {
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
fn fit_box(w: f32, h: f32, angle: f32, band: &Band) -> Option<(f32, f32)> {
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
fn shortenings(text: &str) -> impl Iterator<Item = String> {
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
fn fitted_label(
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
type BoxF = ([f32; 2], [f32; 2]);

fn boxes_overlap(a: &BoxF, b: &BoxF) -> bool {
    a.0[0] < b.1[0] + LABEL_PAD
        && b.0[0] < a.1[0] + LABEL_PAD
        && a.0[1] < b.1[1] + LABEL_PAD
        && b.0[1] < a.1[1] + LABEL_PAD
}

/// The box of a text of width `w` at `size` centred on `c`, and the text's baseline position
/// (anchored in the middle) so that its [`Shape::bounds`] lie inside the box.
fn centred_box(c: [f32; 2], w: f32, size: f32) -> (BoxF, [f32; 2]) {
    let (a, b) = (w / 2.0, size * LINE_BOXES / 2.0);
    (
        ([c[0] - a, c[1] - b], [c[0] + a, c[1] + b]),
        [c[0], c[1] + b - 0.3 * size],
    )
}

/// The days an activity covers in the operating year: its occurrence in the calendar year in
/// which its month falls within the operating year, cut to the year.
fn activity_span(activity: &Activity, year: WheelYear) -> Option<(NaiveDate, NaiveDate)> {
    let start_month = u8::try_from(year.start.month()).unwrap_or(1);
    let calendar_year = year_of_month(year.start.year(), start_month, activity.when.month());
    let (first, last) = occurrence(&activity.when, calendar_year)?;
    let first = first.max(year.start);
    let last = last.min(year.end_exclusive.pred_opt()?);
    (first <= last).then_some((first, last))
}

fn meeting_in_year(meeting: &Meeting, year: WheelYear) -> bool {
    meeting.status != MeetingStatus::Cancelled
        && meeting.date >= year.start
        && meeting.date < year.end_exclusive
}

/// The bodies that get rings, inner to outer.
/// How many rings a wheel gets when the user has not chosen: more do not fit readably
/// (the user can add any body as a ring).
pub const DEFAULT_RINGS: usize = 8;

/// The rings a wheel starts with: the first [`DEFAULT_RINGS`] bodies, in document order,
/// that have an activity or a meeting in the year.
pub fn default_rings(doc: &Document, year: WheelYear) -> Vec<BodyId> {
    doc.bodies
        .iter()
        .filter(|b| {
            doc.cycle
                .activities
                .iter()
                .any(|a| a.body == b.id && activity_span(a, year).is_some())
                || doc
                    .meetings
                    .iter()
                    .any(|m| m.bodies.contains(&b.id) && meeting_in_year(m, year))
        })
        .take(DEFAULT_RINGS)
        .map(|b| b.id.clone())
        .collect()
}

fn ring_bodies(doc: &Document, options: &WheelOptions, year: WheelYear) -> Vec<BodyId> {
    if !options.bodies.is_empty() {
        let mut seen = Vec::new();
        for b in &options.bodies {
            if doc.body(b).is_some() && !seen.contains(b) {
                seen.push(b.clone());
            }
        }
        return seen;
    }
    default_rings(doc, year)
}

/// "augusti 2026", "v. 48 2026", "12 september 2026", "28 december 2026 – 3 januari 2027".
fn period_text(when: &Recurrence, first: NaiveDate, last: NaiveDate, lang: Lang) -> String {
    match when {
        Recurrence::Month(_) => format!("{} {}", month_name(first.month(), lang), first.year()),
        Recurrence::IsoWeek(w) => format!(
            "{} {w}, {} – {}",
            lang.pick("v.", "week"),
            crate::i18n::long_date(first, lang),
            crate::i18n::long_date(last, lang)
        ),
        _ if first == last => crate::i18n::long_date(first, lang),
        _ => format!(
            "{} – {}",
            crate::i18n::long_date(first, lang),
            crate::i18n::long_date(last, lang)
        ),
    }
}

fn meeting_tooltip(doc: &Document, meeting: &Meeting, lang: Lang) -> String {
    let bodies: Vec<&str> = meeting
        .bodies
        .iter()
        .filter_map(|b| doc.body(b).map(crate::model::Body::label))
        .collect();
    let title = doc.meeting_title(meeting);
    let time = if meeting.start.is_some() {
        format!(" {}", meeting.time_text())
    } else {
        String::new()
    };
    format!(
        "{title}\n{} · {}{time}",
        bodies.join(", "),
        crate::i18n::long_date(meeting.date, lang)
    )
}

/// A mark in a ring before it is drawn.
struct Mark {
    target: HitTarget,
    /// The middle of what it stands for.
    angle: f32,
    label: Option<String>,
    tooltip: String,
    style: MarkStyle,
}

#[derive(Clone, Copy, PartialEq)]
enum MarkStyle {
    /// An activity that is a meeting of the body: a filled diamond.
    CycleMeeting,
    /// Another activity: a hollow diamond.
    Activity,
    /// A meeting held: a filled dot.
    Held,
    /// A meeting planned: a hollow dot.
    Planned,
}

/// Spreads marks that would touch along their track so they are `spacing` apart, each
/// cluster centred on where its marks belong, so each stays visible and clickable.
fn spread(marks: &mut [Mark], radius: f32, spacing: f32) {
    let step = spacing / radius.max(1.0);
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by(|&a, &b| marks[a].angle.total_cmp(&marks[b].angle).then(a.cmp(&b)));
    // Clusters as (members in angle order, mean of their angles); a new mark joins the last
    // cluster while the two would come closer than a step, and merging may cascade back.
    let mut clusters: Vec<(Vec<usize>, f32)> = Vec::new();
    let half_span = |c: &(Vec<usize>, f32)| (c.0.len() as f32 - 1.0) / 2.0 * step;
    for i in order {
        clusters.push((vec![i], marks[i].angle));
        while clusters.len() > 1 {
            let n = clusters.len();
            let (a, b) = (&clusters[n - 2], &clusters[n - 1]);
            if a.1 + half_span(a) + step <= b.1 - half_span(b) + 1e-6 {
                break;
            }
            let Some((members, mean)) = clusters.pop() else {
                break;
            };
            if let Some(last) = clusters.last_mut() {
                let (na, nb) = (last.0.len() as f32, members.len() as f32);
                last.1 = (last.1 * na + mean * nb) / (na + nb);
                last.0.extend(members);
            }
        }
    }
    for cluster in &clusters {
        let first = cluster.1 - half_span(cluster);
        for (k, &i) in cluster.0.iter().enumerate() {
            marks[i].angle = first + k as f32 * step;
        }
    }
}

/// Draw the årshjul of `options.year` for `doc`.
pub fn wheel(doc: &Document, options: &WheelOptions, measure: &Measure) -> WheelChart {
    let lang = options.lang;
    let Some(year) = WheelYear::new(options.year, u32::from(doc.cycle.start_month))
        .or_else(|| WheelYear::new(options.year, 1))
    else {
        return WheelChart::default();
    };
    let month_width = (1..=12)
        .map(|m| box_width(measure, month_name(m, lang), MONTH_SIZE))
        .fold(0.0, f32::max);
    let side = (month_width + MONTH_GAP + 14.0).max(40.0);
    let top = MONTH_SIZE * LINE_BOXES + MONTH_GAP + 14.0;
    let centre = [side + RADIUS, top + RADIUS];
    let size = [2.0 * centre[0], 2.0 * centre[1] + LEGEND_HEIGHT];
    let geo = Geometry {
        centre,
        year,
        slice: TAU / year.days() as f32,
    };
    let mut shapes = Vec::with_capacity(800);

    // Month sectors, then the week ring on top of their outer edge.
    let months = year.month_sectors();
    for (i, &(_, _, a0, a1)) in months.iter().enumerate() {
        let fill = if i % 2 == 0 { MONTH_A } else { MONTH_B };
        geo.sector(&mut shapes, (HUB, RING_OUT), a0, a1, fill);
    }
    week_ring(&mut shapes, &geo, measure);

    // Circles: the hub, the ring boundaries, the outer edge.
    let bodies = ring_bodies(doc, options, year);
    let ring_width = (RING_OUT - RING_IN) / bodies.len().max(1) as f32;
    let rings: Vec<WheelRing> = bodies
        .iter()
        .enumerate()
        .map(|(i, b)| WheelRing {
            body: b.clone(),
            inner: RING_IN + ring_width * i as f32,
            outer: RING_IN + ring_width * (i + 1) as f32,
        })
        .collect();
    for ring in &rings {
        shapes.push(Shape::Circle {
            centre,
            radius: ring.outer,
            fill: None,
            stroke: Some(Stroke::solid(0.8, GRID)),
        });
    }
    for r in [RING_OUT, RADIUS] {
        shapes.push(Shape::Circle {
            centre,
            radius: r,
            fill: None,
            stroke: Some(Stroke::solid(1.0, GRID)),
        });
    }
    // Month boundaries and names.
    for &(month, _, a0, a1) in &months {
        shapes.push(Shape::Line {
            points: vec![geo.at(HUB, a0), geo.at(RADIUS + 5.0, a0)],
            stroke: Stroke::solid(1.0, GRID),
            arrow_start: false,
            arrow_end: false,
        });
        let name = month_name(month, lang);
        let mid = f32::midpoint(a0, a1);
        let w = box_width(measure, name, MONTH_SIZE);
        let h = MONTH_SIZE * LINE_BOXES;
        // Just outside the rim: the box reaches `e` towards the centre along the ray.
        let e = mid.sin().abs() * w / 2.0 + mid.cos().abs() * h / 2.0;
        let (_, pos) = centred_box(geo.at(RADIUS + MONTH_GAP + e, mid), w, MONTH_SIZE);
        shapes.push(Shape::Text {
            pos,
            text: name.to_owned(),
            size: MONTH_SIZE,
            colour: INK,
            anchor: Anchor::Middle,
            bold: true,
        });
    }
    shapes.push(Shape::Circle {
        centre,
        radius: HUB,
        fill: Some(WHITE),
        stroke: Some(Stroke::solid(1.0, GRID)),
    });

    // Today.
    let today_angle = year
        .angle_from_date(options.today)
        .map(|a| a + geo.slice / 2.0);
    if let Some(a) = today_angle {
        shapes.push(Shape::Line {
            points: vec![geo.at(HUB, a), geo.at(RADIUS + 8.0, a)],
            stroke: Stroke::solid(2.0, ACCENT),
            arrow_start: false,
            arrow_end: false,
        });
        shapes.push(Shape::Circle {
            centre: geo.at(RADIUS + 8.0, a),
            radius: 3.5,
            fill: Some(ACCENT),
            stroke: None,
        });
    }

    // The rings' marks and labels.
    let mut hits = Vec::new();
    let mut labels = Vec::new();
    let mut texts = Vec::new();
    let mut placed: Vec<BoxF> = Vec::new();
    for (index, ring) in rings.iter().enumerate() {
        // Everything of a ring stays inside it, so only its own boxes can collide.
        placed.clear();
        let colour = RING_COLOURS[index % RING_COLOURS.len()];
        draw_ring(
            &RingContext {
                doc,
                geo: &geo,
                measure,
                lang,
                index,
                ring,
                colour,
            },
            &mut Output {
                shapes: &mut shapes,
                texts: &mut texts,
                hits: &mut hits,
                labels: &mut labels,
                placed: &mut placed,
            },
        );
    }
    shapes.append(&mut texts);

    hub_texts(&mut shapes, &geo, options, measure, today_angle.is_some());
    legend(
        &mut shapes,
        [side, size[1] - LEGEND_HEIGHT / 2.0],
        lang,
        measure,
    );

    WheelChart {
        scene: Scene {
            size,
            background: Some(PAPER),
            shapes,
        },
        hits,
        labels,
        rings,
        centre,
        radius: RADIUS,
        year: Some(year),
        today_angle,
    }
}

/// The wheel as exported (SVG, PNG, PDF) and drawn by the command line: the same scene as
/// on screen. Empty if the font cannot be read.
pub fn wheel_scene(
    doc: &Document,
    year: i32,
    bodies: &[BodyId],
    today: NaiveDate,
    lang: Lang,
) -> Scene {
    let Some(measure) = Measure::new() else {
        return Scene::default();
    };
    let options = WheelOptions {
        year,
        bodies: bodies.to_vec(),
        today,
        lang,
    };
    wheel(doc, &options, &measure).scene
}

/// The ISO week ring: alternating shades, a tick at each Monday, the week numbers (every
/// week when they fit, else every 2nd or 4th).
fn week_ring(shapes: &mut Vec<Shape>, geo: &Geometry, measure: &Measure) {
    let weeks = geo.year.iso_weeks();
    let r_mid = RING_OUT + WEEK_BAND / 2.0;
    let h = WEEK_SIZE * LINE_BOXES;
    let widest = box_width(measure, "53", WEEK_SIZE).max(h);
    let full_week = 7.0 * geo.slice * r_mid;
    let step = [1, 2, 4]
        .into_iter()
        .find(|&s| s as f32 * full_week >= widest + 4.0)
        .unwrap_or(4);
    let mut texts = Vec::new();
    for (k, &(week, a0)) in weeks.iter().enumerate() {
        let a1 = weeks.get(k + 1).map_or(TAU, |w| w.1);
        let fill = if k % 2 == 0 { WEEK_A } else { WEEK_B };
        geo.sector(shapes, (RING_OUT, RADIUS), a0, a1, fill);
        if k > 0 {
            shapes.push(Shape::Line {
                points: vec![geo.at(RING_OUT, a0), geo.at(RADIUS, a0)],
                stroke: Stroke::solid(0.6, FAINT),
                arrow_start: false,
                arrow_end: false,
            });
        }
        if k % step != 0 {
            continue;
        }
        let text = week.to_string();
        let w = box_width(measure, &text, WEEK_SIZE);
        let mid = f32::midpoint(a0, a1);
        let along = w * mid.cos().abs() + h * mid.sin().abs();
        // A sliver of a week at either end of the year has no room for its number.
        if (a1 - a0) * r_mid < along + 2.0 {
            continue;
        }
        let (_, pos) = centred_box(geo.at(r_mid, mid), w, WEEK_SIZE);
        texts.push(Shape::Text {
            pos,
            text,
            size: WEEK_SIZE,
            colour: MUTED,
            anchor: Anchor::Middle,
            bold: false,
        });
    }
    shapes.append(&mut texts);
}

struct RingContext<'a> {
    doc: &'a Document,
    geo: &'a Geometry,
    measure: &'a Measure,
    lang: Lang,
    index: usize,
    ring: &'a WheelRing,
    colour: Rgba,
}

struct Output<'a> {
    shapes: &'a mut Vec<Shape>,
    /// Texts, drawn after every mark.
    texts: &'a mut Vec<Shape>,
    hits: &'a mut Vec<Hit>,
    labels: &'a mut Vec<WheelLabel>,
    /// Every box in the ring so far: marks, the ring's name, labels.
    placed: &'a mut Vec<BoxF>,
}

fn draw_ring(cx: &RingContext, out: &mut Output) {
    let RingContext {
        doc,
        geo,
        measure,
        lang,
        ring,
        colour,
        ..
    } = *cx;
    let width = ring.outer - ring.inner;
    let activity_track = (width * 0.22).clamp(6.0, 14.0);
    let meeting_track = (width * 0.18).clamp(5.0, 12.0);
    let diamond = (activity_track * 0.4).min(4.5);
    let dot = (meeting_track * 0.35).min(3.5);
    let activity_r = ring.inner + activity_track / 2.0;
    let meeting_r = ring.outer - meeting_track / 2.0;
    // Labels may use the whole ring; the marks are obstacles like other labels.
    let band = Band::new(ring.inner + 1.0, ring.outer - 1.0);
    let body_name = doc.body(&ring.body).map_or("", crate::model::Body::label);

    // Activities: diamonds on the inner track.
    let mut activities: Vec<Mark> = doc
        .cycle
        .activities
        .iter()
        .filter(|a| a.body == ring.body)
        .filter_map(|a| {
            let (first, last) = activity_span(a, geo.year)?;
            Some(Mark {
                target: HitTarget::Activity(a.id.clone()),
                angle: geo.middle(first, last)?,
                label: Some(a.title.clone()),
                tooltip: format!(
                    "{}\n{body_name} · {}",
                    a.title,
                    period_text(&a.when, first, last, lang)
                ),
                style: if a.is_meeting {
                    MarkStyle::CycleMeeting
                } else {
                    MarkStyle::Activity
                },
            })
        })
        .collect();
    spread(&mut activities, activity_r, 2.0 * diamond + 2.0);
    // Meetings: dots on the outer track.
    let mut meetings: Vec<Mark> = doc
        .meetings
        .iter()
        .filter(|m| m.bodies.contains(&ring.body) && meeting_in_year(m, geo.year))
        .filter_map(|m| {
            Some(Mark {
                target: HitTarget::Meeting(m.id.clone()),
                angle: geo.middle(m.date, m.date)?,
                label: None,
                tooltip: meeting_tooltip(doc, m, lang),
                style: if matches!(
                    m.status,
                    MeetingStatus::Held | MeetingStatus::MinutesApproved
                ) {
                    MarkStyle::Held
                } else {
                    MarkStyle::Planned
                },
            })
        })
        .collect();
    spread(&mut meetings, meeting_r, 2.0 * dot + 2.0);

    let mark_box = |c: [f32; 2], s: f32| ([c[0] - s, c[1] - s], [c[0] + s, c[1] + s]);
    for m in &activities {
        let c = geo.at(activity_r, m.angle);
        out.shapes.push(diamond_shape(
            c,
            diamond,
            colour,
            m.style == MarkStyle::CycleMeeting,
        ));
        out.placed.push(mark_box(c, diamond + 1.0));
        out.hits.push(Hit {
            target: m.target.clone(),
            centre: c,
            radius: diamond + 3.0,
            label: m.tooltip.clone(),
        });
    }
    for m in &meetings {
        let c = geo.at(meeting_r, m.angle);
        let held = m.style == MarkStyle::Held;
        out.shapes.push(Shape::Circle {
            centre: c,
            radius: dot,
            fill: Some(if held { MEETING } else { WHITE }),
            stroke: Some(Stroke::solid(1.2, MEETING)),
        });
        out.placed.push(mark_box(c, dot + 1.0));
        out.hits.push(Hit {
            target: m.target.clone(),
            centre: c,
            radius: dot + 3.0,
            label: m.tooltip.clone(),
        });
    }

    // The ring's name at the top, just left of the start line, clear of the marks.
    let r_name = f32::midpoint(band.inner, band.outer);
    let name_angle = |w: f32| -((w / 2.0 + 4.0) / r_name).min(1.0).asin();
    if let Some((text, w, (near, far))) = fitted_label(
        measure,
        body_name,
        RING_NAME_SIZE,
        MAX_RING_NAME_WIDTH,
        &band,
        name_angle,
    ) {
        let angle = name_angle(w);
        let boxed =
            |r: f32| centred_box(geo.at(r.clamp(near, far), angle), w + 0.5, RING_NAME_SIZE);
        let (bx, pos) = std::iter::once(r_name)
            .chain((0..band.lanes).map(|l| band.lane_radius(l)))
            .map(boxed)
            .find(|(bx, _)| !out.placed.iter().any(|p| boxes_overlap(p, bx)))
            .unwrap_or_else(|| boxed(r_name));
        out.placed.push(bx);
        out.texts.push(Shape::Text {
            pos,
            text,
            size: RING_NAME_SIZE,
            colour,
            anchor: Anchor::Middle,
            bold: true,
        });
    }
    place_labels(cx, &activities, &band, out);
}

/// Labels the activities of a ring. Each gets a lane from [`assign_lanes_spaced`], by the
/// longest cut of its text that fits the ring at its angle; then, in angle order, the longest
/// cut that has a free spot, in its own lane or else the nearest other, is drawn. A label
/// with no free spot is left out.
fn place_labels(cx: &RingContext, marks: &[Mark], band: &Band, out: &mut Output) {
    if band.lanes == 0 {
        return;
    }
    let h = LABEL_SIZE * LINE_BOXES;
    let requests: Vec<LabelRequest> = marks
        .iter()
        .map(|m| {
            let fitted = m.label.as_deref().and_then(|text| {
                fitted_label(cx.measure, text, LABEL_SIZE, MAX_LABEL_WIDTH, band, |_| {
                    m.angle
                })
            });
            LabelRequest {
                angle: m.angle,
                // Along the circle a horizontal box reaches w·|cos| + h·|sin|; no fit, no lane.
                width: fitted.map_or(f32::NAN, |(_, w, _)| {
                    w * m.angle.cos().abs() + h * m.angle.sin().abs()
                }),
            }
        })
        .collect();
    let lanes = assign_lanes_spaced(
        &requests,
        band.lane_radius(0),
        band.pitch,
        LABEL_GAP,
        band.lanes,
    );
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by(|&a, &b| marks[a].angle.total_cmp(&marks[b].angle).then(a.cmp(&b)));
    for i in order {
        let Some(full) = marks[i].label.as_deref() else {
            continue;
        };
        let angle = marks[i].angle;
        let own = lanes[i].unwrap_or(0);
        let mut tries: Vec<usize> = (0..band.lanes).collect();
        tries.sort_by_key(|&l| (l.abs_diff(own), l));
        let found = shortenings(full).find_map(|text| {
            let w = box_width(cx.measure, &text, LABEL_SIZE);
            if w > MAX_LABEL_WIDTH {
                return None;
            }
            let (near, far) = fit_box(w, h, angle, band)?;
            tries.iter().find_map(|&lane| {
                let r = band.lane_radius(lane).clamp(near, far);
                let (bx, pos) = centred_box(cx.geo.at(r, angle), w, LABEL_SIZE);
                (!out.placed.iter().any(|p| boxes_overlap(p, &bx)))
                    .then(|| (text.clone(), lane, bx, pos))
            })
        });
        let Some((text, lane, bx, pos)) = found else {
            continue;
        };
        out.placed.push(bx);
        out.texts.push(Shape::Text {
            pos,
            text: text.clone(),
            size: LABEL_SIZE,
            colour: INK,
            anchor: Anchor::Middle,
            bold: false,
        });
        out.labels.push(WheelLabel {
            target: marks[i].target.clone(),
            ring: cx.index,
            lane,
            text,
            min: bx.0,
            max: bx.1,
        });
    }
}

/// A diamond of half-size `s` at `c`: filled with `colour`, or white with a `colour` edge.
fn diamond_shape(c: [f32; 2], s: f32, colour: Rgba, filled: bool) -> Shape {
    Shape::Polygon {
        points: vec![
            [c[0], c[1] - s],
            [c[0] + s, c[1]],
            [c[0], c[1] + s],
            [c[0] - s, c[1]],
        ],
        fill: if filled { colour } else { WHITE },
        stroke: Some(Stroke::solid(1.2, colour)),
    }
}

/// "Årshjul 2026/27" for a year across two calendar years, "Årshjul 2026" otherwise.
fn title(year: WheelYear, lang: Lang) -> String {
    let first = year.start.year();
    let name = lang.pick("Årshjul", "Annual wheel");
    if year.start.month() == 1 {
        format!("{name} {first}")
    } else {
        format!("{name} {first}/{:02}", (first + 1).rem_euclid(100))
    }
}

fn hub_texts(
    shapes: &mut Vec<Shape>,
    geo: &Geometry,
    options: &WheelOptions,
    measure: &Measure,
    show_today: bool,
) {
    let lang = options.lang;
    let year = geo.year;
    let [x, y] = geo.centre;
    let inner = 2.0 * HUB - 30.0;
    let last = year.end_exclusive.pred_opt().unwrap_or(year.start);
    let mut lines = vec![
        (
            measure.ellipsize(&title(year, lang), TITLE_SIZE, inner),
            TITLE_SIZE,
            INK,
            true,
            y - 4.0,
        ),
        (
            measure.ellipsize(
                &format!(
                    "{} – {}",
                    crate::i18n::long_date(year.start, lang),
                    crate::i18n::long_date(last, lang)
                ),
                SUBTITLE_SIZE,
                inner,
            ),
            SUBTITLE_SIZE,
            MUTED,
            false,
            y + 16.0,
        ),
    ];
    if show_today {
        lines.push((
            measure.ellipsize(
                &format!(
                    "{}: {}",
                    lang.pick("Idag", "Today"),
                    crate::i18n::long_date(options.today, lang)
                ),
                SUBTITLE_SIZE,
                inner,
            ),
            SUBTITLE_SIZE,
            ACCENT,
            true,
            y + 33.0,
        ));
    }
    for (text, size, colour, bold, baseline) in lines {
        shapes.push(Shape::Text {
            pos: [x, baseline],
            text,
            size,
            colour,
            anchor: Anchor::Middle,
            bold,
        });
    }
}

fn legend(shapes: &mut Vec<Shape>, at: [f32; 2], lang: Lang, measure: &Measure) {
    let [mut x, y] = at;
    let colour = RING_COLOURS[0];
    let items: [(&str, u8); 5] = [
        (
            lang.pick("möte enligt årscykeln", "meeting in the cycle"),
            0,
        ),
        (lang.pick("aktivitet", "activity"), 1),
        (lang.pick("möte, hållet", "meeting held"), 2),
        (lang.pick("möte, planerat", "meeting planned"), 3),
        (lang.pick("idag", "today"), 4),
    ];
    for (text, kind) in items {
        let c = [x + 6.0, y];
        match kind {
            0 | 1 => shapes.push(diamond_shape(c, 4.5, colour, kind == 0)),
            2 | 3 => shapes.push(Shape::Circle {
                centre: c,
                radius: 3.5,
                fill: Some(if kind == 2 { MEETING } else { WHITE }),
                stroke: Some(Stroke::solid(1.2, MEETING)),
            }),
            _ => shapes.push(Shape::Line {
                points: vec![[x, y], [x + 14.0, y]],
                stroke: Stroke::solid(2.0, ACCENT),
                arrow_start: false,
                arrow_end: false,
            }),
        }
        shapes.push(Shape::Text {
            pos: [x + 20.0, y + 3.5],
            text: text.to_owned(),
            size: 10.0,
            colour: MUTED,
            anchor: Anchor::Start,
            bold: false,
        });
        x += 20.0 + box_width(measure, text, 10.0) + 22.0;
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests fail loudly on purpose
mod tests {
    use super::*;
    use crate::model::{Activity, Body, BodyKind, BodyStatus, Cadence, Level};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn body(id: &str, short: &str) -> Body {
        Body {
            id: BodyId::new(id),
            name: format!("Organ {short}"),
            short_name: short.to_owned(),
            kind: BodyKind::WorkingGroup,
            level: Level::Officials,
            description: String::new(),
            mandate: Vec::new(),
            cadence: Cadence::Irregular,
            composition: Vec::new(),
            status: BodyStatus::Active,
            established: None,
            ended: None,
            memberships: Vec::new(),
            agenda_template: Vec::new(),
            numbers_paragraphs: false,
        }
    }

    fn activity(id: &str, body: &str, title: &str, when: Recurrence) -> Activity {
        Activity {
            id: ActivityId::new(id),
            body: BodyId::new(body),
            title: title.to_owned(),
            description: String::new(),
            when,
            is_meeting: false,
        }
    }

    fn options(year: i32) -> WheelOptions {
        WheelOptions {
            year,
            bodies: Vec::new(),
            today: d(2026, 10, 1),
            lang: Lang::Sv,
        }
    }

    #[test]
    fn activity_months_come_from_both_calendar_years() {
        let year = WheelYear::new(2026, 8).unwrap();
        let march = activity("c1", "b1", "Mars", Recurrence::Month(3));
        assert_eq!(
            activity_span(&march, year),
            Some((d(2027, 3, 1), d(2027, 3, 31)))
        );
        let sept = activity("c2", "b1", "Sept", Recurrence::Month(9));
        assert_eq!(
            activity_span(&sept, year),
            Some((d(2026, 9, 1), d(2026, 9, 30)))
        );
        // Week 31 of 2026 begins on 27 July, before the year: cut to 1–2 August.
        let week = activity("c3", "b1", "V31", Recurrence::IsoWeek(31));
        assert_eq!(
            activity_span(&week, year),
            Some((d(2026, 8, 1), d(2026, 8, 2)))
        );
        // Week 53 exists in 2026 only.
        let w53 = activity("c4", "b1", "V53", Recurrence::IsoWeek(53));
        assert!(activity_span(&w53, year).is_some());
        assert!(activity_span(&w53, WheelYear::new(2027, 8).unwrap()).is_none());

        // The mark of the March activity sits in the middle of March 2027.
        let geo = Geometry {
            centre: [0.0, 0.0],
            year,
            slice: TAU / 365.0,
        };
        let mid = geo.middle(d(2027, 3, 1), d(2027, 3, 31)).unwrap();
        assert_eq!(year.date_from_angle(mid), d(2027, 3, 16));
    }

    #[test]
    fn sectors_are_small_convex_quads() {
        let geo = Geometry {
            centre: [500.0, 500.0],
            year: WheelYear::new(2026, 1).unwrap(),
            slice: TAU / 365.0,
        };
        let mut shapes = Vec::new();
        geo.sector(&mut shapes, (100.0, 200.0), 0.0, TAU / 4.0, WHITE);
        assert_eq!(shapes.len(), 30);
        geo.sector(&mut shapes, (100.0, 200.0), 1.0, 1.0, WHITE);
        assert_eq!(shapes.len(), 30);
        for s in &shapes {
            let Shape::Polygon { points, .. } = s else {
                panic!("not a polygon")
            };
            assert_eq!(points.len(), 4);
            let cross = |i: usize| {
                let (a, b, c) = (points[i], points[(i + 1) % 4], points[(i + 2) % 4]);
                (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
            };
            let signs: Vec<bool> = (0..4).map(|i| cross(i) > 0.0).collect();
            assert!(signs.iter().all(|s| *s == signs[0]));
        }
    }

    #[test]
    fn boxes_fit_inside_their_band() {
        let band = Band::new(200.0, 250.0);
        assert_eq!(band.lanes, 3);
        for k in 0..64 {
            let angle = TAU * k as f32 / 64.0;
            for w in [10.0, 40.0, 120.0] {
                let Some((near, far)) = fit_box(w, 11.7, angle, &band) else {
                    // Only wide boxes at the sides miss.
                    assert!(w > 40.0);
                    continue;
                };
                for r in [near, far] {
                    let c = [r * angle.sin(), -r * angle.cos()];
                    for (sx, sy) in [(-1.0, -1.0), (-1.0, 1.0), (1.0, -1.0), (1.0, 1.0)] {
                        let p = [c[0] + sx * w / 2.0, c[1] + sy * 11.7 / 2.0];
                        assert!(p[0].hypot(p[1]) <= 250.01, "corner out at {angle}");
                    }
                    // The box is clear of the inner circle along the ray.
                    let e = angle.sin().abs() * w / 2.0 + angle.cos().abs() * 11.7 / 2.0;
                    assert!(r - e >= 199.99);
                }
            }
        }
        // At the top a long label fits; at the side only a short one.
        assert!(fit_box(120.0, 11.7, 0.0, &band).is_some());
        assert!(fit_box(120.0, 11.7, TAU / 4.0, &band).is_none());
    }

    #[test]
    fn empty_document_draws_months_and_weeks() {
        let measure = Measure::new().unwrap();
        let doc = Document::new("tom");
        let chart = wheel(&doc, &options(2026), &measure);
        assert!(chart.rings.is_empty());
        assert!(chart.hits.is_empty());
        let texts: Vec<&str> = chart.scene.texts().collect();
        // Start month 1 by default: January first, and a 53rd week in 2026.
        assert_eq!(
            texts.iter().find(|t| t.ends_with("ari")).copied(),
            Some("januari")
        );
        assert!(texts.contains(&"53"));
        assert!(texts.contains(&"Årshjul 2026"));
    }

    #[test]
    fn rings_follow_the_options_and_coincident_marks_spread() {
        let measure = Measure::new().unwrap();
        let mut doc = Document::new("test");
        doc.cycle.start_month = 8;
        doc.bodies = vec![body("b1", "A"), body("b2", "B"), body("b3", "C")];
        doc.cycle.activities = vec![
            activity("c1", "b1", "Första", Recurrence::Month(9)),
            activity("c2", "b1", "Andra", Recurrence::Month(9)),
            activity("c3", "b3", "Tredje", Recurrence::Month(2)),
        ];
        let chart = wheel(&doc, &options(2026), &measure);
        let ring_ids: Vec<&str> = chart.rings.iter().map(|r| r.body.as_str()).collect();
        assert_eq!(ring_ids, ["b1", "b3"]);
        assert_eq!(chart.hits.len(), 3);
        let (a, b) = (chart.hits[0].centre, chart.hits[1].centre);
        assert!((a[0] - b[0]).hypot(a[1] - b[1]) > 5.0, "spread apart");
        assert_eq!(chart.labels.len(), 3);
        assert!(chart.hits[2].label.contains("februari 2027"));
        let mut opts = options(2026);
        opts.bodies = vec![BodyId::new("b2"), BodyId::new("nope"), BodyId::new("b1")];
        let chart = wheel(&doc, &opts, &measure);
        let ring_ids: Vec<&str> = chart.rings.iter().map(|r| r.body.as_str()).collect();
        assert_eq!(ring_ids, ["b2", "b1"]);
        assert!(chart.rings[0].outer <= chart.rings[1].inner);
        // The hit test finds a mark and a date under it.
        let hit = chart.hit_at(chart.hits[0].centre).unwrap();
        assert_eq!(hit.target, HitTarget::Activity(ActivityId::new("c1")));
        let date = chart.date_at(chart.hits[0].centre).unwrap();
        assert_eq!(date.month(), 9);
        assert_eq!(chart.ring_at(chart.hits[0].centre), Some(1));
    }

    #[test]
    fn many_rings_still_keep_texts_apart() {
        let measure = Measure::new().unwrap();
        let mut doc = Document::new("test");
        doc.cycle.start_month = 8;
        for i in 0..20 {
            let id = format!("b{i}");
            doc.bodies.push(body(&id, &format!("Organ nummer {i}")));
            for m in 1..=12 {
                for k in 0..3 {
                    doc.cycle.activities.push(activity(
                        &format!("c{i}-{m}-{k}"),
                        &id,
                        "En ganska lång aktivitet i årshjulet",
                        Recurrence::Month(m),
                    ));
                }
            }
            doc.cycle.activities.push(activity(
                &format!("c{i}-day"),
                &id,
                "Samma dag",
                Recurrence::FixedDate { month: 9, day: 15 },
            ));
        }
        // Twenty rings chosen by the user (the default is fewer).
        let mut chosen = options(2026);
        chosen.bodies = doc.bodies.iter().map(|b| b.id.clone()).collect();
        let chart = wheel(&doc, &chosen, &measure);
        assert_eq!(chart.rings.len(), 20);
        assert_eq!(chart.hits.len(), 20 * 37);
        let boxes: Vec<_> = chart
            .scene
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Text { .. }))
            .map(Shape::bounds)
            .collect();
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                let apart =
                    a.1[0] <= b.0[0] || b.1[0] <= a.0[0] || a.1[1] <= b.0[1] || b.1[1] <= a.0[1];
                assert!(apart, "{a:?} and {b:?}");
            }
        }
        // Marks in one ring never sit on top of each other.
        for ring in 0..20 {
            let marks: Vec<[f32; 2]> = chart.hits[ring * 37..(ring + 1) * 37]
                .iter()
                .map(|h| h.centre)
                .collect();
            for (i, a) in marks.iter().enumerate() {
                for b in &marks[i + 1..] {
                    assert!((a[0] - b[0]).hypot(a[1] - b[1]) > 3.0);
                }
            }
        }
    }

    #[test]
    fn titles() {
        assert_eq!(
            title(WheelYear::new(2026, 8).unwrap(), Lang::Sv),
            "Årshjul 2026/27"
        );
        assert_eq!(
            title(WheelYear::new(2099, 8).unwrap(), Lang::En),
            "Annual wheel 2099/00"
        );
        assert_eq!(
            title(WheelYear::new(2026, 1).unwrap(), Lang::Sv),
            "Årshjul 2026"
        );
    }
}
