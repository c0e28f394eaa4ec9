//! The register of decisions (beslutsregister) as a workbook and as a PDF: every decision
//! in the document, or those a filter keeps, with body, date, § or item, the decision, the
//! matter, who is responsible, the deadline and where the follow-up stands.

use super::report::{Block, Report};
use crate::i18n::{Label, Lang, obligations as ob, t};
use crate::model::Document;
use crate::model::decision::{Entry, Filter, register};
use chrono::NaiveDate;

/// The register's two formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Pdf,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Pdf => "pdf",
        }
    }
}

/// The register in `format`: one function for the app and the command line.
pub fn export(
    doc: &Document,
    filter: &Filter,
    format: Format,
    today: NaiveDate,
    lang: Lang,
) -> Result<Vec<u8>, String> {
    match format {
        Format::Xlsx => to_xlsx(doc, filter, today, lang).map_err(|e| e.to_string()),
        Format::Pdf => to_pdf(doc, filter, today, lang).map_err(|e| e.to_string()),
    }
}

/// The register's columns.
pub fn header(lang: Lang) -> Vec<String> {
    [
        t::BODY,
        t::DATE,
        ob::NUMBER,
        t::TITLE,
        ob::DECISION,
        ob::MATTER,
        ob::RESPONSIBLE,
        t::DUE,
        ob::FOLLOW_UP,
    ]
    .iter()
    .map(|h| h.get(lang).to_owned())
    .collect()
}

/// One decision as the register's cells.
pub fn cells(doc: &Document, e: &Entry<'_>, today: NaiveDate, lang: Lang) -> Vec<String> {
    let (paragraph, item) = e.number();
    vec![
        e.body().map(|b| doc.body_label(b)).unwrap_or_default(),
        e.meeting.date.to_string(),
        ob::number(paragraph, item, lang),
        e.item.map(|i| i.title.clone()).unwrap_or_default(),
        e.decision.text.trim().to_owned(),
        e.matter()
            .and_then(|m| doc.matter(m))
            .map(|m| m.title.clone())
            .unwrap_or_default(),
        e.decision
            .owner
            .as_ref()
            .map(|p| doc.participant_name(p))
            .unwrap_or_default(),
        e.decision.due.map(|d| d.to_string()).unwrap_or_default(),
        e.decision.follow_up(today).label(lang).to_owned(),
    ]
}

/// The header and one row per decision the filter keeps.
pub fn rows(doc: &Document, filter: &Filter, today: NaiveDate, lang: Lang) -> Vec<Vec<String>> {
    let mut out = vec![header(lang)];
    out.extend(
        register(doc)
            .iter()
            .filter(|e| filter.keeps(doc, e, today))
            .map(|e| cells(doc, e, today, lang)),
    );
    out
}

/// The register as an Excel workbook (one sheet, header frozen, a filter on every column).
pub fn to_xlsx(
    doc: &Document,
    filter: &Filter,
    today: NaiveDate,
    lang: Lang,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let rows = rows(doc, filter, today, lang);
    super::members::to_xlsx(&rows, ob::DECISION_REGISTER.get(lang)).map(|b| b.bytes)
}

/// The register as a report: a heading per body, each decision as an item with its date
/// and number in the margin.
pub fn report(doc: &Document, filter: &Filter, today: NaiveDate, lang: Lang) -> Report {
    let entries: Vec<Entry<'_>> = register(doc)
        .into_iter()
        .filter(|e| filter.keeps(doc, e, today))
        .collect();
    let mut blocks = Vec::new();
    if entries.is_empty() {
        blocks.push(Block::Muted(t::NOTHING.get(lang).to_owned()));
    }
    let mut bodies: Vec<Option<&crate::model::BodyId>> = Vec::new();
    for e in &entries {
        if !bodies.contains(&e.body()) {
            bodies.push(e.body());
        }
    }
    for body in bodies {
        blocks.push(Block::Heading(
            body.map(|b| {
                doc.body(b)
                    .map_or_else(|| b.to_string(), |x| x.name.clone())
            })
            .unwrap_or_default(),
        ));
        for e in entries.iter().filter(|e| e.body() == body) {
            let c = cells(doc, e, today, lang);
            let mut detail = Vec::new();
            if !c[5].is_empty() {
                detail.push(format!("{}: {}", ob::MATTER.get(lang), c[5]));
            }
            if !c[6].is_empty() {
                detail.push(format!("{}: {}", ob::RESPONSIBLE.get(lang), c[6]));
            }
            if !c[7].is_empty() {
                detail.push(format!("{}: {}", t::DUE.get(lang), c[7]));
            }
            if e.decision.is_tracked() {
                detail.push(c[8].clone());
            }
            blocks.push(Block::Item {
                margin: format!("{} {}", c[1], c[2]),
                title: c[3].clone(),
                detail: detail.join(" · "),
                body: vec![Block::Strong(c[4].clone())],
            });
        }
    }
    // What the register was narrowed to, in the title: "Beslutsregister – BG 2026".
    let mut narrowed: Vec<String> = Vec::new();
    if let Some(b) = &filter.body {
        narrowed.push(doc.body_label(b));
    }
    if let Some(y) = filter.year {
        narrowed.push(y.to_string());
    }
    if let Some(s) = filter.status {
        narrowed.push(s.label(lang).to_owned());
    }
    if !filter.text.trim().is_empty() {
        narrowed.push(format!("\u{201c}{}\u{201d}", filter.text.trim()));
    }
    let mut title = ob::DECISION_REGISTER.get(lang).to_owned();
    if !narrowed.is_empty() {
        title = format!("{title} – {}", narrowed.join(" "));
    }
    Report {
        kicker: doc.info.title.clone(),
        title,
        blocks,
        footer: format!("{} {today}", ob::DECISION_REGISTER.get(lang)),
        stamp: String::new(),
        letterhead: Vec::new(),
        address: Vec::new(),
        author: doc.info.title.clone(),
    }
}

pub fn to_pdf(
    doc: &Document,
    filter: &Filter,
    today: NaiveDate,
    lang: Lang,
) -> Result<Vec<u8>, super::pdf::PdfError> {
    super::pdf::to_pdf(&report(doc, filter, today, lang), lang)
}
