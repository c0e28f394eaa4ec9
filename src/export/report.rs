//! A neutral text document (title, facts, headings, items, paragraphs) that the meeting
//! documents are built as, so the PDF and the Markdown writers print the same content.

/// A document to print: a notice, minutes.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Report {
    /// Small line above the title, e.g. the body's name.
    pub kicker: String,
    pub title: String,
    pub blocks: Vec<Block>,
    /// Printed at the foot of every page, before the page number.
    pub footer: String,
    /// Printed at the head of every page while the document is not final ("UTKAST").
    pub stamp: String,
    /// The letterhead's label–value pairs at the top right of the first page, as Swedish
    /// public bodies head their documents (Tjänsteställe, handläggare; Datum; Beteckning).
    pub letterhead: Vec<(String, String)>,
    /// The organisation's address block at the foot of the first page (Postadress …).
    pub address: Vec<String>,
    /// Who wrote it, for the PDF's metadata (the secretary, or the body).
    pub author: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading(String),
    /// A heading inside an item: a sub-item ("Healthy Cities Sverige" under "Rapporter").
    SubHeading(String),
    /// Label–value pairs in two columns (Datum, Tid, Plats …).
    Facts(Vec<(String, String)>),
    Paragraph(String),
    /// A paragraph in emphasis, for decisions.
    Strong(String),
    /// A paragraph in grey, for asides.
    Muted(String),
    /// "Frågor/synpunkter: …" — a label run into its text.
    Labelled(String, String),
    Bullets(Vec<String>),
    /// An agenda item: a margin (clock time or §), its title, a detail line (kind,
    /// presenter, length) and what is written under it.
    Item {
        margin: String,
        title: String,
        detail: String,
        body: Vec<Block>,
    },
    /// A drawing (a chart), scaled down to the text width where it is wider. The PDF draws
    /// it as vectors; Markdown has no pictures and leaves it out.
    Figure(std::sync::Arc<crate::diagram::scene::Scene>),
}

impl Report {
    /// Every piece of text in reading order, for tests and search.
    pub fn text(&self) -> Vec<&str> {
        let mut out = vec![self.stamp.as_str()];
        for (k, v) in &self.letterhead {
            out.push(k);
            out.push(v);
        }
        out.push(&self.kicker);
        out.push(&self.title);
        walk(&self.blocks, &mut out);
        out.extend(self.address.iter().map(String::as_str));
        out.push(&self.footer);
        out
    }
}

/// Collect the text of `blocks` in reading order.
fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a str>) {
    for b in blocks {
        match b {
            Block::Heading(s)
            | Block::SubHeading(s)
            | Block::Paragraph(s)
            | Block::Strong(s)
            | Block::Muted(s) => {
                out.push(s);
            }
            Block::Facts(pairs) => {
                for (k, v) in pairs {
                    out.push(k);
                    out.push(v);
                }
            }
            Block::Labelled(k, v) => {
                out.push(k);
                out.push(v);
            }
            Block::Bullets(items) => out.extend(items.iter().map(String::as_str)),
            Block::Item {
                margin,
                title,
                detail,
                body,
            } => {
                out.push(margin);
                out.push(title);
                out.push(detail);
                walk(body, out);
            }
            Block::Figure(scene) => out.extend(scene.texts()),
        }
    }
}

/// A piece of typed text as it prints: running text, or a list item written as a line that
/// starts with "- " (or "* ", "• ") in notes and decisions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Lines of running text, joined with their line breaks.
    Text(String),
    /// One list item, without its dash.
    Bullet(&'a str),
}

/// Split typed text into running text and list items, in order.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        let item = ["- ", "* ", "• "]
            .iter()
            .find_map(|dash| trimmed.strip_prefix(dash));
        match item {
            Some(rest) => {
                if !run.is_empty() {
                    out.push(Piece::Text(run.join("\n")));
                    run.clear();
                }
                out.push(Piece::Bullet(rest.trim()));
            }
            None => run.push(line),
        }
    }
    if !run.is_empty() {
        out.push(Piece::Text(run.join("\n")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Piece, pieces};

    #[test]
    fn dashed_lines_are_list_items_between_running_text() {
        let text = "Rapporter från grupperna:\n- Barnlivet klar\n  * Äldrelivet i januari\nÖvrigt inget.\nx - y";
        assert_eq!(
            pieces(text),
            vec![
                Piece::Text("Rapporter från grupperna:".into()),
                Piece::Bullet("Barnlivet klar"),
                Piece::Bullet("Äldrelivet i januari"),
                Piece::Text("Övrigt inget.\nx - y".into()),
            ]
        );
        assert_eq!(pieces("-1 grad"), vec![Piece::Text("-1 grad".into())]);
        assert!(pieces("").is_empty());
    }
}
