//! The file-system steps of a safe save, behind a small trait so tests can make each step
//! fail in turn (or run out of disk) and show that the document on disk is never damaged.
//! Every operation names the step of the save it belongs to.

use std::cell::Cell;
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
    /// Giving the new file the old one's permissions, owner and group.
    Permissions,
    SyncFile,
    Backup,
    Rename,
    SyncDir,
    RotateBackups,
}

impl Step {
    pub const ALL: [Step; 9] = [
        Step::ReadCurrent,
        Step::CreateTemp,
        Step::Write,
        Step::Permissions,
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
    fn create_new(&self, path: &Path, step: Step) -> io::Result<File>;
    fn write_all(&self, file: &mut File, bytes: &[u8], step: Step) -> io::Result<()>;
    /// Give `file` the permissions (and, where this process may, the owner and group) of the
    /// file at `like`.
    fn copy_permissions(&self, file: &File, like: &Path) -> io::Result<()>;
    fn sync_file(&self, file: &File, step: Step) -> io::Result<()>;
    fn rename(&self, from: &Path, to: &Path, step: Step) -> io::Result<()>;
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    fn create_dir_all(&self, dir: &Path, step: Step) -> io::Result<()>;
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

    /// Readable by the user only until it is given the document's own permissions (a new
    /// document, and the recovery copies, stay so: they hold people's personal data). In a
    /// folder shared with a group (its set-group-id bit set, so new files take its group)
    /// the group may read as well, and write as the umask allows.
    fn create_new(&self, path: &Path, _: Step) -> io::Result<File> {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
            let shared = path
                .parent()
                .and_then(|d| std::fs::metadata(d).ok())
                .is_some_and(|m| m.permissions().mode() & 0o2000 != 0);
            options.mode(if shared { 0o660 } else { 0o600 });
        }
        options.open(path)
    }

    fn write_all(&self, file: &mut File, bytes: &[u8], _: Step) -> io::Result<()> {
        file.write_all(bytes)?;
        file.flush()
    }

    fn copy_permissions(&self, file: &File, like: &Path) -> io::Result<()> {
        copy_permissions(file, like)
    }

    fn sync_file(&self, file: &File, _: Step) -> io::Result<()> {
        file.sync_all()
    }

    fn rename(&self, from: &Path, to: &Path, _: Step) -> io::Result<()> {
        rename_with_retry(from, to)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        sync_dir(dir)
    }

