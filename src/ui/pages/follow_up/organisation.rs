//! One organisation's goals at a glance: where do we stand? Per goal the status, the
//! baseline and this year's value, the change against the target, and the analysis.

use super::FollowUpState;
use super::goal::{short, target_words};
use crate::diagram::perspective::{organisation_label, status_colour};
use crate::i18n::{Label, perspective as p, t};
use crate::model::progress::goal_progress;
use crate::theme::colour;
use crate::ui::View;

pub fn ui(ui: &mut egui::Ui, view: &View, state: &mut FollowUpState, year: i32) {
    let lang = view.lang;
    let doc = view.doc;
    let orgs = state.organisations(view);
    let Some(first) = orgs.first() else {
        ui.label(p::NO_VALUES.get(lang));
        return;
    };
    let org = state
        .organisation
        .clone()
        .filter(|o| orgs.contains(o))
        .unwrap_or_else(|| first.clone());
    ui.horizontal(|ui| {
        ui.label(t::ORGANISATION.get(lang));
        egui::ComboBox::from_id_salt("follow-up-organisation")
            .selected_text(organisation_label(doc, Some(&org), lang))
            .width(200.0)
            .height(420.0)
            .show_ui(ui, |ui| {
                for o in orgs.iter() {
                    if ui
                        .selectable_label(o == &org, organisation_label(doc, Some(o), lang))
                        .clicked()
                    {
                        state.organisation = Some(o.clone());
                    }
                }
            });
    });
    let n = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| p::number(v, lang));
    let goals = state.goals_of(view, &org);
    // A header row, then one row per goal with values, only those in view laid out.
    let widths = [18.0, 340.0, 60.0, 110.0, 76.0, 170.0];
    let row = |ui: &mut egui::Ui, cells: [&dyn Fn(&mut egui::Ui); 6]| {
        ui.horizontal(|ui| {
            for (w, cell) in widths.iter().zip(cells) {
                ui.allocate_ui_with_layout(
                    egui::vec2(*w, ROW),
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| {
                        ui.set_width(*w);
                        cell(ui);
                    },
                );
            }
        });
    };
    let year_text = year.to_string();
    row(
        ui,
        [
            &|_ui: &mut egui::Ui| {},
            &|ui: &mut egui::Ui| {
                ui.strong(p::GOAL.get(lang));
            },
            &|ui: &mut egui::Ui| {
                ui.strong(p::BASELINE.get(lang));
            },
            &|ui: &mut egui::Ui| {
                ui.strong(&year_text);
            },
            &|ui: &mut egui::Ui| {
                ui.strong(p::CHANGE.get(lang));
            },
            &|ui: &mut egui::Ui| {
                ui.strong(p::TARGET_LINE.get(lang));
            },
        ],
    );
    let open = std::cell::Cell::new(None);
    egui::ScrollArea::vertical()
        .id_salt("follow-up-organisation-scroll")
        .auto_shrink([false, false])
        .show_rows(ui, ROW, goals.len(), |ui, range| {
            for &g in &goals[range] {
                let goal = &doc.goals[g];
                let progress = goal_progress(goal, Some(&org), year);
                let value = match (progress.value, progress.missing) {
                    (None, Some(why)) => why.label(lang).to_owned(),
                    (v, _) => n(v),
                };
                row(
                    ui,
                    [
                        &|ui: &mut egui::Ui| {
                            let (rect, _) = ui
                                .allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
                            ui.painter().rect_filled(
                                rect,
                                2.0,
                                colour(status_colour(progress.status)),
                            );
                        },
                        &|ui: &mut egui::Ui| {
                            let link = ui.link(short(&goal.text, 52)).on_hover_text(format!(
                                "{}\n{}\n{}",
                                goal.text,
                                target_words(goal, lang),
                                progress.status.label(lang)
                            ));
                            if link.clicked() {
                                open.set(Some(goal.id.clone()));
                            }
                        },
                        &|ui: &mut egui::Ui| {
                            ui.label(n(progress.baseline));
                        },
                        &|ui: &mut egui::Ui| {
                            ui.label(&value);
                        },
                        &|ui: &mut egui::Ui| {
                            ui.label(
                                progress
                                    .progress
                                    .map_or_else(|| "–".to_owned(), |c| p::signed(c, lang)),
                            );
                        },
                        &|ui: &mut egui::Ui| {
                            ui.label(progress.target.map_or_else(
                                || "–".to_owned(),
                                |c| format!("{} {}", p::number(c, lang), goal.unit),
                            ));
                        },
                    ],
                );
            }
        });
    if let Some(id) = open.take() {
        state.open_goal(id);
    }
}

/// The height of a row.
const ROW: f32 = 24.0;
