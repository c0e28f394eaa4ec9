//! An open document and everything about it that is not drawing: where it lives, whether we
//! may write it, what was on disk, unsaved edits, undo, and the crash-recovery copy. The app
//! holds one session; the command line's test harnesses drive the same code.

use crate::edit::{Edit, EditError, apply};
use crate::history::History;
use crate::io::fs::RealFs;
use crate::io::lock::{self, Acquire};
use crate::io::open::{Access, OpenError, Opened, open_document};
use crate::io::recovery::RecoveryStore;
use crate::io::save::{Expect, SaveError, SaveOutcome, content_hash, save_bytes};
use crate::io::to_string;
use crate::model::Document;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The recovery copy is written this long after the last edit (so typing does not write on
/// every key), and always within [`crate::io::recovery::RECOVERY_DELAY_SECS`].
pub const RECOVERY_DEBOUNCE: Duration = Duration::from_secs(3);

#[derive(Debug)]
pub struct Session {
    doc: Document,
    path: Option<PathBuf>,
    access: Access,
    /// Hash of the bytes on disk when we last read or wrote them.
    disk_hash: Option<u64>,
    /// The format version the file had; below the current one the file was migrated.
    file_version: u32,
    history: History,
    /// Counts edits; `saved_revision` is the revision on disk.
    revision: u64,
    saved_revision: u64,
    last_edit: Option<Instant>,
    /// The first edit not yet in the recovery copy: continuous typing still gets a copy within
    /// the 30-second promise.
    first_uncopied_edit: Option<Instant>,
    recovery_revision: u64,
    recovery: Option<RecoveryStore>,
}

impl Session {
    /// A session on a document that has no file yet (the sample, or File → New).
    pub fn unsaved(doc: Document) -> Self {
        Self {
            doc,
            path: None,
            access: Access::NoLock(String::new()),
            disk_hash: None,
            file_version: crate::model::FORMAT_VERSION,
            history: History::default(),
            revision: 0,
            saved_revision: 0,
            last_edit: None,
            first_uncopied_edit: None,
            recovery_revision: 0,
            recovery: RecoveryStore::open_default(),
        }
    }

    /// Open a file: take its lock or open it read-only.
    pub fn open(path: &Path) -> Result<(Self, OpenNotes), OpenError> {
        let Opened {
            loaded,
            hash,
            access,
            removed_temps,
        } = open_document(path)?;
        let session = Self {
            path: Some(path.to_owned()),
            access,
            disk_hash: Some(hash),
            file_version: loaded.file_version,
            ..Self::unsaved(loaded.document)
        };
        Ok((session, OpenNotes { removed_temps }))
    }

    /// Take over the lock of someone who is gone (the user confirmed). Fails if the lock is
    /// not stale, or someone else took it first.
    pub fn take_over_lock(&mut self) -> Result<(), String> {
        let (Some(path), Access::ReadOnly(holder)) = (&self.path, &self.access) else {
            return Err("the document is not locked by someone else".into());
        };
        if holder.staleness().is_none() {
            return Err(format!("the document is open by {}", holder.describe()));
        }
        match lock::take_over(path, holder) {
            Ok(Acquire::Acquired(guard)) => {
                self.access = Access::Write(guard);
                Ok(())
            }
            Ok(Acquire::HeldBy(now)) => {
                let msg = format!("the document is open by {}", now.describe());
                self.access = Access::ReadOnly(now);
                Err(msg)
            }
            Err(e) => Err(e.to_string()),
        }
    }

    /// Keep our lock fresh during a long session, so it is not taken for stale.
    pub fn refresh_lock(&mut self) {
        if let Access::Write(guard) = &mut self.access {
            let _ = guard.refresh();
        }
    }

    /// Use another recovery folder (tests).
    pub fn set_recovery_store(&mut self, store: Option<RecoveryStore>) {
        self.recovery = store;
    }

    pub fn doc(&self) -> &Document {
        &self.doc
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn access(&self) -> &Access {
        &self.access
    }

    /// Read-only: someone else has the file open, or its folder cannot be written.
    pub fn is_read_only(&self) -> bool {
        self.path.is_some() && !self.access.is_writable()
    }

    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// Changes with every edit, undo and redo: caches of derived data key on it.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn was_migrated(&self) -> bool {
        self.file_version < crate::model::FORMAT_VERSION
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Apply one finished edit as one undo step.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        if self.is_read_only() {
            return Err(EditError::ReadOnly);
        }
        let before = self.doc.clone();
        apply(&mut self.doc, edit)?;
        if self.doc != before {
            self.history.record(before);
            self.touch();
        }
        Ok(())
    }

    pub fn undo(&mut self) -> bool {
        let done = self.history.undo(&mut self.doc);
        if done {
            self.touch();
        }
        done
    }

    pub fn redo(&mut self) -> bool {
        let done = self.history.redo(&mut self.doc);
        if done {
            self.touch();
        }
        done
    }

    fn touch(&mut self) {
        self.revision += 1;
        let now = Instant::now();
        self.last_edit = Some(now);
        self.first_uncopied_edit.get_or_insert(now);
    }

    /// Save to the file it came from; refuses if someone else changed the file.
    pub fn save(&mut self) -> Result<SaveOutcome, SaveError> {
        let Some(path) = self.path.clone() else {
            return Err(SaveError::Failed {
                step: crate::io::fs::Step::CreateTemp,
                source: std::io::Error::other("no file name yet: use Save as"),
            });
        };
        let expect = self.disk_hash.map_or(Expect::Overwrite, Expect::Hash);
        self.write(&path, expect)
    }

    /// Save over whatever is on disk now (the user chose "overwrite" after a conflict).
    pub fn overwrite(&mut self) -> Result<SaveOutcome, SaveError> {
        let Some(path) = self.path.clone() else {
            return self.save();
        };
        self.write(&path, Expect::Overwrite)
    }

    /// Save under a new name, which becomes the document's file. Its lock is taken first; if
    /// someone else holds it the save is refused.
    pub fn save_as(&mut self, path: &Path) -> Result<SaveOutcome, SaveError> {
        let same = self.path.as_deref().is_some_and(|p| same_file(p, path));
        if !same {
            match lock::acquire(path) {
                Ok(Acquire::Acquired(guard)) => {
                    let outcome = self.write(path, Expect::Overwrite);
                    if outcome.is_ok() {
                        let old = self.path.replace(path.to_owned());
                        if let Some(store) = &self.recovery {
                            store.discard(old.as_deref());
                        }
                        self.access = Access::Write(guard);
                    }
                    return outcome;
                }
                Ok(Acquire::HeldBy(holder)) => {
                    return Err(SaveError::Failed {
                        step: crate::io::fs::Step::CreateTemp,
                        source: std::io::Error::new(
                            std::io::ErrorKind::PermissionDenied,
                            format!("the file is open by {}", holder.describe()),
                        ),
                    });
                }
                Err(source) => {
                    return Err(SaveError::Failed {
                        step: crate::io::fs::Step::CreateTemp,
                        source,
                    });
                }
            }
        }
        self.write(path, Expect::Overwrite)
    }

    fn write(&mut self, path: &Path, expect: Expect) -> Result<SaveOutcome, SaveError> {
        if self.path.as_deref() == Some(path) && self.is_read_only() {
            return Err(SaveError::Failed {
                step: crate::io::fs::Step::CreateTemp,
                source: std::io::Error::new(
                    std::io::ErrorKind::PermissionDenied,
                    "the document is open read-only",
                ),
            });
        }
        // The original of a migrated file is kept before the migrated one replaces it.
        if self.was_migrated() && self.path.as_deref() == Some(path) {
            crate::io::save::keep_pre_migration_copy(path, self.file_version).map_err(
                |source| SaveError::Failed {
                    step: crate::io::fs::Step::Backup,
                    source,
                },
            )?;
        }
        let text = to_string(&self.doc);
        let outcome = save_bytes(&RealFs, path, text.as_bytes(), expect)?;
        self.disk_hash = Some(content_hash(text.as_bytes()));
        self.saved_revision = self.revision;
        self.first_uncopied_edit = None;
        self.file_version = crate::model::FORMAT_VERSION;
        if let Some(store) = &self.recovery {
            store.discard(self.path.as_deref());
            store.discard(Some(path));
        }
        Ok(outcome)
    }

    /// Whether the file on disk differs from what we read or wrote (someone else saved).
    pub fn changed_on_disk(&self) -> bool {
        match (&self.path, self.disk_hash) {
            (Some(path), Some(hash)) => {
                std::fs::read(path).map_or(true, |b| content_hash(&b) != hash)
            }
            _ => false,
        }
    }

    /// Write the recovery copy if it is due: edits not yet saved and not yet copied, and the
    /// last edit [`RECOVERY_DEBOUNCE`] ago. Returns true when a copy was written.
    pub fn tick(&mut self, now: Instant) -> bool {
        if !self.is_dirty() || self.recovery_revision == self.revision {
            return false;
        }
        let due = self.next_tick_in(now).is_none_or(|wait| wait.is_zero());
        if !due {
            return false;
        }
        let Some(store) = &self.recovery else {
            return false;
        };
        if store.write(self.path.as_deref(), &self.doc).is_ok() {
            self.recovery_revision = self.revision;
            self.first_uncopied_edit = None;
            return true;
        }
        false
    }

    /// When the next recovery copy is due, for scheduling a repaint.
    pub fn next_tick_in(&self, now: Instant) -> Option<Duration> {
        if self.recovery.is_none() || !self.is_dirty() || self.recovery_revision == self.revision {
            return None;
        }
        let since = self
            .last_edit
            .map_or(RECOVERY_DEBOUNCE, |t| now.duration_since(t));
        let pause = RECOVERY_DEBOUNCE.saturating_sub(since);
        // Never later than 30 s after the first edit that is not in the copy yet.
        let limit = Duration::from_secs(crate::io::recovery::RECOVERY_DELAY_SECS.unsigned_abs());
        let deadline = self
            .first_uncopied_edit
            .map_or(limit, |t| limit.saturating_sub(now.duration_since(t)));
        Some(pause.min(deadline))
    }

    /// Close normally: the recovery copy goes (the user saved or chose to discard).
    pub fn close(self) {
        if let Some(store) = &self.recovery {
            store.discard(self.path.as_deref());
        }
    }

    /// Replace the document with a recovered copy; it counts as unsaved.
    pub fn restore(&mut self, doc: Document) {
        let before = std::mem::replace(&mut self.doc, doc);
        self.history.record(before);
        self.touch();
    }
}

/// Whether two paths name the same file, however they are spelled (relative, `..`, a
/// linked folder). The file itself need not exist yet.
fn same_file(a: &Path, b: &Path) -> bool {
    if a == b {
        return true;
    }
    let resolve = |p: &Path| {
        let parent = p
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::canonicalize(parent)
            .ok()
            .zip(p.file_name().map(std::ffi::OsStr::to_owned))
    };
    matches!((resolve(a), resolve(b)), (Some(x), Some(y)) if x == y)
}

/// What opening tidied up.
#[derive(Debug, Default)]
pub struct OpenNotes {
    pub removed_temps: Vec<PathBuf>,
}
