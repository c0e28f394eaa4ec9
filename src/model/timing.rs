//! Timing rules between bodies that the user sets, e.g. "the beredningsgrupp meets at least
//! 7 days before Värmlandsrådet".

use super::ids::{BodyId, TimingRuleId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimingRule {
    pub id: TimingRuleId,
    /// The body that must meet first (e.g. the preparation group).
    pub earlier: BodyId,
    /// The body whose meetings are prepared (e.g. the council).
    pub later: BodyId,
    /// At least this many days between the two meetings.
    pub min_days: u16,
    /// Look this many days back from each meeting of `later` for a meeting of `earlier`.
    pub within_days: u16,
}
