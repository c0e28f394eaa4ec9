//! Safe saving: write a temporary file beside the document, give it the document's
//! permissions, sync it, keep a backup of the previous version (itself written through a
//! temporary file, so a backup is whole or absent), rename over the document, sync the
//! folder. A crash at any moment leaves either the old or the new file, never a half-written
//! one. The file on disk is compared with what was read, so another person's changes are
//! never overwritten silently. A document that is a symbolic link is saved where the link
//! points, and the link stays a link.

use super::format::{MAX_FILE_BYTES, mb};
use super::fs::{FileSystem, Step};
use super::path::{folder_reachable, link_count, parent_dir, real_path};
use crate::i18n::{Lang, files};
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// How many previous versions are kept in the backup folder.
pub const BACKUPS_KEPT: usize = 10;
/// Part of every temporary file's name, so leftovers of a crash can be recognised.
pub const TEMP_MARKER: &str = ".samverkan-tmp-";

/// A hash of a file's bytes (FNV-1a, 64 bits): stable across runs and platforms, and any
/// change of content changes it, whatever the modification time says.
pub fn content_hash(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash ^ (bytes.len() as u64).rotate_left(32)
}

/// What the caller knows about the file it is about to replace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// The file had these bytes when it was read; refuse if it has changed since.
    Hash(u64),
    /// The user chose to replace whatever is there (Save as, or "overwrite" after a conflict).
    Overwrite,
}

/// Something that went wrong without stopping the save.
#[derive(Debug)]
pub enum SaveWarning {
    /// The previous version could not be kept in the backup folder.
    BackupFailed { dir: PathBuf, source: io::Error },
    /// Backups beyond [`BACKUPS_KEPT`] could not be removed.
    OldBackupsKept { dir: PathBuf, source: io::Error },
    /// The new file could not get the old one's mode, owner or group.
    PermissionsNotKept { file: PathBuf, source: io::Error },
    /// The document had other names (hard links), which now show the previous version.
    HardLinks { file: PathBuf, names: u64 },
}

impl SaveWarning {
    pub fn message(&self, lang: Lang) -> String {
        let reason = |e: &io::Error| files::io_reason(e, lang);
        match self {
            SaveWarning::BackupFailed { dir, source } => {
                files::backup_failed(&dir.display().to_string(), &reason(source), lang)
            }
            SaveWarning::OldBackupsKept { dir, source } => {
                files::old_backups_kept(&dir.display().to_string(), &reason(source), lang)
            }
            SaveWarning::PermissionsNotKept { file, source } => {
                files::permissions_not_kept(&file_name(file), &reason(source), lang)
            }
            SaveWarning::HardLinks { file, names } => {
                files::hard_links(&file_name(file), *names, lang)
            }
        }
    }
}

#[derive(Debug, Default)]
pub struct SaveOutcome {
    /// Hash of the bytes now on disk; remember it for the next save.
    pub hash: u64,
    /// Where the previous version was kept, if there was one.
    pub backup: Option<PathBuf>,
    /// Things that went wrong without stopping the save.
    pub warnings: Vec<SaveWarning>,
}

#[derive(Debug)]
pub enum SaveError {
    /// The file changed (or went: `None`) since it was read; nothing was written.
    ChangedOnDisk { current_hash: Option<u64> },
    /// The folder that should hold the file cannot be reached (moved, removed, a network
    /// drive disconnected).
    FolderGone { dir: PathBuf },
    /// The document would be larger than what can be read back.
    TooLarge { size: usize, max: usize },
    /// The document has no file yet.
    NoPath,
    /// The document is open read-only.
    ReadOnly,
    /// Someone else has the chosen file open (Save as).
    TargetLocked { file: PathBuf, holder: String },
    /// A step of the save failed; see [`SaveError::message`] for whether the file changed.
    Failed {
        step: Step,
        file: PathBuf,
        source: io::Error,
    },
}

