//! The document model: plain data and the rules about it. Knows nothing of egui or files.

pub mod agenda;
pub mod agreement;
pub mod assignment;
pub mod body;
pub mod booking;
pub mod calendar;
pub mod county;
pub mod cycle;
pub mod decision;
pub mod document;
pub mod goal;
pub mod holidays;
pub mod ids;
pub mod import;
pub mod letterhead;
pub mod link;
pub mod matrix;
pub mod matter;
pub mod meeting;
pub mod membership;
pub mod merge;
pub mod minutes;
pub mod minutes_flow;
pub mod name_patterns;
pub mod organisation;
pub mod person;
pub mod person_extract;
pub mod plan;
pub mod progress;
pub mod query;
pub mod references;
pub mod report_back;
pub mod string_visitor;
pub mod strings;
pub mod timing;
pub mod validate;

pub use agenda::TemplateItem;
pub use agreement::{Agreement, GoverningDocument};
pub use assignment::{Assignee, Assignment, AssignmentStatus};
pub use body::{Body, BodyKind, BodyStatus, Cadence, CompositionRule, Level};
pub use cycle::{Activity, AnnualCycle, Recurrence};
pub use decision::{Decision, FollowUp};
pub use document::{Document, DocumentInfo, FORMAT_NAME, FORMAT_VERSION};
pub use goal::{
    Analysis, Direction, Gender, Goal, Indicator, IndicatorValue, Missing, OrganisationTarget,
};
pub use ids::*;
pub use letterhead::Letterhead;
pub use link::{Link, LinkKind};
pub use matter::{Matter, MatterStatus, Origin};
pub use meeting::{AgendaItem, AgendaItemKind, Meeting, MeetingStatus, Participant};
pub use membership::{Membership, Role};
pub use minutes::{
    ActionItem, Attendance, Block, BlockKind, Content, ItemMinutes, Minutes, MinutesChange,
    MinutesEvent, Presence, SignOff,
};
pub use organisation::{Organisation, OrganisationKind};
pub use person::{Person, PersonKind};
pub use report_back::ReportBack;
pub use timing::TimingRule;
