//! An open document and everything about it that is not drawing: where it lives, whether we
//! may write it, what was on disk, unsaved edits, undo, and the crash-recovery copy. The app
//! holds one session; the command line's test harnesses drive the same code.

use crate::edit::{Edit, EditError, apply};
use crate::history::History;
use crate::i18n::Lang;
use crate::io::fs::RealFs;
use crate::io::lock::{self, Acquire};
use crate::io::open::{Access, OpenError, Opened, open_document};
use crate::io::path::real_path;
use crate::io::recovery::RecoveryStore;
use crate::io::save::{Expect, SaveError, SaveOutcome, content_hash, save_bytes, write_atomic};
use crate::io::{ReadError, read_document, to_string};
use crate::model::Document;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Which document, in which state: what caches of derived data key on. `generation` is new
/// for every session (New, Open, a recovered copy …), so a cache of one document is never
/// shown for another; `revision` changes with every edit, undo and redo.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Version {
    pub generation: u64,
    pub revision: u64,
}

/// A new generation number, never given out before in this process.
fn next_generation() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The recovery copy is written this long after the last edit (so typing does not write on
/// every key), and always within [`crate::io::recovery::RECOVERY_DELAY_SECS`].
pub const RECOVERY_DEBOUNCE: Duration = Duration::from_secs(3);

#[derive(Debug)]
pub struct Session {
    doc: Document,
    generation: u64,
    /// The document's file as the user named it (shown in the title and status bar).
    path: Option<PathBuf>,
    /// The file that path really names, links followed: every file operation uses this one,
    /// so a link stays a link and shares its lock with the file it points at.
    real: Option<PathBuf>,
    access: Access,
    /// Hash of the bytes on disk when we last read or wrote them.
    disk_hash: Option<u64>,
    /// Those bytes: the version both we and anyone who saves after us started from, the
    /// base of a merge.
    base: Option<std::sync::Arc<[u8]>>,
    /// The format version the file had; below the current one the file was migrated.
    file_version: u32,
    history: History,
    /// Counts changes (edits, undos, redos): caches key on it.
    revision: u64,
    /// The state the document is in: every edit makes a new one, undo returns to an earlier
    /// one. Unsaved means: not the state on disk.
    state: u64,
    saved_state: u64,
    /// The next new state's number.
    next_state: u64,
    last_edit: Option<Instant>,
    /// The first edit not yet in the recovery copy: continuous typing still gets a copy within
    /// the 30-second promise.
    first_uncopied_edit: Option<Instant>,
    recovery_revision: u64,
    recovery: Option<RecoveryStore>,
    /// The embedded sample, shown until the user opens or makes a document of their own.
    sample: bool,
    /// People erased since the last save: once the document is saved without them, the undo
    /// history (which holds them) is cleared, so erasing is one undo step until saved.
    erased: Vec<crate::model::PersonId>,
    /// The last save cleared the undo history for an erasure (the app says so).
    history_cleared: bool,
}

impl Session {
    /// The embedded sample, unsaved: the title bar and status bar say it is the example.
    pub fn sample(doc: Document) -> Self {
        Self {
            sample: true,
            ..Self::unsaved(doc)
        }
    }

    /// Whether this is the embedded sample (not yet saved anywhere).
    pub fn is_sample(&self) -> bool {
        self.sample && self.path.is_none()
    }

    /// A session on a document that has no file yet (the sample, or File → New).
    pub fn unsaved(doc: Document) -> Self {
        Self {
            doc,
            generation: next_generation(),
            path: None,
            real: None,
            access: Access::NoFile,
            disk_hash: None,
            base: None,
            file_version: crate::model::FORMAT_VERSION,
            history: History::default(),
            revision: 0,
            state: 0,
            saved_state: 0,
            next_state: 1,
            last_edit: None,
            first_uncopied_edit: None,
            recovery_revision: 0,
            recovery: RecoveryStore::open_default(),
            sample: false,
            erased: Vec::new(),
            history_cleared: false,
        }
    }

    /// Open a file: take its lock or open it read-only.
    pub fn open(path: &Path) -> Result<(Self, OpenNotes), OpenError> {
        let real = real_path(path);
        let Opened {
            loaded,
            hash,
            access,
            removed_temps,
            link_count,
            bytes,
        } = open_document(&real)?;
        let replaced_unreadable_lock =
            matches!(&access, Access::Write(guard) if guard.replaced_unreadable());
        let session = Self {
            path: Some(path.to_owned()),
            real: Some(real),
            access,
            disk_hash: Some(hash),
            base: Some(bytes.into()),
            file_version: loaded.file_version,
            ..Self::unsaved(loaded.document)
        };
        Ok((
            session,
            OpenNotes {
                removed_temps,
                link_count,
                replaced_unreadable_lock,
            },
        ))
    }

    /// Take over the lock of someone who is gone (the user confirmed). Fails if the lock is
    /// not stale, or someone else took it first.
    pub fn take_over_lock(&mut self, lang: Lang) -> Result<(), String> {
        use crate::i18n::files;
        let (Some(path), Access::ReadOnly(holder)) = (&self.real, &self.access) else {
            return Ok(());
        };
        if holder.staleness().is_none() {
            return Err(files::locked_by(&holder.describe(), lang));
        }
        match lock::take_over(path, holder) {
            Ok(Acquire::Acquired(guard)) => {
                self.access = Access::Write(guard);
                Ok(())
            }
            Ok(Acquire::HeldBy(now)) => {
                let msg = files::locked_by(&now.describe(), lang);
                self.access = Access::ReadOnly(now);
                Err(msg)
            }
            Err(e) => Err(files::io_reason(&e, lang)),
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

    /// The hash of the bytes on disk when last read or written: changes with every save.
    pub fn disk_hash(&self) -> Option<u64> {
        self.disk_hash
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

    /// Whether the document differs from the file (by edits not undone since the save).
    pub fn is_dirty(&self) -> bool {
        self.state != self.saved_state
    }

    /// Changes with every edit, undo and redo.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// What caches of derived data key on: this session and this revision.
    pub fn version(&self) -> Version {
        Version {
            generation: self.generation,
            revision: self.revision,
        }
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

    /// Apply one finished edit as one undo step (none when it changed nothing).
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        if self.is_read_only() {
            return Err(EditError::ReadOnly);
        }
        crate::edit::permitted(&self.doc, &edit)?;
        let erasing = match &edit {
            Edit::ErasePerson(e) => Some(e.person.clone()),
            _ => None,
        };
        self.record(edit)?;
        self.erased.extend(erasing);
        Ok(())
    }

    /// Whether the last save cleared the undo history because it saved an erasure; asking
    /// forgets it.
    pub fn take_history_cleared(&mut self) -> bool {
        std::mem::take(&mut self.history_cleared)
    }

    /// Apply and remember an edit, whatever the access (reloading a file is not an edit of it).
    fn record(&mut self, edit: Edit) -> Result<(), EditError> {
        if let Some(inverse) = apply(&mut self.doc, edit)? {
            self.history.record(inverse, self.state);
            self.state = self.next_state;
            self.next_state += 1;
            self.touch();
        }
        Ok(())
    }

    pub fn undo(&mut self) -> bool {
        let Some((inverse, earlier)) = self.history.take_undo() else {
            return false;
        };
        // An inverse puts back what its edit changed; it applies to the state it was made in.
        if let Ok(Some(redo)) = apply(&mut self.doc, inverse) {
            self.history.undone(redo, self.state);
        }
        self.state = earlier;
        self.touch();
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some((edit, later)) = self.history.take_redo() else {
            return false;
        };
        if let Ok(Some(undo)) = apply(&mut self.doc, edit) {
            self.history.redone(undo, self.state);
        }
        self.state = later;
        self.touch();
        true
    }

    fn touch(&mut self) {
        self.revision += 1;
        let now = Instant::now();
        self.last_edit = Some(now);
        self.first_uncopied_edit.get_or_insert(now);
    }

    /// Save to the file it came from; refuses if someone else changed the file.
    pub fn save(&mut self) -> Result<SaveOutcome, SaveError> {
        let Some(real) = self.real.clone() else {
            return Err(SaveError::NoPath);
        };
        let expect = self.disk_hash.map_or(Expect::Overwrite, Expect::Hash);
        self.write(&real, expect)
    }

    /// Save over whatever is on disk now (the user chose "overwrite" after a conflict).
    pub fn overwrite(&mut self) -> Result<SaveOutcome, SaveError> {
        let Some(real) = self.real.clone() else {
            return self.save();
        };
        self.write(&real, Expect::Overwrite)
    }

    /// Save under a new name, which becomes the document's file. Its lock is taken first; if
    /// someone else holds it the save is refused.
    pub fn save_as(&mut self, path: &Path) -> Result<SaveOutcome, SaveError> {
        let real = real_path(path);
        if self.real.as_deref() == Some(real.as_path()) {
            return self.write(&real, Expect::Overwrite);
        }
        match lock::acquire(&real) {
            Ok(Acquire::Acquired(guard)) => {
                let outcome = self.write(&real, Expect::Overwrite);
                if outcome.is_ok() {
                    self.path = Some(path.to_owned());
                    let old = self.real.replace(real);
                    if let Some(store) = &self.recovery {
                        store.discard(old.as_deref());
                    }
                    self.access = Access::Write(guard);
                }
                outcome
            }
            Ok(Acquire::HeldBy(holder)) => Err(SaveError::TargetLocked {
                file: path.to_owned(),
                holder: holder.describe(),
            }),
            Err(source) => Err(SaveError::from_io(
                crate::io::fs::Step::CreateTemp,
                path.to_owned(),
                source,
            )),
        }
    }

    /// Write the document to `real` (a real path), then remember what is on disk.
    fn write(&mut self, real: &Path, expect: Expect) -> Result<SaveOutcome, SaveError> {
        let own_file = self.real.as_deref() == Some(real);
        if own_file && self.is_read_only() {
            return Err(SaveError::ReadOnly);
        }
        let text = to_string(&self.doc);
        // The original of a migrated file is kept before the migrated one replaces it.
        if self.was_migrated() && own_file {
            crate::io::save::keep_pre_migration_copy(real, self.file_version).map_err(
                |source| SaveError::Failed {
                    step: crate::io::fs::Step::Backup,
                    file: real.to_owned(),
                    source,
                },
            )?;
        }
        let outcome = save_bytes(&RealFs, real, text.as_bytes(), expect)?;
        self.disk_hash = Some(content_hash(text.as_bytes()));
        self.base = Some(text.into_bytes().into());
        self.saved_state = self.state;
        self.first_uncopied_edit = None;
        self.file_version = crate::model::FORMAT_VERSION;
        if let Some(store) = &self.recovery {
            store.discard(self.real.as_deref());
            store.discard(Some(real));
        }
        // An erased person is gone from the file now; the undo history must not keep them.
        let erased = std::mem::take(&mut self.erased);
        if erased.iter().any(|p| self.doc.person(p).is_none()) {
            self.history.clear();
            self.history_cleared = true;
        }
        Ok(outcome)
    }

    /// Read in the version on disk (someone else saved) in place of ours, keeping ours twice:
    /// as the undo step before the reload, and as a copy beside the file
    /// ("plan (din version).ron"). Returns where the copy went, or why it could not be
    /// written (the undo step is there either way).
    pub fn reload_keeping_mine(
        &mut self,
        lang: Lang,
    ) -> Result<Result<PathBuf, SaveError>, ReadError> {
        let Some(real) = self.real.clone() else {
            return Ok(Err(SaveError::NoPath));
        };
        let (loaded, bytes) = read_document(&real)?;
        let copy = mine_copy_path(&real, lang);
        let mut outcome = SaveOutcome::default();
        let kept = write_atomic(
            &RealFs,
            &copy,
            to_string(&self.doc).as_bytes(),
            None,
            &mut outcome,
        )
        .map(|()| copy);
        // Theirs replaces ours as one undo step, so undo brings ours back.
        let _ = self.record(Edit::ReplaceDocument(Box::new(loaded.document)));
        self.disk_hash = Some(content_hash(&bytes));
        self.base = Some(bytes.into());
        self.file_version = loaded.file_version;
        self.saved_state = self.state;
        self.first_uncopied_edit = None;
        Ok(kept)
    }

    /// What a merge with the version on disk needs: the version we read or last wrote (the
    /// common base) and the one on disk now.
    pub fn incoming_from_disk(&self) -> Result<Incoming, ReadError> {
        let Some(real) = &self.real else {
            return Err(ReadError::NotAFile {
                path: PathBuf::new(),
            });
        };
        let (loaded, bytes) = read_document(real)?;
        let base = self
            .base
            .as_deref()
            .and_then(|b| crate::io::load_bytes(b).ok())
            .map(|l| l.document);
        Ok(Incoming {
            base_from: base.as_ref().map(|_| BaseFrom::Opened),
            base: base.unwrap_or_default(),
            theirs: loaded.document,
            disk: Some((content_hash(&bytes), bytes.into())),
        })
    }

    /// What a merge with a copy (someone's "Spara en kopia") needs: the copy, and as the
    /// common base the version we opened or one of the document's backups, whichever the copy
    /// differs least from (it was made from one of them); none found, an empty base, so every
    /// difference is asked about.
    pub fn incoming_from_copy(&self, copy: &Path) -> Result<Incoming, ReadError> {
        let theirs = read_document(copy)?.0.document;
        let mut candidates: Vec<(BaseFrom, Document)> = Vec::new();
        if let Some(doc) = self
            .base
            .as_deref()
            .and_then(|b| crate::io::load_bytes(b).ok())
        {
            candidates.push((BaseFrom::Opened, doc.document));
        }
        if let Some(real) = &self.real {
            let backups = crate::io::save::list_backups(real);
            for path in backups.iter().rev().take(MAX_BASE_CANDIDATES) {
                if let Ok((loaded, _)) = read_document(path) {
                    candidates.push((BaseFrom::Backup(path.clone()), loaded.document));
                }
            }
        }
        // The copy was made from its base: of the candidates, the one the copy differs least
        // from (its own edits only). Our own changes must not count: a version after our
        // last save would otherwise win a tie and make the copy undo our saved work.
        let distance = |base: &Document| {
            crate::model::merge::merge(base, base, &theirs)
                .map_or(usize::MAX, |m| m.report.changes.len())
        };
        let best = candidates
            .into_iter()
            .map(|(from, doc)| (distance(&doc), from, doc))
            .min_by_key(|(d, _, _)| *d);
        let (base_from, base) = match best {
            Some((_, from, doc)) => (Some(from), doc),
            None => (None, Document::default()),
        };
        Ok(Incoming {
            base,
            base_from,
            theirs,
            disk: None,
        })
    }

    /// Put a merged document in place of ours as one undo step (undo gives back ours).
    /// Merged with the version on disk, that version becomes the one we know is there, so
    /// the next save writes over it only if no one saved again since.
    pub fn accept_merge(&mut self, merged: Document, disk: Option<(u64, std::sync::Arc<[u8]>)>) {
        let _ = self.record(Edit::ReplaceDocument(Box::new(merged)));
        if let Some((hash, bytes)) = disk {
            self.disk_hash = Some(hash);
            self.base = Some(bytes);
        }
    }

    /// A name for our version beside the file that holds another person's: "plan (din
    /// version).ron", then "plan (din version 2).ron" and so on; never an existing file.
    pub fn proposed_name_for_mine(&self, lang: Lang) -> PathBuf {
        let base = self
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from("samverkan.ron"));
        mine_copy_path(&base, lang)
    }

    /// Whether the file on disk differs from what we read or wrote (someone else saved).
    pub fn changed_on_disk(&self) -> bool {
        match (&self.real, self.disk_hash) {
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
        if store.write(self.real.as_deref(), &self.doc).is_ok() {
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
            store.discard(self.real.as_deref());
        }
    }

    /// Replace the document with a recovered copy; it counts as unsaved.
    pub fn restore(&mut self, doc: Document) {
        let _ = self.record(Edit::ReplaceDocument(Box::new(doc)));
    }
}

/// "plan (din version).ron" beside `path`, numbered past any file that exists.
fn mine_copy_path(path: &Path, lang: Lang) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(|| "samverkan".into(), |s| s.to_string_lossy().into_owned());
    let ext = path
        .extension()
        .map_or_else(|| "ron".into(), |s| s.to_string_lossy().into_owned());
    (1..10_000)
        .map(|n| path.with_file_name(crate::i18n::files::my_version_name(&stem, n, &ext, lang)))
        .find(|p| !p.exists())
        .unwrap_or_else(|| path.with_extension("mine.ron"))
}

/// How many of the newest backups are tried as the common base of a merge with a copy.
const MAX_BASE_CANDIDATES: usize = 6;

/// Where the common base of a merge came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BaseFrom {
    /// The version this session read or last wrote.
    Opened,
    /// A backup of the document.
    Backup(PathBuf),
    /// A file the user chose.
    Chosen(PathBuf),
}

/// Another version to merge into ours, with the common base.
#[derive(Clone, Debug)]
pub struct Incoming {
    pub base: Document,
    /// `None`: no common version was found, the base is empty.
    pub base_from: Option<BaseFrom>,
    pub theirs: Document,
    /// For the version on disk: its hash and bytes.
    pub disk: Option<(u64, std::sync::Arc<[u8]>)>,
}

/// What opening tidied up.
#[derive(Debug, Default)]
pub struct OpenNotes {
    pub removed_temps: Vec<PathBuf>,
    /// More than one means hard links, which saving cannot keep in step (see the README).
    pub link_count: u64,
    /// An empty or unreadable lock file (a crash, a full disk) was replaced.
    pub replaced_unreadable_lock: bool,
}
