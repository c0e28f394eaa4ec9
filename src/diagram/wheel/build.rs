//! The wheel of an operating year, built from the document: rings, marks, labels, hits.

use super::WheelYear;
use crate::diagram::scene::{Anchor, INK, PAPER, Scene, Shape, Stroke, WHITE};
use crate::diagram::text::Measure;
use crate::diagram::wheel::ACCENT;
use crate::diagram::wheel::GRID;
use crate::diagram::wheel::HUB;
use crate::diagram::wheel::LEGEND_HEIGHT;
use crate::diagram::wheel::LINE_BOXES;
use crate::diagram::wheel::MONTH_A;
use crate::diagram::wheel::MONTH_B;
use crate::diagram::wheel::MONTH_GAP;
use crate::diagram::wheel::MONTH_SIZE;
use crate::diagram::wheel::RADIUS;
use crate::diagram::wheel::RING_COLOURS;
use crate::diagram::wheel::RING_IN;
use crate::diagram::wheel::RING_OUT;
use crate::diagram::wheel::WheelChart;
use crate::diagram::wheel::WheelOptions;
use crate::diagram::wheel::WheelRing;
use crate::diagram::wheel::draw::Output;
use crate::diagram::wheel::draw::RingContext;
use crate::diagram::wheel::draw::draw_ring;
use crate::diagram::wheel::draw::week_ring;
use crate::diagram::wheel::geometry::BoxF;
use crate::diagram::wheel::geometry::Geometry;
use crate::diagram::wheel::geometry::box_width;
use crate::diagram::wheel::geometry::centred_box;
use crate::diagram::wheel::hub::hub_texts;
use crate::diagram::wheel::hub::legend;
use crate::diagram::wheel::rings::ring_bodies;
use crate::i18n::{Lang, month_name};
use crate::model::{BodyId, Document};
use chrono::NaiveDate;
use std::f32::consts::TAU;

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
