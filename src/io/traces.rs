//! Files outside the document that may still hold a person: the backups beside it (and the
//! copy kept before a format migration), the copies of "my version" kept after a conflict,
//! and the recovery copy of unsaved edits. Listed in a register extract, and offered for
//! removal after the person is erased.

use super::recovery::RecoveryStore;
use super::save::{backup_dir, file_name};
use crate::model::name_patterns::NamePatterns;
use crate::model::{Document, Person};
use std::path::{Path, PathBuf};

/// What a file outside the document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceKind {
    /// A previous version in `<name>.backups/`.
    Backup,
    /// "plan (din version).ron": our version kept beside another person's.
    MyVersion,
    /// The recovery copy of unsaved edits, in the user's data folder.
    Recovery,
}

/// A file that holds the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trace {
    pub path: PathBuf,
    pub kind: TraceKind,
}

/// How to recognise the person in a file: their id as the file writes it, and the ways
/// their name is written.
#[derive(Clone, Debug)]
pub struct Needle {
    quoted_id: String,
    patterns: NamePatterns,
}

impl Needle {
    pub fn of(doc: &Document, person: &Person) -> Self {
        let mut patterns = NamePatterns::of(doc, person);
        // In a file, only the full forms: a first name alone proves nothing.
        patterns.first_name = None;
        Self {
            quoted_id: format!("\"{}\"", person.id),
            patterns,
        }
    }

    /// Whether `bytes` (a document or a recovery file) holds the person.
    pub fn in_bytes(&self, bytes: &[u8]) -> bool {
        let text = String::from_utf8_lossy(bytes);
        text.contains(&self.quoted_id) || !self.patterns.find(&text).is_empty()
    }
}

/// Every file outside the document at `document` (when it has a file) that holds the person:
/// backups, "my version" copies beside it, and the recovery copy.
pub fn files_holding(
    document: Option<&Path>,
    recovery: Option<&RecoveryStore>,
    needle: &Needle,
) -> Vec<Trace> {
    let mut candidates: Vec<Trace> = Vec::new();
    if let Some(path) = document {
        let path = super::path::real_path(path);
        candidates.extend(
            files_in(&backup_dir(&path), |_| true)
                .into_iter()
                .map(|p| Trace {
                    path: p,
                    kind: TraceKind::Backup,
                }),
        );
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let own = file_name(&path);
        if let Some(dir) = path.parent() {
            let prefix = format!("{stem} (");
            candidates.extend(
                files_in(dir, |name| name != own && name.starts_with(&prefix))
                    .into_iter()
                    .map(|p| Trace {
                        path: p,
                        kind: TraceKind::MyVersion,
                    }),
            );
        }
    }
    if let Some(store) = recovery {
        let file = store.file_for(document);
        if file.is_file() {
            candidates.push(Trace {
                path: file,
                kind: TraceKind::Recovery,
            });
        }
    }
    candidates
        .into_iter()
        .filter(|t| std::fs::read(&t.path).is_ok_and(|b| needle.in_bytes(&b)))
        .collect()
}

/// The files in `dir` whose names pass `keep`, sorted; temporary files of a save under way
/// are not among them.
fn files_in(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| {
            p.file_name().is_some_and(|n| {
                let n = n.to_string_lossy();
                !n.starts_with('.') && keep(&n)
            })
        })
        .collect();
    found.sort();
    found
}

/// Remove the files; returns those that could not be removed, with why.
pub fn remove(traces: &[Trace]) -> Vec<(PathBuf, std::io::Error)> {
    traces
        .iter()
        .filter_map(|t| {
            std::fs::remove_file(&t.path)
                .err()
                .map(|e| (t.path.clone(), e))
        })
        .collect()
}
