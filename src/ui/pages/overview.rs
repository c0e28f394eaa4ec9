//! Översikt: what is coming up.

use crate::i18n::{Label, Tr, t};
use crate::model::Assignee;
use crate::model::calendar::week_label;
use crate::model::query::upcoming;
use crate::model::validate::Severity;
use crate::ui::{Nav, Out, Page, View};

/// At most this many rows per section; the rest are counted, so a large document's overview
/// stays readable and fast.
const SHOWN: usize = 12;

fn section(ui: &mut egui::Ui, view: &View, title: Tr, n: usize, body: impl FnOnce(&mut egui::Ui)) {
    ui.add_space(8.0);
    ui.strong(format!("{} ({n})", title.get(view.lang)));
    if n == 0 {
        ui.weak(t::NOTHING.get(view.lang));
    } else {
        body(ui);
        if n > SHOWN {
            ui.weak(match view.lang {
                crate::i18n::Lang::Sv => format!("… och {} till", n - SHOWN),
                crate::i18n::Lang::En => format!("… and {} more", n - SHOWN),
            });
        }
    }
}

pub fn ui(ui: &mut egui::Ui, view: &View, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let up = upcoming(doc, view.today);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(&doc.info.title);
            ui.label(format!("{} · {}", view.today, week_label(view.today, lang)));
            let errors = view
                .problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            let warnings = view.problems.len() - errors;
            ui.horizontal(|ui| {
                let text = crate::i18n::problem_summary(errors, warnings, lang);
                let colour = if errors > 0 {
                    crate::theme::ERROR
                } else if warnings > 0 {
                    crate::theme::WARNING
                } else {
                    crate::theme::OK
                };
                if ui
                    .add(egui::Button::new(egui::RichText::new(text).color(colour)))
                    .clicked()
                {
                    out.nav = Some(Nav::Page(Page::Problems));
                }
            });
            section(ui, view, t::NEXT_MEETINGS, up.meetings.len(), |ui| {
                egui::Grid::new("ov-meetings").striped(true).show(ui, |ui| {
                    for m in up.meetings.iter().take(SHOWN) {
                        ui.label(format!("{} {}", m.date, week_label(m.date, lang)));
                        ui.label(
                            m.start
                                .map(|s| s.format("%H:%M").to_string())
                                .unwrap_or_default(),
                        );
                        if ui.link(view.doc.meeting_title(m)).clicked() {
                            out.nav = Some(Nav::Meeting(m.id.clone()));
                        }
                        ui.label(m.status.label(lang));
                        ui.end_row();
                    }
                });
            });
            section(ui, view, t::CYCLE_SOON, up.activities.len(), |ui| {
                egui::Grid::new("ov-cycle").striped(true).show(ui, |ui| {
                    for (a, from, to) in up.activities.iter().take(SHOWN) {
                        ui.label(if from == to {
                            from.to_string()
                        } else {
                            format!("{from} – {to}")
                        });
                        if ui
                            .link(doc.body(&a.body).map_or(a.body.as_str(), |b| b.label()))
                            .clicked()
                        {
                            out.nav = Some(Nav::Body(a.body.clone()));
                        }
                        ui.label(&a.title);
                        ui.end_row();
                    }
                });
            });
            section(ui, view, t::DUE_SOON, up.assignments_due.len(), |ui| {
                egui::Grid::new("ov-due").striped(true).show(ui, |ui| {
                    for a in up.assignments_due.iter().take(SHOWN) {
                        ui.label(a.due.map(|d| d.to_string()).unwrap_or_default());
                        if ui.link(&a.title).clicked() {
                            out.nav = Some(Nav::Assignment(a.id.clone()));
                        }
                        ui.label(match &a.assignee {
                            Assignee::Body(b) => {
                                doc.body(b).map_or(b.to_string(), |b| b.label().to_owned())
                            }
                            Assignee::Person(p) => doc
                                .person(p)
                                .map_or(p.to_string(), crate::model::person::Person::display_name),
                        });
                        ui.end_row();
                    }
                });
            });
            section(ui, view, t::REVIEWS_DUE, up.agreements_review.len(), |ui| {
                for a in up.agreements_review.iter().take(SHOWN) {
                    if ui
                        .link(format!(
                            "{} – {}",
                            a.review.map(|d| d.to_string()).unwrap_or_default(),
                            a.title
                        ))
                        .clicked()
                    {
                        out.nav = Some(Nav::Agreement(a.id.clone()));
                    }
                }
            });
            section(ui, view, t::TERMS_ENDING, up.terms_ending.len(), |ui| {
                for (b, m) in up.terms_ending.iter().take(SHOWN) {
                    let who = m
                        .person
                        .as_ref()
                        .and_then(|p| doc.person(p))
                        .map_or_else(String::new, crate::model::person::Person::display_name);
                    if ui
                        .link(format!(
                            "{} – {who}, {}",
                            m.to.map(|d| d.to_string()).unwrap_or_default(),
                            b.name
                        ))
                        .clicked()
                    {
                        out.nav = Some(Nav::Body(b.id.clone()));
                    }
                }
            });
            section(ui, view, t::NO_AGENDA, up.without_agenda.len(), |ui| {
                for m in up.without_agenda.iter().take(SHOWN) {
                    if ui
                        .link(format!("{} – {}", m.date, view.doc.meeting_title(m)))
                        .clicked()
                    {
                        out.nav = Some(Nav::Meeting(m.id.clone()));
                    }
                }
            });
        });
}
