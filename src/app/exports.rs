//! Exports the user asks for from the menus and pages: made by the same functions as
//! `samverkan export`, written whole or not at all.

use super::{Dialog, SamverkanApp};
use crate::i18n::{exports, t};

impl SamverkanApp {
    /// Save the member list of every body as CSV for Excel, with the same code as
    /// `samverkan export members`.
    pub(super) fn export_members(&mut self) {
        let rows = crate::export::members::member_rows(self.session.doc(), None, self.lang());
        match crate::export::members::to_csv(&rows) {
            Ok(bytes) => self.export_file("ledamoter.csv", &bytes),
            Err(e) => self.set_status(e.to_string(), true),
        }
    }

    /// The member list as an Excel workbook, the same as `export members --format xlsx`.
    pub(super) fn export_members_xlsx(&mut self) {
        let lang = self.lang();
        let rows = crate::export::members::member_rows(self.session.doc(), None, lang);
        match crate::export::members::to_xlsx(&rows, exports::members_sheet(lang)) {
            Ok(book) => {
                self.export_file("ledamoter.xlsx", &book.bytes);
                if book.truncated_cells > 0 {
                    self.set_status(
                        crate::i18n::files::cells_truncated(book.truncated_cells, lang),
                        true,
                    );
                }
            }
            Err(e) => self.set_status(e.to_string(), true),
        }
    }

    /// Save every meeting as a calendar file for Outlook, with the same code as
    /// `samverkan export ics`.
    pub(super) fn export_calendar(&mut self) {
        let doc = self.session.doc();
        let mut meetings: Vec<&crate::model::Meeting> = doc.meetings.iter().collect();
        meetings.sort_by_key(|m| (m.date, m.start));
        match crate::export::ics::calendar(doc, &meetings, self.lang()) {
            Ok(text) => self.export_file("moten.ics", text.as_bytes()),
            Err(e) => {
                let msg = e.message(self.lang());
                self.set_status(msg.clone(), true);
                self.dialog = Some(Dialog::Message(msg));
            }
        }
    }

