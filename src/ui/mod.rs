//! The pages of the app. A page reads the document through a [`View`] and reports what the
//! user did in an [`Out`]: edits to apply, a record to open, a delete to confirm. Pages never
//! change the document themselves.

pub mod form;
pub mod list;
pub mod pages;
pub mod paint;
pub mod pickers;
pub mod record_page;
pub mod rows;
pub mod widgets;

use crate::edit::Edit;
use crate::i18n::{Lang, Tr, t};
use crate::model::validate::Problem;
use crate::model::{BodyId, Document, MeetingId, OrganisationId, PersonId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Page {
    #[default]
    Overview,
    Structure,
    Bodies,
    People,
    Organisations,
    Meetings,
    Wheel,
    Timeline,
    Goals,
    FollowUp,
    Assignments,
    Matters,
    Decisions,
    Agreements,
    Problems,
}

impl Page {
    pub const ALL: [Page; 15] = [
        Page::Overview,
        Page::Structure,
        Page::Bodies,
        Page::People,
        Page::Organisations,
        Page::Meetings,
        Page::Wheel,
        Page::Timeline,
        Page::Goals,
        Page::FollowUp,
        Page::Assignments,
        Page::Matters,
        Page::Decisions,
        Page::Agreements,
        Page::Problems,
    ];

    pub fn title(self) -> Tr {
        match self {
            Page::Overview => t::OVERVIEW,
            Page::Structure => t::STRUCTURE,
            Page::Bodies => t::BODIES,
            Page::People => t::PEOPLE,
            Page::Organisations => t::ORGANISATIONS,
            Page::Meetings => t::MEETINGS,
            Page::Wheel => t::WHEEL,
            Page::Timeline => t::TIMELINE,
            Page::Goals => t::GOALS,
            Page::FollowUp => crate::i18n::perspective::FOLLOW_UP,
            Page::Assignments => t::ASSIGNMENTS,
            Page::Matters => crate::i18n::obligations::MATTERS,
            Page::Decisions => crate::i18n::obligations::DECISIONS,
            Page::Agreements => t::AGREEMENTS,
            Page::Problems => t::PROBLEMS,
        }
    }
}

/// A record to open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Nav {
    Page(Page),
    Body(BodyId),
    Person(PersonId),
    Organisation(OrganisationId),
    Meeting(MeetingId),
    Goal(crate::model::GoalId),
    Assignment(crate::model::AssignmentId),
    Matter(crate::model::MatterId),
    Agreement(crate::model::AgreementId),
    Document(crate::model::DocumentId),
    /// An activity of the annual cycle.
    Activity(crate::model::ActivityId),
}

/// What a page may read.
pub struct View<'a> {
    pub doc: &'a Document,
    pub lang: Lang,
    pub today: NaiveDate,
    pub read_only: bool,
    /// The embedded example, not saved anywhere yet: the overview says it is an example.
    pub sample: bool,
    /// Which document in which state: every cache of derived data keys on it.
    pub version: crate::session::Version,
    pub problems: &'a [Problem],
    /// The pickers' choices for this version.
    pub pickers: &'a pickers::Pickers,
    /// The files outside the document (backups, recovery copy) that hold the person selected
    /// on the People page, as the app last found them (`None` while it looks).
    pub person_files: Option<&'a (PersonId, Option<Vec<crate::io::traces::Trace>>)>,
    /// The files opened lately, newest first (the start panel offers them).
    pub recent: &'a [std::path::PathBuf],
}

impl View<'_> {
    pub fn editable(&self) -> bool {
        !self.read_only
    }

    /// What rows of a list built from the document depend on: the document's version, the
    /// language of their words and the day (for "upcoming", "overdue").
    pub fn rows_key(&self) -> list::RowsKey {
        list::RowsKey {
            version: self.version,
            lang: self.lang,
            today: self.today,
            scope: String::new(),
        }
    }
}

/// What the user did on a page this frame.
#[derive(Debug, Default)]
pub struct Out {
    pub edits: Vec<Edit>,
    pub nav: Option<Nav>,
    /// A delete that may need the user's confirmation (references are checked by the app).
    pub delete: Option<Edit>,
    /// A file to export (the app asks where).
    pub export: Option<Export>,
    /// Erase a person's data (the app asks first, showing what goes).
    pub erase: Option<PersonId>,
    /// Leave the example for a document of one's own (the start panel).
    pub start: Option<Start>,
}

/// How a newcomer starts a document of their own from the example.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Start {
    Open,
    OpenRecent(std::path::PathBuf),
    NewForCounty,
    Empty,
}

/// An export a page asks for; the app writes it with the same code as the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Export {
    MeetingDocument {
        meeting: MeetingId,
        which: crate::export::MeetingDoc,
        format: crate::export::TextFormat,
    },
    MeetingCalendar(MeetingId),
    BodyCalendar(BodyId),
    Wheel {
        year: i32,
        rings: Vec<BodyId>,
        format: ChartFormat,
    },
    /// The follow-up report of a year (Aktuellt perspektiv), PDF, XLSX or Markdown.
    Perspective {
        year: i32,
        format: crate::export::perspective::ReportFormat,
    },
    /// The register of decisions as the page narrows it.
    Decisions {
        filter: crate::model::decision::Filter,
        format: crate::export::decisions::Format,
    },
    Timeline {
        from: NaiveDate,
        to: NaiveDate,
        format: ChartFormat,
    },
    OrgChart {
        options: crate::diagram::orgchart::ChartOptions,
        highlight: Option<std::collections::BTreeSet<BodyId>>,
        format: ChartFormat,
    },
    /// A person's register extract (registerutdrag), PDF or JSON.
    PersonExtract {
        person: PersonId,
        format: crate::export::person_extract::Format,
    },
}

pub use crate::export::ChartFormat;
