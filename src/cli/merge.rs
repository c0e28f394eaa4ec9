//! `merge BASE MINE THEIRS -o OUT` and `merge --git %O %A %B`: two copies made from one
//! version brought together record by record; the report goes to standard error.

use super::run::CliError;
use crate::i18n::{Lang, merge as say};
use crate::io::file::read_bytes;
use crate::io::fs::RealFs;
use crate::io::save::{SaveOutcome, write_atomic};
use crate::io::{read_document, to_string};
use crate::model::Document;
use std::io::Write;
use std::path::Path;

/// The three copies, where the result goes, and whether git called.
pub(super) struct MergeArgs<'a> {
    pub base: &'a Path,
    pub mine: &'a Path,
    pub theirs: &'a Path,
    pub output: Option<&'a Path>,
    pub git: bool,
}

/// Exit code 0: merged without conflicts; 1: conflicts, resolved to MINE in the output and
/// named in the report; 2: a copy cannot be read (nothing is written).
pub(super) fn merge(
    args: &MergeArgs<'_>,
    lang: Lang,
    err: &mut dyn Write,
) -> Result<i32, CliError> {
    let base = read_base(args.base)?;
    let mine = read_document(args.mine)?.0.document;
    let theirs = read_document(args.theirs)?.0.document;
    let merge = crate::model::merge::merge(&base, &mine, &theirs)
        .map_err(|e| CliError::Usage(say::error(&e, lang)))?;
    // Conflicts stay resolved to mine: the merged document itself, not a copy of it.
    let (doc, mut report) = merge.into_mine();
    report.problems =
        crate::model::merge::new_problems(&doc, &mine, &theirs, chrono::Local::now().date_naive());
    // As git wants it, the result replaces MINE (%A); otherwise it goes to OUT.
    let target = if args.git {
        Some(args.mine)
    } else {
        args.output
    };
    let Some(target) = target else {
        return Err(CliError::Usage(say::OUTPUT_NEEDED.get(lang).to_owned()));
    };
    write_atomic(
        &RealFs,
        target,
        to_string(&doc).as_bytes(),
        None,
        &mut SaveOutcome::default(),
    )?;
    for line in say::report_text(&report, lang).lines() {
        writeln!(err, "{}", crate::text::terminal_line(line))?;
    }
    writeln!(err, "{}", say::cli_outcome(report.conflicts.len(), lang))?;
    Ok(i32::from(!report.is_clean()))
}

/// The common version; an empty file (git's base when both branches added the file) is an
/// empty document, so every difference is a conflict.
fn read_base(path: &Path) -> Result<Document, CliError> {
    if read_bytes(path)?.iter().all(u8::is_ascii_whitespace) {
        return Ok(Document::new(""));
    }
    Ok(read_document(path)?.0.document)
}
