//! The lock file beside an open document: `<name>.lock`, created only if absent, holding who
//! has the document open. A second instance or a second user on a shared drive sees it and
//! opens the document read-only.

use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};
use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A lock older than this, not refreshed, is stale even on another host. The app refreshes
/// its lock every few minutes while the document is open.
pub const STALE_AFTER_HOURS: i64 = 12;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockInfo {
    pub user: String,
    pub host: String,
    pub pid: u32,
    /// When the document was opened (RFC 3339).
    pub since: String,
}

impl LockInfo {
    /// This process, now.
    pub fn current() -> Self {
        Self {
            user: current_user(),
            host: gethostname::gethostname().to_string_lossy().into_owned(),
            pid: std::process::id(),
            since: Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
        }
    }

    pub fn since_time(&self) -> Option<DateTime<Local>> {
        DateTime::parse_from_rfc3339(&self.since)
            .ok()
            .map(|t| t.with_timezone(&Local))
    }

    /// Whether this lock belongs to this very process.
    pub fn is_mine(&self) -> bool {
        self.pid == std::process::id() && self.host == LockInfo::current().host
    }

    /// Why this lock may be taken over, if it may: its process is gone from this host, or it
    /// is older than [`STALE_AFTER_HOURS`].
    pub fn staleness(&self) -> Option<Stale> {
        let here = LockInfo::current();
        if self.host == here.host && self.pid != here.pid && !process_alive(self.pid) {
            return Some(Stale::ProcessGone);
        }
        match self.since_time() {
            Some(t) if (Local::now() - t).num_hours() >= STALE_AFTER_HOURS => Some(Stale::Old),
            None => Some(Stale::Unreadable),
            _ => None,
        }
    }

