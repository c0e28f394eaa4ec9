//! The command line. Every command writes to the given streams and returns its exit code,
//! so tests can run commands without spawning a process.

use crate::i18n::files;
pub use crate::i18n::weekday_name;
use crate::i18n::{Label, Lang, cadence_text, month_name};
use crate::io::fs::RealFs;
use crate::io::lock::{Acquire, LockGuard, Stale, acquire};
use crate::io::path::real_path;
use crate::io::save::{Expect, SaveError, content_hash, remove_leftovers, save_bytes};
use crate::io::{ReadError, read_document, to_string};
use crate::model::validate::{Severity, validate};
use crate::model::{Assignee, Document, Participant, Recurrence};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;

/// Exit code when a command cannot read its document.
pub const EXIT_UNREADABLE: i32 = 2;
/// Exit code when the document is locked by someone else.
pub const EXIT_LOCKED: i32 = 3;

#[derive(Debug, Parser)]
#[command(
    name = "samverkan",
    version,
    about = "Plan and track the collaboration structures of Swedish regions and municipalities",
    long_about = "Samverkan edits one RON document that holds a region's collaboration structure: \
organisations, people, bodies, memberships, meetings, the annual cycle, goals, assignments and \
agreements.\n\nWith no command it opens the app: on FILE if given, else on the embedded sample \
(Nya Perspektiv, Värmland)."
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
    /// The notice with the agenda (kallelse och dagordning) of one meeting, A4 PDF or Markdown.
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
    /// The minutes (mötesanteckningar) of one meeting, A4 PDF or Markdown.
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

impl From<PictureFormat> for crate::ui::ChartFormat {
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
    Assignments,
    Agreements,
    Documents,
}

