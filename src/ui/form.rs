//! A record's form: a working copy of the record, a grid of labelled fields that edit it,
//! and at the end the one edit to emit when anything changed. Each field draws its label
//! (which also names the field for screen readers) and keeps its own id, so a page lists
//! its fields and nothing else:
//!
//! ```ignore
//! let mut form = Form::new(goal, goal.id.as_str(), view);
//! form.grid(ui, |ui, f| {
//!     f.text(ui, t::AREA, |g| &mut g.area);
//!     f.choice(ui, t::DIRECTION, &[Direction::Increase, Direction::Decrease], |g| &mut g.direction);
//! });
//! if let Some(g) = form.finish() { out.edits.push(Edit::PutGoal(g)); }
//! ```

use super::View;
use super::widgets;
use crate::i18n::{Label, Lang, Tr};
use chrono::NaiveDate;
use egui::Ui;

pub struct Form<T> {
    value: T,
    changed: bool,
    id: String,
    enabled: bool,
    lang: Lang,
}

impl<T: Clone> Form<T> {
    /// A form on a copy of `record`; `id` keeps its fields apart from another record's.
    pub fn new(record: &T, id: &str, view: &View) -> Self {
        Self {
            value: record.clone(),
            changed: false,
            id: id.to_owned(),
            enabled: view.editable(),
            lang: view.lang,
        }
    }

    /// The record as edited so far.
    pub fn value(&self) -> &T {
        &self.value
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// The id of a field of this record, for widgets drawn by the page itself.
    pub fn field_id(&self, field: &str) -> (String, String) {
        (self.id.clone(), field.to_owned())
    }

    /// Whether a change was made so far.
    pub fn changed(&self) -> bool {
        self.changed
    }

    /// Change the record by hand (a field the form has no widget for).
    pub fn set(&mut self, change: impl FnOnce(&mut T)) {
        change(&mut self.value);
        self.changed = true;
    }

    /// The fields in a two-column grid: labels left, values right.
    pub fn grid(&mut self, ui: &mut Ui, fields: impl FnOnce(&mut Ui, &mut Self)) {
        egui::Grid::new(("form", self.id.clone()))
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| fields(ui, self));
    }

    /// A row of the grid with the page's own widget, which edits the record in place and
    /// returns whether it changed it.
    pub fn row(
        &mut self,
        ui: &mut Ui,
        label: Tr,
        widget: impl FnOnce(&mut Ui, &mut T, bool) -> bool,
    ) {
        widgets::field_label(ui, label.get(self.lang));
        if widget(ui, &mut self.value, self.enabled) {
            self.changed = true;
        }
        ui.end_row();
    }

    /// A checkbox with its label, on a line of its own outside the grid.
    pub fn row_check(&mut self, ui: &mut Ui, label: Tr, field: impl Fn(&mut T) -> &mut bool) {
        let slot = field(&mut self.value);
        if ui
            .add_enabled(
                self.enabled,
                egui::Checkbox::new(slot, label.get(self.lang)),
            )
            .changed()
        {
            self.changed = true;
        }
    }

    pub fn text(&mut self, ui: &mut Ui, label: Tr, field: impl Fn(&mut T) -> &mut String) {
        widgets::field_label(ui, label.get(self.lang));
        if widgets::take_first_field_focus(ui, &self.id) {
            widgets::focus_when_shown(ui, (self.id.as_str(), label.1), widgets::Select::All);
        }
        let slot = field(&mut self.value);
        if let Some(v) = widgets::text(ui, (self.id.as_str(), label.1), slot, self.enabled) {
            *slot = v;
            self.changed = true;
        }
        ui.end_row();
    }

    /// A text field for an optional value: empty means none.
    pub fn optional_text(
        &mut self,
        ui: &mut Ui,
        label: Tr,
        field: impl Fn(&mut T) -> &mut Option<String>,
    ) {
        widgets::field_label(ui, label.get(self.lang));
        let slot = field(&mut self.value);
        let id = (self.id.as_str(), label.1);
        if let Some(v) = widgets::text(ui, id, slot.as_deref().unwrap_or(""), self.enabled) {
            *slot = (!v.is_empty()).then_some(v);
            self.changed = true;
        }
        ui.end_row();
    }

