//! Möten: upcoming and past meetings (a list or a month calendar with ISO weeks), and the
//! selected meeting in three tabs: its details, the agenda builder and the minutes.

use super::{PagesState, list_header, master_detail};
use crate::edit::Edit;
use crate::export::{MeetingDoc, TextFormat};
use crate::i18n::{Label, t};
use crate::model::agenda::{
    self, CarryOver, carry_over, clock_times, move_item, overrun, renumber, standard_items,
    total_minutes,
};
use crate::model::calendar::week_label;
use crate::model::{
    ActionItem, AgendaItem, AgendaItemId, AgendaItemKind, Attendance, BodyId, ItemMinutes, Meeting,
    MeetingId, MeetingStatus, PersonId, Presence, SignOff, next_free_id,
};
use crate::ui::list::Row;
use crate::ui::widgets::{self, field_label};
use crate::ui::{Export, Nav, Out, View};
use chrono::{Datelike, Days, NaiveDate, NaiveTime};

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
}

fn body_label(view: &View, id: &BodyId) -> String {
    view.doc
        .body(id)
        .map_or_else(|| id.to_string(), |b| b.label().to_owned())
}

pub fn meeting_title(view: &View, m: &Meeting) -> String {
    if m.title.is_empty() {
        m.bodies
            .iter()
            .map(|b| body_label(view, b))
            .collect::<Vec<_>>()
            .join(" + ")
    } else {
        m.title.clone()
    }
}

fn hm(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// "2 h 50 min", "45 min".
fn duration_text(minutes: i64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// Everyone in the document by display name, sorted, for person pickers.
pub(crate) fn people_options(view: &View) -> Vec<(PersonId, String)> {
    let mut people: Vec<(PersonId, String)> = view
        .doc
        .people
        .iter()
        .map(|p| (p.id.clone(), p.display_name()))
        .collect();
    people.sort_by(|a, b| a.1.cmp(&b.1));
    people
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
                state.meetings.shown(),
                doc.meetings.len(),
                t::NEW_MEETING.get(lang),
                view.editable() && !doc.bodies.is_empty(),
            ) {
                let id = new_meeting(view, state.meetings_view.body.clone(), out);
                state.meeting = Some(id);
                state.meetings_view.tab = Tab::Details;
            }
            filters_ui(ui, view, &mut state.meetings_view);
            ui.separator();
            if state.meetings_view.calendar {
                if let Some(id) =
                    calendar_ui(ui, view, &mut state.meetings_view, state.meeting.as_ref())
                {
                    state.meeting = Some(id);
                }
                return;
            }
            let headers = [t::DATE.get(lang), t::TITLE.get(lang), t::STATUS.get(lang)];
            // The rows depend on the filter as well as on the document.
            let key = {
                use std::hash::{Hash, Hasher};
                let mut h = std::collections::hash_map::DefaultHasher::new();
                (
                    view.revision,
                    &state.meetings_view.body,
                    state.meetings_view.when,
                )
                    .hash(&mut h);
                h.finish()
            };
            let filter = &state.meetings_view;
            if let Some(k) = state.meetings.ui(
                ui,
                "meetings",
                key,
                &headers,
                state.meeting.as_ref(),
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
                                meeting_title(view, m),
                                m.status.label(lang).to_owned(),
                            ],
                        })
                        .collect()
                },
            ) {
                state.meeting = Some(k);
            }
        },
        |ui, state, out| match state.meeting.as_ref().and_then(|id| doc.meeting(id)) {
            Some(m) => meeting_ui(ui, view, m, &mut state.meetings_view, out),
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
    let id = MeetingId::new(next_free_id(
        MeetingId::PREFIX,
        doc.meetings.iter().map(|m| m.id.as_str()),
    ));
    let bodies: Vec<BodyId> = body
        .or_else(|| doc.bodies.first().map(|b| b.id.clone()))
        .into_iter()
        .collect();
    let mut meeting = Meeting {
        id: id.clone(),
        bodies,
        title: String::new(),
        date: view.today,
        start: NaiveTime::from_hms_opt(9, 0, 0),
        end: NaiveTime::from_hms_opt(11, 0, 0),
        place: String::new(),
        online: String::new(),
        status: MeetingStatus::Planned,
        agenda: Vec::new(),
        minutes: None,
    };
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
                for (id, name) in &bodies {
                    if ui
                        .selectable_label(state.body.as_ref() == Some(id), name)
                        .clicked()
                    {
                        state.body = Some(id.clone());
                    }
                }
            });
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
                ui.selectable_value(&mut state.when, when, label.get(lang));
            }
        }
    });
}

