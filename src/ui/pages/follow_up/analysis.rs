//! The analysis of a goal for a year (what the beredningsgrupp writes), editable where the
//! goal is shown.

use crate::edit::Edit;
use crate::i18n::perspective as p;
use crate::model::{Analysis, Goal};
use crate::ui::widgets::{self, field_label};
use crate::ui::{Out, View};

/// The analysis text of `goal` for `year`; a finished edit replaces it (an empty text
/// removes it).
pub fn ui(ui: &mut egui::Ui, view: &View, goal: &Goal, year: i32, out: &mut Out) {
    let lang = view.lang;
    field_label(ui, &p::analysis_heading(year, lang));
    let current = goal.analysis(year).map_or("", |a| a.text.as_str());
    if current.is_empty() && !view.editable() {
        return;
    }
    if let Some(text) = widgets::multiline(
        ui,
        ("analysis", goal.id.as_str(), year),
        current,
        view.editable(),
    ) {
        out.edits
            .push(Edit::PutGoal(with_analysis(goal, year, &text)));
    }
    if current.is_empty() {
        ui.weak(p::ANALYSIS_HINT.get(lang));
    }
}

/// `goal` with the analysis of `year` set to `text` (or removed when it is empty), the
/// analyses kept in year order.
pub fn with_analysis(goal: &Goal, year: i32, text: &str) -> Goal {
    let mut g = goal.clone();
    g.analyses.retain(|a| a.year != year);
    if !text.trim().is_empty() {
        g.analyses.push(Analysis {
            year,
            text: text.trim_end().to_owned(),
        });
        g.analyses.sort_by_key(|a| a.year);
    }
    g
}