    fn create_dir_all(&self, dir: &Path, _: Step) -> io::Result<()> {
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

/// The mode bits, and the owner and group where the process may set them. A file owned by
/// someone else becomes ours (only root may give files away), but keeps its group, so the
/// colleagues of a group-shared folder keep their access.
fn copy_permissions(file: &File, like: &Path) -> io::Result<()> {
    let meta = std::fs::metadata(like)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        use std::os::unix::io::AsRawFd;
        let mine = file.metadata()?;
        if mine.uid() != meta.uid() || mine.gid() != meta.gid() {
            // SAFETY: fchown on a file descriptor we own; -1 (u32::MAX) leaves a field alone.
            let owner = unsafe { libc::fchown(file.as_raw_fd(), meta.uid(), meta.gid()) };
            if owner != 0 {
                // Not allowed to give the file away: keep at least the group.
                // SAFETY: as above.
                let group = unsafe { libc::fchown(file.as_raw_fd(), u32::MAX, meta.gid()) };
                if group != 0 && mine.gid() != meta.gid() {
                    return Err(io::Error::last_os_error());
                }
            }
        }
        // After chown, since changing the owner may clear the setgid bit.
        file.set_permissions(meta.permissions())
    }
    #[cfg(not(unix))]
    {
        // Windows: the read-only attribute; the ACL is inherited from the folder.
        file.set_permissions(meta.permissions())
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
        Err(last.unwrap_or_else(|| io::Error::other("rename failed"))) // not UI: never reached
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

fn injected(step: Step) -> io::Error {
    io::Error::new(
        io::ErrorKind::StorageFull,
        format!("injected failure at {step:?}"), // not UI: a test's file system
    )
}

/// A file system that fails one chosen step, for tests of every failure path.
#[derive(Clone, Copy, Debug)]
pub struct FailingFs {
    pub fail: Step,
}

impl FailingFs {
    fn check(self, step: Step) -> io::Result<()> {
        if self.fail == step {
            Err(injected(step))
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
    fn create_new(&self, path: &Path, step: Step) -> io::Result<File> {
        self.check(step)?;
        RealFs.create_new(path, step)
    }
    fn write_all(&self, file: &mut File, bytes: &[u8], step: Step) -> io::Result<()> {
        if self.fail == step {
            // Fail half-way, as a full disk does.
            RealFs.write_all(file, &bytes[..bytes.len() / 2], step)?;
        }
        self.check(step)?;
        RealFs.write_all(file, bytes, step)
    }
    fn copy_permissions(&self, file: &File, like: &Path) -> io::Result<()> {
        self.check(Step::Permissions)?;
        RealFs.copy_permissions(file, like)
    }
    fn sync_file(&self, file: &File, step: Step) -> io::Result<()> {
        self.check(step)?;
        RealFs.sync_file(file, step)
    }
    fn rename(&self, from: &Path, to: &Path, step: Step) -> io::Result<()> {
        self.check(step)?;
        RealFs.rename(from, to, step)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.check(Step::SyncDir)?;
        RealFs.sync_dir(dir)
    }
    fn create_dir_all(&self, dir: &Path, step: Step) -> io::Result<()> {
        self.check(step)?;
        RealFs.create_dir_all(dir, step)
    }
    fn list_dir(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        self.check(Step::RotateBackups)?;
        RealFs.list_dir(dir)
    }
    fn remove_file(&self, path: &Path) -> io::Result<()> {
        RealFs.remove_file(path)
    }
}

/// A disk with only `room` bytes free: writes beyond it stop part-way with "no space left",
/// as a real full disk does.
#[derive(Debug)]
pub struct FullDiskFs {
    room: Cell<usize>,
}

impl FullDiskFs {
    pub fn with_room(bytes: usize) -> Self {
        Self {
            room: Cell::new(bytes),
        }
    }
}

impl FileSystem for FullDiskFs {
    fn read(&self, path: &Path) -> io::Result<Option<Vec<u8>>> {
        RealFs.read(path)
    }
    fn create_new(&self, path: &Path, step: Step) -> io::Result<File> {
        RealFs.create_new(path, step)
    }
    fn write_all(&self, file: &mut File, bytes: &[u8], step: Step) -> io::Result<()> {
        let room = self.room.get();
        if bytes.len() <= room {
            self.room.set(room - bytes.len());
            return RealFs.write_all(file, bytes, step);
        }
        self.room.set(0);
        RealFs.write_all(file, &bytes[..room], step)?;
        Err(io::Error::new(
            io::ErrorKind::StorageFull,
            "No space left on device (os error 28)", // not UI: a test's file system
        ))
    }
    fn copy_permissions(&self, file: &File, like: &Path) -> io::Result<()> {
        RealFs.copy_permissions(file, like)
    }
    fn sync_file(&self, file: &File, step: Step) -> io::Result<()> {
        RealFs.sync_file(file, step)
    }
    fn rename(&self, from: &Path, to: &Path, step: Step) -> io::Result<()> {
        RealFs.rename(from, to, step)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        RealFs.sync_dir(dir)
    }
    fn create_dir_all(&self, dir: &Path, step: Step) -> io::Result<()> {
        RealFs.create_dir_all(dir, step)
    }
    fn list_dir(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        RealFs.list_dir(dir)
    }
    fn remove_file(&self, path: &Path) -> io::Result<()> {
        RealFs.remove_file(path)
    }
}
