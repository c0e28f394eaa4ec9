//! Organisationer: the municipalities, the region and the others, and where each is
//! represented (and missing).

use crate::edit::Edit;
use crate::i18n::{Label, Tr, t};
use crate::model::query::{bodies_missing, seats_representing};
use crate::model::{Document, Organisation, OrganisationId, OrganisationKind, Person, fresh_id};
use crate::ui::form::Form;
use crate::ui::list::Row;
use crate::ui::record_page::RecordKind;
use crate::ui::rows::rows_ui;
use crate::ui::{Nav, Out, View};
use std::collections::HashMap;

pub struct Organisations;

fn org_cells(view: &View, o: &Organisation, seats: usize) -> Vec<String> {
    vec![
        o.name.clone(),
        o.kind.label(view.lang).to_owned(),
        seats.to_string(),
    ]
}

impl RecordKind for Organisations {
    type Id = OrganisationId;
    type Record = Organisation;
    const SALT: &'static str = "organisations";
    const HEADING: Tr = t::ORGANISATIONS;
    const NEW: Tr = t::NEW_ORGANISATION;

    fn columns() -> Vec<Tr> {
        vec![t::NAME, t::KIND, t::REPRESENTED_IN]
    }

    fn all(doc: &Document) -> &[Organisation] {
        &doc.organisations
    }

    fn id(o: &Organisation) -> &OrganisationId {
        &o.id
    }

    fn cells(view: &View, o: &Organisation) -> Vec<String> {
        let seats = seats_representing(view.doc, &o.id).len();
        org_cells(view, o, seats)
    }

    /// The seat counts of all organisations in one pass over the seats, not one per row.
    fn rows(view: &View) -> Vec<Row<OrganisationId>> {
        let mut seats: HashMap<&OrganisationId, usize> = HashMap::new();
        for m in view.doc.bodies.iter().flat_map(|b| &b.memberships) {
            if let Some(o) = &m.represents {
                *seats.entry(o).or_default() += 1;
            }
        }
        view.doc
            .organisations
            .iter()
            .map(|o| Row {
                key: o.id.clone(),
                cells: org_cells(view, o, seats.get(&o.id).copied().unwrap_or(0)),
            })
            .collect()
    }

    fn create(view: &View) -> Option<(OrganisationId, Edit)> {
        let id = OrganisationId::new(fresh_id(
            OrganisationId::PREFIX,
            view.doc.organisations.iter().map(|o| o.id.as_str()),
        ));
        let org = Organisation {
            id: id.clone(),
            name: t::NEW_ORGANISATION.get(view.lang).to_owned(),
            short_name: String::new(),
            kind: OrganisationKind::Municipality,
            code: None,
        };
        Some((id, Edit::PutOrganisation(org)))
    }

    fn detail(ui: &mut egui::Ui, view: &View, org: &Organisation, out: &mut Out) {
        let lang = view.lang;
        let doc = view.doc;
        if super::detail_header(ui, &org.name, lang, view.editable()) {
            out.delete = Some(Edit::DeleteOrganisation {
                id: org.id.clone(),
                cascade: false,
            });
        }
        let mut form = Form::new(org, org.id.as_str(), view);
        form.grid(ui, |ui, f| {
            f.text(ui, t::NAME, |o| &mut o.name);
            f.text(ui, t::SHORT_NAME, |o| &mut o.short_name);
            f.choice(ui, t::KIND, &OrganisationKind::ALL, |o| &mut o.kind);
            f.optional_text(ui, crate::i18n::perspective::OFFICIAL_CODE, |o| &mut o.code);
        });
        if let Some(o) = form.finish() {
            out.edits.push(Edit::PutOrganisation(o));
        }
        ui.add_space(10.0);
        let seats = seats_representing(doc, &org.id);
        ui.strong(format!("{} ({})", t::REPRESENTED_IN.get(lang), seats.len()));
        rows_ui(
            ui,
            ("represented", org.id.as_str()),
            seats.len(),
            3,
            |ui, i| {
                let (body, m) = seats[i];
                if ui.link(&body.name).clicked() {
                    out.nav = Some(Nav::Body(body.id.clone()));
                }
                match m.person.as_ref().and_then(|p| doc.person(p)) {
                    Some(p) => {
                        if ui.link(p.display_name()).clicked() {
                            out.nav = Some(Nav::Person(p.id.clone()));
                        }
                    }
                    None => {
                        ui.label(t::VACANT.get(lang));
                    }
                }
                ui.label(m.role.label(lang));
            },
        );
        let missing = bodies_missing(doc, &org.id);
        if !missing.is_empty() {
            ui.add_space(10.0);
            ui.strong(format!("{} ({})", t::MISSING_IN.get(lang), missing.len()));
            rows_ui(
                ui,
                ("missing", org.id.as_str()),
                missing.len(),
                1,
                |ui, i| {
                    if ui.link(&missing[i].name).clicked() {
                        out.nav = Some(Nav::Body(missing[i].id.clone()));
                    }
                },
            );
        }
        let staff: Vec<&Person> = doc
            .people
            .iter()
            .filter(|p| p.organisation.as_ref() == Some(&org.id))
            .collect();
        if !staff.is_empty() {
            ui.add_space(10.0);
            ui.strong(format!("{} ({})", t::PEOPLE.get(lang), staff.len()));
            rows_ui(ui, ("staff", org.id.as_str()), staff.len(), 1, |ui, i| {
                if ui.link(staff[i].display_name()).clicked() {
                    out.nav = Some(Nav::Person(staff[i].id.clone()));
                }
            });
        }
    }
}
