//! The status table: goals down, organisations across (the county last), each cell in the
//! colour of its status with the change written in it; the goal column and the names stay
//! in view while scrolling, only the visible cells are painted, and hovering a cell shows
//! its values. A click opens the goal over time.

use super::FollowUpState;
use crate::diagram::perspective::{organisation_label, status_colour, status_text_colour};
use crate::i18n::{Label, perspective as p};
use crate::model::progress::{Progress, Status, StatusTable};
use crate::theme::colour;
use crate::ui::View;
use egui::{Align2, FontId, Pos2, Rect, Sense, Vec2};

/// The width of the goals' column.
pub const LABEL_W: f32 = 280.0;
/// The height of the organisations' names above the cells.
pub const HEADER_H: f32 = 86.0;
/// The width of one organisation's column.
pub const COL_W: f32 = 44.0;
/// The height of one goal's row.
pub const ROW_H: f32 = 24.0;
/// Space between the organisations and the county's column.
const COUNTY_GAP: f32 = 8.0;

pub fn ui(ui: &mut egui::Ui, view: &View, state: &mut FollowUpState, year: i32) {
    let lang = view.lang;
    let table = state.table(view, year);
    legend(ui, view, &table, year);
    if table.goals.is_empty() {
        ui.label(p::NO_GOALS_MATCH.get(lang));
        return;
    }
    let columns = table.organisations.len() + 1;
    let size = Vec2::new(
        LABEL_W + columns as f32 * COL_W + COUNTY_GAP,
        HEADER_H + table.goals.len() as f32 * ROW_H,
    );
    egui::ScrollArea::both()
        .id_salt("follow-up-table")
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let (content, response) = ui.allocate_exact_size(size, Sense::click());
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Table, true, p::STATUS_GRID.get(lang))
            });
            let origin = content.min;
            let painter = ui.painter_at(ui.clip_rect());
            let clip = ui.clip_rect();
            let sticky = Pos2::new(origin.x + viewport.min.x, origin.y + viewport.min.y);
            let cells_clip =
                Rect::from_min_max(Pos2::new(sticky.x + LABEL_W, sticky.y + HEADER_H), clip.max);
            let x_of = |c: usize| {
                let gap = if c + 1 == columns { COUNTY_GAP } else { 0.0 };
                origin.x + LABEL_W + c as f32 * COL_W + gap
            };
            let y_of = |r: usize| origin.y + HEADER_H + r as f32 * ROW_H;
            // Only the rows and columns in view.
            let first_row = index((viewport.min.y - HEADER_H) / ROW_H);
            let last_row = (index((viewport.max.y - HEADER_H) / ROW_H) + 1).min(table.goals.len());
            let first_col = index(viewport.min.x / COL_W);
            let last_col = (index(viewport.max.x / COL_W) + 1).min(columns);
            let cells = painter.with_clip_rect(cells_clip);
            let font = FontId::proportional(11.0);
            for r in first_row..last_row {
                for c in first_col..last_col {
                    let progress = cell(&table, r, c);
                    let rect =
                        Rect::from_min_size(Pos2::new(x_of(c), y_of(r)), Vec2::new(COL_W, ROW_H))
                            .shrink(1.0);
                    cells.rect_filled(rect, 2.0, colour(status_colour(progress.status)));
                    let text = progress
                        .progress
                        .map_or_else(|| "–".to_owned(), |c| p::signed(c, lang));
                    cells.text(
                        rect.center(),
                        Align2::CENTER_CENTER,
                        text,
                        font.clone(),
                        colour(status_text_colour(progress.status)),
                    );
                }
            }
            // The goal column, in view whatever the horizontal scroll.
            let labels = painter.with_clip_rect(Rect::from_min_max(
                Pos2::new(sticky.x, sticky.y + HEADER_H),
                clip.max,
            ));
            labels.rect_filled(
                Rect::from_min_size(
                    Pos2::new(sticky.x, sticky.y + HEADER_H),
                    Vec2::new(LABEL_W, clip.height()),
                ),
                0.0,
                ui.visuals().panel_fill,
            );
            for r in first_row..last_row {
                let goal = &view.doc.goals[table.goals[r]];
                let rect = Rect::from_min_size(
                    Pos2::new(sticky.x, y_of(r)),
                    Vec2::new(LABEL_W - 6.0, ROW_H),
                );
                // One line, cut with an ellipsis by the text layout itself.
                let colour = ui.visuals().text_color();
                let mut job = egui::text::LayoutJob::single_section(
                    goal.text.clone(),
                    egui::TextFormat::simple(font.clone(), colour),
                );
                job.wrap = egui::text::TextWrapping {
                    max_width: rect.width(),
                    max_rows: 1,
                    break_anywhere: true,
                    overflow_character: Some('…'),
                };
                let galley = ui.painter().layout_job(job);
                let top = rect.center().y - galley.size().y / 2.0;
                labels.galley(Pos2::new(rect.min.x + 2.0, top), galley, colour);
            }
            // The organisations' names, in view whatever the vertical scroll, at an angle.
            let header = painter.with_clip_rect(Rect::from_min_max(
                Pos2::new(sticky.x + LABEL_W, sticky.y),
                Pos2::new(clip.max.x, sticky.y + HEADER_H),
            ));
            header.rect_filled(
                Rect::from_min_size(
                    Pos2::new(sticky.x, sticky.y),
                    Vec2::new(clip.width() + viewport.width(), HEADER_H),
                ),
                0.0,
                ui.visuals().panel_fill,
            );
            for c in first_col..last_col {
                let name = if c + 1 == columns {
                    p::COUNTY.get(lang).to_owned()
                } else {
                    organisation_label(view.doc, Some(&table.organisations[c]), lang)
                };
                let galley = ui.painter().layout_no_wrap(
                    name,
                    font.clone(),
                    ui.visuals().strong_text_color(),
                );
                let at = Pos2::new(x_of(c) + COL_W * 0.5, sticky.y + HEADER_H - 6.0);
                header.add(
                    egui::epaint::TextShape::new(at, galley, ui.visuals().strong_text_color())
                        .with_angle(-std::f32::consts::FRAC_PI_4),
                );
            }
            // Hover and click.
            if let Some(pointer) = response.hover_pos().filter(|p| cells_clip.contains(*p)) {
                let c = (0..columns).find(|&c| pointer.x >= x_of(c) && pointer.x < x_of(c) + COL_W);
                let r = index((pointer.y - origin.y - HEADER_H) / ROW_H);
                if let Some(c) = c.filter(|_| r < table.goals.len()) {
                    let progress = cell(&table, r, c);
                    let goal_index = table.goals[r];
                    let org = table.organisations.get(c);
                    let response = response.clone().on_hover_ui_at_pointer(|ui| {
                        hover(ui, view, goal_index, org, &progress, year);
                    });
                    if response.clicked() {
                        state.open_goal(view.doc.goals[goal_index].id.clone());
                    }
                }
            } else if let Some(pointer) = response.hover_pos() {
                // Over a goal's name: its whole text.
                let r = index((pointer.y - origin.y - HEADER_H) / ROW_H);
                if pointer.x < sticky.x + LABEL_W
                    && pointer.y > sticky.y + HEADER_H
                    && r < table.goals.len()
                {
                    let goal = &view.doc.goals[table.goals[r]];
                    let response = response.clone().on_hover_ui_at_pointer(|ui| {
                        ui.label(&goal.text);
                        ui.weak(p::OPEN_GOAL.get(lang));
                    });
                    if response.clicked() {
                        state.open_goal(goal.id.clone());
                    }
                }
            }
        });
}

