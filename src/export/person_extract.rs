//! The register extract (registerutdrag) of one person, to send to them: their registered
//! details, every place they occur in the document, and the files outside it that still
//! hold them. As text (the command line's default), JSON (for a system that answers
//! requests) and an A4 PDF/A. One function per format for the app and the command line.

use super::report::{Block, Report};
use crate::i18n::{Label, Lang, people_data as say, t};
use crate::io::traces::Trace;
use crate::model::Document;
use crate::model::person_extract::{Extract, Occurrence};
use chrono::NaiveDate;

/// The extract's formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Pdf,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Json => "json",
            Format::Pdf => "pdf",
        }
    }
}

/// Everything that goes into an extract.
pub struct Input<'a> {
    pub doc: &'a Document,
    pub extract: &'a Extract,
    pub files: &'a [Trace],
    pub today: NaiveDate,
    pub lang: Lang,
}

/// The extract in `format`.
pub fn export(input: &Input<'_>, format: Format) -> Result<Vec<u8>, String> {
    match format {
        Format::Text => Ok(to_text(input).into_bytes()),
        Format::Json => to_json(input).map(String::into_bytes),
        Format::Pdf => super::pdf::to_pdf(&report(input), input.lang).map_err(|e| e.to_string()),
    }
}

/// The person's registered details as label–value pairs, empty ones left out.
pub fn details(input: &Input<'_>) -> Vec<(String, String)> {
    let (doc, p, lang) = (input.doc, &input.extract.person, input.lang);
    let organisation = p.organisation.as_ref().map(|o| {
        doc.organisation(o)
            .map_or_else(|| o.to_string(), |o| o.name.clone())
    });
    [
        (t::NAME, Some(p.name.clone())),
        (t::KIND, Some(p.kind.label(lang).to_owned())),
        (t::PARTY, p.party.clone()),
        (t::TITLE, Some(p.title.clone())),
        (t::ORGANISATION, organisation),
        (t::EMAIL, p.email.clone()),
        (t::PHONE, p.phone.clone()),
        (t::NOTES, Some(p.notes.clone())),
    ]
    .into_iter()
    .filter_map(|(label, value)| {
        value
            .filter(|v| !v.trim().is_empty())
            .map(|v| (label.get(lang).to_owned(), v))
    })
    .collect()
}

/// One occurrence on one line: "2026-09-10  BG 2026-09-10 – närvarande".
pub fn line(o: &Occurrence) -> String {
    let mut s = String::new();
    if let Some(d) = o.date_to_show() {
        s.push_str(&d.to_string());
        s.push_str("  ");
    }
    s.push_str(&o.place);
    if !o.detail.is_empty() {
        s.push_str(" – ");
        s.push_str(&o.detail);
    }
    s
}

fn file_line(trace: &Trace, lang: Lang) -> String {
    format!("{} ({})", trace.path.display(), trace.kind.label(lang))
}

/// The extract as plain text.
pub fn to_text(input: &Input<'_>) -> String {
    let lang = input.lang;
    let name = input.extract.person.display_name();
    let mut lines = vec![
        say::extract_title(&name, lang),
        String::new(),
        say::extract_intro(&input.doc.info.title, input.today, lang),
        String::new(),
        say::REGISTERED.get(lang).to_owned(),
    ];
    for (k, v) in details(input) {
        lines.push(format!("  {k}: {}", v.replace('\n', " ")));
    }
    for (kind, n) in input.extract.counts() {
        lines.push(String::new());
        lines.push(format!("{} ({n})", kind.label(lang)));
        lines.extend(
            input
                .extract
                .of_kind(kind)
                .map(|o| format!("  {}", line(o))),
        );
    }
    if input.extract.occurrences.is_empty() {
        lines.push(String::new());
        lines.push(say::NOTHING_ELSE.get(lang).to_owned());
    }
    lines.push(String::new());
    lines.push(say::FILES_OUTSIDE.get(lang).to_owned());
    if input.files.is_empty() {
        lines.push(format!("  {}", say::NO_FILES_OUTSIDE.get(lang)));
    }
    lines.extend(
        input
            .files
            .iter()
            .map(|f| format!("  {}", file_line(f, lang))),
    );
    lines.push(String::new());
    lines.join("\n")
}

/// The extract as JSON: the person's record, every occurrence with a stable kind key, and
/// the files.
pub fn to_json(input: &Input<'_>) -> Result<String, String> {
    let lang = input.lang;
    let occurrences: Vec<serde_json::Value> = input
        .extract
        .occurrences
        .iter()
        .map(|o| {
            serde_json::json!({
                "kind": o.kind.key(),
                "kind_label": o.kind.label(lang),
                "date": o.date.map(|d| d.to_string()),
                "place": o.place,
                "detail": o.detail,
            })
        })
        .collect();
    let files: Vec<serde_json::Value> = input
        .files
        .iter()
        .map(|f| {
            serde_json::json!({
                "path": f.path.display().to_string(),
                "kind": f.kind.label(lang),
            })
        })
        .collect();
    let value = serde_json::json!({
        "extract": say::EXTRACT.get(lang),
        "document": input.doc.info.title,
        "date": input.today.to_string(),
        "person": input.extract.person,
        "details": details(input)
            .into_iter()
            .map(|(k, v)| serde_json::json!({ "label": k, "value": v }))
            .collect::<Vec<_>>(),
        "occurrences": occurrences,
        "files": files,
    });
    serde_json::to_string_pretty(&value)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| e.to_string())
}

/// The extract as a report, for the PDF.
pub fn report(input: &Input<'_>) -> Report {
    let lang = input.lang;
    let name = input.extract.person.display_name();
    let mut blocks = vec![
        Block::Paragraph(say::extract_intro(&input.doc.info.title, input.today, lang)),
        Block::Heading(say::REGISTERED.get(lang).to_owned()),
        Block::Facts(details(input)),
    ];
    for (kind, n) in input.extract.counts() {
        blocks.push(Block::Heading(format!("{} ({n})", kind.label(lang))));
        blocks.push(Block::Bullets(
            input.extract.of_kind(kind).map(line).collect(),
        ));
    }
    if input.extract.occurrences.is_empty() {
        blocks.push(Block::Muted(say::NOTHING_ELSE.get(lang).to_owned()));
    }
    blocks.push(Block::Heading(say::FILES_OUTSIDE.get(lang).to_owned()));
    if input.files.is_empty() {
        blocks.push(Block::Muted(say::NO_FILES_OUTSIDE.get(lang).to_owned()));
    } else {
        blocks.push(Block::Bullets(
            input.files.iter().map(|f| file_line(f, lang)).collect(),
        ));
    }
    Report {
        kicker: input.doc.info.title.clone(),
        title: say::extract_title(&name, lang),
        blocks,
        footer: format!("{} {}", say::EXTRACT.get(lang), input.today),
        stamp: String::new(),
        letterhead: Vec::new(),
        address: Vec::new(),
        author: input.doc.info.title.clone(),
    }
}