    /// "Anna (anna-pc) sedan 2026-11-24 09:12".
    pub fn describe(&self) -> String {
        let since = self.since_time().map_or_else(
            || self.since.clone(),
            |t| t.format("%Y-%m-%d %H:%M").to_string(),
        );
        format!("{} ({}) {since}", self.user, self.host)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stale {
    /// The process that made it no longer runs on this host.
    ProcessGone,
    /// It is older than the limit.
    Old,
    /// It cannot be read (a crash while it was written).
    Unreadable,
}

/// The lock file of a document: beside the file the path really names, so that a link and
/// the file it points at share one lock.
pub fn lock_path(doc: &Path) -> PathBuf {
    let doc = super::path::real_path(doc);
    let name = super::save::file_name(&doc);
    doc.with_file_name(format!("{name}.lock"))
}

/// A held lock; dropping it removes the lock file (if it is still ours).
#[derive(Debug)]
pub struct LockGuard {
    path: PathBuf,
    info: LockInfo,
    /// An empty or unreadable lock file was found and replaced.
    replaced_unreadable: bool,
}

impl LockGuard {
    pub fn info(&self) -> &LockInfo {
        &self.info
    }

    /// Whether taking the lock replaced an empty or unreadable lock file.
    pub fn replaced_unreadable(&self) -> bool {
        self.replaced_unreadable
    }

    /// Rewrite the lock with a fresh time, so a long session is not taken for stale.
    pub fn refresh(&mut self) -> io::Result<()> {
        let mut info = self.info.clone();
        info.since = LockInfo::current().since;
        // Replaced whole (temporary file and rename), so a crash never leaves half a lock.
        let mut outcome = super::save::SaveOutcome::default();
        super::save::write_atomic(
            &super::fs::RealFs,
            &self.path,
            encode(&info).as_bytes(),
            None,
            &mut outcome,
        )
        .map_err(io::Error::other)?;
        self.info = info;
        Ok(())
    }

    /// Remove the lock now (also done on drop).
    pub fn release(self) {
        drop(self);
    }
}

impl Drop for LockGuard {
    fn drop(&mut self) {
        // Remove only our own lock: someone may have taken over a lock we held too long.
        if read_lock(&self.path).is_some_and(|i| i == self.info) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[derive(Debug)]
pub enum Acquire {
    Acquired(LockGuard),
    /// Someone else has the document open.
    HeldBy(LockInfo),
}

fn encode(info: &LockInfo) -> String {
    ron::ser::to_string_pretty(info, ron::ser::PrettyConfig::new().new_line("\n"))
        .unwrap_or_default()
}

fn read_lock(path: &Path) -> Option<LockInfo> {
    let text = std::fs::read_to_string(path).ok()?;
    ron::from_str(&text).ok()
}

/// A lock file younger than this may be one another process is writing right now.
const BEING_WRITTEN_SECS: u64 = 2;

/// Whether the lock file at `path` is empty or cannot be read as a lock, and old enough that
/// nobody is writing it (what a crash or a full disk leaves).
fn is_abandoned_unreadable(path: &Path) -> bool {
    if read_lock(path).is_some() {
        return false;
    }
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age.as_secs() >= BEING_WRITTEN_SECS)
}

/// Who holds the lock of `doc`, if anyone. A lock file that cannot be read counts as held
/// by someone unknown while it may still be being written; after that it is ignored.
pub fn holder(doc: &Path) -> Option<LockInfo> {
    let path = lock_path(doc);
    if !path.exists() || is_abandoned_unreadable(&path) {
        return None;
    }
    Some(read_lock(&path).unwrap_or_else(|| LockInfo {
        user: "?".into(),
        host: "?".into(),
        pid: 0,
        since: Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
    }))
}

/// Create the lock file with its whole content at once: written to a temporary file, then
/// hard-linked into place. Linking fails when the lock exists, so exactly one of several
/// racing processes succeeds, and nobody ever sees an empty lock. Where the file system has
/// no hard links (some network drives), the file is created with `create_new` and written.
fn create_lock(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temp = super::save::temp_path(path);
    let written = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(e);
    }
    let linked = std::fs::hard_link(&temp, path);
    let _ = std::fs::remove_file(&temp);
    match linked {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => {
            let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
            let written = file.write_all(bytes).and_then(|()| file.sync_all());
            if let Err(e) = written {
                // A full disk: leave no empty lock behind.
                drop(file);
                let _ = std::fs::remove_file(path);
                return Err(e);
            }
            Ok(())
        }
    }
}

/// Try to lock `doc`. Exactly one of several racing processes succeeds (see
/// [`create_lock`]). An empty or unreadable lock file that nobody is writing (left by a
/// crash or a full disk) is replaced.
pub fn acquire(doc: &Path) -> io::Result<Acquire> {
    let path = lock_path(doc);
    let info = LockInfo::current();
    for attempt in 0..2 {
        match create_lock(&path, encode(&info).as_bytes()) {
            Ok(()) => {
                return Ok(Acquire::Acquired(LockGuard {
                    path,
                    info,
                    replaced_unreadable: attempt > 0,
                }));
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                if attempt == 0 && is_abandoned_unreadable(&path) {
                    let _ = std::fs::remove_file(&path);
                    continue;
                }
                if let Some(holder) = holder(doc) {
                    return Ok(Acquire::HeldBy(holder));
                }
            }
            Err(e) => return Err(e),
        }
    }
    // The lock went and came back between our looks: someone is opening it now.
    Ok(Acquire::HeldBy(
        holder(doc).unwrap_or_else(LockInfo::current),
    ))
}

/// Take over a lock the user confirmed is stale. Fails with `HeldBy` if the lock changed
/// since the user saw it (someone else took it over first).
pub fn take_over(doc: &Path, seen: &LockInfo) -> io::Result<Acquire> {
    match holder(doc) {
        Some(now) if &now == seen => {
            let _ = std::fs::remove_file(lock_path(doc));
            acquire(doc)
        }
        Some(now) => Ok(Acquire::HeldBy(now)),
        None => acquire(doc),
    }
}

/// The user's login name: from the environment, else (a program started without a login
/// shell) from the system's user database, else the numeric id.
fn current_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .or_else(user_from_system)
        .unwrap_or_else(|| "?".into())
}

#[cfg(unix)]
#[allow(clippy::unnecessary_wraps)] // the same signature as the other platforms'
fn user_from_system() -> Option<String> {
    // SAFETY: getpwuid_r writes into the buffers we pass; the result points into `buf`.
    unsafe {
        let uid = libc::geteuid();
        let mut pwd: libc::passwd = std::mem::zeroed();
        let mut buf = vec![0 as libc::c_char; 1024];
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let rc = libc::getpwuid_r(
            uid,
            &raw mut pwd,
            buf.as_mut_ptr(),
            buf.len(),
            &raw mut result,
        );
        if rc == 0 && !result.is_null() && !pwd.pw_name.is_null() {
            let name = std::ffi::CStr::from_ptr(pwd.pw_name)
                .to_string_lossy()
                .into_owned();
            if !name.is_empty() {
                return Some(name);
            }
        }
        Some(format!("uid {uid}")) // not UI: the owner's name in the lock file, read in every language
    }
}

#[cfg(not(unix))]
fn user_from_system() -> Option<String> {
    None
}

/// Whether a process with this id runs on this host.
pub(crate) fn process_alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return false;
        };
        // Signal 0 checks existence; EPERM means it exists but belongs to another user.
        // SAFETY: kill with signal 0 sends nothing and has no memory effects.
        let r = unsafe { libc::kill(pid, 0) };
        r == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        // Without a cheap portable check, trust the lock until it is old.
        let _ = pid;
        true
    }
}
