//! The shape the list-and-detail pages share: a heading with a count and a "+ new" button, a
//! filterable, sortable list, and the selected record's form beside it. A page says what its
//! records are ([`RecordKind`]); this module draws the rest.

use super::list::{ListState, Row};
use super::{Out, View};
use crate::edit::Edit;
use crate::i18n::{Tr, t};
use crate::model::Document;

/// One kind of record shown as a list with a form.
pub trait RecordKind {
    type Id: Clone + PartialEq + std::fmt::Display;
    type Record;
    /// Keeps this page's widgets apart from other pages'.
    const SALT: &'static str;
    /// The list's heading ("Mål") and the new-record button's words ("Nytt mål").
    const HEADING: Tr;
    const NEW: Tr;
    fn columns() -> Vec<Tr>;
    fn all(doc: &Document) -> &[Self::Record];
    fn id(record: &Self::Record) -> &Self::Id;
    /// The cells of a record's row, in the order of [`RecordKind::columns`].
    fn cells(view: &View, record: &Self::Record) -> Vec<String>;
    /// The list's rows, in the document's order unless a kind has a better one.
    fn rows(view: &View) -> Vec<Row<Self::Id>> {
        Self::all(view.doc)
            .iter()
            .map(|r| Row {
                key: Self::id(r).clone(),
                cells: Self::cells(view, r),
            })
            .collect()
    }
    /// A new record and its id, or `None` when one cannot be made yet (an assignment needs
    /// a body to give it).
    fn create(view: &View) -> Option<(Self::Id, Edit)>;
    /// Whether a new record can be made now (the button is greyed out otherwise).
    fn can_create(_view: &View) -> bool {
        true
    }
    /// The record's form.
    fn detail(ui: &mut egui::Ui, view: &View, record: &Self::Record, out: &mut Out);
}

/// What a record page remembers: the selected record and the list's filter, sort and rows.
pub struct RecordList<K> {
    pub selected: Option<K>,
    pub list: ListState<K>,
}

impl<K> Default for RecordList<K> {
    fn default() -> Self {
        Self {
            selected: None,
            list: ListState::default(),
        }
    }
}

/// The heading, the new-record button and the list. A click selects the record; a new
/// record is selected at once.
pub fn list_ui<R: RecordKind>(
    ui: &mut egui::Ui,
    view: &View,
    state: &mut RecordList<R::Id>,
    out: &mut Out,
) {
    let lang = view.lang;
    let records = R::all(view.doc);
    let can_create = view.editable() && R::can_create(view);
    if super::pages::list_header(
        ui,
        R::HEADING.get(lang),
        state.list.shown(),
        records.len(),
        R::NEW.get(lang),
        can_create,
    ) && let Some((id, edit)) = R::create(view)
    {
        out.edits.push(edit);
        crate::ui::widgets::focus_first_field(ui, &id.to_string());
        state.selected = Some(id);
    }
    let columns = R::columns();
    let headers: Vec<&str> = columns.iter().map(|c| c.get(lang)).collect();
    if let Some(k) = state.list.ui(
        ui,
        R::SALT,
        view.rows_key(),
        &headers,
        state.selected.as_ref(),
        t::FILTER.get(lang),
        || R::rows(view),
    ) {
        state.selected = Some(k);
    }
}

/// The selected record's form, or a hint to pick one.
pub fn detail_ui<R: RecordKind>(
    ui: &mut egui::Ui,
    view: &View,
    state: &RecordList<R::Id>,
    out: &mut Out,
) {
    let record = state
        .selected
        .as_ref()
        .and_then(|id| R::all(view.doc).iter().find(|r| R::id(r) == id));
    match record {
        Some(r) => R::detail(ui, view, r, out),
        None => {
            ui.label(t::SELECT_LEFT.get(view.lang));
        }
    }
}

/// A whole page of one kind of record: the list on the left, the form beside it.
pub fn page_ui<R: RecordKind>(
    ui: &mut egui::Ui,
    view: &View,
    state: &mut RecordList<R::Id>,
    out: &mut Out,
) {
    super::pages::master_detail(
        ui,
        R::SALT,
        state,
        out,
        |ui, state, out| list_ui::<R>(ui, view, state, out),
        |ui, state, out| detail_ui::<R>(ui, view, state, out),
    );
}
