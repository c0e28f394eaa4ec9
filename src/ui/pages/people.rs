//! Personer and Organisationer: who sits where, and where each organisation is represented.

use super::{PagesState, list_header, master_detail};
use crate::edit::Edit;
use crate::i18n::{Label, t};
use crate::model::query::{bodies_missing, meetings_per_year, seats_of, seats_representing};
use crate::model::{
    Organisation, OrganisationId, OrganisationKind, Person, PersonId, PersonKind, next_free_id,
};
use crate::ui::list::Row;
use crate::ui::widgets::{self, field_label};
use crate::ui::{Nav, Out, View};

pub fn ui(ui: &mut egui::Ui, view: &View, state: &mut PagesState, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    master_detail(
        ui,
        "people",
        state,
        out,
        |ui, state, out| {
            if list_header(
                ui,
                t::PEOPLE.get(lang),
                state.people.shown(),
                doc.people.len(),
                t::NEW_PERSON.get(lang),
                view.editable(),
            ) {
                let id = PersonId::new(next_free_id(
                    PersonId::PREFIX,
                    doc.people.iter().map(|p| p.id.as_str()),
                ));
                out.edits.push(Edit::PutPerson(Person {
                    id: id.clone(),
                    name: t::NEW_PERSON.get(lang).to_owned(),
                    kind: PersonKind::Official,
                    party: None,
                    title: String::new(),
                    organisation: None,
                    email: None,
                    phone: None,
                    notes: String::new(),
                }));
                state.person = Some(id);
            }
            let headers = [
                t::NAME.get(lang),
                t::TITLE.get(lang),
                t::ORGANISATION.get(lang),
            ];
            if let Some(k) = state.people.ui(
                ui,
                "people",
                view.rows_key(),
                &headers,
                state.person.as_ref(),
                t::FILTER.get(lang),
                || {
                    doc.people
                        .iter()
                        .map(|p| Row {
                            key: p.id.clone(),
                            cells: vec![
                                p.display_name(),
                                p.title.clone(),
                                p.organisation
                                    .as_ref()
                                    .and_then(|o| doc.organisation(o))
                                    .map(|o| o.name.clone())
                                    .unwrap_or_default(),
                            ],
                        })
                        .collect()
                },
            ) {
                state.person = Some(k);
            }
        },
        |ui, state, out| match state.person.as_ref().and_then(|id| doc.person(id)) {
            Some(person) => person_detail(ui, view, person, out),
            None => {
                ui.label(t::SELECT_LEFT.get(lang));
            }
        },
    );
}

fn person_detail(ui: &mut egui::Ui, view: &View, person: &Person, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let on = view.editable();
    let fid = |f: &str| (person.id.as_str().to_owned(), f.to_owned());
    let mut p = person.clone();
    let mut changed = false;
    if super::detail_header(ui, &person.display_name(), lang, on) {
        out.delete = Some(Edit::DeletePerson {
            id: person.id.clone(),
            cascade: false,
        });
    }
    let orgs: Vec<(OrganisationId, String)> = doc
        .organisations
        .iter()
        .map(|o| (o.id.clone(), o.name.clone()))
        .collect();
    egui::Grid::new(("person-form", person.id.as_str()))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            field_label(ui, t::NAME.get(lang));
            if let Some(v) = widgets::text(ui, fid("name"), &p.name, on) {
                p.name = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::KIND.get(lang));
            if let Some(v) = widgets::choice(
                ui,
                fid("kind"),
                p.kind,
                &[PersonKind::Elected, PersonKind::Official],
                lang,
                on,
            ) {
                p.kind = v;
                changed = true;
            }
            ui.end_row();
            if p.kind == PersonKind::Elected {
                field_label(ui, t::PARTY.get(lang));
                if let Some(v) =
                    widgets::text(ui, fid("party"), p.party.as_deref().unwrap_or(""), on)
                {
                    p.party = (!v.is_empty()).then_some(v);
                    changed = true;
                }
                ui.end_row();
            }
            field_label(ui, t::TITLE.get(lang));
            if let Some(v) = widgets::text(ui, fid("title"), &p.title, on) {
                p.title = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::ORGANISATION.get(lang));
            if let Some(v) = widgets::reference(
                ui,
                fid("org"),
                p.organisation.as_ref(),
                &orgs,
                true,
                lang,
                on,
            ) {
                p.organisation = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::EMAIL.get(lang));
            if let Some(v) = widgets::text(ui, fid("email"), p.email.as_deref().unwrap_or(""), on) {
                p.email = (!v.is_empty()).then_some(v);
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::PHONE.get(lang));
            if let Some(v) = widgets::text(ui, fid("phone"), p.phone.as_deref().unwrap_or(""), on) {
                p.phone = (!v.is_empty()).then_some(v);
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::NOTES.get(lang));
            if let Some(v) = widgets::multiline(ui, fid("notes"), &p.notes, on) {
                p.notes = v;
                changed = true;
            }
            ui.end_row();
        });
    if changed {
        out.edits.push(Edit::PutPerson(p));
    }

    ui.add_space(10.0);
    let seats = seats_of(doc, &person.id);
    ui.strong(format!("{} ({})", t::SITS_IN.get(lang), seats.len()));
    egui::Grid::new(("sits-in", person.id.as_str()))
        .striped(true)
        .num_columns(4)
        .show(ui, |ui| {
            for (body, m) in &seats {
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
                ui.end_row();
            }
        });
    let n = meetings_per_year(doc, &person.id);
    ui.label(format!("≈ {n} {}", t::MEETINGS_A_YEAR.get(lang)));
}

