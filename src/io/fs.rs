//! The file-system steps of a safe save, behind a small trait so tests can make each step
//! fail in turn and show that the document on disk is never damaged.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// One step of a safe save. Each can fail on its own (full disk, permissions, a network
/// drive that goes away).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    ReadCurrent,
    CreateTemp,
    Write,
    SyncFile,
    Backup,
    Rename,
    SyncDir,
    RotateBackups,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::ReadCurrent,
        Step::CreateTemp,
        Step::Write,
        Step::SyncFile,
        Step::Backup,
        Step::Rename,
        Step::SyncDir,
        Step::RotateBackups,
    ];
}

/// The operations a safe save needs.
pub trait FileSystem {
    /// The current bytes at `path`, or `None` when there is no file.
    fn read(&self, path: &Path) -> io::Result<Option<Vec<u8>>>;
    /// Create a new file that must not exist yet.
    fn create_new(&self, path: &Path) -> io::Result<File>;
    fn write_all(&self, file: &mut File, bytes: &[u8]) -> io::Result<()>;
    fn sync_file(&self, file: &File) -> io::Result<()>;
    fn copy(&self, from: &Path, to: &Path) -> io::Result<()>;
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    fn create_dir_all(&self, dir: &Path) -> io::Result<()>;
    fn list_dir(&self, dir: &Path) -> io::Result<Vec<PathBuf>>;
    fn remove_file(&self, path: &Path) -> io::Result<()>;
}

/// The real file system.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealFs;

impl FileSystem for RealFs {
    fn read(&self, path: &Path) -> io::Result<Option<Vec<u8>>> {
        match std::fs::read(path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn create_new(&self, path: &Path) -> io::Result<File> {
        OpenOptions::new().write(true).create_new(true).open(path)
    }

    fn write_all(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)?;
        file.flush()
    }

    fn sync_file(&self, file: &File) -> io::Result<()> {
        file.sync_all()
    }

    fn copy(&self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::copy(from, to).map(|_| ())
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        rename_with_retry(from, to)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        sync_dir(dir)
    }

    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        std::fs::create_dir_all(dir)
    }

    fn list_dir(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        let mut paths = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            paths.push(entry?.path());
        }
        Ok(paths)
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        std::fs::remove_file(path)
    }
}

/// On Windows a virus scanner or indexer may hold the target for a moment: retry briefly,
/// then report. Elsewhere rename is atomic and is tried once.
fn rename_with_retry(from: &Path, to: &Path) -> io::Result<()> {
    #[cfg(windows)]
    {
        let mut last = None;
        for attempt in 0..10u64 {
            match std::fs::rename(from, to) {
                Ok(()) => return Ok(()),
                Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
                    last = Some(e);
                    std::thread::sleep(std::time::Duration::from_millis(50 * (attempt + 1)));
                }
                Err(e) => return Err(e),
            }
        }
        Err(last.unwrap_or_else(|| io::Error::other("rename failed")))
    }
    #[cfg(not(windows))]
    {
        std::fs::rename(from, to)
    }
}

/// Make a rename durable: sync the folder that holds the file. Windows has no such call
/// (NTFS journals the rename itself).
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// A file system that fails one chosen step, for tests of every failure path.
#[derive(Clone, Copy, Debug)]
pub struct FailingFs {
    pub fail: Step,
}

impl FailingFs {
    fn check(self, step: Step) -> io::Result<()> {
        if self.fail == step {
            Err(io::Error::new(
                io::ErrorKind::StorageFull,
                format!("injected failure at {step:?}"),
            ))
        } else {
            Ok(())
        }
    }
}

impl FileSystem for FailingFs {
    fn read(&self, path: &Path) -> io::Result<Option<Vec<u8>>> {
        self.check(Step::ReadCurrent)?;
        RealFs.read(path)
    }
    fn create_new(&self, path: &Path) -> io::Result<File> {
        self.check(Step::CreateTemp)?;
        RealFs.create_new(path)
    }
    fn write_all(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        if self.fail == Step::Write {
            // Fail half-way, as a full disk does.
            RealFs.write_all(file, &bytes[..bytes.len() / 2])?;
        }
        self.check(Step::Write)?;
        RealFs.write_all(file, bytes)
    }
    fn sync_file(&self, file: &File) -> io::Result<()> {
        self.check(Step::SyncFile)?;
        RealFs.sync_file(file)
    }
    fn copy(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.check(Step::Backup)?;
        RealFs.copy(from, to)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.check(Step::Rename)?;
        RealFs.rename(from, to)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.check(Step::SyncDir)?;
        RealFs.sync_dir(dir)
    }
    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        RealFs.create_dir_all(dir)
    }
    fn list_dir(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        self.check(Step::RotateBackups)?;
        RealFs.list_dir(dir)
    }
    fn remove_file(&self, path: &Path) -> io::Result<()> {
        RealFs.remove_file(path)
    }
}
