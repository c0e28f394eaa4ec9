//! One goal, one small line chart per organisation, all on the same axes: the
//! organisation's values, the county's for comparison (dashed), the baseline year and the
//! target level the organisation should reach from its baseline value.

use super::{organisation_label, status_colour, text};
use crate::diagram::scene::{Anchor, Scene, Shape, Stroke};
use crate::i18n::{Lang, perspective as p};
use crate::model::progress::{goal_progress, main_indicator};
use crate::model::{Direction, Document, Gender, Goal, Indicator, OrganisationId};
use crate::palette;

/// The size of one small chart and the gap between them, in points.
pub const CHART: [f32; 2] = [210.0, 118.0];
const GAP: f32 = 14.0;
const TITLE: f32 = 16.0;
const AXIS: f32 = 14.0;
const LEFT: f32 = 34.0;
/// The key to the lines, above the charts.
const KEY: f32 = 22.0;

/// What the lines mean: the organisation's values, the county's, the target level and the
/// baseline year.
fn key(shapes: &mut Vec<Shape>, lang: Lang) {
    let mut x = 0.0;
    let items = [
        (palette::SERIES_LINE, false, false, p::KEY_ORGANISATION),
        (palette::COUNTY, true, false, p::COUNTY),
        (palette::ACCENT, true, false, p::KEY_TARGET),
        (palette::GRID, false, true, p::BASELINE),
    ];
    for (colour, dashed, vertical, label) in items {
        let points = if vertical {
            vec![[x + 9.0, 4.0], [x + 9.0, 16.0]]
        } else {
            vec![[x, 10.0], [x + 18.0, 10.0]]
        };
        shapes.push(Shape::Line {
            points,
            stroke: Stroke {
                width: 1.6,
                colour,
                dashed,
            },
            arrow_start: false,
            arrow_end: false,
        });
        let label = label.get(lang);
        shapes.push(text(
            [x + 24.0, 13.0],
            label,
            9.0,
            palette::INK,
            Anchor::Start,
        ));
        x += 24.0 + label.chars().count() as f32 * 5.2 + 18.0;
    }
}

/// The charts of `goal` for `organisations`, `columns` to a row, judged in `year`.
pub fn small_multiples(
    doc: &Document,
    goal: &Goal,
    organisations: &[OrganisationId],
    year: i32,
    columns: usize,
    lang: Lang,
) -> Scene {
    let columns = columns.max(1);
    let rows = organisations.len().div_ceil(columns);
    let width = columns as f32 * (CHART[0] + GAP);
    let height = KEY + rows as f32 * (CHART[1] + TITLE + AXIS + GAP);
    let mut shapes = Vec::new();
    key(&mut shapes, lang);
    let series: Vec<(&OrganisationId, Option<&Indicator>)> = organisations
        .iter()
        .map(|o| (o, main_indicator(goal, Some(o))))
        .collect();
    let county = main_indicator(goal, None);
    let (years, lo, hi) = extent(goal, &series, county);
    if years.is_empty() {
        return Scene {
            size: [width.max(200.0), 40.0],
            background: Some(palette::PAPER),
            shapes: vec![text(
                [0.0, 20.0],
                p::NO_VALUES.get(lang),
                11.0,
                palette::MUTED,
                Anchor::Start,
            )],
        };
    }
    let (first, last) = (years[0], years[years.len() - 1]);
    for (k, (org, indicator)) in series.iter().enumerate() {
        let x0 = (k % columns) as f32 * (CHART[0] + GAP);
        let y0 = KEY + (k / columns) as f32 * (CHART[1] + TITLE + AXIS + GAP);
        let plot = Plot {
            left: x0 + LEFT,
            right: x0 + CHART[0],
            top: y0 + TITLE,
            bottom: y0 + TITLE + CHART[1],
            first,
            last,
            lo,
            hi,
        };
        let progress = goal_progress(goal, Some(org), year);
        // Title with the status as a swatch.
        shapes.push(Shape::Rect {
            min: [x0, y0 + 2.0],
            max: [x0 + 10.0, y0 + 12.0],
            radius: 2.0,
            fill: Some(status_colour(progress.status)),
            stroke: None,
        });
        let mut title = text(
            [x0 + 14.0, y0 + 11.0],
            &organisation_label(doc, Some(org), lang),
            10.0,
            palette::INK,
            Anchor::Start,
        );
        if let Shape::Text { bold, .. } = &mut title {
            *bold = true;
        }
        shapes.push(title);
        plot.frame(&mut shapes, lang, k % columns == 0);
        if let Some(b) = goal.baseline_year.filter(|b| (first..=last).contains(b)) {
            let x = plot.x(b);
            shapes.push(Shape::Line {
                points: vec![[x, plot.top], [x, plot.bottom]],
                stroke: Stroke::solid(0.8, palette::GRID),
                arrow_start: false,
                arrow_end: false,
            });
        }
        if let (Some(base), Some(target)) = (progress.baseline, progress.target) {
            let sign = match goal.direction {
                Direction::Increase => 1.0,
                Direction::Decrease => -1.0,
            };
            let level = if crate::model::progress::is_relative(&goal.unit) {
                base * (1.0 + sign * target / 100.0)
            } else {
                base + sign * target
            };
            let from = goal.baseline_year.unwrap_or(first).max(first);
            shapes.push(Shape::Line {
                points: vec![[plot.x(from), plot.y(level)], [plot.right, plot.y(level)]],
                stroke: Stroke {
                    width: 1.0,
                    colour: palette::ACCENT,
                    dashed: true,
                },
                arrow_start: false,
                arrow_end: false,
            });
        }
        if let Some(c) = county {
            plot.series(&mut shapes, c, None, palette::COUNTY, true);
        }
        if let Some(i) = indicator {
            plot.series(&mut shapes, i, Some(org), palette::SERIES_LINE, false);
        }
    }
    Scene {
        size: [width, height],
        background: Some(palette::PAPER),
        shapes,
    }
}

