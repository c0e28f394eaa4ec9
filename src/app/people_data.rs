//! People's data in the app: the files outside the document that hold the person shown on
//! the People page, the register extract, erasing a person (asked first, with what goes),
//! and after the save that erased them, the offer to remove the backups that still hold them.

use super::{Dialog, SamverkanApp};
use crate::edit::{Edit, Erasure};
use crate::export::person_extract::{Format, Input, export};
use crate::i18n::{Label, Lang, people_data as say, t};
use crate::io::recovery::RecoveryStore;
use crate::io::traces::{Needle, Trace, TraceKind, files_holding, remove};
use crate::model::person_extract::{Extract, Kind, extract};
use crate::model::{Person, PersonId};
use std::path::PathBuf;

/// What the files list of the People page was found for: the person as recorded, the
/// document's file, and what was on disk (a save changes the backups).
type FilesKey = (Person, Option<PathBuf>, Option<u64>);

/// The files outside the document that hold the selected person, kept until what they were
/// found for changes. The search reads every backup, which on a network drive and a large
/// document takes seconds, so it runs beside the app and the page says it is looking.
#[derive(Default)]
pub struct PersonFiles {
    key: Option<FilesKey>,
    /// The person, and the files once the search is done (`None` while it runs).
    pub found: Option<(PersonId, Option<Vec<Trace>>)>,
    pending: Option<std::sync::mpsc::Receiver<Vec<Trace>>>,
}

/// A person erased in this session: after the save, the files that still hold them are
/// offered for removal.
pub struct Erased {
    person: PersonId,
    name: String,
    needle: Needle,
}

impl SamverkanApp {
    /// Find the files that hold the person selected on the People page, when anything they
    /// depend on changed.
    pub(super) fn refresh_person_files(&mut self, ctx: &egui::Context) {
        if let Some(rx) = &self.person_files.pending {
            let done = match rx.try_recv() {
                Ok(files) => Some(files),
                Err(std::sync::mpsc::TryRecvError::Empty) => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(100));
                    None
                }
                // The search could not finish (a panic reading a file): nothing found.
                Err(std::sync::mpsc::TryRecvError::Disconnected) => Some(Vec::new()),
            };
            if let Some(files) = done {
                if let Some((_, found)) = &mut self.person_files.found {
                    *found = Some(files);
                }
                self.person_files.pending = None;
            }
        }
        let selected = (self.ui_state.page == crate::ui::Page::People)
            .then(|| self.pages.people.selected.clone())
            .flatten();
        let Some(person) = selected.and_then(|id| self.session.doc().person(&id)) else {
            return;
        };
        // Asked every frame the page is shown: compare in place, copy only when it changed.
        let (path, disk) = (self.session.path(), self.session.disk_hash());
        if let Some((p, f, d)) = &self.person_files.key
            && p == person
            && f.as_deref() == path
            && *d == disk
        {
            return;
        }
        let person = person.clone();
        let key = (person.clone(), path.map(std::path::Path::to_owned), disk);
        let needle = Needle::of(self.session.doc(), &person);
        let path = self.session.path().map(std::path::Path::to_owned);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let recovery = RecoveryStore::open_default();
            // A newer search may have taken its place; then no one listens.
            let _ = tx.send(files_holding(path.as_deref(), recovery.as_ref(), &needle));
        });
        self.person_files.key = Some(key);
        self.person_files.found = Some((person.id, None));
        self.person_files.pending = Some(rx);
        ctx.request_repaint_after(std::time::Duration::from_millis(100));
    }

    /// Ask before erasing a person, showing how many places of each kind go.
    pub(super) fn request_erase(&mut self, id: &PersonId) {
        let lang = self.lang();
        if let Some(found) = extract(self.session.doc(), id, self.today, lang) {
            self.dialog = Some(Dialog::ErasePerson {
                extract: Box::new(found),
                first_name_too: false,
            });
        }
    }

    /// Erase the person (one undo step until saved) and remember to offer the backups'
    /// removal after the save.
    pub(super) fn erase_person(&mut self, found: &Extract, first_name_too: bool) {
        let lang = self.lang();
        let person = &found.person;
        let needle = Needle::of(self.session.doc(), person);
        let edit = Edit::ErasePerson(Erasure {
            person: person.id.clone(),
            today: self.today,
            first_name_too,
            placeholder: say::REMOVED_PERSON.get(lang).to_owned(),
        });
        match self.session.apply(edit) {
            Ok(()) => {
                self.erased.push(Erased {
                    person: person.id.clone(),
                    name: person.display_name(),
                    needle,
                });
                self.pages.people.selected = None;
                self.set_status(
                    say::erased(&person.display_name(), found.places(first_name_too), lang),
                    false,
                );
            }
            Err(e) => {
                let msg = e.message(lang);
                self.set_status(msg.clone(), true);
                self.dialog = Some(Dialog::Message(msg));
            }
        }
    }

    /// After a save: say that the undo history was cleared for an erasure, and offer to
    /// remove the files outside the document that still hold an erased person.
    pub(super) fn after_erasing_save(&mut self) {
        let lang = self.lang();
        if self.session.take_history_cleared() {
            self.set_status(say::history_cleared(lang).to_owned(), false);
        }
        if self.dialog.is_some() {
            return;
        }
        let doc = self.session.doc();
        let gone: Vec<Erased> = std::mem::take(&mut self.erased)
            .into_iter()
            .filter(|e| doc.person(&e.person).is_none())
            .collect();
        let recovery = RecoveryStore::open_default();
        let mut files: Vec<Trace> = Vec::new();
        let mut names: Vec<String> = Vec::new();
        for e in &gone {
            let found = files_holding(self.session.path(), recovery.as_ref(), &e.needle);
            if !found.is_empty() {
                names.push(e.name.clone());
            }
            for f in found {
                if !files.contains(&f) {
                    files.push(f);
                }
            }
        }
        if !files.is_empty() {
            self.dialog = Some(Dialog::PurgeFiles {
                names: names.join(", "),
                files,
            });
        }
    }

    /// Remove the files the user agreed to remove (never "my version" copies, which are
    /// documents of their own), and say how it went.
    pub(super) fn purge(&mut self, files: &[Trace]) {
        let lang = self.lang();
        let purgeable: Vec<Trace> = files
            .iter()
            .filter(|f| f.kind != TraceKind::MyVersion)
            .cloned()
            .collect();
        let failed = remove(&purgeable);
        self.person_files.key = None;
        if failed.is_empty() {
            self.set_status(say::files_removed(purgeable.len(), lang), false);
        } else {
            let msg: Vec<String> = failed
                .iter()
                .map(|(p, e)| {
                    say::file_not_removed(
                        &p.display().to_string(),
                        &crate::i18n::files::io_reason(e, lang),
                        lang,
                    )
                })
                .collect();
            let msg = msg.join("\n");
            self.set_status(msg.clone(), true);
            self.dialog = Some(Dialog::Message(msg));
        }
    }

    /// The register extract of a person as a file name and bytes.
    pub(super) fn person_extract(
        &self,
        id: &PersonId,
        format: Format,
    ) -> Option<Result<(String, Vec<u8>), String>> {
        let lang = self.lang();
        let doc = self.session.doc();
        let found = extract(doc, id, self.today, lang)?;
        let needle = Needle::of(doc, &found.person);
        let recovery = RecoveryStore::open_default();
        let files = files_holding(self.session.path(), recovery.as_ref(), &needle);
        let input = Input {
            doc,
            extract: &found,
            files: &files,
            today: self.today,
            lang,
        };
        let name = format!(
            "{}-{}.{}",
            crate::text::file_name_part(say::EXTRACT.get(lang)).to_lowercase(),
            crate::text::file_name_part(&found.person.name),
            format.extension()
        );
        Some(export(&input, format).map(|bytes| (name, bytes)))
    }
}

