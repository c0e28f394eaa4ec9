//! One agenda item's minutes: its blocks (notes, questions, decisions, actions, sub-item
//! headings) in the order they happened, each movable, and the buttons that add them.

use crate::i18n::{minutes as words, obligations as ob, t};
use crate::model::agenda;
use crate::model::{
    ActionItem, AgendaItem, AgendaItemId, Block, BlockKind, BodyId, Decision, Meeting,
};
use crate::ui::View;
use crate::ui::widgets;

/// What the user did to one block this frame.
enum Change {
    Text(usize, String),
    Decision(usize, Decision),
    Up(usize),
    Down(usize),
    Remove(usize),
}

/// The minutes of `item`: its blocks, the actions no block places yet (older files), and the
/// "+" buttons. `on` is false for signed-off minutes; ticking an action off stays possible
/// while the document is editable. Returns whether `m` changed.
pub(super) fn item_ui(
    ui: &mut egui::Ui,
    view: &View,
    meeting: &Meeting,
    item: &AgendaItem,
    m: &mut Meeting,
    on: bool,
    send: &mut Option<SendOnRequest>,
) -> bool {
    let lang = view.lang;
    let Some(minutes) = &meeting.minutes else {
        return false;
    };
    let fid = |f: &str| (item.id.as_str().to_owned(), format!("min-{f}"));
    let section = minutes.items.iter().find(|s| s.item == item.id);
    let blocks = section.map_or(&[][..], |s| &s.blocks[..]);
    let mut changed = false;
    let mut change = None;

    if blocks.is_empty() {
        // Nothing written yet: a notes field to type into at once.
        ui.label(egui::RichText::new(words::block(BlockKind::Notes).get(lang)).small());
        widgets::name_next(ui, words::block(BlockKind::Notes).get(lang));
        if let Some(v) = widgets::multiline(ui, fid("block-0"), "", on) {
            let x = m.minutes.get_or_insert_with(Default::default);
            x.section_mut(&item.id).blocks.push(Block::Notes(v));
            changed = true;
        }
    }
    for (b, block) in blocks.iter().enumerate() {
        block_head(ui, view, block, b, blocks.len(), on, &mut change);
        let salt = fid(&format!("block-{b}"));
        // Each block's field is named by its kind ("Anteckning", "Beslut" …).
        let kind = words::block(block.kind()).get(lang);
        match block {
            Block::Heading(s) => {
                widgets::name_next(ui, kind);
                if let Some(v) = widgets::text(ui, salt, s, on) {
                    change = Some(Change::Text(b, v));
                }
            }
            Block::Notes(s) | Block::Questions(s) => {
                widgets::name_next(ui, kind);
                if let Some(v) = widgets::multiline(ui, salt, s, on) {
                    change = Some(Change::Text(b, v));
                }
            }
            Block::Decision(d) => {
                widgets::name_next(ui, kind);
                if let Some(v) = widgets::multiline(ui, salt, &d.text, on) {
                    change = Some(Change::Text(b, v));
                }
                let row = follow_up_row(ui, view, &fid(&format!("block-{b}")), d, on, |ui| {
                    send_on_menu(ui, view, meeting, item, b, on, send);
                });
                if let Some(v) = row {
                    change = Some(Change::Decision(b, v));
                }
            }
            Block::Action(id) => {
                if let Some(k) = minutes.action_items.iter().position(|a| &a.id == id) {
                    changed |= action_row(ui, view, &minutes.action_items[k], k, m, on);
                } else {
                    // Its action item is gone: only the × to take the block away is left.
                    ui.weak("–");
                }
            }
        }
    }
    // Actions of this item from a file written before blocks: at the end, as they printed.
    for (k, action) in minutes.action_items.iter().enumerate() {
        if action.item.as_ref() == Some(&item.id) && !minutes.is_placed(&action.id) {
            ui.label(egui::RichText::new(words::block(BlockKind::Action).get(lang)).small());
            changed |= action_row(ui, view, action, k, m, on);
        }
    }
    if let Some(c) = change {
        apply(m, item, c);
        changed = true;
    }
    changed |= add_buttons(ui, view, meeting, item, m, on);
    changed
}

