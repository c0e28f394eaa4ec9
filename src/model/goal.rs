//! Shared goals (gemensamma mål) and the indicators that follow them up.

use super::ids::{GoalId, IndicatorId, OrganisationId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: GoalId,
    /// The area, e.g. "En god och jämlik hälsa".
    pub area: String,
    pub text: String,
    pub direction: Direction,
    /// How much the indicator should move, in `unit` (e.g. 2 procentenheter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_change: Option<f64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// A target that is not a number, e.g. "skillnader ska minska".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target_note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline_year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_year: Option<i32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
}

/// ↑ öka or ↓ minska.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Direction {
    Increase,
    Decrease,
}

impl Direction {
    pub fn arrow(self) -> &'static str {
        match self {
            Direction::Increase => "↑",
            Direction::Decrease => "↓",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: IndicatorId,
    pub name: String,
    /// Where the numbers come from, e.g. a Kolada key.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<IndicatorValue>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorValue {
    pub year: i32,
    /// `None` for the county as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<OrganisationId>,
    pub value: f64,
}