/// A month with ISO week numbers down the side, weekends and public holidays marked, and
/// each day's meetings as buttons. Returns a clicked meeting.
fn calendar_ui(
    ui: &mut egui::Ui,
    view: &View,
    state: &mut MeetingsState,
    selected: Option<&MeetingId>,
) -> Option<MeetingId> {
    let lang = view.lang;
    let first = state.month.unwrap_or_else(|| {
        NaiveDate::from_ymd_opt(view.today.year(), view.today.month(), 1).unwrap_or(view.today)
    });
    let mut clicked = None;
    ui.horizontal(|ui| {
        if ui.button(t::PREVIOUS.get(lang)).clicked() {
            state.month = first.checked_sub_months(chrono::Months::new(1));
        }
        ui.strong(format!(
            "{} {}",
            crate::i18n::month_name(first.month(), lang),
            first.year()
        ));
        if ui.button(t::NEXT.get(lang)).clicked() {
            state.month = first.checked_add_months(chrono::Months::new(1));
        }
        if ui.button(t::TODAY.get(lang)).clicked() {
            state.month = None;
        }
    });
    let next_month = first.checked_add_months(chrono::Months::new(1))?;
    let mut meetings: Vec<&Meeting> = view
        .doc
        .meetings
        .iter()
        .filter(|m| m.date >= first && m.date < next_month)
        .filter(|m| state.body.as_ref().is_none_or(|b| m.bodies.contains(b)))
        .collect();
    meetings.sort_by_key(|m| (m.date, m.start));
    let monday = first - Days::new(u64::from(first.weekday().num_days_from_monday()));
    let weekdays = crate::i18n::weekday_short(lang);
    let cell_width = ((ui.available_width() - 40.0) / 7.0).max(48.0);
    egui::Grid::new("meetings-calendar")
        .num_columns(8)
        .min_col_width(0.0)
        .spacing([2.0, 2.0])
        .show(ui, |ui| {
            ui.label(egui::RichText::new(lang.pick("v.", "wk")).weak());
            for w in weekdays {
                ui.label(egui::RichText::new(w).strong());
            }
            ui.end_row();
            let mut week_start = monday;
            while week_start < next_month {
                ui.vertical(|ui| {
                    ui.set_min_width(22.0);
                    ui.label(
                        egui::RichText::new(
                            crate::model::calendar::iso_week(week_start).to_string(),
                        )
                        .weak(),
                    );
                });
                for d in 0..7 {
                    let day = week_start + Days::new(d);
                    ui.vertical(|ui| {
                        ui.set_width(cell_width);
                        ui.set_min_height(58.0);
                        let holiday = crate::model::holidays::holiday_name(day);
                        let mut number = egui::RichText::new(day.day().to_string());
                        if day.month() != first.month() {
                            number = number.weak();
                        } else if holiday.is_some() || d >= 5 {
                            number = number.color(crate::theme::ERROR);
                        }
                        if day == view.today {
                            number = number.strong().underline();
                        }
                        let label = ui.label(number);
                        if let Some(name) = holiday {
                            label.on_hover_text(name);
                        }
                        for m in meetings.iter().filter(|m| m.date == day) {
                            // The body is what tells meetings apart at a glance; the
                            // time and title are in the tooltip.
                            let text = m
                                .bodies
                                .iter()
                                .map(|b| body_label(view, b))
                                .collect::<Vec<_>>()
                                .join("+");
                            let button = egui::Button::selectable(selected == Some(&m.id), text)
                                .small()
                                .truncate();
                            if ui
                                .add_sized([cell_width, 16.0], button)
                                .on_hover_text(format!(
                                    "{} {}",
                                    m.start.map(hm).unwrap_or_default(),
                                    meeting_title(view, m)
                                ))
                                .clicked()
                            {
                                clicked = Some(m.id.clone());
                            }
                        }
                    });
                }
                ui.end_row();
                week_start = week_start + Days::new(7);
            }
        });
    clicked
}