/// The block's kind, small, with Upp, Ner and Ta bort at the row's end.
fn block_head(
    ui: &mut egui::Ui,
    view: &View,
    block: &Block,
    b: usize,
    count: usize,
    on: bool,
    change: &mut Option<Change>,
) {
    let lang = view.lang;
    ui.horizontal(|ui| {
        let name = words::block(block.kind()).get(lang);
        let text = egui::RichText::new(name).small();
        ui.label(if block.kind() == BlockKind::Decision {
            text.strong()
        } else {
            text
        });
        if !on {
            return;
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button("×")
                .on_hover_text(t::REMOVE.get(lang))
                .clicked()
            {
                *change = Some(Change::Remove(b));
            }
            if ui
                .add_enabled(b + 1 < count, egui::Button::new(t::DOWN.get(lang)).small())
                .clicked()
            {
                *change = Some(Change::Down(b));
            }
            if ui
                .add_enabled(b > 0, egui::Button::new(t::UP.get(lang)).small())
                .clicked()
            {
                *change = Some(Change::Up(b));
            }
        });
    });
}

fn apply(m: &mut Meeting, item: &AgendaItem, change: Change) {
    let x = m.minutes.get_or_insert_with(Default::default);
    let blocks = &mut x.section_mut(&item.id).blocks;
    match change {
        Change::Text(b, v) => {
            if let Some(text) = blocks.get_mut(b).and_then(Block::text_mut) {
                *text = v;
            }
        }
        Change::Decision(b, d) => {
            if let Some(block @ Block::Decision(_)) = blocks.get_mut(b) {
                *block = Block::Decision(d);
            }
        }
        Change::Up(b) if b > 0 && b < blocks.len() => blocks.swap(b - 1, b),
        Change::Down(b) if b + 1 < blocks.len() => blocks.swap(b, b + 1),
        Change::Remove(b) if b < blocks.len() => {
            if let Block::Action(id) = blocks.remove(b) {
                x.remove_action(&id);
            }
        }
        _ => {}
    }
}

/// "Skicka vidare till …" asked for on a decision: the item's matter goes on to the body's
/// next meeting.
pub(super) struct SendOnRequest {
    pub item: AgendaItemId,
    pub body: BodyId,
}

/// Who follows the decision up, by when, and whether it is done. Ticking it done stays
/// possible in signed-off minutes, like an action.
fn follow_up_row(
    ui: &mut egui::Ui,
    view: &View,
    fid: &(String, String),
    d: &Decision,
    on: bool,
    then: impl FnOnce(&mut egui::Ui),
) -> Option<Decision> {
    let lang = view.lang;
    let people = super::super::people_options(view);
    let sub = |f: &str| (fid.0.clone(), format!("{}-{f}", fid.1));
    let mut out = None;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t::ACTION_OWNER.get(lang));
        widgets::names_next(ui, &label);
        if let Some(v) = widgets::participant(ui, sub("owner"), d.owner.as_ref(), people, lang, on)
        {
            out = Some(Decision {
                owner: v,
                ..d.clone()
            });
        }
        let label = ui.label(t::DUE_BY.get(lang));
        widgets::names_next(ui, &label);
        if let Some(v) = widgets::date(ui, sub("due"), d.due, on) {
            out = Some(Decision {
                due: v,
                ..d.clone()
            });
        }
        if d.is_tracked() {
            let mut done = d.done;
            if ui
                .add_enabled(
                    view.editable(),
                    egui::Checkbox::new(&mut done, t::DONE.get(lang)),
                )
                .changed()
            {
                out = Some(Decision { done, ..d.clone() });
            }
        }
        then(ui);
    });
    out
}

