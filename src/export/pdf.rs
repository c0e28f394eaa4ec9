//! A report as an A4 PDF, made in-process with krilla and the Ubuntu font that egui
//! already ships (so the app needs no font of its own and no external program).
//!
//! krilla places text but does not break lines, so this module lays the report out
//! itself: [`layout`] turns a report into pages of placed lines (pure, tested), and
//! [`to_pdf`] draws them.

use super::report::{Block, Report};
use crate::i18n::{Lang, t};
use krilla::Document as PdfDocument;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};

/// A4 in PostScript points.
pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
const LEFT: f32 = 64.0;
const RIGHT: f32 = PAGE_WIDTH - 56.0;
const TOP: f32 = 62.0;
/// Lowest baseline for body text; the footer sits below it.
const BOTTOM: f32 = PAGE_HEIGHT - 72.0;
const FOOTER_Y: f32 = PAGE_HEIGHT - 40.0;
/// Width of the margin column of items (clock time or §).
const MARGIN_COLUMN: f32 = 74.0;
const BODY_SIZE: f32 = 10.5;
const LEADING: f32 = 1.38;

/// How a line is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Regular,
    /// The font has no bold cut: bold is drawn with a thin outline as well as the fill.
    Bold,
    Muted,
}

/// One line of text at its place on a page; `y` is the baseline, from the top.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub style: Style,
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub lines: Vec<Placed>,
    /// Horizontal rules: (x from, x to, y).
    pub rules: Vec<(f32, f32, f32)>,
    pub figures: Vec<PlacedFigure>,
}

/// A drawing at its place on a page: its top left corner and its scale.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedFigure {
    pub x: f32,
    pub y: f32,
    pub scale: f32,
    pub scene: std::sync::Arc<crate::diagram::scene::Scene>,
}

pub use crate::diagram::text::Measure;
use crate::diagram::text::font_bytes;

/// Lays blocks onto pages, starting a new page when the next line does not fit.
struct Composer<'a> {
    measure: &'a Measure,
    pages: Vec<Page>,
    y: f32,
    /// The lowest baseline on the first page, above its address block.
    first_bottom: f32,
}

