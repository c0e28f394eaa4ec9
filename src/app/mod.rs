//! The eframe application. This first version shows the document read-only: its bodies,
//! members and problems. Editing, files and the other pages come with the app issue.

use crate::i18n::{Label, Lang, cadence_text};
use crate::model::Document;
use crate::model::validate::{Problem, Severity, validate};
use std::path::PathBuf;

pub struct SamverkanApp {
    doc: Document,
    /// Where the document came from; `None` for the embedded sample.
    path: Option<PathBuf>,
    problems: Vec<Problem>,
    selected_body: usize,
    lang: Lang,
}

impl SamverkanApp {
    pub fn new(doc: Document, path: Option<PathBuf>) -> Self {
        let problems = validate(&doc, chrono::Local::now().date_naive());
        Self {
            doc,
            path,
            problems,
            selected_body: 0,
            lang: Lang::Sv,
        }
    }

    /// "name – Samverkan", as the window title.
    pub fn title(&self) -> String {
        let name = self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || self.lang.pick("Exempel", "Sample").to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        format!("{name} – Samverkan")
    }
}

impl eframe::App for SamverkanApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let lang = self.lang;
        egui::Panel::top("top").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(&self.doc.info.title);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.selectable_value(&mut self.lang, Lang::En, "English");
                    ui.selectable_value(&mut self.lang, Lang::Sv, "Svenska");
                });
            });
        });
        egui::Panel::bottom("problems").show(ui, |ui| {
            let errors = self
                .problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            let warnings = self.problems.len() - errors;
            ui.label(match lang {
                Lang::Sv => format!("{errors} fel, {warnings} varningar"),
                Lang::En => format!("{errors} errors, {warnings} warnings"),
            });
        });
        egui::Panel::left("bodies")
            .resizable(true)
            .default_size(260.0)
            .show(ui, |ui| {
                ui.heading(lang.pick("Organ", "Bodies"));
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for (i, body) in self.doc.bodies.iter().enumerate() {
                        if ui
                            .selectable_label(self.selected_body == i, &body.name)
                            .clicked()
                        {
                            self.selected_body = i;
                        }
                    }
                });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            let Some(body) = self.doc.bodies.get(self.selected_body) else {
                ui.label(lang.pick("Dokumentet har inga organ.", "The document has no bodies."));
                return;
            };
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.heading(&body.name);
                ui.label(format!(
                    "{} · {} · {}",
                    body.kind.label(lang),
                    body.level.label(lang),
                    cadence_text(body.cadence, lang)
                ));
                if !body.description.is_empty() {
                    ui.label(&body.description);
                }
                if !body.mandate.is_empty() {
                    ui.add_space(8.0);
                    ui.strong(lang.pick("Uppdrag", "Mandate"));
                    for duty in &body.mandate {
                        ui.label(format!("• {duty}"));
                    }
                }
                ui.add_space(8.0);
                ui.strong(lang.pick("Ledamöter", "Members"));
                egui::Grid::new("members").striped(true).show(ui, |ui| {
                    for m in &body.memberships {
                        let name = m
                            .person
                            .as_ref()
                            .and_then(|p| self.doc.person(p))
                            .map_or_else(
                                || lang.pick("vakant", "vacant").to_owned(),
                                super::model::person::Person::display_name,
                            );
                        ui.label(name);
                        ui.label(m.role.label(lang));
                        ui.label(
                            m.represents
                                .as_ref()
                                .and_then(|o| self.doc.organisation(o))
                                .map_or("", |o| o.name.as_str()),
                        );
                        ui.end_row();
                    }
                });
            });
        });
    }
}
