//! Progress against a shared goal (Aktuellt perspektiv): has an organisation moved the
//! right way since the goal's baseline year, and by how much of the target?
//!
//! The change is measured in the goal's unit: a plain difference for percentage points,
//! counts and rates (per 100 000 invånare), a relative change for a unit in percent
//! ("procent", "%"). It is signed by the goal's direction, so a positive change is always
//! the right way. With a target the status says whether all of it, part of it or none of it
//! is reached; without one, any move the right way counts as reached. A missing value
//! (in the baseline year or the year judged) gives [`Status::Missing`], never a zero.

use super::document::Document;
use super::goal::{Direction, Gender, Goal, Indicator, Missing};
use super::ids::OrganisationId;

/// How an organisation stands against a goal in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Moved the right way by at least the target (or the right way, where there is none).
    Reached,
    /// Moved the right way, but by less than the target.
    Partly,
    /// Not moved.
    Unchanged,
    /// Moved the wrong way.
    WrongWay,
    /// No value in the baseline year or in the year judged.
    Missing,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Reached,
        Status::Partly,
        Status::Unchanged,
        Status::WrongWay,
        Status::Missing,
    ];

    /// Moved the right way (all or part of the target).
    pub fn is_right_way(self) -> bool {
        matches!(self, Status::Reached | Status::Partly)
    }
}

/// The status with what it was computed from, for the hover text and the report.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    pub status: Status,
    /// The value in the baseline year.
    pub baseline: Option<f64>,
    /// The value in the year judged.
    pub value: Option<f64>,
    /// The change in the goal's unit, signed so that positive is the goal's direction.
    pub progress: Option<f64>,
    /// The target for this organisation, in the goal's unit.
    pub target: Option<f64>,
    /// Why the value of the year judged is missing, where the source says so.
    pub missing: Option<Missing>,
}

/// Whether a unit means a relative change ("öka med 5 procent") rather than a difference.
pub fn is_relative(unit: &str) -> bool {
    let unit = unit.trim().to_lowercase();
    unit == "%" || unit == "procent" || unit == "percent"
}

/// Changes smaller than this (relative to the baseline) count as no change, so that
/// rounding in the source does not colour a cell.
const UNCHANGED: f64 = 1e-9;

/// The progress of `organisation` (`None`: the county as a whole) on `indicator` of `goal`
/// from the goal's baseline year to `year`.
pub fn progress(
    goal: &Goal,
    indicator: &Indicator,
    organisation: Option<&OrganisationId>,
    year: i32,
) -> Progress {
    let target = goal.target_for(organisation);
    let at = |y: i32| indicator.value(organisation, y, Gender::Total);
    let baseline = goal.baseline_year.and_then(at).and_then(|v| v.amount);
    let now = at(year);
    let value = now.and_then(|v| v.amount);
    let missing = now.and_then(|v| v.missing);
    let none = Progress {
        status: Status::Missing,
        baseline,
        value,
        progress: None,
        target,
        missing,
    };
    let (Some(b), Some(v)) = (baseline, value) else {
        return none;
    };
    let change = if is_relative(&goal.unit) {
        if b == 0.0 {
            return none;
        }
        (v - b) / b.abs() * 100.0
    } else {
        v - b
    };
    let signed = match goal.direction {
        Direction::Increase => change,
        Direction::Decrease => -change,
    };
    let status = if signed.abs() <= UNCHANGED * b.abs().max(1.0) {
        Status::Unchanged
    } else if signed < 0.0 {
        Status::WrongWay
    } else {
        match target {
            Some(t) if signed < t.abs() => Status::Partly,
            _ => Status::Reached,
        }
    };
    Progress {
        status,
        progress: Some(signed),
        ..none
    }
}

/// The indicator a goal is judged by for `organisation`: its first with a value for it,
/// else its first.
pub fn main_indicator<'a>(
    goal: &'a Goal,
    organisation: Option<&OrganisationId>,
) -> Option<&'a Indicator> {
    goal.indicators
        .iter()
        .find(|i| {
            i.values
                .iter()
                .any(|v| v.organisation.as_ref() == organisation)
        })
        .or(goal.indicators.first())
}

