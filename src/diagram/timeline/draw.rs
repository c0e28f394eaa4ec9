//! Drawing meetings, deadlines and activity spans on their lanes.

use crate::diagram::scene::{INK, Rgba, Shape, Stroke};
use crate::diagram::timeline::CONFLICT;
use crate::diagram::timeline::DONE;
use crate::diagram::timeline::EVENT_ROW;
use crate::diagram::timeline::LABEL_COLUMN;
use crate::diagram::timeline::LANE_COLOURS;
use crate::diagram::timeline::LANE_PAD;
use crate::diagram::timeline::SPAN_ROW;
use crate::diagram::timeline::TEXT_SIZE;
use crate::diagram::timeline::TimelineHit;
use crate::diagram::timeline::TimelineTarget;
use crate::diagram::timeline::events::Event;
use crate::diagram::timeline::events::Frame;
use crate::diagram::timeline::events::diamond;
use crate::diagram::timeline::lanes::Span;
use crate::diagram::timeline::shapes::faded;
use crate::diagram::timeline::shapes::fit;
use crate::diagram::timeline::shapes::minutes;
use crate::diagram::timeline::shapes::text;
use crate::diagram::timeline::texts::meeting_tooltip;
use crate::model::{Meeting, MeetingStatus};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// `problems`: the meetings it clashes with, and the timing rules it breaks.
pub(super) fn meeting_event(
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

pub(super) fn deadline_event(
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
pub(super) fn draw_spans(
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
