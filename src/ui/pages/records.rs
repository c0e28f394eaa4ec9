//! Möten, Mål, Uppdrag, Överenskommelser and Styrdokument: lists and forms.

use super::{PagesState, body_options, list_header, master_detail};
use crate::edit::Edit;
use crate::i18n::{Label, Lang, t};
use crate::model::{
    Agreement, AgreementId, Assignee, Assignment, AssignmentId, AssignmentStatus, Direction,
    DocumentId, Goal, GoalId, GoverningDocument, OrganisationId, PersonId, next_free_id,
};
use crate::ui::list::Row;
use crate::ui::widgets::{self, field_label};
use crate::ui::{Out, View};
use chrono::Datelike;

fn org_options(view: &View) -> Vec<(OrganisationId, String)> {
    view.doc
        .organisations
        .iter()
        .map(|o| (o.id.clone(), o.name.clone()))
        .collect()
}

pub fn goals_ui(ui: &mut egui::Ui, view: &View, state: &mut PagesState, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    master_detail(
        ui,
        "goals",
        state,
        out,
        |ui, state, out| {
            if list_header(
                ui,
                t::GOALS.get(lang),
                state.goals.shown(),
                doc.goals.len(),
                t::NEW_GOAL.get(lang),
                view.editable(),
            ) {
                let id = GoalId::new(next_free_id(
                    GoalId::PREFIX,
                    doc.goals.iter().map(|g| g.id.as_str()),
                ));
                out.edits.push(Edit::PutGoal(Goal {
                    id: id.clone(),
                    area: String::new(),
                    text: t::NEW_GOAL.get(lang).to_owned(),
                    direction: Direction::Increase,
                    target_change: None,
                    unit: "procentenheter".into(),
                    target_note: String::new(),
                    baseline_year: None,
                    target_year: None,
                    indicators: Vec::new(),
                }));
                state.goal = Some(id.0);
            }
            let headers = [t::TEXT.get(lang), t::TARGET.get(lang), t::AREA.get(lang)];
            if let Some(k) = state.goals.ui(
                ui,
                "goals",
                view.rows_key(),
                &headers,
                state.goal.as_ref(),
                t::FILTER.get(lang),
                || {
                    doc.goals
                        .iter()
                        .map(|g| Row {
                            key: g.id.0.clone(),
                            cells: vec![g.text.clone(), goal_target(g, lang), g.area.clone()],
                        })
                        .collect()
                },
            ) {
                state.goal = Some(k);
            }
        },
        |ui, state, out| match state
            .goal
            .as_ref()
            .and_then(|id| doc.goals.iter().find(|g| &g.id.0 == id))
        {
            Some(g) => goal_detail(ui, view, g, out),
            None => {
                ui.label(t::SELECT_LEFT.get(lang));
            }
        },
    );
}

/// "minska 2 procentenheter" (words, not arrows: the UI font has no arrow glyphs).
pub fn goal_target(g: &Goal, lang: Lang) -> String {
    let amount = g
        .target_change
        .map(|v| format!(" {v} {}", g.unit))
        .unwrap_or_default();
    let note = if g.target_note.is_empty() {
        String::new()
    } else {
        format!(" ({})", g.target_note)
    };
    format!("{}{amount}{note}", g.direction.label(lang))
}

