//! One organisation's goals at a glance: where do we stand? Per goal the status, the
//! baseline and this year's value, the change against the target, and the analysis.

use super::FollowUpState;
use super::goal::{short, target_words};
use crate::diagram::perspective::{organisation_label, status_colour};
use crate::i18n::{Label, perspective as p, t};
use crate::model::progress::{followed_organisations, goal_progress};
use crate::theme::colour;
use crate::ui::{Out, View};

pub fn ui(ui: &mut egui::Ui, view: &View, state: &mut FollowUpState, year: i32, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let orgs = followed_organisations(doc);
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
                for o in &orgs {
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
    egui::ScrollArea::vertical()
        .id_salt("follow-up-organisation-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("follow-up-organisation-grid")
                .striped(true)
                .num_columns(6)
                .spacing([10.0, 4.0])
                .show(ui, |ui| {
                    ui.label("");
                    ui.strong(p::GOAL.get(lang));
                    ui.strong(p::BASELINE.get(lang));
                    ui.strong(year.to_string());
                    ui.strong(p::CHANGE.get(lang));
                    ui.strong(p::TARGET_LINE.get(lang));
                    ui.end_row();
                    for goal in &doc.goals {
                        let progress = goal_progress(goal, Some(&org), year);
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
                        ui.painter()
                            .rect_filled(rect, 2.0, colour(status_colour(progress.status)));
                        let link = ui.link(short(&goal.text, 70)).on_hover_text(format!(
                            "{}\n{}\n{}",
                            goal.text,
                            target_words(goal, lang),
                            progress.status.label(lang)
                        ));
                        if link.clicked() {
                            state.open_goal(goal.id.clone());
                        }
                        ui.label(n(progress.baseline));
                        ui.label(match (progress.value, progress.missing) {
                            (None, Some(why)) => why.label(lang).to_owned(),
                            (v, _) => n(v),
                        });
                        ui.label(
                            progress
                                .progress
                                .map_or_else(|| "–".to_owned(), |c| p::signed(c, lang)),
                        );
                        ui.label(progress.target.map_or_else(
                            || "–".to_owned(),
                            |c| format!("{} {}", p::number(c, lang), goal.unit),
                        ));
                        ui.end_row();
                    }
                });
            let _ = out;
        });
}
