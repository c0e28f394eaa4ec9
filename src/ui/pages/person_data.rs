//! "Allt om personen" on a person's page: every place the document names them, grouped by
//! kind, each a link to its record; the files outside the document that still hold them;
//! the register extract to send them; and erasing them.

use crate::export::person_extract::{Format, line};
use crate::i18n::{Label, people_data as say};
use crate::model::person_extract::{At, Extract, Kind, extract};
use crate::model::{Person, PersonId};
use crate::ui::{Export, Nav, Out, View};
use std::sync::Arc;

type ExtractCache = (crate::ui::list::RowsKey, PersonId, Arc<Option<Extract>>);

/// The extract of `person`, built once per document version.
fn cached_extract(ui: &egui::Ui, view: &View, person: &PersonId) -> Arc<Option<Extract>> {
    let key = view.rows_key();
    let id = egui::Id::unique("person-extract");
    let cached: Option<ExtractCache> = ui.data(|d| d.get_temp(id));
    match cached {
        Some((k, p, built)) if k == key && &p == person => built,
        _ => {
            let built = Arc::new(extract(view.doc, person, view.today, view.lang));
            ui.data_mut(|d| {
                d.insert_temp::<ExtractCache>(id, (key, person.clone(), built.clone()))
            });
            built
        }
    }
}

/// Where an occurrence opens.
fn nav(at: &At) -> Option<Nav> {
    Some(match at {
        At::Document => Nav::Page(crate::ui::Page::Overview),
        At::Organisation(id) => Nav::Organisation(id.clone()),
        At::Person(id) => Nav::Person(id.clone()),
        At::Body(id) => Nav::Body(id.clone()),
        At::Meeting(id) => Nav::Meeting(id.clone()),
        At::Activity(id) => Nav::Activity(id.clone()),
        At::Goal(id) => Nav::Goal(id.clone()),
        At::Assignment(id) => Nav::Assignment(id.clone()),
        At::Agreement(id) => Nav::Agreement(id.clone()),
        At::GoverningDocument(id) => Nav::Document(id.clone()),
        At::Matter(id) => Nav::Matter(id.clone()),
        At::Other => return None,
    })
}

/// The section under the person's form.
pub fn everything_ui(ui: &mut egui::Ui, view: &View, person: &Person, out: &mut Out) {
    let lang = view.lang;
    ui.horizontal_wrapped(|ui| {
        ui.strong(say::EVERYTHING.get(lang));
        if ui.button(say::EXPORT_EXTRACT_PDF.get(lang)).clicked() {
            out.export = Some(Export::PersonExtract {
                person: person.id.clone(),
                format: Format::Pdf,
            });
        }
        if ui.button(say::EXPORT_EXTRACT_JSON.get(lang)).clicked() {
            out.export = Some(Export::PersonExtract {
                person: person.id.clone(),
                format: Format::Json,
            });
        }
        if view.editable()
            && ui
                .button(egui::RichText::new(say::ERASE.get(lang)).color(crate::theme::ERROR))
                .clicked()
        {
            out.erase = Some(person.id.clone());
        }
    });
    let built = cached_extract(ui, view, &person.id);
    let Some(found) = built.as_ref() else {
        return;
    };
    if found.occurrences.is_empty() {
        ui.label(egui::RichText::new(say::NOTHING_ELSE.get(lang)).weak());
    }
    for (kind, n) in found.counts() {
        egui::CollapsingHeader::new(format!("{} ({n})", kind.label(lang)))
            .id_salt(("person-kind", kind.key()))
            // Seats are listed in full above ("Sitter i"); here they are counted.
            .default_open(n <= 8 && !matches!(kind, Kind::Seat | Kind::PastSeat))
            .show(ui, |ui| {
                for (i, o) in found.of_kind(kind).enumerate() {
                    ui.push_id(i, |ui| {
                        ui.horizontal_wrapped(|ui| {
                            if let Some(d) = o.date_to_show() {
                                ui.label(d.to_string());
                            }
                            match nav(&o.at) {
                                Some(to) => {
                                    if ui.link(&o.place).clicked() {
                                        out.nav = Some(to);
                                    }
                                }
                                None => {
                                    ui.label(&o.place);
                                }
                            }
                            if !o.detail.is_empty() {
                                ui.label(egui::RichText::new(&o.detail).weak())
                                    .on_hover_text(line(o));
                            }
                        });
                    });
                }
            });
    }
    ui.add_space(6.0);
    ui.strong(say::FILES_OUTSIDE.get(lang));
    let Some(files) = view
        .person_files
        .filter(|(p, _)| p == &person.id)
        .and_then(|(_, f)| f.as_deref())
    else {
        ui.label(egui::RichText::new(say::SEARCHING_FILES.get(lang)).weak());
        return;
    };
    if files.is_empty() {
        ui.label(egui::RichText::new(say::NO_FILES_OUTSIDE.get(lang)).weak());
    }
    for f in files {
        ui.label(format!("{} ({})", f.path.display(), f.kind.label(lang)));
    }
}