fn goal_detail(ui: &mut egui::Ui, view: &View, goal: &Goal, out: &mut Out) {
    let lang = view.lang;
    let on = view.editable();
    let fid = |f: &str| (goal.id.as_str().to_owned(), f.to_owned());
    let mut g = goal.clone();
    let mut changed = false;
    if super::detail_header(ui, &goal_target(goal, lang), lang, on) {
        out.delete = Some(Edit::DeleteGoal(goal.id.clone()));
    }
    egui::Grid::new(("goal-form", goal.id.as_str()))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            field_label(ui, t::AREA.get(lang));
            if let Some(v) = widgets::text(ui, fid("area"), &g.area, on) {
                g.area = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::DIRECTION.get(lang));
            if let Some(v) = widgets::choice(
                ui,
                fid("dir"),
                g.direction,
                &[Direction::Increase, Direction::Decrease],
                lang,
                on,
            ) {
                g.direction = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::TARGET.get(lang));
            if let Some(v) = widgets::number::<f64>(ui, fid("change"), g.target_change, on) {
                g.target_change = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::UNIT.get(lang));
            if let Some(v) = widgets::text(ui, fid("unit"), &g.unit, on) {
                g.unit = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::NOTES.get(lang));
            if let Some(v) = widgets::text(ui, fid("note"), &g.target_note, on) {
                g.target_note = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::BASELINE_YEAR.get(lang));
            if let Some(v) = widgets::number::<i32>(ui, fid("base"), g.baseline_year, on) {
                g.baseline_year = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::TARGET_YEAR.get(lang));
            if let Some(v) = widgets::number::<i32>(ui, fid("target"), g.target_year, on) {
                g.target_year = v;
                changed = true;
            }
            ui.end_row();
        });
    ui.add_space(6.0);
    field_label(ui, t::TEXT.get(lang));
    if let Some(v) = widgets::multiline(ui, fid("text"), &g.text, on) {
        g.text = v;
        changed = true;
    }
    if changed {
        out.edits.push(Edit::PutGoal(g));
    }
    indicators_ui(ui, view, goal, out);
}

/// A goal's indicators and their values per year and organisation.
fn indicators_ui(ui: &mut egui::Ui, view: &View, goal: &Goal, out: &mut Out) {
    use crate::model::{Indicator, IndicatorId, IndicatorValue};
    let lang = view.lang;
    let on = view.editable();
    let orgs = org_options(view);
    let mut g = goal.clone();
    let mut changed = false;
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        ui.strong(t::INDICATORS.get(lang));
        if ui
            .add_enabled(on, egui::Button::new(format!("+ {}", t::ADD.get(lang))))
            .clicked()
        {
            let used = view
                .doc
                .goals
                .iter()
                .flat_map(|g| &g.indicators)
                .map(|i| i.id.as_str());
            g.indicators.push(Indicator {
                id: IndicatorId::new(next_free_id(IndicatorId::PREFIX, used)),
                name: t::INDICATORS.get(lang).to_owned(),
                source: String::new(),
                values: Vec::new(),
            });
            changed = true;
        }
    });
    let mut remove_indicator = None;
    for (i, ind) in goal.indicators.iter().enumerate() {
        let iid = ind.id.as_str();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            egui::Grid::new(("indicator", iid))
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    field_label(ui, t::NAME.get(lang));
                    ui.horizontal(|ui| {
                        if let Some(v) = widgets::text(ui, (iid, "name"), &ind.name, on) {
                            g.indicators[i].name = v;
                            changed = true;
                        }
                    });
                    ui.end_row();
                    field_label(ui, t::SOURCE.get(lang));
                    if let Some(v) = widgets::text(ui, (iid, "source"), &ind.source, on) {
                        g.indicators[i].source = v;
                        changed = true;
                    }
                    ui.end_row();
                });
            let mut remove_value = None;
            egui::Grid::new(("values", iid))
                .striped(true)
                .num_columns(4)
                .show(ui, |ui| {
                    if !ind.values.is_empty() {
                        ui.strong(t::YEAR.get(lang));
                        ui.strong(t::ORGANISATION.get(lang));
                        ui.strong(t::VALUE.get(lang));
                        ui.label("");
                        ui.end_row();
                    }
                    for (j, v) in ind.values.iter().enumerate() {
                        if let Some(Some(y)) =
                            widgets::number::<i32>(ui, (iid, "year", j), Some(v.year), on)
                        {
                            g.indicators[i].values[j].year = y;
                            changed = true;
                        }
                        if let Some(o) = widgets::reference(
                            ui,
                            (iid, "org", j),
                            v.organisation.as_ref(),
                            &orgs,
                            true,
                            lang,
                            on,
                        ) {
                            g.indicators[i].values[j].organisation = o;
                            changed = true;
                        }
                        if let Some(Some(x)) =
                            widgets::number::<f64>(ui, (iid, "value", j), Some(v.value), on)
                        {
                            g.indicators[i].values[j].value = x;
                            changed = true;
                        }
                        if ui.add_enabled(on, egui::Button::new("×").small()).clicked() {
                            remove_value = Some(j);
                        }
                        ui.end_row();
                    }
                });
            if let Some(j) = remove_value {
                g.indicators[i].values.remove(j);
                changed = true;
            }
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(
                        on,
                        egui::Button::new(format!("+ {}", t::ADD_VALUE.get(lang))),
                    )
                    .clicked()
                {
                    let year = ind
                        .values
                        .iter()
                        .map(|v| v.year)
                        .max()
                        .map_or(view.today.year(), |y| y + 1);
                    g.indicators[i].values.push(IndicatorValue {
                        year,
                        organisation: None,
                        value: 0.0,
                    });
                    changed = true;
                }
                if ui
                    .add_enabled(on, egui::Button::new(t::REMOVE.get(lang)))
                    .clicked()
                {
                    remove_indicator = Some(i);
                }
            });
        });
    }
    if let Some(i) = remove_indicator {
        g.indicators.remove(i);
        changed = true;
    }
    if changed {
        out.edits.push(Edit::PutGoal(g));
    }
}