impl Composer<'_> {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = TOP;
    }

    /// Start a new page unless `needed` points still fit on this one.
    fn keep(&mut self, needed: f32) {
        let bottom = if self.pages.len() <= 1 {
            self.first_bottom
        } else {
            BOTTOM
        };
        if self.y + needed > bottom && self.y > TOP {
            self.new_page();
        }
    }

    fn line(&mut self, x: f32, size: f32, style: Style, text: String) {
        let height = size * LEADING;
        self.keep(height);
        let y = self.y + size;
        self.page().lines.push(Placed {
            x,
            y,
            size,
            style,
            text,
        });
        self.y += height;
    }

    fn text(&mut self, x: f32, size: f32, style: Style, text: &str) {
        for line in self.measure.wrap(text, size, RIGHT - x) {
            self.line(x, size, style, line);
        }
    }

    /// One list item: a bullet and its text wrapped beside it.
    fn bullet(&mut self, x: f32, style: Style, item: &str) {
        let lines = self.measure.wrap(item, BODY_SIZE, RIGHT - x - 12.0);
        for (i, line) in lines.into_iter().enumerate() {
            if i == 0 {
                self.keep(BODY_SIZE * LEADING);
                let y = self.y + BODY_SIZE;
                self.page().lines.push(Placed {
                    x,
                    y,
                    size: BODY_SIZE,
                    style: Style::Regular,
                    text: "•".into(),
                });
            }
            self.line(x + 12.0, BODY_SIZE, style, line);
        }
    }

    /// Typed text: running text wrapped, lines that start with "- " as list items.
    fn typed(&mut self, x: f32, style: Style, text: &str) {
        for piece in super::report::pieces(text) {
            match piece {
                super::report::Piece::Text(t) => self.text(x, BODY_SIZE, style, &t),
                super::report::Piece::Bullet(b) => self.bullet(x, style, b),
            }
        }
    }

    fn gap(&mut self, points: f32) {
        self.y += points;
    }

    /// The height of what a body starts with, which must not be parted from its title: the
    /// text up to a drawing and the drawing, or else two lines.
    fn opening_height(&self, body: &[Block], x: f32) -> f32 {
        let mut height = 0.0;
        for block in body {
            match block {
                Block::Paragraph(s) | Block::Muted(s) | Block::Strong(s) => {
                    let lines = self.measure.wrap(s, BODY_SIZE, RIGHT - x).len();
                    height += lines as f32 * BODY_SIZE * LEADING + 4.0;
                }
                Block::Figure(scene) => return height + scene.size[1] * figure_scale(scene) + 4.0,
                _ => break,
            }
        }
        height + 2.0 * BODY_SIZE * LEADING
    }

    /// The height of what must stand together at the start of `block`: an item's title with
    /// its opening, a whole drawing, or two lines of text.
    fn block_opening(&self, block: &Block, x: f32) -> f32 {
        match block {
            Block::Item { title, body, .. } => {
                let inner = x + MARGIN_COLUMN;
                6.0 + self.title_height(title, inner) + self.opening_height(body, inner)
            }
            Block::Figure(scene) => 4.0 + scene.size[1] * figure_scale(scene),
            _ => 2.0 * BODY_SIZE * LEADING,
        }
    }

    /// An item's title and its detail line.
    fn title_height(&self, title: &str, x: f32) -> f32 {
        let lines = self.measure.wrap(title, 11.0, RIGHT - x).len();
        lines as f32 * 11.0 * LEADING + 9.5 * LEADING + 2.0
    }

    fn blocks(&mut self, blocks: &[Block], x: f32) {
        for (i, block) in blocks.iter().enumerate() {
            match block {
                Block::Heading(s) => {
                    self.gap(8.0);
                    // A heading never ends a page: keep it with the opening of what follows.
                    let next = blocks.get(i + 1).map_or(0.0, |b| self.block_opening(b, x));
                    self.keep(12.5 * LEADING + 2.0 + next);
                    self.text(x, 12.5, Style::Bold, s);
                    self.gap(2.0);
                }
                Block::SubHeading(s) => {
                    self.gap(4.0);
                    let next = blocks.get(i + 1).map_or(0.0, |b| self.block_opening(b, x));
                    self.keep(BODY_SIZE * LEADING + next);
                    self.text(x, BODY_SIZE + 0.5, Style::Bold, s);
                    self.gap(1.0);
                }
                Block::Facts(pairs) => {
                    let label_width = pairs
                        .iter()
                        .map(|(k, _)| self.measure.width(&format!("{k}:"), BODY_SIZE))
                        .fold(0.0, f32::max)
                        + 12.0;
                    for (k, v) in pairs {
                        let lines = self.measure.wrap(v, BODY_SIZE, RIGHT - x - label_width);
                        self.keep(BODY_SIZE * LEADING);
                        let y = self.y + BODY_SIZE;
                        self.page().lines.push(Placed {
                            x,
                            y,
                            size: BODY_SIZE,
                            style: Style::Bold,
                            text: format!("{k}:"),
                        });
                        for line in lines {
                            self.line(x + label_width, BODY_SIZE, Style::Regular, line);
                        }
                    }
                    self.gap(4.0);
                }
                Block::Paragraph(s) => {
                    self.typed(x, Style::Regular, s);
                    self.gap(4.0);
                }
                Block::Strong(s) => {
                    self.typed(x, Style::Bold, s);
                    self.gap(4.0);
                }
                Block::Muted(s) => {
                    self.text(x, BODY_SIZE - 0.5, Style::Muted, s);
                    self.gap(4.0);
                }
                Block::Labelled(k, v) => {
                    // A list right after the label starts on the next line.
                    let list = matches!(
                        super::report::pieces(v).first(),
                        Some(super::report::Piece::Bullet(_))
                    );
                    let sep = if list { ":\n" } else { ": " };
                    self.typed(x, Style::Regular, &format!("{k}{sep}{v}"));
                    self.gap(4.0);
                }
                Block::Bullets(items) => {
                    for item in items {
                        self.bullet(x, Style::Regular, item);
                    }
                    self.gap(4.0);
                }
                Block::Figure(scene) => {
                    // A drawing takes the page's whole text width, under an item too: a chart
                    // of many small charts is readable only as large as the page allows.
                    let scale = figure_scale(scene);
                    self.gap(4.0);
                    self.keep(scene.size[1] * scale);
                    let y = self.y;
                    self.page().figures.push(PlacedFigure {
                        x: LEFT,
                        y,
                        scale,
                        scene: std::sync::Arc::clone(scene),
                    });
                    self.y += scene.size[1] * scale + 6.0;
                }
                Block::Item {
                    margin,
                    title,
                    detail,
                    body,
                } => {
                    self.gap(6.0);
                    let inner = x + MARGIN_COLUMN;
                    // Title, detail and what opens the body (its first lines, or the text
                    // and the drawing it starts with) stay together.
                    self.keep(self.title_height(title, inner) + self.opening_height(body, inner));
                    if !margin.is_empty() {
                        let y = self.y + 11.0;
                        self.page().lines.push(Placed {
                            x,
                            y,
                            size: 9.5,
                            style: Style::Muted,
                            text: margin.clone(),
                        });
                    }
                    self.text(inner, 11.0, Style::Bold, title);
                    if !detail.is_empty() {
                        self.text(inner, 9.5, Style::Muted, detail);
                    }
                    self.gap(2.0);
                    self.blocks(body, inner);
                }
            }
        }
    }
}

