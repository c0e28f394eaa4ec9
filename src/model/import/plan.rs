//! The import plan: what a file's rows would add, change, keep or reject, matched against
//! the document, before anything changes. Every row is accounted for: it is planned, found
//! unchanged, kept (see [`ImportPlan::kept`]) or rejected with its number and why.

use super::cells::{parse_amount, parse_gender, parse_year};
use super::{Input, Reading, Row, Source};
use crate::edit::Edit;
use crate::model::document::Document;
use crate::model::goal::{Gender, Goal, Indicator, IndicatorValue};
use crate::model::ids::{GoalId, IndicatorId, OrganisationId};
use std::collections::HashMap;
use std::ops::RangeInclusive;
use std::str::FromStr;

/// The years an import accepts unless told otherwise.
pub const DEFAULT_YEARS: RangeInclusive<i32> = 1950..=2100;

/// How to plan: the years accepted and the indicators connected to Kolada ids.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportOptions {
    pub years: RangeInclusive<i32>,
    pub mappings: Vec<Mapping>,
}

impl Default for ImportOptions {
    fn default() -> Self {
        Self {
            years: DEFAULT_YEARS,
            mappings: Vec::new(),
        }
    }
}

impl ImportOptions {
    /// Years from 1950 up to `last` (the command line passes next year: statistics are of
    /// years gone by, so a later year is a mistake in the file).
    pub fn until(last: i32) -> Self {
        Self {
            years: *DEFAULT_YEARS.start()..=last,
            mappings: Vec::new(),
        }
    }
}

/// Connect an indicator to a Kolada id, e.g. `i-3=N00945`. The import matches rows on it and
/// keeps it on the indicator (part of the same edit).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mapping {
    pub indicator: IndicatorId,
    pub kolada: String,
}

impl FromStr for Mapping {
    type Err = MappingError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let syntax = || MappingError::Syntax(s.to_owned());
        let (indicator, kolada) = s.split_once('=').ok_or_else(syntax)?;
        let (indicator, kolada) = (indicator.trim(), kolada.trim());
        if indicator.is_empty() || kolada.is_empty() {
            return Err(syntax());
        }
        Ok(Self {
            indicator: IndicatorId::new(indicator),
            kolada: kolada.to_owned(),
        })
    }
}

/// A mapping that cannot be used; the plan is refused as a whole.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MappingError {
    /// Not `INDICATOR=KPI`.
    #[error("not INDICATOR=KPI: {0:?}")]
    Syntax(String),
    /// No indicator has this id.
    #[error("no indicator {0}")]
    UnknownIndicator(IndicatorId),
    /// One indicator connected to two different Kolada ids.
    #[error("indicator {0} mapped twice")]
    Twice(IndicatorId),
}

impl MappingError {
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        crate::i18n::import::mapping_error(self, lang)
    }
}

/// A value the import adds, or one it would change, found in a goal's indicator.
#[derive(Clone, Debug, PartialEq)]
pub struct Planned {
    pub row: usize,
    pub goal: GoalId,
    pub indicator: IndicatorId,
    pub value: IndicatorValue,
}

/// A value in the document and what the file has in its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub row: usize,
    pub goal: GoalId,
    pub indicator: IndicatorId,
    pub old: IndicatorValue,
    pub new: IndicatorValue,
}

/// A Kolada id the import writes on an indicator (from a [`Mapping`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MappingChange {
    pub goal: GoalId,
    pub indicator: IndicatorId,
    pub old: Option<String>,
    pub new: String,
}

/// A row the import leaves out, with its number in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejected {
    pub row: usize,
    pub reason: RejectReason,
    /// The row as the file has it, to show beside the reason.
    pub input: Row,
}

/// Why a row is left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RejectReason {
    /// No organisation has this code (or, in a table, id or name).
    UnknownOrganisation(String),
    /// Several organisations have this code or name.
    AmbiguousOrganisation(String),
    /// No indicator has this Kolada id (or id or name) and no mapping connects one.
    UnknownIndicator(String),
    /// The value is not a number nor a mark for a missing one.
    NotANumber(String),
    /// The year is not a year.
    NotAYear(String),
    /// The year is outside the years accepted.
    YearOutOfRange(i32),
    /// Not T/K/M nor Totalt/Kvinnor/Män.
    UnknownGender(String),
    /// The file has the same indicator, organisation, year and gender again in `other`.
    Duplicate { other: usize },
}

impl RejectReason {
    pub fn message(&self, source: Source, lang: crate::i18n::Lang) -> String {
        crate::i18n::import::reason(self, source, lang)
    }
}

