//! Member lists for Excel: CSV with a UTF-8 byte-order mark (so Excel reads å/ä/ö), semicolons
//! (the separator Swedish Excel expects), CRLF line ends, and cells that cannot start a formula.

use crate::i18n::{Label, Lang};
use crate::model::{BodyId, Document};

/// One row per seat (vacant seats included), in the order of bodies and seats in the document.
pub fn member_rows(doc: &Document, body: Option<&BodyId>, lang: Lang) -> Vec<Vec<String>> {
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut rows = vec![
        crate::i18n::exports::member_columns(lang)
            .map(str::to_owned)
            .to_vec(),
    ];
    for b in doc
        .bodies
        .iter()
        .filter(|b| body.is_none_or(|id| &b.id == id))
    {
        for m in &b.memberships {
            let person = m.person.as_ref().and_then(|p| doc.person(p));
            let org_name = |id: Option<&crate::model::OrganisationId>| {
                id.and_then(|o| doc.organisation(o))
                    .map(|o| o.name.clone())
                    .unwrap_or_default()
            };
            rows.push(vec![
                b.name.clone(),
                b.short_name.clone(),
                person.map_or_else(
                    || crate::i18n::exports::vacant(lang).to_owned(),
                    |p| p.name.clone(),
                ),
                person.and_then(|p| p.party.clone()).unwrap_or_default(),
                m.role.label(lang).to_owned(),
                org_name(m.represents.as_ref()),
                person.map(|p| p.title.clone()).unwrap_or_default(),
                org_name(person.and_then(|p| p.organisation.as_ref())),
                person.and_then(|p| p.email.clone()).unwrap_or_default(),
                person.and_then(|p| p.phone.clone()).unwrap_or_default(),
                date(m.from),
                date(m.to),
            ]);
        }
    }
    rows
}

/// A cell that Excel would take for a formula (`=`, `+`, `-`, `@`, tab, carriage return) gets
/// a leading apostrophe, so a name like "=HYPERLINK(…)" stays text (CSV injection).
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// The CSV bytes: BOM, semicolons, CRLF, quoted where needed, formulas neutralised.
pub fn to_csv(rows: &[Vec<String>]) -> Result<Vec<u8>, csv::Error> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        for row in rows {
            w.write_record(row.iter().map(|c| neutralise(c)))?;
        }
        w.flush()?;
    }
    Ok(out)
}

/// The most characters an Excel cell holds.
pub const XLSX_CELL_MAX: usize = 32_767;

/// A workbook and how many cells had to be shortened to fit Excel's limit.
#[derive(Debug)]
pub struct XlsxBook {
    pub bytes: Vec<u8>,
    pub truncated_cells: usize,
}

/// A cell as Excel can hold it: without the characters XML does not allow, and at most
/// [`XLSX_CELL_MAX`] characters, the last of them a marker that says the text went on.
/// Returns whether it was shortened.
pub fn xlsx_cell(text: &str) -> (std::borrow::Cow<'_, str>, bool) {
    const MARKER: &str = " […]";
    let clean = if text.chars().all(crate::text::xml_allows) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(crate::text::xml_text(text))
    };
    if clean.chars().count() <= XLSX_CELL_MAX {
        return (clean, false);
    }
    let keep = XLSX_CELL_MAX - MARKER.chars().count();
    let mut short: String = clean.chars().take(keep).collect();
    short.push_str(MARKER);
    (std::borrow::Cow::Owned(short), true)
}

/// The same rows as an Excel workbook: every cell written as text (a text cell is never
/// evaluated, so nothing needs neutralising), the header bold and frozen with a filter,
/// columns sized to their content. A cell longer than Excel allows is shortened with a
/// marker and counted, never a reason to fail.
pub fn to_xlsx(
    rows: &[Vec<String>],
    sheet_name: &str,
) -> Result<XlsxBook, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let header = Format::new().set_bold();
    let sheet = workbook.add_worksheet();
    sheet.set_name(sheet_name)?;
    let mut truncated_cells = 0;
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r).map_err(|_| rust_xlsxwriter::XlsxError::RowColumnLimitError)?;
        for (c, cell) in row.iter().enumerate() {
            let c =
                u16::try_from(c).map_err(|_| rust_xlsxwriter::XlsxError::RowColumnLimitError)?;
            let (cell, short) = xlsx_cell(cell);
            truncated_cells += usize::from(short);
            if r == 0 {
                sheet.write_string_with_format(r, c, cell.as_ref(), &header)?;
            } else {
                sheet.write_string(r, c, cell.as_ref())?;
            }
        }
    }
    let columns = rows.first().map_or(0, Vec::len);
    if rows.len() > 1 && columns > 0 {
        let last_row = u32::try_from(rows.len() - 1).unwrap_or(u32::MAX);
        let last_col = u16::try_from(columns - 1).unwrap_or(u16::MAX);
        sheet.autofilter(0, 0, last_row, last_col)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofit();
    Ok(XlsxBook {
        bytes: workbook.save_to_buffer()?,
        truncated_cells,
    })
}