pub fn assignments_ui(ui: &mut egui::Ui, view: &View, state: &mut PagesState, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    master_detail(
        ui,
        "assignments",
        state,
        out,
        |ui, state, out| {
            if list_header(
                ui,
                t::ASSIGNMENTS.get(lang),
                state.assignments.shown(),
                doc.assignments.len(),
                t::NEW_ASSIGNMENT.get(lang),
                view.editable() && !doc.bodies.is_empty(),
            ) {
                let id = AssignmentId::new(next_free_id(
                    AssignmentId::PREFIX,
                    doc.assignments.iter().map(|a| a.id.as_str()),
                ));
                if let Some(first) = doc.bodies.first() {
                    out.edits.push(Edit::PutAssignment(Assignment {
                        id: id.clone(),
                        title: t::NEW_ASSIGNMENT.get(lang).to_owned(),
                        description: String::new(),
                        given_by: first.id.clone(),
                        assignee: Assignee::Body(first.id.clone()),
                        given: Some(view.today),
                        due: None,
                        report_to: Some(first.id.clone()),
                        status: AssignmentStatus::NotStarted,
                    }));
                    state.assignment = Some(id.0);
                }
            }
            let headers = [
                t::TITLE.get(lang),
                t::ASSIGNEE.get(lang),
                t::DUE.get(lang),
                t::STATUS.get(lang),
            ];
            if let Some(k) = state.assignments.ui(
                ui,
                "assignments",
                view.rows_key(),
                &headers,
                state.assignment.as_ref(),
                t::FILTER.get(lang),
                || {
                    doc.assignments
                        .iter()
                        .map(|a| Row {
                            key: a.id.0.clone(),
                            cells: vec![
                                a.title.clone(),
                                match &a.assignee {
                                    Assignee::Body(b) => view.doc.body_label(b),
                                    Assignee::Person(p) => doc.person(p).map_or_else(
                                        || p.to_string(),
                                        crate::model::person::Person::display_name,
                                    ),
                                },
                                a.due.map(|d| d.to_string()).unwrap_or_default(),
                                a.status.label(lang).to_owned(),
                            ],
                        })
                        .collect()
                },
            ) {
                state.assignment = Some(k);
            }
        },
        |ui, state, out| match state
            .assignment
            .as_ref()
            .and_then(|id| doc.assignments.iter().find(|a| &a.id.0 == id))
        {
            Some(a) => assignment_detail(ui, view, a, out),
            None => {
                ui.label(t::SELECT_LEFT.get(lang));
            }
        },
    );
}

