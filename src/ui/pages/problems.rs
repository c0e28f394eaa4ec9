//! Problem: the validation result grouped by severity; each entry opens its record. Only the
//! visible rows are laid out, so thousands of warnings stay smooth.

use crate::i18n::t;
use crate::model::validate::{Problem, Severity, Target};
use crate::ui::{Nav, Out, View};

enum Line<'a> {
    Heading(Severity, usize),
    Item(&'a Problem),
}

pub fn ui(ui: &mut egui::Ui, view: &View, out: &mut Out) {
    let lang = view.lang;
    ui.heading(t::PROBLEMS.get(lang));
    if view.problems.is_empty() {
        ui.colored_label(crate::theme::OK, t::NO_PROBLEMS.get(lang));
        return;
    }
    let mut lines = Vec::with_capacity(view.problems.len() + 2);
    for severity in [Severity::Error, Severity::Warning] {
        let n = view
            .problems
            .iter()
            .filter(|p| p.severity == severity)
            .count();
        if n > 0 {
            lines.push(Line::Heading(severity, n));
            lines.extend(
                view.problems
                    .iter()
                    .filter(|p| p.severity == severity)
                    .map(Line::Item),
            );
        }
    }
    let row_height = crate::theme::ROW_HEIGHT;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, row_height, lines.len(), |ui, rows| {
            for line in &lines[rows] {
                ui.horizontal(|ui| {
                    ui.set_height(row_height);
                    match line {
                        Line::Heading(severity, n) => {
                            let (title, colour) = match severity {
                                Severity::Error => (t::ERRORS, crate::theme::ERROR),
                                Severity::Warning => (t::WARNINGS, crate::theme::WARNING),
                            };
                            ui.colored_label(
                                colour,
                                egui::RichText::new(format!("{} ({n})", title.get(lang))).strong(),
                            );
                        }
                        Line::Item(p) => {
                            let nav = match &p.target {
                                Target::Body(id) => Some(Nav::Body(id.clone())),
                                Target::Person(id) => Some(Nav::Person(id.clone())),
                                Target::Organisation(id) => Some(Nav::Organisation(id.clone())),
                                Target::Meeting(id) => Some(Nav::Meeting(id.clone())),
                                Target::Goal(id) => Some(Nav::Goal(id.clone())),
                                Target::Document | Target::Other => None,
                            };
                            let text = p.message(lang == crate::i18n::Lang::En);
                            match nav {
                                Some(nav) => {
                                    if ui.link(text).clicked() {
                                        out.nav = Some(nav);
                                    }
                                }
                                None => {
                                    ui.label(text);
                                }
                            }
                            ui.weak(&p.path);
                        }
                    }
                });
            }
        });
}
