//! Opening a document for editing: take the lock (or open read-only and say who has it),
//! read and hash the bytes, and deal with temporary files a crashed save left behind.

use super::file::{ReadError, read_document};
use super::format::Loaded;
use super::lock::{self, Acquire, LockGuard, LockInfo};
use super::save::{content_hash, leftover_temps, remove_leftovers};
use std::path::{Path, PathBuf};

/// May this instance write the document?
#[derive(Debug)]
pub enum Access {
    /// We hold the lock.
    Write(LockGuard),
    /// Someone else has the document open; it is shown read-only.
    ReadOnly(LockInfo),
    /// The lock file could not be created (a read-only folder, say); shown read-only.
    NoLock(std::io::Error),
    /// A document without a file (the sample, or a new one): nothing to lock yet.
    NoFile,
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
    /// How many names (hard links) the file has; more than one cannot all be kept up to date.
    pub link_count: u64,
    /// The bytes read: the common version if someone else saves before we do.
    pub bytes: Vec<u8>,
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

/// Open `path`: lock, read, hash, clean up after crashed saves. `path` should already be the
/// real path (see [`super::path::real_path`]).
pub fn open_document(path: &Path) -> Result<Opened, OpenError> {
    let access = match lock::acquire(path) {
        Ok(Acquire::Acquired(guard)) => Access::Write(guard),
        Ok(Acquire::HeldBy(holder)) => Access::ReadOnly(holder),
        Err(e) => Access::NoLock(e),
    };
    match read_document(path) {
        Ok((loaded, bytes)) => {
            // Only the lock holder may tidy: someone else's save may be under way.
            let removed_temps = if access.is_writable() {
                remove_leftovers(path)
            } else {
                Vec::new()
            };
            Ok(Opened {
                loaded,
                hash: content_hash(&bytes),
                access,
                removed_temps,
                link_count: super::path::link_count(path),
                bytes,
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