/// What importing a file would do. Lists are in file order.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    pub source: Source,
    /// Rows read from the file.
    pub rows: usize,
    pub added: Vec<Planned>,
    pub changed: Vec<Change>,
    /// Values the document already has just so.
    pub unchanged: usize,
    /// The file has no number where the document has one: the document's number is kept (a
    /// source that lacks a value does not take away one typed in by hand). `new` is what the
    /// file says.
    pub kept: Vec<Change>,
    pub rejected: Vec<Rejected>,
    /// Kolada ids written on indicators.
    pub mappings: Vec<MappingChange>,
}

/// One place a row's value goes: goal and indicator by position in the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Target {
    goal: usize,
    indicator: usize,
}

/// A row that could be read and matched.
struct Matched {
    targets: Vec<Target>,
    organisation: OrganisationId,
    year: i32,
    gender: Gender,
    value: Reading,
}

/// Plan importing `input` into `doc`. Fails only on a mapping that cannot be used; every row
/// ends up in one of the plan's lists.
pub fn plan(
    doc: &Document,
    input: &Input,
    options: &ImportOptions,
) -> Result<ImportPlan, MappingError> {
    let keys = kolada_keys(doc, &options.mappings)?;
    let mut out = ImportPlan {
        source: input.source,
        rows: input.rows.len(),
        added: Vec::new(),
        changed: Vec::new(),
        unchanged: 0,
        kept: Vec::new(),
        rejected: Vec::new(),
        mappings: mapping_changes(doc, &options.mappings),
    };
    let matched: Vec<Result<Matched, RejectReason>> = input
        .rows
        .iter()
        .map(|row| match_row(doc, &keys, input.source, options, row))
        .collect();
    let duplicates = duplicates(&input.rows, &matched);
    for ((row, m), dup) in input.rows.iter().zip(matched).zip(duplicates) {
        let m = match (m, dup) {
            (Err(reason), _) => Err(reason),
            (Ok(_), Some(other)) => Err(RejectReason::Duplicate { other }),
            (Ok(m), None) => Ok(m),
        };
        match m {
            Err(reason) => out.rejected.push(Rejected {
                row: row.row,
                reason,
                input: row.clone(),
            }),
            Ok(m) => place(doc, row.row, &m, &mut out),
        }
    }
    Ok(out)
}

/// The Kolada id each indicator is matched on: a mapping's, else its own.
fn kolada_keys(
    doc: &Document,
    mappings: &[Mapping],
) -> Result<HashMap<Target, String>, MappingError> {
    let mut mapped: HashMap<&IndicatorId, &str> = HashMap::new();
    for m in mappings {
        if find_indicator(doc, &m.indicator).is_none() {
            return Err(MappingError::UnknownIndicator(m.indicator.clone()));
        }
        match mapped.insert(&m.indicator, m.kolada.as_str()) {
            Some(before) if !before.eq_ignore_ascii_case(&m.kolada) => {
                return Err(MappingError::Twice(m.indicator.clone()));
            }
            _ => {}
        }
    }
    let mut keys = HashMap::new();
    for (g, goal) in doc.goals.iter().enumerate() {
        for (i, ind) in goal.indicators.iter().enumerate() {
            let key = mapped
                .get(&ind.id)
                .map(|k| (*k).to_owned())
                .or_else(|| ind.kolada.clone());
            if let Some(key) = key {
                keys.insert(
                    Target {
                        goal: g,
                        indicator: i,
                    },
                    key.trim().to_owned(),
                );
            }
        }
    }
    Ok(keys)
}

fn find_indicator<'a>(doc: &'a Document, id: &IndicatorId) -> Option<(&'a Goal, &'a Indicator)> {
    doc.goals
        .iter()
        .find_map(|g| g.indicators.iter().find(|i| &i.id == id).map(|i| (g, i)))
}

fn mapping_changes(doc: &Document, mappings: &[Mapping]) -> Vec<MappingChange> {
    let mut out: Vec<MappingChange> = Vec::new();
    for m in mappings {
        let Some((goal, ind)) = find_indicator(doc, &m.indicator) else {
            continue;
        };
        if ind.kolada.as_deref() == Some(m.kolada.as_str())
            || out.iter().any(|c| c.indicator == m.indicator)
        {
            continue;
        }
        out.push(MappingChange {
            goal: goal.id.clone(),
            indicator: ind.id.clone(),
            old: ind.kolada.clone(),
            new: m.kolada.clone(),
        });
    }
    out
}