/// "Skicka vidare till …": the bodies whose next meeting can take the item; a body without
/// one is shown greyed out with the reason.
fn send_on_menu(
    ui: &mut egui::Ui,
    view: &View,
    meeting: &Meeting,
    item: &AgendaItem,
    b: usize,
    on: bool,
    send: &mut Option<SendOnRequest>,
) {
    use crate::model::matter::next_meeting;
    let lang = view.lang;
    let doc = view.doc;
    if !view.editable() || d_is_empty(meeting, item, b) {
        return;
    }
    let _ = on; // sending on files the item under a matter, which signed-off minutes allow
    ui.menu_button(ob::SEND_ON.get(lang), |ui| {
        for body in doc
            .bodies
            .iter()
            .filter(|x| !meeting.bodies.contains(&x.id))
        {
            let next = next_meeting(
                doc,
                &body.id,
                meeting
                    .date
                    .max(view.today.pred_opt().unwrap_or(view.today)),
            );
            let there = next.is_some_and(|n| {
                item.matter.is_some() && n.agenda.iter().any(|i| i.matter == item.matter)
            });
            let label = match next {
                Some(n) => format!("{} – {}", body.label(), n.date),
                None => body.label().to_owned(),
            };
            let button = ui.add_enabled(next.is_some() && !there, egui::Button::new(label));
            let button = if next.is_none() {
                button.on_disabled_hover_text(ob::NO_COMING_MEETING.get(lang))
            } else if there {
                button.on_disabled_hover_text(ob::ALREADY_ON_AGENDA.get(lang))
            } else {
                button
            };
            if button.clicked() {
                *send = Some(SendOnRequest {
                    item: item.id.clone(),
                    body: body.id.clone(),
                });
                ui.close();
            }
        }
    });
}

/// Whether the decision block `b` of the item has no words yet.
fn d_is_empty(meeting: &Meeting, item: &AgendaItem, b: usize) -> bool {
    meeting
        .minutes
        .as_ref()
        .and_then(|x| x.items.iter().find(|s| s.item == item.id))
        .and_then(|s| s.blocks.get(b))
        .and_then(Block::text)
        .is_none_or(|t| t.trim().is_empty())
}

/// One action item: done, text, owner, due date, remove.
fn action_row(
    ui: &mut egui::Ui,
    view: &View,
    action: &ActionItem,
    k: usize,
    m: &mut Meeting,
    on: bool,
) -> bool {
    let lang = view.lang;
    let people = super::super::people_options(view);
    let afid = |f: &str| (action.id.as_str().to_owned(), f.to_owned());
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        let mut done = action.done;
        if ui
            .add_enabled(view.editable(), egui::Checkbox::new(&mut done, ""))
            .on_hover_text(t::DONE.get(lang))
            .changed()
            && let Some(x) = m.minutes.as_mut()
        {
            x.action_items[k].done = done;
            changed = true;
        }
        widgets::name_next(ui, words::block(BlockKind::Action).get(lang));
        if let Some(v) = widgets::text(ui, afid("text"), &action.text, on)
            && let Some(x) = m.minutes.as_mut()
        {
            x.action_items[k].text = v;
            changed = true;
        }
        let label = ui.label(t::ACTION_OWNER.get(lang));
        widgets::names_next(ui, &label);
        if let Some(v) =
            widgets::participant(ui, afid("owner"), action.owner.as_ref(), people, lang, on)
            && let Some(x) = m.minutes.as_mut()
        {
            x.action_items[k].owner = v;
            changed = true;
        }
        let label = ui.label(t::DUE_BY.get(lang));
        widgets::names_next(ui, &label);
        if let Some(v) = widgets::date(ui, afid("due"), action.due, on)
            && let Some(x) = m.minutes.as_mut()
        {
            x.action_items[k].due = v;
            changed = true;
        }
        if on
            && ui
                .small_button("×")
                .on_hover_text(t::REMOVE.get(lang))
                .clicked()
            && let Some(x) = m.minutes.as_mut()
        {
            let id = x.action_items[k].id.clone();
            x.remove_action(&id);
            changed = true;
        }
    });
    changed
}

