//! Importing indicator values in the app (Arkiv → Importera värden …): the file is read
//! once, the plan shown (what is added, changed, kept and rejected, with row numbers),
//! Kolada ids that match no indicator can be connected to one, and the import is applied
//! as one undo step. The same model code as `samverkan import`.

use super::SamverkanApp;
use crate::i18n::{import as say, t};
use crate::model::import::{ImportOptions, ImportPlan, Mapping, kolada, plan, table};
use crate::model::{Document, IndicatorId};
use chrono::Datelike;

/// The import shown in the dialog.
pub struct ImportDialog {
    name: String,
    input: crate::model::import::Input,
    mappings: Vec<Mapping>,
    plan: ImportPlan,
    skip_rejected: bool,
    /// The preview's lines, built once per plan and language (a national file has
    /// hundreds of thousands).
    lines: Option<(crate::i18n::Lang, Vec<say::PreviewLine>)>,
    /// The last year a value may have (next year, as `samverkan import` takes it).
    last_year: i32,
}

/// Read `bytes` (JSON from Kolada, or a CSV/XLSX table) and plan the import into `doc`;
/// values of years after `last_year` are rejected.
pub fn open_import(
    doc: &Document,
    name: &str,
    bytes: &[u8],
    last_year: i32,
    lang: crate::i18n::Lang,
) -> Result<ImportDialog, String> {
    let json = bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace() && **b != 0xef && **b != 0xbb && **b != 0xbf)
        .is_some_and(|b| *b == b'{' || *b == b'[');
    let input = if json {
        let text = std::str::from_utf8(bytes).map_err(|e| e.to_string())?;
        kolada::read(text)
    } else {
        table::read(bytes, &table::Columns::default())
    }
    .map_err(|e| say::error(&e, lang))?;
    let plan = plan(doc, &input, &ImportOptions::until(last_year))
        .map_err(|e| say::mapping_error(&e, lang))?;
    Ok(ImportDialog {
        name: name.to_owned(),
        input,
        mappings: Vec::new(),
        plan,
        skip_rejected: false,
        lines: None,
        last_year,
    })
}

impl SamverkanApp {
    /// Ask for a file and show what importing it would do.
    pub(super) fn import_values(&mut self) {
        let kind = super::FileKind::Values;
        match self.picker.open(kind, self.lang()) {
            super::Pick::Chosen(path) => self.import_from(&path),
            super::Pick::Cancelled => {}
            super::Pick::Unavailable => {
                self.ask_path(super::path_dialog::PathPurpose::Import, kind, false, "");
            }
        }
    }

    /// Read `path` and show what importing it would do.
    pub(super) fn import_from(&mut self, path: &std::path::Path) {
        let lang = self.lang();
        let name = path.display().to_string();
        match std::fs::read(path) {
            Ok(bytes) => match open_import(
                self.session.doc(),
                &name,
                &bytes,
                self.today.year() + 1,
                lang,
            ) {
                Ok(d) => self.import = Some(Box::new(d)),
                Err(e) => self.set_status(e, true),
            },
            Err(e) => self.set_status(say::cannot_read(&name, &e.to_string(), lang), true),
        }
    }

    /// The import dialog, while one is open.
    pub(super) fn import_dialog(&mut self, ctx: &egui::Context) {
        let Some(mut d) = self.import.take() else {
            return;
        };
        let lang = self.lang();
        let doc = self.session.doc();
        let mut close = false;
        let mut apply = false;
        let mut replan = false;
        let modal = egui::Modal::new(egui::Id::unique("import-dialog")).show(ctx, |ui| {
            ui.set_max_width(640.0);
            ui.heading(say::IMPORT_VALUES.get(lang));
            ui.label(&d.name);
            let pl = &d.plan;
            ui.strong(say::summary(
                pl.added.len(),
                pl.changed.len(),
                pl.unchanged,
                pl.kept.len(),
                pl.rejected.len(),
                lang,
            ));
            // Kolada ids no indicator has: connect each to one.
            let unknown: Vec<String> = pl
                .unknown_indicators()
                .into_iter()
                .map(str::to_owned)
                .collect();
            if !unknown.is_empty() {
                ui.label(say::CONNECT_HINT.get(lang));
                let options: Vec<(IndicatorId, String)> = doc
                    .goals
                    .iter()
                    .flat_map(|g| &g.indicators)
                    .map(|i| (i.id.clone(), i.name.clone()))
                    .collect();
                egui::Grid::new("import-connect")
                    .num_columns(2)
                    .show(ui, |ui| {
                        for kpi in &unknown {
                            ui.label(kpi);
                            if let Some(Some(id)) = crate::ui::widgets::reference(
                                ui,
                                ("import-map", kpi),
                                None::<&IndicatorId>,
                                &options,
                                true,
                                lang,
                                true,
                            ) {
                                d.mappings.retain(|m| m.indicator != id);
                                d.mappings.push(Mapping {
                                    indicator: id,
                                    kolada: kpi.clone(),
                                });
                                replan = true;
                            }
                            ui.end_row();
                        }
                    });
            }
            // Thousands of rows from a national file: only the lines in view are laid out.
            if d.lines.as_ref().is_none_or(|(l, _)| *l != lang) {
                d.lines = Some((lang, say::preview(doc, pl, lang)));
            }
            let lines = d.lines.as_ref().map_or(&[][..], |(_, l)| l.as_slice());
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .auto_shrink([false, true])
                .show_rows(ui, crate::theme::ROW_HEIGHT, lines.len(), |ui, rows| {
                    for l in &lines[rows] {
                        let text = l
                            .cells
                            .iter()
                            .filter(|c| !c.is_empty())
                            .map(String::as_str)
                            .collect::<Vec<_>>()
                            .join(" · ");
                        let label = egui::Label::new(text).truncate();
                        if l.rejected {
                            ui.scope(|ui| {
                                ui.visuals_mut().override_text_color = Some(crate::theme::ERROR);
                                ui.add(label);
                            });
                        } else {
                            ui.add(label);
                        }
                    }
                });
            if !pl.is_clean() {
                ui.checkbox(&mut d.skip_rejected, say::SKIP_REJECTED.get(lang));
            }
            ui.horizontal(|ui| {
                let can = !pl.is_empty() && (pl.is_clean() || d.skip_rejected);
                if ui
                    .add_enabled(
                        can && !self.session.is_read_only(),
                        egui::Button::new(say::IMPORT.get(lang)),
                    )
                    .clicked()
                {
                    apply = true;
                }
                if ui.button(t::CANCEL.get(lang)).clicked() {
                    close = true;
                }
            });
        });
        if modal.should_close() {
            close = true;
        }
        if replan {
            match plan(
                doc,
                &d.input,
                &ImportOptions {
                    mappings: d.mappings.clone(),
                    ..ImportOptions::until(d.last_year)
                },
            ) {
                Ok(new) => {
                    d.plan = new;
                    d.lines = None;
                }
                Err(e) => self.set_status(say::mapping_error(&e, lang), true),
            }
        }
        if apply {
            let counts = (d.plan.added.len(), d.plan.changed.len());
            if let Some(edit) = d.plan.edit(self.session.doc()) {
                self.apply(edit);
                self.set_status(say::imported(counts.0, counts.1, lang), false);
                self.ui_state.page = crate::ui::Page::FollowUp;
            }
            close = true;
        }
        if !close {
            self.import = Some(d);
        }
    }
}