pub fn organisations_ui(ui: &mut egui::Ui, view: &View, state: &mut PagesState, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    master_detail(
        ui,
        "organisations",
        state,
        out,
        |ui, state, out| {
            if list_header(
                ui,
                t::ORGANISATIONS.get(lang),
                state.organisations.shown(),
                doc.organisations.len(),
                t::NEW_ORGANISATION.get(lang),
                view.editable(),
            ) {
                let id = OrganisationId::new(next_free_id(
                    OrganisationId::PREFIX,
                    doc.organisations.iter().map(|o| o.id.as_str()),
                ));
                out.edits.push(Edit::PutOrganisation(Organisation {
                    id: id.clone(),
                    name: t::NEW_ORGANISATION.get(lang).to_owned(),
                    short_name: String::new(),
                    kind: OrganisationKind::Municipality,
                }));
                state.organisation = Some(id);
            }
            let headers = [
                t::NAME.get(lang),
                t::KIND.get(lang),
                t::REPRESENTED_IN.get(lang),
            ];
            if let Some(k) = state.organisations.ui(
                ui,
                "organisations",
                view.rows_key(),
                &headers,
                state.organisation.as_ref(),
                t::FILTER.get(lang),
                || {
                    doc.organisations
                        .iter()
                        .map(|o| Row {
                            key: o.id.clone(),
                            cells: vec![
                                o.name.clone(),
                                o.kind.label(lang).to_owned(),
                                seats_representing(doc, &o.id).len().to_string(),
                            ],
                        })
                        .collect()
                },
            ) {
                state.organisation = Some(k);
            }
        },
        |ui, state, out| match state
            .organisation
            .as_ref()
            .and_then(|id| doc.organisation(id))
        {
            Some(org) => organisation_detail(ui, view, org, out),
            None => {
                ui.label(t::SELECT_LEFT.get(lang));
            }
        },
    );
}

fn organisation_detail(ui: &mut egui::Ui, view: &View, org: &Organisation, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let on = view.editable();
    let fid = |f: &str| (org.id.as_str().to_owned(), f.to_owned());
    let mut o = org.clone();
    let mut changed = false;
    if super::detail_header(ui, &org.name, lang, on) {
        out.delete = Some(Edit::DeleteOrganisation {
            id: org.id.clone(),
            cascade: false,
        });
    }
    egui::Grid::new(("org-form", org.id.as_str()))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            field_label(ui, t::NAME.get(lang));
            if let Some(v) = widgets::text(ui, fid("name"), &o.name, on) {
                o.name = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::SHORT_NAME.get(lang));
            if let Some(v) = widgets::text(ui, fid("short"), &o.short_name, on) {
                o.short_name = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::KIND.get(lang));
            if let Some(v) =
                widgets::choice(ui, fid("kind"), o.kind, &OrganisationKind::ALL, lang, on)
            {
                o.kind = v;
                changed = true;
            }
            ui.end_row();
        });
    if changed {
        out.edits.push(Edit::PutOrganisation(o));
    }
    ui.add_space(10.0);
    let seats = seats_representing(doc, &org.id);
    ui.strong(format!("{} ({})", t::REPRESENTED_IN.get(lang), seats.len()));
    egui::Grid::new(("represented", org.id.as_str()))
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            for (body, m) in &seats {
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
                ui.end_row();
            }
        });
    let missing = bodies_missing(doc, &org.id);
    if !missing.is_empty() {
        ui.add_space(10.0);
        ui.strong(format!("{} ({})", t::MISSING_IN.get(lang), missing.len()));
        for b in missing {
            if ui.link(&b.name).clicked() {
                out.nav = Some(Nav::Body(b.id.clone()));
            }
        }
    }
    let staff: Vec<&Person> = doc
        .people
        .iter()
        .filter(|p| p.organisation.as_ref() == Some(&org.id))
        .collect();
    if !staff.is_empty() {
        ui.add_space(10.0);
        ui.strong(format!("{} ({})", t::PEOPLE.get(lang), staff.len()));
        for p in staff {
            if ui.link(p.display_name()).clicked() {
                out.nav = Some(Nav::Person(p.id.clone()));
            }
        }
    }
}