/// Read a row's texts and find its indicators and organisation.
fn match_row(
    doc: &Document,
    keys: &HashMap<Target, String>,
    source: Source,
    options: &ImportOptions,
    row: &Row,
) -> Result<Matched, RejectReason> {
    let targets = indicators_for(doc, keys, source, &row.indicator);
    if targets.is_empty() {
        return Err(RejectReason::UnknownIndicator(row.indicator.clone()));
    }
    let organisation = organisation_for(doc, source, &row.organisation)?;
    let year = parse_year(&row.year).ok_or_else(|| RejectReason::NotAYear(row.year.clone()))?;
    if !options.years.contains(&year) {
        return Err(RejectReason::YearOutOfRange(year));
    }
    let gender =
        parse_gender(&row.gender).ok_or_else(|| RejectReason::UnknownGender(row.gender.clone()))?;
    let value = match &row.value {
        Reading::Text(t) => match parse_amount(t) {
            Some(Ok(x)) => Reading::Number(x),
            Some(Err(why)) => Reading::Missing(why),
            None => return Err(RejectReason::NotANumber(t.clone())),
        },
        other => other.clone(),
    };
    Ok(Matched {
        targets,
        organisation,
        year,
        gender,
        value,
    })
}

/// The indicators a row's text names: by Kolada id (a mapping's or the indicator's own) the
/// indicators that have it, all of them (one measure may follow several goals); in a table
/// also one indicator by its id, or those with the name.
fn indicators_for(
    doc: &Document,
    keys: &HashMap<Target, String>,
    source: Source,
    text: &str,
) -> Vec<Target> {
    let text = text.trim();
    if text.is_empty() {
        return Vec::new();
    }
    let all = || {
        doc.goals.iter().enumerate().flat_map(|(g, goal)| {
            goal.indicators.iter().enumerate().map(move |(i, ind)| {
                (
                    Target {
                        goal: g,
                        indicator: i,
                    },
                    ind,
                )
            })
        })
    };
    if source == Source::Table
        && let Some((t, _)) = all().find(|(_, ind)| ind.id.as_str() == text)
    {
        return vec![t];
    }
    let by_kolada: Vec<Target> = all()
        .filter(|(t, _)| keys.get(t).is_some_and(|k| k.eq_ignore_ascii_case(text)))
        .map(|(t, _)| t)
        .collect();
    if !by_kolada.is_empty() || source == Source::Kolada {
        return by_kolada;
    }
    let name = fold(text);
    all()
        .filter(|(_, ind)| fold(&ind.name) == name)
        .map(|(t, _)| t)
        .collect()
}

