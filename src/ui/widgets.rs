//! Form widgets bound to document values. A text field edits a buffer while it has focus and
//! commits when it loses focus or Enter is pressed, so one finished edit is one undo step.

use crate::i18n::{Label, Lang, t};
use crate::model::{Participant, PersonId};
use chrono::{NaiveDate, NaiveTime};
use egui::Ui;

/// A one-line text field; returns the new value when the user finished editing it.
pub fn text(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: &str,
    enabled: bool,
) -> Option<String> {
    edit_buffer(ui, id_salt, current, enabled, false, None, |_| true).map(|s| s.trim().to_owned())
}

/// A text area (several lines); commits when it loses focus.
pub fn multiline(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: &str,
    enabled: bool,
) -> Option<String> {
    edit_buffer(ui, id_salt, current, enabled, true, None, |_| true)
}

/// A one-line text field that shows `hint` in grey while it is empty ("t.ex. fm eller em"),
/// so the hint takes no room beside it.
pub fn text_hinted(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: &str,
    hint: &str,
    enabled: bool,
) -> Option<String> {
    edit_buffer(ui, id_salt, current, enabled, false, Some(hint), |_| true)
        .map(|s| s.trim().to_owned())
}

fn edit_buffer(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: &str,
    enabled: bool,
    multiline: bool,
    hint: Option<&str>,
    valid: impl Fn(&str) -> bool,
) -> Option<String> {
    let wanted = egui::Id::unique(&id_salt);
    let id = ui.make_persistent_id(id_salt);
    let buffer_id = id.with("buffer");
    let mut buffer: String = ui
        .data(|d| d.get_temp::<String>(buffer_id))
        .unwrap_or_else(|| current.to_owned());
    let ok = valid(&buffer);
    let mut edit = if multiline {
        egui::TextEdit::multiline(&mut buffer).desired_rows(3)
    } else {
        egui::TextEdit::singleline(&mut buffer)
    }
    .id(id)
    .desired_width(ui.available_width().clamp(120.0, 640.0));
    if !ok {
        edit = edit.text_color(crate::theme::ERROR);
    }
    if let Some(hint) = hint {
        edit = edit.hint_text(hint);
    }
    let response = ui.add_enabled(enabled, edit);
    let response = match hint {
        Some(hint) => response.on_hover_text(hint),
        None => response,
    };
    let response = labelled(ui, response);
    if let Some((_, select)) = ui
        .data(|d| d.get_temp::<(egui::Id, Select)>(focus_key()))
        .filter(|(w, _)| *w == wanted)
    {
        // A field a "+ Lägg till" just made: the cursor goes in, after the text it starts
        // with, or over a placeholder so that typing replaces it.
        ui.data_mut(|d| d.remove::<(egui::Id, Select)>(focus_key()));
        response.request_focus();
        let mut state = egui::TextEdit::load_state(ui.ctx(), id).unwrap_or_default();
        let end = egui::text::CCursor::new(buffer.chars().count());
        let range = match select {
            Select::End => egui::text::CCursorRange::one(end),
            Select::All => egui::text::CCursorRange::two(egui::text::CCursor::new(0), end),
        };
        state.cursor.set_char_range(Some(range));
        state.store(ui.ctx(), id);
    }
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(buffer_id, buffer.clone()));
        None
    } else {
        ui.data_mut(|d| d.remove::<String>(buffer_id));
        (response.lost_focus() && buffer != current && valid(&buffer)).then_some(buffer)
    }
}

/// Where the cursor goes in a field that is given the focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Select {
    /// After the text ("Beredningsgruppen beslutade att |").
    End,
    /// Over the whole text, a placeholder that typing replaces ("Ny åtgärd").
    All,
}

/// Put the keyboard focus in the text field of `id_salt` as soon as it is drawn: for a
/// "+ Lägg till …" button whose new row appears in the next frame, so what the user types
/// next goes into it. The salt is the one the field is drawn with (unique in the app).
pub fn focus_when_shown(ui: &Ui, id_salt: impl std::hash::Hash + std::fmt::Debug, select: Select) {
    let id = egui::Id::unique(&id_salt);
    ui.data_mut(|d| d.insert_temp(focus_key(), (id, select)));
}