/// Room kept above the tallest drawing for the headings and lines it belongs under (an
/// area's heading, a goal's title of two lines, its detail and two lines of sources).
const FIGURE_RESERVE: f32 = 140.0;

/// How much a drawing is scaled: down to the text width, and to a page's height less room
/// for the title above it (so a title is never parted from its drawing).
fn figure_scale(scene: &crate::diagram::scene::Scene) -> f32 {
    let [w, h] = scene.size;
    ((RIGHT - LEFT) / w.max(1.0))
        .min((BOTTOM - TOP - FIGURE_RESERVE) / h.max(1.0))
        .min(1.0)
}

/// The size of the address block's lines.
const ADDRESS_SIZE: f32 = 7.5;

/// The letterhead across the top of the first page: a column per pair, the label small
/// over its value, as seed 004 heads its minutes. The title comes below it.
fn letterhead(c: &mut Composer, pairs: &[(String, String)]) {
    if pairs.is_empty() {
        return;
    }
    // The first column (unit and officer) gets half the width, the others share the rest.
    let width = RIGHT - LEFT;
    let rest = (pairs.len() - 1).max(1) as f32;
    let mut x = LEFT;
    let mut lowest = c.y;
    for (i, (label, value)) in pairs.iter().enumerate() {
        let column = if i == 0 && pairs.len() > 1 {
            width * 0.5
        } else if pairs.len() > 1 {
            width * 0.5 / rest
        } else {
            width
        };
        let mut y = c.y + 7.5;
        let mut lines = vec![(7.5, Style::Muted, label.clone())];
        lines.extend(
            c.measure
                .wrap(value, 9.5, column - 10.0)
                .into_iter()
                .map(|l| (9.5, Style::Regular, l)),
        );
        for (size, style, text) in lines {
            c.page().lines.push(Placed {
                x,
                y,
                size,
                style,
                text,
            });
            y += size * LEADING;
        }
        lowest = lowest.max(y);
        x += column;
    }
    c.y = lowest + 10.0;
}

