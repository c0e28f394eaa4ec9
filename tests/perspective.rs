//! Aktuellt perspektiv: the report of a year as PDF, Markdown and Excel, from the library
//! and the command line, and `list indicators`.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

mod common;

use common::{code, pdftotext, samverkan, stdout};
use samverkan::export::perspective::{to_markdown, to_pdf, to_xlsx};
use samverkan::i18n::Lang;
use samverkan::model::{Document, OrganisationKind};

fn sample() -> Document {
    samverkan::sample::sample_document().unwrap()
}

/// Words of a text with line breaks and the layout's spacing taken out, so a goal's text
/// wrapped over lines or pages is still found.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_pdf_report_shows_every_goal_and_every_municipality() {
    let doc = sample();
    let pdf = to_pdf(&doc, 2025, Lang::Sv).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = words(&pdftotext(&pdf));
    assert!(text.contains("Aktuellt perspektiv 2025"));
    assert!(text.contains("Värdena är exempel – inte verklig statistik"));
    for goal in &doc.goals {
        // The first words, before the layout may break the line.
        let start: String = goal
            .text
            .split_whitespace()
            .take(5)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(&start), "goal {}: {start}", goal.id);
    }
    for o in doc
        .organisations
        .iter()
        .filter(|o| o.kind == OrganisationKind::Municipality)
    {
        assert!(text.contains(&o.short_name), "{}", o.short_name);
    }
}

/// A goal's title never ends a page: it stands on the page of its charts, above them; and
/// no page ends with an area's heading.
#[test]
fn every_goals_title_stands_on_the_page_of_its_charts() {
    use samverkan::export::pdf::{Measure, Style, layout};
    let doc = sample();
    let report = samverkan::export::perspective::report(&doc, 2025, Lang::Sv, true);
    let pages = layout(&report, &Measure::new().unwrap(), Lang::Sv);
    for (n, page) in pages.iter().enumerate() {
        // The last line of text (the footer's lines are smaller and below every line).
        let Some(last) = page
            .lines
            .iter()
            .filter(|l| l.size > 9.0)
            .max_by(|a, b| a.y.total_cmp(&b.y))
        else {
            continue;
        };
        assert!(
            !doc.goals.iter().any(|g| g.area == last.text),
            "page {} ends with the heading {}",
            n + 1,
            last.text
        );
    }
    for goal in &doc.goals {
        let first_word = goal.text.split_whitespace().next().unwrap();
        let (page, title) = pages
            .iter()
            .enumerate()
            .find_map(|(n, page)| {
                page.lines
                    .iter()
                    .find(|l| {
                        l.style == Style::Bold
                            && l.text.starts_with(first_word)
                            && goal.text.starts_with(&l.text)
                    })
                    .map(|l| (n, l.y))
            })
            .unwrap_or_else(|| panic!("the title of {}", goal.id));
        assert!(
            pages[page].figures.iter().any(|f| f.y > title),
            "goal {} on page {}: its title has no chart under it",
            goal.id,
            page + 1
        );
    }
}

#[test]
fn the_markdown_report_lists_every_goal_with_every_organisations_values() {
    let doc = sample();
    let md = to_markdown(&doc, 2025, Lang::Sv);
    assert!(md.starts_with(&format!("{}\n\n# Aktuellt perspektiv 2025", doc.info.title)));
    for goal in &doc.goals {
        assert!(md.contains(&goal.text), "{}", goal.id);
    }
    // One line per organisation and the county under each goal.
    let karlstad = md.lines().filter(|l| l.starts_with("- Karlstad: ")).count();
    assert_eq!(karlstad, doc.goals.len());
    assert_eq!(
        md.lines().filter(|l| l.starts_with("- Länet: ")).count(),
        doc.goals.len()
    );
}

#[test]
fn a_report_in_english_uses_english_words_and_decimal_points() {
    let doc = sample();
    let md = to_markdown(&doc, 2025, Lang::En);
    assert!(md.contains("# Current perspective 2025"));
    assert!(md.contains("County: "));
    assert!(!md.contains("Länet: "));
}

/// The workbook read back: one row per value with numbers as numbers, and the status
/// table with a row per goal and a column per organisation and the county.
#[test]
fn the_workbook_reads_back_with_every_value_and_the_status_table() {
    use calamine::{Data, Reader, Xlsx};
    let doc = sample();
    let bytes = to_xlsx(&doc, 2025, Lang::Sv).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        vec!["Värden".to_owned(), "Läget 2025".to_owned()]
    );
    let values = book.worksheet_range("Värden").unwrap();
    let count: usize = doc
        .goals
        .iter()
        .flat_map(|g| &g.indicators)
        .map(|i| i.values.len())
        .sum();
    assert_eq!(values.height(), count + 1, "a header and one row per value");
    // The first value of the first indicator, as a number.
    let first = &doc.goals[0].indicators[0].values[0];
    let row: Vec<&Data> = values.rows().nth(1).unwrap().iter().collect();
    assert_eq!(row[0], &Data::String(doc.goals[0].text.clone()));
    assert_eq!(row[6], &Data::Float(f64::from(first.year)));
    match first.amount {
        Some(a) => assert_eq!(row[8], &Data::Float(a)),
        None => assert_eq!(row[8], &Data::Empty),
    }
    let status = book.worksheet_range("Läget 2025").unwrap();
    assert_eq!(status.height(), doc.goals.len() + 1);
    assert_eq!(
        status.width(),
        16 + 2,
        "goal, 16 municipalities, the county"
    );
    let header: Vec<String> = status
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(header[1], "Arvika");
    assert_eq!(header[17], "Länet");
}

#[test]
fn export_perspective_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("plan.ron");
    std::fs::write(&doc, samverkan::sample::SAMPLE_RON).unwrap();
    for (format, magic) in [
        ("pdf", &b"%PDF-"[..]),
        ("xlsx", &b"PK"[..]),
        ("md", &b"Nya"[..]),
    ] {
        let out = dir.path().join(format!("ap.{format}"));
        let o = samverkan([
            "export".as_ref(),
            "perspective".as_ref(),
            doc.as_os_str(),
            "--year".as_ref(),
            "2025".as_ref(),
            "--format".as_ref(),
            format.as_ref(),
            "-o".as_ref(),
            out.as_os_str(),
        ]);
        assert_eq!(code(&o), 0, "{format}: {}", common::stderr(&o));
        assert!(std::fs::read(&out).unwrap().starts_with(magic), "{format}");
    }
}

#[test]
fn list_indicators_prints_id_name_goal_kolada_id_and_count() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("plan.ron");
    std::fs::write(&doc, samverkan::sample::SAMPLE_RON).unwrap();
    let o = samverkan(["list".as_ref(), "indicators".as_ref(), doc.as_os_str()]);
    assert_eq!(code(&o), 0);
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    let sample = sample();
    let indicators: Vec<_> = sample
        .goals
        .iter()
        .flat_map(|g| g.indicators.iter().map(move |i| (g, i)))
        .collect();
    assert_eq!(lines.len(), indicators.len());
    for (line, (g, i)) in lines.iter().zip(&indicators) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols[0], i.id.as_str());
        assert_eq!(cols[1], i.name);
        assert_eq!(cols[2], g.id.as_str());
        assert_eq!(cols[3], i.kolada.as_deref().unwrap_or(""));
        assert_eq!(cols[4], i.values.len().to_string());
    }
}
