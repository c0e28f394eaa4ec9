//! Long tables: one value a row, with columns for the year, the organisation, the indicator,
//! the value and (optionally) the gender, in CSV (`;`, `,` or tab between fields, found from
//! the header) or XLSX (the first sheet). Columns are found by their header names: the ones
//! given, else the usual Swedish and English ones. Rows are numbered as a spreadsheet shows
//! them, the header being row 1 when it is the first line.

use super::{ImportError, Input, Reading, Row, Source};
use std::io::Cursor;

/// A column the import reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Year,
    Organisation,
    Indicator,
    Value,
    Gender,
}

impl Column {
    pub const ALL: [Column; 5] = [
        Column::Year,
        Column::Organisation,
        Column::Indicator,
        Column::Value,
        Column::Gender,
    ];

    /// The header names looked for when none is given, lower case, the likeliest first (a
    /// code before a name: "Kod" wins over "Kommun" when a table has both).
    pub fn usual_names(self) -> &'static [&'static str] {
        match self {
            Column::Year => &["år", "year", "period", "ar"], // not UI: headers a file may have
            Column::Organisation => &[
                "kod",
                "kommunkod",
                "code",
                "kommun",
                "organisation",
                "organization",
                "municipality",
                "region",
            ],
            Column::Indicator => &["indikator", "kpi", "nyckeltal", "indicator"],
            Column::Value => &["värde", "value", "varde"], // not UI: as above
            Column::Gender => &["kön", "gender", "kon", "sex"], // not UI: as above
        }
    }
}

/// The header names of the columns; `None`: found by [`Column::usual_names`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Columns {
    pub year: Option<String>,
    pub organisation: Option<String>,
    pub indicator: Option<String>,
    pub value: Option<String>,
    pub gender: Option<String>,
}

impl Columns {
    fn given(&self, c: Column) -> Option<&str> {
        match c {
            Column::Year => self.year.as_deref(),
            Column::Organisation => self.organisation.as_deref(),
            Column::Indicator => self.indicator.as_deref(),
            Column::Value => self.value.as_deref(),
            Column::Gender => self.gender.as_deref(),
        }
    }
}

/// The positions of the columns in the header.
struct Layout {
    year: usize,
    organisation: usize,
    indicator: usize,
    value: usize,
    gender: Option<usize>,
}

fn layout(headers: &[String], columns: &Columns) -> Result<Layout, ImportError> {
    let norm: Vec<String> = headers.iter().map(|h| h.trim().to_lowercase()).collect();
    let find = |c: Column| -> Result<Option<usize>, ImportError> {
        if let Some(name) = columns.given(c) {
            let want = name.trim().to_lowercase();
            return match norm.iter().position(|h| *h == want) {
                Some(i) => Ok(Some(i)),
                None => Err(ImportError::NoSuchColumn {
                    column: c,
                    name: name.to_owned(),
                    headers: headers.to_vec(),
                }),
            };
        }
        Ok(c.usual_names()
            .iter()
            .find_map(|u| norm.iter().position(|h| h == u)))
    };
    let needed = |c: Column| {
        find(c)?.ok_or_else(|| ImportError::ColumnNotFound {
            column: c,
            headers: headers.to_vec(),
        })
    };
    Ok(Layout {
        year: needed(Column::Year)?,
        organisation: needed(Column::Organisation)?,
        indicator: needed(Column::Indicator)?,
        value: needed(Column::Value)?,
        gender: find(Column::Gender)?,
    })
}

/// A cell as the table has it: text, or a number a spreadsheet stored as one.
enum Cell {
    Text(String),
    Number(f64),
}

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Text(s) => s.trim().to_owned(),
            Cell::Number(x) => number_text(*x),
        }
    }
}

/// A whole number without ".0" (a year or a code stored as a number).
fn number_text(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{x:.0}")
    } else {
        x.to_string()
    }
}

