//! One goal over time: its target, the small multiples (one chart per organisation, the
//! county dashed in each), the ranked bars of the year, and the analysis.

use super::{FollowUpState, analysis};
use crate::diagram::perspective::{ranked_bars, small_multiples, small_multiples::CHART};
use crate::diagram::scene::Scene;
use crate::i18n::{Label, Lang, perspective as p};
use crate::model::progress::{followed_organisations, organisations_of_goal};
use crate::model::{Goal, GoalId};
use crate::session::Version;
use crate::ui::paint::paint_scene;
use crate::ui::{Nav, Out, View};
use std::sync::Arc;

/// The two scenes of the goal shown, kept while nothing they depend on changes.
#[derive(Default)]
pub struct ChartCache {
    key: Option<(Version, GoalId, i32, Lang, usize)>,
    multiples: Arc<Scene>,
    bars: Arc<Scene>,
}

pub fn ui(ui: &mut egui::Ui, view: &View, state: &mut FollowUpState, year: i32, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    if doc.goals.is_empty() {
        ui.label(p::NO_GOALS_MATCH.get(lang));
        return;
    }
    let index = state
        .goal
        .as_ref()
        .and_then(|id| doc.goals.iter().position(|g| &g.id == id))
        .unwrap_or(0);
    let goal = &doc.goals[index];
    ui.horizontal(|ui| {
        ui.label(p::GOAL.get(lang));
        egui::ComboBox::from_id_salt("follow-up-goal")
            .selected_text(short(&goal.text, 90))
            .width(ui.available_width().min(640.0))
            .height(420.0)
            .show_ui(ui, |ui| {
                for g in &doc.goals {
                    if ui
                        .selectable_label(g.id == goal.id, short(&g.text, 110))
                        .clicked()
                    {
                        state.goal = Some(g.id.clone());
                    }
                }
            });
    });
    ui.horizontal_wrapped(|ui| {
        ui.strong(&goal.text);
        if ui.link(crate::i18n::t::GOALS.get(lang)).clicked() {
            out.nav = Some(Nav::Goal(goal.id.clone()));
        }
    });
    ui.label(target_words(goal, lang));
    for i in &goal.indicators {
        ui.weak(format!("{} · {}", i.name, i.source));
    }
    egui::ScrollArea::vertical()
        .id_salt("follow-up-goal-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let width = ui.available_width();
            let columns = chart_columns(width);
            let key = (view.version, goal.id.clone(), year, lang, columns);
            if state.charts.key.as_ref() != Some(&key) {
                let orgs = organisations_of_goal(goal, &followed_organisations(doc));
                state.charts.multiples =
                    Arc::new(small_multiples(doc, goal, &orgs, year, columns, lang));
                state.charts.bars = Arc::new(ranked_bars(doc, goal, &orgs, year, lang));
                state.charts.key = Some(key);
            }
            let multiples = Arc::clone(&state.charts.multiples);
            let bars = Arc::clone(&state.charts.bars);
            // The analysis beside the ranking where there is room, above it where not.
            let beside = width >= bars.size[0] + 360.0;
            let mut top = |ui: &mut egui::Ui| {
                ui.vertical(|ui| {
                    ui.set_max_width(if beside {
                        width - bars.size[0] - 24.0
                    } else {
                        width
                    });
                    analysis::ui(ui, view, goal, year, out);
                });
                ui.vertical(|ui| {
                    ui.strong(format!("{} {year}", p::RANKED.get(lang)));
                    scene(ui, &bars);
                });
            };
            if beside {
                ui.horizontal_top(|ui| top(ui));
            } else {
                top(ui);
            }
            ui.add_space(8.0);
            scene(ui, &multiples);
        });
}

/// How many small charts fit side by side in `width`.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // floored, at least 1
fn chart_columns(width: f32) -> usize {
    (width / (CHART[0] + 14.0)).floor().max(1.0) as usize
}

/// Paint a scene at its size, where the layout is.
fn scene(ui: &mut egui::Ui, scene: &Scene) {
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(scene.size[0], scene.size[1]),
        egui::Sense::hover(),
    );
    paint_scene(ui.painter(), scene, rect.min, ui.clip_rect());
}

/// The goal's target in words: "minska med 2 procentenheter från 2017 till 2022".
pub fn target_words(goal: &Goal, lang: Lang) -> String {
    let change = goal.target_change.map(|c| p::number(c, lang));
    p::target_text(
        goal.direction.label(lang),
        change.as_deref(),
        &goal.unit,
        goal.baseline_year,
        goal.target_year,
        lang,
    )
}

/// `text` cut to `max` characters with an ellipsis.
pub fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        format!(
            "{}…",
            text.chars().take(max - 1).collect::<String>().trim_end()
        )
    }
}
