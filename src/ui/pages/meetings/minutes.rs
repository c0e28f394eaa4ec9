//! The minutes: attendance, notes, questions, decisions and actions per item, § numbering,
//! secretary and sign-off.

use super::people_options;
use crate::edit::Edit;
use crate::i18n::t;
use crate::model::agenda::{self};
use crate::model::{ActionItem, Attendance, ItemMinutes, Meeting, Presence, SignOff};
use crate::ui::widgets::{self, field_label};
use crate::ui::{Out, View};

/// The minutes: attendance, each item's notes, questions, decisions and action items,
/// § numbers, the secretary and the sign-off.
pub(super) fn minutes_ui(ui: &mut egui::Ui, view: &View, meeting: &Meeting, out: &mut Out) {
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
                // Ends in a space: the cursor waits after "beslutade att" for the rest.
                let text = format!("{} ", text.trim());
                edit_section(&mut m, &mut |s| s.decisions.push(text.clone()));
                let new = fid(&format!("decision-{}", decisions.len()));
                widgets::focus_when_shown(ui, new, widgets::Select::End);
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
                if let Some(v) =
                    widgets::participant(ui, afid("owner"), action.owner.as_ref(), people, lang, on)
                    && let Some(x) = m.minutes.as_mut()
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
            let salt = (id.as_str().to_owned(), "text".to_owned());
            widgets::focus_when_shown(ui, salt, widgets::Select::All);
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
    if changed {
        out.edits.push(Edit::PutMeeting(m));
    }
}
