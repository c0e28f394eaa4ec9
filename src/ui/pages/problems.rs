//! Problem: the validation result grouped by severity; each entry opens its record.

use crate::i18n::t;
use crate::model::validate::{Severity, Target};
use crate::ui::{Nav, Out, View};

pub fn ui(ui: &mut egui::Ui, view: &View, out: &mut Out) {
    let lang = view.lang;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(t::PROBLEMS.get(lang));
            if view.problems.is_empty() {
                ui.colored_label(crate::theme::OK, t::NO_PROBLEMS.get(lang));
                return;
            }
            for (severity, title, colour) in [
                (Severity::Error, t::ERRORS, crate::theme::ERROR),
                (Severity::Warning, t::WARNINGS, crate::theme::WARNING),
            ] {
                let items: Vec<_> = view
                    .problems
                    .iter()
                    .filter(|p| p.severity == severity)
                    .collect();
                if items.is_empty() {
                    continue;
                }
                ui.add_space(8.0);
                ui.colored_label(
                    colour,
                    egui::RichText::new(format!("{} ({})", title.get(lang), items.len())).strong(),
                );
                for p in items {
                    ui.horizontal(|ui| {
                        let nav = match &p.target {
                            Target::Body(id) => Some(Nav::Body(id.clone())),
                            Target::Person(id) => Some(Nav::Person(id.clone())),
                            Target::Organisation(id) => Some(Nav::Organisation(id.clone())),
                            Target::Meeting(id) => Some(Nav::Meeting(id.clone())),
                            Target::Goal(id) => Some(Nav::Goal(id.0.clone())),
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
                    });
                }
            }
        });
}
