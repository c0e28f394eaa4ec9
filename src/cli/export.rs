//! `samverkan export …`: the documents people send, written by the same code as the app's.

use super::run::CliError;
use super::{DocFormat, ExportCommand, LevelArg, MembersFormat, PictureFormat};
use crate::i18n::counts::{Noun, count};
use crate::i18n::{Lang, cli as say, files};
use crate::io::fs::RealFs;
use crate::io::read_document;
use crate::io::save::SaveError;
use std::io::Write;

pub(super) fn run(what: ExportCommand, lang: Lang, err: &mut dyn Write) -> Result<i32, CliError> {
    match what {
        ExportCommand::Ics {
            file,
            meeting,
            body,
            from,
            to,
            output,
        } => {
            let (loaded, _) = read_document(&file)?;
            let doc = &loaded.document;
            if let Some(id) = &meeting
                && doc
                    .meeting(&crate::model::MeetingId::new(id.as_str()))
                    .is_none()
            {
                return Err(CliError::Usage(say::no_meeting(id, lang)));
            }
            if let Some(id) = &body
                && doc.body(&crate::model::BodyId::new(id.as_str())).is_none()
            {
                return Err(CliError::Usage(say::no_body(id, lang)));
            }
            let mut chosen: Vec<&crate::model::Meeting> = doc
                .meetings
                .iter()
                .filter(|m| meeting.as_ref().is_none_or(|id| m.id.as_str() == id))
                .filter(|m| {
                    body.as_ref()
                        .is_none_or(|id| m.bodies.iter().any(|b| b.as_str() == id))
                })
                .filter(|m| from.is_none_or(|f| m.date >= f) && to.is_none_or(|t| m.date <= t))
                .collect();
            chosen.sort_by_key(|m| (m.date, m.start));
            let text = crate::export::ics::calendar(doc, &chosen, lang)
                .map_err(|e| CliError::Usage(e.message(lang)))?;
            write_export(&output, text.as_bytes())?;
            writeln!(
                err,
                "{}: {}",
                output.display(),
                count(chosen.len(), Noun::Meeting, lang)
            )?;
            Ok(0)
        }
        ExportCommand::Decisions {
            file,
            format,
            body,
            year,
            output,
        } => {
            let (loaded, _) = read_document(&file)?;
            let doc = &loaded.document;
            let body = body.map(crate::model::BodyId::new);
            if let Some(id) = &body
                && doc.body(id).is_none()
            {
                return Err(CliError::Usage(say::no_body(id.as_str(), lang)));
            }
            let filter = crate::model::decision::Filter {
                body,
                year,
                ..Default::default()
            };
            let today = chrono::Local::now().date_naive();
            let format = match format {
                super::DecisionsFormatArg::Xlsx => crate::export::decisions::Format::Xlsx,
                super::DecisionsFormatArg::Pdf => crate::export::decisions::Format::Pdf,
            };
            let bytes = crate::export::decisions::export(doc, &filter, format, today, lang)
                .map_err(std::io::Error::other)?;
            write_export(&output, &bytes)?;
            let n = crate::model::decision::register(doc)
                .iter()
                .filter(|e| filter.keeps(doc, e, today))
                .count();
            writeln!(
                err,
                "{}: {}",
                output.display(),
                count(n, Noun::Decision, lang)
            )?;
            Ok(0)
        }
        ExportCommand::Members {
            file,
            body,
            format,
            output,
        } => {
            let (loaded, _) = read_document(&file)?;
            let body = body.map(crate::model::BodyId::new);
            if let Some(id) = &body
                && loaded.document.body(id).is_none()
            {
                return Err(CliError::Usage(say::no_body(id.as_str(), lang)));
            }
            let rows = crate::export::members::member_rows(&loaded.document, body.as_ref(), lang);
            let bytes = match format {
                MembersFormat::Csv => {
                    crate::export::members::to_csv(&rows).map_err(std::io::Error::other)?
                }
                MembersFormat::Xlsx => {
                    let book = crate::export::members::to_xlsx(&rows, say::members_sheet(lang))
                        .map_err(std::io::Error::other)?;
                    if book.truncated_cells > 0 {
                        writeln!(
                            err,
                            "samverkan: {}",
                            files::cells_truncated(book.truncated_cells, lang)
                        )?;
                    }
                    book.bytes
                }
            };
            write_export(&output, &bytes)?;
            writeln!(
                err,
                "{}: {}",
                output.display(),
                count(rows.len() - 1, Noun::Row, lang)
            )?;
            Ok(0)
        }
        ExportCommand::Agenda {
            file,
            meeting,
            format,
            output,
        } => export_meeting_document(
            &file,
            &meeting,
            crate::export::MeetingDoc::Notice,
            format,
            &output,
            lang,
            err,
        ),
        ExportCommand::Orgchart {
            file,
            format,
            level,
            compact,
            output,
        } => {
            use crate::diagram::orgchart::{ChartOptions, LevelFilter, chart_scene};
            let (loaded, _) = read_document(&file)?;
            let options = ChartOptions {
                level: match level {
                    LevelArg::All => LevelFilter::All,
                    LevelArg::Political => LevelFilter::Political,
                    LevelArg::Officials => LevelFilter::Officials,
                },
                collapsed: std::collections::BTreeSet::new(),
                lang,
                compact,
            };
            let scene = chart_scene(&loaded.document, &options, None);
            write_picture(&scene, format, "Organisation", &output, err)
        }
        ExportCommand::Wheel {
            file,
            year,
            format,
            output,
        } => {
            let (loaded, _) = read_document(&file)?;
            let today = chrono::Local::now().date_naive();
            let scene =
                crate::diagram::wheel::wheel_scene(&loaded.document, year, &[], today, lang);
            write_picture(&scene, format, &say::wheel_title(year, lang), &output, err)
        }
        ExportCommand::Timeline {
            file,
            year,
            format,
            output,
        } => {
            if format == PictureFormat::Pdf {
                return Err(CliError::Usage(say::timeline_formats(lang).to_owned()));
            }
            let (loaded, _) = read_document(&file)?;
            let doc = &loaded.document;
            let span =
                crate::diagram::wheel::WheelYear::new(year, u32::from(doc.cycle.start_month))
                    .ok_or_else(|| CliError::Usage(say::no_operating_year(year, lang)))?;
            let last = span.end_exclusive.pred_opt().unwrap_or(span.end_exclusive);
            let today = chrono::Local::now().date_naive();
            let scene =
                crate::diagram::timeline::timeline_scene(doc, span.start, last, today, lang);
            write_picture(
                &scene,
                format,
                &say::timeline_title(year, lang),
                &output,
                err,
            )
        }
        ExportCommand::Perspective {
            file,
            year,
            format,
            output,
        } => {
            let (loaded, _) = read_document(&file)?;
            let doc = &loaded.document;
            let bytes = crate::export::perspective::export(doc, year, format.into(), lang)
                .map_err(std::io::Error::other)?;
            write_export(&output, &bytes)?;
            writeln!(
                err,
                "{}: {}",
                output.display(),
                crate::i18n::perspective::report_title(year, lang)
            )?;
            Ok(0)
        }
        ExportCommand::Minutes {
            file,
            meeting,
            format,
            output,
        } => export_meeting_document(
            &file,
            &meeting,
            crate::export::MeetingDoc::Minutes,
            format,
            &output,
            lang,
            err,
        ),
    }
}