/// Lower case with runs of white space as one space, for matching names.
fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The organisation a row names: by code (Kolada writes a region as "0017"; "0000", the
/// country, matches only an organisation that has that code); in a table also by id, name or
/// short name, and a code a spreadsheet shortened ("180" for "0180") when nothing else fits.
fn organisation_for(
    doc: &Document,
    source: Source,
    text: &str,
) -> Result<OrganisationId, RejectReason> {
    let text = text.trim();
    let unknown = || RejectReason::UnknownOrganisation(text.to_owned());
    if text.is_empty() {
        return Err(unknown());
    }
    let one = |found: Vec<&OrganisationId>| -> Option<Result<OrganisationId, RejectReason>> {
        match found.as_slice() {
            [] => None,
            [id] => Some(Ok((*id).clone())),
            _ => Some(Err(RejectReason::AmbiguousOrganisation(text.to_owned()))),
        }
    };
    let by_code = |code: &str| {
        doc.organisations
            .iter()
            .filter(|o| o.code.as_deref().map(str::trim) == Some(code))
            .map(|o| &o.id)
            .collect::<Vec<_>>()
    };
    if let Some(found) = one(by_code(text)) {
        return found;
    }
    if source == Source::Kolada {
        return Err(unknown());
    }
    if let Some(o) = doc.organisations.iter().find(|o| o.id.as_str() == text) {
        return Ok(o.id.clone());
    }
    let name = fold(text);
    let by_name = doc
        .organisations
        .iter()
        .filter(|o| {
            fold(&o.name) == name || (!o.short_name.is_empty() && fold(&o.short_name) == name)
        })
        .map(|o| &o.id)
        .collect();
    if let Some(found) = one(by_name) {
        return found;
    }
    if text.len() < 4 && text.chars().all(|c| c.is_ascii_digit()) {
        let padded = format!("{text:0>4}");
        if let Some(found) = one(by_code(&padded)) {
            return found;
        }
    }
    Err(unknown())
}

/// For each row, another row with a value for the same indicator, organisation, year and
/// gender, if any: the next such row for the first, the first for the others. Both are
/// rejected, since the file does not say which one is right.
fn duplicates(rows: &[Row], matched: &[Result<Matched, RejectReason>]) -> Vec<Option<usize>> {
    let mut seen: HashMap<(Target, &OrganisationId, i32, Gender), Vec<usize>> = HashMap::new();
    for (k, m) in matched.iter().enumerate() {
        if let Ok(m) = m {
            for t in &m.targets {
                seen.entry((*t, &m.organisation, m.year, m.gender))
                    .or_default()
                    .push(k);
            }
        }
    }
    let mut out = vec![None; rows.len()];
    let mut groups: Vec<&Vec<usize>> = seen.values().filter(|g| g.len() > 1).collect();
    groups.sort();
    for group in groups {
        for (n, &k) in group.iter().enumerate() {
            let other = if n == 0 { group[1] } else { group[0] };
            out[k].get_or_insert(rows[other].row);
        }
    }
    out
}

/// Put a matched row's value into the plan's lists, once for every indicator it goes to.
fn place(doc: &Document, row: usize, m: &Matched, out: &mut ImportPlan) {
    for t in &m.targets {
        let goal = &doc.goals[t.goal];
        let ind = &goal.indicators[t.indicator];
        let organisation = Some(m.organisation.clone());
        let new = match m.value {
            Reading::Number(x) => IndicatorValue::number(m.year, organisation, m.gender, x),
            Reading::Missing(why) => IndicatorValue::missing(m.year, organisation, m.gender, why),
            // `match_row` read every text.
            Reading::Text(_) => continue,
        };
        let planned = |value| Planned {
            row,
            goal: goal.id.clone(),
            indicator: ind.id.clone(),
            value,
        };
        match ind.value(Some(&m.organisation), m.year, m.gender) {
            None => out.added.push(planned(new)),
            Some(old) if old.amount == new.amount && old.missing == new.missing => {
                out.unchanged += 1;
            }
            Some(old) => {
                let change = Change {
                    row,
                    goal: goal.id.clone(),
                    indicator: ind.id.clone(),
                    old: old.clone(),
                    new,
                };
                if old.amount.is_some() && change.new.amount.is_none() {
                    out.kept.push(change);
                } else {
                    out.changed.push(change);
                }
            }
        }
    }
}

impl ImportPlan {
    /// No row was rejected.
    pub fn is_clean(&self) -> bool {
        self.rejected.is_empty()
    }

    /// Nothing would change.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.mappings.is_empty()
    }

    /// The indicator texts no indicator matched, each once in file order: what a dialog
    /// offers to connect to an indicator with a [`Mapping`].
    pub fn unknown_indicators(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for r in &self.rejected {
            if let RejectReason::UnknownIndicator(text) = &r.reason
                && !out.contains(&text.as_str())
            {
                out.push(text);
            }
        }
        out
    }

    /// The import as one undo step: a batch that puts every goal it touches, with the values
    /// added (after the indicator's values), changed (in their places) and the mappings
    /// written. Rejected and kept rows change nothing. `None` when nothing would change.
    /// `doc` is the document the plan was made for.
    pub fn edit(&self, doc: &Document) -> Option<Edit> {
        let mut goals: Vec<Goal> = Vec::new();
        let mut goal = |id: &GoalId| -> Option<usize> {
            if let Some(k) = goals.iter().position(|g| &g.id == id) {
                return Some(k);
            }
            goals.push(doc.goals.iter().find(|g| &g.id == id)?.clone());
            Some(goals.len() - 1)
        };
        let mut touched: Vec<(usize, IndicatorId, Option<String>, Option<IndicatorValue>)> =
            Vec::new();
        for m in &self.mappings {
            if let Some(k) = goal(&m.goal) {
                touched.push((k, m.indicator.clone(), Some(m.new.clone()), None));
            }
        }
        for c in &self.changed {
            if let Some(k) = goal(&c.goal) {
                touched.push((k, c.indicator.clone(), None, Some(c.new.clone())));
            }
        }
        for a in &self.added {
            if let Some(k) = goal(&a.goal) {
                touched.push((k, a.indicator.clone(), None, Some(a.value.clone())));
            }
        }
        for (k, indicator, kolada, value) in touched {
            let Some(ind) = goals[k].indicators.iter_mut().find(|i| i.id == indicator) else {
                continue;
            };
            if let Some(kolada) = kolada {
                ind.kolada = Some(kolada);
            }
            if let Some(v) = value {
                let same = |x: &IndicatorValue| {
                    x.year == v.year && x.gender == v.gender && x.organisation == v.organisation
                };
                match ind.values.iter_mut().find(|x| same(x)) {
                    Some(x) => *x = v,
                    None => ind.values.push(v),
                }
            }
        }
        // In the document's order of goals, so the batch reads like the document.
        let order = |g: &Goal| doc.goals.iter().position(|d| d.id == g.id);
        goals.sort_by_key(order);
        let edits: Vec<Edit> = goals
            .into_iter()
            .filter(|g| doc.goals.iter().find(|d| d.id == g.id) != Some(g))
            .map(Edit::PutGoal)
            .collect();
        (!edits.is_empty()).then_some(Edit::Batch(edits))
    }
}
