//! Överenskommelser and styrdokument: agreements between organisations, and the governing
//! documents with their review cycles, as two lists on one page.

use super::{body_options, org_options};
use crate::edit::Edit;
use crate::i18n::{Tr, t};
use crate::model::{
    Agreement, AgreementId, Document, DocumentId, GoverningDocument, OrganisationId, fresh_id,
};
use crate::ui::form::Form;
use crate::ui::record_page::{RecordKind, RecordList, detail_ui, list_ui};
use crate::ui::{Out, View, widgets};

/// The page's two lists; the form shows the record picked last.
#[derive(Default)]
pub struct AgreementsState {
    pub agreements: RecordList<AgreementId>,
    pub documents: RecordList<DocumentId>,
}

pub fn agreements_ui(ui: &mut egui::Ui, view: &View, state: &mut AgreementsState, out: &mut Out) {
    super::master_detail(
        ui,
        "agreements",
        state,
        out,
        |ui, state, out| {
            let (agreement, document) = (
                state.agreements.selected.clone(),
                state.documents.selected.clone(),
            );
            ui.push_id("agreements-list", |ui| {
                ui.set_max_height(ui.available_height() * 0.5);
                list_ui::<Agreements>(ui, view, &mut state.agreements, out);
            });
            ui.separator();
            ui.push_id("documents-list", |ui| {
                list_ui::<Documents>(ui, view, &mut state.documents, out);
            });
            // One selection at a time: picking in one list clears the other.
            if state.agreements.selected != agreement {
                state.documents.selected = None;
            } else if state.documents.selected != document {
                state.agreements.selected = None;
            }
        },
        |ui, state, out| {
            if state.documents.selected.is_some() {
                detail_ui::<Documents>(ui, view, &state.documents, out);
            } else {
                detail_ui::<Agreements>(ui, view, &state.agreements, out);
            }
        },
    );
}

pub struct Agreements;

impl RecordKind for Agreements {
    type Id = AgreementId;
    type Record = Agreement;
    const SALT: &'static str = "agreements";
    const HEADING: Tr = t::AGREEMENTS;
    const NEW: Tr = t::NEW_AGREEMENT;

    fn columns() -> Vec<Tr> {
        vec![t::TITLE, t::REVIEW]
    }

    fn all(doc: &Document) -> &[Agreement] {
        &doc.agreements
    }

    fn id(a: &Agreement) -> &AgreementId {
        &a.id
    }

    fn cells(_view: &View, a: &Agreement) -> Vec<String> {
        vec![
            a.title.clone(),
            a.review.map(|d| d.to_string()).unwrap_or_default(),
        ]
    }

    fn create(view: &View) -> Option<(AgreementId, Edit)> {
        let id = AgreementId::new(fresh_id(
            AgreementId::PREFIX,
            view.doc.agreements.iter().map(|a| a.id.as_str()),
        ));
        let agreement = Agreement {
            id: id.clone(),
            title: t::NEW_AGREEMENT.get(view.lang).to_owned(),
            description: String::new(),
            parties: Vec::new(),
            signed: None,
            review: None,
            responsible: None,
        };
        Some((id, Edit::PutAgreement(agreement)))
    }

    fn detail(ui: &mut egui::Ui, view: &View, agreement: &Agreement, out: &mut Out) {
        let lang = view.lang;
        if super::detail_header(ui, &agreement.title, lang, view.editable()) {
            out.delete = Some(Edit::DeleteAgreement(agreement.id.clone()));
        }
        let bodies = body_options(view);
        let orgs = org_options(view);
        let mut form = Form::new(agreement, agreement.id.as_str(), view);
        form.grid(ui, |ui, f| {
            f.text(ui, t::TITLE, |a| &mut a.title);
            f.date(ui, t::SIGNED, |a| &mut a.signed);
            f.date(ui, t::REVIEW, |a| &mut a.review);
            f.reference(ui, t::RESPONSIBLE, bodies, |a| &mut a.responsible);
            let id = f.field_id("parties");
            f.row(ui, t::PARTIES, |ui, a, on| {
                parties_ui(ui, id, view, a, orgs, on)
            });
        });
        form.multiline(ui, t::DESCRIPTION, |a| &mut a.description);
        if let Some(a) = form.finish() {
            out.edits.push(Edit::PutAgreement(a));
        }
    }
}