/// The progress of an organisation on a goal, judged by its main indicator.
pub fn goal_progress(goal: &Goal, organisation: Option<&OrganisationId>, year: i32) -> Progress {
    match main_indicator(goal, organisation) {
        Some(indicator) => progress(goal, indicator, organisation, year),
        None => Progress {
            status: Status::Missing,
            baseline: None,
            value: None,
            progress: None,
            target: goal.target_for(organisation),
            missing: None,
        },
    }
}

/// The organisations a follow-up compares: those with any indicator value, in the
/// document's order (municipalities first, then the region and the others).
pub fn followed_organisations(doc: &Document) -> Vec<OrganisationId> {
    let mut with_values = std::collections::HashSet::new();
    for v in doc
        .goals
        .iter()
        .flat_map(|g| &g.indicators)
        .flat_map(|i| &i.values)
    {
        if let Some(o) = &v.organisation {
            with_values.insert(o);
        }
    }
    let mut orgs: Vec<&super::organisation::Organisation> = doc
        .organisations
        .iter()
        .filter(|o| with_values.contains(&o.id))
        .collect();
    orgs.sort_by_key(|o| o.kind != super::organisation::OrganisationKind::Municipality);
    orgs.into_iter().map(|o| o.id.clone()).collect()
}

/// The years any indicator of the document has a value for, in order.
pub fn years(doc: &Document) -> Vec<i32> {
    let mut years: Vec<i32> = doc
        .goals
        .iter()
        .flat_map(|g| &g.indicators)
        .flat_map(|i| &i.values)
        .map(|v| v.year)
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The organisations with any value for `goal`, in the order of `organisations`.
pub fn organisations_of_goal(goal: &Goal, organisations: &[OrganisationId]) -> Vec<OrganisationId> {
    let with: std::collections::HashSet<&OrganisationId> = goal
        .indicators
        .iter()
        .flat_map(|i| &i.values)
        .filter_map(|v| v.organisation.as_ref())
        .collect();
    organisations
        .iter()
        .filter(|o| with.contains(o))
        .cloned()
        .collect()
}

/// Goals down, organisations across, the progress of each in one year. Sparse: only the
/// organisations with values for a goal are computed (a national document has thousands
/// of organisations, each goal a county's worth); every other cell is missing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StatusTable {
    pub year: i32,
    /// Indices into the document's goals, in its order.
    pub goals: Vec<usize>,
    pub organisations: Vec<OrganisationId>,
    /// Per goal row: (column, progress) of the organisations with values, by column.
    rows: Vec<Vec<(usize, Progress)>>,
    /// The progress of a cell without values, per goal row (its target, nothing else).
    empty: Vec<Progress>,
    /// The county as a whole, per goal row.
    pub county: Vec<Progress>,
}

impl StatusTable {
    /// The table of `year` for the goals `keep` lets through.
    pub fn build(doc: &Document, year: i32, keep: impl Fn(&Goal) -> bool) -> Self {
        let organisations = followed_organisations(doc);
        let column: std::collections::HashMap<&OrganisationId, usize> = organisations
            .iter()
            .enumerate()
            .map(|(i, o)| (o, i))
            .collect();
        let goals: Vec<usize> = (0..doc.goals.len())
            .filter(|&i| keep(&doc.goals[i]))
            .collect();
        let mut rows = Vec::with_capacity(goals.len());
        let mut empty = Vec::with_capacity(goals.len());
        let mut county = Vec::with_capacity(goals.len());
        for &g in &goals {
            let goal = &doc.goals[g];
            let mut cols: Vec<usize> = goal
                .indicators
                .iter()
                .flat_map(|i| &i.values)
                .filter_map(|v| v.organisation.as_ref().and_then(|o| column.get(o).copied()))
                .collect();
            cols.sort_unstable();
            cols.dedup();
            rows.push(
                cols.into_iter()
                    .map(|c| (c, goal_progress(goal, Some(&organisations[c]), year)))
                    .collect(),
            );
            empty.push(Progress {
                status: Status::Missing,
                baseline: None,
                value: None,
                progress: None,
                target: goal.target_change,
                missing: None,
            });
            county.push(goal_progress(goal, None, year));
        }
        Self {
            year,
            goals,
            organisations,
            rows,
            empty,
            county,
        }
    }

