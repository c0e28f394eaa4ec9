//! Reading a document from a path, with errors that name the file.

use super::format::{LoadError, Loaded, MAX_FILE_BYTES, load_bytes};
use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}: {}", .path.display(), io_reason(.source))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: {source}", .path.display())]
    Load {
        path: PathBuf,
        #[source]
        source: LoadError,
    },
}

/// An I/O error in words a secretary understands.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "the file or folder does not exist".into(),
        K::PermissionDenied => "permission denied (you may not read or write here)".into(),
        K::StorageFull => "the disk is full".into(),
        K::ReadOnlyFilesystem => "the drive is read-only".into(),
        K::IsADirectory => "this is a folder, not a file".into(),
        _ => e.to_string(),
    }
}

/// Read and parse the document at `path`; also returns the bytes read, so a caller can
/// remember what was on disk.
pub fn read_document(path: &Path) -> Result<(Loaded, Vec<u8>), ReadError> {
    let io = |source| ReadError::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    // Read one byte past the cap so an oversized file is recognised without reading it all.
    let cap = u64::try_from(MAX_FILE_BYTES).unwrap_or(u64::MAX) + 1;
    file.take(cap).read_to_end(&mut bytes).map_err(io)?;
    let loaded = load_bytes(&bytes).map_err(|source| ReadError::Load {
        path: path.to_owned(),
        source,
    })?;
    Ok((loaded, bytes))
}
