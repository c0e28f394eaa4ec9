//! Årshjul and Tidslinje. The wheel and the timeline are drawn in their own issue; until then
//! the årshjul page shows the cycle as the table of Bilaga 4 (months down, bodies across) and
//! the timeline lists the coming months.

use crate::i18n::{month_name, t};
use crate::model::BodyId;
use crate::model::calendar::week_label;
use crate::ui::{Nav, Out, View};

pub fn wheel_ui(ui: &mut egui::Ui, view: &View, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let mut bodies: Vec<&BodyId> = Vec::new();
    for a in &doc.cycle.activities {
        if !bodies.contains(&&a.body) {
            bodies.push(&a.body);
        }
    }
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(t::WHEEL.get(lang));
            ui.weak(t::COMING.get(lang));
            ui.add_space(8.0);
            egui::Grid::new("bilaga4")
                .striped(true)
                .min_col_width(120.0)
                .show(ui, |ui| {
                    ui.strong(lang.pick("Månad", "Month"));
                    for b in &bodies {
                        let label = doc
                            .body(b)
                            .map_or_else(|| b.to_string(), |b| b.label().to_owned());
                        if ui.link(egui::RichText::new(label).strong()).clicked() {
                            out.nav = Some(Nav::Body((*b).clone()));
                        }
                    }
                    ui.end_row();
                    let start = doc.cycle.start_month.clamp(1, 12);
                    for k in 0..12u8 {
                        let month = (start - 1 + k) % 12 + 1;
                        ui.label(month_name(u32::from(month), lang));
                        for b in &bodies {
                            let items: Vec<&str> = doc
                                .cycle
                                .activities
                                .iter()
                                .filter(|a| &&a.body == b && a.when.month() == month)
                                .map(|a| a.title.as_str())
                                .collect();
                            ui.vertical(|ui| {
                                ui.set_max_width(220.0);
                                for i in items {
                                    ui.add(egui::Label::new(format!("• {i}")).wrap());
                                }
                            });
                        }
                        ui.end_row();
                    }
                });
        });
}

pub fn timeline_ui(ui: &mut egui::Ui, view: &View, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let mut meetings: Vec<_> = doc.meetings.iter().collect();
    meetings.sort_by_key(|m| (m.date, m.start));
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(t::TIMELINE.get(lang));
            ui.weak(t::COMING.get(lang));
            ui.add_space(8.0);
            egui::Grid::new("timeline-list")
                .striped(true)
                .show(ui, |ui| {
                    for m in meetings {
                        ui.label(m.date.to_string());
                        ui.label(week_label(m.date, lang));
                        if ui.link(super::records::meeting_title(view, m)).clicked() {
                            out.nav = Some(Nav::Meeting(m.id.clone()));
                        }
                        ui.end_row();
                    }
                });
        });
}