/// Lay the report out on A4 pages, with the footer and "Sida n av m" on every page.
pub fn layout(report: &Report, measure: &Measure, lang: Lang) -> Vec<Page> {
    let address_height = if report.address.is_empty() {
        0.0
    } else {
        report.address.len() as f32 * ADDRESS_SIZE * LEADING + 10.0
    };
    let mut c = Composer {
        measure,
        pages: vec![Page::default()],
        y: TOP,
        first_bottom: BOTTOM - address_height,
    };
    letterhead(&mut c, &report.letterhead);
    if !report.kicker.is_empty() {
        c.text(LEFT, 10.0, Style::Muted, &report.kicker);
    }
    c.text(LEFT, 18.0, Style::Bold, &report.title);
    let y = c.y + 4.0;
    c.page().rules.push((LEFT, RIGHT, y));
    c.gap(14.0);
    c.blocks(&report.blocks, LEFT);

    // The address block stands at the foot of the first page, over the footer's rule.
    if let Some(first) = c.pages.first_mut() {
        let mut y = BOTTOM - address_height + 10.0 + ADDRESS_SIZE;
        for line in &report.address {
            first.lines.push(Placed {
                x: LEFT,
                y,
                size: ADDRESS_SIZE,
                style: Style::Muted,
                text: line.clone(),
            });
            y += ADDRESS_SIZE * LEADING;
        }
    }
    let total = c.pages.len();
    for (n, page) in c.pages.iter_mut().enumerate() {
        if !report.stamp.is_empty() {
            let width = measure.width(&report.stamp, 10.0);
            page.lines.push(Placed {
                x: RIGHT - width,
                y: TOP - 24.0,
                size: 10.0,
                style: Style::Bold,
                text: report.stamp.clone(),
            });
        }
        page.rules.push((LEFT, RIGHT, FOOTER_Y - 14.0));
        let number = t::PAGE_OF
            .get(lang)
            .replace("{n}", &(n + 1).to_string())
            .replace("{total}", &total.to_string());
        let width = measure.width(&number, 8.5);
        page.lines.push(Placed {
            x: LEFT,
            y: FOOTER_Y,
            size: 8.5,
            style: Style::Muted,
            text: report.footer.clone(),
        });
        page.lines.push(Placed {
            x: RIGHT - width,
            y: FOOTER_Y,
            size: 8.5,
            style: Style::Muted,
            text: number,
        });
    }
    c.pages
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the embedded font could not be read")]
    Font,
    #[error("the PDF could not be written: {0}")]
    Write(String),
    #[error("the Word document could not be written: {0}")]
    Word(String),
}

/// The report as the bytes of an A4 PDF, archivable as PDF/A-2b (with its title, author
/// and language in the metadata). Text the embedded font cannot show (an emoji typed into
/// the minutes) cannot be PDF/A; then the same pages are written as a plain PDF, which
/// prints the same.
pub fn to_pdf(report: &Report, lang: Lang) -> Result<Vec<u8>, PdfError> {
    to_pdf_as(report, lang, true).or_else(|_| to_pdf_as(report, lang, false))
}

/// A PDF document to draw into: PDF/A-2b when `archival`, checked by krilla as it is
/// written (an export that cannot be PDF/A fails, and the caller writes it plain).
pub(super) fn new_document(archival: bool) -> Result<PdfDocument, PdfError> {
    let mut settings = krilla::SerializeSettings::default();
    if archival {
        settings.configuration = krilla::configure::ConfigurationBuilder::new()
            .with_archival_validator(krilla::configure::Archival::A2_B)
            .finish()
            .map_err(|e| PdfError::Write(format!("{e:?}")))?;
    }
    Ok(PdfDocument::new_with(settings))
}

