//! Safe saving: write a temporary file beside the document, sync it, keep a backup of the
//! previous version, rename over the document, sync the folder. A crash at any moment leaves
//! either the old or the new file, never a half-written one. The file on disk is compared with
//! what was read, so another person's changes are never overwritten silently.

use super::fs::{FileSystem, Step};
use crate::i18n::Lang;
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

#[derive(Debug, Default)]
pub struct SaveOutcome {
    /// Hash of the bytes now on disk; remember it for the next save.
    pub hash: u64,
    /// Where the previous version was kept, if there was one.
    pub backup: Option<PathBuf>,
    /// Things that went wrong without stopping the save (e.g. backup rotation).
    pub warnings: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("the file was changed on disk by someone else after it was opened")]
    ChangedOnDisk {
        /// `None` when the file was deleted.
        current_hash: Option<u64>,
    },
    #[error("saving failed at {step:?}: {source}")]
    Failed {
        step: Step,
        #[source]
        source: io::Error,
    },
}

impl SaveError {
    fn at(step: Step) -> impl FnOnce(io::Error) -> SaveError {
        move |source| SaveError::Failed { step, source }
    }

    /// The error in words a secretary understands, with what to do.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SaveError::ChangedOnDisk { current_hash: None } => lang
                .pick(
                    "Filen har tagits bort eller flyttats av någon annan sedan du öppnade den.",
                    "The file was deleted or moved by someone else after you opened it.",
                )
                .to_owned(),
            SaveError::ChangedOnDisk { .. } => lang
                .pick(
                    "Någon annan har ändrat filen sedan du öppnade den. Välj att läsa in deras version, spara dina ändringar under ett annat namn, eller skriva över.",
                    "Someone else changed the file after you opened it. Choose to reload their version, save yours under another name, or overwrite.",
                )
                .to_owned(),
            SaveError::Failed { source, .. } => {
                use std::io::ErrorKind as K;
                let reason = match (source.kind(), lang) {
                    (K::StorageFull, Lang::Sv) => "disken är full".to_owned(),
                    (K::StorageFull, Lang::En) => "the disk is full".to_owned(),
                    (K::PermissionDenied, Lang::Sv) => "du saknar behörighet att skriva i mappen".to_owned(),
                    (K::PermissionDenied, Lang::En) => "you may not write in this folder".to_owned(),
                    (K::ReadOnlyFilesystem, Lang::Sv) => "enheten är skrivskyddad".to_owned(),
                    (K::ReadOnlyFilesystem, Lang::En) => "the drive is read-only".to_owned(),
                    (K::NotFound, Lang::Sv) => "mappen finns inte längre (en nätverksenhet kan ha kopplats från)".to_owned(),
                    (K::NotFound, Lang::En) => "the folder no longer exists (a network drive may have been disconnected)".to_owned(),
                    (_, _) => source.to_string(),
                };
                match lang {
                    Lang::Sv => format!(
                        "Det gick inte att spara: {reason}. Filen på disken är oförändrad och dina ändringar finns kvar här. Prova Spara som … till en annan plats."
                    ),
                    Lang::En => format!(
                        "Could not save: {reason}. The file on disk is unchanged and your changes are still here. Try Save as … to another place."
                    ),
                }
            }
        }
    }
}

/// The folder that keeps previous versions of `path`: `<folder>/<name>.backups/`.
pub fn backup_dir(path: &Path) -> PathBuf {
    let name = file_name(path);
    path.with_file_name(format!("{name}.backups"))
}

fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let name = file_name(path);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}{TEMP_MARKER}{}-{n}", std::process::id()))
}

/// Temporary files of earlier saves of `path` that were never renamed (a crash mid-save).
pub fn leftover_temps(path: &Path) -> Vec<PathBuf> {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Vec::new();
    };
    let prefix = format!(".{name}{TEMP_MARKER}");
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&prefix))
        })
        .collect();
    found.sort();
    found
}

