//! Hidden commands the tests drive as separate processes: to hold a lock, to leave a
//! recovery copy and be killed, to be killed in the middle of saves.

use super::run::{CliError, lock_for_writing};
use crate::i18n::Lang;
use crate::io::fs::RealFs;
use crate::io::lock::{Acquire, acquire};
use crate::io::save::{Expect, save_bytes};
use std::io::Write;
use std::path::Path;

/// Try to lock FILE; print "acquired" or "held", hold it `hold_ms`, exit.
pub(super) fn lock_probe(file: &Path, hold_ms: u64, out: &mut dyn Write) -> Result<i32, CliError> {
    let state = match acquire(file)? {
        Acquire::Acquired(guard) => Some(guard),
        Acquire::HeldBy(_) => None,
    };
    writeln!(out, "{}", if state.is_some() { "acquired" } else { "held" })?;
    out.flush()?;
    std::thread::sleep(std::time::Duration::from_millis(hold_ms));
    drop(state);
    Ok(0)
}

/// Open FILE in a session, make an unsaved edit (the title becomes TITLE), wait until the
/// recovery copy is written, print "written", then wait to be killed.
pub(super) fn recovery_probe(
    file: &Path,
    title: String,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<i32, CliError> {
    let (mut session, _) = crate::session::Session::open(file).map_err(|e| match e {
        crate::io::open::OpenError::Unreadable { error, .. } => CliError::Read(error),
    })?;
    let mut info = session.doc().info.clone();
    info.title = title;
    session
        .apply(crate::edit::Edit::SetInfo(info))
        .map_err(|e| CliError::Usage(e.message(lang)))?;
    loop {
        if session.tick(std::time::Instant::now()) {
            writeln!(out, "written")?;
            out.flush()?;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// Save FIRST and SECOND to TARGET alternately, COUNT times, through the safe save, holding
/// the lock as `fmt` does (the crash tests kill this process at random moments).
pub(super) fn save_loop(
    target: &Path,
    first: &Path,
    second: &Path,
    count: u64,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, CliError> {
    let texts = [std::fs::read(first)?, std::fs::read(second)?];
    let _lock = lock_for_writing(target, lang, err)?;
    for i in 0..count {
        let text = &texts[usize::from(i % 2 == 1)];
        save_bytes(&RealFs, target, text, Expect::Overwrite)?;
        writeln!(out, "{i}")?;
    }
    Ok(0)
}