/// A row or column number from a position in rows or columns (0 above or left of the first).
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // floored, at least 0
fn index(x: f32) -> usize {
    x.max(0.0).floor() as usize
}

/// The progress in row `r`, column `c` (the county's column last).
fn cell(table: &StatusTable, r: usize, c: usize) -> Progress {
    if c < table.organisations.len() {
        table.cell(r, c)
    } else {
        table.county[r]
    }
}

/// What a cell stands for, in words.
fn hover(
    ui: &mut egui::Ui,
    view: &View,
    goal: usize,
    org: Option<&crate::model::OrganisationId>,
    progress: &Progress,
    year: i32,
) {
    let lang = view.lang;
    let goal = &view.doc.goals[goal];
    ui.strong(organisation_label(view.doc, org, lang));
    ui.label(&goal.text);
    let n = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| p::number(v, lang));
    egui::Grid::new("follow-up-hover")
        .num_columns(2)
        .show(ui, |ui| {
            if let Some(b) = goal.baseline_year {
                ui.label(format!("{} {b}", p::BASELINE.get(lang)));
                ui.label(n(progress.baseline));
                ui.end_row();
            }
            ui.label(year.to_string());
            ui.label(match (progress.value, progress.missing) {
                (None, Some(why)) => why.label(lang).to_owned(),
                (v, _) => n(v),
            });
            ui.end_row();
            ui.label(p::CHANGE.get(lang));
            ui.label(progress.progress.map_or_else(
                || "–".to_owned(),
                |c| format!("{} {}", p::signed(c, lang), goal.unit),
            ));
            ui.end_row();
            if let Some(t) = progress.target {
                ui.label(p::TARGET_LINE.get(lang));
                ui.label(format!("{} {}", p::number(t, lang), goal.unit));
                ui.end_row();
            }
        });
    ui.label(egui::RichText::new(progress.status.label(lang)).strong());
}

/// The legend and the year's summary above the table.
fn legend(ui: &mut egui::Ui, view: &View, table: &StatusTable, year: i32) {
    let lang = view.lang;
    let counts = table.counts();
    let measured: usize = counts[..4].iter().sum();
    let right = counts[0] + counts[1];
    ui.label(p::summary(year, right, measured, table.goals.len(), lang));
    ui.horizontal_wrapped(|ui| {
        ui.weak(p::legend_intro(year, lang));
        for (k, status) in Status::ALL.into_iter().enumerate() {
            let (rect, _) = ui.allocate_exact_size(Vec2::new(14.0, 12.0), Sense::hover());
            ui.painter()
                .rect_filled(rect, 2.0, colour(status_colour(status)));
            ui.label(format!("{} ({})", status.label(lang), counts[k]));
        }
    });
}