fn assignment_detail(ui: &mut egui::Ui, view: &View, assignment: &Assignment, out: &mut Out) {
    let lang = view.lang;
    let on = view.editable();
    let fid = |f: &str| (assignment.id.as_str().to_owned(), f.to_owned());
    let mut a = assignment.clone();
    let mut changed = false;
    if super::detail_header(ui, &assignment.title, lang, on) {
        out.delete = Some(Edit::DeleteAssignment(assignment.id.clone()));
    }
    let bodies = body_options(view);
    let people: Vec<(PersonId, String)> = view
        .doc
        .people
        .iter()
        .map(|p| (p.id.clone(), p.display_name()))
        .collect();
    egui::Grid::new(("assignment-form", assignment.id.as_str()))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            field_label(ui, t::TITLE.get(lang));
            if let Some(v) = widgets::text(ui, fid("title"), &a.title, on) {
                a.title = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::GIVEN_BY.get(lang));
            if let Some(Some(v)) = widgets::reference(
                ui,
                fid("given_by"),
                Some(&a.given_by),
                &bodies,
                false,
                lang,
                on,
            ) {
                a.given_by = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::ASSIGNEE.get(lang));
            ui.horizontal(|ui| match &assignment.assignee {
                Assignee::Body(b) => {
                    if let Some(Some(v)) =
                        widgets::reference(ui, fid("to-body"), Some(b), &bodies, false, lang, on)
                    {
                        a.assignee = Assignee::Body(v);
                        changed = true;
                    }
                    if ui
                        .add_enabled(on, egui::Button::new(t::A_PERSON.get(lang)).small())
                        .clicked()
                        && let Some((p, _)) = people.first()
                    {
                        a.assignee = Assignee::Person(p.clone());
                        changed = true;
                    }
                }
                Assignee::Person(p) => {
                    if let Some(Some(v)) =
                        widgets::reference(ui, fid("to-person"), Some(p), &people, false, lang, on)
                    {
                        a.assignee = Assignee::Person(v);
                        changed = true;
                    }
                    if ui
                        .add_enabled(on, egui::Button::new(t::A_BODY.get(lang)).small())
                        .clicked()
                    {
                        a.assignee = Assignee::Body(a.given_by.clone());
                        changed = true;
                    }
                }
            });
            ui.end_row();
            field_label(ui, t::GIVEN.get(lang));
            if let Some(v) = widgets::date(ui, fid("given"), a.given, on) {
                a.given = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::DUE.get(lang));
            if let Some(v) = widgets::date(ui, fid("due"), a.due, on) {
                a.due = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::REPORT_TO.get(lang));
            if let Some(v) = widgets::reference(
                ui,
                fid("report_to"),
                a.report_to.as_ref(),
                &bodies,
                true,
                lang,
                on,
            ) {
                a.report_to = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::STATUS.get(lang));
            if let Some(v) = widgets::choice(
                ui,
                fid("status"),
                a.status,
                &AssignmentStatus::ALL,
                lang,
                on,
            ) {
                a.status = v;
                changed = true;
            }
            ui.end_row();
        });
    ui.add_space(6.0);
    field_label(ui, t::DESCRIPTION.get(lang));
    if let Some(v) = widgets::multiline(ui, fid("desc"), &a.description, on) {
        a.description = v;
        changed = true;
    }
    if changed {
        out.edits.push(Edit::PutAssignment(a));
    }
}

