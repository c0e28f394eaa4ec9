//! A report as Markdown: pastes into Word, Teams and e-mail and reads well as plain text.

use super::report::{Block, Piece, Report, pieces};
use std::fmt::Write;

pub fn to_markdown(report: &Report) -> String {
    let mut out = String::new();
    if !report.stamp.is_empty() {
        let _ = writeln!(out, "**{}**\n", escape(&report.stamp));
    }
    if !report.letterhead.is_empty() {
        for (k, v) in &report.letterhead {
            let _ = writeln!(out, "{}: {}  ", escape(k), escape(v));
        }
        out.push('\n');
    }
    if !report.kicker.is_empty() {
        let _ = writeln!(out, "{}\n", escape(&report.kicker));
    }
    let _ = writeln!(out, "# {}\n", escape(&report.title));
    blocks(&mut out, &report.blocks, 2);
    if !report.footer.is_empty() || !report.address.is_empty() {
        out.push_str("---\n\n");
    }
    for line in &report.address {
        let _ = writeln!(out, "{}  ", escape(line));
    }
    if !report.footer.is_empty() {
        if !report.address.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(out, "{}", escape(&report.footer));
    }
    // One trailing newline, whatever the last block wrote.
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

fn blocks(out: &mut String, list: &[Block], level: usize) {
    for block in list {
        match block {
            Block::Heading(s) => {
                let _ = writeln!(out, "{} {}\n", "#".repeat(level), escape(s));
            }
            Block::SubHeading(s) => {
                let _ = writeln!(out, "{} {}\n", "#".repeat(level + 1), escape(s));
            }
            Block::Facts(pairs) => {
                for (k, v) in pairs {
                    // Two trailing spaces: a line break without a new paragraph.
                    let _ = writeln!(out, "**{}:** {}  ", escape(k), escape(v));
                }
                out.push('\n');
            }
            Block::Paragraph(s) => typed(out, "", s, |t| t),
            Block::Strong(s) => typed(out, "", s, |t| format!("**{t}**")),
            Block::Muted(s) => {
                let _ = writeln!(out, "*{}*\n", escape(s));
            }
            Block::Labelled(k, v) => typed(out, &format!("*{}:* ", escape(k)), v, |t| t),
            Block::Bullets(items) => {
                for item in items {
                    let _ = writeln!(out, "- {}", escape(item));
                }
                out.push('\n');
            }
            Block::Figure(_) => {}
            Block::Item {
                margin,
                title,
                detail,
                body,
            } => {
                let head = if margin.is_empty() {
                    escape(title)
                } else {
                    format!("{} {}", escape(margin), escape(title))
                };
                let _ = writeln!(out, "{} {head}\n", "#".repeat(level + 1));
                if !detail.is_empty() {
                    let _ = writeln!(out, "*{}*\n", escape(detail));
                }
                blocks(out, body, level + 1);
            }
        }
    }
}

/// Typed text after `lead`: running text as paragraphs (each through `style`), lines that
/// start with "- " as a list.
fn typed(out: &mut String, lead: &str, text: &str, style: impl Fn(String) -> String) {
    out.push_str(lead);
    let pieces = pieces(text);
    if pieces.is_empty() {
        out.push_str("\n\n");
        return;
    }
    let mut list = false;
    for piece in pieces {
        match piece {
            Piece::Text(t) => {
                if list {
                    out.push('\n');
                    list = false;
                }
                let _ = writeln!(out, "{}\n", style(escape(&t)));
            }
            Piece::Bullet(b) => {
                if !list && !out.ends_with("\n\n") && !out.is_empty() && !out.ends_with('\n') {
                    out.push_str("\n\n");
                }
                let _ = writeln!(out, "- {}", style(escape(b)));
                list = true;
            }
        }
    }
    if list {
        out.push('\n');
    }
}

/// Escape what Markdown would read as markup, keeping the text readable; line breaks
/// inside a field become Markdown line breaks.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.lines().enumerate() {
        if i > 0 {
            out.push_str("  \n");
        }
        // A line starting "12. " would become a numbered list: escape its dot.
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        let list_dot = (digits > 0 && line[digits..].starts_with('.')).then_some(digits);
        for (n, c) in line.chars().enumerate() {
            let markup = matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|')
                || (n == 0 && matches!(c, '#' | '-' | '+'))
                || list_dot == Some(n);
            if markup {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(escape("a*b_c"), "a\\*b\\_c");
        assert_eq!(escape("# rubrik"), "\\# rubrik");
        assert_eq!(escape("1. punkt"), "1\\. punkt");
        assert_eq!(escape("- lista"), "\\- lista");
        assert_eq!(escape("x - y"), "x - y");
        assert_eq!(escape("12. punkt"), "12\\. punkt");
        assert_eq!(escape("rad1\nrad2"), "rad1  \nrad2");
    }

    #[test]
    fn items_become_headings_under_the_title() {
        let report = Report {
            kicker: "Beredningsgruppen".into(),
            title: "Dagordning".into(),
            blocks: vec![Block::Item {
                margin: "09:00".into(),
                title: "1. Öppnande".into(),
                detail: "beslut".into(),
                body: vec![Block::Paragraph("Text".into())],
            }],
            footer: String::new(),
            ..Report::default()
        };
        let md = to_markdown(&report);
        assert!(md.contains("# Dagordning\n"), "{md}");
        assert!(md.contains("### 09:00 1\\. Öppnande\n"), "{md}");
        assert!(md.ends_with("Text\n"), "{md}");
    }
}