/// Put the focus in the first text field of the form of record `id` when it is drawn: a new
/// record's name ("Nytt organ") is selected, so typing names it.
pub fn focus_first_field(ui: &Ui, id: &str) {
    ui.data_mut(|d| d.insert_temp(first_field_key(), id.to_owned()));
}

/// Whether the form of record `id` is to focus its first text field (asked once).
pub fn take_first_field_focus(ui: &Ui, id: &str) -> bool {
    let wanted = ui.data(|d| d.get_temp::<String>(first_field_key()));
    let take = wanted.as_deref() == Some(id);
    if take {
        ui.data_mut(|d| d.remove::<String>(first_field_key()));
    }
    take
}

fn first_field_key() -> egui::Id {
    egui::Id::unique("samverkan-focus-first-field")
}

fn focus_key() -> egui::Id {
    egui::Id::unique("samverkan-focus-when-shown")
}

/// A date field in ISO form (2026-11-24); empty means no date. Invalid text shows red and is
/// not committed.
pub fn date(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<NaiveDate>,
    enabled: bool,
) -> Option<Option<NaiveDate>> {
    let shown = current.map(|d| d.to_string()).unwrap_or_default();
    let parse =
        |s: &str| s.trim().is_empty() || NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").is_ok();
    ui.horizontal(|ui| {
        ui.set_max_width(130.0);
        edit_buffer(ui, id_salt, &shown, enabled, false, None, parse)
    })
    .inner
    .map(|s| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok())
}

/// A time field, 24-hour (13:30); empty means no time.
pub fn time(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<NaiveTime>,
    enabled: bool,
) -> Option<Option<NaiveTime>> {
    let shown = current
        .map(|t| t.format("%H:%M").to_string())
        .unwrap_or_default();
    let parse =
        |s: &str| s.trim().is_empty() || NaiveTime::parse_from_str(s.trim(), "%H:%M").is_ok();
    ui.horizontal(|ui| {
        ui.set_max_width(70.0);
        edit_buffer(ui, id_salt, &shown, enabled, false, None, parse)
    })
    .inner
    .map(|s| NaiveTime::parse_from_str(s.trim(), "%H:%M").ok())
}

/// A number field; empty means none.
pub fn number<T: std::str::FromStr + ToString + PartialEq + Copy>(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<T>,
    enabled: bool,
) -> Option<Option<T>> {
    number_sized(ui, id_salt, current, enabled, 90.0)
}

/// A number field `width` wide (a few minutes needs less room than an indicator value).
pub fn number_sized<T: std::str::FromStr + ToString + PartialEq + Copy>(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<T>,
    enabled: bool,
    width: f32,
) -> Option<Option<T>> {
    let shown = current.map(|v| v.to_string()).unwrap_or_default();
    let parse = |s: &str| s.trim().is_empty() || s.trim().replace(',', ".").parse::<T>().is_ok();
    ui.horizontal(|ui| {
        ui.set_max_width(width);
        edit_buffer(ui, id_salt, &shown, enabled, false, None, parse)
    })
    .inner
    .map(|s| s.trim().replace(',', ".").parse::<T>().ok())
}

/// A decimal number field in the language's way of writing it ("61,7" in Swedish): a comma
/// or a point is taken either way; empty means none.
pub fn decimal(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<f64>,
    enabled: bool,
    lang: Lang,
) -> Option<Option<f64>> {
    let shown = current
        .map(|v| crate::i18n::import::number(v, lang))
        .unwrap_or_default();
    let read = |s: &str| {
        s.trim()
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|x| x.is_finite())
    };
    let parse = |s: &str| s.trim().is_empty() || read(s).is_some();
    ui.horizontal(|ui| {
        ui.set_max_width(90.0);
        edit_buffer(ui, id_salt, &shown, enabled, false, None, parse)
    })
    .inner
    .map(|s| read(&s))
}

