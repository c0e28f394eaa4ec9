//! A report as a Word document (.docx), for the archives and document systems that expect
//! Word: the same content as the PDF, with real headings (Rubrik 1–4 in Word's outline),
//! real bullet lists, the letterhead as a table, "UTKAST" in the header of every page, and
//! the footer with the address block on the first page.

use super::report::{Block, Piece, Report, pieces};
use docx_rs::{
    AbstractNumbering, Docx, Footer, Header, IndentLevel, Level, LevelJc, LevelText, LineSpacing,
    NumberFormat, Numbering, NumberingId, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType,
    Start, Style, StyleType, Table, TableCell, TableRow,
};

/// The numbering that makes a paragraph a bullet-list item (not 1: docx-rs's default
/// numbering has that id, and Word would number the list).
const BULLETS: usize = 7;
const GREY: &str = "696969";

/// The report as the bytes of a .docx file (A4, in the PDF's margins).
pub fn to_docx(report: &Report) -> Result<Vec<u8>, String> {
    let mut doc = Docx::new()
        // A sans-serif body at 10.5 pt with a little room after each paragraph, as the PDF.
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(21)
        .default_line_spacing(LineSpacing::new().after(100))
        // A4 in twentieths of a point, with the PDF's margins (about 2.2 cm).
        .page_size(11906, 16838)
        .page_margin(
            PageMargin::new()
                .top(1240)
                .bottom(1440)
                .left(1280)
                .right(1120),
        )
        .add_style(heading("Heading1", "heading 1", 36, 1))
        .add_style(heading("Heading2", "heading 2", 26, 2))
        .add_style(heading("Heading3", "heading 3", 22, 3))
        .add_style(heading("Heading4", "heading 4", 21, 4))
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("bullet"),
                    LevelText::new("•"),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(360),
                    Some(SpecialIndentType::Hanging(240)),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS));
    if !report.stamp.is_empty() {
        let stamp = Paragraph::new()
            .align(docx_rs::AlignmentType::Right)
            .add_run(Run::new().add_text(&report.stamp).bold());
        doc = doc
            .header(Header::new().add_paragraph(stamp.clone()))
            .first_header(Header::new().add_paragraph(stamp));
    }
    let footer_line =
        || Paragraph::new().add_run(Run::new().add_text(&report.footer).size(17).color(GREY));
    let mut first_footer = Footer::new();
    for line in &report.address {
        first_footer = first_footer.add_paragraph(
            Paragraph::new().add_run(Run::new().add_text(line).size(15).color(GREY)),
        );
    }
    doc = doc
        .footer(Footer::new().add_paragraph(footer_line()))
        .first_footer(first_footer.add_paragraph(footer_line()));

    if !report.letterhead.is_empty() {
        let cells = report
            .letterhead
            .iter()
            .map(|(label, value)| {
                TableCell::new()
                    .add_paragraph(
                        Paragraph::new().add_run(Run::new().add_text(label).size(15).color(GREY)),
                    )
                    .add_paragraph(Paragraph::new().add_run(Run::new().add_text(value).size(19)))
            })
            .collect();
        doc = doc
            .add_table(Table::new(vec![TableRow::new(cells)]).clear_all_border())
            .add_paragraph(Paragraph::new());
    }
    if !report.kicker.is_empty() {
        doc = doc.add_paragraph(
            Paragraph::new().add_run(Run::new().add_text(&report.kicker).color(GREY)),
        );
    }
    doc = doc.add_paragraph(
        Paragraph::new()
            .style("Heading1")
            .add_run(Run::new().add_text(&report.title)),
    );
    let mut paragraphs = Vec::new();
    blocks(&report.blocks, &mut paragraphs);
    for p in paragraphs {
        doc = doc.add_paragraph(p);
    }
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut out).map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

fn heading(id: &str, name: &str, half_points: usize, level: usize) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .bold()
        .size(half_points)
        .outline_lvl(level - 1)
        .line_spacing(
            LineSpacing::new()
                .before(if level <= 2 { 240 } else { 160 })
                .after(60),
        )
}

/// How a run of text looks.
#[derive(Clone, Copy)]
enum Look {
    Plain,
    Bold,
    Muted,
}

fn run(text: &str, look: Look) -> Run {
    let r = Run::new().add_text(text);
    match look {
        Look::Plain => r,
        Look::Bold => r.bold(),
        Look::Muted => r.italic().color(GREY),
    }
}

/// A paragraph of `text`, its line breaks kept, after an optional bold-italic label.
fn paragraph(label: Option<&str>, text: &str, look: Look) -> Paragraph {
    let mut p = Paragraph::new();
    if let Some(label) = label {
        p = p.add_run(Run::new().add_text(format!("{label}: ")).bold().italic());
    }
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            p = p.add_run(Run::new().add_break(docx_rs::BreakType::TextWrapping));
        }
        p = p.add_run(run(line, look));
    }
    p
}

fn bullet(text: &str, look: Look) -> Paragraph {
    paragraph(None, text, look)
        .numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
        .line_spacing(LineSpacing::new().after(20))
}

/// Typed text: running text as paragraphs, lines that start with "- " as a list.
fn typed(label: Option<&str>, text: &str, look: Look, out: &mut Vec<Paragraph>) {
    let mut label = label;
    let parts = pieces(text);
    if label.is_some() && matches!(parts.first(), Some(Piece::Bullet(_))) {
        out.push(paragraph(label.take(), "", look));
    }
    for piece in parts {
        match piece {
            Piece::Text(t) => out.push(paragraph(label.take(), &t, look)),
            Piece::Bullet(b) => out.push(bullet(b, look)),
        }
    }
}

fn blocks(list: &[Block], out: &mut Vec<Paragraph>) {
    for block in list {
        match block {
            Block::Heading(s) => out.push(
                Paragraph::new()
                    .style("Heading2")
                    .add_run(run(s, Look::Plain)),
            ),
            Block::SubHeading(s) => {
                out.push(
                    Paragraph::new()
                        .style("Heading4")
                        .add_run(run(s, Look::Plain)),
                );
            }
            Block::Facts(pairs) => {
                for (k, v) in pairs {
                    out.push(
                        Paragraph::new()
                            .add_run(Run::new().add_text(format!("{k}: ")).bold())
                            .add_run(run(v, Look::Plain)),
                    );
                }
            }
            Block::Paragraph(s) => typed(None, s, Look::Plain, out),
            Block::Strong(s) => typed(None, s, Look::Bold, out),
            Block::Muted(s) => out.push(paragraph(None, s, Look::Muted)),
            Block::Labelled(k, v) => typed(Some(k), v, Look::Plain, out),
            Block::Bullets(items) => out.extend(items.iter().map(|i| bullet(i, Look::Plain))),
            // Charts are for the PDF; the Word export is of the meeting documents.
            Block::Figure(_) => {}
            Block::Item {
                margin,
                title,
                detail,
                body,
            } => {
                let head = if margin.is_empty() {
                    title.clone()
                } else {
                    format!("{margin}  {title}") // not UI: two words side by side
                };
                out.push(
                    Paragraph::new()
                        .style("Heading3")
                        .add_run(run(&head, Look::Plain)),
                );
                if !detail.is_empty() {
                    out.push(paragraph(None, detail, Look::Muted));
                }
                blocks(body, out);
            }
        }
    }
}