/// Save `bytes` to `path` safely. On any error the file at `path` is exactly as before
/// (unless the error came after the rename, at the folder sync, when the new file is in place
/// but may not survive a power cut; the caller treats it as a failed save and saves again).
pub fn save_bytes(
    fs: &dyn FileSystem,
    path: &Path,
    bytes: &[u8],
    expect: Expect,
) -> Result<SaveOutcome, SaveError> {
    let mut outcome = SaveOutcome {
        hash: content_hash(bytes),
        ..SaveOutcome::default()
    };
    let current = fs.read(path).map_err(SaveError::at(Step::ReadCurrent))?;
    if let Expect::Hash(expected) = expect {
        let now = current.as_deref().map(content_hash);
        if now != Some(expected) {
            return Err(SaveError::ChangedOnDisk { current_hash: now });
        }
    }

    write_atomic(fs, path, bytes, current.is_some(), &mut outcome)?;
    Ok(outcome)
}

/// Write `bytes` to `path` through a synced temporary file and a rename, keeping a backup of
/// the file it replaces when `keep_backup` is set.
pub fn write_atomic(
    fs: &dyn FileSystem,
    path: &Path,
    bytes: &[u8],
    keep_backup: bool,
    outcome: &mut SaveOutcome,
) -> Result<(), SaveError> {
    let temp = temp_path(path);
    let write_temp = || -> Result<(), SaveError> {
        let mut file = fs
            .create_new(&temp)
            .map_err(SaveError::at(Step::CreateTemp))?;
        fs.write_all(&mut file, bytes)
            .map_err(SaveError::at(Step::Write))?;
        fs.sync_file(&file).map_err(SaveError::at(Step::SyncFile))?;
        Ok(())
    };
    if let Err(e) = write_temp() {
        let _ = fs.remove_file(&temp);
        return Err(e);
    }

    // Keep the previous version. A failure here is reported but never blocks the save.
    if keep_backup {
        match backup(fs, path) {
            Ok(kept) => outcome.backup = Some(kept),
            Err(e) => outcome.warnings.push(format!("backup failed: {e}")),
        }
    }

    if let Err(source) = fs.rename(&temp, path) {
        let _ = fs.remove_file(&temp);
        return Err(SaveError::Failed {
            step: Step::Rename,
            source,
        });
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs.sync_dir(dir).map_err(SaveError::at(Step::SyncDir))?;

    if keep_backup && let Err(e) = rotate_backups(fs, path) {
        outcome
            .warnings
            .push(format!("old backups could not be removed: {e}"));
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

/// Copy the current file into the backup folder under a name that sorts by time.
fn backup(fs: &dyn FileSystem, path: &Path) -> io::Result<PathBuf> {
    let dir = backup_dir(path);
    fs.create_dir_all(&dir)?;
    let (stem, ext) = stem_and_ext(path);
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S%.3f");
    // A counter after the time keeps names unique and in order within one millisecond.
    let mut n = 0;
    let mut target = dir.join(format!("{stem}.{stamp}-{n:02}.{ext}"));
    while target.exists() {
        n += 1;
        target = dir.join(format!("{stem}.{stamp}-{n:02}.{ext}"));
    }
    fs.copy(path, &target)?;
    Ok(target)
}

/// The backups of `path`, oldest first.
pub fn list_backups(path: &Path) -> Vec<PathBuf> {
    let mut all: Vec<PathBuf> = std::fs::read_dir(backup_dir(path))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    all.sort();
    all
}

/// Keep the file as it was before a migration to a newer format, beside the rotated backups
/// but never rotated away: `<name>.backups/<stem>.format-v<N>.<ext>`.
pub fn keep_pre_migration_copy(path: &Path, version: u32) -> io::Result<Option<PathBuf>> {
    let dir = backup_dir(path);
    std::fs::create_dir_all(&dir)?;
    let (stem, ext) = stem_and_ext(path);
    let target = dir.join(format!("{stem}.format-v{version}.{ext}"));
    if target.exists() || !path.exists() {
        return Ok(None);
    }
    std::fs::copy(path, &target)?;
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