fn meeting_ui(
    ui: &mut egui::Ui,
    view: &View,
    meeting: &Meeting,
    state: &mut MeetingsState,
    out: &mut Out,
) {
    let lang = view.lang;
    if super::detail_header(
        ui,
        &format!("{} – {}", meeting_title(view, meeting), meeting.date),
        lang,
        view.editable(),
    ) {
        out.delete = Some(Edit::DeleteMeeting(meeting.id.clone()));
    }
    ui.horizontal_wrapped(|ui| {
        ui.selectable_value(&mut state.tab, Tab::Details, t::DETAILS.get(lang));
        ui.selectable_value(
            &mut state.tab,
            Tab::Agenda,
            format!("{} ({})", t::AGENDA.get(lang), meeting.agenda.len()),
        );
        ui.selectable_value(&mut state.tab, Tab::Minutes, t::MINUTES_TITLE.get(lang));
        ui.separator();
        ui.menu_button(t::EXPORT_MENU.get(lang), |ui| {
            let id = &meeting.id;
            let mut doc_button = |ui: &mut egui::Ui, label: crate::i18n::Tr, which, format| {
                if ui.button(label.get(lang)).clicked() {
                    out.export = Some(Export::MeetingDocument {
                        meeting: id.clone(),
                        which,
                        format,
                    });
                    ui.close();
                }
            };
            doc_button(ui, t::NOTICE_PDF, MeetingDoc::Notice, TextFormat::Pdf);
            doc_button(ui, t::NOTICE_MD, MeetingDoc::Notice, TextFormat::Markdown);
            doc_button(ui, t::MINUTES_PDF, MeetingDoc::Minutes, TextFormat::Pdf);
            doc_button(ui, t::MINUTES_MD, MeetingDoc::Minutes, TextFormat::Markdown);
            if ui.button(t::MEETING_ICS.get(lang)).clicked() {
                out.export = Some(Export::MeetingCalendar(id.clone()));
                ui.close();
            }
            if let Some(body) = meeting.bodies.first()
                && ui
                    .button(format!(
                        "{} {}",
                        t::BODY_YEAR_ICS.get(lang),
                        body_label(view, body)
                    ))
                    .clicked()
            {
                out.export = Some(Export::BodyCalendar(body.clone()));
                ui.close();
            }
        });
    });
    ui.separator();
    match state.tab {
        Tab::Details => details_ui(ui, view, meeting, out),
        Tab::Agenda => agenda_ui(ui, view, meeting, state, out),
        Tab::Minutes => minutes_ui(ui, view, meeting, out),
    }
}

fn details_ui(ui: &mut egui::Ui, view: &View, meeting: &Meeting, out: &mut Out) {
    let lang = view.lang;
    let on = view.editable();
    let fid = |f: &str| (meeting.id.as_str().to_owned(), f.to_owned());
    let mut m = meeting.clone();
    let mut changed = false;
    let bodies = super::body_options(view);
    egui::Grid::new(("meeting-form", meeting.id.as_str()))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            field_label(ui, t::TITLE.get(lang));
            if let Some(v) = widgets::text(ui, fid("title"), &m.title, on) {
                m.title = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::BODIES.get(lang));
            ui.vertical(|ui| {
                let mut remove = None;
                for (i, b) in meeting.bodies.iter().enumerate() {
                    ui.horizontal(|ui| {
                        if ui.link(body_label(view, b)).clicked() {
                            out.nav = Some(Nav::Body(b.clone()));
                        }
                        if meeting.bodies.len() > 1
                            && ui.add_enabled(on, egui::Button::new("×").small()).clicked()
                        {
                            remove = Some(i);
                        }
                    });
                }
                if let Some(i) = remove {
                    m.bodies.remove(i);
                    changed = true;
                }
                let others: Vec<(BodyId, String)> = bodies
                    .iter()
                    .filter(|(id, _)| !meeting.bodies.contains(id))
                    .cloned()
                    .collect();
                if let Some(b) = widgets::add_picker(
                    ui,
                    fid("add-body"),
                    &others,
                    t::ADD_BODY_JOINT_MEETING.get(lang),
                    on,
                ) {
                    m.bodies.push(b);
                    changed = true;
                }
            });
            ui.end_row();
            field_label(ui, t::DATE.get(lang));
            ui.horizontal(|ui| {
                if let Some(Some(v)) = widgets::date(ui, fid("date"), Some(m.date), on) {
                    m.date = v;
                    changed = true;
                }
                ui.label(week_label(meeting.date, lang));
                if let Some(name) = crate::model::holidays::holiday_name(meeting.date) {
                    ui.colored_label(crate::theme::WARNING, name);
                } else if meeting.date.weekday().num_days_from_monday() >= 5 {
                    ui.colored_label(crate::theme::WARNING, t::WEEKEND.get(lang));
                }
            });
            ui.end_row();
            field_label(
                ui,
                &format!("{} – {}", t::START.get(lang), t::END.get(lang)),
            );
            ui.horizontal(|ui| {
                if let Some(v) = widgets::time(ui, fid("start"), m.start, on) {
                    m.start = v;
                    changed = true;
                }
                ui.label("–");
                if let Some(v) = widgets::time(ui, fid("end"), m.end, on) {
                    m.end = v;
                    changed = true;
                }
            });
            ui.end_row();
            field_label(ui, t::PLACE.get(lang));
            if let Some(v) = widgets::text(ui, fid("place"), &m.place, on) {
                m.place = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::ONLINE.get(lang));
            if let Some(v) = widgets::text(ui, fid("online"), &m.online, on) {
                m.online = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::STATUS.get(lang));
            if let Some(v) =
                widgets::choice(ui, fid("status"), m.status, &MeetingStatus::ALL, lang, on)
            {
                m.status = v;
                changed = true;
            }
            ui.end_row();
        });
    if changed {
        out.edits.push(Edit::PutMeeting(m));
    }
}

