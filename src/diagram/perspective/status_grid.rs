//! The status table for print: organisations down, goals across by their number (the
//! report lists the goals by number), each cell in its status's colour with the change.

use super::{organisation_label, status_colour, status_text_colour, text};
use crate::diagram::scene::{Anchor, Scene, Shape};
use crate::i18n::{Lang, perspective as p};
use crate::model::Document;
use crate::model::progress::StatusTable;
use crate::palette;

const NAME: f32 = 78.0;
const CELL: [f32; 2] = [26.0, 15.0];
const HEAD: f32 = 14.0;

/// The table as a scene; goal `k` of the table is headed `k + 1`.
pub fn status_grid(doc: &Document, table: &StatusTable, lang: Lang) -> Scene {
    let mut shapes = Vec::new();
    let rows: Vec<Option<&crate::model::OrganisationId>> = table
        .organisations
        .iter()
        .map(Some)
        .chain(std::iter::once(None))
        .collect();
    for (c, _) in table.goals.iter().enumerate() {
        shapes.push(text(
            [NAME + c as f32 * CELL[0] + CELL[0] / 2.0, HEAD - 4.0],
            &(c + 1).to_string(),
            8.0,
            palette::MUTED,
            Anchor::Middle,
        ));
    }
    for (r, org) in rows.iter().enumerate() {
        let y = HEAD + r as f32 * CELL[1] + if org.is_none() { 4.0 } else { 0.0 };
        shapes.push(text(
            [NAME - 4.0, y + 11.0],
            &organisation_label(doc, *org, lang),
            8.5,
            palette::INK,
            Anchor::End,
        ));
        for c in 0..table.goals.len() {
            let progress = match org {
                Some(_) => table.cell(c, r),
                None => table.county[c],
            };
            let x = NAME + c as f32 * CELL[0];
            shapes.push(Shape::Rect {
                min: [x + 0.5, y + 0.5],
                max: [x + CELL[0] - 0.5, y + CELL[1] - 0.5],
                radius: 1.0,
                fill: Some(status_colour(progress.status)),
                stroke: None,
            });
            let label = progress
                .progress
                .map_or_else(|| "–".to_owned(), |c| p::signed(c, lang));
            shapes.push(text(
                [x + CELL[0] / 2.0, y + 10.5],
                &label,
                6.0,
                status_text_colour(progress.status),
                Anchor::Middle,
            ));
        }
    }
    let height = HEAD + rows.len() as f32 * CELL[1] + 8.0;
    let legend_top = height + 4.0;
    let bottom = super::legend(&mut shapes, 0.0, legend_top, lang);
    Scene {
        size: [
            NAME + table.goals.len() as f32 * CELL[0] + 4.0,
            bottom + 2.0,
        ],
        background: Some(palette::WHITE),
        shapes,
    }
}
