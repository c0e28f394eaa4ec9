//! Merging another version into the open document: the one someone saved while we worked
//! (from the conflict dialog, "Slå ihop"), or a copy ("Slå ihop med …"). The user sees what
//! came from whom, picks a side for each conflict, and the result is one undo step.

use super::path_dialog::PathPurpose;
use super::picker::{FileKind, Pick};
use super::{Dialog, SamverkanApp};
use crate::i18n::{Lang, merge as say, t};
use crate::model::merge::{Merge, Side, merge};
use crate::session::{BaseFrom, Incoming};
use std::path::{Path, PathBuf};

/// Lines of the report shown at most; the rest is counted.
const MAX_REPORT_LINES: usize = 400;

/// What the user answered in the merge dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Merge,
    Cancel,
    /// Merge from another common version, chosen as a file.
    ChooseBase,
}

/// A merge waiting for the user's choices.
pub struct MergeDialog {
    merge: Merge,
    choices: Vec<Side>,
    incoming: Incoming,
    /// The copy merged in; `None` for the version on disk.
    copy: Option<PathBuf>,
}

impl SamverkanApp {
    /// "Slå ihop" in the conflict dialog: merge the version on disk into ours.
    pub(super) fn merge_with_disk(&mut self) {
        match self.session.incoming_from_disk() {
            Ok(incoming) => self.start_merge(incoming, None),
            Err(e) => self.fail(e.message(self.lang())),
        }
    }

    /// Arkiv → "Slå ihop med …": choose a copy to merge in.
    pub(super) fn merge_with_copy(&mut self) {
        if self.session.is_read_only() {
            return;
        }
        match self.picker.open(FileKind::Document, self.lang()) {
            Pick::Chosen(path) => self.merge_with_file(&path),
            Pick::Cancelled => {}
            Pick::Unavailable => self.ask_path(PathPurpose::Merge, FileKind::Document, false, ""),
        }
    }

    /// Merge the copy at `path` into ours.
    pub(super) fn merge_with_file(&mut self, path: &Path) {
        match self.session.incoming_from_copy(path) {
            Ok(incoming) => self.start_merge(incoming, Some(path.to_owned())),
            Err(e) => self.fail(e.message(self.lang())),
        }
    }

    fn fail(&mut self, msg: String) {
        self.set_status(msg.clone(), true);
        self.dialog = Some(Dialog::Message(msg));
    }

    fn start_merge(&mut self, incoming: Incoming, copy: Option<PathBuf>) {
        let lang = self.lang();
        let mine = self.session.doc();
        if *mine == incoming.theirs && incoming.disk.is_none() {
            self.set_status(say::NOTHING_TO_MERGE.get(lang), false);
            return;
        }
        let result = merge(&incoming.base, mine, &incoming.theirs).and_then(|mut m| {
            let merged = m.document(&[])?;
            m.check(&merged, mine, &incoming.theirs, self.today);
            Ok(m)
        });
        match result {
            Ok(merge) => {
                let choices = vec![Side::Mine; merge.report.conflicts.len()];
                self.dialog = Some(Dialog::Merge(Box::new(MergeDialog {
                    merge,
                    choices,
                    incoming,
                    copy,
                })));
            }
            Err(e) => self.fail(say::error(&e, lang)),
        }
    }

    /// Carry out the merge dialog's answer.
    pub(super) fn answer_merge(&mut self, dialog: MergeDialog, answer: Answer) {
        match answer {
            Answer::Merge => self.finish_merge(dialog),
            Answer::Cancel => {}
            Answer::ChooseBase => match self.picker.open(FileKind::Document, self.lang()) {
                Pick::Chosen(path) => self.merge_from_base(dialog, &path),
                // Cancelled: back to the merge as it was.
                Pick::Cancelled => self.dialog = Some(Dialog::Merge(Box::new(dialog))),
                Pick::Unavailable => self.ask_path(
                    PathPurpose::MergeBase(Box::new(dialog)),
                    FileKind::Document,
                    false,
                    "",
                ),
            },
        }
    }

    /// The same merge again, from the common version in the file at `path` (for copies whose
    /// common version is not one Samverkan knows: git's, a colleague's).
    pub(super) fn merge_from_base(&mut self, dialog: MergeDialog, path: &Path) {
        match crate::io::read_document(path) {
            Ok((loaded, _)) => {
                let incoming = Incoming {
                    base: loaded.document,
                    base_from: Some(BaseFrom::Chosen(path.to_owned())),
                    ..dialog.incoming
                };
                self.start_merge(incoming, dialog.copy);
            }
            Err(e) => self.fail(e.message(self.lang())),
        }
    }

