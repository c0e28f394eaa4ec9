//! Ärenden: a matter followed across bodies, with its trail as a short vertical timeline:
//! every agenda item that handled it, in date order, with what was decided there.

use super::body_options;
use crate::edit::Edit;
use crate::i18n::{Label, Tr, obligations as ob, t};
use crate::model::matter::{Step, bodies_passed, new_matter_id, trail};
use crate::model::{Document, Matter, MatterId, MatterStatus, Origin};
use crate::ui::form::Form;
use crate::ui::record_page::RecordKind;
use crate::ui::widgets;
use crate::ui::{Nav, Out, View};
use std::sync::Arc;

pub struct Matters;

impl RecordKind for Matters {
    type Id = MatterId;
    type Record = Matter;
    const SALT: &'static str = "matters";
    const HEADING: Tr = ob::MATTERS;
    const NEW: Tr = ob::NEW_MATTER;

    fn columns() -> Vec<Tr> {
        vec![t::TITLE, ob::ORIGIN, t::STATUS]
    }

    fn all(doc: &Document) -> &[Matter] {
        &doc.matters
    }

    fn id(m: &Matter) -> &MatterId {
        &m.id
    }

    fn cells(view: &View, m: &Matter) -> Vec<String> {
        vec![
            m.title.clone(),
            origin_text(view.doc, &m.origin),
            m.status.label(view.lang).to_owned(),
        ]
    }

    fn create(view: &View) -> Option<(MatterId, Edit)> {
        let doc = view.doc;
        let id = new_matter_id(doc);
        let matter = Matter {
            id: id.clone(),
            title: ob::NEW_MATTER.get(view.lang).to_owned(),
            description: String::new(),
            origin: doc.bodies.first().map_or_else(
                || Origin::Outside(String::new()),
                |b| Origin::Body(b.id.clone()),
            ),
            owner: None,
            status: MatterStatus::Initiated,
            opened: Some(view.today),
        };
        Some((id, Edit::PutMatter(matter)))
    }

    fn detail(ui: &mut egui::Ui, view: &View, matter: &Matter, out: &mut Out) {
        let lang = view.lang;
        if super::detail_header(ui, &matter.title, lang, view.editable()) {
            out.delete = Some(Edit::DeleteMatter(matter.id.clone()));
        }
        let bodies = body_options(view);
        let people = &view.pickers.people;
        let mut form = Form::new(matter, matter.id.as_str(), view);
        let mut go = None;
        form.grid(ui, |ui, f| {
            f.text(ui, t::TITLE, |m| &mut m.title);
            f.choice(ui, t::STATUS, &MatterStatus::ALL, |m| &mut m.status);
            let id = f.field_id("origin");
            f.row(ui, ob::ORIGIN, |ui, m, on| {
                origin_ui(ui, &id, view, m, bodies, on, &mut go)
            });
            f.reference(ui, ob::OWNER, people, |m| &mut m.owner);
            f.date(ui, ob::OPENED, |m| &mut m.opened);
        });
        form.multiline(ui, t::DESCRIPTION, |m| &mut m.description);
        if let Some(m) = form.finish() {
            out.edits.push(Edit::PutMatter(m));
        }
        if go.is_some() {
            out.nav = go;
        }
        ui.add_space(10.0);
        trail_ui(ui, view, &matter.id, out);
    }
}

/// The widest an outside actor's name field gets, so the switch buttons fit beside it.
const ORIGIN_TEXT_WIDTH: f32 = 260.0;

/// Where a matter came from, in words.
pub(crate) fn origin_text(doc: &Document, origin: &Origin) -> String {
    match origin {
        Origin::Body(b) => doc.body_label(b),
        Origin::Meeting(m) => doc.meeting(m).map_or_else(
            || m.to_string(),
            |x| format!("{} {}", doc.meeting_title(x), x.date),
        ),
        Origin::Outside(s) => s.clone(),
    }
}

/// A body, a meeting or an outside actor, with buttons to switch between them.
fn origin_ui(
    ui: &mut egui::Ui,
    id: &(String, String),
    view: &View,
    m: &mut Matter,
    bodies: &[(crate::model::BodyId, String)],
    on: bool,
    go: &mut Option<Nav>,
) -> bool {
    let lang = view.lang;
    let mut changed = false;
    // Wrapped: a meeting's title ("Kultur- och bildningsforum + Hälso- och sjukvårdsforum
    // 2024-03-07") with the switch buttons beside it is wider than a small screen's column.
    ui.horizontal_wrapped(|ui| {
        match m.origin.clone() {
            Origin::Body(b) => {
                if let Some(Some(v)) =
                    widgets::reference(ui, (id, "body"), Some(&b), bodies, false, lang, on)
                {
                    m.origin = Origin::Body(v);
                    changed = true;
                }
            }
            Origin::Meeting(x) => {
                let text = origin_text(view.doc, &Origin::Meeting(x.clone()));
                if ui.link(text).clicked() {
                    *go = Some(Nav::Meeting(x));
                }
            }
            Origin::Outside(s) => {
                // Narrow enough that the buttons beside it stay on screen.
                ui.scope(|ui| {
                    ui.set_max_width(ORIGIN_TEXT_WIDTH);
                    if let Some(v) = widgets::text(ui, (id, "outside"), &s, on) {
                        m.origin = Origin::Outside(v);
                        changed = true;
                    }
                });
            }
        }
        let is_body = matches!(m.origin, Origin::Body(_));
        if !is_body
            && ui
                .add_enabled(on, egui::Button::new(t::A_BODY.get(lang)).small())
                .clicked()
            && let Some((b, _)) = bodies.first()
        {
            m.origin = Origin::Body(b.clone());
            changed = true;
        }
        if !matches!(m.origin, Origin::Outside(_))
            && ui
                .add_enabled(on, egui::Button::new(ob::OUTSIDE.get(lang)).small())
                .clicked()
        {
            m.origin = Origin::Outside(String::new());
            changed = true;
        }
    });
    changed
}