/// The parties as removable chips and a picker to add one. Returns whether they changed.
fn parties_ui(
    ui: &mut egui::Ui,
    id: (String, String),
    view: &View,
    a: &mut Agreement,
    orgs: &[(OrganisationId, String)],
    on: bool,
) -> bool {
    let mut changed = false;
    ui.vertical(|ui| {
        let mut remove = None;
        ui.horizontal_wrapped(|ui| {
            for (i, p) in a.parties.iter().enumerate() {
                let name = view
                    .doc
                    .organisation(p)
                    .map_or_else(|| p.to_string(), |o| o.name.clone());
                if ui
                    .add_enabled(on, egui::Button::new(format!("{name} ×")).small())
                    .clicked()
                {
                    remove = Some(i);
                }
            }
        });
        if let Some(i) = remove {
            a.parties.remove(i);
            changed = true;
        }
        let others: Vec<(OrganisationId, String)> = orgs
            .iter()
            .filter(|(o, _)| !a.parties.contains(o))
            .cloned()
            .collect();
        if let Some(o) = widgets::add_picker(ui, id, &others, t::ADD_PARTY.get(view.lang), on) {
            a.parties.push(o);
            changed = true;
        }
    });
    changed
}

pub struct Documents;

impl RecordKind for Documents {
    type Id = DocumentId;
    type Record = GoverningDocument;
    const SALT: &'static str = "documents";
    const HEADING: Tr = t::DOCUMENTS;
    const NEW: Tr = t::NEW_DOCUMENT;

    fn columns() -> Vec<Tr> {
        vec![t::TITLE, t::NEXT_REVIEW]
    }

    fn all(doc: &Document) -> &[GoverningDocument] {
        &doc.documents
    }

    fn id(d: &GoverningDocument) -> &DocumentId {
        &d.id
    }

    fn cells(_view: &View, d: &GoverningDocument) -> Vec<String> {
        vec![
            d.title.clone(),
            d.next_review.map(|d| d.to_string()).unwrap_or_default(),
        ]
    }

    fn create(view: &View) -> Option<(DocumentId, Edit)> {
        let id = DocumentId::new(fresh_id(
            DocumentId::PREFIX,
            view.doc.documents.iter().map(|d| d.id.as_str()),
        ));
        let document = GoverningDocument {
            id: id.clone(),
            title: t::NEW_DOCUMENT.get(view.lang).to_owned(),
            description: String::new(),
            owner: None,
            responsible: None,
            adopted: None,
            review_every_years: None,
            next_review: None,
        };
        Some((id, Edit::PutDocument(document)))
    }

    fn detail(ui: &mut egui::Ui, view: &View, document: &GoverningDocument, out: &mut Out) {
        let lang = view.lang;
        if super::detail_header(ui, &document.title, lang, view.editable()) {
            out.delete = Some(Edit::DeleteDocument(document.id.clone()));
        }
        let bodies = body_options(view);
        let orgs = org_options(view);
        let mut form = Form::new(document, document.id.as_str(), view);
        form.grid(ui, |ui, f| {
            f.text(ui, t::TITLE, |d| &mut d.title);
            f.reference(ui, t::OWNER, orgs, |d| &mut d.owner);
            f.reference(ui, t::RESPONSIBLE, bodies, |d| &mut d.responsible);
            f.date(ui, t::ADOPTED, |d| &mut d.adopted);
            f.number(ui, t::REVIEW_EVERY, |d| &mut d.review_every_years);
            f.date(ui, t::NEXT_REVIEW, |d| &mut d.next_review);
        });
        form.multiline(ui, t::DESCRIPTION, |d| &mut d.description);
        if let Some(d) = form.finish() {
            out.edits.push(Edit::PutDocument(d));
        }
    }
}
