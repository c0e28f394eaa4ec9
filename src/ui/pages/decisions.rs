//! Beslut: the register of every decision in the document, narrowed by body, year and
//! follow-up and searched by words; the selected decision's details above the list, and
//! the register (as shown) exported to XLSX or PDF.

use crate::i18n::{Label, Lang, obligations as ob, t};
use crate::model::decision::{Entry, Filter, register};
use crate::model::{AgendaItemId, BodyId, FollowUp, MeetingId};
use crate::ui::list::{ListState, Row};
use crate::ui::{Export, Nav, Out, View};
use chrono::Datelike;

/// The height of the selected decision's box: three lines.
const DETAIL_HEIGHT: f32 = 66.0;

/// A decision's place: the meeting, the item and the block.
type Key = (MeetingId, AgendaItemId, usize);

#[derive(Default)]
pub struct DecisionsState {
    pub filter: Filter,
    pub list: ListState<Key>,
    pub selected: Option<Key>,
    /// How many decisions there are and in which years, for this document version.
    counted: Option<(crate::session::Version, usize, Vec<i32>)>,
}

fn key(e: &Entry<'_>) -> Key {
    (e.meeting.id.clone(), e.item_id.clone(), e.block)
}

fn columns(lang: Lang) -> Vec<&'static str> {
    [
        ob::DECISION,
        t::BODY,
        t::DATE,
        ob::NUMBER,
        ob::RESPONSIBLE,
        ob::FOLLOW_UP,
    ]
    .iter()
    .map(|h| h.get(lang))
    .collect()
}

fn rows(view: &View, filter: &Filter) -> Vec<Row<Key>> {
    let doc = view.doc;
    register(doc)
        .iter()
        .filter(|e| filter.keeps(doc, e, view.today))
        .map(|e| {
            let c = crate::export::decisions::cells(doc, e, view.today, view.lang);
            // Decision, body, date, number, responsible, follow-up with its deadline; the
            // matter is in the details below the list (and in the exports).
            let follow_up = if e.decision.follow_up(view.today) == FollowUp::Nothing {
                "–".to_owned()
            } else if c[7].is_empty() {
                c[8].clone()
            } else {
                format!("{}, {} {}", c[8], t::DUE_BY.get(view.lang), c[7])
            };
            let cells = vec![
                c[4].clone(),
                c[0].clone(),
                c[1].clone(),
                c[2].clone(),
                c[6].clone(),
                follow_up,
            ];
            Row { key: key(e), cells }
        })
        .collect()
}

pub fn ui(ui: &mut egui::Ui, view: &View, state: &mut DecisionsState, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    if state
        .counted
        .as_ref()
        .is_none_or(|(v, _, _)| *v != view.version)
    {
        let all = register(doc);
        let mut years: Vec<i32> = all.iter().map(|e| e.meeting.date.year()).collect();
        years.sort_unstable();
        years.dedup();
        state.counted = Some((view.version, all.len(), years));
    }
    let (total, years) = state
        .counted
        .as_ref()
        .map(|(_, n, y)| (*n, y.clone()))
        .unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        ui.heading(ob::DECISION_REGISTER.get(lang));
        ui.label(crate::i18n::chrome::shown_of(state.list.shown(), total));
    });
    ui.horizontal_wrapped(|ui| {
        filters_ui(ui, view, &years, &mut state.filter);
        let mut wanted = state.filter.clone();
        wanted.text.clone_from(&state.list.filter);
        if ui.button(ob::EXPORT_XLSX.get(lang)).clicked() {
            out.export = Some(Export::Decisions {
                filter: wanted.clone(),
                format: crate::export::decisions::Format::Xlsx,
            });
        }
        if ui.button(ob::EXPORT_PDF.get(lang)).clicked() {
            out.export = Some(Export::Decisions {
                filter: wanted,
                format: crate::export::decisions::Format::Pdf,
            });
        }
    });
    let selected = state
        .selected
        .as_ref()
        .and_then(|(m, i, b)| crate::model::decision::entry(doc, m, i, *b));
    // The selected decision in full, above the list (a panel below it would share the
    // table's column lines), in a box of fixed height so that selecting a row never moves
    // the list under the pointer.
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.set_height(DETAIL_HEIGHT);
        egui::ScrollArea::vertical()
            .id_salt("decision-detail")
            .auto_shrink([false, false])
            .show(ui, |ui| match &selected {
                Some(e) => detail_ui(ui, view, e, out),
                None => {
                    ui.weak(t::SELECT_LEFT.get(lang));
                }
            });
    });
    let headers = columns(lang);
    let filter = state.filter.clone();
    if let Some(k) = state.list.ui(
        ui,
        "decisions",
        view.rows_key().scoped(&filter),
        &headers,
        state.selected.as_ref(),
        ob::SEARCH.get(lang),
        || rows(view, &filter),
    ) {
        state.selected = Some(k);
    }
}