impl SaveError {
    fn at(step: Step, file: &Path) -> impl FnOnce(io::Error) -> SaveError {
        let file = file.to_owned();
        move |source| SaveError::from_io(step, file, source)
    }

    /// An I/O error at a step of saving `file`. A file that cannot be created or renamed for
    /// want of its folder means the folder went (or never was).
    pub fn from_io(step: Step, file: PathBuf, source: io::Error) -> SaveError {
        if source.kind() == io::ErrorKind::NotFound && !folder_reachable(&file) {
            SaveError::FolderGone {
                dir: parent_dir(&file).to_owned(),
            }
        } else {
            SaveError::Failed { step, file, source }
        }
    }

    /// The error in words a secretary understands, with what to do.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SaveError::ChangedOnDisk { current_hash: None } => {
                files::deleted_on_disk(lang).to_owned()
            }
            SaveError::ChangedOnDisk { .. } => files::changed_on_disk(lang).to_owned(),
            SaveError::FolderGone { dir } => files::folder_gone(&dir.display().to_string(), lang),
            SaveError::TooLarge { size, max } => {
                files::too_large_to_save(mb(*size), mb(*max), lang)
            }
            SaveError::NoPath => files::no_file_yet(lang).to_owned(),
            SaveError::ReadOnly => files::open_read_only(lang).to_owned(),
            SaveError::TargetLocked { file, holder } => {
                files::target_locked(&file.display().to_string(), holder, lang)
            }
            SaveError::Failed {
                step: Step::SyncDir,
                file,
                source,
            } => files::save_not_durable(&file_name(file), &files::io_reason(source, lang), lang),
            SaveError::Failed { file, source, .. } => files::save_failed(
                &file.display().to_string(),
                &files::io_reason(source, lang),
                files::save_advice(source.kind(), lang),
                lang,
            ),
        }
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for SaveError {}

/// The folder that keeps previous versions of `path`: `<folder>/<name>.backups/`.
pub fn backup_dir(path: &Path) -> PathBuf {
    let name = file_name(path);
    path.with_file_name(format!("{name}.backups"))
}

pub(crate) fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let name = file_name(path);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}{TEMP_MARKER}{}-{n}", std::process::id()))
}

/// Temporary files of earlier saves of `path` that were never renamed (a crash mid-save).
pub fn leftover_temps(path: &Path) -> Vec<PathBuf> {
    let name = file_name(path);
    temps_in(parent_dir(path), &format!(".{name}{TEMP_MARKER}"))
}

/// Temporary files in `dir` whose name starts with `prefix`.
fn temps_in(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .collect();
    found.sort();
    found
}

/// The process id in a temporary file's name (`.<name>.samverkan-tmp-<pid>-<n>`).
pub fn temp_pid(temp: &Path) -> Option<u32> {
    let name = temp.file_name()?.to_string_lossy().into_owned();
    let rest = &name[name.find(TEMP_MARKER)? + TEMP_MARKER.len()..];
    rest.split('-').next()?.parse().ok()
}

/// Remove the temporary files that crashed saves of `path` left, beside it and in its
/// backup folder, except those of a process that still runs (its save may be under way).
/// Only the holder of the document's lock may call this. Returns what was removed.
pub fn remove_leftovers(path: &Path) -> Vec<PathBuf> {
    let backups = backup_dir(path);
    let mut candidates = leftover_temps(path);
    candidates.extend(temps_in(&backups, ".").into_iter().filter(|p| is_temp(p)));
    // Of the lock file (a process killed while taking the lock).
    let lock_name = file_name(&super::lock::lock_path(path));
    candidates.extend(temps_in(
        parent_dir(path),
        &format!(".{lock_name}{TEMP_MARKER}"),
    ));
    candidates
        .into_iter()
        .filter(|temp| {
            let running = temp_pid(temp)
                .is_some_and(|p| p != std::process::id() && super::lock::process_alive(p));
            !running && std::fs::remove_file(temp).is_ok()
        })
        .collect()
}

