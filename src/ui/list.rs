//! A sortable, filterable list of records. Rows are built only when the document or the
//! filter changes, and only the visible rows are laid out, so lists of thousands stay smooth.

use egui::Ui;

/// One row: the record's key and its cells.
#[derive(Clone, Debug)]
pub struct Row<K> {
    pub key: K,
    pub cells: Vec<String>,
}

/// What a list's rows depend on: the document's version, the language of their words, the
/// day, and whatever else the page chose them by (`scope`, e.g. a body filter).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowsKey {
    pub version: crate::session::Version,
    pub lang: crate::i18n::Lang,
    pub today: chrono::NaiveDate,
    pub scope: String,
}

impl RowsKey {
    /// The same key for rows chosen by `scope` as well.
    #[must_use]
    pub fn scoped(mut self, scope: impl std::fmt::Debug) -> Self {
        self.scope = format!("{scope:?}");
        self
    }
}

/// What the order of rows depends on: the rows, the filter and the sort.
type OrderKey = (RowsKey, String, Option<(usize, bool)>);

/// The list's state: filter, sort, and the cached order of rows.
#[derive(Debug)]
pub struct ListState<K> {
    pub filter: String,
    sort: Option<(usize, bool)>,
    built_for: Option<RowsKey>,
    rows: Vec<Row<K>>,
    order: Vec<usize>,
    ordered_for: Option<OrderKey>,
}

impl<K> Default for ListState<K> {
    fn default() -> Self {
        Self {
            filter: String::new(),
            sort: None,
            built_for: None,
            rows: Vec::new(),
            order: Vec::new(),
            ordered_for: None,
        }
    }
}

impl<K: Clone + PartialEq> ListState<K> {
    /// Show the list; `build` makes the rows and runs only when `rows_key` changed. Returns
    /// the key of a clicked row.
    #[allow(clippy::too_many_arguments)] // a list's parts, each named at the call
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        id_salt: &str,
        rows_key: RowsKey,
        headers: &[&str],
        selected: Option<&K>,
        filter_hint: &str,
        build: impl FnOnce() -> Vec<Row<K>>,
    ) -> Option<K> {
        if self.built_for.as_ref() != Some(&rows_key) {
            self.rows = build();
            self.built_for = Some(rows_key.clone());
            self.ordered_for = None;
        }
        // The hint is not a name for a screen reader: the field is named by it too.
        ui.add(
            egui::TextEdit::singleline(&mut self.filter)
                .hint_text(filter_hint)
                .desired_width(f32::INFINITY),
        )
        .accessible_name(filter_hint);
        let key = (rows_key, self.filter.clone(), self.sort);
        if self.ordered_for.as_ref() != Some(&key) {
            let needle = self.filter.to_lowercase();
            self.order = (0..self.rows.len())
                .filter(|&i| {
                    needle.is_empty()
                        || self.rows[i]
                            .cells
                            .iter()
                            .any(|c| c.to_lowercase().contains(&needle))
                })
                .collect();
            if let Some((col, ascending)) = self.sort {
                let rows = &self.rows;
                self.order.sort_by(|&a, &b| {
                    let (x, y) = (rows[a].cells.get(col), rows[b].cells.get(col));
                    let o = x
                        .map(|s| s.to_lowercase())
                        .cmp(&y.map(|s| s.to_lowercase()));
                    if ascending { o } else { o.reverse() }
                });
            }
            self.ordered_for = Some(key);
        }
        let mut clicked = None;
        let width = ui.available_width();
        let cols = headers.len().max(1);
        let mut table = egui_extras::TableBuilder::new(ui)
            .id_salt(id_salt)
            .striped(true)
            .sense(egui::Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
        for i in 0..cols {
            let col = if i == 0 {
                egui_extras::Column::initial((width * 0.45).max(120.0))
                    .clip(true)
                    .resizable(true)
            } else if i + 1 == cols {
                egui_extras::Column::remainder().clip(true)
            } else {
                egui_extras::Column::initial((width * 0.55 / (cols - 1) as f32).max(60.0))
                    .clip(true)
                    .resizable(true)
            };
            table = table.column(col);
        }
        table
            .header(crate::theme::ROW_HEIGHT, |mut header| {
                for (i, h) in headers.iter().enumerate() {
                    header.col(|ui| {
                        let arrow = match self.sort {
                            Some((c, true)) if c == i => " ⏶",
                            Some((c, false)) if c == i => " ⏷",
                            _ => "",
                        };
                        // A narrow column cuts its header: the full header shows on hover.
                        if ui.button(format!("{h}{arrow}")).on_hover_text(*h).clicked() {
                            self.sort = match self.sort {
                                Some((c, true)) if c == i => Some((i, false)),
                                Some((c, false)) if c == i => None,
                                _ => Some((i, true)),
                            };
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(crate::theme::ROW_HEIGHT, self.order.len(), |mut row| {
                    let r = &self.rows[self.order[row.index()]];
                    row.set_selected(selected == Some(&r.key));
                    for c in &r.cells {
                        row.col(|ui| {
                            ui.add(egui::Label::new(c).truncate().selectable(false));
                        });
                    }
                    if row.response().clicked() {
                        clicked = Some(r.key.clone());
                    }
                });
            });
        clicked
    }

    /// The number of rows shown after filtering.
    pub fn shown(&self) -> usize {
        self.order.len()
    }
}
