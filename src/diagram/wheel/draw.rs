//! Drawing the week ring, each body's ring with its marks, and their labels.

use super::{LabelRequest, assign_lanes_spaced};
use crate::diagram::scene::{Anchor, INK, MUTED, Rgba, Shape, Stroke, WHITE};
use crate::diagram::text::Measure;
use crate::diagram::wheel::FAINT;
use crate::diagram::wheel::Hit;
use crate::diagram::wheel::HitTarget;
use crate::diagram::wheel::LABEL_GAP;
use crate::diagram::wheel::LABEL_SIZE;
use crate::diagram::wheel::LINE_BOXES;
use crate::diagram::wheel::MAX_LABEL_WIDTH;
use crate::diagram::wheel::MAX_RING_NAME_WIDTH;
use crate::diagram::wheel::MEETING;
use crate::diagram::wheel::RADIUS;
use crate::diagram::wheel::RING_NAME_SIZE;
use crate::diagram::wheel::RING_OUT;
use crate::diagram::wheel::WEEK_A;
use crate::diagram::wheel::WEEK_B;
use crate::diagram::wheel::WEEK_BAND;
use crate::diagram::wheel::WEEK_SIZE;
use crate::diagram::wheel::WheelLabel;
use crate::diagram::wheel::WheelRing;
use crate::diagram::wheel::geometry::Band;
use crate::diagram::wheel::geometry::BoxF;
use crate::diagram::wheel::geometry::Geometry;
use crate::diagram::wheel::geometry::box_width;
use crate::diagram::wheel::geometry::boxes_overlap;
use crate::diagram::wheel::geometry::centred_box;
use crate::diagram::wheel::geometry::fit_box;
use crate::diagram::wheel::geometry::fitted_label;
use crate::diagram::wheel::geometry::shortenings;
use crate::diagram::wheel::marks::Mark;
use crate::diagram::wheel::marks::MarkStyle;
use crate::diagram::wheel::marks::spread;
use crate::diagram::wheel::rings::activity_span;
use crate::diagram::wheel::rings::meeting_in_year;
use crate::diagram::wheel::texts::meeting_tooltip;
use crate::diagram::wheel::texts::period_text;
use crate::i18n::Lang;
use crate::model::{Document, MeetingStatus};
use std::f32::consts::TAU;

/// The ISO week ring: alternating shades, a tick at each Monday, the week numbers (every
/// week when they fit, else every 2nd or 4th).
pub(super) fn week_ring(shapes: &mut Vec<Shape>, geo: &Geometry, measure: &Measure) {
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

pub(super) struct RingContext<'a> {
    pub(super) doc: &'a Document,
    pub(super) geo: &'a Geometry,
    pub(super) measure: &'a Measure,
    pub(super) lang: Lang,
    pub(super) index: usize,
    pub(super) ring: &'a WheelRing,
    pub(super) colour: Rgba,
}

pub(super) struct Output<'a> {
    pub(super) shapes: &'a mut Vec<Shape>,
    /// Texts, drawn after every mark.
    pub(super) texts: &'a mut Vec<Shape>,
    pub(super) hits: &'a mut Vec<Hit>,
    pub(super) labels: &'a mut Vec<WheelLabel>,
    /// Every box in the ring so far: marks, the ring's name, labels.
    pub(super) placed: &'a mut Vec<BoxF>,
}

pub(super) fn draw_ring(cx: &RingContext, out: &mut Output) {
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
pub(super) fn place_labels(cx: &RingContext, marks: &[Mark], band: &Band, out: &mut Output) {
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
pub(super) fn diamond_shape(c: [f32; 2], s: f32, colour: Rgba, filled: bool) -> Shape {
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