/// A drop-down of an enum's values by their labels.
pub fn choice<T: Label + Copy + PartialEq>(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: T,
    all: &[T],
    lang: Lang,
    enabled: bool,
) -> Option<T> {
    let mut value = current;
    ui.add_enabled_ui(enabled, |ui| {
        let combo = egui::ComboBox::from_id_salt(id_salt)
            .selected_text(current.label(lang))
            .show_ui(ui, |ui| {
                for v in all {
                    ui.selectable_value(&mut value, *v, v.label(lang));
                }
            });
        labelled(ui, combo.response);
    });
    (value != current).then_some(value)
}

/// A drop-down of records by name, with "(none)" when `optional`.
pub fn reference<K: Clone + PartialEq>(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<&K>,
    options: &[(K, String)],
    optional: bool,
    lang: Lang,
    enabled: bool,
) -> Option<Option<K>> {
    let shown = current
        .and_then(|c| options.iter().find(|(k, _)| k == c))
        .map_or_else(|| t::NONE.get(lang).to_owned(), |(_, n)| n.clone());
    let mut picked: Option<Option<K>> = None;
    ui.add_enabled_ui(enabled, |ui| {
        let combo = egui::ComboBox::from_id_salt(id_salt)
            .selected_text(shown)
            // Narrower where the room is less (a table's column, a small window).
            .width(ui.available_width().clamp(100.0, 190.0))
            .height(400.0)
            .show_ui(ui, |ui| {
                if optional
                    && ui
                        .selectable_label(current.is_none(), t::NONE.get(lang))
                        .clicked()
                {
                    picked = Some(None);
                }
                for (k, name) in options {
                    if ui.selectable_label(current == Some(k), name).clicked() {
                        picked = Some(Some(k.clone()));
                    }
                }
            });
        labelled(ui, combo.response);
    });
    picked.filter(|p| p.as_ref() != current)
}

/// The next field drawn is named `name` for screen readers, where no label stands beside it
/// (a cell of a row under its column's heading, a line of a list).
pub fn name_next(ui: &Ui, name: &str) {
    ui.data_mut(|d| d.insert_temp(name_key(), name.to_owned()));
}

fn name_key() -> egui::Id {
    egui::Id::unique("samverkan-field-name")
}

/// The next field drawn is labelled by `label` (a label beside it) for screen readers.
pub fn names_next(ui: &Ui, label: &egui::Response) {
    ui.data_mut(|d| d.insert_temp(label_key(), Some(label.id)));
}

/// A label cell of a form grid. The next field drawn is labelled by it for screen readers.
pub fn field_label(ui: &mut Ui, text: &str) {
    let label = ui.label(egui::RichText::new(text).strong());
    ui.data_mut(|d| d.insert_temp(label_key(), Some(label.id)));
}

fn label_key() -> egui::Id {
    egui::Id::unique("samverkan-field-label")
}

/// Give `response` the accessible name of the form label drawn just before it, or the name
/// given with [`name_next`].
pub fn labelled(ui: &Ui, response: egui::Response) -> egui::Response {
    let label = ui
        .data_mut(|d| d.remove_temp::<Option<egui::Id>>(label_key()))
        .flatten();
    let name = ui.data_mut(|d| d.remove_temp::<String>(name_key()));
    match (label, name) {
        (Some(label), _) => response.labelled_by(label),
        (None, Some(name)) => response.accessible_name(name),
        (None, None) => response,
    }
}

/// A drop-down that adds one of `options` ("+ Lägg till …"); returns the chosen one.
pub fn add_picker<K: Clone>(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    options: &[(K, String)],
    label: &str,
    enabled: bool,
) -> Option<K> {
    let mut picked = None;
    ui.add_enabled_ui(enabled && !options.is_empty(), |ui| {
        egui::ComboBox::from_id_salt(id_salt)
            .selected_text(format!("+ {label}"))
            .width(190.0)
            .height(400.0)
            .show_ui(ui, |ui| {
                for (k, name) in options {
                    if ui.selectable_label(false, name).clicked() {
                        picked = Some(k.clone());
                    }
                }
            })
            .response
            .accessible_name(label);
    });
    picked
}