    /// An export a page asked for, made by the same functions as `samverkan export`.
    pub(super) fn export(&mut self, export: &crate::ui::Export) {
        use crate::export::{MeetingDoc, TextFormat};
        use crate::ui::Export;
        let lang = self.lang();
        let doc = self.session.doc();
        let (name, bytes) = match export {
            Export::MeetingDocument {
                meeting,
                which,
                format,
            } => {
                let Some(m) = doc.meeting(meeting) else {
                    return;
                };
                let stem = match which {
                    MeetingDoc::Notice => exports::notice_stem(lang),
                    MeetingDoc::Minutes => exports::minutes_stem(lang),
                };
                let ext = match format {
                    TextFormat::Pdf => "pdf",
                    TextFormat::Markdown => "md",
                    TextFormat::Docx => "docx",
                };
                let body = body_part(doc, m);
                match crate::export::meeting_document(doc, m, *which, *format, lang) {
                    Ok(bytes) => (format!("{stem}-{body}-{}.{ext}", m.date), bytes),
                    Err(e) => {
                        self.set_status(e.to_string(), true);
                        return;
                    }
                }
            }
            Export::MeetingCalendar(meeting) => {
                let Some(m) = doc.meeting(meeting) else {
                    return;
                };
                let body = body_part(doc, m);
                match crate::export::ics::calendar(doc, &[m], lang) {
                    Ok(text) => (format!("{body}-{}.ics", m.date), text.into_bytes()),
                    Err(e) => {
                        self.set_status(e.message(lang), true);
                        return;
                    }
                }
            }
            Export::OrgChart {
                options,
                highlight,
                format,
            } => {
                let scene = crate::diagram::orgchart::chart_scene(doc, options, highlight.clone());
                let stem = exports::org_chart_stem(lang);
                match crate::export::picture(&scene, *format, stem) {
                    Ok(bytes) => (format!("{stem}.{}", format.extension()), bytes),
                    Err(e) => {
                        self.set_status(e, true);
                        return;
                    }
                }
            }
            Export::Wheel {
                year,
                rings,
                format,
            } => {
                let scene = crate::diagram::wheel::wheel_scene(doc, *year, rings, self.today, lang);
                let stem = format!("{}-{year}", exports::wheel_stem(lang));
                match crate::export::picture(&scene, *format, &stem) {
                    Ok(bytes) => (format!("{stem}.{}", format.extension()), bytes),
                    Err(e) => {
                        self.set_status(e, true);
                        return;
                    }
                }
            }
            Export::Perspective { year, format } => {
                match crate::export::perspective::export(doc, *year, *format, lang) {
                    Ok(bytes) => (
                        format!(
                            "{}-{year}.{}",
                            exports::perspective_stem(lang),
                            format.extension()
                        ),
                        bytes,
                    ),
                    Err(e) => {
                        self.set_status(e, true);
                        return;
                    }
                }
            }
            Export::Decisions { filter, format } => {
                match crate::export::decisions::export(doc, filter, *format, self.today, lang) {
                    Ok(bytes) => (
                        format!("{}.{}", exports::decisions_stem(lang), format.extension()),
                        bytes,
                    ),
                    Err(e) => {
                        self.set_status(e, true);
                        return;
                    }
                }
            }
            Export::Timeline { from, to, format } => {
                let scene =
                    crate::diagram::timeline::timeline_scene(doc, *from, *to, self.today, lang);
                let stem = format!("{}-{from}", exports::timeline_stem(lang));
                match crate::export::picture(&scene, *format, &stem) {
                    Ok(bytes) => (format!("{stem}.{}", format.extension()), bytes),
                    Err(e) => {
                        self.set_status(e, true);
                        return;
                    }
                }
            }
            Export::PersonExtract { person, format } => {
                match self.person_extract(person, *format) {
                    Some(Ok(named)) => named,
                    Some(Err(e)) => {
                        self.set_status(e, true);
                        return;
                    }
                    None => return,
                }
            }
            Export::BodyCalendar(body) => {
                let mut meetings: Vec<&crate::model::Meeting> = doc
                    .meetings
                    .iter()
                    .filter(|m| m.bodies.contains(body))
                    .collect();
                meetings.sort_by_key(|m| (m.date, m.start));
                match crate::export::ics::calendar(doc, &meetings, lang) {
                    Ok(text) => (
                        format!(
                            "{}-{}.ics",
                            doc.body(body).map_or_else(
                                || body.to_string(),
                                |b| crate::text::file_name_part(b.label())
                            ),
                            exports::meetings_stem(lang)
                        ),
                        text.into_bytes(),
                    ),
                    Err(e) => {
                        self.set_status(e.message(lang), true);
                        return;
                    }
                }
            }
        };
        self.export_file(&name, &bytes);
    }

    /// Ask where, then write an export whole or not at all.
    pub(super) fn export_file(&mut self, suggested: &str, bytes: &[u8]) {
        let kind = super::FileKind::of_name(suggested);
        match self.picker.save(suggested, kind, self.lang()) {
            super::Pick::Chosen(path) => self.write_export(&path, bytes),
            super::Pick::Cancelled => {}
            super::Pick::Unavailable => {
                let purpose = super::path_dialog::PathPurpose::Export {
                    bytes: bytes.to_vec(),
                };
                self.ask_path(purpose, kind, true, suggested);
            }
        }
    }

    /// Write an export whole or not at all, and say where it went.
    pub(super) fn write_export(&mut self, path: &std::path::Path, bytes: &[u8]) {
        let lang = self.lang();
        let mut outcome = crate::io::save::SaveOutcome::default();
        match crate::io::save::write_atomic(&crate::io::fs::RealFs, path, bytes, None, &mut outcome)
        {
            Ok(()) => {
                let mut said = format!("{} {}", t::EXPORTED.get(lang), path.display());
                // A PDF whose text the font cannot all show is not archivable: say so.
                if bytes.starts_with(b"%PDF") && !crate::export::pdf::is_pdf_a(bytes) {
                    said.push_str(" – ");
                    said.push_str(crate::i18n::exports::NOT_PDF_A.get(lang));
                }
                self.set_status(said, false);
            }
            Err(e) => {
                let msg = e.message(lang);
                self.set_status(msg.clone(), true);
                self.dialog = Some(Dialog::Message(msg));
            }
        }
    }
}

/// The meeting's body as a piece of a file name: its short name ("BG"), never its id.
fn body_part(doc: &crate::model::Document, m: &crate::model::Meeting) -> String {
    m.bodies
        .first()
        .and_then(|b| doc.body(b))
        .map(|b| crate::text::file_name_part(b.label()))
        .unwrap_or_default()
}
