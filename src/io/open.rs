//! Opening a document for editing: take the lock (or open read-only and say who has it),
//! read and hash the bytes, and deal with temporary files a crashed save left behind.

use super::file::{ReadError, read_document};
use super::format::Loaded;
use super::lock::{self, Acquire, LockGuard, LockInfo};
use super::save::{TEMP_MARKER, content_hash, leftover_temps};
use std::path::{Path, PathBuf};

/// May this instance write the document?
#[derive(Debug)]
pub enum Access {
    /// We hold the lock.
    Write(LockGuard),
    /// Someone else has the document open; it is shown read-only.
    ReadOnly(LockInfo),
    /// The lock file could not be created (a read-only folder, say); shown read-only.
    NoLock(String),
}

impl Access {
    pub fn is_writable(&self) -> bool {
        matches!(self, Access::Write(_))
    }
}

#[derive(Debug)]
pub struct Opened {
    pub loaded: Loaded,
    /// Hash of the bytes read, to recognise changes by others before saving.
    pub hash: u64,
    pub access: Access,
    /// Temporary files of crashed saves that were removed because the document is intact.
    pub removed_temps: Vec<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("{error}")]
    Unreadable {
        error: ReadError,
        /// Temporary files of an interrupted save that do load: offered for recovery.
        candidates: Vec<PathBuf>,
    },
}

/// Open `path`: lock, read, hash, clean up after crashed saves.
pub fn open_document(path: &Path) -> Result<Opened, OpenError> {
    let access = match lock::acquire(path) {
        Ok(Acquire::Acquired(guard)) => Access::Write(guard),
        Ok(Acquire::HeldBy(holder)) => Access::ReadOnly(holder),
        Err(e) => Access::NoLock(super::file::io_reason(&e)),
    };
    match read_document(path) {
        Ok((loaded, bytes)) => {
            let mut removed_temps = Vec::new();
            // Only the lock holder may tidy: someone else's save may be under way.
            if access.is_writable() {
                for temp in leftover_temps(path) {
                    let pid = temp_pid(&temp);
                    let running =
                        pid.is_some_and(|p| p != std::process::id() && lock::process_alive(p));
                    if !running && std::fs::remove_file(&temp).is_ok() {
                        removed_temps.push(temp);
                    }
                }
            }
            Ok(Opened {
                loaded,
                hash: content_hash(&bytes),
                access,
                removed_temps,
            })
        }
        Err(error) => {
            let candidates = leftover_temps(path)
                .into_iter()
                .filter(|t| read_document(t).is_ok())
                .collect();
            Err(OpenError::Unreadable { error, candidates })
        }
    }
}

/// The process id in a temporary file's name (`.<name>.samverkan-tmp-<pid>-<n>`).
fn temp_pid(temp: &Path) -> Option<u32> {
    let name = temp.file_name()?.to_string_lossy().into_owned();
    let rest = &name[name.find(TEMP_MARKER)? + TEMP_MARKER.len()..];
    rest.split('-').next()?.parse().ok()
}