/// The rows after the header, each with its number; blank rows are left out.
fn rows(numbered: Vec<(usize, Vec<Cell>)>, columns: &Columns) -> Result<Input, ImportError> {
    let mut numbered = numbered
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.text().is_empty()));
    let (_, header) = numbered.next().ok_or(ImportError::Empty)?;
    let headers: Vec<String> = header.iter().map(Cell::text).collect();
    let at = layout(&headers, columns)?;
    let mut out = Vec::new();
    for (row, cells) in numbered {
        let text = |i: usize| cells.get(i).map(Cell::text).unwrap_or_default();
        let value = match cells.get(at.value) {
            Some(Cell::Number(x)) => Reading::Number(*x),
            Some(Cell::Text(s)) => Reading::Text(s.trim().to_owned()),
            None => Reading::Text(String::new()),
        };
        out.push(Row {
            row,
            indicator: text(at.indicator),
            organisation: text(at.organisation),
            year: text(at.year),
            gender: at.gender.map(text).unwrap_or_default(),
            value,
        });
    }
    Ok(Input {
        source: Source::Table,
        rows: out,
    })
}

/// A table in CSV or XLSX, told apart by the bytes (an XLSX file is a ZIP archive).
pub fn read(bytes: &[u8], columns: &Columns) -> Result<Input, ImportError> {
    if bytes.starts_with(b"PK\x03\x04") {
        read_xlsx(bytes, columns)
    } else {
        read_csv(bytes, columns)
    }
}

/// A CSV table: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text") or
/// else Windows-1252 (what Excel writes as "CSV" on a Swedish Windows).
pub fn read_csv(bytes: &[u8], columns: &Columns) -> Result<Input, ImportError> {
    let text = decode(bytes);
    if text.trim_start().starts_with(['{', '[']) && is_json(&text) {
        return Err(ImportError::JsonNotTable);
    }
    let delimiter = delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    // Lines are counted here from where each record starts: the reader's own count leaves
    // out the blank lines it skips, which a spreadsheet shows as rows.
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut numbered = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::Csv {
            detail: e.to_string(),
        })?;
        let line = record.position().map_or(numbered.len() + 1, |p| {
            let from = usize::try_from(p.byte()).unwrap_or(usize::MAX);
            // The position may be that of blank lines before the record.
            let byte = text
                .as_bytes()
                .iter()
                .skip(from)
                .position(|b| !matches!(b, b'\r' | b'\n'))
                .map_or(from, |k| from + k);
            line_starts.partition_point(|&start| start <= byte)
        });
        let cells = record.iter().map(|f| Cell::Text(f.to_owned())).collect();
        numbered.push((line, cells));
    }
    rows(numbered, columns)
}

/// JSON rather than a table: it parses as JSON.
fn is_json(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text).is_ok()
}

/// The separator of the header line: the one of `;`, `,` and tab it has most of outside
/// quotes (`;` when none, or on a tie: what Excel writes in Sweden).
fn delimiter(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => counts[0] += 1,
            ',' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).fold(0, |b, i| if counts[i] > counts[b] { i } else { b });
    [b';', b',', b'\t'][best]
}

