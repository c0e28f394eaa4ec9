//! Assignments (uppdrag) given by a body, with a report-back (återrapportering).

use super::ids::{AssignmentId, BodyId, PersonId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    pub id: AssignmentId,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub given_by: BodyId,
    pub assignee: Assignee,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// The body the report-back goes to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_to: Option<BodyId>,
    pub status: AssignmentStatus,
    /// The annual cycle's report-back activity it was planned from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<super::ids::ActivityId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Assignee {
    Body(BodyId),
    Person(PersonId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AssignmentStatus {
    NotStarted,
    InProgress,
    Reported,
    Closed,
}

impl AssignmentStatus {
    pub const ALL: [AssignmentStatus; 4] = [
        Self::NotStarted,
        Self::InProgress,
        Self::Reported,
        Self::Closed,
    ];

    /// Still waiting for its report-back.
    pub fn is_open(self) -> bool {
        matches!(self, Self::NotStarted | Self::InProgress)
    }
}