/// The agenda builder: items with clock times, reordered by dragging the handle or with
/// Alt+Up/Alt+Down (or the Upp/Ner buttons), standard items, the body's template, and what
/// earlier meetings left open.
fn agenda_ui(
    ui: &mut egui::Ui,
    view: &View,
    meeting: &Meeting,
    state: &mut MeetingsState,
    out: &mut Out,
) {
    let lang = view.lang;
    let on = view.editable();
    let doc = view.doc;
    let mut m = meeting.clone();
    let mut changed = false;

    // Total against the meeting's length, and the overrun warning.
    ui.horizontal_wrapped(|ui| {
        let total = i64::from(total_minutes(&meeting.agenda));
        match meeting.length_minutes() {
            Some(length) => ui.label(format!(
                "{} {} {} {}",
                t::PLANNED.get(lang),
                duration_text(total),
                t::OUT_OF.get(lang),
                duration_text(length)
            )),
            None => ui.label(format!("{} {}", t::PLANNED.get(lang), duration_text(total))),
        };
        if let Some(over) = overrun(meeting) {
            ui.colored_label(
                crate::theme::ERROR,
                t::AGENDA_RUNS_OVER
                    .get(lang)
                    .replace("{min}", &duration_text(over)),
            );
        }
    });
    ui.label(
        egui::RichText::new(t::AGENDA_REORDER_HINT.get(lang))
            .weak()
            .small(),
    );
    ui.add_space(4.0);

    // Keyboard reordering of the selected item.
    if on
        && let Some(sel) = &state.selected_item
        && let Some(i) = m.agenda.iter().position(|x| &x.id == sel)
    {
        let (up, down) = ui.input_mut(|inp| {
            (
                inp.consume_key(egui::Modifiers::ALT, egui::Key::ArrowUp),
                inp.consume_key(egui::Modifiers::ALT, egui::Key::ArrowDown),
            )
        });
        if up && i > 0 {
            move_item(&mut m.agenda, i, i - 1);
            changed = true;
        } else if down && i + 1 < m.agenda.len() {
            move_item(&mut m.agenda, i, i + 1);
            changed = true;
        }
    }

    let people = people_options(view);
    let times = clock_times(meeting.start, &meeting.agenda);
    let mut drop: Option<(usize, usize)> = None;
    let mut remove = None;
    let mut moves = None;
    let dragging = egui::DragAndDrop::has_payload_of_type::<usize>(ui.ctx());
    for (i, item) in meeting.agenda.iter().enumerate() {
        let fid = |f: &str| (item.id.as_str().to_owned(), f.to_owned());
        let selected = state.selected_item.as_ref() == Some(&item.id);
        let frame = egui::Frame::group(ui.style())
            .inner_margin(6.0)
            .stroke(if selected {
                ui.visuals().selection.stroke
            } else {
                ui.visuals().widgets.noninteractive.bg_stroke
            });
        let row = frame.show(ui, |ui| {
            ui.horizontal(|ui| {
                if on {
                    let handle_id = egui::Id::unique(("drag-agenda-item", item.id.as_str()));
                    ui.dnd_drag_source(handle_id, i, |ui| {
                        ui.label(egui::RichText::new("☰").size(16.0))
                            .on_hover_text(t::DRAG_TO_MOVE.get(lang));
                    });
                }
                let time = times
                    .as_ref()
                    .and_then(|t| t.get(i))
                    .map(|s| {
                        let next_day = if s.end_day > 0 { " (+1)" } else { "" };
                        format!("{}–{}{next_day}", hm(s.start), hm(s.end))
                    })
                    .unwrap_or_default();
                ui.add_sized(
                    [92.0, 18.0],
                    egui::Label::new(egui::RichText::new(time).monospace()),
                );
                if ui
                    .selectable_label(
                        selected,
                        egui::RichText::new(format!("{}.", item.number)).strong(),
                    )
                    .on_hover_text(t::SELECT_TO_MOVE.get(lang))
                    .clicked()
                {
                    state.selected_item = if selected {
                        None
                    } else {
                        Some(item.id.clone())
                    };
                }
                if let Some(v) = widgets::text(ui, fid("title"), &item.title, on) {
                    m.agenda[i].title = v;
                    changed = true;
                }
            });
            ui.horizontal_wrapped(|ui| {
                ui.add_space(24.0);
                if let Some(v) =
                    widgets::choice(ui, fid("kind"), item.kind, &AgendaItemKind::ALL, lang, on)
                {
                    m.agenda[i].kind = v;
                    changed = true;
                }
                ui.label(t::PRESENTER.get(lang));
                if let Some(v) = widgets::participant(
                    ui,
                    fid("presenter"),
                    item.presenter.as_ref(),
                    &people,
                    lang,
                    on,
                ) {
                    m.agenda[i].presenter = v;
                    changed = true;
                }
                if let Some(v) =
                    widgets::number_sized::<u32>(ui, fid("duration"), Some(item.duration), on, 44.0)
                {
                    m.agenda[i].duration = v.unwrap_or(0);
                    changed = true;
                }
                ui.label("min");
                if on {
                    if ui
                        .add_enabled(i > 0, egui::Button::new(t::UP.get(lang)).small())
                        .clicked()
                    {
                        moves = Some((i, i - 1));
                    }
                    if ui
                        .add_enabled(
                            i + 1 < meeting.agenda.len(),
                            egui::Button::new(t::DOWN.get(lang)).small(),
                        )
                        .clicked()
                    {
                        moves = Some((i, i + 1));
                    }
                    if ui.small_button(t::REMOVE.get(lang)).clicked() {
                        remove = Some(i);
                    }
                }
            });
            egui::CollapsingHeader::new(
                egui::RichText::new(if item.description.is_empty() && item.guests.is_empty() {
                    t::DESCRIPTION_AND_GUESTS.get(lang).to_owned()
                } else {
                    format!(
                        "{} ({} {})",
                        t::DESCRIPTION_AND_GUESTS.get(lang),
                        item.guests.len(),
                        t::GUESTS.get(lang).to_lowercase()
                    )
                })
                .small(),
            )
            .id_salt(("item-more", item.id.as_str()))
            .show(ui, |ui| {
                if let Some(v) = widgets::multiline(ui, fid("description"), &item.description, on) {
                    m.agenda[i].description = v;
                    changed = true;
                }
                let mut drop_guest = None;
                for (g, guest) in item.guests.iter().enumerate() {
                    ui.horizontal(|ui| {
                        ui.label(doc.participant_name(guest));
                        if on && ui.small_button("×").clicked() {
                            drop_guest = Some(g);
                        }
                    });
                }
                if let Some(g) = drop_guest {
                    m.agenda[i].guests.remove(g);
                    changed = true;
                }
                if let Some(guest) = widgets::add_participant(
                    ui,
                    fid("add-guest"),
                    &people,
                    t::GUESTS.get(lang),
                    lang,
                    on,
                ) {
                    m.agenda[i].guests.push(guest);
                    changed = true;
                }
            });
        });
        let response = row.response;
        if dragging && response.contains_pointer() {
            // Show where the item would land.
            let y = response.rect.top() - 2.0;
            ui.painter().hline(
                response.rect.x_range(),
                y,
                egui::Stroke::new(2.0, ui.visuals().selection.bg_fill),
            );
        }
        if let Some(from) = response.dnd_release_payload::<usize>() {
            drop = Some((*from, i));
        }
    }
    if let Some((from, to)) = drop.or(moves) {
        move_item(&mut m.agenda, from, to);
        changed = true;
    }
    if let Some(i) = remove {
        m.agenda.remove(i);
        renumber(&mut m.agenda);
        changed = true;
    }

    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.add_enabled_ui(on, |ui| {
            if ui.button(format!("+ {}", t::NEW_ITEM.get(lang))).clicked() {
                let id = agenda::new_item_id(doc, &m);
                m.agenda.push(AgendaItem {
                    id: id.clone(),
                    number: 0,
                    title: t::NEW_ITEM.get(lang).to_owned(),
                    kind: AgendaItemKind::Information,
                    presenter: None,
                    duration: 10,
                    description: String::new(),
                    guests: Vec::new(),
                });
                renumber(&mut m.agenda);
                state.selected_item = Some(id);
                changed = true;
            }
            ui.menu_button(format!("+ {}", t::STANDARD_ITEM.get(lang)), |ui| {
                for template in standard_items() {
                    if ui.button(&template.title).clicked() {
                        let id = agenda::new_item_id(doc, &m);
                        m.agenda.push(template.to_item(id));
                        renumber(&mut m.agenda);
                        changed = true;
                        ui.close();
                    }
                }
            });
            if let Some(body) = agenda::template_body(doc, &meeting.bodies) {
                if !body.agenda_template.is_empty()
                    && ui
                        .button(format!("+ {} {}", t::TEMPLATE_OF.get(lang), body.label()))
                        .clicked()
                {
                    for template in &body.agenda_template {
                        let id = agenda::new_item_id(doc, &m);
                        m.agenda.push(template.to_item(id));
                    }
                    renumber(&mut m.agenda);
                    changed = true;
                }
                if !meeting.agenda.is_empty()
                    && ui
                        .button(format!(
                            "{} {}",
                            t::SAVE_AS_TEMPLATE_OF.get(lang),
                            body.label()
                        ))
                        .on_hover_text(t::SAVE_AS_TEMPLATE_HINT.get(lang))
                        .clicked()
                {
                    let mut b = body.clone();
                    b.agenda_template = meeting
                        .agenda
                        .iter()
                        .map(agenda::TemplateItem::from_item)
                        .collect();
                    out.edits.push(Edit::PutBody(b));
                }
            }
        });
    });

    // What earlier meetings left for this one.
    let offers = carry_over(doc, meeting);
    if !offers.is_empty() {
        ui.add_space(10.0);
        ui.strong(t::FROM_EARLIER_MEETINGS.get(lang));
        let mut take = None;
        for (n, offer) in offers.iter().enumerate() {
            ui.horizontal(|ui| {
                let (kind, from) = match offer {
                    CarryOver::OpenAction { meeting, .. } => (t::OPEN_ACTION.get(lang), meeting),
                    CarryOver::Returning { meeting, .. } => (t::RETURNING.get(lang), meeting),
                };
                if ui
                    .add_enabled(on, egui::Button::new(t::ADD.get(lang)).small())
                    .clicked()
                {
                    take = Some(n);
                }
                let date = doc
                    .meeting(from)
                    .map(|m| m.date.to_string())
                    .unwrap_or_default();
                ui.label(egui::RichText::new(format!("{kind} {date}")).weak());
                ui.label(offer.title());
            });
        }
        if let Some(n) = take
            && let Some(offer) = offers.get(n)
        {
            let id = agenda::new_item_id(doc, &m);
            // Before "Nästa möte" and the closing items when the agenda has them.
            let at = m
                .agenda
                .iter()
                .position(|i| {
                    i.title == "Nästa möte"
                        || i.title == "Övriga frågor"
                        || i.title == "Mötets avslutande"
                })
                .unwrap_or(m.agenda.len());
            m.agenda.insert(at, offer.to_item(id));
            renumber(&mut m.agenda);
            changed = true;
        }
    }
    if changed {
        out.edits.push(Edit::PutMeeting(m));
    }
}

