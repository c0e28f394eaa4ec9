//! The follow-up's charts (Aktuellt perspektiv) as scenes, for the screen and the report
//! alike: one small line chart per organisation for a goal, and a ranked bar chart of one
//! year. Colours of the statuses come from the palette.

pub mod ranked_bars;
pub mod small_multiples;
pub mod status_grid;

use super::scene::{Anchor, Rgba, Shape};
use crate::i18n::{Label, Lang};
use crate::model::progress::Status;
use crate::model::{Document, OrganisationId};
use crate::palette;

pub use ranked_bars::ranked_bars;
pub use small_multiples::small_multiples;
pub use status_grid::status_grid;

/// The fill of a status.
pub fn status_colour(status: Status) -> Rgba {
    match status {
        Status::Reached => palette::STATUS_REACHED,
        Status::Partly => palette::STATUS_PARTLY,
        Status::Unchanged => palette::STATUS_UNCHANGED,
        Status::WrongWay => palette::STATUS_WRONG_WAY,
        Status::Missing => palette::STATUS_MISSING,
    }
}

/// The text colour that reads on a status's fill.
pub fn status_text_colour(status: Status) -> Rgba {
    match status {
        Status::Reached | Status::WrongWay => palette::STATUS_TEXT_ON_DARK,
        _ => palette::INK,
    }
}

/// An organisation's short name (or its name), or the county's word for `None`.
pub fn organisation_label(doc: &Document, id: Option<&OrganisationId>, lang: Lang) -> String {
    match id {
        None => crate::i18n::perspective::COUNTY.get(lang).to_owned(),
        Some(id) => doc.organisations.iter().find(|o| &o.id == id).map_or_else(
            || id.as_str().to_owned(),
            |o| {
                if o.short_name.is_empty() {
                    o.name.clone()
                } else {
                    o.short_name.clone()
                }
            },
        ),
    }
}

/// A legend of the five statuses, one swatch and label a line, from `top`.
pub fn legend(shapes: &mut Vec<Shape>, left: f32, top: f32, lang: Lang) -> f32 {
    let mut y = top;
    for status in Status::ALL {
        shapes.push(Shape::Rect {
            min: [left, y],
            max: [left + 14.0, y + 10.0],
            radius: 2.0,
            fill: Some(status_colour(status)),
            stroke: None,
        });
        shapes.push(text(
            [left + 20.0, y + 9.0],
            status.label(lang),
            9.0,
            palette::INK,
            Anchor::Start,
        ));
        y += 14.0;
    }
    y
}

pub(crate) fn text(pos: [f32; 2], text: &str, size: f32, colour: Rgba, anchor: Anchor) -> Shape {
    Shape::Text {
        pos,
        text: text.to_owned(),
        size,
        colour,
        anchor,
        bold: false,
    }
}