/// The erase dialog's content; returns `Some(true)` to erase, `Some(false)` to cancel.
pub(super) fn erase_ui(
    ui: &mut egui::Ui,
    found: &Extract,
    first_name_too: &mut bool,
    lang: Lang,
) -> Option<bool> {
    let name = found.person.display_name();
    ui.heading(say::ERASE_HEADING.get(lang));
    ui.label(say::erase_intro(&name, say::REMOVED_PERSON.get(lang), lang));
    ui.add_space(6.0);
    egui::ScrollArea::vertical()
        .max_height(260.0)
        .show(ui, |ui| {
            egui::Grid::new("erase-counts")
                .striped(true)
                .show(ui, |ui| {
                    ui.label(say::PERSON_RECORD.get(lang));
                    ui.label("1");
                    ui.label(say::PERSON_RECORD_GOES.get(lang));
                    ui.end_row();
                    for (kind, n) in found.counts() {
                        ui.label(kind.label(lang));
                        ui.label(n.to_string());
                        ui.label(say::what_happens(kind, lang));
                        ui.end_row();
                    }
                });
        });
    if found.of_kind(Kind::PossibleMention).next().is_some() {
        ui.checkbox(first_name_too, say::FIRST_NAME_TOO.get(lang));
    }
    let mut answer = None;
    ui.horizontal(|ui| {
        if ui
            .button(egui::RichText::new(say::ERASE_BUTTON.get(lang)).color(crate::theme::ERROR))
            .clicked()
        {
            answer = Some(true);
        }
        if ui.button(t::CANCEL.get(lang)).clicked() {
            answer = Some(false);
        }
    });
    answer
}

/// The offer after the save; returns `Some(true)` to remove the files, `Some(false)` to
/// keep them.
pub(super) fn purge_ui(
    ui: &mut egui::Ui,
    names: &str,
    files: &[Trace],
    lang: Lang,
) -> Option<bool> {
    ui.heading(say::ERASE_HEADING.get(lang));
    ui.label(say::files_still_hold(names, files.len(), lang));
    egui::ScrollArea::vertical()
        .max_height(200.0)
        .show(ui, |ui| {
            for f in files {
                ui.label(format!("• {} ({})", f.path.display(), f.kind.label(lang)));
            }
        });
    if files.iter().any(|f| f.kind == TraceKind::MyVersion) {
        ui.label(egui::RichText::new(say::OTHER_FILES_BY_HAND.get(lang)).weak());
    }
    let mut answer = None;
    ui.horizontal(|ui| {
        if ui.button(say::REMOVE_FILES.get(lang)).clicked() {
            answer = Some(true);
        }
        if ui.button(say::KEEP_FILES.get(lang)).clicked() {
            answer = Some(false);
        }
    });
    answer
}
