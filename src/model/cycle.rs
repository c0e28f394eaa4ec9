//! The annual cycle (årshjul): what each body does, month by month, every year.

use super::ids::{ActivityId, BodyId};
use chrono::Weekday;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnnualCycle {
    /// The month the operating year (verksamhetsår) starts in, 1–12. Bilaga 4 starts in August.
    pub start_month: u8,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<Activity>,
}

impl Default for AnnualCycle {
    fn default() -> Self {
        Self {
            start_month: 1,
            activities: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub id: ActivityId,
    pub body: BodyId,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub when: Recurrence,
    /// Whether the activity is a meeting of the body, so planning a year creates one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub is_meeting: bool,
    /// Whether the activity is a report-back from bodies to another, so planning a year
    /// creates an assignment for each reporting body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_back: Option<super::report_back::ReportBack>,
}

/// When in the year an activity recurs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Recurrence {
    /// Some time in the month (1–12).
    Month(u8),
    /// In ISO week 1–53 (53 only in years that have it).
    IsoWeek(u8),
    /// The n-th weekday of a month; `n` = -1 is the last one.
    NthWeekday { month: u8, n: i8, weekday: Weekday },
    /// A fixed day every year.
    FixedDate { month: u8, day: u8 },
}

impl Recurrence {
    /// The month the activity falls in, for placing it in the wheel and the Bilaga 4 table.
    /// An ISO week is placed in the month of its Thursday in a typical year.
    pub fn month(&self) -> u8 {
        match self {
            Recurrence::Month(m) => *m,
            Recurrence::IsoWeek(w) => {
                let w = u32::from((*w).clamp(1, 53));
                // Week 1 holds 4 January; each week is 7 days later. Day of year of its Thursday.
                let day_of_year = 4 + (w - 1) * 7;
                let mut month = 1;
                let mut left = day_of_year;
                for len in [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] {
                    if left <= len {
                        break;
                    }
                    left -= len;
                    month += 1;
                }
                month.min(12)
            }
            Recurrence::NthWeekday { month, .. } | Recurrence::FixedDate { month, .. } => *month,
        }
    }
}