pub fn agreements_ui(ui: &mut egui::Ui, view: &View, state: &mut PagesState, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let showing_documents = state
        .agreement
        .as_deref()
        .is_some_and(|k| k.starts_with("doc:"));
    master_detail(
        ui,
        "agreements",
        state,
        out,
        |ui, state, out| {
            if list_header(
                ui,
                t::AGREEMENTS.get(lang),
                state.agreements.shown(),
                doc.agreements.len(),
                t::NEW_AGREEMENT.get(lang),
                view.editable(),
            ) {
                let id = AgreementId::new(next_free_id(
                    AgreementId::PREFIX,
                    doc.agreements.iter().map(|a| a.id.as_str()),
                ));
                out.edits.push(Edit::PutAgreement(Agreement {
                    id: id.clone(),
                    title: t::NEW_AGREEMENT.get(lang).to_owned(),
                    description: String::new(),
                    parties: Vec::new(),
                    signed: None,
                    review: None,
                    responsible: None,
                }));
                state.agreement = Some(id.0);
            }
            let headers = [t::TITLE.get(lang), t::REVIEW.get(lang)];
            ui.push_id("agreements-list", |ui| {
                ui.set_max_height(ui.available_height() * 0.5);
                if let Some(k) = state.agreements.ui(
                    ui,
                    "agreements",
                    view.rows_key(),
                    &headers,
                    state.agreement.as_ref(),
                    t::FILTER.get(lang),
                    || {
                        doc.agreements
                            .iter()
                            .map(|a| Row {
                                key: a.id.0.clone(),
                                cells: vec![
                                    a.title.clone(),
                                    a.review.map(|d| d.to_string()).unwrap_or_default(),
                                ],
                            })
                            .collect()
                    },
                ) {
                    state.agreement = Some(k);
                }
            });
            ui.separator();
            if list_header(
                ui,
                t::DOCUMENTS.get(lang),
                state.documents.shown(),
                doc.documents.len(),
                t::NEW_DOCUMENT.get(lang),
                view.editable(),
            ) {
                let id = DocumentId::new(next_free_id(
                    DocumentId::PREFIX,
                    doc.documents.iter().map(|d| d.id.as_str()),
                ));
                out.edits.push(Edit::PutDocument(GoverningDocument {
                    id: id.clone(),
                    title: t::NEW_DOCUMENT.get(lang).to_owned(),
                    description: String::new(),
                    owner: None,
                    responsible: None,
                    adopted: None,
                    review_every_years: None,
                    next_review: None,
                }));
                state.agreement = Some(format!("doc:{}", id.0));
            }
            let selected_doc = state
                .agreement
                .as_ref()
                .and_then(|k| k.strip_prefix("doc:"))
                .map(str::to_owned);
            let headers = [t::TITLE.get(lang), t::NEXT_REVIEW.get(lang)];
            ui.push_id("documents-list", |ui| {
                if let Some(k) = state.documents.ui(
                    ui,
                    "documents",
                    view.rows_key(),
                    &headers,
                    selected_doc.as_ref(),
                    t::FILTER.get(lang),
                    || {
                        doc.documents
                            .iter()
                            .map(|d| Row {
                                key: d.id.0.clone(),
                                cells: vec![
                                    d.title.clone(),
                                    d.next_review.map(|d| d.to_string()).unwrap_or_default(),
                                ],
                            })
                            .collect()
                    },
                ) {
                    state.agreement = Some(format!("doc:{k}"));
                }
            });
        },
        |ui, state, out| {
            if showing_documents {
                let key = state
                    .agreement
                    .as_deref()
                    .and_then(|k| k.strip_prefix("doc:"))
                    .unwrap_or_default();
                if let Some(d) = doc.documents.iter().find(|d| d.id.0 == key) {
                    document_detail(ui, view, d, out);
                }
            } else if let Some(a) = state
                .agreement
                .as_ref()
                .and_then(|id| doc.agreements.iter().find(|a| &a.id.0 == id))
            {
                agreement_detail(ui, view, a, out);
            } else {
                ui.label(t::SELECT_LEFT.get(lang));
            }
        },
    );
}

