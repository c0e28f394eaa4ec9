//! The app's own file dialog, for a computer without a system file dialog: a folder, the
//! folder's files of the kind asked for (and its folders, to go into), and a file name.
//! What the chosen path is for travels with the dialog, so Save as, Open, every export and
//! the import carry on where they stopped.

use super::picker::FileKind;
use super::{Pending, SamverkanApp};
use crate::i18n::{Lang, paths as say, t};
use std::path::{Path, PathBuf};

/// What happens with the path once it is chosen.
pub enum PathPurpose {
    /// Open a document.
    Open,
    /// Save the document under the name, then carry on with what waited for the save.
    SaveAs { then: Option<Pending> },
    /// Write an export's bytes.
    Export { bytes: Vec<u8> },
    /// Read a file of indicator values to import.
    Import,
    /// Merge a copy of the document into it.
    Merge,
    /// The common version for a merge waiting in its dialog.
    MergeBase(Box<super::merge::MergeDialog>),
}

/// One entry of the folder's list.
struct Entry {
    name: String,
    folder: bool,
}

pub struct PathDialog {
    pub purpose: PathPurpose,
    kind: FileKind,
    saving: bool,
    folder: String,
    name: String,
    /// The folder's entries as listed for `folder` (listed again when it changes).
    listing: Option<(String, Result<Vec<Entry>, String>)>,
    /// Why the last choice could not be taken.
    problem: Option<String>,
    /// The cursor is put in the name field (saving) or the folder field (opening) once.
    focused: bool,
}

/// What the user did in the dialog this frame.
pub enum PathOutcome {
    Cancelled,
    Chosen(PathBuf),
}

impl PathDialog {
    /// A dialog that starts in `folder` with `name` filled in.
    pub fn new(
        purpose: PathPurpose,
        kind: FileKind,
        saving: bool,
        folder: &Path,
        name: &str,
    ) -> Self {
        Self {
            purpose,
            kind,
            saving,
            folder: folder.display().to_string(),
            name: name.to_owned(),
            listing: None,
            problem: None,
            focused: false,
        }
    }

    fn entries(&mut self, lang: Lang) -> &Result<Vec<Entry>, String> {
        if self.listing.as_ref().is_none_or(|(f, _)| *f != self.folder) {
            let listed = list(Path::new(&self.folder), self.kind)
                .map_err(|e| say::cannot_list(&crate::i18n::files::io_reason(&e, lang), lang));
            self.listing = Some((self.folder.clone(), listed));
        }
        &self.listing.as_ref().expect("listed above").1
    }

    /// The path the folder and name make, or why they make none.
    fn path(&self, lang: Lang) -> Result<PathBuf, String> {
        let folder = Path::new(self.folder.trim());
        if !folder.is_dir() {
            return Err(say::NOT_A_FOLDER.get(lang).to_owned());
        }
        let name = self.name.trim();
        if name.is_empty() {
            return Err(say::NAME_A_FILE.get(lang).to_owned());
        }
        let mut path = folder.join(name);
        if self.saving {
            if let Some(ext) = self.kind.extensions().first()
                && !self.kind.matches(name)
            {
                path = folder.join(format!("{name}.{ext}"));
            }
        } else if !path.is_file() {
            return Err(say::NO_SUCH_FILE.get(lang).to_owned());
        }
        Ok(path)
    }

