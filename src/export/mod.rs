//! Documents people send, made from the model: shared by the app and the command line.

pub mod decisions;
pub mod docx;
pub mod ics;
pub mod markdown;
pub mod meeting_docs;
pub mod members;
pub mod pdf;
pub mod person_extract;
pub mod perspective;
pub mod png;
pub mod report;
pub mod scene_pdf;
pub mod svg;

use crate::i18n::Lang;
use crate::model::{Document, Meeting};

/// Which meeting document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeetingDoc {
    /// Kallelse och dagordning.
    Notice,
    Minutes,
}

/// The file format of a meeting document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextFormat {
    Pdf,
    Markdown,
    /// Word, for archives and document systems that expect it.
    Docx,
}

/// The bytes of a meeting's notice or minutes: one function for the app and the command line.
pub fn meeting_document(
    doc: &Document,
    meeting: &Meeting,
    which: MeetingDoc,
    format: TextFormat,
    lang: Lang,
) -> Result<Vec<u8>, pdf::PdfError> {
    let report = match which {
        MeetingDoc::Notice => meeting_docs::notice(doc, meeting, lang),
        MeetingDoc::Minutes => meeting_docs::minutes(doc, meeting, lang),
    };
    match format {
        TextFormat::Pdf => pdf::to_pdf(&report, lang),
        TextFormat::Markdown => Ok(markdown::to_markdown(&report).into_bytes()),
        TextFormat::Docx => docx::to_docx(&report).map_err(pdf::PdfError::Word),
    }
}

/// The picture formats of the charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartFormat {
    Svg,
    Png,
    /// One page (the wheel).
    Pdf,
}

impl ChartFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ChartFormat::Svg => "svg",
            ChartFormat::Png => "png",
            ChartFormat::Pdf => "pdf",
        }
    }
}

/// A drawing as SVG, PNG (2 pixels per point) or a one-page PDF: one function for the
/// app and the command line.
pub fn picture(
    scene: &crate::diagram::scene::Scene,
    format: ChartFormat,
    title: &str,
) -> Result<Vec<u8>, String> {
    match format {
        ChartFormat::Svg => Ok(svg::to_svg(scene).into_bytes()),
        ChartFormat::Png => png::to_png(scene, 2.0).map_err(|e| e.to_string()),
        ChartFormat::Pdf => scene_pdf::scene_to_pdf(scene, title).map_err(|e| e.to_string()),
    }
}