/// Save the document's `bytes` to `path` safely. On any error the file at `path` is exactly
/// as before (unless the error came after the rename, at the folder sync, when the new file
/// is in place but may not survive a power cut; the caller treats it as a failed save and
/// saves again). A document larger than can be read back is refused.
pub fn save_bytes(
    fs: &dyn FileSystem,
    path: &Path,
    bytes: &[u8],
    expect: Expect,
) -> Result<SaveOutcome, SaveError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(SaveError::TooLarge {
            size: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let path = &real_path(path);
    let mut outcome = SaveOutcome {
        hash: content_hash(bytes),
        ..SaveOutcome::default()
    };
    let current = fs
        .read(path)
        .map_err(SaveError::at(Step::ReadCurrent, path))?;
    if current.is_none() && !folder_reachable(path) {
        return Err(SaveError::FolderGone {
            dir: parent_dir(path).to_owned(),
        });
    }
    if let Expect::Hash(expected) = expect {
        let now = current.as_deref().map(content_hash);
        if now != Some(expected) {
            return Err(SaveError::ChangedOnDisk { current_hash: now });
        }
    }
    write_atomic(fs, path, bytes, current.as_deref(), &mut outcome)?;
    Ok(outcome)
}

/// Write `bytes` to `path` (following symbolic links) through a synced temporary file that
/// has the old file's permissions, and a rename. With `previous`, the bytes the file had are
/// kept in the backup folder first.
pub fn write_atomic(
    fs: &dyn FileSystem,
    path: &Path,
    bytes: &[u8],
    previous: Option<&[u8]>,
    outcome: &mut SaveOutcome,
) -> Result<(), SaveError> {
    let path = &real_path(path);
    if !folder_reachable(path) {
        return Err(SaveError::FolderGone {
            dir: parent_dir(path).to_owned(),
        });
    }
    let temp = temp_path(path);
    let exists = path.exists();
    let write_temp = |outcome: &mut SaveOutcome| -> Result<(), SaveError> {
        let mut file = fs
            .create_new(&temp, Step::CreateTemp)
            .map_err(SaveError::at(Step::CreateTemp, path))?;
        fs.write_all(&mut file, bytes, Step::Write)
            .map_err(SaveError::at(Step::Write, path))?;
        if exists && let Err(source) = fs.copy_permissions(&file, path) {
            outcome.warnings.push(SaveWarning::PermissionsNotKept {
                file: path.to_owned(),
                source,
            });
        }
        fs.sync_file(&file, Step::SyncFile)
            .map_err(SaveError::at(Step::SyncFile, path))?;
        Ok(())
    };
    if let Err(e) = write_temp(outcome) {
        let _ = fs.remove_file(&temp);
        return Err(e);
    }

    // Keep the previous version. A failure here is reported but never blocks the save.
    if let Some(previous) = previous {
        match backup(fs, path, previous) {
            Ok(kept) => outcome.backup = Some(kept),
            Err(source) => outcome.warnings.push(SaveWarning::BackupFailed {
                dir: backup_dir(path),
                source,
            }),
        }
    }
    let names = link_count(path);
    if names > 1 {
        outcome.warnings.push(SaveWarning::HardLinks {
            file: path.to_owned(),
            names,
        });
    }

    if let Err(e) = fs.rename(&temp, path, Step::Rename) {
        let _ = fs.remove_file(&temp);
        return Err(SaveError::at(Step::Rename, path)(e));
    }
    fs.sync_dir(parent_dir(path))
        .map_err(SaveError::at(Step::SyncDir, path))?;

    if previous.is_some()
        && let Err(source) = rotate_backups(fs, path)
    {
        outcome.warnings.push(SaveWarning::OldBackupsKept {
            dir: backup_dir(path),
            source,
        });
    }
    Ok(())
}

/// A document's name without and with its extension parts: `plan.ron` → (`plan`, `ron`).
fn stem_and_ext(path: &Path) -> (String, String) {
    let stem = path
        .file_stem()
        .map_or_else(|| "document".into(), |n| n.to_string_lossy().into_owned());
    let ext = path
        .extension()
        .map_or_else(|| "ron".into(), |n| n.to_string_lossy().into_owned());
    (stem, ext)
}

/// The file name of a path, or "document" for a path without one.
pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| "document".into(), |n| n.to_string_lossy().into_owned())
}

