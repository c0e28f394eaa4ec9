//! The commands that rewrite the document, `plan --apply` and `fmt`: through the lock (taking
//! over one whose program is gone) and the safe save, tidying what crashed saves left.

use super::run::{CliError, lock_for_writing, tidy_leftovers};
use crate::i18n::{Lang, cli as say};
use crate::io::fs::RealFs;
use crate::io::path::real_path;
use crate::io::save::{Expect, SaveOutcome, content_hash, save_bytes};
use crate::io::{read_document, to_string};
use std::io::Write;
use std::path::Path;

/// `plan FILE --year Y [--apply]`: the meetings the annual cycle asks for, one a line; with
/// `--apply` they are added.
pub(super) fn plan(
    file: &Path,
    year: i32,
    apply: bool,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, CliError> {
    let file = real_path(file);
    let _lock = if apply {
        Some(lock_for_writing(&file, lang, err)?)
    } else {
        None
    };
    let (loaded, bytes) = read_document(&file)?;
    let doc = &loaded.document;
    let plan = crate::model::plan::plan(doc, year);
    for p in &plan.meetings {
        let body = doc.body_label(&p.body);
        let moved = match (p.moved_from, p.reason) {
            (Some(from), Some(reason)) => format!("\t{}", say::moved_from(from, reason, lang)),
            _ => String::new(),
        };
        writeln!(
            out,
            "{}\t{}\t{}{moved}",
            p.date,
            crate::text::terminal_cell(&body),
            crate::text::terminal_cell(&p.title)
        )?;
    }
    for r in &plan.report_backs {
        writeln!(
            out,
            "{}\t{}\t{}\t{}",
            r.due,
            crate::text::terminal_cell(&doc.body_label(&r.from)),
            crate::text::terminal_cell(&r.title),
            crate::text::terminal_cell(&say::report_back_to(&doc.body_label(&r.to), lang)),
        )?;
    }
    if !apply || plan.is_empty() {
        writeln!(
            err,
            "{}",
            say::proposed_plan(plan.meetings.len(), plan.report_backs.len(), lang)
        )?;
        return Ok(0);
    }
    let mut planned = doc.clone();
    crate::edit::apply(&mut planned, crate::edit::plan_edit(doc, &plan))
        .map_err(|e| CliError::Usage(e.message(lang)))?;
    let outcome = save_bytes(
        &RealFs,
        &file,
        to_string(&planned).as_bytes(),
        Expect::Hash(content_hash(&bytes)),
    )?;
    report(&outcome, lang, err)?;
    tidy_leftovers(&file, lang, err)?;
    writeln!(
        err,
        "{}: {}",
        file.display(),
        say::meetings_added(plan.meetings.len(), lang)
    )?;
    if !plan.report_backs.is_empty() {
        writeln!(
            err,
            "{}: {}",
            file.display(),
            say::report_backs_added(plan.report_backs.len(), lang)
        )?;
    }
    Ok(0)
}

/// `fmt FILE`: the document in canonical form, in place.
pub(super) fn fmt(file: &Path, lang: Lang, err: &mut dyn Write) -> Result<i32, CliError> {
    let file = real_path(file);
    let _lock = lock_for_writing(&file, lang, err)?;
    let (loaded, bytes) = read_document(&file)?;
    let text = to_string(&loaded.document);
    if text.as_bytes() == bytes.as_slice() {
        tidy_leftovers(&file, lang, err)?;
        writeln!(err, "{}: {}", file.display(), say::already_canonical(lang))?;
        return Ok(0);
    }
    let outcome = save_bytes(
        &RealFs,
        &file,
        text.as_bytes(),
        Expect::Hash(content_hash(&bytes)),
    )?;
    report(&outcome, lang, err)?;
    tidy_leftovers(&file, lang, err)?;
    writeln!(err, "{}: {}", file.display(), say::rewritten(lang))?;
    Ok(0)
}

/// What went wrong without stopping the save.
pub(super) fn report(
    outcome: &SaveOutcome,
    lang: Lang,
    err: &mut dyn Write,
) -> std::io::Result<()> {
    for w in &outcome.warnings {
        writeln!(err, "samverkan: {}", w.message(lang))?;
    }
    Ok(())
}
