//! One pass over the document that reports every problem at once, each with a severity,
//! a message in Swedish and English, and the path of the record it concerns.

mod agendas;
mod bookings;
mod composition;
mod cycles;
mod dates;
mod ids;
mod obligations;
mod references;
mod seats;
mod timing;
mod values;

use crate::i18n::Lang;
use crate::model::Document;
use crate::model::ids::{BodyId, GoalId, MeetingId, OrganisationId, PersonId};
use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// The record a problem concerns, so the app can open it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Document,
    Organisation(OrganisationId),
    Person(PersonId),
    Body(BodyId),
    Meeting(MeetingId),
    Goal(GoalId),
    /// Anything else is found through its path.
    Other,
}

/// Which rule found a problem, so views can pick the problems they show by rule rather than
/// by their words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Check {
    DuplicateIds,
    References,
    Values,
    Composition,
    Seats,
    DoubleBookings,
    DateRange,
    ReportCycles,
    TimingRules,
    Agendas,
    /// Links to matters and report-backs, and report-backs that are late.
    Obligations,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub check: Check,
    /// Where in the document, e.g. `bodies[3].memberships[1]`.
    pub path: String,
    pub target: Target,
    pub sv: String,
    pub en: String,
}

impl Problem {
    pub fn message(&self, english: bool) -> &str {
        if english { &self.en } else { &self.sv }
    }
}

/// At most this many double bookings are listed; a document with thousands of meetings on
/// one day would otherwise list millions.
pub const MAX_DOUBLE_BOOKINGS: usize = 200;
/// The years a date may have: what iCalendar, the PDFs and spreadsheets can write.
pub const MIN_YEAR: i32 = 1;
pub const MAX_YEAR: i32 = 9999;

/// Validate the whole document. `today` decides which memberships have run out.
pub fn validate(doc: &Document, today: NaiveDate) -> Vec<Problem> {
    let mut v = Validator {
        doc,
        problems: Vec::new(),
        check: Check::DuplicateIds,
    };
    v.duplicate_ids();
    v.check = Check::References;
    v.references();
    v.check = Check::Values;
    v.values();
    v.check = Check::Composition;
    v.composition();
    v.check = Check::Seats;
    v.seats(today);
    v.check = Check::DoubleBookings;
    v.double_bookings();
    v.check = Check::DateRange;
    v.date_range();
    v.check = Check::ReportCycles;
    v.report_cycles();
    v.check = Check::TimingRules;
    v.timing_rules();
    v.check = Check::Agendas;
    v.agendas();
    v.check = Check::Obligations;
    v.obligations(today);
    v.problems
}

struct Validator<'a> {
    doc: &'a Document,
    problems: Vec<Problem>,
    /// The rule running now.
    check: Check,
}

impl Validator<'_> {
    pub(super) fn push(
        &mut self,
        severity: Severity,
        path: String,
        target: Target,
        sv: String,
        en: String,
    ) {
        self.problems.push(Problem {
            severity,
            check: self.check,
            path,
            target,
            sv,
            en,
        });
    }

    /// An error, with its text from `crate::i18n::problems` in both languages.
    pub(super) fn error(&mut self, path: String, target: Target, text: impl Fn(Lang) -> String) {
        self.push(
            Severity::Error,
            path,
            target,
            text(Lang::Sv),
            text(Lang::En),
        );
    }

    /// A warning, with its text from `crate::i18n::problems` in both languages.
    pub(super) fn warning(&mut self, path: String, target: Target, text: impl Fn(Lang) -> String) {
        self.push(
            Severity::Warning,
            path,
            target,
            text(Lang::Sv),
            text(Lang::En),
        );
    }
}

pub(super) fn out_of_bounds(n: usize, min: Option<u16>, max: Option<u16>) -> Option<String> {
    let below = min.is_some_and(|m| n < usize::from(m));
    let above = max.is_some_and(|m| n > usize::from(m));
    (below || above).then(|| match (min, max) {
        (Some(a), Some(b)) if a == b => format!("{a}"),
        (Some(a), Some(b)) => format!("{a}–{b}"),
        (Some(a), None) => format!("≥ {a}"),
        (None, Some(b)) => format!("≤ {b}"),
        (None, None) => String::new(),
    })
}