/// One step of the trail as drawn, built once per document version.
#[derive(Clone)]
struct StepLine {
    meeting: crate::model::MeetingId,
    date: String,
    bodies: String,
    link: String,
    hover: String,
    status: String,
    decisions: Vec<String>,
}

type TrailCache = (
    crate::ui::list::RowsKey,
    MatterId,
    Arc<(String, Vec<StepLine>)>,
);

fn trail_lines(view: &View, matter: &MatterId) -> (String, Vec<StepLine>) {
    let doc = view.doc;
    let lang = view.lang;
    let steps: Vec<Step<'_>> = trail(doc, matter);
    let passed: Vec<String> = bodies_passed(doc, matter)
        .iter()
        .map(|b| doc.body_label(b))
        .collect();
    let lines = steps
        .iter()
        .map(|step| {
            let bodies: Vec<String> = step
                .meeting
                .bodies
                .iter()
                .map(|b| doc.body_label(b))
                .collect();
            let number = ob::number(step.paragraph, Some(step.item.number), lang);
            StepLine {
                meeting: step.meeting.id.clone(),
                date: step.meeting.date.to_string(),
                bodies: bodies.join(" + "),
                link: format!("{number} {}", step.item.title),
                hover: doc.meeting_title(step.meeting),
                status: step.meeting.status.label(lang).to_owned(),
                decisions: step
                    .decisions
                    .iter()
                    .map(|d| d.text.trim().to_owned())
                    .collect(),
            }
        })
        .collect();
    (passed.join(" – "), lines)
}

/// The trail as a vertical timeline: a dot per step on a line, the date and body beside
/// it, the item (a link to its meeting) and the decisions under it.
fn trail_ui(ui: &mut egui::Ui, view: &View, matter: &MatterId, out: &mut Out) {
    let lang = view.lang;
    ui.strong(ob::TRAIL.get(lang));
    let key = view.rows_key();
    let id = egui::Id::unique("matter-trail");
    let cached: Option<TrailCache> = ui.data(|d| d.get_temp(id));
    let built = match cached {
        Some((k, m, built)) if k == key && &m == matter => built,
        _ => {
            let built = Arc::new(trail_lines(view, matter));
            ui.data_mut(|d| d.insert_temp::<TrailCache>(id, (key, matter.clone(), built.clone())));
            built
        }
    };
    let (passed, steps) = (&built.0, &built.1);
    if steps.is_empty() {
        ui.label(egui::RichText::new(ob::TRAIL_EMPTY.get(lang)).weak());
        return;
    }
    ui.label(format!("{}: {passed}", ob::BODIES_PASSED.get(lang)));
    ui.add_space(4.0);
    let last = steps.len() - 1;
    for (n, step) in steps.iter().enumerate() {
        step_ui(ui, view, step, n == last, out);
    }
}

fn step_ui(ui: &mut egui::Ui, view: &View, step: &StepLine, last: bool, out: &mut Out) {
    let lang = view.lang;
    let rail = 22.0;
    ui.horizontal_top(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(rail, 18.0), egui::Sense::hover());
        let top = ui.min_rect().top();
        let inner = ui.vertical(|ui| {
            ui.horizontal_wrapped(|ui| {
                ui.strong(&step.date);
                ui.label(&step.bodies);
                if ui.link(&step.link).on_hover_text(&step.hover).clicked() {
                    out.nav = Some(Nav::Meeting(step.meeting.clone()));
                }
                ui.weak(&step.status);
            });
            if step.decisions.is_empty() {
                ui.weak(ob::NO_DECISION_YET.get(lang));
            }
            for d in &step.decisions {
                ui.label(format!("{}: {d}", ob::DECISION.get(lang)));
            }
            ui.add_space(6.0);
        });
        // The rail: a dot at the step, a line down to the next one.
        let painter = ui.painter();
        let x = rect.center().x;
        let dot = egui::pos2(x, top + 9.0);
        let colour = crate::theme::TRAIL;
        if !last {
            painter.line_segment(
                [dot, egui::pos2(x, inner.response.rect.bottom() + 4.0)],
                egui::Stroke::new(2.0, colour),
            );
        }
        painter.circle_filled(dot, 5.0, colour);
    });
}