/// "+ Anteckning", "+ Frågor/synpunkter", "+ Beslut", "+ Åtgärd", "+ Underpunkt", and
/// whether the item comes back. The new block gets the cursor.
fn add_buttons(
    ui: &mut egui::Ui,
    view: &View,
    meeting: &Meeting,
    item: &AgendaItem,
    m: &mut Meeting,
    on: bool,
) -> bool {
    let lang = view.lang;
    let doc = view.doc;
    let mut changed = false;
    let section = meeting
        .minutes
        .as_ref()
        .and_then(|x| x.items.iter().find(|s| s.item == item.id));
    ui.horizontal_wrapped(|ui| {
        for kind in Block::KINDS {
            let label = format!("+ {}", words::block(kind).get(lang));
            if !ui
                .add_enabled(on, egui::Button::new(label).small())
                .clicked()
            {
                continue;
            }
            // The new block's place; what was typed this frame in the field an empty
            // section shows is a block already, so both are kept.
            let x = m.minutes.get_or_insert_with(Default::default);
            let at = x.section_mut(&item.id).blocks.len();
            let salt = (item.id.as_str().to_owned(), format!("min-block-{at}"));
            let block = match kind {
                BlockKind::Notes => Block::Notes(String::new()),
                BlockKind::Questions => Block::Questions(String::new()),
                BlockKind::Decision => {
                    let body = meeting
                        .bodies
                        .first()
                        .and_then(|b| doc.body(b))
                        .map_or_else(String::new, |b| b.name.clone());
                    // Ends in a space: the cursor waits after "beslutade att" for the rest.
                    let text = format!("{body} {}", t::DECIDED_TO.get(lang));
                    Block::Decision(format!("{} ", text.trim()).into())
                }
                BlockKind::Heading => Block::Heading(words::NEW_SUB_ITEM.get(lang).to_owned()),
                BlockKind::Action => {
                    let id = agenda::new_action_id(doc, m);
                    let x = m.minutes.get_or_insert_with(Default::default);
                    x.action_items.push(ActionItem {
                        id: id.clone(),
                        text: t::NEW_ACTION.get(lang).to_owned(),
                        owner: None,
                        due: None,
                        item: Some(item.id.clone()),
                        done: false,
                    });
                    let text = (id.as_str().to_owned(), "text".to_owned());
                    widgets::focus_when_shown(ui, text, widgets::Select::All);
                    Block::Action(id)
                }
            };
            let select = match kind {
                BlockKind::Heading => widgets::Select::All,
                _ => widgets::Select::End,
            };
            if kind != BlockKind::Action {
                widgets::focus_when_shown(ui, salt, select);
            }
            let x = m.minutes.get_or_insert_with(Default::default);
            x.section_mut(&item.id).blocks.push(block);
            changed = true;
        }
        // Sub-items put on the agenda after the minutes were started.
        let missing: Vec<&String> = item
            .sub_items
            .iter()
            .filter(|s| !section.is_some_and(|w| w.blocks.contains(&Block::Heading((*s).clone()))))
            .collect();
        if !missing.is_empty()
            && ui
                .add_enabled(
                    on,
                    egui::Button::new(words::sub_items_from_agenda(missing.len(), lang)).small(),
                )
                .clicked()
        {
            let x = m.minutes.get_or_insert_with(Default::default);
            let blocks = &mut x.section_mut(&item.id).blocks;
            blocks.extend(missing.into_iter().map(|s| Block::Heading(s.clone())));
            changed = true;
        }
        let mut returns = section.is_some_and(|w| w.returns);
        if ui
            .add_enabled(
                on,
                egui::Checkbox::new(&mut returns, t::RETURNS_NEXT.get(lang)),
            )
            .changed()
        {
            let x = m.minutes.get_or_insert_with(Default::default);
            x.section_mut(&item.id).returns = returns;
            changed = true;
        }
    });
    changed
}