/// The minutes: attendance, each item's notes, questions, decisions and action items,
/// § numbers, the secretary and the sign-off.
fn minutes_ui(ui: &mut egui::Ui, view: &View, meeting: &Meeting, out: &mut Out) {
    let lang = view.lang;
    let on = view.editable();
    let doc = view.doc;
    let Some(minutes) = &meeting.minutes else {
        ui.label(t::NO_MINUTES_YET.get(lang));
        if ui
            .add_enabled(on, egui::Button::new(t::START_MINUTES.get(lang)))
            .on_hover_text(t::START_MINUTES_HINT.get(lang))
            .clicked()
        {
            let mut m = meeting.clone();
            m.minutes = Some(agenda::start_minutes(doc, meeting));
            out.edits.push(Edit::PutMeeting(m));
        }
        return;
    };
    let mut m = meeting.clone();
    let mut changed = false;
    let people = people_options(view);

    // Attendance.
    ui.strong(t::ATTENDANCE.get(lang));
    egui::Grid::new(("attendance", meeting.id.as_str()))
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            for (i, a) in minutes.attendance.iter().enumerate() {
                let fid = |f: &str| (meeting.id.as_str().to_owned(), format!("att-{i}-{f}"));
                if let Some(v) =
                    widgets::choice(ui, fid("presence"), a.presence, &Presence::ALL, lang, on)
                    && let Some(x) = m.minutes.as_mut()
                {
                    x.attendance[i].presence = v;
                    changed = true;
                }
                // Long titles are cut to keep the row on screen; the whole line on hover.
                let name = doc.participant_long_name(&a.who);
                ui.scope(|ui| {
                    ui.set_max_width(300.0);
                    ui.add(egui::Label::new(&name).truncate())
                        .on_hover_text(&name);
                });
                ui.horizontal_wrapped(|ui| {
                    if a.presence == Presence::Guest {
                        for item in &meeting.agenda {
                            let mut here = a.items.contains(&item.id);
                            if ui
                                .add_enabled(
                                    on,
                                    egui::Checkbox::new(&mut here, item.number.to_string()),
                                )
                                .on_hover_text(&item.title)
                                .changed()
                                && let Some(x) = m.minutes.as_mut()
                            {
                                let items = &mut x.attendance[i].items;
                                if here {
                                    items.push(item.id.clone());
                                } else {
                                    items.retain(|id| id != &item.id);
                                }
                                changed = true;
                            }
                        }
                    }
                    if on
                        && ui
                            .small_button("×")
                            .on_hover_text(t::REMOVE.get(lang))
                            .clicked()
                        && let Some(x) = m.minutes.as_mut()
                    {
                        x.attendance.remove(i);
                        changed = true;
                    }
                });
                ui.end_row();
            }
        });
    ui.horizontal(|ui| {
        if let Some(who) = widgets::add_participant(
            ui,
            (meeting.id.as_str(), "add-attendee"),
            &people,
            t::ADD_PARTICIPANT.get(lang),
            lang,
            on,
        ) && let Some(x) = m.minutes.as_mut()
        {
            x.attendance.push(Attendance {
                who,
                presence: Presence::Guest,
                items: Vec::new(),
                note: String::new(),
            });
            changed = true;
        }
        if ui
            .add_enabled(on, egui::Button::new(t::ALL_PRESENT.get(lang)).small())
            .clicked()
            && let Some(x) = m.minutes.as_mut()
        {
            for a in x
                .attendance
                .iter_mut()
                .filter(|a| a.presence == Presence::Absent)
            {
                a.presence = Presence::Present;
            }
            changed = true;
        }
    });

    ui.add_space(8.0);
    let numbers = agenda::numbers_paragraphs(doc, meeting);
    if numbers
        && minutes.items.iter().any(|i| i.paragraph.is_none())
        && ui
            .add_enabled(on, egui::Button::new(t::NUMBER_PARAGRAPHS.get(lang)))
            .clicked()
    {
        m.minutes = agenda::number_paragraphs(doc, &m);
        changed = true;
    }

    for item in &meeting.agenda {
        let fid = |f: &str| (item.id.as_str().to_owned(), format!("min-{f}"));
        let section = minutes.items.iter().position(|s| s.item == item.id);
        let written = section.and_then(|s| minutes.items.get(s));
        let paragraph = written
            .and_then(|w| w.paragraph)
            .map(|p| format!("§ {p}  "))
            .unwrap_or_default();
        ui.add_space(6.0);
        ui.separator();
        ui.strong(format!("{paragraph}{}. {}", item.number, item.title));
        // Every edit below goes to this item's section, made on first use.
        let edit_section = |m: &mut Meeting, f: &mut dyn FnMut(&mut ItemMinutes)| {
            let x = m.minutes.get_or_insert_with(Default::default);
            let idx = if let Some(idx) = x.items.iter().position(|s| s.item == item.id) {
                idx
            } else {
                x.items.push(ItemMinutes {
                    item: item.id.clone(),
                    paragraph: None,
                    notes: String::new(),
                    questions: String::new(),
                    decisions: Vec::new(),
                    returns: false,
                });
                x.items.len() - 1
            };
            f(&mut x.items[idx]);
        };
        ui.label(t::NOTES.get(lang));
        let notes = written.map_or("", |w| w.notes.as_str());
        if let Some(v) = widgets::multiline(ui, fid("notes"), notes, on) {
            edit_section(&mut m, &mut |s| s.notes.clone_from(&v));
            changed = true;
        }
        ui.label(t::QUESTIONS.get(lang));
        let questions = written.map_or("", |w| w.questions.as_str());
        if let Some(v) = widgets::multiline(ui, fid("questions"), questions, on) {
            edit_section(&mut m, &mut |s| s.questions.clone_from(&v));
            changed = true;
        }
        ui.label(t::DECISIONS.get(lang));
        let decisions = written.map_or(&[][..], |w| &w.decisions[..]);
        let mut drop_decision = None;
        for (d, decision) in decisions.iter().enumerate() {
            ui.horizontal(|ui| {
                if let Some(v) = widgets::text(ui, fid(&format!("decision-{d}")), decision, on) {
                    edit_section(&mut m, &mut |s| {
                        if let Some(x) = s.decisions.get_mut(d) {
                            x.clone_from(&v);
                        }
                    });
                    changed = true;
                }
                if on && ui.small_button("×").clicked() {
                    drop_decision = Some(d);
                }
            });
        }
        if let Some(d) = drop_decision {
            edit_section(&mut m, &mut |s| {
                s.decisions.remove(d);
            });
            changed = true;
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    on,
                    egui::Button::new(format!("+ {}", t::DECISION.get(lang))).small(),
                )
                .clicked()
            {
                let body = meeting
                    .bodies
                    .first()
                    .and_then(|b| doc.body(b))
                    .map_or_else(String::new, |b| b.name.clone());
                let text = format!("{body} {}", t::DECIDED_TO.get(lang));
                edit_section(&mut m, &mut |s| s.decisions.push(text.trim().to_owned()));
                changed = true;
            }
            let mut returns = written.is_some_and(|w| w.returns);
            if ui
                .add_enabled(
                    on,
                    egui::Checkbox::new(&mut returns, t::RETURNS_NEXT.get(lang)),
                )
                .changed()
            {
                edit_section(&mut m, &mut |s| s.returns = returns);
                changed = true;
            }
        });
        // Action items from this item.
        let actions: Vec<(usize, &ActionItem)> = minutes
            .action_items
            .iter()
            .enumerate()
            .filter(|(_, a)| a.item.as_ref() == Some(&item.id))
            .collect();
        for (k, action) in actions {
            let afid = |f: &str| (action.id.as_str().to_owned(), f.to_owned());
            ui.horizontal_wrapped(|ui| {
                let mut done = action.done;
                if ui
                    .add_enabled(on, egui::Checkbox::new(&mut done, ""))
                    .on_hover_text(t::DONE.get(lang))
                    .changed()
                    && let Some(x) = m.minutes.as_mut()
                {
                    x.action_items[k].done = done;
                    changed = true;
                }
                if let Some(v) = widgets::text(ui, afid("text"), &action.text, on)
                    && let Some(x) = m.minutes.as_mut()
                {
                    x.action_items[k].text = v;
                    changed = true;
                }
                ui.label(t::ACTION_OWNER.get(lang));
                if let Some(v) = widgets::participant(
                    ui,
                    afid("owner"),
                    action.owner.as_ref(),
                    &people,
                    lang,
                    on,
                ) && let Some(x) = m.minutes.as_mut()
                {
                    x.action_items[k].owner = v;
                    changed = true;
                }
                ui.label(t::DUE_BY.get(lang));
                if let Some(v) = widgets::date(ui, afid("due"), action.due, on)
                    && let Some(x) = m.minutes.as_mut()
                {
                    x.action_items[k].due = v;
                    changed = true;
                }
                if on
                    && ui.small_button("×").clicked()
                    && let Some(x) = m.minutes.as_mut()
                {
                    x.action_items.remove(k);
                    changed = true;
                }
            });
        }
        if ui
            .add_enabled(
                on,
                egui::Button::new(format!("+ {}", t::ACTION.get(lang))).small(),
            )
            .clicked()
        {
            let id = agenda::new_action_id(doc, &m);
            let x = m.minutes.get_or_insert_with(Default::default);
            x.action_items.push(ActionItem {
                id,
                text: t::NEW_ACTION.get(lang).to_owned(),
                owner: None,
                due: None,
                item: Some(item.id.clone()),
                done: false,
            });
            changed = true;
        }
    }

    ui.add_space(8.0);
    ui.separator();
    egui::Grid::new(("sign-off", meeting.id.as_str()))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            field_label(ui, t::SECRETARY.get(lang));
            if let Some(v) = widgets::participant(
                ui,
                (meeting.id.as_str(), "secretary"),
                minutes.secretary.as_ref(),
                &people,
                lang,
                on,
            ) && let Some(x) = m.minutes.as_mut()
            {
                x.secretary = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::SIGNED_OFF_BY.get(lang));
            ui.vertical(|ui| {
                let by = minutes.sign_off.as_ref().map_or(&[][..], |s| &s.by[..]);
                let mut drop_signer = None;
                for (s, signer) in by.iter().enumerate() {
                    ui.horizontal(|ui| {
                        ui.label(doc.participant_name(signer));
                        if on && ui.small_button("×").clicked() {
                            drop_signer = Some(s);
                        }
                    });
                }
                if let Some(s) = drop_signer
                    && let Some(sign_off) = m.minutes.as_mut().and_then(|x| x.sign_off.as_mut())
                {
                    sign_off.by.remove(s);
                    if sign_off.by.is_empty()
                        && let Some(x) = m.minutes.as_mut()
                    {
                        x.sign_off = None;
                    }
                    changed = true;
                }
                if let Some(who) = widgets::add_participant(
                    ui,
                    (meeting.id.as_str(), "add-signer"),
                    &people,
                    t::SIGNED_OFF_BY.get(lang),
                    lang,
                    on,
                ) && let Some(x) = m.minutes.as_mut()
                {
                    x.sign_off
                        .get_or_insert_with(|| SignOff {
                            by: Vec::new(),
                            date: view.today,
                        })
                        .by
                        .push(who);
                    changed = true;
                }
            });
            ui.end_row();
            if let Some(sign_off) = &minutes.sign_off {
                field_label(ui, t::SIGN_OFF_DATE.get(lang));
                if let Some(Some(date)) = widgets::date(
                    ui,
                    (meeting.id.as_str(), "sign-off-date"),
                    Some(sign_off.date),
                    on,
                ) && let Some(s) = m.minutes.as_mut().and_then(|x| x.sign_off.as_mut())
                {
                    s.date = date;
                    changed = true;
                }
                ui.end_row();
            }
        });
    if changed {
        out.edits.push(Edit::PutMeeting(m));
    }
}
