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
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading(String),
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
        let mut out = vec![self.kicker.as_str(), self.title.as_str()];
        walk(&self.blocks, &mut out);
        out.push(&self.footer);
        out
    }
}

/// Collect the text of `blocks` in reading order.
fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a str>) {
    for b in blocks {
        match b {
            Block::Heading(s) | Block::Paragraph(s) | Block::Strong(s) | Block::Muted(s) => {
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
