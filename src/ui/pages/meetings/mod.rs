//! Möten: upcoming and past meetings (a list or a month calendar with ISO weeks), and the
//! selected meeting in three tabs: its details, the agenda builder and the minutes.

mod builder;
mod calendar;
mod links;
mod meeting;
mod minutes;

use super::{PagesState, list_header, master_detail};
use crate::edit::Edit;
use crate::i18n::{Label, t};
use crate::model::agenda::{self, renumber};
use crate::model::calendar::week_label;
use crate::model::{AgendaItemId, BodyId, Meeting, MeetingId, PersonId, fresh_id};
use crate::ui::list::Row;
use crate::ui::{Out, View};
use chrono::{NaiveDate, NaiveTime};

/// Which meetings the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum When {
    #[default]
    Upcoming,
    Past,
    All,
}

/// The tab of the selected meeting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Details,
    Agenda,
    Minutes,
}

/// What the meetings page remembers between frames.
#[derive(Debug, Default)]
pub struct MeetingsState {
    pub body: Option<BodyId>,
    pub when: When,
    pub calendar: bool,
    /// The first day of the month the calendar shows.
    pub month: Option<NaiveDate>,
    pub tab: Tab,
    /// The agenda item that has keyboard focus for moving (Alt+Up / Alt+Down).
    pub selected_item: Option<AgendaItemId>,
    /// The selected meeting and its date and bodies when last drawn: a meeting the user just
    /// moved out of the filter (a date set in the past) stays in view.
    pub last_seen: Option<(MeetingId, NaiveDate, Vec<BodyId>)>,
    /// Said above the list when the filter was widened to keep the meeting in view.
    pub widened: bool,
    /// Signed-off minutes the user asked to open again, and the reason being typed: the
    /// confirmation is showing.
    pub reopening: Option<(MeetingId, String)>,
}

/// Keep the selected meeting in the list after the user changed its date or bodies so that
/// the filter would hide it: widen the filter (the list says so).
fn keep_selected_in_view(view: &View, selected: Option<&MeetingId>, state: &mut MeetingsState) {
    let meeting = selected.and_then(|id| view.doc.meeting(id));
    let same = match (&state.last_seen, meeting) {
        (Some((id, date, bodies)), Some(m)) => {
            if *id == m.id && (*date != m.date || *bodies != m.bodies) {
                if !shown(m, state, view.today) {
                    state.when = When::All;
                    if state.body.as_ref().is_some_and(|b| !m.bodies.contains(b)) {
                        state.body = None;
                    }
                    state.widened = true;
                }
                false
            } else {
                *id == m.id
            }
        }
        (None, None) => true,
        _ => false,
    };
    // Remembered anew only when it changed: nothing is cloned in an ordinary frame.
    if !same {
        state.last_seen = meeting.map(|m| (m.id.clone(), m.date, m.bodies.clone()));
    }
}

/// Everyone in the document by display name, sorted, for person pickers.
pub(crate) fn people_options<'a>(view: &View<'a>) -> &'a [(PersonId, String)] {
    &view.pickers.people
}

fn shown(meeting: &Meeting, state: &MeetingsState, today: NaiveDate) -> bool {
    state
        .body
        .as_ref()
        .is_none_or(|b| meeting.bodies.contains(b))
        && match state.when {
            When::Upcoming => meeting.date >= today,
            When::Past => meeting.date < today,
            When::All => true,
        }
}

