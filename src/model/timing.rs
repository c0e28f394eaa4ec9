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

/// Meetings that break a timing rule: `(meeting index, rule index)` for each meeting of a
/// rule's `later` body without a meeting of its `earlier` body between `within_days` and
/// `min_days` days before. Cancelled meetings neither break nor satisfy a rule.
pub fn broken_rules(doc: &super::Document) -> Vec<(usize, usize)> {
    use super::MeetingStatus;
    let mut out = Vec::new();
    for (r, rule) in doc.timing_rules.iter().enumerate() {
        let dates = |body: &BodyId| -> Vec<(usize, chrono::NaiveDate)> {
            doc.meetings
                .iter()
                .enumerate()
                .filter(|(_, m)| m.status != MeetingStatus::Cancelled && m.bodies.contains(body))
                .map(|(i, m)| (i, m.date))
                .collect()
        };
        let earlier = dates(&rule.earlier);
        for (i, date) in dates(&rule.later) {
            let ok = earlier.iter().any(|(_, e)| {
                let gap = (date - *e).num_days();
                gap >= i64::from(rule.min_days) && gap <= i64::from(rule.within_days)
            });
            if !ok {
                out.push((i, r));
            }
        }
    }
    out
}
