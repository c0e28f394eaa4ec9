//! Running a command: reading commands here, the others in their own modules.

use super::{Command, EXIT_LOCKED, EXIT_UNREADABLE, list_rows};
use crate::i18n::{Lang, files, problem_summary};
use crate::io::lock::{Acquire, LockGuard, Stale, acquire};
use crate::io::save::{SaveError, remove_leftovers};
use crate::io::{ReadError, read_document, to_string};
use crate::model::validate::{Severity, validate};
use std::io::Write;
use std::path::PathBuf;

/// Run one command; returns the process exit code.
pub fn run(command: Command, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match run_inner(command, lang, out, err) {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(
                err,
                "samverkan: {}",
                crate::text::terminal_line(&e.message(lang))
            );
            match e {
                CliError::Read(_) | CliError::Unreadable(_) => EXIT_UNREADABLE,
                CliError::Locked(_) => EXIT_LOCKED,
                CliError::Io(_)
                | CliError::Save(_)
                | CliError::Write { .. }
                | CliError::Usage(_) => 1,
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub(super) enum CliError {
    #[error("{0}")]
    Read(#[from] ReadError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{}: {}", .path.display(), crate::io::file::io_reason(.source))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Usage(String),
    /// A file besides the document that cannot be read (an import's input); the message
    /// names it.
    #[error("{0}")]
    Unreadable(String),
    /// Someone has the document open; the message says who and what to do.
    #[error("{0}")]
    Locked(String),
    #[error("{0}")]
    Save(#[from] SaveError),
}

impl CliError {
    fn message(&self, lang: Lang) -> String {
        match self {
            CliError::Read(e) => e.message(lang),
            CliError::Io(e) => files::io_reason(e, lang),
            CliError::Write { path, source } => {
                format!("{}: {}", path.display(), files::io_reason(source, lang))
            }
            CliError::Usage(text) | CliError::Locked(text) | CliError::Unreadable(text) => {
                text.clone()
            }
            CliError::Save(e) => e.message(lang),
        }
    }
}

/// Lock a document the command line is about to rewrite. A lock whose program is gone from
/// this computer is taken over, and so is an empty or unreadable lock file, each said on
/// `err`; a lock held by a running program, or by another computer, is refused.
pub(super) fn lock_for_writing(
    file: &std::path::Path,
    lang: Lang,
    err: &mut dyn Write,
) -> Result<LockGuard, CliError> {
    match acquire(file)? {
        Acquire::Acquired(guard) => {
            if guard.replaced_unreadable() {
                writeln!(err, "samverkan: {}", files::took_over_unreadable_lock(lang))?;
            }
            Ok(guard)
        }
        Acquire::HeldBy(holder) => match holder.staleness() {
            Some(Stale::ProcessGone | Stale::Unreadable) => {
                match crate::io::lock::take_over(file, &holder)? {
                    Acquire::Acquired(guard) => {
                        let who = crate::text::terminal_line(&holder.describe());
                        writeln!(err, "samverkan: {}", files::took_over_lock(&who, lang))?;
                        Ok(guard)
                    }
                    Acquire::HeldBy(now) => Err(CliError::Locked(files::locked_by(
                        &crate::text::terminal_line(&now.describe()),
                        lang,
                    ))),
                }
            }
            Some(Stale::Old) => Err(CliError::Locked(files::locked_old(
                &crate::text::terminal_line(&holder.describe()),
                &crate::io::lock::lock_path(file).display().to_string(),
                lang,
            ))),
            None => Err(CliError::Locked(files::locked_by(
                &crate::text::terminal_line(&holder.describe()),
                lang,
            ))),
        },
    }
}

/// After a successful rewrite: remove what crashed saves of the document left, and say so.
pub(super) fn tidy_leftovers(
    file: &std::path::Path,
    lang: Lang,
    err: &mut dyn Write,
) -> std::io::Result<()> {
    let removed = remove_leftovers(file);
    if !removed.is_empty() {
        writeln!(
            err,
            "samverkan: {}",
            files::removed_leftovers(removed.len(), lang)
        )?;
    }
    Ok(())
}

fn run_inner(
    command: Command,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, CliError> {
    match command {
        Command::Check { file } => {
            let (loaded, _) = read_document(&file)?;
            let problems = validate(&loaded.document, chrono::Local::now().date_naive());
            let errors = problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            for p in &problems {
                let severity = match (p.severity, lang) {
                    (Severity::Error, Lang::Sv) => "fel",
                    (Severity::Warning, Lang::Sv) => "varning",
                    (Severity::Error, Lang::En) => "error",
                    (Severity::Warning, Lang::En) => "warning",
                };
                writeln!(
                    out,
                    "{severity}: {}: {}",
                    crate::text::terminal_line(&p.path),
                    crate::text::terminal_line(p.message(lang == Lang::En))
                )?;
            }
            writeln!(
                err,
                "{}",
                problem_summary(errors, problems.len() - errors, lang)
            )?;
            Ok(i32::from(errors > 0))
        }
        Command::Sample => {
            out.write_all(crate::sample::SAMPLE_RON.as_bytes())?;
            Ok(0)
        }
        Command::Stats { file } => {
            let (loaded, _) = read_document(&file)?;
            for (kind, n) in loaded.document.counts() {
                writeln!(out, "{kind}\t{n}")?;
            }
            Ok(0)
        }
        Command::List { kind, file } => {
            let (loaded, _) = read_document(&file)?;
            for row in list_rows(&loaded.document, kind, lang) {
                let cells: Vec<String> =
                    row.iter().map(|c| crate::text::terminal_cell(c)).collect();
                writeln!(out, "{}", cells.join("\t"))?;
            }
            Ok(0)
        }
        Command::Export { what } => super::export::run(what, lang, err),
        Command::Plan { file, year, apply } => {
            super::rewrite::plan(&file, year, apply, lang, out, err)
        }
        Command::Import { what } => super::import::run(what, lang, out, err),
        Command::Merge {
            base,
            mine,
            theirs,
            output,
            git,
        } => super::merge::merge(
            &super::merge::MergeArgs {
                base: &base,
                mine: &mine,
                theirs: &theirs,
                output: output.as_deref(),
                git,
            },
            lang,
            err,
        ),
        Command::Fmt { file } => super::rewrite::fmt(&file, lang, err),
        Command::Person {
            file,
            id,
            format,
            output,
        } => super::person::person(&file, &id, format, output.as_ref(), lang, out),
        Command::Erase {
            file,
            id,
            first_name,
            purge_backups,
        } => super::person::erase(
            &file,
            &id,
            super::person::EraseOptions {
                first_name,
                purge_backups,
            },
            lang,
            out,
            err,
        ),
        Command::LockProbe { file, hold_ms } => super::probes::lock_probe(&file, hold_ms, out),
        Command::RecoveryProbe { file, title } => {
            super::probes::recovery_probe(&file, title, lang, out)
        }
        Command::SaveLoop {
            target,
            first,
            second,
            count,
        } => super::probes::save_loop(&target, &first, &second, count, lang, out, err),
        Command::Generate { scale, output } => {
            let text = to_string(&crate::generate::generate(scale));
            match output {
                Some(path) => std::fs::write(&path, text)
                    .map_err(|source| CliError::Write { path, source })?,
                None => out.write_all(text.as_bytes())?,
            }
            Ok(0)
        }
    }
}
