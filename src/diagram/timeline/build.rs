//! The timeline of a date range, built from the document, and its scene for export.

use super::TimeScale;
use crate::diagram::scene::{INK, MUTED, PAPER, Scene, Shape, Stroke};
use crate::diagram::text::Measure;
use crate::diagram::timeline::AGREEMENT;
use crate::diagram::timeline::ASSIGNMENT;
use crate::diagram::timeline::DONE;
use crate::diagram::timeline::EVENT_ROW;
use crate::diagram::timeline::GRID_MAJOR;
use crate::diagram::timeline::GRID_MINOR;
use crate::diagram::timeline::HEADER_HEIGHT;
use crate::diagram::timeline::LABEL_COLUMN;
use crate::diagram::timeline::LANE_COLOURS;
use crate::diagram::timeline::LANE_NAME_SIZE;
use crate::diagram::timeline::LANE_PAD;
use crate::diagram::timeline::MAJOR_ROW;
use crate::diagram::timeline::MAX_SPAN_ROWS;
use crate::diagram::timeline::SPAN_ROW;
use crate::diagram::timeline::TEXT_SIZE;
use crate::diagram::timeline::TODAY;
use crate::diagram::timeline::TimelineChart;
use crate::diagram::timeline::TimelineLane;
use crate::diagram::timeline::TimelineOptions;
use crate::diagram::timeline::TimelineTarget;
use crate::diagram::timeline::background::background;
use crate::diagram::timeline::background::header;
use crate::diagram::timeline::draw::deadline_event;
use crate::diagram::timeline::draw::draw_spans;
use crate::diagram::timeline::draw::meeting_event;
use crate::diagram::timeline::events::Event;
use crate::diagram::timeline::events::Frame;
use crate::diagram::timeline::lanes::LaneRef;
use crate::diagram::timeline::lanes::Lanes;
use crate::diagram::timeline::lanes::Span;
use crate::diagram::timeline::lanes::span_rows;
use crate::diagram::timeline::shapes::fit;
use crate::diagram::timeline::shapes::line;
use crate::diagram::timeline::shapes::text;
use crate::diagram::timeline::texts::conflicts;
use crate::i18n::Lang;
use crate::model::Document;
use crate::model::calendar::occurrence;
use chrono::{Datelike, NaiveDate};
use std::collections::{BTreeMap, BTreeSet};

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
            label: crate::i18n::charts::other_lane(other_has_agreements, lang).to_owned(),
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
    let received = crate::model::report_back::Received::build(doc);
    for a in &doc.assignments {
        let (Some(due), Some(lane)) = (a.due, lanes.of_assignment(doc, a).and_then(lane_index))
        else {
            continue;
        };
        if !frame.visible(due, due) {
            continue;
        }
        let fill = if received.status(a).is_open() {
            ASSIGNMENT
        } else {
            DONE
        };
        let tooltip = crate::i18n::charts::assignment_tooltip(&a.title, due, lang);
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
        let tooltip = crate::i18n::charts::agreement_tooltip(&g.title, review, lang);
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
    if let Some(matter) = &options.matter {
        shapes.extend(super::matter_line::matter_line(
            &frame,
            matter,
            &lanes.index,
        ));
    }

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
        matter: None,
    };
    timeline(doc, &options, &measure).scene
}
