//! The letterhead's fields (tjänsteställe, address block, guests inside "Närvarande"), in
//! the document's form and, where a body differs, in the body's.

use crate::i18n::minutes as words;
use crate::model::Letterhead;
use crate::ui::form::Form;

/// A closed section with the letterhead of the record `form` edits; `hint` says whose it is
/// (the document's default, or a body's own).
pub(super) fn letterhead_ui<T: Clone + PartialEq>(
    ui: &mut egui::Ui,
    form: &mut Form<T>,
    hint: crate::i18n::Tr,
    field: fn(&mut T) -> &mut Letterhead,
) {
    let lang = form.lang();
    let id = form.field_id("letterhead");
    egui::CollapsingHeader::new(words::LETTERHEAD.get(lang))
        .id_salt(&id)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(hint.get(lang)).weak().small());
            egui::Grid::new(("letterhead-grid", &id))
                .num_columns(2)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    form.text(ui, words::UNIT, move |r| &mut field(r).unit);
                    form.notes(ui, words::ADDRESS, move |r| &mut field(r).address);
                    form.row(ui, words::GUESTS_PLACE, |ui, r, on| {
                        let slot = &mut field(r).guests_with_present;
                        ui.add_enabled(
                            on,
                            egui::Checkbox::new(slot, words::GUESTS_WITH_PRESENT.get(lang)),
                        )
                        .changed()
                    });
                });
        });
}