#[allow(clippy::option_option)] // None: unchanged; Some(None): cleared
/// Who presents, owns an action or signs: a person in the document, or a name typed in
/// for someone who is not (a guest). Returns the new value when it changed.
pub fn participant(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<&Participant>,
    people: &[(PersonId, String)],
    lang: Lang,
    enabled: bool,
) -> Option<Option<Participant>> {
    participant_picker(ui, id_salt, current, people, lang, enabled, None)
}

/// "+ label": pick a person or type a name, to add someone to a list.
pub fn add_participant(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    people: &[(PersonId, String)],
    label: &str,
    lang: Lang,
    enabled: bool,
) -> Option<Participant> {
    participant_picker(ui, id_salt, None, people, lang, enabled, Some(label)).flatten()
}

#[allow(clippy::option_option)] // None: unchanged; Some(None): cleared
fn participant_picker(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: Option<&Participant>,
    people: &[(PersonId, String)],
    lang: Lang,
    enabled: bool,
    add_label: Option<&str>,
) -> Option<Option<Participant>> {
    let id = ui.make_persistent_id(&id_salt);
    let typing_id = id.with("typing");
    let typing = ui.data(|d| d.get_temp::<bool>(typing_id).unwrap_or(false));
    let shown = match (current, add_label) {
        (_, Some(label)) => format!("+ {label}"),
        (None, None) => t::NONE.get(lang).to_owned(),
        (Some(Participant::Person(p)), None) => people
            .iter()
            .find(|(k, _)| k == p)
            .map_or_else(|| p.to_string(), |(_, n)| n.clone()),
        (Some(Participant::Named(n)), None) => n.clone(),
    };
    let mut picked: Option<Option<Participant>> = None;
    ui.horizontal(|ui| {
        ui.add_enabled_ui(enabled, |ui| {
            // "+ Föredragande" names its picker, unless a label beside it does.
            if let Some(label) = add_label {
                name_next(ui, label);
            }
            let combo = egui::ComboBox::from_id_salt(id.with("combo"))
                .selected_text(shown)
                .width(150.0)
                .height(400.0)
                .show_ui(ui, |ui| {
                    if add_label.is_none()
                        && ui
                            .selectable_label(current.is_none(), t::NONE.get(lang))
                            .clicked()
                    {
                        picked = Some(None);
                    }
                    for (k, name) in people {
                        let on = matches!(current, Some(Participant::Person(p)) if p == k);
                        if ui.selectable_label(on, name).clicked() {
                            picked = Some(Some(Participant::Person(k.clone())));
                        }
                    }
                    if ui
                        .selectable_label(false, t::OTHER_NAMED.get(lang))
                        .clicked()
                    {
                        ui.data_mut(|d| d.insert_temp(typing_id, true));
                        focus_when_shown(ui, id.with("name"), Select::End);
                    }
                });
            labelled(ui, combo.response);
        });
        // A typed name: edit the current one, or type a new one after "someone else".
        let named = match current {
            Some(Participant::Named(n)) if add_label.is_none() => Some(n.as_str()),
            _ => None,
        };
        if (named.is_some() || typing)
            && let Some(v) = {
                name_next(ui, t::NAME.get(lang));
                text(ui, id.with("name"), named.unwrap_or(""), enabled)
            }
            && !v.is_empty()
        {
            picked = Some(Some(Participant::Named(v)));
            ui.data_mut(|d| d.remove::<bool>(typing_id));
        }
    });
    if picked.is_some() {
        ui.data_mut(|d| d.remove::<bool>(typing_id));
    }
    picked.filter(|p| p.as_ref() != current)
}

/// A note on the example's colour saying that what is shown is an example (example values,
/// the embedded example document).
pub fn example_note(ui: &mut Ui, text: egui::RichText) {
    egui::Frame::new()
        .fill(crate::theme::EXAMPLE_BG)
        .inner_margin(6.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.label(text.color(crate::theme::colour(crate::palette::INK)));
        });
}
