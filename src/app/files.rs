//! Files: opening, saving, the conflict with another person's version, recovery copies, and
//! the questions about unsaved changes.

use super::path_dialog::PathPurpose;
use super::picker::{FileKind, Pick};
use super::{Dialog, Pending, SamverkanApp};
use crate::i18n::t;
use crate::io::open::OpenError;
use crate::io::recovery::{Found, RecoveryStore};
use crate::io::save::SaveError;
use crate::model::Document;
use crate::session::Session;
use crate::ui::pages::PagesState;

impl SamverkanApp {
    /// Look for recovery copies of crashed sessions and ask about them.
    pub fn offer_recovery(&mut self) {
        if let Some(store) = RecoveryStore::open_default() {
            let found = store.orphans();
            if !found.is_empty() {
                self.dialog = Some(Dialog::Recovery(found));
            }
        }
    }

    /// Put another document in place of the open one (New, Open, a recovered copy): the old
    /// session closes (its lock and recovery copy go) and every page forgets its selection
    /// and caches. The problem list is keyed on the session's version, which is new.
    pub fn replace_session(&mut self, session: Session) {
        let old = std::mem::replace(&mut self.session, session);
        old.close();
        self.pages = PagesState::default();
        self.dialog = None;
    }

    pub(super) fn guard_unsaved(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.session.is_dirty() {
            self.dialog = Some(Dialog::Unsaved(pending));
        } else {
            self.proceed(ctx, pending);
        }
    }

