//! A body's obligations this operating year: what it owes (report-backs and assignments
//! given to it) and what it is owed, each with its due date and where it stands. The lines
//! are built once per document version, body, year and day.

use crate::i18n::{Label, obligations as ob};
use crate::model::report_back::{Received, obligations, operating_year_of};
use crate::model::{Assignment, BodyId};
use crate::ui::{Nav, Out, View};
use std::sync::Arc;

#[derive(Clone)]
struct Line {
    id: crate::model::AssignmentId,
    text: String,
    status: String,
    overdue: bool,
}

type Built = (
    crate::ui::list::RowsKey,
    BodyId,
    Arc<(Vec<Line>, Vec<Line>)>,
);

fn lines(view: &View, body: &BodyId, year: i32) -> (Vec<Line>, Vec<Line>) {
    let doc = view.doc;
    let received = Received::build(doc);
    let line = |a: &Assignment, other: String| Line {
        id: a.id.clone(),
        text: format!(
            "{} {} – {other}",
            a.due.map(|d| d.to_string()).unwrap_or_default(),
            a.title
        ),
        status: received.status(a).label(view.lang).to_owned(),
        overdue: received.is_overdue(a, view.today),
    };
    let o = obligations(doc, body, year);
    let owes = o
        .owes
        .iter()
        .map(|a| {
            let to = a.report_to.as_ref().unwrap_or(&a.given_by);
            line(a, doc.body_label(to))
        })
        .collect();
    let owed = o
        .owed
        .iter()
        .map(|a| line(a, doc.assignee_name(&a.assignee)))
        .collect();
    (owes, owed)
}

/// "Det vi ska rapportera" and "Det vi ska få" for the operating year of today.
pub(crate) fn body_obligations_ui(ui: &mut egui::Ui, view: &View, body: &BodyId, out: &mut Out) {
    let lang = view.lang;
    let year = operating_year_of(view.today, view.doc.cycle.start_month);
    let key = view.rows_key().scoped(year);
    let id = egui::Id::unique(("body-obligations", body.as_str()));
    let cached: Option<Built> = ui.data(|d| d.get_temp(id));
    let built = match cached {
        Some((k, b, lines)) if k == key && &b == body => lines,
        _ => {
            let built = Arc::new(lines(view, body, year));
            ui.data_mut(|d| d.insert_temp::<Built>(id, (key, body.clone(), built.clone())));
            built
        }
    };
    let label = crate::model::plan::calendar_year(year, view.doc.cycle.start_month, 1);
    for (title, list) in [(ob::WE_OWE, &built.0), (ob::WE_ARE_OWED, &built.1)] {
        ui.add_space(8.0);
        ui.strong(format!(
            "{} ({} {year}/{})",
            title.get(lang),
            ob::OPERATING_YEAR_SHORT.get(lang),
            label % 100
        ));
        if list.is_empty() {
            ui.weak(crate::i18n::t::NOTHING.get(lang));
        }
        for l in list {
            ui.horizontal_wrapped(|ui| {
                if ui.link(&l.text).clicked() {
                    out.nav = Some(Nav::Assignment(l.id.clone()));
                }
                let status = egui::RichText::new(&l.status).small();
                ui.label(if l.overdue {
                    status.color(crate::theme::WARNING)
                } else {
                    status.weak()
                });
            });
        }
    }
}
