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
use crate::model::import::table::Columns;
use crate::model::import::{
    ImportError, ImportOptions, ImportPlan, Input, Mapping, Source, kolada, plan, table,
};
use crate::model::{Document, GoalId, IndicatorId, IndicatorValue, OrganisationId};
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

/// One line per value added, changed or kept, per Kolada id written and per row rejected,
/// tab-separated: what happens, the row, the indicator (id and name), the organisation, the
/// year, the gender and the value.
fn preview(
    doc: &Document,
    plan: &ImportPlan,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let source = plan.source;
    for m in &plan.mappings {
        let cells = [
            say::MAPPED.get(lang).to_owned(),
            String::new(),
            m.indicator.to_string(),
            indicator_name(doc, &m.goal, &m.indicator),
            say::mapping_line(&m.new, m.old.as_deref(), lang),
        ];
        line(out, &cells)?;
    }
    for a in &plan.added {
        let mut cells = value_cells(
            doc,
            source,
            say::ADDED.get(lang),
            a.row,
            &a.goal,
            &a.indicator,
            &a.value,
            lang,
        );
        cells.push(say::value(&a.value, lang));
        line(out, &cells)?;
    }
    for c in &plan.changed {
        let mut cells = value_cells(
            doc,
            source,
            say::CHANGED.get(lang),
            c.row,
            &c.goal,
            &c.indicator,
            &c.new,
            lang,
        );
        cells.push(format!(
            "{} → {}",
            say::value(&c.old, lang),
            say::value(&c.new, lang)
        ));
        line(out, &cells)?;
    }
    for c in &plan.kept {
        let mut cells = value_cells(
            doc,
            source,
            say::KEPT.get(lang),
            c.row,
            &c.goal,
            &c.indicator,
            &c.new,
            lang,
        );
        cells.push(say::kept_note(&say::value(&c.old, lang), lang));
        line(out, &cells)?;
    }
    for r in &plan.rejected {
        let cells = [
            say::REJECTED.get(lang).to_owned(),
            say::row(source, r.row, lang),
            r.reason.message(source, lang),
        ];
        line(out, &cells)?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)] // the cells of one line, each from its own place
fn value_cells(
    doc: &Document,
    source: Source,
    what: &str,
    row: usize,
    goal: &GoalId,
    indicator: &IndicatorId,
    value: &IndicatorValue,
    lang: Lang,
) -> Vec<String> {
    vec![
        what.to_owned(),
        say::row(source, row, lang),
        indicator.to_string(),
        indicator_name(doc, goal, indicator),
        organisation_name(doc, value.organisation.as_ref()),
        value.year.to_string(),
        say::gender(value.gender, lang).to_owned(),
    ]
}

fn indicator_name(doc: &Document, goal: &GoalId, indicator: &IndicatorId) -> String {
    doc.goals
        .iter()
        .filter(|g| &g.id == goal)
        .flat_map(|g| &g.indicators)
        .find(|i| &i.id == indicator)
        .map(|i| i.name.clone())
        .unwrap_or_default()
}

fn organisation_name(doc: &Document, id: Option<&OrganisationId>) -> String {
    id.map(|id| {
        doc.organisation(id)
            .map_or_else(|| id.to_string(), |o| o.name.clone())
    })
    .unwrap_or_default()
}

fn line(out: &mut dyn Write, cells: &[String]) -> std::io::Result<()> {
    let cells: Vec<String> = cells.iter().map(|c| terminal_cell(c)).collect();
    writeln!(out, "{}", cells.join("\t"))
}
