//! The minutes: their stage, attendance, each item's blocks in the order they happened,
//! § numbering, secretary and sign-off.

mod attendance;
mod blocks;
mod flow;
mod sign_off;

pub(super) use flow::reopen_modal;

use super::MeetingsState;
use crate::edit::Edit;
use crate::i18n::minutes as words;
use crate::i18n::t;
use crate::model::Meeting;
use crate::model::agenda;
use crate::model::minutes_flow;
use crate::ui::{Out, View};

/// The minutes of `meeting`, or the button that starts them. Signed-off minutes are shown
/// but not editable (their actions can still be ticked off).
pub(super) fn minutes_ui(
    ui: &mut egui::Ui,
    view: &View,
    meeting: &Meeting,
    state: &mut MeetingsState,
    out: &mut Out,
) {
    let lang = view.lang;
    let doc = view.doc;
    let Some(minutes) = &meeting.minutes else {
        ui.label(t::NO_MINUTES_YET.get(lang));
        if ui
            .add_enabled(
                view.editable(),
                egui::Button::new(t::START_MINUTES.get(lang)),
            )
            .on_hover_text(t::START_MINUTES_HINT.get(lang))
            .clicked()
        {
            let mut m = meeting.clone();
            m.minutes = Some(agenda::start_minutes(doc, meeting));
            out.edits.push(Edit::PutMeeting(m));
        }
        return;
    };
    flow::stage_ui(ui, view, meeting, state, out);
    ui.add_space(6.0);
    let on = view.editable() && !minutes_flow::is_locked(meeting);
    let mut m = meeting.clone();
    let mut changed = attendance::attendance_ui(ui, view, meeting, &mut m, on);

    ui.add_space(8.0);
    if agenda::numbers_paragraphs(doc, meeting)
        && minutes.items.iter().any(|i| i.paragraph.is_none())
        && ui
            .add_enabled(on, egui::Button::new(t::NUMBER_PARAGRAPHS.get(lang)))
            .clicked()
    {
        m.minutes = agenda::number_paragraphs(doc, &m);
        changed = true;
    }
    ui.label(
        egui::RichText::new(words::BLOCKS_HINT.get(lang))
            .weak()
            .small(),
    );

    let mut send = None;
    for item in &meeting.agenda {
        let paragraph = minutes
            .items
            .iter()
            .find(|s| s.item == item.id)
            .and_then(|w| w.paragraph)
            .map(|p| format!("§ {p}  "))
            .unwrap_or_default();
        ui.add_space(6.0);
        ui.separator();
        ui.strong(format!("{paragraph}{}. {}", item.number, item.title));
        super::links::links_line(ui, view, item, out);
        changed |= blocks::item_ui(ui, view, meeting, item, &mut m, on, &mut send);
    }

    ui.add_space(8.0);
    ui.separator();
    changed |= sign_off::sign_off_ui(ui, view, meeting, &mut m, on);
    // Sending on changes this meeting (the item's matter) and another one: one edit, and
    // it wins over anything else typed in the same frame.
    if let Some(req) = send
        && let Ok(s) =
            crate::model::matter::send_on(doc, &meeting.id, &req.item, &req.body, view.today)
    {
        out.edits.push(Edit::Batch(vec![
            Edit::PutMatter(s.matter),
            Edit::PutMeeting(s.from),
            Edit::PutMeeting(s.to),
        ]));
        return;
    }
    if changed {
        out.edits.push(Edit::PutMeeting(m));
    }
}
