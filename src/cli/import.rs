//! `import kolada` and `import values`: a preview of what importing a file of indicator values
//! would do, and with `--apply` the import itself, through the lock and the safe save as
//! `plan --apply` writes.

use super::ImportCommand;
use super::rewrite::report;
use super::run::{CliError, lock_for_writing, tidy_leftovers};
use crate::i18n::{Lang, import as say};
use crate::io::fs::RealFs;
use crate::io::path::real_path;
use crate::io::save::{Expect, content_hash, save_bytes};
use crate::io::{read_document, to_string};
use crate::model::Document;
use crate::model::import::table::Columns;
use crate::model::import::{
    ImportError, ImportOptions, ImportPlan, Input, Mapping, kolada, plan, table,
};
use crate::text::terminal_cell;
use chrono::Datelike;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What both import commands are asked.
struct Job {
    input: PathBuf,
    file: PathBuf,
    map: Vec<String>,
    apply: bool,
    skip_rejected: bool,
}

pub(super) fn run(
    what: ImportCommand,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, CliError> {
    match what {
        ImportCommand::Kolada {
            input,
            file,
            map,
            apply,
            skip_rejected,
        } => {
            let job = Job {
                input,
                file,
                map,
                apply,
                skip_rejected,
            };
            import(
                &job,
                |bytes| kolada::read(&String::from_utf8_lossy(bytes)),
                lang,
                out,
                err,
            )
        }
        ImportCommand::Values {
            input,
            file,
            year_column,
            organisation_column,
            indicator_column,
            value_column,
            gender_column,
            map,
            apply,
            skip_rejected,
        } => {
            let columns = Columns {
                year: year_column,
                organisation: organisation_column,
                indicator: indicator_column,
                value: value_column,
                gender: gender_column,
            };
            let job = Job {
                input,
                file,
                map,
                apply,
                skip_rejected,
            };
            import(&job, |bytes| table::read(bytes, &columns), lang, out, err)
        }
    }
}

fn import(
    job: &Job,
    read: impl Fn(&[u8]) -> Result<Input, ImportError>,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, CliError> {
    let mappings = job
        .map
        .iter()
        .map(|m| m.parse::<Mapping>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| CliError::Usage(e.message(lang)))?;
    let file = real_path(&job.file);
    let _lock = if job.apply {
        Some(lock_for_writing(&file, lang, err)?)
    } else {
        None
    };
    let (loaded, bytes) = read_document(&file)?;
    let doc = &loaded.document;
    let input = read_input(&job.input, read, lang)?;
    let options = ImportOptions {
        mappings,
        ..ImportOptions::until(chrono::Local::now().year() + 1)
    };
    let plan = plan(doc, &input, &options).map_err(|e| CliError::Usage(e.message(lang)))?;
    preview(doc, &plan, lang, out)?;
    writeln!(
        err,
        "{}",
        say::summary(
            plan.added.len(),
            plan.changed.len(),
            plan.unchanged,
            plan.kept.len(),
            plan.rejected.len(),
            lang
        )
    )?;
    if !job.apply {
        writeln!(err, "{}", say::preview_only(lang))?;
        return Ok(i32::from(!plan.is_clean()));
    }
    if !plan.is_clean() {
        if !job.skip_rejected {
            return Err(CliError::Usage(say::refused(plan.rejected.len(), lang)));
        }
        writeln!(err, "{}", say::skipped(plan.rejected.len(), lang))?;
    }
    let Some(edit) = plan.edit(doc) else {
        writeln!(err, "{}", say::nothing_to_import(lang))?;
        return Ok(0);
    };
    let mut imported = doc.clone();
    crate::edit::apply(&mut imported, edit).map_err(|e| CliError::Usage(e.message(lang)))?;
    let outcome = save_bytes(
        &RealFs,
        &file,
        to_string(&imported).as_bytes(),
        Expect::Hash(content_hash(&bytes)),
    )?;
    report(&outcome, lang, err)?;
    tidy_leftovers(&file, lang, err)?;
    writeln!(
        err,
        "{}: {}",
        file.display(),
        say::imported(plan.added.len(), plan.changed.len(), lang)
    )?;
    Ok(0)
}

/// The file to import, read whole (a regular file under the size cap) and parsed; what
/// cannot be read is named with the file's path.
fn read_input(
    path: &Path,
    read: impl Fn(&[u8]) -> Result<Input, ImportError>,
    lang: Lang,
) -> Result<Input, CliError> {
    let bytes = crate::io::file::read_bytes(path)?;
    read(&bytes).map_err(|e| {
        CliError::Unreadable(format!(
            "{}: {}",
            path.display(),
            crate::text::terminal_line(&e.message(lang))
        ))
    })
}

/// One line per connection made, per value added, changed or kept and per row rejected,
/// tab-separated (the cells of [`say::preview`]).
fn preview(
    doc: &Document,
    plan: &ImportPlan,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    for l in say::preview(doc, plan, lang) {
        line(out, &l.cells)?;
    }
    Ok(())
}

fn line(out: &mut dyn Write, cells: &[String]) -> std::io::Result<()> {
    let cells: Vec<String> = cells.iter().map(|c| terminal_cell(c)).collect();
    writeln!(out, "{}", cells.join("\t"))
}