/// Body, year and follow-up, each "all" or one.
fn filters_ui(ui: &mut egui::Ui, view: &View, years: &[i32], filter: &mut Filter) {
    let lang = view.lang;
    let doc = view.doc;
    let body_name = |b: &Option<BodyId>| {
        b.as_ref().map_or_else(
            || ob::ALL_BODIES.get(lang).to_owned(),
            |b| doc.body_label(b),
        )
    };
    egui::ComboBox::from_id_salt("decisions-body")
        .selected_text(body_name(&filter.body))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.body, None, ob::ALL_BODIES.get(lang));
            for b in &doc.bodies {
                ui.selectable_value(&mut filter.body, Some(b.id.clone()), b.label());
            }
        })
        .response
        .accessible_name(ob::FILTER_BODY.get(lang));
    egui::ComboBox::from_id_salt("decisions-year")
        .selected_text(
            filter
                .year
                .map_or_else(|| ob::ALL_YEARS.get(lang).to_owned(), |y| y.to_string()),
        )
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.year, None, ob::ALL_YEARS.get(lang));
            for y in years.iter().rev() {
                ui.selectable_value(&mut filter.year, Some(*y), y.to_string());
            }
        })
        .response
        .accessible_name(ob::FILTER_YEAR.get(lang));
    egui::ComboBox::from_id_salt("decisions-status")
        .selected_text(
            filter
                .status
                .map_or(ob::ANY_STATUS.get(lang), |s| s.label(lang)),
        )
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.status, None, ob::ANY_STATUS.get(lang));
            for s in FollowUp::ALL {
                ui.selectable_value(&mut filter.status, Some(s), s.label(lang));
            }
        })
        .response
        .accessible_name(ob::FILTER_FOLLOW_UP.get(lang));
}

/// The selected decision in full, with links to its meeting and matter.
fn detail_ui(ui: &mut egui::Ui, view: &View, e: &Entry<'_>, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let c = crate::export::decisions::cells(doc, e, view.today, lang);
    ui.horizontal_wrapped(|ui| {
        ui.strong(format!("{} {} {}", c[0], c[1], c[2]));
        if ui
            .link(format!("{} – {}", doc.meeting_title(e.meeting), c[3]))
            .clicked()
        {
            out.nav = Some(Nav::Meeting(e.meeting.id.clone()));
        }
    });
    ui.label(egui::RichText::new(e.decision.text.trim()).strong());
    ui.horizontal_wrapped(|ui| {
        if let Some(m) = e.matter().and_then(|m| doc.matter(m)) {
            ui.label(format!("{}:", ob::MATTER.get(lang)));
            if ui.link(&m.title).clicked() {
                out.nav = Some(Nav::Matter(m.id.clone()));
            }
        }
        if !c[6].is_empty() {
            ui.label(format!("{}: {}", ob::RESPONSIBLE.get(lang), c[6]));
        }
        if !c[7].is_empty() {
            ui.label(format!("{}: {}", t::DUE.get(lang), c[7]));
        }
        let status = e.decision.follow_up(view.today);
        let text = egui::RichText::new(status.label(lang));
        ui.label(if status == FollowUp::Overdue {
            text.color(crate::theme::WARNING)
        } else {
            text
        });
    });
}