/// The years and the value range every chart shares (with the target levels in view).
fn extent(
    goal: &Goal,
    series: &[(&OrganisationId, Option<&Indicator>)],
    county: Option<&Indicator>,
) -> (Vec<i32>, f64, f64) {
    let mut years = Vec::new();
    let (mut lo, mut hi) = (f64::MAX, f64::MIN);
    let mut take = |i: &Indicator, o: Option<&OrganisationId>| {
        for v in i
            .values
            .iter()
            .filter(|v| v.gender == Gender::Total && v.organisation.as_ref() == o)
        {
            if let Some(a) = v.amount {
                years.push(v.year);
                lo = lo.min(a);
                hi = hi.max(a);
            }
        }
    };
    for (o, i) in series {
        if let Some(i) = i {
            take(i, Some(o));
        }
    }
    if let Some(c) = county {
        take(c, None);
    }
    years.sort_unstable();
    years.dedup();
    if years.is_empty() {
        return (years, 0.0, 1.0);
    }
    if let Some(t) = goal.target_change {
        // Room for the target lines above or below the values.
        match goal.direction {
            Direction::Increase => hi += t.abs(),
            Direction::Decrease => lo -= t.abs(),
        }
    }
    if (hi - lo).abs() < f64::EPSILON {
        hi = lo + 1.0;
    }
    let pad = (hi - lo) * 0.05;
    (years, lo - pad, hi + pad)
}

/// One chart's plotting area and scales.
struct Plot {
    left: f32,
    right: f32,
    top: f32,
    bottom: f32,
    first: i32,
    last: i32,
    lo: f64,
    hi: f64,
}

impl Plot {
    fn x(&self, year: i32) -> f32 {
        let span = (self.last - self.first).max(1) as f32;
        self.left + (self.right - self.left) * (year - self.first) as f32 / span
    }

    fn y(&self, value: f64) -> f32 {
        #[allow(clippy::cast_possible_truncation)] // a share of the range, about 0..=1
        let t = ((value - self.lo) / (self.hi - self.lo)) as f32;
        self.bottom - (self.bottom - self.top) * t.clamp(-0.05, 1.05)
    }

    /// The frame, the first and last year below, and the range at the left of the first
    /// chart of a row.
    fn frame(&self, shapes: &mut Vec<Shape>, lang: Lang, labels: bool) {
        shapes.push(Shape::Rect {
            min: [self.left, self.top],
            max: [self.right, self.bottom],
            radius: 0.0,
            fill: Some(palette::WHITE),
            stroke: Some(Stroke::solid(0.6, palette::FAINT)),
        });
        let below = self.bottom + 11.0;
        shapes.push(text(
            [self.left, below],
            &self.first.to_string(),
            8.0,
            palette::MUTED,
            Anchor::Start,
        ));
        shapes.push(text(
            [self.right, below],
            &self.last.to_string(),
            8.0,
            palette::MUTED,
            Anchor::End,
        ));
        if labels {
            let n = |v: f64| p::number(v, lang);
            shapes.push(text(
                [self.left - 3.0, self.top + 8.0],
                &n(self.hi),
                8.0,
                palette::MUTED,
                Anchor::End,
            ));
            shapes.push(text(
                [self.left - 3.0, self.bottom],
                &n(self.lo),
                8.0,
                palette::MUTED,
                Anchor::End,
            ));
        }
    }

    /// A line through the values of `organisation`, broken where one is missing.
    fn series(
        &self,
        shapes: &mut Vec<Shape>,
        indicator: &Indicator,
        organisation: Option<&OrganisationId>,
        colour: crate::diagram::scene::Rgba,
        dashed: bool,
    ) {
        let mut run: Vec<[f32; 2]> = Vec::new();
        let flush = |run: &mut Vec<[f32; 2]>, shapes: &mut Vec<Shape>| {
            if run.len() > 1 {
                shapes.push(Shape::Line {
                    points: std::mem::take(run),
                    stroke: Stroke {
                        width: if dashed { 1.0 } else { 1.6 },
                        colour,
                        dashed,
                    },
                    arrow_start: false,
                    arrow_end: false,
                });
            } else if let Some(p) = run.pop() {
                shapes.push(Shape::Circle {
                    centre: p,
                    radius: 1.8,
                    fill: Some(colour),
                    stroke: None,
                });
            }
        };
        for year in self.first..=self.last {
            match indicator
                .value(organisation, year, Gender::Total)
                .and_then(|v| v.amount)
            {
                Some(a) => run.push([self.x(year), self.y(a)]),
                None => flush(&mut run, shapes),
            }
        }
        flush(&mut run, shapes);
    }
}
