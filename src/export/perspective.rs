//! The follow-up report, Aktuellt perspektiv of a year: a summary, the status table, and
//! per area and goal its target, the charts (the same scenes as on screen), the values of
//! every organisation and the analysis. As PDF and Markdown (one [`Report`]) and as an
//! Excel workbook (all values; the status table).

use super::report::{Block, Report};
use crate::diagram::perspective::{organisation_label, ranked_bars, small_multiples, status_grid};
use crate::generate::example_values::EXAMPLE_SOURCE;
use crate::i18n::{Label, Lang, perspective as p, t};
use crate::model::progress::{
    StatusTable, followed_organisations, goal_progress, organisations_of_goal,
};
use crate::model::{Document, Goal};
use std::sync::Arc;

/// The formats of the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    Pdf,
    Xlsx,
    Markdown,
}

impl ReportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Pdf => "pdf",
            ReportFormat::Xlsx => "xlsx",
            ReportFormat::Markdown => "md",
        }
    }
}

/// The report of `year` in `format`: one function for the app and the command line.
pub fn export(
    doc: &Document,
    year: i32,
    format: ReportFormat,
    lang: Lang,
) -> Result<Vec<u8>, String> {
    match format {
        ReportFormat::Pdf => to_pdf(doc, year, lang).map_err(|e| e.to_string()),
        ReportFormat::Xlsx => to_xlsx(doc, year, lang).map_err(|e| e.to_string()),
        ReportFormat::Markdown => Ok(to_markdown(doc, year, lang).into_bytes()),
    }
}

/// The most organisations (and goals) the status grid is drawn for in the PDF.
const MAX_GRID: usize = 40;

/// How many small charts to a row on an A4 page.
const PRINT_COLUMNS: usize = 3;

/// The report of `year`. `figures`: with the charts (PDF), or without (Markdown).
pub fn report(doc: &Document, year: i32, lang: Lang, figures: bool) -> Report {
    let table = StatusTable::build(doc, year, |_| true);
    let orgs = followed_organisations(doc);
    let counts = table.counts();
    let mut blocks = Vec::new();
    let examples = doc
        .goals
        .iter()
        .flat_map(|g| &g.indicators)
        .any(|i| i.source == EXAMPLE_SOURCE && !i.values.is_empty());
    if examples {
        blocks.push(Block::Strong(p::EXAMPLE_VALUES.get(lang).to_owned()));
    }
    blocks.push(Block::Paragraph(p::summary(
        year,
        counts[0] + counts[1],
        counts[..4].iter().sum(),
        table.goals.len(),
        lang,
    )));
    blocks.push(Block::Muted(p::legend_intro(year, lang)));
    // The grid is a figure for a county's worth; a national document's would be too large
    // to read on paper, and its numbers are in the lists and the workbook.
    if figures && !table.goals.is_empty() && orgs.len() <= MAX_GRID && table.goals.len() <= MAX_GRID
    {
        blocks.push(Block::Figure(Arc::new(status_grid(doc, &table, lang))));
    }
    let right = table.right_way_per_goal();
    let mut area: Option<&str> = None;
    for (k, &g) in table.goals.iter().enumerate() {
        let goal = &doc.goals[g];
        let goal_orgs = organisations_of_goal(goal, &orgs);
        if area != Some(goal.area.as_str()) {
            area = Some(goal.area.as_str());
            blocks.push(Block::Heading(goal.area.clone()));
        }
        blocks.push(Block::Item {
            margin: format!("{}", k + 1),
            title: goal.text.clone(),
            detail: format!(
                "{} · {}",
                target_words(goal, lang),
                p::right_way_in(right[k], goal_orgs.len(), lang)
            ),
            body: goal_blocks(doc, goal, &goal_orgs, year, lang, figures),
        });
    }
    Report {
        stamp: String::new(),
        letterhead: Vec::new(),
        address: Vec::new(),
        author: doc.info.title.clone(),
        kicker: doc.info.title.clone(),
        title: p::report_title(year, lang),
        blocks,
        footer: if examples {
            p::EXAMPLE_VALUES.get(lang).to_owned()
        } else {
            p::report_title(year, lang)
        },
    }
}

fn target_words(goal: &Goal, lang: Lang) -> String {
    let change = goal.target_change.map(|c| p::number(c, lang));
    p::target_text(
        goal.direction.label(lang),
        change.as_deref(),
        &goal.unit,
        goal.baseline_year,
        goal.target_year,
        lang,
    )
}