pub fn meetings_ui(ui: &mut egui::Ui, view: &View, state: &mut PagesState, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    master_detail(
        ui,
        "meetings",
        state,
        out,
        |ui, state, out| {
            if list_header(
                ui,
                t::MEETINGS.get(lang),
                state.meetings.list.shown(),
                doc.meetings.len(),
                t::NEW_MEETING.get(lang),
                view.editable() && !doc.bodies.is_empty(),
            ) {
                let id = new_meeting(view, state.meetings_view.body.clone(), out);
                crate::ui::widgets::focus_first_field(ui, id.as_str());
                state.meetings.selected = Some(id);
                state.meetings_view.tab = Tab::Details;
            }
            keep_selected_in_view(
                view,
                state.meetings.selected.as_ref(),
                &mut state.meetings_view,
            );
            filters_ui(ui, view, &mut state.meetings_view);
            if state.meetings_view.widened {
                ui.colored_label(crate::theme::WARNING, t::FILTER_WIDENED.get(lang));
            }
            ui.separator();
            if state.meetings_view.calendar {
                if let Some(id) = calendar::calendar_ui(
                    ui,
                    view,
                    &mut state.meetings_view,
                    state.meetings.selected.as_ref(),
                ) {
                    state.meetings.selected = Some(id);
                }
                return;
            }
            let headers = [t::DATE.get(lang), t::TITLE.get(lang), t::STATUS.get(lang)];
            // The rows depend on the filter as well as on the document.
            let key = view
                .rows_key()
                .scoped((&state.meetings_view.body, state.meetings_view.when));
            let filter = &state.meetings_view;
            if let Some(k) = state.meetings.list.ui(
                ui,
                "meetings",
                key,
                &headers,
                state.meetings.selected.as_ref(),
                t::FILTER.get(lang),
                || {
                    let mut meetings: Vec<&Meeting> = doc
                        .meetings
                        .iter()
                        .filter(|m| shown(m, filter, view.today))
                        .collect();
                    // Upcoming soonest first, past most recent first.
                    meetings.sort_by_key(|m| (m.date, m.start));
                    if filter.when == When::Past {
                        meetings.reverse();
                    }
                    meetings
                        .into_iter()
                        .map(|m| Row {
                            key: m.id.clone(),
                            cells: vec![
                                format!("{} {}", m.date, week_label(m.date, lang)),
                                view.doc.meeting_title(m),
                                m.status.label(lang).to_owned(),
                            ],
                        })
                        .collect()
                },
            ) {
                state.meetings.selected = Some(k);
            }
        },
        |ui, state, out| match state
            .meetings
            .selected
            .as_ref()
            .and_then(|id| doc.meeting(id))
        {
            Some(m) => meeting::meeting_ui(ui, view, m, &mut state.meetings_view, out),
            None => {
                ui.label(t::SELECT_LEFT.get(lang));
            }
        },
    );
}

/// A new meeting of `body` (or the first body) today, its agenda started from the body's
/// template: one edit, one undo step.
fn new_meeting(view: &View, body: Option<BodyId>, out: &mut Out) -> MeetingId {
    let doc = view.doc;
    let id = MeetingId::new(fresh_id(
        MeetingId::PREFIX,
        doc.meetings.iter().map(|m| m.id.as_str()),
    ));
    let bodies: Vec<BodyId> = body
        .or_else(|| doc.bodies.first().map(|b| b.id.clone()))
        .into_iter()
        .collect();
    let mut meeting = Meeting::new(id.clone(), bodies, view.today);
    meeting.start = NaiveTime::from_hms_opt(9, 0, 0);
    meeting.end = NaiveTime::from_hms_opt(11, 0, 0);
    let template = agenda::initial_agenda(agenda::template_body(doc, &meeting.bodies));
    for item in template {
        let new_id = agenda::new_item_id(doc, &meeting);
        meeting.agenda.push(item.to_item(new_id));
    }
    renumber(&mut meeting.agenda);
    out.edits.push(Edit::PutMeeting(meeting));
    id
}

fn filters_ui(ui: &mut egui::Ui, view: &View, state: &mut MeetingsState) {
    let lang = view.lang;
    ui.horizontal_wrapped(|ui| {
        let bodies = super::body_options(view);
        let shown = state
            .body
            .as_ref()
            .and_then(|b| bodies.iter().find(|(k, _)| k == b))
            .map_or_else(|| t::ALL_BODIES.get(lang).to_owned(), |(_, n)| n.clone());
        egui::ComboBox::from_id_salt("meetings-body")
            .selected_text(shown)
            .width(170.0)
            .height(400.0)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(state.body.is_none(), t::ALL_BODIES.get(lang))
                    .clicked()
                {
                    state.body = None;
                }
                for (id, name) in bodies {
                    if ui
                        .selectable_label(state.body.as_ref() == Some(id), name)
                        .clicked()
                    {
                        state.body = Some(id.clone());
                    }
                }
            })
            .response
            .accessible_name(t::FILTER_BY_BODY.get(lang));
        ui.selectable_value(&mut state.calendar, false, t::LIST.get(lang));
        ui.selectable_value(&mut state.calendar, true, t::CALENDAR.get(lang));
    });
    ui.horizontal_wrapped(|ui| {
        if !state.calendar {
            for (when, label) in [
                (When::Upcoming, t::UPCOMING),
                (When::Past, t::PAST),
                (When::All, t::ALL),
            ] {
                if ui
                    .selectable_value(&mut state.when, when, label.get(lang))
                    .clicked()
                {
                    state.widened = false;
                }
            }
        }
    });
}
