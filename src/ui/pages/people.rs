//! Personer: who they are, and where each sits.

use super::org_options;
use crate::edit::Edit;
use crate::i18n::{Label, Tr, t};
use crate::model::query::{meetings_per_year, seats_of};
use crate::model::{Document, Person, PersonId, PersonKind, fresh_id};
use crate::ui::form::Form;
use crate::ui::record_page::RecordKind;
use crate::ui::{Nav, Out, View};

pub struct People;

impl RecordKind for People {
    type Id = PersonId;
    type Record = Person;
    const SALT: &'static str = "people";
    const HEADING: Tr = t::PEOPLE;
    const NEW: Tr = t::NEW_PERSON;

    fn columns() -> Vec<Tr> {
        vec![t::NAME, t::TITLE, t::ORGANISATION]
    }

    fn all(doc: &Document) -> &[Person] {
        &doc.people
    }

    fn id(p: &Person) -> &PersonId {
        &p.id
    }

    fn cells(view: &View, p: &Person) -> Vec<String> {
        vec![
            p.display_name(),
            p.title.clone(),
            p.organisation
                .as_ref()
                .and_then(|o| view.doc.organisation(o))
                .map(|o| o.name.clone())
                .unwrap_or_default(),
        ]
    }

    fn create(view: &View) -> Option<(PersonId, Edit)> {
        let id = PersonId::new(fresh_id(
            PersonId::PREFIX,
            view.doc.people.iter().map(|p| p.id.as_str()),
        ));
        let person = Person {
            id: id.clone(),
            name: t::NEW_PERSON.get(view.lang).to_owned(),
            kind: PersonKind::Official,
            party: None,
            title: String::new(),
            organisation: None,
            email: None,
            phone: None,
            notes: String::new(),
        };
        Some((id, Edit::PutPerson(person)))
    }

    fn detail(ui: &mut egui::Ui, view: &View, person: &Person, out: &mut Out) {
        let lang = view.lang;
        let doc = view.doc;
        if super::detail_header(ui, &person.display_name(), lang, view.editable()) {
            out.delete = Some(Edit::DeletePerson {
                id: person.id.clone(),
                cascade: false,
            });
        }
        let orgs = org_options(view);
        let mut form = Form::new(person, person.id.as_str(), view);
        form.grid(ui, |ui, f| {
            f.text(ui, t::NAME, |p| &mut p.name);
            f.choice(
                ui,
                t::KIND,
                &[PersonKind::Elected, PersonKind::Official],
                |p| &mut p.kind,
            );
            if f.value().kind == PersonKind::Elected {
                f.optional_text(ui, t::PARTY, |p| &mut p.party);
            }
            f.text(ui, t::TITLE, |p| &mut p.title);
            f.reference(ui, t::ORGANISATION, orgs, |p| &mut p.organisation);
            f.optional_text(ui, t::EMAIL, |p| &mut p.email);
            f.optional_text(ui, t::PHONE, |p| &mut p.phone);
            f.notes(ui, t::NOTES, |p| &mut p.notes);
        });
        if let Some(p) = form.finish() {
            out.edits.push(Edit::PutPerson(p));
        }

        ui.add_space(10.0);
        let seats = seats_of(doc, &person.id);
        ui.strong(format!("{} ({})", t::SITS_IN.get(lang), seats.len()));
        crate::ui::rows::rows_ui(
            ui,
            ("sits-in", person.id.as_str()),
            seats.len(),
            4,
            |ui, i| {
                let (body, m) = seats[i];
                if ui.link(&body.name).clicked() {
                    out.nav = Some(Nav::Body(body.id.clone()));
                }
                ui.label(m.role.label(lang));
                ui.label(
                    m.represents
                        .as_ref()
                        .and_then(|o| doc.organisation(o))
                        .map_or("", |o| o.name.as_str()),
                );
                let term = match (m.from, m.to) {
                    (None, None) => String::new(),
                    (f, t) => format!(
                        "{} – {}",
                        f.map(|d| d.to_string()).unwrap_or_default(),
                        t.map(|d| d.to_string()).unwrap_or_default()
                    ),
                };
                ui.label(term);
            },
        );
        let n = meetings_per_year(doc, &person.id);
        ui.label(crate::i18n::t::meetings_a_year(n, lang));
        ui.add_space(10.0);
        super::person_data::everything_ui(ui, view, person, out);
    }
}