/// What stands under one goal: the charts, a line per organisation, the analysis.
fn goal_blocks(
    doc: &Document,
    goal: &Goal,
    orgs: &[crate::model::OrganisationId],
    year: i32,
    lang: Lang,
    figures: bool,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    for i in &goal.indicators {
        blocks.push(Block::Muted(format!("{} · {}", i.name, i.source)));
    }
    if figures {
        blocks.push(Block::Figure(Arc::new(small_multiples(
            doc,
            goal,
            orgs,
            year,
            PRINT_COLUMNS,
            lang,
        ))));
        blocks.push(Block::Figure(Arc::new(ranked_bars(
            doc, goal, orgs, year, lang,
        ))));
    }
    let lines = orgs
        .iter()
        .map(Some)
        .chain(std::iter::once(None))
        .map(|o| {
            let pr = goal_progress(goal, o, year);
            p::value_line(
                &organisation_label(doc, o, lang),
                goal.baseline_year.zip(pr.baseline),
                (year, pr.value, pr.missing.map(|m| m.label(lang))),
                &goal.unit,
                pr.status.label(lang),
                lang,
            )
        })
        .collect();
    blocks.push(Block::Bullets(lines));
    let analysis = goal.analysis(year).map_or("", |a| a.text.as_str());
    blocks.push(Block::Labelled(
        p::analysis_heading(year, lang),
        if analysis.is_empty() {
            t::NONE.get(lang).to_owned()
        } else {
            analysis.to_owned()
        },
    ));
    blocks
}

/// The report as an A4 PDF with the charts drawn as vectors.
pub fn to_pdf(doc: &Document, year: i32, lang: Lang) -> Result<Vec<u8>, super::pdf::PdfError> {
    super::pdf::to_pdf(&report(doc, year, lang, true), lang)
}

/// The report as Markdown (the charts left out, their numbers in the lists).
pub fn to_markdown(doc: &Document, year: i32, lang: Lang) -> String {
    super::markdown::to_markdown(&report(doc, year, lang, false))
}

/// The workbook: one sheet of every value (goal × organisation × year × gender, numbers as
/// numbers), one of the status table of `year`.
pub fn to_xlsx(
    doc: &Document,
    year: i32,
    lang: Lang,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let cell = |s: &str| super::members::xlsx_cell(s).0.into_owned();
    let values = workbook.add_worksheet();
    values.set_name(p::VALUES_SHEET.get(lang))?;
    let head = [
        p::GOAL.get(lang),
        t::AREA.get(lang),
        p::INDICATOR.get(lang),
        p::KOLADA.get(lang),
        t::ORGANISATION.get(lang),
        p::CODE.get(lang),
        t::YEAR.get(lang),
        p::GENDER.get(lang),
        p::VALUE.get(lang),
        p::WHY_MISSING.get(lang),
        t::SOURCE.get(lang),
    ];
    for (c, h) in (0u16..).zip(head) {
        values.write_string_with_format(0, c, h, &bold)?;
    }
    let mut r: u32 = 1;
    for goal in &doc.goals {
        for ind in &goal.indicators {
            for v in &ind.values {
                let org = v.organisation.as_ref();
                let code = org
                    .and_then(|o| doc.organisations.iter().find(|x| &x.id == o))
                    .and_then(|o| o.code.clone())
                    .unwrap_or_default();
                values.write_string(r, 0, cell(&goal.text))?;
                values.write_string(r, 1, cell(&goal.area))?;
                values.write_string(r, 2, cell(&ind.name))?;
                values.write_string(r, 3, ind.kolada.as_deref().unwrap_or(""))?;
                values.write_string(r, 4, cell(&organisation_label(doc, org, lang)))?;
                values.write_string(r, 5, &code)?;
                values.write_number(r, 6, f64::from(v.year))?;
                values.write_string(r, 7, v.gender.label(lang))?;
                if let Some(a) = v.amount {
                    values.write_number(r, 8, a)?;
                }
                values.write_string(r, 9, v.missing.map_or("", |m| m.label(lang)))?;
                values.write_string(r, 10, cell(&ind.source))?;
                r += 1;
            }
        }
    }
    if r > 1 {
        values.autofilter(0, 0, r - 1, 10)?;
    }
    values.set_freeze_panes(1, 0)?;
    values.autofit();

    let table = StatusTable::build(doc, year, |_| true);
    let status = workbook.add_worksheet();
    status.set_name(p::status_sheet(year, lang))?;
    status.write_string_with_format(0, 0, p::GOAL.get(lang), &bold)?;
    let columns = table
        .organisations
        .iter()
        .map(Some)
        .chain(std::iter::once(None));
    for (c, o) in (1u16..).zip(columns) {
        status.write_string_with_format(0, c, cell(&organisation_label(doc, o, lang)), &bold)?;
    }
    for ((k, &g), row) in table.goals.iter().enumerate().zip(1u32..) {
        status.write_string(row, 0, cell(&doc.goals[g].text))?;
        // Only the organisations with values: the rest stay empty, so a national
        // document's sheet holds its values, not every goal × every organisation.
        let county_column = table.organisations.len();
        let cells = table
            .columns_with_values(k)
            .map(|c| (c, table.cell(k, c)))
            .chain(std::iter::once((county_column, table.county[k])));
        for (c, progress) in cells {
            let text = match progress.progress {
                Some(ch) => format!("{} ({})", progress.status.label(lang), p::signed(ch, lang)),
                None => progress.status.label(lang).to_owned(),
            };
            let column = u16::try_from(c + 1)
                .map_err(|_| rust_xlsxwriter::XlsxError::RowColumnLimitError)?;
            status.write_string(row, column, &text)?;
        }
    }
    status.set_freeze_panes(1, 1)?;
    status.autofit();
    workbook.save_to_buffer()
}