/// The metadata every Samverkan PDF has: its title, the program, when it was made.
pub(super) fn metadata(title: &str) -> Metadata {
    Metadata::new()
        .title(title.to_owned())
        .creator("Samverkan".to_owned()) // not UI
        .creation_date(now())
}

/// Now, in UTC, as the PDF's creation date (PDF/A requires one).
fn now() -> krilla::metadata::DateTime {
    use chrono::{Datelike, Timelike};
    let t = chrono::Utc::now();
    let small = |v: u32| u8::try_from(v).unwrap_or(0);
    krilla::metadata::DateTime::new(u16::try_from(t.year()).unwrap_or(2000))
        .month(small(t.month()))
        .day(small(t.day()))
        .hour(small(t.hour()))
        .minute(small(t.minute()))
        .second(small(t.second()))
        .utc_offset_hour(0)
}

/// Whether the PDF says it is PDF/A-2b (its XMP metadata names part 2, conformance B).
pub fn is_pdf_a(pdf: &[u8]) -> bool {
    let text = String::from_utf8_lossy(pdf);
    text.contains("<pdfaid:part>2</pdfaid:part>")
        && text.contains("<pdfaid:conformance>B</pdfaid:conformance>")
}

fn to_pdf_as(report: &Report, lang: Lang, archival: bool) -> Result<Vec<u8>, PdfError> {
    let measure = Measure::new().ok_or(PdfError::Font)?;
    let font = Font::new(font_bytes().into(), 0).ok_or(PdfError::Font)?;
    let pages = layout(report, &measure, lang);

    let mut document = new_document(archival)?;
    let mut metadata =
        metadata(&format!("{} – {}", report.title, report.kicker)).language(lang.code().to_owned());
    if !report.author.is_empty() {
        metadata = metadata.authors(vec![report.author.clone()]);
    }
    document.set_metadata(metadata);
    let black = rgb::Color::new(20, 20, 20);
    let grey = rgb::Color::new(105, 105, 105);
    let fill = |c: rgb::Color| Fill {
        paint: c.into(),
        opacity: NormalizedF32::ONE,
        rule: krilla::paint::FillRule::default(),
    };
    for page_layout in &pages {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
            .ok_or_else(|| PdfError::Write("page size".into()))?; // not UI
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for line in &page_layout.lines {
            let colour = if line.style == Style::Muted {
                grey
            } else {
                black
            };
            surface.set_fill(Some(fill(colour)));
            surface.set_stroke((line.style == Style::Bold).then(|| Stroke {
                paint: colour.into(),
                width: line.size * 0.035,
                ..Stroke::default()
            }));
            surface.draw_text(
                Point::from_xy(line.x, line.y),
                font.clone(),
                line.size,
                &line.text,
                false,
                TextDirection::Auto,
            );
        }
        for figure in &page_layout.figures {
            surface.push_transform(&krilla::geom::Transform::from_row(
                figure.scale,
                0.0,
                0.0,
                figure.scale,
                figure.x,
                figure.y,
            ));
            super::scene_pdf::paint(&mut surface, &figure.scene, &font, &measure);
            surface.pop();
        }
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            paint: rgb::Color::new(170, 170, 170).into(),
            width: 0.6,
            ..Stroke::default()
        }));
        for &(x0, x1, y) in &page_layout.rules {
            let mut path = PathBuilder::new();
            path.move_to(x0, y);
            path.line_to(x1, y);
            if let Some(path) = path.finish() {
                surface.draw_path(&path);
            }
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure() -> Measure {
        Measure::new().unwrap()
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let m = measure();
        let text = "Beredningsgruppen beslutade att ställa sig bakom utkastet till förslag och är positiva till att arbetet drivs vidare i länets kommuner och regionen.";
        let lines = m.wrap(text, 10.5, 180.0);
        assert!(lines.len() > 2, "{lines:?}");
        for line in &lines {
            assert!(m.width(line, 10.5) <= 180.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn an_overlong_word_is_broken_not_lost() {
        let m = measure();
        let link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abcdefghijklmnopqrstuvwxyz0123456789";
        let lines = m.wrap(link, 10.0, 150.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), link);
        for line in &lines {
            assert!(m.width(line, 10.0) <= 150.0);
        }
    }

    #[test]
    fn long_reports_flow_onto_more_pages_within_the_margins() {
        let m = measure();
        let report = Report {
            kicker: "BG".into(),
            title: "Mötesanteckningar".into(),
            blocks: (1..=60)
                .map(|n| Block::Item {
                    margin: format!("§ {n}"),
                    title: format!("{n}. Punkt"),
                    detail: "beslut".into(),
                    body: vec![Block::Paragraph("Text ".repeat(40))],
                })
                .collect(),
            footer: "fot".into(),
            ..Report::default()
        };
        let pages = layout(&report, &m, Lang::Sv);
        assert!(pages.len() > 3, "{}", pages.len());
        for page in &pages {
            for line in &page.lines {
                assert!(line.y <= FOOTER_Y + 0.1, "{line:?}");
                assert!(
                    line.x + m.width(&line.text, line.size) <= RIGHT + 0.5,
                    "{line:?}"
                );
            }
        }
        let last = pages.last().unwrap();
        assert!(
            last.lines
                .iter()
                .any(|l| l.text == format!("Sida {} av {}", pages.len(), pages.len()))
        );
        // Items in order: the § numbers appear 1..=60 in reading order.
        let margins: Vec<&str> = pages
            .iter()
            .flat_map(|p| p.lines.iter())
            .filter(|l| l.text.starts_with("§ "))
            .map(|l| l.text.as_str())
            .collect();
        assert_eq!(margins.len(), 60);
        assert_eq!(margins[59], "§ 60");
    }

    #[test]
    fn draft_stamp_on_every_page_letterhead_above_the_title_address_below_the_text() {
        let m = measure();
        let report = Report {
            kicker: "Chefsgrupp folkhälsa".into(),
            title: "Mötesanteckningar 4 november 2021".into(),
            blocks: (1..=40)
                .map(|n| Block::Paragraph(format!("Stycke {n} ") + &"text ".repeat(30)))
                .collect(),
            footer: "fot".into(),
            stamp: "UTKAST".into(),
            letterhead: vec![
                (
                    "Tjänsteställe, handläggare".into(),
                    "Välfärd och folkhälsa, Linnea Hedkvist".into(),
                ),
                ("Datum".into(), "2021-11-04".into()),
                ("Beteckning".into(), "Mötesanteckningar".into()),
            ],
            address: vec!["Region Örebro län".into(), "Box 1613, 701 16 Örebro".into()],
            author: "Linnea Hedkvist".into(),
        };
        let pages = layout(&report, &m, Lang::Sv);
        assert!(pages.len() > 1);
        for page in &pages {
            assert!(
                page.lines.iter().any(|l| l.text == "UTKAST" && l.y < TOP),
                "stamp on every page"
            );
        }
        let first = &pages[0];
        let at = |text: &str| first.lines.iter().find(|l| l.text == text).map(|l| l.y);
        let title = at("Mötesanteckningar 4 november 2021").unwrap();
        assert!(at("Tjänsteställe, handläggare").unwrap() < title);
        assert!(at("2021-11-04").unwrap() < title);
        let address = at("Region Örebro län").unwrap();
        assert!(address < FOOTER_Y - 14.0, "over the footer's rule");
        let lowest_text = first
            .lines
            .iter()
            .filter(|l| l.text.starts_with("Stycke") || l.text.starts_with("text"))
            .map(|l| l.y)
            .fold(0.0, f32::max);
        assert!(
            lowest_text < address - ADDRESS_SIZE,
            "the text stops above the address"
        );
        assert!(
            pages[1].lines.iter().all(|l| l.text != "Region Örebro län"),
            "first page only"
        );
    }
}
