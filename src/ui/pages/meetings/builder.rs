//! The agenda builder: items with clock times, kinds, presenters and guests, moved by drag,
//! keys or buttons; standard items, templates and what is taken up from earlier meetings.

use super::{MeetingsState, people_options};
use crate::edit::Edit;
use crate::i18n::t;
use crate::i18n::{clock, duration_text};
use crate::model::agenda::{
    self, CarryOver, carry_over, clock_times, move_item, overrun, renumber, standard_items,
    total_minutes,
};
use crate::model::{AgendaItem, AgendaItemKind, Meeting};
use crate::ui::widgets::{self};
use crate::ui::{Out, View};

/// The agenda builder: items with clock times, reordered by dragging the handle or with
/// Alt+Up/Alt+Down (or the Upp/Ner buttons), standard items, the body's template, and what
/// earlier meetings left open.
pub(super) fn agenda_ui(
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
    let mut new_matter = None;

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
                        format!("{}–{}{next_day}", clock(s.start), clock(s.end))
                    })
                    .unwrap_or_default();
                // The clock time selects the item for moving with the keyboard.
                if ui
                    .add_sized(
                        [92.0, 18.0],
                        egui::Button::selectable(selected, egui::RichText::new(time).monospace()),
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
                // The number is the secretary's: real agendas skip numbers.
                widgets::name_next(ui, t::ITEM_NUMBER.get(lang));
                if let Some(Some(n)) =
                    widgets::number_sized::<u32>(ui, fid("number"), Some(item.number), on, 34.0)
                {
                    m.agenda[i].number = n;
                    changed = true;
                }
                // Up, down and remove keep their place at the row's end, whatever the
                // presenter's name or the window's width; the title takes what is left.
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if on {
                        if ui.small_button(t::REMOVE.get(lang)).clicked() {
                            remove = Some(i);
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
                        if ui
                            .add_enabled(i > 0, egui::Button::new(t::UP.get(lang)).small())
                            .clicked()
                        {
                            moves = Some((i, i - 1));
                        }
                    }
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        widgets::name_next(ui, t::ITEM_TITLE.get(lang));
                        if let Some(v) = widgets::text(ui, fid("title"), &item.title, on) {
                            m.agenda[i].title = v;
                            changed = true;
                        }
                    });
                });
            });
            ui.horizontal_wrapped(|ui| {
                ui.add_space(24.0);
                widgets::name_next(ui, t::KIND.get(lang));
                if let Some(v) =
                    widgets::choice(ui, fid("kind"), item.kind, &AgendaItemKind::ALL, lang, on)
                {
                    m.agenda[i].kind = v;
                    changed = true;
                }
                widgets::name_next(ui, t::MINUTES_LONG.get(lang));
                if let Some(v) =
                    widgets::number_sized::<u32>(ui, fid("duration"), Some(item.duration), on, 44.0)
                {
                    m.agenda[i].duration = v.unwrap_or(0);
                    changed = true;
                }
                ui.label("min");
                // Several presenters: each can be changed or cleared ("(ingen)" takes one
                // away), and "+ Föredragande" adds one more. A picker is a row of its own,
                // so it starts a new line where it would not fit (nothing runs off the edge).
                let fits = |ui: &mut egui::Ui| {
                    if ui.available_size_before_wrap().x < 170.0 {
                        ui.end_row();
                        ui.add_space(24.0);
                    }
                };
                fits(ui);
                ui.label(t::PRESENTER.get(lang));
                let mut drop_presenter = None;
                for (k, p) in item.presenters.iter().enumerate() {
                    fits(ui);
                    widgets::name_next(ui, t::PRESENTER.get(lang));
                    if let Some(v) = widgets::participant(
                        ui,
                        fid(&format!("presenter-{k}")),
                        Some(p),
                        people,
                        lang,
                        on,
                    ) {
                        match v {
                            Some(v) => m.agenda[i].presenters[k] = v,
                            None => drop_presenter = Some(k),
                        }
                        changed = true;
                    }
                }
                if let Some(k) = drop_presenter {
                    m.agenda[i].presenters.remove(k);
                }
                fits(ui);
                if let Some(p) = widgets::add_participant(
                    ui,
                    fid("add-presenter"),
                    people,
                    t::PRESENTER.get(lang),
                    lang,
                    on,
                ) && !item.presenters.contains(&p)
                {
                    m.agenda[i].presenters.push(p);
                    changed = true;
                }
            });
            egui::CollapsingHeader::new(egui::RichText::new(more_label(item, lang)).small())
                .id_salt(("item-more", item.id.as_str()))
                .show(ui, |ui| {
                    widgets::name_next(ui, t::DESCRIPTION.get(lang));
                    if let Some(v) =
                        widgets::multiline(ui, fid("description"), &item.description, on)
                    {
                        m.agenda[i].description = v;
                        changed = true;
                    }
                    let (linked, created) = super::links::matter_picker(
                        ui,
                        view,
                        meeting,
                        item,
                        &mut m.agenda[i],
                        on,
                        out,
                    );
                    changed |= linked;
                    if created.is_some() {
                        new_matter = created;
                    }
                    changed |= sub_items_ui(ui, view, item, &mut m.agenda[i], on);
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
                        people,
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
        changed = true;
    }

    // Renumbering is the secretary's choice, never a side effect of adding or moving.
    if !meeting.agenda.is_empty() {
        ui.horizontal_wrapped(|ui| {
            let in_order = agenda::numbers_in_order(&meeting.agenda);
            if !in_order {
                ui.colored_label(crate::theme::WARNING, t::NUMBERS_OUT_OF_ORDER.get(lang));
            }
            let plain = meeting
                .agenda
                .iter()
                .zip(1u32..)
                .all(|(item, n)| item.number == n);
            if ui
                .add_enabled(
                    on && !plain,
                    egui::Button::new(t::RENUMBER.get(lang)).small(),
                )
                .on_hover_text(t::RENUMBER_HINT.get(lang))
                .clicked()
            {
                renumber(&mut m.agenda);
                changed = true;
            }
        });
    }

    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.add_enabled_ui(on, |ui| {
            if ui.button(format!("+ {}", t::NEW_ITEM.get(lang))).clicked() {
                let id = agenda::new_item_id(doc, &m);
                m.agenda.push(AgendaItem {
                    id: id.clone(),
                    number: agenda::next_number(&m.agenda),
                    title: t::NEW_ITEM.get(lang).to_owned(),
                    kind: AgendaItemKind::Information,
                    presenters: Vec::new(),
                    duration: 10,
                    description: String::new(),
                    guests: Vec::new(),
                    sub_items: Vec::new(),
                    matter: None,
                    report_backs: Vec::new(),
                });
                let title = (id.as_str().to_owned(), "title".to_owned());
                widgets::focus_when_shown(ui, title, widgets::Select::All);
                state.selected_item = Some(id);
                changed = true;
            }
            ui.menu_button(format!("+ {}", t::STANDARD_ITEM.get(lang)), |ui| {
                for template in standard_items() {
                    if ui.button(&template.title).clicked() {
                        let id = agenda::new_item_id(doc, &m);
                        let mut item = template.to_item(id);
                        item.number = agenda::next_number(&m.agenda);
                        m.agenda.push(item);
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
                        let mut item = template.to_item(id);
                        item.number = agenda::next_number(&m.agenda);
                        m.agenda.push(item);
                    }
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
                    CarryOver::OpenAction { meeting, .. } => (t::OPEN_ACTION, Some(meeting)),
                    CarryOver::Returning { meeting, .. } => (t::RETURNING, Some(meeting)),
                    CarryOver::OpenDecision { meeting, .. } => {
                        (crate::i18n::obligations::OPEN_DECISION, Some(meeting))
                    }
                    CarryOver::ReportBack { .. } => (crate::i18n::obligations::REPORT_BACK, None),
                };
                if ui
                    .add_enabled(on, egui::Button::new(t::ADD.get(lang)).small())
                    .clicked()
                {
                    take = Some(n);
                }
                let text = match (offer, from) {
                    (CarryOver::ReportBack { assignment, from }, _) => {
                        let due = assignment.due.unwrap_or(meeting.date);
                        crate::i18n::obligations::report_back_offer(from, due, lang)
                    }
                    (_, from) => {
                        let date = from
                            .and_then(|f| doc.meeting(f))
                            .map(|m| m.date.to_string())
                            .unwrap_or_default();
                        t::carried_from(kind, &date, lang)
                    }
                };
                ui.label(egui::RichText::new(text).weak());
                ui.label(offer.title());
            });
        }
        if let Some(n) = take
            && let Some(offer) = offers.get(n)
        {
            let id = agenda::new_item_id(doc, &m);
            let at = agenda::closing_position(&m.agenda);
            let mut item = offer.to_item(id);
            item.number = agenda::next_number(&m.agenda);
            m.agenda.insert(at, item);
            changed = true;
        }
    }
    if changed {
        out.edits.push(match new_matter {
            // The new matter and the item linked to it: one undo step.
            Some(matter) => Edit::Batch(vec![Edit::PutMatter(matter), Edit::PutMeeting(m)]),
            None => Edit::PutMeeting(m),
        });
    }
}

