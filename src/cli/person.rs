//! `person` and `erase`: what the document holds about one person (a register extract), and
//! erasing them from it through the lock and the safe save.

use super::ExtractFormatArg;
use super::run::{CliError, lock_for_writing, tidy_leftovers};
use crate::edit::{Edit, Erasure};
use crate::export::person_extract::{Format, Input, export};
use crate::i18n::{Label, Lang, people_data as say};
use crate::io::fs::RealFs;
use crate::io::path::real_path;
use crate::io::recovery::RecoveryStore;
use crate::io::save::{Expect, content_hash, save_bytes};
use crate::io::traces::{Needle, TraceKind, files_holding, remove};
use crate::io::{read_document, to_string};
use crate::model::PersonId;
use crate::model::person_extract::extract;
use std::io::Write;
use std::path::{Path, PathBuf};

/// `person FILE ID [--format text|json|pdf] [-o OUT]`.
pub(super) fn person(
    file: &Path,
    id: &str,
    format: ExtractFormatArg,
    output: Option<&PathBuf>,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<i32, CliError> {
    let (loaded, _) = read_document(file)?;
    let doc = &loaded.document;
    let today = chrono::Local::now().date_naive();
    let id = PersonId::new(id);
    let Some(extract) = extract(doc, &id, today, lang) else {
        return Err(CliError::Usage(say::no_such_person(id.as_str(), lang)));
    };
    let needle = Needle::of(doc, &extract.person);
    let recovery = RecoveryStore::open_default();
    let files = files_holding(Some(&real_path(file)), recovery.as_ref(), &needle);
    let format = match format {
        ExtractFormatArg::Text => Format::Text,
        ExtractFormatArg::Json => Format::Json,
        ExtractFormatArg::Pdf => Format::Pdf,
    };
    let input = Input {
        doc,
        extract: &extract,
        files: &files,
        today,
        lang,
    };
    let bytes = export(&input, format).map_err(CliError::Usage)?;
    match output {
        Some(path) => super::export::write_export(path, &bytes)?,
        None if format == Format::Pdf => {
            return Err(CliError::Usage(say::pdf_needs_output(lang).to_owned()));
        }
        None => out.write_all(&bytes)?,
    }
    Ok(0)
}

/// What `erase` is asked to do besides erasing.
#[derive(Clone, Copy, Debug)]
pub(super) struct EraseOptions {
    pub first_name: bool,
    pub purge_backups: bool,
}

/// `erase FILE ID [--first-name] [--purge-backups]`.
pub(super) fn erase(
    file: &Path,
    id: &str,
    options: EraseOptions,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, CliError> {
    let file = real_path(file);
    let _lock = lock_for_writing(&file, lang, err)?;
    let (loaded, bytes) = read_document(&file)?;
    let doc = &loaded.document;
    let today = chrono::Local::now().date_naive();
    let id = PersonId::new(id);
    let Some(found) = extract(doc, &id, today, lang) else {
        return Err(CliError::Usage(say::no_such_person(id.as_str(), lang)));
    };
    let name = found.person.display_name();
    let needle = Needle::of(doc, &found.person);
    let mut erased = doc.clone();
    crate::edit::apply(
        &mut erased,
        Edit::ErasePerson(Erasure {
            person: id.clone(),
            today,
            first_name_too: options.first_name,
            placeholder: say::REMOVED_PERSON.get(lang).to_owned(),
        }),
    )
    .map_err(|e| CliError::Usage(e.message(lang)))?;
    let outcome = save_bytes(
        &RealFs,
        &file,
        to_string(&erased).as_bytes(),
        Expect::Hash(content_hash(&bytes)),
    )?;
    super::rewrite::report(&outcome, lang, err)?;
    tidy_leftovers(&file, lang, err)?;
    writeln!(
        err,
        "{}: {}",
        file.display(),
        say::erased_in_file(&name, found.places(options.first_name), lang)
    )?;
    let recovery = RecoveryStore::open_default();
    let files = files_holding(Some(&file), recovery.as_ref(), &needle);
    let (purgeable, by_hand): (Vec<_>, Vec<_>) = files
        .into_iter()
        .partition(|t| t.kind != TraceKind::MyVersion);
    if options.purge_backups {
        let failed = remove(&purgeable);
        let removed = purgeable.len() - failed.len();
        writeln!(err, "{}", say::files_removed(removed, lang))?;
        for (path, e) in &failed {
            writeln!(
                err,
                "samverkan: {}",
                say::file_not_removed(
                    &path.display().to_string(),
                    &crate::i18n::files::io_reason(e, lang),
                    lang
                )
            )?;
        }
        if !failed.is_empty() {
            return Ok(1);
        }
    } else if !purgeable.is_empty() {
        writeln!(err, "{}", say::still_held_hint(purgeable.len(), lang))?;
        for t in &purgeable {
            writeln!(out, "{}\t{}", t.path.display(), t.kind.label(lang))?;
        }
    }
    if !by_hand.is_empty() {
        writeln!(err, "{}", say::OTHER_FILES_BY_HAND.get(lang))?;
        for t in &by_hand {
            writeln!(out, "{}\t{}", t.path.display(), t.kind.label(lang))?;
        }
    }
    Ok(0)
}
