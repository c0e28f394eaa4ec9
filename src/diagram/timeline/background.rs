//! The background: lanes, weekends and holidays, the grid, today's line and the header.

use super::{Tick, TickUnit, major_ticks, tick_unit, ticks};
use crate::diagram::scene::{INK, MUTED, Rgba, Shape, Stroke, WHITE};
use crate::diagram::timeline::GRID_MAJOR;
use crate::diagram::timeline::GRID_MINOR;
use crate::diagram::timeline::HEADER_BG;
use crate::diagram::timeline::HEADER_HEIGHT;
use crate::diagram::timeline::HOLIDAY;
use crate::diagram::timeline::LABEL_COLUMN;
use crate::diagram::timeline::LANE_ALT;
use crate::diagram::timeline::MAJOR_ROW;
use crate::diagram::timeline::MIN_TICK_PX;
use crate::diagram::timeline::SHADE_FROM_PX_PER_DAY;
use crate::diagram::timeline::TEXT_SIZE;
use crate::diagram::timeline::WEEKEND;
use crate::diagram::timeline::events::Frame;
use crate::diagram::timeline::shapes::line;
use crate::diagram::timeline::shapes::text;
use crate::diagram::timeline::texts::tick_text;
use crate::model::holidays::holiday_name;
use chrono::{Datelike, NaiveDate, Weekday};

/// Alternate lanes, the label column, and the shading of weekends and holidays.
pub(super) fn background(shapes: &mut Vec<Shape>, frame: &Frame, lane_count: usize, bottom: f32) {
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
pub(super) fn header(shapes: &mut Vec<Shape>, frame: &Frame, bottom: f32) {
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
        crate::i18n::charts::lanes_heading(lang).to_owned(),
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
                    label: format!(
                        "{} {}",
                        crate::i18n::dates::short_month(from.month(), lang),
                        from.year()
                    ),
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