/// `export agenda` and `export minutes`: the same document the app writes.
fn export_meeting_document(
    file: &std::path::Path,
    meeting: &str,
    which: crate::export::MeetingDoc,
    format: DocFormat,
    output: &std::path::Path,
    lang: Lang,
    err: &mut dyn Write,
) -> Result<i32, CliError> {
    let (loaded, _) = read_document(file)?;
    let doc = &loaded.document;
    let Some(m) = doc.meeting(&crate::model::MeetingId::new(meeting)) else {
        return Err(CliError::Usage(say::no_meeting(meeting, lang)));
    };
    let format = match format {
        DocFormat::Pdf => crate::export::TextFormat::Pdf,
        DocFormat::Md => crate::export::TextFormat::Markdown,
        DocFormat::Docx => crate::export::TextFormat::Docx,
    };
    let bytes = crate::export::meeting_document(doc, m, which, format, lang)
        .map_err(std::io::Error::other)?;
    write_export(output, &bytes)?;
    writeln!(
        err,
        "{}: {}",
        output.display(),
        count(m.agenda.len(), Noun::Item, lang)
    )?;
    Ok(0)
}

/// A drawing in the chosen format, written whole or not at all, its size reported.
fn write_picture(
    scene: &crate::diagram::scene::Scene,
    format: PictureFormat,
    title: &str,
    output: &std::path::Path,
    err: &mut dyn Write,
) -> Result<i32, CliError> {
    let bytes =
        crate::export::picture(scene, format.into(), title).map_err(std::io::Error::other)?;
    write_export(output, &bytes)?;
    writeln!(
        err,
        "{}: {:.0} × {:.0}",
        output.display(),
        scene.size[0],
        scene.size[1]
    )?;
    Ok(0)
}

/// Write an exported file whole or not at all (temporary file and rename).
pub(super) fn write_export(path: &std::path::Path, bytes: &[u8]) -> Result<(), CliError> {
    let mut outcome = crate::io::save::SaveOutcome::default();
    crate::io::save::write_atomic(&RealFs, path, bytes, None, &mut outcome).map_err(|e| match e {
        SaveError::Failed { source, .. } => CliError::Write {
            path: path.to_owned(),
            source,
        },
        other => CliError::Save(other),
    })
}
