//! Importing indicator values from files: Kolada's JSON (`kolada`) and long tables in CSV or
//! XLSX (`table`). Reading a file gives an [`Input`]: its rows as the file writes them,
//! nothing matched yet. [`plan`] matches them to the document's indicators and
//! organisations and says, row by row, what an import would add, change or reject; the
//! plan's [`ImportPlan::edit`] is the whole import as one undo step. Nothing here reads
//! files or knows the app or the command line: callers pass the bytes.
//!
//! A dialog keeps the `Input`, lets the user connect indicators to Kolada ids
//! ([`Mapping`]) and calls `plan` again with them; the mappings it keeps become part of the
//! edit.

pub mod cells;
pub mod kolada;
mod plan;
pub mod table;

pub use plan::{
    Change, DEFAULT_YEARS, ImportOptions, ImportPlan, Mapping, MappingChange, MappingError,
    Planned, RejectReason, Rejected, plan,
};

use super::goal::Missing;

/// Where the rows came from, which decides how they are numbered and matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A Kolada API response: organisations by code, indicators by Kolada id; values are
    /// numbered in file order, every value of every record counted from 1.
    Kolada,
    /// A long table: organisations by code, id or name, indicators by id, Kolada id or name;
    /// rows are numbered as a spreadsheet shows them, the header being row 1.
    Table,
}

/// A file read into rows, nothing matched yet.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub source: Source,
    pub rows: Vec<Row>,
}

/// One value as the file gives it. Texts are trimmed; what they mean is decided by the plan,
/// which rejects what it cannot read.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The row's number as the user finds it in the file (see [`Source`]), from 1.
    pub row: usize,
    /// An indicator's Kolada id (or, in a table, its id or name).
    pub indicator: String,
    /// An organisation's code (or, in a table, its id or name).
    pub organisation: String,
    pub year: String,
    /// T/K/M, Totalt/Kvinnor/Män, …; empty for the total.
    pub gender: String,
    pub value: Reading,
}

/// A value as read: a number, a reason why there is none, or text still to be read as a
/// number ("12,5", "1 234", "..").
#[derive(Clone, Debug, PartialEq)]
pub enum Reading {
    Number(f64),
    Missing(Missing),
    Text(String),
}

/// A file that cannot be read as values at all (a row that cannot be read is rejected by
/// the plan instead, with its number).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ImportError {
    /// Not JSON: where the syntax breaks.
    #[error("not JSON: line {line}, column {column}")]
    NotJson { line: usize, column: usize },
    /// JSON, but not Kolada's values: the path of what does not fit, and what.
    #[error("not Kolada values: {path}: {detail}")]
    NotKolada { path: String, detail: String },
    /// A CSV file that breaks off (an open quote, …).
    #[error("CSV: {detail}")]
    Csv { detail: String },
    /// Not an XLSX workbook, or a damaged one.
    #[error("XLSX: {detail}")]
    Xlsx { detail: String },
    /// A table was asked for and the file is JSON (a Kolada file given to the table import).
    #[error("JSON, not a table")]
    JsonNotTable,
    /// No header row: the file or its first sheet is empty.
    #[error("the table is empty")]
    Empty,
    /// A column named on the command line (or in the dialog) is not in the header.
    #[error("no column {name:?}")]
    NoSuchColumn {
        column: table::Column,
        name: String,
        headers: Vec<String>,
    },
    /// A column the import needs, and none of the headers has one of its usual names.
    #[error("no {column:?} column")]
    ColumnNotFound {
        column: table::Column,
        headers: Vec<String>,
    },
}

impl ImportError {
    /// The problem in the user's language.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        crate::i18n::import::error(self, lang)
    }
}
