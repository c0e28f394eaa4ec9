//! Struktur: the links between bodies. The drawn org chart comes with its own issue; until
//! then the page lists the governance graph in words.

use crate::i18n::{Label, t};
use crate::ui::{Nav, Out, View};

pub fn ui(ui: &mut egui::Ui, view: &View, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(t::STRUCTURE.get(lang));
            ui.weak(t::COMING.get(lang));
            ui.add_space(8.0);
            egui::Grid::new("structure-links")
                .striped(true)
                .show(ui, |ui| {
                    for l in &doc.links {
                        let name = |id: &crate::model::BodyId| {
                            doc.body(id)
                                .map_or_else(|| id.to_string(), |b| b.name.clone())
                        };
                        if ui.link(name(&l.from)).clicked() {
                            out.nav = Some(Nav::Body(l.from.clone()));
                        }
                        ui.label(l.kind.label(lang));
                        if ui.link(name(&l.to)).clicked() {
                            out.nav = Some(Nav::Body(l.to.clone()));
                        }
                        ui.weak(&l.note);
                        ui.end_row();
                    }
                });
        });
}
