//! Shared goals (gemensamma mål) and the indicators that follow them up: values per
//! organisation, year and gender, with a reason where a value is missing (never a 0), the
//! bodies that follow each goal, targets per organisation where the goal sets them, and the
//! yearly analysis (Aktuellt perspektiv).

use super::ids::{BodyId, GoalId, IndicatorId, OrganisationId};
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
    /// The bodies that follow the goal up (a life-stage group, the beredningsgrupp).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub followed_by: Vec<BodyId>,
    /// Targets of their own for some organisations, where the goal says so; the others have
    /// `target_change`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<OrganisationTarget>,
    /// What the follow-up says each year (the beredningsgrupp's analysis).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub analyses: Vec<Analysis>,
}

impl Goal {
    /// A goal to increase something, with its text and nothing else set.
    pub fn new(id: GoalId, text: &str) -> Self {
        Self {
            id,
            area: String::new(),
            text: text.to_owned(),
            direction: Direction::Increase,
            target_change: None,
            unit: String::new(),
            target_note: String::new(),
            baseline_year: None,
            target_year: None,
            indicators: Vec::new(),
            followed_by: Vec::new(),
            targets: Vec::new(),
            analyses: Vec::new(),
        }
    }

    /// The change this organisation should reach: its own target, or the goal's.
    pub fn target_for(&self, organisation: Option<&OrganisationId>) -> Option<f64> {
        organisation
            .and_then(|o| self.targets.iter().find(|t| &t.organisation == o))
            .map(|t| t.change)
            .or(self.target_change)
    }

    /// The analysis written for `year`, if any.
    pub fn analysis(&self, year: i32) -> Option<&Analysis> {
        self.analyses.iter().find(|a| a.year == year)
    }
}

/// A target change for one organisation, in the goal's unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationTarget {
    pub organisation: OrganisationId,
    pub change: f64,
}

/// The analysis of a goal for one year of the follow-up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Analysis {
    pub year: i32,
    pub text: String,
}

/// ↑ öka or ↓ minska.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Direction {
    Increase,
    Decrease,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: IndicatorId,
    pub name: String,
    /// Where the numbers come from, in words ("Kolada", "Elevhälsan", or that they are
    /// example values).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// The indicator's key in Kolada (e.g. "N00945"), which an import matches on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kolada: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<IndicatorValue>,
}

impl Indicator {
    /// An indicator with a name and no values.
    pub fn new(id: IndicatorId, name: &str) -> Self {
        Self {
            id,
            name: name.to_owned(),
            source: String::new(),
            kolada: None,
            values: Vec::new(),
        }
    }

    /// The value for an organisation (`None`: the county as a whole), year and gender.
    pub fn value(
        &self,
        organisation: Option<&OrganisationId>,
        year: i32,
        gender: Gender,
    ) -> Option<&IndicatorValue> {
        self.values.iter().find(|v| {
            v.year == year && v.gender == gender && v.organisation.as_ref() == organisation
        })
    }

    /// The years with any value, in order.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.values.iter().map(|v| v.year).collect();
        years.sort_unstable();
        years.dedup();
        years
    }
}

/// One value of an indicator: an organisation's (or the county's), for a year and a gender.
/// A value has a number or says why it has none; a missing number is never stored as 0.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "StoredValue")]
pub struct IndicatorValue {
    pub year: i32,
    /// `None` for the county as a whole.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<OrganisationId>,
    #[serde(skip_serializing_if = "Gender::is_total")]
    pub gender: Gender,
    /// The number, or `None` when there is none (see `missing` for why).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    /// Why there is no number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing: Option<Missing>,
}

/// An indicator value as files hold it: format version 2 wrote the number as `value`
/// (always a number); version 3 writes `amount` or `missing`. Both read into
/// [`IndicatorValue`], which is written the version 3 way.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredValue {
    year: i32,
    #[serde(default)]
    organisation: Option<OrganisationId>,
    #[serde(default)]
    gender: Gender,
    #[serde(default)]
    amount: Option<f64>,
    #[serde(default)]
    missing: Option<Missing>,
    /// Version 2's number: a plain number, not an option.
    #[serde(default, deserialize_with = "plain_number")]
    value: Option<f64>,
}

fn plain_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    f64::deserialize(d).map(Some)
}

impl TryFrom<StoredValue> for IndicatorValue {
    type Error = &'static str;

    fn try_from(s: StoredValue) -> Result<Self, Self::Error> {
        let amount = match (s.amount, s.value) {
            // not UI: a detail of a syntax error, like the `ron` messages around it
            (Some(_), Some(_)) => return Err("a value has both `amount` and `value`"), // not UI
            (a, v) => a.or(v),
        };
        if amount.is_some() && s.missing.is_some() {
            return Err("a value has both a number and a reason why it is missing"); // not UI
        }
        Ok(Self {
            year: s.year,
            organisation: s.organisation,
            gender: s.gender,
            amount,
            missing: s.missing,
        })
    }
}

impl IndicatorValue {
    /// A reported number.
    pub fn number(
        year: i32,
        organisation: Option<OrganisationId>,
        gender: Gender,
        amount: f64,
    ) -> Self {
        Self {
            year,
            organisation,
            gender,
            amount: Some(amount),
            missing: None,
        }
    }

    /// No number, for a reason.
    pub fn missing(
        year: i32,
        organisation: Option<OrganisationId>,
        gender: Gender,
        why: Missing,
    ) -> Self {
        Self {
            year,
            organisation,
            gender,
            amount: None,
            missing: Some(why),
        }
    }
}

/// Whose value: everyone, women or men (Kolada's T, K and M).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Gender {
    #[default]
    Total,
    Women,
    Men,
}

impl Gender {
    pub const ALL: [Gender; 3] = [Gender::Total, Gender::Women, Gender::Men];

    pub fn is_total(&self) -> bool {
        *self == Gender::Total
    }
}

/// Why a value is missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Missing {
    /// Not reported (yet): the source has no number.
    NotReported,
    /// The indicator does not apply to this organisation.
    NotApplicable,
    /// Withheld (too few to report without revealing individuals).
    Confidential,
}

impl Missing {
    pub const ALL: [Missing; 3] = [
        Missing::NotReported,
        Missing::NotApplicable,
        Missing::Confidential,
    ];
}
