//! Struktur: the links between bodies. The drawn org chart comes with its own issue; until
//! then the page lists the governance graph in words. Only visible rows are laid out.

use crate::i18n::{Label, t};
use crate::ui::{Nav, Out, View};

pub fn ui(ui: &mut egui::Ui, view: &View, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    ui.heading(t::STRUCTURE.get(lang));
    ui.weak(t::COMING.get(lang));
    ui.add_space(8.0);
    let name = |id: &crate::model::BodyId| {
        doc.body(id)
            .map_or_else(|| id.to_string(), |b| b.name.clone())
    };
    let row_height = crate::theme::ROW_HEIGHT;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, row_height, doc.links.len(), |ui, rows| {
            for l in &doc.links[rows] {
                ui.horizontal(|ui| {
                    ui.set_height(row_height);
                    if ui.link(name(&l.from)).clicked() {
                        out.nav = Some(Nav::Body(l.from.clone()));
                    }
                    ui.label(l.kind.label(lang));
                    if ui.link(name(&l.to)).clicked() {
                        out.nav = Some(Nav::Body(l.to.clone()));
                    }
                    if !l.note.is_empty() {
                        ui.weak(format!("– {}", l.note));
                    }
                });
            }
        });
}