/// "Beskrivning, underpunkter och gäster (2 underpunkter, 1 gäst)": what the closed section
/// holds.
fn more_label(item: &AgendaItem, lang: crate::i18n::Lang) -> String {
    use crate::i18n::counts::{Noun, count};
    let mut held = Vec::new();
    if !item.sub_items.is_empty() {
        held.push(count(item.sub_items.len(), Noun::SubItem, lang));
    }
    if !item.guests.is_empty() {
        held.push(count(item.guests.len(), Noun::Guest, lang));
    }
    if held.is_empty() {
        t::DESCRIPTION_AND_GUESTS.get(lang).to_owned()
    } else {
        format!(
            "{} ({})",
            t::DESCRIPTION_AND_GUESTS.get(lang),
            held.join(", ")
        )
    }
}

/// The item's sub-items ("Healthy Cities Sverige" under "Rapporter"), each a line with ×,
/// and "+ Underpunkt" that puts the cursor in the new one. Returns whether `edited` changed.
fn sub_items_ui(
    ui: &mut egui::Ui,
    view: &View,
    item: &AgendaItem,
    edited: &mut AgendaItem,
    on: bool,
) -> bool {
    use crate::i18n::minutes as words;
    let lang = view.lang;
    let fid = |k: usize| (item.id.as_str().to_owned(), format!("sub-item-{k}"));
    let mut changed = false;
    ui.label(egui::RichText::new(words::SUB_ITEMS.get(lang)).small());
    let mut drop = None;
    for (k, sub) in item.sub_items.iter().enumerate() {
        ui.horizontal(|ui| {
            if let Some(v) = widgets::text(ui, fid(k), sub, on)
                && let Some(x) = edited.sub_items.get_mut(k)
            {
                *x = v;
                changed = true;
            }
            if on
                && ui
                    .small_button("×")
                    .on_hover_text(t::REMOVE.get(lang))
                    .clicked()
            {
                drop = Some(k);
            }
        });
    }
    if let Some(k) = drop {
        edited.sub_items.remove(k);
        changed = true;
    }
    let add = format!(
        "+ {}",
        words::block(crate::model::BlockKind::Heading).get(lang)
    );
    if ui.add_enabled(on, egui::Button::new(add).small()).clicked() {
        edited
            .sub_items
            .push(words::NEW_SUB_ITEM.get(lang).to_owned());
        widgets::focus_when_shown(ui, fid(item.sub_items.len()), widgets::Select::All);
        changed = true;
    }
    changed
}
