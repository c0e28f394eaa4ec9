//! Crash recovery: while a document has unsaved edits, a copy is written to the user's data
//! folder; after a crash the next start offers to restore it; a normal save or close removes it.
//!
//! The folder is `directories`' data folder for Samverkan (e.g. `~/.local/share/samverkan/recovery`
//! on Linux, `%APPDATA%\Samverkan\Samverkan\data\recovery` on Windows), or
//! `$SAMVERKAN_DATA_DIR/recovery` when that variable is set (tests use it).

use super::fs::RealFs;
use super::save::{SaveOutcome, content_hash, write_atomic};
use crate::model::Document;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// At most this long after an edit, the recovery copy holds it.
pub const RECOVERY_DELAY_SECS: i64 = 30;

/// The user's data folder for Samverkan.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("SAMVERKAN_DATA_DIR") {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("se", "Samverkan", "Samverkan").map(|d| d.data_dir().to_owned())
}

/// What a recovery file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecoveryFile {
    /// The document's file, or `None` for a document never saved.
    pub document_path: Option<PathBuf>,
    /// When the copy was written (RFC 3339).
    pub written: String,
    /// The process that wrote it; a running process's copy is not offered to others.
    pub pid: u32,
    pub document: Document,
}

/// A recovery copy found at start.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// The recovery file itself.
    pub file: PathBuf,
    pub content: RecoveryFile,
}

/// The recovery folder and its files.
#[derive(Clone, Debug)]
pub struct RecoveryStore {
    dir: PathBuf,
}

impl RecoveryStore {
    /// The store in the user's data folder, if there is one.
    pub fn open_default() -> Option<Self> {
        data_dir().map(|d| Self::at(d.join("recovery")))
    }

    pub fn at(dir: PathBuf) -> Self {
        Self { dir }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The recovery file for a document: one per document file, one per process for a new
    /// document.
    pub fn file_for(&self, document_path: Option<&Path>) -> PathBuf {
        let key = match document_path {
            Some(p) => {
                let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_owned());
                format!("{:016x}", content_hash(abs.to_string_lossy().as_bytes()))
            }
            None => format!("new-{}", std::process::id()),
        };
        self.dir.join(format!("{key}.ron"))
    }

    /// Write the recovery copy of `document` (atomically, so a crash while writing it
    /// leaves the previous copy).
    pub fn write(&self, document_path: Option<&Path>, document: &Document) -> std::io::Result<()> {
        private_dir(&self.dir)?;
        let content = RecoveryFile {
            document_path: document_path
                .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.to_owned())),
            written: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            pid: std::process::id(),
            document: document.clone(),
        };
        let text =
            ron::ser::to_string_pretty(&content, ron::ser::PrettyConfig::new().new_line("\n"))
                .map_err(std::io::Error::other)?;
        let mut outcome = SaveOutcome::default();
        write_atomic(
            &RealFs,
            &self.file_for(document_path),
            text.as_bytes(),
            None,
            &mut outcome,
        )
        .map_err(std::io::Error::other)
    }

    /// Remove the recovery copy of a document (after a save, or a close without saving).
    pub fn discard(&self, document_path: Option<&Path>) {
        let _ = std::fs::remove_file(self.file_for(document_path));
    }

    /// Recovery copies left by processes that no longer run: what a crash left behind.
    pub fn orphans(&self) -> Vec<Found> {
        let mut found: Vec<Found> = std::fs::read_dir(&self.dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .filter_map(|file| {
                let text = std::fs::read_to_string(&file).ok()?;
                let options = ron::Options::default().with_recursion_limit(64);
                let content: RecoveryFile = options.from_str(&text).ok()?;
                Some(Found { file, content })
            })
            .filter(|f| {
                f.content.pid != std::process::id() && !super::lock::process_alive(f.content.pid)
            })
            .collect();
        found.sort_by(|a, b| a.file.cmp(&b.file));
        found
    }

    /// Remove a recovery file the user declined.
    pub fn remove(found: &Found) {
        let _ = std::fs::remove_file(&found.file);
    }
}

/// Make `dir` (and its parents) if it is not there; the folder itself is the user's own
/// (0700 on Unix), since the copies in it hold the document's personal data.
fn private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}