fn agreement_detail(ui: &mut egui::Ui, view: &View, agreement: &Agreement, out: &mut Out) {
    let lang = view.lang;
    let on = view.editable();
    let fid = |f: &str| (agreement.id.as_str().to_owned(), f.to_owned());
    let mut a = agreement.clone();
    let mut changed = false;
    if super::detail_header(ui, &agreement.title, lang, on) {
        out.delete = Some(Edit::DeleteAgreement(agreement.id.clone()));
    }
    let bodies = body_options(view);
    let orgs = org_options(view);
    egui::Grid::new(("agreement-form", agreement.id.as_str()))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            field_label(ui, t::TITLE.get(lang));
            if let Some(v) = widgets::text(ui, fid("title"), &a.title, on) {
                a.title = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::SIGNED.get(lang));
            if let Some(v) = widgets::date(ui, fid("signed"), a.signed, on) {
                a.signed = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::REVIEW.get(lang));
            if let Some(v) = widgets::date(ui, fid("review"), a.review, on) {
                a.review = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::RESPONSIBLE.get(lang));
            if let Some(v) = widgets::reference(
                ui,
                fid("resp"),
                a.responsible.as_ref(),
                &bodies,
                true,
                lang,
                on,
            ) {
                a.responsible = v;
                changed = true;
            }
            ui.end_row();
            field_label(
                ui,
                &format!("{} ({})", t::PARTIES.get(lang), agreement.parties.len()),
            );
            ui.vertical(|ui| {
                let mut remove = None;
                ui.horizontal_wrapped(|ui| {
                    for (i, p) in agreement.parties.iter().enumerate() {
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
                    .filter(|(id, _)| !agreement.parties.contains(id))
                    .cloned()
                    .collect();
                if let Some(o) =
                    widgets::add_picker(ui, fid("add-party"), &others, t::ADD_PARTY.get(lang), on)
                {
                    a.parties.push(o);
                    changed = true;
                }
            });
            ui.end_row();
        });
    ui.add_space(6.0);
    field_label(ui, t::DESCRIPTION.get(lang));
    if let Some(v) = widgets::multiline(ui, fid("desc"), &a.description, on) {
        a.description = v;
        changed = true;
    }
    if changed {
        out.edits.push(Edit::PutAgreement(a));
    }
}

fn document_detail(ui: &mut egui::Ui, view: &View, document: &GoverningDocument, out: &mut Out) {
    let lang = view.lang;
    let on = view.editable();
    let fid = |f: &str| (document.id.as_str().to_owned(), f.to_owned());
    let mut d = document.clone();
    let mut changed = false;
    if super::detail_header(ui, &document.title, lang, on) {
        out.delete = Some(Edit::DeleteDocument(document.id.clone()));
    }
    let bodies = body_options(view);
    let orgs = org_options(view);
    egui::Grid::new(("document-form", document.id.as_str()))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            field_label(ui, t::TITLE.get(lang));
            if let Some(v) = widgets::text(ui, fid("title"), &d.title, on) {
                d.title = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::OWNER.get(lang));
            if let Some(v) =
                widgets::reference(ui, fid("owner"), d.owner.as_ref(), &orgs, true, lang, on)
            {
                d.owner = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::RESPONSIBLE.get(lang));
            if let Some(v) = widgets::reference(
                ui,
                fid("resp"),
                d.responsible.as_ref(),
                &bodies,
                true,
                lang,
                on,
            ) {
                d.responsible = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::ADOPTED.get(lang));
            if let Some(v) = widgets::date(ui, fid("adopted"), d.adopted, on) {
                d.adopted = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::REVIEW_EVERY.get(lang));
            if let Some(v) = widgets::number::<u8>(ui, fid("every"), d.review_every_years, on) {
                d.review_every_years = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::NEXT_REVIEW.get(lang));
            if let Some(v) = widgets::date(ui, fid("next"), d.next_review, on) {
                d.next_review = v;
                changed = true;
            }
            ui.end_row();
        });
    ui.add_space(6.0);
    field_label(ui, t::DESCRIPTION.get(lang));
    if let Some(v) = widgets::multiline(ui, fid("desc"), &d.description, on) {
        d.description = v;
        changed = true;
    }
    if changed {
        out.edits.push(Edit::PutDocument(d));
    }
}