/// The text of a CSV file, whatever its encoding (see [`read_csv`]).
fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8_lossy(rest).into_owned();
    }
    let utf16 = |rest: &[u8], from: fn([u8; 2]) -> u16| {
        let units: Vec<u16> = rest.chunks_exact(2).map(|c| from([c[0], c[1]])).collect();
        String::from_utf16_lossy(&units)
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

/// A byte of Windows-1252: Latin-1 but for 0x80–0x9F.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// An XLSX table: the first sheet, rows numbered as Excel shows them.
pub fn read_xlsx(bytes: &[u8], columns: &Columns) -> Result<Input, ImportError> {
    use calamine::{Data, Reader, Xlsx};
    let xlsx_error = |e: calamine::XlsxError| ImportError::Xlsx {
        detail: e.to_string(),
    };
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(xlsx_error)?;
    let range = match workbook.worksheet_range_at(0) {
        None => return Err(ImportError::Empty),
        Some(r) => r.map_err(xlsx_error)?,
    };
    let Some((first_row, _)) = range.start() else {
        return Err(ImportError::Empty);
    };
    let first_row = usize::try_from(first_row).unwrap_or(0);
    let numbered = range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let cells = cells
                .iter()
                .map(|c| match c {
                    Data::Float(x) => Cell::Number(*x),
                    #[allow(clippy::cast_precision_loss)] // counts and codes, far below 2^53
                    Data::Int(x) => Cell::Number(*x as f64),
                    Data::Empty => Cell::Text(String::new()),
                    Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => {
                        Cell::Text(s.clone())
                    }
                    other => Cell::Text(other.to_string()),
                })
                .collect();
            (first_row + i + 1, cells)
        })
        .collect();
    rows(numbered, columns)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(text: &str) -> Input {
        read(text.as_bytes(), &Columns::default()).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn semicolons_with_decimal_commas_and_swedish_headers() {
        let input = csv(
            "År;Kommun;Indikator;Värde;Kön\n2020;1780;N00945;12,5;K\n\n2021;Karlstad;i-1;..;\n",
        );
        assert_eq!(input.rows.len(), 2);
        assert_eq!(input.rows[0].row, 2);
        assert_eq!(input.rows[0].year, "2020");
        assert_eq!(input.rows[0].organisation, "1780");
        assert_eq!(input.rows[0].value, Reading::Text("12,5".into()));
        assert_eq!(input.rows[0].gender, "K");
        assert_eq!(
            input.rows[1].row, 4,
            "the blank line 3 is counted, not read"
        );
    }

    #[test]
    fn commas_and_quotes_and_english_headers_in_any_order() {
        let input = csv("Value,Gender,Year,Code,KPI\n\"12,5\",M,2020,1780,N00945\n");
        assert_eq!(input.rows[0].value, Reading::Text("12,5".into()));
        assert_eq!(input.rows[0].gender, "M");
        assert_eq!(input.rows[0].indicator, "N00945");
    }

    #[test]
    fn a_code_column_is_preferred_to_a_name_column() {
        let input = csv("Kommun;Kod;År;KPI;Värde\nKarlstad;1780;2020;N1;1\n");
        assert_eq!(input.rows[0].organisation, "1780");
    }

    #[test]
    fn windows_1252_and_utf16_are_read() {
        let mut bytes = b"\xC5r;Kommun;Indikator;V\xE4rde\n2020;Hammar\xF6;i-1;1\n".to_vec();
        let input = read(&bytes, &Columns::default()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(input.rows[0].organisation, "Hammarö");
        bytes = vec![0xFF, 0xFE];
        for u in "År\tKommun\tIndikator\tVärde\n2020\tKil\ti-1\t3\n".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        let input = read(&bytes, &Columns::default()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(input.rows[0].organisation, "Kil");
        assert_eq!(input.rows[0].value, Reading::Text("3".into()));
    }

    #[test]
    fn named_columns_and_missing_columns() {
        let cols = Columns {
            value: Some("Andel".into()),
            ..Columns::default()
        };
        let input = read("År;Kod;KPI;Andel\n2020;1780;N1;4\n".as_bytes(), &cols)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(input.rows[0].value, Reading::Text("4".into()));
        let cols = Columns {
            value: Some("Procent".into()),
            ..Columns::default()
        };
        assert!(matches!(
            read("År;Kod;KPI;Andel\n".as_bytes(), &cols),
            Err(ImportError::NoSuchColumn {
                column: Column::Value,
                ..
            })
        ));
        assert!(matches!(
            read("År;Kod;Värde\n".as_bytes(), &Columns::default()),
            Err(ImportError::ColumnNotFound {
                column: Column::Indicator,
                ..
            })
        ));
        assert!(matches!(
            read(b"", &Columns::default()),
            Err(ImportError::Empty)
        ));
        assert!(matches!(
            read(b"PK\x03\x04 not really a zip", &Columns::default()),
            Err(ImportError::Xlsx { .. })
        ));
    }
}