/// Keep `previous` (the bytes the document had) in the backup folder under a name that
/// sorts by time. Written through a temporary file and a rename: a full disk leaves no
/// truncated backup behind.
fn backup(fs: &dyn FileSystem, path: &Path, previous: &[u8]) -> io::Result<PathBuf> {
    let dir = backup_dir(path);
    fs.create_dir_all(&dir, Step::Backup)?;
    let (stem, ext) = stem_and_ext(path);
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S%.3f");
    // A counter after the time keeps names unique and in order within one millisecond.
    let mut n = 0;
    let mut target = dir.join(format!("{stem}.{stamp}-{n:02}.{ext}"));
    while target.exists() {
        n += 1;
        target = dir.join(format!("{stem}.{stamp}-{n:02}.{ext}"));
    }
    let temp = temp_path(&target);
    let write = || -> io::Result<()> {
        let mut file = fs.create_new(&temp, Step::Backup)?;
        fs.write_all(&mut file, previous, Step::Backup)?;
        // A backup is readable by whoever could read the document, no more.
        let _ = fs.copy_permissions(&file, path);
        fs.sync_file(&file, Step::Backup)?;
        fs.rename(&temp, &target, Step::Backup)
    };
    if let Err(e) = write() {
        let _ = fs.remove_file(&temp);
        return Err(e);
    }
    Ok(target)
}

/// The backups of `path`, oldest first.
pub fn list_backups(path: &Path) -> Vec<PathBuf> {
    let mut all: Vec<PathBuf> = std::fs::read_dir(backup_dir(path))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && !is_temp(p))
        .collect();
    all.sort();
    all
}

fn is_temp(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().contains(TEMP_MARKER))
}

/// Keep the file as it was before a migration to a newer format, beside the rotated backups
/// but never rotated away: `<name>.backups/<stem>.format-v<N>.<ext>`.
pub fn keep_pre_migration_copy(path: &Path, version: u32) -> io::Result<Option<PathBuf>> {
    let path = &real_path(path);
    let dir = backup_dir(path);
    std::fs::create_dir_all(&dir)?;
    let (stem, ext) = stem_and_ext(path);
    let target = dir.join(format!("{stem}.format-v{version}.{ext}"));
    if target.exists() || !path.exists() {
        return Ok(None);
    }
    let bytes = std::fs::read(path)?;
    let mut outcome = SaveOutcome::default();
    write_atomic(&super::fs::RealFs, &target, &bytes, None, &mut outcome)
        .map_err(io::Error::other)?;
    Ok(Some(target))
}

/// Timestamped backups only (`<stem>.2026…`), so the pre-migration copy is never rotated.
fn is_rotated_backup(path: &Path, stem: &str) -> bool {
    path.is_file()
        && path.file_name().is_some_and(|n| {
            n.to_string_lossy()
                .strip_prefix(stem)
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        })
}

fn rotate_backups(fs: &dyn FileSystem, path: &Path) -> io::Result<()> {
    let dir = backup_dir(path);
    if !dir.exists() {
        return Ok(());
    }
    let (stem, _) = stem_and_ext(path);
    let mut all: Vec<PathBuf> = fs
        .list_dir(&dir)?
        .into_iter()
        .filter(|p| is_rotated_backup(p, &stem))
        .collect();
    all.sort();
    let excess = all.len().saturating_sub(BACKUPS_KEPT);
    for old in &all[..excess] {
        fs.remove_file(old)?;
    }
    Ok(())
}
