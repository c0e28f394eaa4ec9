//! Uppdrag: what a body gives another body or a person to do, by when, reported to whom.

use super::body_options;
use crate::edit::Edit;
use crate::i18n::{Label, Tr, t};
use crate::model::{
    Assignee, Assignment, AssignmentId, AssignmentStatus, Document, PersonId, fresh_id,
};
use crate::ui::form::Form;
use crate::ui::record_page::RecordKind;
use crate::ui::widgets;
use crate::ui::{Out, View};

pub struct Assignments;

impl RecordKind for Assignments {
    type Id = AssignmentId;
    type Record = Assignment;
    const SALT: &'static str = "assignments";
    const HEADING: Tr = t::ASSIGNMENTS;
    const NEW: Tr = t::NEW_ASSIGNMENT;

    fn columns() -> Vec<Tr> {
        vec![t::TITLE, t::ASSIGNEE, t::DUE, t::STATUS]
    }

    fn all(doc: &Document) -> &[Assignment] {
        &doc.assignments
    }

    fn id(a: &Assignment) -> &AssignmentId {
        &a.id
    }

    fn cells(view: &View, a: &Assignment) -> Vec<String> {
        let status = crate::model::report_back::status(view.doc, a);
        cells_with(view, a, status)
    }

    /// The rows with each status as the minutes make it, found in one pass.
    fn rows(view: &View) -> Vec<crate::ui::list::Row<AssignmentId>> {
        let received = crate::model::report_back::Received::build(view.doc);
        view.doc
            .assignments
            .iter()
            .map(|a| crate::ui::list::Row {
                key: a.id.clone(),
                cells: cells_with(view, a, received.status(a)),
            })
            .collect()
    }

    fn can_create(view: &View) -> bool {
        !view.doc.bodies.is_empty()
    }

    /// Given by the first body to itself until the user says otherwise; none without bodies.
    fn create(view: &View) -> Option<(AssignmentId, Edit)> {
        let doc = view.doc;
        let first = doc.bodies.first()?;
        let id = AssignmentId::new(fresh_id(
            AssignmentId::PREFIX,
            doc.assignments.iter().map(|a| a.id.as_str()),
        ));
        let assignment = Assignment {
            id: id.clone(),
            title: t::NEW_ASSIGNMENT.get(view.lang).to_owned(),
            description: String::new(),
            given_by: first.id.clone(),
            assignee: Assignee::Body(first.id.clone()),
            given: Some(view.today),
            due: None,
            report_to: Some(first.id.clone()),
            status: AssignmentStatus::NotStarted,
            activity: None,
        };
        Some((id, Edit::PutAssignment(assignment)))
    }

    fn detail(ui: &mut egui::Ui, view: &View, assignment: &Assignment, out: &mut Out) {
        let lang = view.lang;
        if super::detail_header(ui, &assignment.title, lang, view.editable()) {
            out.delete = Some(Edit::DeleteAssignment(assignment.id.clone()));
        }
        let bodies = body_options(view);
        let people = &view.pickers.people;
        let mut form = Form::new(assignment, assignment.id.as_str(), view);
        form.grid(ui, |ui, f| {
            f.text(ui, t::TITLE, |a| &mut a.title);
            f.required(ui, t::GIVEN_BY, bodies, |a| &mut a.given_by);
            let id = f.field_id("assignee");
            f.row(ui, t::ASSIGNEE, |ui, a, on| {
                assignee_ui(ui, &id, a, bodies, people, lang, on)
            });
            f.date(ui, t::GIVEN, |a| &mut a.given);
            f.date(ui, t::DUE, |a| &mut a.due);
            f.reference(ui, t::REPORT_TO, bodies, |a| &mut a.report_to);
            f.choice(ui, t::STATUS, &AssignmentStatus::ALL, |a| &mut a.status);
        });
        form.multiline(ui, t::DESCRIPTION, |a| &mut a.description);
        if let Some(a) = form.finish() {
            out.edits.push(Edit::PutAssignment(a));
        }
        ui.add_space(6.0);
        origin_ui(ui, view, assignment, out);
    }
}

fn cells_with(view: &View, a: &Assignment, status: AssignmentStatus) -> Vec<String> {
    vec![
        a.title.clone(),
        view.doc.assignee_name(&a.assignee),
        a.due.map(|d| d.to_string()).unwrap_or_default(),
        status.label(view.lang).to_owned(),
    ]
}

/// Where the assignment comes from in the annual cycle and where its report-back was
/// received, each a link.
fn origin_ui(ui: &mut egui::Ui, view: &View, a: &Assignment, out: &mut Out) {
    use crate::i18n::obligations as ob;
    let lang = view.lang;
    let doc = view.doc;
    if let Some(activity) = a
        .activity
        .as_ref()
        .and_then(|x| doc.cycle.activities.iter().find(|c| &c.id == x))
    {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{}:", ob::FROM_THE_CYCLE.get(lang)));
            if ui.link(&activity.title).clicked() {
                out.nav = Some(crate::ui::Nav::Activity(activity.id.clone()));
            }
        });
    }
    if a.activity.is_none() && a.report_to.is_none() {
        return;
    }
    let received = crate::model::report_back::received(doc, &a.id);
    ui.horizontal_wrapped(|ui| {
        let Some((m, i)) = received else {
            let overdue = crate::model::report_back::is_overdue(doc, a, view.today);
            let text = egui::RichText::new(ob::NOT_RECEIVED.get(lang));
            ui.label(if overdue {
                text.color(crate::theme::WARNING)
            } else {
                text.weak()
            });
            return;
        };
        ui.label(format!("{}:", ob::RECEIVED_AT.get(lang)));
        let meeting = doc.meeting(&m);
        let item = meeting.and_then(|x| x.agenda.iter().find(|it| it.id == i));
        let text = match (meeting, item) {
            (Some(x), Some(it)) => {
                format!(
                    "{} {} – {}. {}",
                    doc.meeting_title(x),
                    x.date,
                    it.number,
                    it.title
                )
            }
            _ => m.to_string(),
        };
        if ui.link(text).clicked() {
            out.nav = Some(crate::ui::Nav::Meeting(m.clone()));
        }
    });
}

/// A body or a person, with a button to switch between the two. Returns whether it changed.
fn assignee_ui(
    ui: &mut egui::Ui,
    id: &(String, String),
    a: &mut Assignment,
    bodies: &[(crate::model::BodyId, String)],
    people: &[(PersonId, String)],
    lang: crate::i18n::Lang,
    on: bool,
) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| match a.assignee.clone() {
        Assignee::Body(b) => {
            if let Some(Some(v)) =
                widgets::reference(ui, (id, "body"), Some(&b), bodies, false, lang, on)
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
                widgets::reference(ui, (id, "person"), Some(&p), people, false, lang, on)
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
    changed
}
