//! Who was at the meeting: present, absent, guests with the items they came for, and a
//! note per person (their title as the minutes write it).

use crate::i18n::t;
use crate::model::{Attendance, Meeting, Presence};
use crate::ui::View;
use crate::ui::widgets;

/// The attendance grid and "+ Deltagare", "Alla närvarande". Returns whether `m` changed.
pub(super) fn attendance_ui(
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
    // The name and the note share the width with the presence and the items: on a small
    // screen they narrow (the whole text on hover) rather than run past the edge.
    let width = ui.available_width();
    let name_width = (width * 0.32).clamp(110.0, 240.0);
    let note_width = (width * 0.17).clamp(60.0, 140.0);
    ui.strong(t::ATTENDANCE.get(lang));
    egui::Grid::new(("attendance", meeting.id.as_str()))
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            for (i, a) in minutes.attendance.iter().enumerate() {
                let fid = |f: &str| (meeting.id.as_str().to_owned(), format!("att-{i}-{f}"));
                let who = doc.participant_name(&a.who);
                widgets::name_next(ui, &crate::i18n::minutes::presence_of(&who, lang));
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
                    ui.set_max_width(name_width);
                    ui.add(egui::Label::new(&name).truncate())
                        .on_hover_text(&name);
                });
                ui.scope(|ui| {
                    ui.set_max_width(note_width);
                    widgets::name_next(ui, &crate::i18n::minutes::note_of(&who, lang));
                    if let Some(v) = widgets::text(ui, fid("note"), &a.note, on)
                        && let Some(x) = m.minutes.as_mut()
                    {
                        x.attendance[i].note = v;
                        changed = true;
                    }
                })
                .response
                .on_hover_text(crate::i18n::minutes::ATTENDANCE_NOTE_HINT.get(lang));
                ui.horizontal(|ui| {
                    // A guest's items in one short menu ("punkt 5, 6"), so the row keeps
                    // one line however long the agenda.
                    if a.presence == Presence::Guest {
                        let numbers: Vec<String> = meeting
                            .agenda
                            .iter()
                            .filter(|item| a.items.contains(&item.id))
                            .map(|item| item.number.to_string())
                            .collect();
                        let label = if numbers.is_empty() {
                            format!("{} …", t::ITEM_WORD.get(lang))
                        } else {
                            format!("{} {}", t::ITEM_WORD.get(lang), numbers.join(", "))
                        };
                        ui.add_enabled_ui(on, |ui| {
                            ui.menu_button(label, |ui| {
                                for item in &meeting.agenda {
                                    let mut here = a.items.contains(&item.id);
                                    let text = format!("{}. {}", item.number, item.title);
                                    if ui.checkbox(&mut here, text).changed()
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
                            });
                        });
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
            people,
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
    changed
}
