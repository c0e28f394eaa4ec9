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

/// The lock file of a document.
pub fn lock_path(doc: &Path) -> PathBuf {
    let name = super::save::file_name(doc);
    doc.with_file_name(format!("{name}.lock"))
}

/// A held lock; dropping it removes the lock file (if it is still ours).
#[derive(Debug)]
pub struct LockGuard {
    path: PathBuf,
    info: LockInfo,
}

impl LockGuard {
    pub fn info(&self) -> &LockInfo {
        &self.info
    }

    /// Rewrite the lock with a fresh time, so a long session is not taken for stale.
    pub fn refresh(&mut self) -> io::Result<()> {
        let mut info = self.info.clone();
        info.since = LockInfo::current().since;
        std::fs::write(&self.path, encode(&info))?;
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

/// Who holds the lock of `doc`, if anyone. An unreadable lock file counts as held by someone
/// unknown (and is stale).
pub fn holder(doc: &Path) -> Option<LockInfo> {
    let path = lock_path(doc);
    if !path.exists() {
        return None;
    }
    Some(read_lock(&path).unwrap_or_else(|| LockInfo {
        user: "?".into(),
        host: "?".into(),
        pid: 0,
        since: String::new(),
    }))
}

/// Try to lock `doc`. Exactly one of several racing processes succeeds: the lock file is
/// created with `create_new`, which the file system makes atomic.
pub fn acquire(doc: &Path) -> io::Result<Acquire> {
    let path = lock_path(doc);
    let info = LockInfo::current();
    match OpenOptions::new().write(true).create_new(true).open(&path) {
        Ok(mut file) => {
            file.write_all(encode(&info).as_bytes())?;
            file.sync_all()?;
            Ok(Acquire::Acquired(LockGuard { path, info }))
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            Ok(Acquire::HeldBy(holder(doc).unwrap_or_else(|| LockInfo {
                user: "?".into(),
                host: "?".into(),
                pid: 0,
                since: String::new(),
            })))
        }
        Err(e) => Err(e),
    }
}

/// Take over a lock the user confirmed is stale. Fails with `HeldBy` if the lock changed
/// since the user saw it (someone else took it over first).
pub fn take_over(doc: &Path, seen: &LockInfo) -> io::Result<Acquire> {
    match holder(doc) {
        Some(now) if &now == seen || now.user == "?" => {
            let _ = std::fs::remove_file(lock_path(doc));
            acquire(doc)
        }
        Some(now) => Ok(Acquire::HeldBy(now)),
        None => acquire(doc),
    }
}

fn current_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "?".into())
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
