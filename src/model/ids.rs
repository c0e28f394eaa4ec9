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

/// An id for a record the user creates: the kind's prefix and six random letters and digits
/// ("p-k3x9q7"), never one in `used`. Two people who add records to two copies of a document
/// at the same time get different ids, so merging the copies keeps both records apart
/// (`next_free_id` would give both copies the same next number).
pub fn fresh_id<'a>(prefix: &str, used: impl Iterator<Item = &'a str>) -> String {
    let used: std::collections::HashSet<&str> = used.collect();
    loop {
        let id = format!("{prefix}-{}", random_suffix());
        if !used.contains(id.as_str()) {
            return id;
        }
    }
}

/// Six characters of Crockford's base 32 (no i, l, o, u: nothing to misread), from the
/// standard library's randomly keyed hasher fed the clock, the process and a counter.
fn random_suffix() -> String {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    h.write_u128(now);
    h.write_u32(std::process::id());
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    let mut n = h.finish();
    (0..6)
        .map(|_| {
            let c = ALPHABET[usize::try_from(n % 32).unwrap_or(0)];
            n /= 32;
            char::from(c)
        })
        .collect()
}

/// The smallest id `PREFIX<n>` not used yet, given the ids in use. For ids that must come
/// out the same in every copy (planned meetings named by date); records the user creates
/// take a [`fresh_id`].
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

    #[test]
    fn fresh_ids_are_short_differ_every_time_and_avoid_used_ones() {
        let mut seen = std::collections::HashSet::new();
        for _ in 0..2000 {
            let id = fresh_id("p", seen.iter().map(String::as_str));
            assert_eq!(id.len(), 8, "{id}");
            assert!(id.starts_with("p-"));
            assert!(
                id[2..]
                    .chars()
                    .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
            );
            assert!(seen.insert(id), "an id came twice");
        }
    }
}