    /// Draw the dialog's content; `Some` once the user has chosen or cancelled.
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) -> Option<PathOutcome> {
        let mut outcome = None;
        ui.heading(
            if self.saving {
                say::SAVE_TITLE
            } else {
                say::OPEN_TITLE
            }
            .get(lang),
        );
        ui.colored_label(crate::theme::WARNING, say::NO_SYSTEM_DIALOG.get(lang));
        ui.weak(self.kind.label(lang));
        let focus = !std::mem::replace(&mut self.focused, true);
        ui.horizontal(|ui| {
            let label = field_label(ui, say::FOLDER.get(lang));
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.folder)
                        .desired_width(360.0)
                        .id_salt("path-dialog-folder"),
                )
                .labelled_by(label.id);
            if focus && !self.saving {
                r.request_focus();
            }
            if ui.button(say::UP.get(lang)).clicked()
                && let Some(parent) = Path::new(&self.folder).parent()
            {
                self.folder = parent.display().to_string();
            }
        });
        let mut into = None;
        let mut double_clicked = false;
        let current = self.name.clone();
        match self.entries(lang) {
            Err(why) => {
                ui.colored_label(crate::theme::ERROR, why);
            }
            Ok(entries) if entries.is_empty() => {
                ui.weak(say::EMPTY_FOLDER.get(lang));
            }
            Ok(entries) => {
                let mut picked = None;
                egui::ScrollArea::vertical()
                    .max_height(240.0)
                    .auto_shrink([false, true])
                    .show_rows(ui, crate::theme::ROW_HEIGHT, entries.len(), |ui, rows| {
                        for e in &entries[rows] {
                            if e.folder {
                                if ui
                                    .selectable_label(false, say::folder_entry(&e.name))
                                    .clicked()
                                {
                                    into = Some(e.name.clone());
                                }
                            } else {
                                let r = ui.selectable_label(current == e.name, &e.name);
                                if r.clicked() {
                                    picked = Some(e.name.clone());
                                }
                                if r.double_clicked() {
                                    double_clicked = true;
                                }
                            }
                        }
                    });
                if let Some(name) = picked {
                    self.name = name;
                }
            }
        }
        if let Some(folder) = into {
            self.folder = Path::new(&self.folder).join(folder).display().to_string();
        }
        let mut enter = false;
        ui.horizontal(|ui| {
            let label = field_label(ui, say::FILE_NAME.get(lang));
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.name)
                        .desired_width(360.0)
                        .id_salt("path-dialog-name"),
                )
                .labelled_by(label.id);
            if focus && self.saving {
                r.request_focus();
            }
            enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        });
        let path = self.path(lang);
        let replaces = self.saving && path.as_ref().is_ok_and(|p| p.exists());
        if replaces && let Ok(p) = &path {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            ui.colored_label(crate::theme::WARNING, say::exists(&name, lang));
        }
        if let Some(problem) = &self.problem {
            ui.colored_label(crate::theme::ERROR, problem);
        }
        ui.horizontal(|ui| {
            let action = match (self.saving, replaces) {
                (false, _) => say::OPEN,
                (true, false) => say::SAVE,
                (true, true) => say::REPLACE,
            };
            if ui.button(action.get(lang)).clicked() || enter || double_clicked {
                match &path {
                    Ok(p) => outcome = Some(PathOutcome::Chosen(p.clone())),
                    Err(why) => self.problem = Some(why.clone()),
                }
            }
            if ui.button(t::CANCEL.get(lang)).clicked() {
                outcome = Some(PathOutcome::Cancelled);
            }
        });
        outcome
    }
}

/// A field's label, as wide as the widest, so the fields stand in line.
fn field_label(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.vertical(|ui| {
        ui.set_min_width(70.0);
        ui.strong(text)
    })
    .inner
}

/// The folders and the files of `kind` in `folder`, folders first, each by name; hidden ones
/// (a leading dot) left out.
fn list(folder: &Path, kind: FileKind) -> std::io::Result<Vec<Entry>> {
    let mut entries: Vec<Entry> = std::fs::read_dir(folder)?
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let folder = e.path().is_dir();
            (!name.starts_with('.') && (folder || kind.matches(&name)))
                .then_some(Entry { name, folder })
        })
        .collect();
    entries.sort_by(|a, b| {
        b.folder
            .cmp(&a.folder)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    Ok(entries)
}

/// Where the dialog starts: the document's folder, else the home folder, else the current.
pub fn start_folder(document: Option<&Path>) -> PathBuf {
    document
        .and_then(Path::parent)
        .filter(|p| p.is_dir())
        .map(Path::to_owned)
        .or_else(|| {
            std::env::var_os(if cfg!(windows) { "USERPROFILE" } else { "HOME" }).map(PathBuf::from)
        })
        .filter(|p| p.is_dir())
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default()
}

impl SamverkanApp {
    /// Ask with the app's own dialog, for when the system has none; the status bar says so.
    pub(super) fn ask_path(
        &mut self,
        purpose: PathPurpose,
        kind: FileKind,
        saving: bool,
        name: &str,
    ) {
        let folder = start_folder(self.session.path());
        self.path_dialog = Some(Box::new(PathDialog::new(
            purpose, kind, saving, &folder, name,
        )));
    }

    /// The app's file dialog, while one is open.
    pub(super) fn path_dialog(&mut self, ctx: &egui::Context) {
        let Some(mut d) = self.path_dialog.take() else {
            return;
        };
        let lang = self.lang();
        let mut outcome = None;
        let modal = egui::Modal::new(egui::Id::unique("path-dialog")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            outcome = d.ui(ui, lang);
        });
        if modal.should_close() && outcome.is_none() {
            outcome = Some(PathOutcome::Cancelled);
        }
        match outcome {
            None => self.path_dialog = Some(d),
            Some(PathOutcome::Cancelled) => {}
            Some(PathOutcome::Chosen(path)) => self.path_chosen(ctx, d.purpose, &path),
        }
    }

    /// Carry on with what asked for the path.
    fn path_chosen(&mut self, ctx: &egui::Context, purpose: PathPurpose, path: &Path) {
        match purpose {
            PathPurpose::Open => self.open_path(path),
            PathPurpose::SaveAs { then } => {
                if self.save_to(path)
                    && !self.session.is_dirty()
                    && let Some(pending) = then
                {
                    self.proceed(ctx, pending);
                }
            }
            PathPurpose::Export { bytes } => self.write_export(path, &bytes),
            PathPurpose::Import => self.import_from(path),
            PathPurpose::Merge => self.merge_with_file(path),
            PathPurpose::MergeBase(dialog) => self.merge_from_base(*dialog, path),
        }
    }
}