    /// A text field of several lines in the grid's value column.
    pub fn notes(&mut self, ui: &mut Ui, label: Tr, field: impl Fn(&mut T) -> &mut String) {
        widgets::field_label(ui, label.get(self.lang));
        let slot = field(&mut self.value);
        if let Some(v) = widgets::multiline(ui, (self.id.as_str(), label.1), slot, self.enabled) {
            *slot = v;
            self.changed = true;
        }
        ui.end_row();
    }

    /// A text field of several lines under its label, outside the grid.
    pub fn multiline(&mut self, ui: &mut Ui, label: Tr, field: impl Fn(&mut T) -> &mut String) {
        ui.add_space(6.0);
        widgets::field_label(ui, label.get(self.lang));
        let slot = field(&mut self.value);
        if let Some(v) = widgets::multiline(ui, (self.id.as_str(), label.1), slot, self.enabled) {
            *slot = v;
            self.changed = true;
        }
    }

    pub fn date(
        &mut self,
        ui: &mut Ui,
        label: Tr,
        field: impl Fn(&mut T) -> &mut Option<NaiveDate>,
    ) {
        widgets::field_label(ui, label.get(self.lang));
        let slot = field(&mut self.value);
        if let Some(v) = widgets::date(ui, (self.id.as_str(), label.1), *slot, self.enabled) {
            *slot = v;
            self.changed = true;
        }
        ui.end_row();
    }

    pub fn number<N>(&mut self, ui: &mut Ui, label: Tr, field: impl Fn(&mut T) -> &mut Option<N>)
    where
        N: std::str::FromStr + ToString + PartialEq + Copy,
    {
        widgets::field_label(ui, label.get(self.lang));
        let slot = field(&mut self.value);
        if let Some(v) = widgets::number(ui, (self.id.as_str(), label.1), *slot, self.enabled) {
            *slot = v;
            self.changed = true;
        }
        ui.end_row();
    }

    /// A decimal number, written the language's way ("61,7").
    pub fn decimal(&mut self, ui: &mut Ui, label: Tr, field: impl Fn(&mut T) -> &mut Option<f64>) {
        widgets::field_label(ui, label.get(self.lang));
        let slot = field(&mut self.value);
        let id = (self.id.as_str(), label.1);
        if let Some(v) = widgets::decimal(ui, id, *slot, self.enabled, self.lang) {
            *slot = v;
            self.changed = true;
        }
        ui.end_row();
    }

    pub fn choice<E>(&mut self, ui: &mut Ui, label: Tr, all: &[E], field: impl Fn(&mut T) -> &mut E)
    where
        E: Label + Copy + PartialEq,
    {
        widgets::field_label(ui, label.get(self.lang));
        let slot = field(&mut self.value);
        let id = (self.id.as_str(), label.1);
        if let Some(v) = widgets::choice(ui, id, *slot, all, self.lang, self.enabled) {
            *slot = v;
            self.changed = true;
        }
        ui.end_row();
    }

    /// A record picked by name; "(ingen)" clears it.
    pub fn reference<K: Clone + PartialEq>(
        &mut self,
        ui: &mut Ui,
        label: Tr,
        options: &[(K, String)],
        field: impl Fn(&mut T) -> &mut Option<K>,
    ) {
        widgets::field_label(ui, label.get(self.lang));
        let slot = field(&mut self.value);
        let id = (self.id.as_str(), label.1);
        if let Some(v) = widgets::reference(
            ui,
            id,
            slot.as_ref(),
            options,
            true,
            self.lang,
            self.enabled,
        ) {
            *slot = v;
            self.changed = true;
        }
        ui.end_row();
    }

    /// A record that must be picked (no "(ingen)").
    pub fn required<K: Clone + PartialEq>(
        &mut self,
        ui: &mut Ui,
        label: Tr,
        options: &[(K, String)],
        field: impl Fn(&mut T) -> &mut K,
    ) {
        widgets::field_label(ui, label.get(self.lang));
        let slot = field(&mut self.value);
        let id = (self.id.as_str(), label.1);
        if let Some(Some(v)) = widgets::reference(
            ui,
            id,
            Some(&*slot),
            options,
            false,
            self.lang,
            self.enabled,
        ) {
            *slot = v;
            self.changed = true;
        }
        ui.end_row();
    }

    /// The edited record when anything changed.
    pub fn finish(self) -> Option<T> {
        self.changed.then_some(self.value)
    }
}
