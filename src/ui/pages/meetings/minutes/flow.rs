//! The minutes' stage (utkast, för justering, justerat) with the step to the next one, the
//! confirmation that opens signed-off minutes again, and their history.

use super::super::MeetingsState;
use crate::edit::Edit;
use crate::i18n::minutes as words;
use crate::i18n::t;
use crate::model::Meeting;
use crate::model::minutes_flow::{self, Stage};
use crate::ui::{Out, View};

/// The stage, what it means, and the buttons that move it on.
pub(super) fn stage_ui(
    ui: &mut egui::Ui,
    view: &View,
    meeting: &Meeting,
    state: &mut MeetingsState,
    out: &mut Out,
) {
    let lang = view.lang;
    let on = view.editable();
    let Some(stage) = minutes_flow::stage(meeting) else {
        return;
    };
    let colour = match stage {
        Stage::Draft => crate::theme::WARNING,
        Stage::ForReview => ui.visuals().strong_text_color(),
        Stage::Approved => crate::theme::OK,
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(
                colour,
                egui::RichText::new(words::stage(stage).get(lang)).strong(),
            );
            ui.label(words::stage_hint(stage).get(lang));
        });
        ui.horizontal_wrapped(|ui| {
            let mut step = |ui: &mut egui::Ui, label: crate::i18n::Tr, to: Meeting| {
                if ui
                    .add_enabled(on, egui::Button::new(label.get(lang)))
                    .clicked()
                {
                    out.edits.push(Edit::PutMeeting(to));
                }
            };
            match stage {
                Stage::Draft => {
                    step(
                        ui,
                        words::SEND_FOR_REVIEW,
                        minutes_flow::send_for_review(meeting, view.today),
                    );
                    step(
                        ui,
                        words::APPROVE,
                        minutes_flow::approve(meeting, view.today),
                    );
                }
                Stage::ForReview => {
                    step(
                        ui,
                        words::APPROVE,
                        minutes_flow::approve(meeting, view.today),
                    );
                    let mut back = meeting.clone();
                    back.status = crate::model::MeetingStatus::Held;
                    step(ui, words::BACK_TO_DRAFT, back);
                }
                Stage::Approved => {
                    if ui
                        .add_enabled(on, egui::Button::new(words::REOPEN.get(lang)))
                        .clicked()
                    {
                        state.reopening = Some((meeting.id.clone(), String::new()));
                    }
                }
            }
        });
        if let Some(minutes) = &meeting.minutes
            && !minutes.history.is_empty()
        {
            egui::CollapsingHeader::new(
                egui::RichText::new(format!(
                    "{} ({})",
                    words::HISTORY.get(lang),
                    minutes.history.len()
                ))
                .small(),
            )
            .id_salt(("minutes-history", meeting.id.as_str()))
            .show(ui, |ui| {
                for e in &minutes.history {
                    ui.label(words::history_line(e.date, e.change, &e.note, lang));
                }
            });
        }
    });
}

/// The confirmation before signed-off minutes are opened again, with an optional reason
/// for the history. Shown while `state.reopening` names this meeting.
pub(in super::super) fn reopen_modal(
    ctx: &egui::Context,
    view: &View,
    meeting: &Meeting,
    state: &mut MeetingsState,
    out: &mut Out,
) {
    let lang = view.lang;
    let Some((id, why)) = &mut state.reopening else {
        return;
    };
    if id != &meeting.id || !minutes_flow::is_locked(meeting) {
        state.reopening = None;
        return;
    }
    let mut keep = true;
    let modal = egui::Modal::new(egui::Id::unique("reopen-minutes")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(words::REOPEN_TITLE.get(lang));
        ui.label(words::REOPEN_TEXT.get(lang));
        ui.add_space(6.0);
        ui.label(words::REOPEN_WHY.get(lang));
        let field = ui.add(egui::TextEdit::singleline(why).desired_width(f32::INFINITY));
        // The cursor is in the reason when the question opens.
        let asked = egui::Id::unique(("reopen-asked", meeting.id.as_str()));
        if ui.data(|d| d.get_temp::<bool>(asked)).is_none() {
            field.request_focus();
            ui.data_mut(|d| d.insert_temp(asked, true));
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(words::REOPEN_CONFIRM.get(lang)).clicked() {
                out.edits.push(Edit::PutMeeting(minutes_flow::reopen(
                    meeting, view.today, why,
                )));
                keep = false;
            }
            if ui.button(t::CANCEL.get(lang)).clicked() {
                keep = false;
            }
        });
    });
    if !keep || modal.should_close() {
        state.reopening = None;
        let asked = egui::Id::unique(("reopen-asked", meeting.id.as_str()));
        ctx.data_mut(|d| d.remove::<bool>(asked));
    }
}