/// Run one command; returns the process exit code.
pub fn run(command: Command, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match run_inner(command, lang, out, err) {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(
                err,
                "samverkan: {}",
                crate::text::terminal_line(&e.message(lang))
            );
            match e {
                CliError::Read(_) => EXIT_UNREADABLE,
                CliError::Locked(_) => EXIT_LOCKED,
                CliError::Io(_)
                | CliError::Save(_)
                | CliError::Write { .. }
                | CliError::Usage(_) => 1,
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("{0}")]
    Read(#[from] ReadError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{}: {}", .path.display(), crate::io::file::io_reason(.source))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Usage(String),
    /// Someone has the document open; the message says who and what to do.
    #[error("{0}")]
    Locked(String),
    #[error("{0}")]
    Save(#[from] SaveError),
}

impl CliError {
    fn message(&self, lang: Lang) -> String {
        match self {
            CliError::Read(e) => e.message(lang),
            CliError::Io(e) => files::io_reason(e, lang),
            CliError::Write { path, source } => {
                format!("{}: {}", path.display(), files::io_reason(source, lang))
            }
            CliError::Usage(text) | CliError::Locked(text) => text.clone(),
            CliError::Save(e) => e.message(lang),
        }
    }
}

/// Lock a document the command line is about to rewrite. A lock whose program is gone from
/// this computer is taken over, and so is an empty or unreadable lock file, each said on
/// `err`; a lock held by a running program, or by another computer, is refused.
fn lock_for_writing(
    file: &std::path::Path,
    lang: Lang,
    err: &mut dyn Write,
) -> Result<LockGuard, CliError> {
    match acquire(file)? {
        Acquire::Acquired(guard) => {
            if guard.replaced_unreadable() {
                writeln!(err, "samverkan: {}", files::took_over_unreadable_lock(lang))?;
            }
            Ok(guard)
        }
        Acquire::HeldBy(holder) => match holder.staleness() {
            Some(Stale::ProcessGone | Stale::Unreadable) => {
                match crate::io::lock::take_over(file, &holder)? {
                    Acquire::Acquired(guard) => {
                        let who = crate::text::terminal_line(&holder.describe());
                        writeln!(err, "samverkan: {}", files::took_over_lock(&who, lang))?;
                        Ok(guard)
                    }
                    Acquire::HeldBy(now) => Err(CliError::Locked(files::locked_by(
                        &crate::text::terminal_line(&now.describe()),
                        lang,
                    ))),
                }
            }
            Some(Stale::Old) => Err(CliError::Locked(files::locked_old(
                &crate::text::terminal_line(&holder.describe()),
                &crate::io::lock::lock_path(file).display().to_string(),
                lang,
            ))),
            None => Err(CliError::Locked(files::locked_by(
                &crate::text::terminal_line(&holder.describe()),
                lang,
            ))),
        },
    }
}

/// After a successful rewrite: remove what crashed saves of the document left, and say so.
fn tidy_leftovers(file: &std::path::Path, lang: Lang, err: &mut dyn Write) -> std::io::Result<()> {
    let removed = remove_leftovers(file);
    if !removed.is_empty() {
        writeln!(
            err,
            "samverkan: {}",
            files::removed_leftovers(removed.len(), lang)
        )?;
    }
    Ok(())
}

fn run_inner(
    command: Command,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, CliError> {
    match command {
        Command::Check { file } => {
            let (loaded, _) = read_document(&file)?;
            let problems = validate(&loaded.document, chrono::Local::now().date_naive());
            let errors = problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            for p in &problems {
                let severity = match (p.severity, lang) {
                    (Severity::Error, Lang::Sv) => "fel",
                    (Severity::Warning, Lang::Sv) => "varning",
                    (Severity::Error, Lang::En) => "error",
                    (Severity::Warning, Lang::En) => "warning",
                };
                writeln!(
                    out,
                    "{severity}: {}: {}",
                    crate::text::terminal_line(&p.path),
                    crate::text::terminal_line(p.message(lang == Lang::En))
                )?;
            }
            writeln!(
                err,
                "{}",
                problem_summary(errors, problems.len() - errors, lang)
            )?;
            Ok(i32::from(errors > 0))
        }
        Command::Sample => {
            out.write_all(crate::sample::SAMPLE_RON.as_bytes())?;
            Ok(0)
        }
        Command::Stats { file } => {
            let (loaded, _) = read_document(&file)?;
            for (kind, n) in loaded.document.counts() {
                writeln!(out, "{kind}\t{n}")?;
            }
            Ok(0)
        }
        Command::List { kind, file } => {
            let (loaded, _) = read_document(&file)?;
            for row in list_rows(&loaded.document, kind, lang) {
                let cells: Vec<String> =
                    row.iter().map(|c| crate::text::terminal_cell(c)).collect();
                writeln!(out, "{}", cells.join("\t"))?;
            }
            Ok(0)
        }
        Command::Export {
            what:
                ExportCommand::Ics {
                    file,
                    meeting,
                    body,
                    from,
                    to,
                    output,
                },
        } => {
            let (loaded, _) = read_document(&file)?;
            let doc = &loaded.document;
            if let Some(id) = &meeting
                && doc
                    .meeting(&crate::model::MeetingId::new(id.as_str()))
                    .is_none()
            {
                return Err(CliError::Usage(format!(
                    "there is no meeting with id \"{id}\" (see: samverkan list meetings FILE)"
                )));
            }
            if let Some(id) = &body
                && doc.body(&crate::model::BodyId::new(id.as_str())).is_none()
            {
                return Err(CliError::Usage(format!(
                    "there is no body with id \"{id}\" (see: samverkan list bodies FILE)"
                )));
            }
            let mut chosen: Vec<&crate::model::Meeting> = doc
                .meetings
                .iter()
                .filter(|m| meeting.as_ref().is_none_or(|id| m.id.as_str() == id))
                .filter(|m| {
                    body.as_ref()
                        .is_none_or(|id| m.bodies.iter().any(|b| b.as_str() == id))
                })
                .filter(|m| from.is_none_or(|f| m.date >= f) && to.is_none_or(|t| m.date <= t))
                .collect();
            chosen.sort_by_key(|m| (m.date, m.start));
            let text = crate::export::ics::calendar(doc, &chosen, lang)
                .map_err(|e| CliError::Usage(e.message(lang)))?;
            write_export(&output, text.as_bytes())?;
            writeln!(
                err,
                "{}: {} {}",
                output.display(),
                chosen.len(),
                lang.pick("möten", "meetings")
            )?;
            Ok(0)
        }
        Command::Export {
            what:
                ExportCommand::Members {
                    file,
                    body,
                    format,
                    output,
                },
        } => {
            let (loaded, _) = read_document(&file)?;
            let body = body.map(crate::model::BodyId::new);
            if let Some(id) = &body
                && loaded.document.body(id).is_none()
            {
                return Err(CliError::Usage(format!(
                    "there is no body with id \"{id}\" (see: samverkan list bodies FILE)"
                )));
            }
            let rows = crate::export::members::member_rows(&loaded.document, body.as_ref(), lang);
            let bytes = match format {
                MembersFormat::Csv => {
                    crate::export::members::to_csv(&rows).map_err(std::io::Error::other)?
                }
                MembersFormat::Xlsx => {
                    let book =
                        crate::export::members::to_xlsx(&rows, lang.pick("Ledamöter", "Members"))
                            .map_err(std::io::Error::other)?;
                    if book.truncated_cells > 0 {
                        writeln!(
                            err,
                            "samverkan: {}",
                            files::cells_truncated(book.truncated_cells, lang)
                        )?;
                    }
                    book.bytes
                }
            };
            write_export(&output, &bytes)?;
            writeln!(
                err,
                "{}: {} {}",
                output.display(),
                rows.len() - 1,
                lang.pick("rader", "rows")
            )?;
            Ok(0)
        }
        Command::Export {
            what:
                ExportCommand::Agenda {
                    file,
                    meeting,
                    format,
                    output,
                },
        } => export_meeting_document(
            &file,
            &meeting,
            crate::export::MeetingDoc::Notice,
            format,
            &output,
            lang,
            err,
        ),
        Command::Export {
            what:
                ExportCommand::Orgchart {
                    file,
                    format,
                    level,
                    output,
                },
        } => {
            use crate::diagram::orgchart::{ChartOptions, LevelFilter, chart_scene};
            let (loaded, _) = read_document(&file)?;
            let options = ChartOptions {
                level: match level {
                    LevelArg::All => LevelFilter::All,
                    LevelArg::Political => LevelFilter::Political,
                    LevelArg::Officials => LevelFilter::Officials,
                },
                collapsed: std::collections::BTreeSet::new(),
                lang,
            };
            let scene = chart_scene(&loaded.document, &options, None);
            write_picture(&scene, format, "Organisation", &output, err)
        }
        Command::Export {
            what:
                ExportCommand::Wheel {
                    file,
                    year,
                    format,
                    output,
                },
        } => {
            let (loaded, _) = read_document(&file)?;
            let today = chrono::Local::now().date_naive();
            let scene =
                crate::diagram::wheel_chart::wheel_scene(&loaded.document, year, &[], today, lang);
            write_picture(&scene, format, &format!("Årshjul {year}"), &output, err)
        }
        Command::Export {
            what:
                ExportCommand::Timeline {
                    file,
                    year,
                    format,
                    output,
                },
        } => {
            if format == PictureFormat::Pdf {
                return Err(CliError::Usage(
                    "the timeline is exported as svg or png".into(),
                ));
            }
            let (loaded, _) = read_document(&file)?;
            let doc = &loaded.document;
            let span =
                crate::diagram::wheel::WheelYear::new(year, u32::from(doc.cycle.start_month))
                    .ok_or_else(|| CliError::Usage(format!("no operating year {year}")))?;
            let last = span.end_exclusive.pred_opt().unwrap_or(span.end_exclusive);
            let today = chrono::Local::now().date_naive();
            let scene =
                crate::diagram::timeline_chart::timeline_scene(doc, span.start, last, today, lang);
            write_picture(&scene, format, &format!("Tidslinje {year}"), &output, err)
        }
        Command::Export {
            what:
                ExportCommand::Minutes {
                    file,
                    meeting,
                    format,
                    output,
                },
        } => export_meeting_document(
            &file,
            &meeting,
            crate::export::MeetingDoc::Minutes,
            format,
            &output,
            lang,
            err,
        ),
        Command::Plan { file, year, apply } => {
            let file = real_path(&file);
            let _lock = if apply {
                Some(lock_for_writing(&file, lang, err)?)
            } else {
                None
            };
            let (loaded, bytes) = read_document(&file)?;
            let doc = &loaded.document;
            let proposals = crate::model::plan::propose(doc, year);
            for p in &proposals {
                let body = doc.body(&p.body).map_or(p.body.as_str(), |b| b.label());
                let moved = match (p.moved_from, p.reason) {
                    (Some(from), Some(reason)) => format!(
                        "\t{} {from} ({reason})",
                        lang.pick("flyttat från", "moved from")
                    ),
                    _ => String::new(),
                };
                writeln!(
                    out,
                    "{}\t{}\t{}{moved}",
                    p.date,
                    crate::text::terminal_cell(body),
                    crate::text::terminal_cell(&p.title)
                )?;
            }
            if !apply || proposals.is_empty() {
                writeln!(
                    err,
                    "{} {}",
                    proposals.len(),
                    lang.pick("föreslagna möten", "proposed meetings")
                )?;
                return Ok(0);
            }
            let mut planned = doc.clone();
            let edits = crate::model::plan::to_meetings(doc, &proposals)
                .into_iter()
                .map(crate::edit::Edit::PutMeeting)
                .collect();
            crate::edit::apply(&mut planned, crate::edit::Edit::Batch(edits))
                .map_err(|e| std::io::Error::other(e.message(lang)))?;
            let outcome = save_bytes(
                &RealFs,
                &file,
                to_string(&planned).as_bytes(),
                Expect::Hash(content_hash(&bytes)),
            )?;
            for w in &outcome.warnings {
                writeln!(err, "samverkan: {}", w.message(lang))?;
            }
            tidy_leftovers(&file, lang, err)?;
            writeln!(
                err,
                "{}: {} {}",
                file.display(),
                proposals.len(),
                lang.pick("möten tillagda", "meetings added")
            )?;
            Ok(0)
        }
        Command::Fmt { file } => {
            let file = real_path(&file);
            let _lock = lock_for_writing(&file, lang, err)?;
            let (loaded, bytes) = read_document(&file)?;
            let text = to_string(&loaded.document);
            if text.as_bytes() == bytes.as_slice() {
                tidy_leftovers(&file, lang, err)?;
                writeln!(
                    err,
                    "{}: {}",
                    file.display(),
                    lang.pick("redan i kanonisk form", "already canonical")
                )?;
                return Ok(0);
            }
            let outcome = save_bytes(
                &RealFs,
                &file,
                text.as_bytes(),
                Expect::Hash(content_hash(&bytes)),
            )?;
            for w in &outcome.warnings {
                writeln!(err, "samverkan: {}", w.message(lang))?;
            }
            tidy_leftovers(&file, lang, err)?;
            writeln!(
                err,
                "{}: {}",
                file.display(),
                lang.pick("omskriven", "rewritten")
            )?;
            Ok(0)
        }
        Command::LockProbe { file, hold_ms } => {
            let state = match acquire(&file)? {
                Acquire::Acquired(guard) => Some(guard),
                Acquire::HeldBy(_) => None,
            };
            writeln!(out, "{}", if state.is_some() { "acquired" } else { "held" })?;
            out.flush()?;
            std::thread::sleep(std::time::Duration::from_millis(hold_ms));
            drop(state);
            Ok(0)
        }
        Command::RecoveryProbe { file, title } => {
            let (mut session, _) = crate::session::Session::open(&file).map_err(|e| match e {
                crate::io::open::OpenError::Unreadable { error, .. } => CliError::Read(error),
            })?;
            let mut info = session.doc().info.clone();
            info.title = title;
            session
                .apply(crate::edit::Edit::SetInfo(info))
                .map_err(|e| std::io::Error::other(e.message(lang)))?;
            loop {
                if session.tick(std::time::Instant::now()) {
                    writeln!(out, "written")?;
                    out.flush()?;
                }
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
        }
        Command::SaveLoop {
            target,
            first,
            second,
            count,
        } => {
            let texts = [std::fs::read(&first)?, std::fs::read(&second)?];
            // Locked like `fmt`, so a kill leaves what a killed `fmt` leaves.
            let _lock = lock_for_writing(&target, lang, err)?;
            for i in 0..count {
                let text = &texts[usize::from(i % 2 == 1)];
                save_bytes(&RealFs, &target, text, Expect::Overwrite)?;
                writeln!(out, "{i}")?;
            }
            Ok(0)
        }
        Command::Generate { scale, output } => {
            let text = to_string(&crate::generate::generate(scale));
            match output {
                Some(path) => std::fs::write(&path, text)
                    .map_err(|source| CliError::Write { path, source })?,
                None => out.write_all(text.as_bytes())?,
            }
            Ok(0)
        }
    }
}

/// `export agenda` and `export minutes`: the same document the app writes.
fn export_meeting_document(
    file: &std::path::Path,
    meeting: &str,
    which: crate::export::MeetingDoc,
    format: DocFormat,
    output: &std::path::Path,
    lang: Lang,
    err: &mut dyn Write,
) -> Result<i32, CliError> {
    let (loaded, _) = read_document(file)?;
    let doc = &loaded.document;
    let Some(m) = doc.meeting(&crate::model::MeetingId::new(meeting)) else {
        return Err(CliError::Usage(format!(
            "there is no meeting with id \"{meeting}\" (see: samverkan list meetings FILE)"
        )));
    };
    let format = match format {
        DocFormat::Pdf => crate::export::TextFormat::Pdf,
        DocFormat::Md => crate::export::TextFormat::Markdown,
    };
    let bytes = crate::export::meeting_document(doc, m, which, format, lang)
        .map_err(std::io::Error::other)?;
    write_export(output, &bytes)?;
    writeln!(
        err,
        "{}: {} {}",
        output.display(),
        m.agenda.len(),
        lang.pick("punkter", "items")
    )?;
    Ok(0)
}

/// A drawing in the chosen format, written whole or not at all, its size reported.
fn write_picture(
    scene: &crate::diagram::scene::Scene,
    format: PictureFormat,
    title: &str,
    output: &std::path::Path,
    err: &mut dyn Write,
) -> Result<i32, CliError> {
    let bytes =
        crate::export::picture(scene, format.into(), title).map_err(std::io::Error::other)?;
    write_export(output, &bytes)?;
    writeln!(
        err,
        "{}: {:.0} × {:.0}",
        output.display(),
        scene.size[0],
        scene.size[1]
    )?;
    Ok(0)
}

/// Write an exported file whole or not at all (temporary file and rename).
fn write_export(path: &std::path::Path, bytes: &[u8]) -> Result<(), CliError> {
    let mut outcome = crate::io::save::SaveOutcome::default();
    crate::io::save::write_atomic(&RealFs, path, bytes, None, &mut outcome).map_err(|e| match e {
        SaveError::Failed { source, .. } => CliError::Write {
            path: path.to_owned(),
            source,
        },
        other => CliError::Save(other),
    })
}

/// "2 fel, 1 varning" / "1 error, 3 warnings".
pub fn problem_summary(errors: usize, warnings: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => {
            let w = if warnings == 1 {
                "varning"
            } else {
                "varningar"
            };
            format!("{errors} fel, {warnings} {w}")
        }
        Lang::En => {
            let e = if errors == 1 { "error" } else { "errors" };
            let w = if warnings == 1 { "warning" } else { "warnings" };
            format!("{errors} {e}, {warnings} {w}")
        }
    }
}

/// The rows `samverkan list KIND` prints.
pub fn list_rows(doc: &Document, kind: ListKind, lang: Lang) -> Vec<Vec<String>> {
    let body_label = |id: &crate::model::BodyId| {
        doc.body(id)
            .map_or_else(|| id.to_string(), |b| b.label().to_owned())
    };
    let org_name = |id: &crate::model::OrganisationId| {
        doc.organisation(id)
            .map_or_else(|| id.to_string(), |o| o.name.clone())
    };
    let person_name = |id: &crate::model::PersonId| {
        doc.person(id).map_or_else(
            || id.to_string(),
            super::model::person::Person::display_name,
        )
    };
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    match kind {
        ListKind::Bodies => doc
            .bodies
            .iter()
            .map(|b| {
                vec![
                    b.id.to_string(),
                    b.name.clone(),
                    b.short_name.clone(),
                    b.kind.label(lang).to_owned(),
                    b.level.label(lang).to_owned(),
                    cadence_text(b.cadence, lang),
                ]
            })
            .collect(),
        ListKind::People => doc
            .people
            .iter()
            .map(|p| {
                vec![
                    p.id.to_string(),
                    p.display_name(),
                    p.kind.label(lang).to_owned(),
                    p.title.clone(),
                    p.organisation.as_ref().map(&org_name).unwrap_or_default(),
                ]
            })
            .collect(),
        ListKind::Organisations => doc
            .organisations
            .iter()
            .map(|o| {
                vec![
                    o.id.to_string(),
                    o.name.clone(),
                    o.kind.label(lang).to_owned(),
                ]
            })
            .collect(),
        ListKind::Memberships => doc
            .bodies
            .iter()
            .flat_map(|b| b.memberships.iter().map(move |m| (b, m)))
            .map(|(b, m)| {
                vec![
                    m.id.to_string(),
                    m.person
                        .as_ref()
                        .map_or_else(|| lang.pick("vakant", "vacant").to_owned(), &person_name),
                    b.label().to_owned(),
                    m.role.label(lang).to_owned(),
                    m.represents.as_ref().map(&org_name).unwrap_or_default(),
                    date(m.from),
                    date(m.to),
                ]
            })
            .collect(),
        ListKind::Links => doc
            .links
            .iter()
            .map(|l| {
                vec![
                    l.id.to_string(),
                    format!(
                        "{} {} {}",
                        body_label(&l.from),
                        l.kind.label(lang),
                        body_label(&l.to)
                    ),
                    l.from.to_string(),
                    l.to.to_string(),
                ]
            })
            .collect(),
        ListKind::Meetings => doc
            .meetings
            .iter()
            .map(|m| {
                let bodies: Vec<String> = m.bodies.iter().map(&body_label).collect();
                let title = if m.title.is_empty() {
                    bodies.join(" + ")
                } else {
                    m.title.clone()
                };
                let time = match (m.start, m.end) {
                    (Some(s), Some(e)) => format!("{}–{}", s.format("%H:%M"), e.format("%H:%M")),
                    (Some(s), None) => s.format("%H:%M").to_string(),
                    _ => String::new(),
                };
                vec![
                    m.id.to_string(),
                    title,
                    m.date.to_string(),
                    time,
                    bodies.join(", "),
                    m.status.label(lang).to_owned(),
                ]
            })
            .collect(),
        ListKind::Cycle => doc
            .cycle
            .activities
            .iter()
            .map(|a| {
                vec![
                    a.id.to_string(),
                    a.title.clone(),
                    body_label(&a.body),
                    recurrence_text(&a.when, lang),
                ]
            })
            .collect(),
        ListKind::Goals => doc
            .goals
            .iter()
            .map(|g| {
                let target = match g.target_change {
                    Some(v) => format!("{} {v} {}", g.direction.arrow(), g.unit),
                    None => format!("{} {}", g.direction.arrow(), g.target_note),
                };
                vec![
                    g.id.to_string(),
                    g.text.clone(),
                    g.area.clone(),
                    target.trim().to_owned(),
                ]
            })
            .collect(),
        ListKind::Assignments => doc
            .assignments
            .iter()
            .map(|a| {
                let assignee = match &a.assignee {
                    Assignee::Body(b) => body_label(b),
                    Assignee::Person(p) => person_name(p),
                };
                vec![
                    a.id.to_string(),
                    a.title.clone(),
                    assignee,
                    date(a.due),
                    a.status.label(lang).to_owned(),
                ]
            })
            .collect(),
        ListKind::Agreements => doc
            .agreements
            .iter()
            .map(|a| {
                vec![
                    a.id.to_string(),
                    a.title.clone(),
                    date(a.signed),
                    date(a.review),
                    a.responsible.as_ref().map(&body_label).unwrap_or_default(),
                ]
            })
            .collect(),
        ListKind::Documents => doc
            .documents
            .iter()
            .map(|d| {
                vec![
                    d.id.to_string(),
                    d.title.clone(),
                    d.owner.as_ref().map(&org_name).unwrap_or_default(),
                    date(d.next_review),
                ]
            })
            .collect(),
    }
}

/// A recurrence in words: "augusti", "v. 34", "1:a tisdagen i september", "10 maj".
pub fn recurrence_text(r: &Recurrence, lang: Lang) -> String {
    match r {
        Recurrence::Month(m) => month_name(u32::from(*m), lang).to_owned(),
        Recurrence::IsoWeek(w) => match lang {
            Lang::Sv => format!("v. {w}"),
            Lang::En => format!("week {w}"),
        },
        Recurrence::NthWeekday { month, n, weekday } => {
            let month = month_name(u32::from(*month), lang);
            let day = weekday_name(*weekday, lang);
            match (lang, n) {
                (Lang::Sv, -1) => format!("sista {day}en i {month}"),
                (Lang::Sv, n) => {
                    let suffix = if matches!(n, 1 | 2) { "a" } else { "e" };
                    format!("{n}:{suffix} {day}en i {month}")
                }
                (Lang::En, -1) => format!("last {day} of {month}"),
                (Lang::En, n) => format!("{} {day} of {month}", ordinal_en(*n)),
            }
        }
        Recurrence::FixedDate { month, day } => {
            format!("{day} {}", month_name(u32::from(*month), lang))
        }
    }
}

fn ordinal_en(n: i8) -> String {
    match n {
        1 => "1st".into(),
        2 => "2nd".into(),
        3 => "3rd".into(),
        n => format!("{n}th"),
    }
}

/// A participant's name.
pub fn participant_name(doc: &Document, p: &Participant) -> String {
    doc.participant_name(p)
}
