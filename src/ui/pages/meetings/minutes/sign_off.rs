//! The end of the minutes: who wrote them, who signs them off (justerare) and when.

use crate::i18n::t;
use crate::model::{Meeting, SignOff};
use crate::ui::View;
use crate::ui::widgets::{self, field_label};

/// Secretary, justerare and sign-off date. Returns whether `m` changed.
pub(super) fn sign_off_ui(
    ui: &mut egui::Ui,
    view: &View,
    meeting: &Meeting,
    m: &mut Meeting,
    on: bool,
) -> bool {
    let lang = view.lang;
    let doc = view.doc;
    let people = super::super::people_options(view);
    let Some(minutes) = &meeting.minutes else {
        return false;
    };
    let mut changed = false;
    egui::Grid::new(("sign-off", meeting.id.as_str()))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            field_label(ui, t::SECRETARY.get(lang));
            if let Some(v) = widgets::participant(
                ui,
                (meeting.id.as_str(), "secretary"),
                minutes.secretary.as_ref(),
                people,
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
                    && let Some(x) = m.minutes.as_mut()
                    && let Some(sign_off) = x.sign_off.as_mut()
                {
                    sign_off.by.remove(s);
                    if sign_off.by.is_empty() {
                        x.sign_off = None;
                    }
                    changed = true;
                }
                if let Some(who) = widgets::add_participant(
                    ui,
                    (meeting.id.as_str(), "add-signer"),
                    people,
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
    changed
}