    /// The user confirmed: the merged document in place of ours as one undo step; merged
    /// with the version on disk, it is saved at once.
    fn finish_merge(&mut self, dialog: MergeDialog) {
        let lang = self.lang();
        let doc = match dialog.merge.document(&dialog.choices) {
            Ok(doc) => doc,
            Err(e) => return self.fail(say::error(&e, lang)),
        };
        let from_disk = dialog.incoming.disk.is_some();
        self.session.accept_merge(doc, dialog.incoming.disk);
        if from_disk && !self.save() {
            return;
        }
        let msg = format!(
            "{} {}",
            say::MERGED.get(lang),
            say::summary(&dialog.merge.report, lang)
        );
        self.set_status(msg, false);
    }
}

/// The merge dialog's content; `Some` once the user has answered.
pub(super) fn merge_ui(ui: &mut egui::Ui, d: &mut MergeDialog, lang: Lang) -> Option<Answer> {
    let mut answer = None;
    // Wider than other dialogs: three versions stand side by side.
    ui.set_max_width(680.0);
    ui.heading(say::MERGE_TITLE.get(lang));
    let with = d.copy.as_ref().map_or_else(
        || say::THEIRS_ON_DISK.get(lang).to_owned(),
        |p| say::with_copy(&p.display().to_string(), lang),
    );
    ui.label(egui::RichText::new(with).weak());
    ui.label(say::MERGE_HINT.get(lang));
    ui.label(egui::RichText::new(say::summary(&d.merge.report, lang)).strong());
    // Which common version the merge started from, and the way to start from another.
    ui.horizontal_wrapped(|ui| {
        let (text, warn) = match &d.incoming.base_from {
            None => (say::NO_BASE.get(lang).to_owned(), true),
            Some(BaseFrom::Opened) => (say::BASE_OPENED.get(lang).to_owned(), false),
            Some(BaseFrom::Backup(path)) => (say::base_backup(&file_name(path), lang), false),
            Some(BaseFrom::Chosen(path)) => (say::base_chosen(&file_name(path), lang), false),
        };
        if warn {
            ui.colored_label(crate::theme::WARNING, text);
        } else {
            ui.label(egui::RichText::new(text).weak());
        }
        if d.copy.is_some() && ui.button(say::OTHER_BASE.get(lang)).clicked() {
            answer = Some(Answer::ChooseBase);
        }
    });
    let report = &d.merge.report;
    if !report.conflicts.is_empty() {
        ui.separator();
        ui.label(egui::RichText::new(say::CONFLICTS.get(lang)).strong());
        egui::ScrollArea::vertical()
            .id_salt("merge-conflicts")
            .max_height(240.0)
            .show(ui, |ui| {
                for (i, (c, choice)) in report.conflicts.iter().zip(&mut d.choices).enumerate() {
                    ui.push_id(i, |ui| {
                        ui.label(egui::RichText::new(say::place_text(&c.place, lang)).strong());
                        ui.label(egui::RichText::new(say::conflict_kind(c.kind, lang)).weak());
                        let side = |s: Option<&serde_json::Value>| say::side_text(c, s, lang);
                        // Mine, theirs and before side by side; the radio buttons choose.
                        ui.columns(3, |cols| {
                            cols[0].radio_value(
                                choice,
                                Side::Mine,
                                format!("{}: {}", say::MINE.get(lang), side(c.mine.as_ref())),
                            );
                            cols[1].radio_value(
                                choice,
                                Side::Theirs,
                                format!("{}: {}", say::THEIRS.get(lang), side(c.theirs.as_ref())),
                            );
                            cols[2].label(
                                egui::RichText::new(format!(
                                    "{}: {}",
                                    say::BASE.get(lang),
                                    side(c.base.as_ref())
                                ))
                                .weak(),
                            );
                        });
                        ui.add_space(6.0);
                    });
                }
            });
    }
    ui.separator();
    // Always shown at a fixed height: the dialog does not grow or move under the pointer.
    ui.label(egui::RichText::new(say::WHAT_HAPPENED.get(lang)).strong());
    egui::ScrollArea::vertical()
        .id_salt("merge-report-lines")
        .auto_shrink([false, false])
        .max_height(120.0)
        .show(ui, |ui| {
            for line in say::report_lines(report, lang, MAX_REPORT_LINES) {
                ui.label(egui::RichText::new(line).weak());
            }
        });
    ui.separator();
    ui.horizontal(|ui| {
        let confirm = if d.incoming.disk.is_some() {
            say::MERGE_AND_SAVE
        } else {
            say::MERGE
        };
        if ui.button(confirm.get(lang)).clicked() {
            answer = Some(Answer::Merge);
        }
        if ui.button(t::CANCEL.get(lang)).clicked() {
            answer = Some(Answer::Cancel);
        }
    });
    answer
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
