//! The hub's title and counts, and the legend.

use super::WheelYear;
use crate::diagram::scene::{Anchor, INK, MUTED, Shape, Stroke, WHITE};
use crate::diagram::text::Measure;
use crate::diagram::wheel::ACCENT;
use crate::diagram::wheel::HUB;
use crate::diagram::wheel::MEETING;
use crate::diagram::wheel::RING_COLOURS;
use crate::diagram::wheel::SUBTITLE_SIZE;
use crate::diagram::wheel::TITLE_SIZE;
use crate::diagram::wheel::WheelOptions;
use crate::diagram::wheel::draw::diamond_shape;
use crate::diagram::wheel::geometry::Geometry;
use crate::diagram::wheel::geometry::box_width;
use crate::i18n::Lang;
use crate::i18n::charts::{WheelKey, wheel_legend};
use chrono::Datelike;

/// "Årshjul 2026/27" for a year across two calendar years, "Årshjul 2026" otherwise.
pub(super) fn title(year: WheelYear, lang: Lang) -> String {
    crate::i18n::charts::wheel_hub_title(year.start.year(), year.start.month() != 1, lang)
}

pub(super) fn hub_texts(
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
                &crate::i18n::charts::today_line(options.today, lang),
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

pub(super) fn legend(shapes: &mut Vec<Shape>, at: [f32; 2], lang: Lang, measure: &Measure) {
    let [mut x, y] = at;
    let colour = RING_COLOURS[0];
    let items: [(&str, u8); 5] = [
        (wheel_legend(WheelKey::CycleMeeting, lang), 0),
        (wheel_legend(WheelKey::Activity, lang), 1),
        (wheel_legend(WheelKey::MeetingHeld, lang), 2),
        (wheel_legend(WheelKey::MeetingPlanned, lang), 3),
        (wheel_legend(WheelKey::Today, lang), 4),
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
