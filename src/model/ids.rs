//! Typed ids. Records refer to each other by id, never by name, so a rename
//! touches one record and files diff cleanly.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! typed_id {
    ($(#[$doc:meta] $name:ident => $prefix:literal),* $(,)?) => {$(
        #[$doc]
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The prefix new ids of this kind start with (`p12`, `b3`, …).
            pub const PREFIX: &'static str = $prefix;

            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }
    )*};
}

typed_id! {
    /// An organisation (municipality, region, …).
    OrganisationId => "o",
    /// A person.
    PersonId => "p",
    /// A body: council, group, network, forum.
    BodyId => "b",
    /// A link between two bodies.
    LinkId => "l",
    /// A seat in a body, filled or vacant.
    MembershipId => "ms",
    /// A meeting.
    MeetingId => "m",
    /// An item on a meeting's agenda.
    AgendaItemId => "ai",
    /// An action item recorded in minutes.
    ActionItemId => "ac",
    /// A recurring activity of the annual cycle.
    ActivityId => "c",
    /// A shared goal.
    GoalId => "g",
    /// An indicator that measures a goal.
    IndicatorId => "i",
    /// An assignment with a report-back.
    AssignmentId => "u",
    /// An agreement between organisations.
    AgreementId => "a",
    /// A governing document (strategy, plan).
    DocumentId => "d",
    /// A timing rule between bodies.
    TimingRuleId => "t",
    /// A matter (ärende) followed across bodies.
    MatterId => "e",
}

/// The smallest id `PREFIX<n>` not used yet, given the ids in use.
pub fn next_free_id<'a>(prefix: &str, used: impl Iterator<Item = &'a str>) -> String {
    let highest = used
        .filter_map(|id| id.strip_prefix(prefix))
        .filter_map(|rest| rest.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", highest + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_free_id_skips_used_numbers_and_ignores_other_ids() {
        let used = ["p1", "p7", "bg", "p-x", "p3"];
        assert_eq!(next_free_id("p", used.iter().copied()), "p8");
        assert_eq!(next_free_id("q", used.iter().copied()), "q1");
    }
}