    /// The progress of organisation `column` on goal `row`.
    pub fn cell(&self, row: usize, column: usize) -> Progress {
        let cells = &self.rows[row];
        match cells.binary_search_by_key(&column, |(c, _)| *c) {
            Ok(i) => cells[i].1,
            Err(_) => self.empty[row],
        }
    }

    /// How many cells have each status, in [`Status::ALL`] order.
    pub fn counts(&self) -> [usize; 5] {
        let mut counts = [0; 5];
        let mut computed = 0;
        for (_, p) in self.rows.iter().flatten() {
            if let Some(i) = Status::ALL.iter().position(|s| *s == p.status) {
                counts[i] += 1;
            }
            computed += 1;
        }
        counts[4] += self.goals.len() * self.organisations.len() - computed;
        counts
    }

    /// Per goal row: in how many organisations it moved the right way.
    pub fn right_way_per_goal(&self) -> Vec<usize> {
        self.rows
            .iter()
            .map(|row| row.iter().filter(|(_, p)| p.status.is_right_way()).count())
            .collect()
    }

    /// Per goal row: the columns of the organisations with values for it.
    pub fn columns_with_values(&self, row: usize) -> impl Iterator<Item = usize> + '_ {
        self.rows[row].iter().map(|(c, _)| *c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::goal::IndicatorValue;
    use crate::model::ids::{GoalId, IndicatorId};

    fn goal(direction: Direction, target: Option<f64>, unit: &str, values: &[(i32, f64)]) -> Goal {
        let mut indicator = Indicator::new(IndicatorId::new("i1"), "Indikator");
        let o = Some(OrganisationId::new("o1"));
        for &(year, v) in values {
            indicator
                .values
                .push(IndicatorValue::number(year, o.clone(), Gender::Total, v));
        }
        Goal {
            direction,
            target_change: target,
            unit: unit.into(),
            baseline_year: Some(2017),
            indicators: vec![indicator],
            ..Goal::new(GoalId::new("g1"), "Mål")
        }
    }

    fn status(g: &Goal, year: i32) -> Status {
        goal_progress(g, Some(&OrganisationId::new("o1")), year).status
    }

    #[test]
    fn an_increase_goal_in_percentage_points() {
        let g = goal(
            Direction::Increase,
            Some(2.0),
            "procentenheter",
            &[
                (2017, 50.0),
                (2020, 53.0),
                (2021, 51.0),
                (2022, 50.0),
                (2023, 48.5),
            ],
        );
        assert_eq!(status(&g, 2020), Status::Reached);
        assert_eq!(status(&g, 2021), Status::Partly);
        assert_eq!(status(&g, 2022), Status::Unchanged);
        assert_eq!(status(&g, 2023), Status::WrongWay);
        let p = goal_progress(&g, Some(&OrganisationId::new("o1")), 2023);
        assert_eq!(p.progress, Some(-1.5));
        assert_eq!(p.baseline, Some(50.0));
        assert_eq!(p.value, Some(48.5));
    }

    #[test]
    fn a_decrease_goal_counts_a_fall_as_the_right_way() {
        let g = goal(
            Direction::Decrease,
            Some(2.0),
            "procentenheter",
            &[(2017, 10.0), (2020, 7.5), (2021, 9.0), (2022, 11.0)],
        );
        assert_eq!(status(&g, 2020), Status::Reached);
        assert_eq!(status(&g, 2021), Status::Partly);
        assert_eq!(status(&g, 2022), Status::WrongWay);
    }

    #[test]
    fn a_rate_per_100000_is_a_difference_in_its_unit() {
        let g = goal(
            Direction::Decrease,
            Some(1000.0),
            "per 100 000 invånare",
            &[(2017, 5200.0), (2021, 4300.0), (2022, 4100.0)],
        );
        assert_eq!(status(&g, 2021), Status::Partly);
        assert_eq!(status(&g, 2022), Status::Reached);
    }

    #[test]
    fn a_target_in_percent_is_a_relative_change() {
        let g = goal(
            Direction::Increase,
            Some(10.0),
            "procent",
            &[(2017, 200.0), (2021, 215.0), (2022, 222.0)],
        );
        assert_eq!(status(&g, 2021), Status::Partly, "7.5 % of 10 %");
        assert_eq!(status(&g, 2022), Status::Reached, "11 %");
    }

    #[test]
    fn without_a_target_any_move_the_right_way_is_reached() {
        let g = goal(Direction::Increase, None, "", &[(2017, 1.0), (2018, 1.1)]);
        assert_eq!(status(&g, 2018), Status::Reached);
    }

    #[test]
    fn a_missing_value_is_missing_not_zero() {
        let mut g = goal(
            Direction::Decrease,
            Some(2.0),
            "procentenheter",
            &[(2017, 10.0)],
        );
        g.indicators[0].values.push(IndicatorValue::missing(
            2020,
            Some(OrganisationId::new("o1")),
            Gender::Total,
            Missing::Confidential,
        ));
        let p = goal_progress(&g, Some(&OrganisationId::new("o1")), 2020);
        assert_eq!(p.status, Status::Missing);
        assert_eq!(p.missing, Some(Missing::Confidential));
        assert_eq!(status(&g, 2021), Status::Missing, "no row at all");
        // No baseline value: missing too, whatever the year judged has.
        let g = goal(
            Direction::Increase,
            Some(2.0),
            "procentenheter",
            &[(2019, 10.0), (2020, 20.0)],
        );
        assert_eq!(status(&g, 2020), Status::Missing);
    }

    #[test]
    fn an_organisations_own_target_overrides_the_goals() {
        let mut g = goal(
            Direction::Increase,
            Some(2.0),
            "procentenheter",
            &[(2017, 50.0), (2020, 53.0)],
        );
        g.targets.push(crate::model::goal::OrganisationTarget {
            organisation: OrganisationId::new("o1"),
            change: 5.0,
        });
        assert_eq!(status(&g, 2020), Status::Partly);
    }

    #[test]
    fn the_table_counts_statuses_and_right_ways() {
        let mut doc = Document::new("T");
        doc.organisations.push(crate::model::Organisation::new(
            OrganisationId::new("o1"),
            "Arvika kommun",
            crate::model::OrganisationKind::Municipality,
        ));
        doc.goals.push(goal(
            Direction::Increase,
            Some(2.0),
            "procentenheter",
            &[(2017, 50.0), (2020, 53.0)],
        ));
        doc.goals.push(goal(
            Direction::Decrease,
            Some(2.0),
            "procentenheter",
            &[(2017, 50.0), (2020, 53.0)],
        ));
        let table = StatusTable::build(&doc, 2020, |_| true);
        assert_eq!(table.organisations, vec![OrganisationId::new("o1")]);
        assert_eq!(table.cell(0, 0).status, Status::Reached);
        assert_eq!(table.cell(1, 0).status, Status::WrongWay);
        assert_eq!(table.counts(), [1, 0, 0, 1, 0]);
        assert_eq!(table.right_way_per_goal(), vec![1, 0]);
        assert_eq!(table.county[0].status, Status::Missing);
        let only_first = StatusTable::build(&doc, 2020, |g| g.direction == Direction::Increase);
        assert_eq!(only_first.goals, vec![0]);
    }
}