    /// Carry out what waited for the unsaved-changes question.
    pub(super) fn proceed(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::New => {
                self.replace_session(Session::unsaved(Document::new("")));
            }
            Pending::NewForCounty(county) => {
                let doc = crate::model::county::document_for(county);
                self.replace_session(Session::unsaved(doc));
                self.ui_state.page = crate::ui::Page::Organisations;
            }
            Pending::Open(Some(path)) => self.open_path(&path),
            Pending::Open(None) => match self.picker.open(FileKind::Document, self.lang()) {
                Pick::Chosen(path) => self.open_path(&path),
                Pick::Cancelled => {}
                Pick::Unavailable => {
                    self.ask_path(PathPurpose::Open, FileKind::Document, false, "");
                }
            },
            Pending::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Open a file, replacing the current document.
    pub fn open_path(&mut self, path: &std::path::Path) {
        let lang = self.lang();
        match Session::open(path) {
            Ok((session, notes)) => {
                self.replace_session(session);
                self.recent.add(path);
                let mut msg = crate::i18n::files::opened(&path.display().to_string(), lang);
                if !notes.removed_temps.is_empty() {
                    msg.push_str(t::TEMPORARY_FILES_OF_AN_INTERRUPTED_SAVE.get(lang));
                }
                if notes.replaced_unreadable_lock {
                    msg.push_str(" (");
                    msg.push_str(crate::i18n::files::took_over_unreadable_lock(lang));
                    msg.push(')');
                }
                self.set_status(msg, false);
                if notes.link_count > 1 {
                    let name = path.display().to_string();
                    self.dialog = Some(Dialog::Message(crate::i18n::files::hard_links(
                        &name,
                        notes.link_count,
                        lang,
                    )));
                }
            }
            Err(OpenError::Unreadable { error, candidates }) => {
                self.dialog = Some(Dialog::Damaged {
                    error: error.message(lang),
                    candidates,
                });
            }
        }
    }

    /// Save; returns true when the document is safely on disk.
    pub fn save(&mut self) -> bool {
        if self.session.path().is_none() {
            return self.save_as();
        }
        let result = self.session.save();
        self.after_save(result)
    }

    pub fn save_as(&mut self) -> bool {
        let suggested = self.suggested_name();
        self.save_as_named(&suggested, None)
    }

    /// The name Save as proposes: the document's own, or one from its title.
    fn suggested_name(&self) -> String {
        self.session.path().and_then(|p| p.file_name()).map_or_else(
            || "samverkan.ron".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// Save, then carry out `pending` once the document is on disk: now, or when the app's
    /// own file dialog has a name for a document that has none.
    pub(super) fn save_then(&mut self, ctx: &egui::Context, pending: Pending) {
        let saved = if self.session.path().is_none() {
            let suggested = self.suggested_name();
            self.save_as_named(&suggested, Some(pending.clone()))
        } else {
            self.save()
        };
        if saved && !self.session.is_dirty() {
            self.proceed(ctx, pending);
        }
    }

    /// After a conflict: save our version under a new name beside theirs ("plan (din
    /// version).ron"), never proposing the file that holds their change.
    pub fn save_mine_as(&mut self) -> bool {
        let proposed = self.session.proposed_name_for_mine(self.lang());
        let name = proposed.file_name().map_or_else(
            || "samverkan.ron".into(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.save_as_named(&name, None)
    }

    /// After a conflict: read in their version; ours stays one undo step away and is kept
    /// as a copy beside the file, and the status says where.
    pub fn reload_theirs(&mut self) {
        let lang = self.lang();
        match self.session.reload_keeping_mine(lang) {
            Ok(Ok(copy)) => self.set_status(
                crate::i18n::files::reloaded_mine_kept(&copy.display().to_string(), lang),
                false,
            ),
            Ok(Err(e)) => {
                let msg = crate::i18n::files::reloaded_mine_in_undo(&e.message(lang), lang);
                self.set_status(msg.clone(), true);
                self.dialog = Some(Dialog::Message(msg));
            }
            Err(e) => {
                let msg = e.message(lang);
                self.set_status(msg.clone(), true);
                self.dialog = Some(Dialog::Message(msg));
            }
        }
    }

    /// Ask for a name and save under it; where the system has no file dialog the app's own
    /// asks, and `then` is carried out after that save.
    pub(super) fn save_as_named(&mut self, suggested: &str, then: Option<Pending>) -> bool {
        match self.picker.save(suggested, FileKind::Document, self.lang()) {
            Pick::Chosen(path) => self.save_to(&path),
            Pick::Cancelled => false,
            Pick::Unavailable => {
                self.ask_path(
                    PathPurpose::SaveAs { then },
                    FileKind::Document,
                    true,
                    suggested,
                );
                false
            }
        }
    }

    /// Save under `path`; returns true when the document is safely there.
    pub(super) fn save_to(&mut self, path: &std::path::Path) -> bool {
        let result = self.session.save_as(path);
        let ok = self.after_save(result);
        if ok {
            self.recent.add(path);
        }
        ok
    }

    pub(super) fn after_save(
        &mut self,
        result: Result<crate::io::save::SaveOutcome, SaveError>,
    ) -> bool {
        let lang = self.lang();
        match result {
            Ok(outcome) => {
                if outcome.warnings.is_empty() {
                    self.set_status(t::SAVED.get(lang), false);
                } else {
                    let msg: Vec<String> =
                        outcome.warnings.iter().map(|w| w.message(lang)).collect();
                    let msg = msg.join(" ");
                    self.set_status(msg.clone(), true);
                    self.dialog = Some(Dialog::Message(msg));
                }
                self.after_erasing_save();
                true
            }
            Err(SaveError::ChangedOnDisk { .. }) => {
                self.dialog = Some(Dialog::Conflict);
                false
            }
            Err(e) => {
                let msg = e.message(lang);
                self.set_status(msg.clone(), true);
                self.dialog = Some(Dialog::Message(msg));
                false
            }
        }
    }

    /// Restore a recovery copy: reopen its file (if it had one) and put the recovered
    /// document in, unsaved.
    pub(super) fn restore(&mut self, found: &Found) {
        if let Some(path) = &found.content.document_path
            && path.exists()
        {
            self.open_path(path);
        } else {
            self.replace_session(Session::unsaved(Document::new("")));
        }
        self.session.restore(found.content.document.clone());
        RecoveryStore::remove(found);
        let lang = self.lang();
        self.set_status(t::UNSAVED_CHANGES_WERE_RESTORED_SAVE_TO.get(lang), false);
    }
}
