//! One meeting: its tabs, and the details (date, times, place, bodies, status).

use super::{MeetingsState, Tab};
use crate::edit::Edit;
use crate::export::{MeetingDoc, TextFormat};
use crate::i18n::minutes as words;
use crate::i18n::t;
use crate::model::calendar::week_label;
use crate::model::{BodyId, Meeting, MeetingStatus};
use crate::ui::widgets::{self, field_label};
use crate::ui::{Export, Nav, Out, View};
use chrono::Datelike;

pub(super) fn meeting_ui(
    ui: &mut egui::Ui,
    view: &View,
    meeting: &Meeting,
    state: &mut MeetingsState,
    out: &mut Out,
) {
    let lang = view.lang;
    if crate::ui::pages::detail_header(
        ui,
        &format!("{} – {}", view.doc.meeting_title(meeting), meeting.date),
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
            doc_button(ui, t::NOTICE_DOCX, MeetingDoc::Notice, TextFormat::Docx);
            doc_button(ui, t::NOTICE_MD, MeetingDoc::Notice, TextFormat::Markdown);
            ui.separator();
            doc_button(ui, t::MINUTES_PDF, MeetingDoc::Minutes, TextFormat::Pdf);
            doc_button(ui, t::MINUTES_DOCX, MeetingDoc::Minutes, TextFormat::Docx);
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
                        view.doc.body_label(body)
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
        Tab::Details => details_ui(ui, view, meeting, state, out),
        Tab::Agenda => super::builder::agenda_ui(ui, view, meeting, state, out),
        Tab::Minutes => super::minutes::minutes_ui(ui, view, meeting, state, out),
    }
    super::minutes::reopen_modal(ui.ctx(), view, meeting, state, out);
}

pub(super) fn details_ui(
    ui: &mut egui::Ui,
    view: &View,
    meeting: &Meeting,
    state: &mut MeetingsState,
    out: &mut Out,
) {
    let lang = view.lang;
    let on = view.editable();
    // Signed-off minutes keep the meeting's date and bodies as they were signed.
    let locked = crate::model::minutes_flow::is_locked(meeting);
    let fid = |f: &str| (meeting.id.as_str().to_owned(), f.to_owned());
    let mut m = meeting.clone();
    let mut changed = false;
    let bodies = crate::ui::pages::body_options(view);
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
            field_label(ui, words::MEETING_REFERENCE.get(lang));
            let hint = words::MEETING_REFERENCE_HINT.get(lang);
            if let Some(v) = widgets::text_hinted(ui, fid("reference"), &m.reference, hint, on) {
                m.reference = v;
                changed = true;
            }
            ui.end_row();
            field_label(ui, t::BODIES.get(lang));
            ui.vertical(|ui| {
                let mut remove = None;
                for (i, b) in meeting.bodies.iter().enumerate() {
                    ui.horizontal(|ui| {
                        if ui.link(view.doc.body_label(b)).clicked() {
                            out.nav = Some(Nav::Body(b.clone()));
                        }
                        if meeting.bodies.len() > 1
                            && ui
                                .add_enabled(on && !locked, egui::Button::new("×").small())
                                .clicked()
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
                    on && !locked,
                ) {
                    m.bodies.push(b);
                    changed = true;
                }
            });
            ui.end_row();
            field_label(ui, t::DATE.get(lang));
            ui.horizontal(|ui| {
                if let Some(Some(v)) = widgets::date(ui, fid("date"), Some(m.date), on && !locked) {
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
            // A meeting over several days (an "internat") ends on a later day.
            field_label(ui, words::LAST_DAY.get(lang));
            ui.horizontal(|ui| {
                if let Some(v) = widgets::date(ui, fid("last-day"), m.last_day, on) {
                    m.last_day = v.filter(|d| *d > m.date);
                    changed = true;
                }
                ui.label(
                    egui::RichText::new(words::LAST_DAY_HINT.get(lang))
                        .weak()
                        .small(),
                );
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
                widgets::name_next(ui, t::END.get(lang));
                if let Some(v) = widgets::time(ui, fid("end"), m.end, on) {
                    m.end = v;
                    changed = true;
                }
            });
            ui.end_row();
            field_label(ui, words::TENTATIVE_TIME.get(lang));
            let hint = words::TENTATIVE_TIME_HINT.get(lang);
            if let Some(v) = widgets::text_hinted(ui, fid("tentative"), &m.tentative_time, hint, on)
            {
                m.tentative_time = v;
                changed = true;
            }
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
                // The minutes' stages go the way the minutes tab takes them: with a line in
                // their history, and opening signed-off minutes only after a confirmation.
                use crate::model::minutes_flow;
                if locked {
                    state.reopening = Some((meeting.id.clone(), String::new()));
                } else if meeting.minutes.is_some() && v == MeetingStatus::MinutesForReview {
                    m = minutes_flow::send_for_review(&m, view.today);
                    changed = true;
                } else if meeting.minutes.is_some() && v == MeetingStatus::MinutesApproved {
                    m = minutes_flow::approve(&m, view.today);
                    changed = true;
                } else {
                    m.status = v;
                    changed = true;
                }
            }
            ui.end_row();
        });
    if changed {
        out.edits.push(Edit::PutMeeting(m));
    }
}
