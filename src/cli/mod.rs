//! The command line: the schema of its arguments. Every command writes to the given streams
//! and returns its exit code, so tests can run commands without spawning a process.

mod export;
mod import;
mod list;
mod merge;
mod person;
mod probes;
mod rewrite;
mod run;

pub use list::list_rows;
pub use run::run;

use crate::i18n::Lang;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Exit code when a command cannot read its document.
pub const EXIT_UNREADABLE: i32 = 2;
/// Exit code when the document is locked by someone else.
pub const EXIT_LOCKED: i32 = 3;

#[derive(Debug, Parser)]
#[command(
    name = "samverkan",
    version,
    // The command line's help is English, as all of `--help` is.
    about = "Plan and track the collaboration structures of Swedish regions and municipalities", // not UI
    long_about = concat!(
        "Samverkan edits one RON document that holds a region's collaboration structure: ", // not UI
        "organisations, people, bodies, memberships, meetings, the annual cycle, goals, ", // not UI
        "assignments and agreements.\n\nWith no command it opens the app: on FILE if given, ", // not UI
        "else on the embedded sample (Nya Perspektiv, Värmland).", // not UI
    )
)]
pub struct Cli {
    /// A document to open in the app.
    pub file: Option<PathBuf>,
    /// Language of messages: sv (Swedish, default) or en.
    #[arg(long, global = true, value_enum, default_value_t = LangArg::Sv)]
    pub lang: LangArg,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    Sv,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::Sv => Lang::Sv,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print every problem in a document, one a line. Exit code 0: no errors (warnings may
    /// be printed); 1: errors; 2: the file cannot be read.
    Check { file: PathBuf },
    /// Write the embedded sample document (Nya Perspektiv, Värmland) to standard output.
    Sample,
    /// Print the number of records of each kind.
    Stats { file: PathBuf },
    /// Print the records of one kind, one a line, tab-separated: id, name or title, then what
    /// else identifies the record.
    List { kind: ListKind, file: PathBuf },
    /// Export what people send: notices with agendas, minutes, calendar files, member lists.
    Export {
        #[command(subcommand)]
        what: ExportCommand,
    },
    /// Propose the meetings of an operating year from the annual cycle (off weekends and
    /// Swedish public holidays): date, body, title, one a line. `--apply` adds them to the
    /// document through the safe save.
    Plan {
        file: PathBuf,
        /// The operating year, named by the calendar year it starts in (2027 = from the
        /// cycle's start month 2027).
        #[arg(long)]
        year: i32,
        #[arg(long)]
        apply: bool,
    },
    /// Import indicator values from a file: a preview of what would be added, changed and
    /// rejected (exit code 1 when rows are rejected); `--apply` writes them through the safe
    /// save as one change, refusing while any row is rejected unless `--skip-rejected`.
    Import {
        #[command(subcommand)]
        what: ImportCommand,
    },
    /// Everything the document holds about one person (a register extract, registerutdrag,
    /// GDPR art. 15): their details, every place they occur, and the backups and recovery
    /// copies that still hold them. Text on standard output, or JSON; a PDF with -o.
    Person {
        file: PathBuf,
        /// The person (an id from `samverkan list people FILE`).
        id: String,
        #[arg(long, value_enum, default_value_t = ExtractFormatArg::Text)]
        format: ExtractFormatArg,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Erase a person and every trace of them from the document (GDPR art. 17), through the
    /// lock and the safe save: references and free text get "[borttagen person]", current
    /// seats become vacant. Lists the backups that still hold the person; `--purge-backups`
    /// removes them.
    Erase {
        file: PathBuf,
        /// The person (an id from `samverkan list people FILE`).
        id: String,
        /// Also replace the first name where it stands alone ("Anna påpekade"); only ever
        /// done when no one else in the document has that first name.
        #[arg(long)]
        first_name: bool,
        #[arg(long)]
        purge_backups: bool,
    },
    /// Merge two copies of a document that were made from one common version, record by
    /// record (a three-way merge): what either side changed is taken, where both changed the
    /// same thing differently is a conflict. The report goes to standard error. Exit code 0:
    /// merged without conflicts; 1: conflicts, which the result holds resolved to MINE (each
    /// one named in the report, to settle in the app with "Slå ihop med …"); 2: a copy cannot
    /// be read (nothing is written). With --git the three files are git's %O %A %B and the
    /// result replaces %A, as a git merge driver does.
    Merge {
        base: PathBuf,
        mine: PathBuf,
        theirs: PathBuf,
        #[arg(short, long, required_unless_present = "git")]
        output: Option<PathBuf>,
        /// Behave as a git merge driver: BASE MINE THEIRS are %O %A %B; the result replaces
        /// MINE.
        #[arg(long)]
        git: bool,
    },
    /// Rewrite a document in canonical form, in place, through the safe save (lock, check for
    /// changes by others, backup, atomic rename). Exit code 3 when someone else has it open.
    Fmt { file: PathBuf },
    /// Write a synthetic document about N times the size of one region to standard output
    /// (deterministic for a given N), for benchmarks and tests.
    Generate {
        #[arg(long, default_value_t = 1)]
        scale: u32,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Test harness: try to lock FILE; print "acquired" or "held", hold it `hold_ms`, exit.
    #[command(hide = true)]
    LockProbe {
        file: PathBuf,
        #[arg(long, default_value_t = 500)]
        hold_ms: u64,
    },
    /// Test harness: open FILE in a session, make an unsaved edit (the title becomes TITLE),
    /// wait until the recovery copy is written, print "written", then wait to be killed.
    #[command(hide = true)]
    RecoveryProbe { file: PathBuf, title: String },
    /// Test harness: save FIRST and SECOND to TARGET alternately, COUNT times, through the safe
    /// save (used by the crash tests, which kill this process at random moments).
    #[command(hide = true)]
    SaveLoop {
        target: PathBuf,
        first: PathBuf,
        second: PathBuf,
        #[arg(long, default_value_t = 1_000_000)]
        count: u64,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The notice with the agenda (kallelse och dagordning) of one meeting, A4 PDF, Markdown or
    /// Word (.docx).
    Agenda {
        file: PathBuf,
        /// The meeting (an id from `samverkan list meetings FILE`).
        #[arg(long)]
        meeting: String,
        #[arg(long, value_enum, default_value_t = DocFormat::Pdf)]
        format: DocFormat,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// The org chart of the bodies and their links, as drawn in the app (Struktur).
    Orgchart {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = PictureFormat::Svg)]
        format: PictureFormat,
        /// Only the political or the officials' level (mixed bodies show with both).
        #[arg(long, value_enum, default_value_t = LevelArg::All)]
        level: LevelArg,
        /// Stack each body's leaf groups in columns under it, so the chart fits a slide.
        #[arg(long)]
        compact: bool,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// The årshjul of an operating year (rings for every body with activities or meetings),
    /// as SVG, PNG or a one-page PDF.
    Wheel {
        file: PathBuf,
        /// The operating year by the calendar year it starts in (2027 = 2027/28 when the
        /// cycle starts in August).
        #[arg(long)]
        year: i32,
        #[arg(long, value_enum, default_value_t = PictureFormat::Svg)]
        format: PictureFormat,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// The timeline of an operating year, a swimlane per body, as SVG or PNG.
    Timeline {
        file: PathBuf,
        #[arg(long)]
        year: i32,
        #[arg(long, value_enum, default_value_t = PictureFormat::Svg)]
        format: PictureFormat,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// The follow-up report of a year, Aktuellt perspektiv: A4 PDF with the charts, an Excel
    /// workbook (every value; the status table) or Markdown.
    Perspective {
        file: PathBuf,
        /// The year judged (the values of that year against the goals' baseline years).
        #[arg(long)]
        year: i32,
        #[arg(long, value_enum, default_value_t = ReportFormatArg::Pdf)]
        format: ReportFormatArg,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// The minutes (mötesanteckningar) of one meeting, A4 PDF, Markdown or Word (.docx).
    Minutes {
        file: PathBuf,
        #[arg(long)]
        meeting: String,
        #[arg(long, value_enum, default_value_t = DocFormat::Pdf)]
        format: DocFormat,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Calendar file (.ics) for Outlook: one meeting (`--meeting ID`), a body's meetings
    /// (`--body ID`), optionally from/to a date; every meeting when nothing is given.
    Ics {
        file: PathBuf,
        #[arg(long)]
        meeting: Option<String>,
        #[arg(long)]
        body: Option<String>,
        /// First day (2026-08-01).
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        /// Last day (2027-06-30).
        #[arg(long)]
        to: Option<chrono::NaiveDate>,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// The register of decisions (beslutsregister): every decision, or one body's or
    /// year's, as a workbook or a PDF.
    Decisions {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = DecisionsFormatArg::Xlsx)]
        format: DecisionsFormatArg,
        /// Only this body (an id from `samverkan list bodies`).
        #[arg(long)]
        body: Option<String>,
        /// Only meetings of this calendar year.
        #[arg(long)]
        year: Option<i32>,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Member list of every body, or of one (`--body ID`), for Excel: CSV with BOM and
    /// semicolons, one row per seat.
    Members {
        file: PathBuf,
        /// Only this body (an id from `samverkan list bodies`).
        #[arg(long)]
        body: Option<String>,
        #[arg(long, value_enum, default_value_t = MembersFormat::Csv)]
        format: MembersFormat,
        #[arg(short, long)]
        output: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Values from a Kolada API response saved as JSON (v2 or v3: /data/kpi/…): matched to
    /// organisations by code ("1780", a region as "0017") and to indicators by Kolada id.
    Kolada {
        /// The Kolada JSON file.
        input: PathBuf,
        /// The document to import into.
        file: PathBuf,
        /// Connect an indicator to a Kolada id, INDICATOR=KPI (e.g. i-3=N00945); kept on the
        /// indicator. May be repeated.
        #[arg(long = "map", value_name = "INDICATOR=KPI")]
        map: Vec<String>,
        /// Write the values to the document.
        #[arg(long)]
        apply: bool,
        /// With --apply: import the other rows when some are rejected.
        #[arg(long)]
        skip_rejected: bool,
    },
    /// Values from a long table, CSV or XLSX, one value a row: year, organisation (code, id or
    /// name), indicator (id, Kolada id or name), value and optionally gender. Columns are found
    /// by their headers (År/Year, Kod/Kommun/Organisation, Indikator/KPI, Värde/Value,
    /// Kön/Gender) unless named.
    Values {
        /// The CSV or XLSX file.
        input: PathBuf,
        /// The document to import into.
        file: PathBuf,
        /// The header of the year column.
        #[arg(long)]
        year_column: Option<String>,
        /// The header of the organisation column.
        #[arg(long)]
        organisation_column: Option<String>,
        /// The header of the indicator column.
        #[arg(long)]
        indicator_column: Option<String>,
        /// The header of the value column.
        #[arg(long)]
        value_column: Option<String>,
        /// The header of the gender column (none: every value is the total).
        #[arg(long)]
        gender_column: Option<String>,
        /// Connect an indicator to a Kolada id, INDICATOR=KPI; kept on the indicator.
        #[arg(long = "map", value_name = "INDICATOR=KPI")]
        map: Vec<String>,
        /// Write the values to the document.
        #[arg(long)]
        apply: bool,
        /// With --apply: import the other rows when some are rejected.
        #[arg(long)]
        skip_rejected: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MembersFormat {
    Csv,
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PictureFormat {
    Svg,
    Png,
    /// One page; for the wheel.
    Pdf,
}

impl From<PictureFormat> for crate::export::ChartFormat {
    fn from(f: PictureFormat) -> Self {
        match f {
            PictureFormat::Svg => Self::Svg,
            PictureFormat::Png => Self::Png,
            PictureFormat::Pdf => Self::Pdf,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LevelArg {
    All,
    Political,
    Officials,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocFormat {
    Pdf,
    Md,
    /// Word (.docx).
    Docx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormatArg {
    Pdf,
    Xlsx,
    Md,
}

impl From<ReportFormatArg> for crate::export::perspective::ReportFormat {
    fn from(f: ReportFormatArg) -> Self {
        match f {
            ReportFormatArg::Pdf => Self::Pdf,
            ReportFormatArg::Xlsx => Self::Xlsx,
            ReportFormatArg::Md => Self::Markdown,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormatArg {
    Text,
    Json,
    Pdf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DecisionsFormatArg {
    Xlsx,
    Pdf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListKind {
    Bodies,
    People,
    Organisations,
    Memberships,
    Links,
    Meetings,
    Cycle,
    Goals,
    /// Every goal's indicators: id, name, goal, Kolada id, number of values.
    Indicators,
    Assignments,
    Agreements,
    Documents,
    /// Matters (ärenden): id, title, status, origin, bodies passed through, last handled.
    Matters,
    /// Every decision: date, body, § or item, decision, matter, responsible, deadline,
    /// follow-up.
    Decisions,
    /// Report-backs (assignments to a body planned from the cycle, or with a receiving
    /// body): id, due, from, to, title, status, received at.
    Reportbacks,
}
