//! Reading a document from a path, with errors that name the file. Only regular files are
//! read: a named pipe or a device would block or never end.

use super::format::{LoadError, Loaded, MAX_FILE_BYTES, load_bytes};
use crate::i18n::{Lang, files};
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum ReadError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A folder, a named pipe (FIFO), a device or a socket.
    NotAFile {
        path: PathBuf,
    },
    Load {
        path: PathBuf,
        source: LoadError,
    },
}

impl ReadError {
    pub fn path(&self) -> &Path {
        match self {
            ReadError::Io { path, .. }
            | ReadError::NotAFile { path }
            | ReadError::Load { path, .. } => path,
        }
    }

    /// "plan.ron: line 4, column 2: …", in the user's language. An empty file points to the
    /// backups, where the earlier versions are.
    pub fn message(&self, lang: Lang) -> String {
        let path = self.path().display();
        match self {
            ReadError::Io { source, .. } => format!("{path}: {}", files::io_reason(source, lang)),
            ReadError::NotAFile { .. } => format!("{path}: {}", files::not_a_regular_file(lang)),
            ReadError::Load {
                source: LoadError::Empty,
                path: p,
            } => {
                let backups = super::save::list_backups(p);
                let dir =
                    (!backups.is_empty()).then(|| super::save::backup_dir(p).display().to_string());
                format!("{path}: {}", files::empty_file(dir.as_deref(), lang))
            }
            ReadError::Load { source, .. } => format!("{path}: {}", source.message(lang)),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadError::Io { source, .. } => Some(source),
            ReadError::Load { source, .. } => Some(source),
            ReadError::NotAFile { .. } => None,
        }
    }
}

/// Open a file for reading only if it is a regular file, without blocking on a named pipe.
fn open_regular(path: &Path) -> Result<std::fs::File, ReadError> {
    let io = |source| ReadError::Io {
        path: path.to_owned(),
        source,
    };
    let not_a_file = || ReadError::NotAFile {
        path: path.to_owned(),
    };
    if !std::fs::metadata(path).map_err(io)?.is_file() {
        return Err(not_a_file());
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    // Opening a FIFO for reading blocks until someone writes: open without waiting and check
    // again what was opened (it may have been swapped since the first look).
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(io)?;
    if !file.metadata().map_err(io)?.is_file() {
        return Err(not_a_file());
    }
    Ok(file)
}

/// Read and parse the document at `path`; also returns the bytes read, so a caller can
/// remember what was on disk.
pub fn read_document(path: &Path) -> Result<(Loaded, Vec<u8>), ReadError> {
    let bytes = read_bytes(path)?;
    let loaded = load_bytes(&bytes).map_err(|source| ReadError::Load {
        path: path.to_owned(),
        source,
    })?;
    Ok((loaded, bytes))
}

/// The bytes of the document at `path`, refusing anything that is not a regular file and
/// anything over the size cap (named with its real size) before reading it.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, ReadError> {
    let io = |source| ReadError::Io {
        path: path.to_owned(),
        source,
    };
    let file = open_regular(path)?;
    let size = file.metadata().map_err(io)?.len();
    let cap = u64::try_from(MAX_FILE_BYTES).unwrap_or(u64::MAX);
    if size > cap {
        return Err(ReadError::Load {
            path: path.to_owned(),
            source: LoadError::TooLarge {
                size: usize::try_from(size).unwrap_or(usize::MAX),
                max: MAX_FILE_BYTES,
            },
        });
    }
    let mut bytes = Vec::new();
    // Read one byte past the cap so a file that grew since the look is still refused.
    file.take(cap + 1).read_to_end(&mut bytes).map_err(io)?;
    Ok(bytes)
}

/// An I/O error in words, in English (for logs); see [`files::io_reason`].
pub fn io_reason(e: &std::io::Error) -> String {
    files::io_reason(e, Lang::En)
}
