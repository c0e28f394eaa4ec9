//! One pass over the document that reports every problem at once, each with a severity,
//! a message in Swedish and English, and the path of the record it concerns.

use super::body::CompositionRule;
use super::ids::{AgendaItemId, BodyId, GoalId, MeetingId, OrganisationId, PersonId};
use super::meeting::Participant;
use super::{Assignee, Document, LinkKind, OrganisationKind, Recurrence};
use crate::i18n::{Label, Lang};
use chrono::{Datelike, NaiveDate};
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// The record a problem concerns, so the app can open it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Document,
    Organisation(OrganisationId),
    Person(PersonId),
    Body(BodyId),
    Meeting(MeetingId),
    Goal(GoalId),
    /// Anything else is found through its path.
    Other,
}

/// Which rule found a problem, so views can pick the problems they show by rule rather than
/// by their words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Check {
    DuplicateIds,
    References,
    Values,
    Composition,
    Seats,
    DoubleBookings,
    DateRange,
    ReportCycles,
    TimingRules,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub check: Check,
    /// Where in the document, e.g. `bodies[3].memberships[1]`.
    pub path: String,
    pub target: Target,
    pub sv: String,
    pub en: String,
}

impl Problem {
    pub fn message(&self, english: bool) -> &str {
        if english { &self.en } else { &self.sv }
    }
}

/// At most this many double bookings are listed; a document with thousands of meetings on
/// one day would otherwise list millions.
pub const MAX_DOUBLE_BOOKINGS: usize = 200;
/// The years a date may have: what iCalendar, the PDFs and spreadsheets can write.
pub const MIN_YEAR: i32 = 1;
pub const MAX_YEAR: i32 = 9999;

/// Validate the whole document. `today` decides which memberships have run out.
pub fn validate(doc: &Document, today: NaiveDate) -> Vec<Problem> {
    let mut v = Validator {
        doc,
        problems: Vec::new(),
        check: Check::DuplicateIds,
    };
    v.duplicate_ids();
    v.check = Check::References;
    v.references();
    v.check = Check::Values;
    v.values();
    v.check = Check::Composition;
    v.composition();
    v.check = Check::Seats;
    v.seats(today);
    v.check = Check::DoubleBookings;
    v.double_bookings();
    v.check = Check::DateRange;
    v.date_range();
    v.check = Check::ReportCycles;
    v.report_cycles();
    v.check = Check::TimingRules;
    v.timing_rules();
    v.problems
}

struct Validator<'a> {
    doc: &'a Document,
    problems: Vec<Problem>,
    /// The rule running now.
    check: Check,
}

impl Validator<'_> {
    fn push(&mut self, severity: Severity, path: String, target: Target, sv: String, en: String) {
        self.problems.push(Problem {
            severity,
            check: self.check,
            path,
            target,
            sv,
            en,
        });
    }

    fn error(&mut self, path: String, target: Target, sv: String, en: String) {
        self.push(Severity::Error, path, target, sv, en);
    }

    fn warning(&mut self, path: String, target: Target, sv: String, en: String) {
        self.push(Severity::Warning, path, target, sv, en);
    }

    fn duplicate_ids(&mut self) {
        let d = self.doc;
        let mut groups: Vec<(&str, Vec<(String, &str)>)> = vec![
            (
                "organisations",
                d.organisations
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("organisations[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "people",
                d.people
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("people[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "bodies",
                d.bodies
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("bodies[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "links",
                d.links
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("links[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "meetings",
                d.meetings
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("meetings[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "cycle",
                d.cycle
                    .activities
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("cycle.activities[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "goals",
                d.goals
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("goals[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "assignments",
                d.assignments
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("assignments[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "agreements",
                d.agreements
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("agreements[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "documents",
                d.documents
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("documents[{i}]"), x.id.as_str()))
                    .collect(),
            ),
            (
                "timing rules",
                d.timing_rules
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("timing_rules[{i}]"), x.id.as_str()))
                    .collect(),
            ),
        ];
        let mut memberships = Vec::new();
        for (b, body) in d.bodies.iter().enumerate() {
            for (m, ms) in body.memberships.iter().enumerate() {
                memberships.push((format!("bodies[{b}].memberships[{m}]"), ms.id.as_str()));
            }
        }
        groups.push(("memberships", memberships));
        let mut indicators = Vec::new();
        for (g, goal) in d.goals.iter().enumerate() {
            for (i, ind) in goal.indicators.iter().enumerate() {
                indicators.push((format!("goals[{g}].indicators[{i}]"), ind.id.as_str()));
            }
        }
        groups.push(("indicators", indicators));
        for (m, meeting) in d.meetings.iter().enumerate() {
            groups.push((
                "agenda items",
                meeting
                    .agenda
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("meetings[{m}].agenda[{i}]"), x.id.as_str()))
                    .collect(),
            ));
        }
        for (kind, ids) in groups {
            let mut seen: HashMap<&str, &str> = HashMap::new();
            for (path, id) in &ids {
                if id.is_empty() {
                    self.error(
                        path.clone(),
                        Target::Other,
                        format!("Id saknas ({kind})"),
                        format!("Missing id ({kind})"),
                    );
                } else if let Some(first) = seen.get(id) {
                    self.error(
                        path.clone(),
                        Target::Other,
                        format!("Id \"{id}\" används redan av {first}"),
                        format!("Id \"{id}\" is already used by {first}"),
                    );
                } else {
                    seen.insert(id, path.as_str());
                }
            }
        }
    }

    fn references(&mut self) {
        let d = self.doc;
        let orgs: HashSet<&str> = d.organisations.iter().map(|o| o.id.as_str()).collect();
        let people: HashSet<&str> = d.people.iter().map(|p| p.id.as_str()).collect();
        let bodies: HashSet<&str> = d.bodies.iter().map(|b| b.id.as_str()).collect();
        let mut missing: Vec<(String, Target, &'static str, &'static str, String)> = Vec::new();
        let mut check = |ok: bool,
                         path: String,
                         target: Target,
                         sv: &'static str,
                         en: &'static str,
                         id: &str| {
            if !ok {
                missing.push((path, target, sv, en, id.to_owned()));
            }
        };
        for (i, p) in d.people.iter().enumerate() {
            if let Some(o) = &p.organisation {
                check(
                    orgs.contains(o.as_str()),
                    format!("people[{i}].organisation"),
                    Target::Person(p.id.clone()),
                    "organisationen",
                    "organisation",
                    o.as_str(),
                );
            }
        }
        for (b, body) in d.bodies.iter().enumerate() {
            for (m, ms) in body.memberships.iter().enumerate() {
                if let Some(p) = &ms.person {
                    check(
                        people.contains(p.as_str()),
                        format!("bodies[{b}].memberships[{m}].person"),
                        Target::Body(body.id.clone()),
                        "personen",
                        "person",
                        p.as_str(),
                    );
                }
                if let Some(o) = &ms.represents {
                    check(
                        orgs.contains(o.as_str()),
                        format!("bodies[{b}].memberships[{m}].represents"),
                        Target::Body(body.id.clone()),
                        "organisationen",
                        "organisation",
                        o.as_str(),
                    );
                }
            }
        }
        for (i, l) in d.links.iter().enumerate() {
            check(
                bodies.contains(l.from.as_str()),
                format!("links[{i}].from"),
                Target::Other,
                "organet",
                "body",
                l.from.as_str(),
            );
            check(
                bodies.contains(l.to.as_str()),
                format!("links[{i}].to"),
                Target::Other,
                "organet",
                "body",
                l.to.as_str(),
            );
        }
        for (i, m) in d.meetings.iter().enumerate() {
            let target = Target::Meeting(m.id.clone());
            for (j, b) in m.bodies.iter().enumerate() {
                check(
                    bodies.contains(b.as_str()),
                    format!("meetings[{i}].bodies[{j}]"),
                    target.clone(),
                    "organet",
                    "body",
                    b.as_str(),
                );
            }
            let items: HashSet<&AgendaItemId> = m.agenda.iter().map(|a| &a.id).collect();
            let mut participants: Vec<(String, &Participant)> = Vec::new();
            for (j, item) in m.agenda.iter().enumerate() {
                if let Some(p) = &item.presenter {
                    participants.push((format!("meetings[{i}].agenda[{j}].presenter"), p));
                }
                for (k, g) in item.guests.iter().enumerate() {
                    participants.push((format!("meetings[{i}].agenda[{j}].guests[{k}]"), g));
                }
            }
            if let Some(min) = &m.minutes {
                for (j, a) in min.attendance.iter().enumerate() {
                    participants
                        .push((format!("meetings[{i}].minutes.attendance[{j}].who"), &a.who));
                    for (k, it) in a.items.iter().enumerate() {
                        check(
                            items.contains(it),
                            format!("meetings[{i}].minutes.attendance[{j}].items[{k}]"),
                            target.clone(),
                            "dagordningspunkten",
                            "agenda item",
                            it.as_str(),
                        );
                    }
                }
                for (j, it) in min.items.iter().enumerate() {
                    check(
                        items.contains(&it.item),
                        format!("meetings[{i}].minutes.items[{j}].item"),
                        target.clone(),
                        "dagordningspunkten",
                        "agenda item",
                        it.item.as_str(),
                    );
                }
                for (j, ac) in min.action_items.iter().enumerate() {
                    if let Some(o) = &ac.owner {
                        participants
                            .push((format!("meetings[{i}].minutes.action_items[{j}].owner"), o));
                    }
                    if let Some(it) = &ac.item {
                        check(
                            items.contains(it),
                            format!("meetings[{i}].minutes.action_items[{j}].item"),
                            target.clone(),
                            "dagordningspunkten",
                            "agenda item",
                            it.as_str(),
                        );
                    }
                }
                if let Some(s) = &min.secretary {
                    participants.push((format!("meetings[{i}].minutes.secretary"), s));
                }
                if let Some(so) = &min.sign_off {
                    for (k, p) in so.by.iter().enumerate() {
                        participants.push((format!("meetings[{i}].minutes.sign_off.by[{k}]"), p));
                    }
                }
            }
            for (path, p) in participants {
                if let Participant::Person(id) = p {
                    check(
                        people.contains(id.as_str()),
                        path,
                        target.clone(),
                        "personen",
                        "person",
                        id.as_str(),
                    );
                }
            }
        }
        for (i, a) in d.cycle.activities.iter().enumerate() {
            check(
                bodies.contains(a.body.as_str()),
                format!("cycle.activities[{i}].body"),
                Target::Other,
                "organet",
                "body",
                a.body.as_str(),
            );
        }
        for (g, goal) in d.goals.iter().enumerate() {
            for (i, ind) in goal.indicators.iter().enumerate() {
                for (j, val) in ind.values.iter().enumerate() {
                    if let Some(o) = &val.organisation {
                        check(
                            orgs.contains(o.as_str()),
                            format!("goals[{g}].indicators[{i}].values[{j}].organisation"),
                            Target::Goal(goal.id.clone()),
                            "organisationen",
                            "organisation",
                            o.as_str(),
                        );
                    }
                }
            }
        }
        for (i, a) in d.assignments.iter().enumerate() {
            check(
                bodies.contains(a.given_by.as_str()),
                format!("assignments[{i}].given_by"),
                Target::Other,
                "organet",
                "body",
                a.given_by.as_str(),
            );
            match &a.assignee {
                Assignee::Body(b) => check(
                    bodies.contains(b.as_str()),
                    format!("assignments[{i}].assignee"),
                    Target::Other,
                    "organet",
                    "body",
                    b.as_str(),
                ),
                Assignee::Person(p) => check(
                    people.contains(p.as_str()),
                    format!("assignments[{i}].assignee"),
                    Target::Other,
                    "personen",
                    "person",
                    p.as_str(),
                ),
            }
            if let Some(b) = &a.report_to {
                check(
                    bodies.contains(b.as_str()),
                    format!("assignments[{i}].report_to"),
                    Target::Other,
                    "organet",
                    "body",
                    b.as_str(),
                );
            }
        }
        for (i, a) in d.agreements.iter().enumerate() {
            for (j, o) in a.parties.iter().enumerate() {
                check(
                    orgs.contains(o.as_str()),
                    format!("agreements[{i}].parties[{j}]"),
                    Target::Other,
                    "organisationen",
                    "organisation",
                    o.as_str(),
                );
            }
            if let Some(b) = &a.responsible {
                check(
                    bodies.contains(b.as_str()),
                    format!("agreements[{i}].responsible"),
                    Target::Other,
                    "organet",
                    "body",
                    b.as_str(),
                );
            }
        }
        for (i, doc) in d.documents.iter().enumerate() {
            if let Some(o) = &doc.owner {
                check(
                    orgs.contains(o.as_str()),
                    format!("documents[{i}].owner"),
                    Target::Other,
                    "organisationen",
                    "organisation",
                    o.as_str(),
                );
            }
            if let Some(b) = &doc.responsible {
                check(
                    bodies.contains(b.as_str()),
                    format!("documents[{i}].responsible"),
                    Target::Other,
                    "organet",
                    "body",
                    b.as_str(),
                );
            }
        }
        for (i, r) in d.timing_rules.iter().enumerate() {
            check(
                bodies.contains(r.earlier.as_str()),
                format!("timing_rules[{i}].earlier"),
                Target::Other,
                "organet",
                "body",
                r.earlier.as_str(),
            );
            check(
                bodies.contains(r.later.as_str()),
                format!("timing_rules[{i}].later"),
                Target::Other,
                "organet",
                "body",
                r.later.as_str(),
            );
        }
        for (path, target, sv, en, id) in missing {
            self.error(
                path,
                target,
                format!("Hänvisar till {sv} \"{id}\" som inte finns"),
                format!("Refers to {en} \"{id}\", which does not exist"),
            );
        }
    }

    /// Values that are out of range or contradict each other.
    fn values(&mut self) {
        let d = self.doc;
        if !(1..=12).contains(&d.cycle.start_month) {
            self.error(
                "cycle.start_month".into(),
                Target::Document,
                format!(
                    "Verksamhetsårets startmånad {} finns inte (1–12)",
                    d.cycle.start_month
                ),
                format!(
                    "Start month {} of the operating year does not exist (1–12)",
                    d.cycle.start_month
                ),
            );
        }
        for (i, p) in d.people.iter().enumerate() {
            if p.name.trim().is_empty() {
                self.warning(
                    format!("people[{i}].name"),
                    Target::Person(p.id.clone()),
                    "Personen saknar namn".into(),
                    "The person has no name".into(),
                );
            }
        }
        for (i, o) in d.organisations.iter().enumerate() {
            if o.name.trim().is_empty() {
                self.warning(
                    format!("organisations[{i}].name"),
                    Target::Organisation(o.id.clone()),
                    "Organisationen saknar namn".into(),
                    "The organisation has no name".into(),
                );
            }
        }
        for (b, body) in d.bodies.iter().enumerate() {
            let target = Target::Body(body.id.clone());
            if body.name.trim().is_empty() {
                self.warning(
                    format!("bodies[{b}].name"),
                    target.clone(),
                    "Organet saknar namn".into(),
                    "The body has no name".into(),
                );
            }
            if let (Some(from), Some(to)) = (body.established, body.ended)
                && to < from
            {
                self.error(
                    format!("bodies[{b}].ended"),
                    target.clone(),
                    format!("{} avslutas {to}, före det inrättas {from}", body.name),
                    format!("{} ends {to}, before it is established {from}", body.name),
                );
            }
            for (m, ms) in body.memberships.iter().enumerate() {
                if let (Some(from), Some(to)) = (ms.from, ms.to)
                    && to < from
                {
                    self.error(
                        format!("bodies[{b}].memberships[{m}].to"),
                        target.clone(),
                        format!(
                            "Uppdraget i {} slutar {to}, före det börjar {from}",
                            body.name
                        ),
                        format!(
                            "The seat in {} ends {to}, before it starts {from}",
                            body.name
                        ),
                    );
                }
            }
        }
        for (i, l) in d.links.iter().enumerate() {
            if l.from == l.to {
                self.error(
                    format!("links[{i}]"),
                    Target::Body(l.from.clone()),
                    format!("Organet \"{}\" är kopplat till sig självt", l.from),
                    format!("Body \"{}\" is linked to itself", l.from),
                );
            }
        }
        for (i, m) in d.meetings.iter().enumerate() {
            let target = Target::Meeting(m.id.clone());
            if m.bodies.is_empty() {
                self.error(
                    format!("meetings[{i}].bodies"),
                    target.clone(),
                    format!("Mötet {} hör inte till något organ", m.date),
                    format!("The meeting on {} belongs to no body", m.date),
                );
            }
            if let (Some(s), Some(e)) = (m.start, m.end)
                && e <= s
            {
                self.warning(
                    format!("meetings[{i}].end"),
                    target.clone(),
                    format!(
                        "Mötet {} slutar {} men börjar {}",
                        m.date,
                        e.format("%H:%M"),
                        s.format("%H:%M")
                    ),
                    format!(
                        "The meeting on {} ends at {} but starts at {}",
                        m.date,
                        e.format("%H:%M"),
                        s.format("%H:%M")
                    ),
                );
            }
        }
        for (i, a) in d.cycle.activities.iter().enumerate() {
            let path = format!("cycle.activities[{i}].when");
            let bad = match &a.when {
                Recurrence::Month(m) => !(1..=12).contains(m),
                Recurrence::IsoWeek(w) => !(1..=53).contains(w),
                Recurrence::NthWeekday { month, n, .. } => {
                    !(1..=12).contains(month) || !matches!(n, -1 | 1..=5)
                }
                Recurrence::FixedDate { month, day } => {
                    NaiveDate::from_ymd_opt(2024, u32::from(*month), u32::from(*day)).is_none()
                }
            };
            if bad {
                self.error(
                    path,
                    Target::Other,
                    format!("Aktiviteten \"{}\" har en tidpunkt som inte finns", a.title),
                    format!(
                        "The activity \"{}\" has a time that does not exist",
                        a.title
                    ),
                );
            }
        }
    }

    fn composition(&mut self) {
        let d = self.doc;
        let kind_of: HashMap<&str, OrganisationKind> = d
            .organisations
            .iter()
            .map(|o| (o.id.as_str(), o.kind))
            .collect();
        for (b, body) in d.bodies.iter().enumerate() {
            for (r, rule) in body.composition.iter().enumerate() {
                let seats_of_kind = |kind: OrganisationKind| {
                    body.memberships
                        .iter()
                        .filter(|m| {
                            m.represents.as_ref().and_then(|o| kind_of.get(o.as_str()))
                                == Some(&kind)
                        })
                        .count()
                };
                let broken = match rule {
                    CompositionRule::SeatsFrom { kind, min, max } => {
                        let n = seats_of_kind(*kind);
                        out_of_bounds(n, *min, *max).map(|bound| {
                            (
                                format!("{n} platser från {} ({bound})", kind_sv(*kind)),
                                format!("{n} seats from {} ({bound})", kind_en(*kind)),
                            )
                        })
                    }
                    CompositionRule::SeatsWithRole { role, min, max } => {
                        let n = body.memberships.iter().filter(|m| m.role == *role).count();
                        out_of_bounds(n, *min, *max).map(|bound| {
                            (
                                format!(
                                    "{n} platser med rollen {} ({bound})",
                                    role.label(Lang::Sv)
                                ),
                                format!("{n} seats with role {} ({bound})", role.label(Lang::En)),
                            )
                        })
                    }
                    CompositionRule::MaxMembers { max, excluding } => {
                        let n = body
                            .memberships
                            .iter()
                            .filter(|m| !m.is_vacant() && !excluding.contains(&m.role))
                            .count();
                        (n > usize::from(*max)).then(|| {
                            (
                                format!("{n} ledamöter, högst {max} tillåtna"),
                                format!("{n} members, at most {max} allowed"),
                            )
                        })
                    }
                    CompositionRule::Balance {
                        a,
                        b: kb,
                        max_difference,
                    } => {
                        let (na, nb) = (seats_of_kind(*a), seats_of_kind(*kb));
                        (na.abs_diff(nb) > usize::from(*max_difference)).then(|| {
                            (
                                format!(
                                    "obalans: {na} från {} mot {nb} från {}",
                                    kind_sv(*a),
                                    kind_sv(*kb)
                                ),
                                format!(
                                    "imbalance: {na} from {} against {nb} from {}",
                                    kind_en(*a),
                                    kind_en(*kb)
                                ),
                            )
                        })
                    }
                };
                if let Some((sv, en)) = broken {
                    self.warning(
                        format!("bodies[{b}].composition[{r}]"),
                        Target::Body(body.id.clone()),
                        format!("{}: sammansättningen följer inte regeln: {sv}", body.name),
                        format!("{}: the composition breaks a rule: {en}", body.name),
                    );
                }
            }
        }
    }

    fn seats(&mut self, today: NaiveDate) {
        let d = self.doc;
        for (b, body) in d.bodies.iter().enumerate() {
            for (m, ms) in body.memberships.iter().enumerate() {
                let path = format!("bodies[{b}].memberships[{m}]");
                if ms.is_vacant() {
                    self.warning(
                        path,
                        Target::Body(body.id.clone()),
                        format!("{}: en plats är vakant", body.name),
                        format!("{}: a seat is vacant", body.name),
                    );
                } else if let Some(to) = ms.to
                    && to < today
                    && body.ended.is_none_or(|e| e > to)
                {
                    let who = ms
                        .person
                        .as_ref()
                        .and_then(|p| d.person(p))
                        .map_or("?", |p| p.name.as_str());
                    self.warning(
                        path,
                        Target::Body(body.id.clone()),
                        format!("{}: uppdraget för {who} gick ut {to}", body.name),
                        format!("{}: the term of {who} ended {to}", body.name),
                    );
                }
            }
        }
    }

    /// People booked in two meetings at the same time (see [`super::booking`]): one warning
    /// per pair of meetings, at most [`MAX_DOUBLE_BOOKINGS`], then one that says there are more.
    fn double_bookings(&mut self) {
        let d = self.doc;
        let found = super::booking::double_bookings(d, None, MAX_DOUBLE_BOOKINGS);
        for pair in &found.pairs {
            let (a, b) = (&d.meetings[pair.first], &d.meetings[pair.second]);
            let names: Vec<&str> = pair
                .people
                .iter()
                .map(|p| d.person(p).map_or(p.as_str(), |p| p.name.as_str()))
                .collect();
            let (ta, tb) = (d.meeting_title(a), d.meeting_title(b));
            let (sv_names, en_names) = (name_list(&names, Lang::Sv), name_list(&names, Lang::En));
            let (sv_verb, en_verb) = if names.len() == 1 {
                ("är bokad", "is booked")
            } else {
                ("är bokade", "are booked")
            };
            self.warning(
                format!("meetings[{}]", pair.second),
                Target::Person(pair.people[0].clone()),
                format!(
                    "{sv_names} {sv_verb} på två möten samtidigt {}: {ta} och {tb}",
                    a.date
                ),
                format!(
                    "{en_names} {en_verb} in two meetings at the same time on {}: {ta} and {tb}",
                    a.date
                ),
            );
        }
        if found.more {
            self.warning(
                "meetings".into(),
                Target::Document,
                format!("Fler dubbelbokningar finns än de {MAX_DOUBLE_BOOKINGS} som visas; rätta dem först och kontrollera igen"),
                format!("There are more double bookings than the {MAX_DOUBLE_BOOKINGS} shown; fix these first and check again"),
            );
        }
    }

    /// Dates outside the years calendars and exports can write (0001–9999): a typing slip
    /// such as the year 20266 would otherwise break the .ics file.
    fn date_range(&mut self) {
        let d = self.doc;
        let mut bad: Vec<(String, Target, NaiveDate)> = Vec::new();
        let mut check = |path: String, target: Target, date: Option<NaiveDate>| {
            if let Some(date) = date
                && !(MIN_YEAR..=MAX_YEAR).contains(&date.year())
            {
                bad.push((path, target, date));
            }
        };
        for (i, m) in d.meetings.iter().enumerate() {
            let t = || Target::Meeting(m.id.clone());
            check(format!("meetings[{i}].date"), t(), Some(m.date));
            if let Some(minutes) = &m.minutes {
                for (j, a) in minutes.action_items.iter().enumerate() {
                    check(
                        format!("meetings[{i}].minutes.action_items[{j}].due"),
                        t(),
                        a.due,
                    );
                }
                check(
                    format!("meetings[{i}].minutes.sign_off.date"),
                    t(),
                    minutes.sign_off.as_ref().map(|s| s.date),
                );
            }
        }
        for (i, b) in d.bodies.iter().enumerate() {
            let t = || Target::Body(b.id.clone());
            check(format!("bodies[{i}].established"), t(), b.established);
            check(format!("bodies[{i}].ended"), t(), b.ended);
            for (j, ms) in b.memberships.iter().enumerate() {
                check(format!("bodies[{i}].memberships[{j}].from"), t(), ms.from);
                check(format!("bodies[{i}].memberships[{j}].to"), t(), ms.to);
            }
        }
        for (i, a) in d.assignments.iter().enumerate() {
            check(format!("assignments[{i}].given"), Target::Other, a.given);
            check(format!("assignments[{i}].due"), Target::Other, a.due);
        }
        for (i, a) in d.agreements.iter().enumerate() {
            check(format!("agreements[{i}].signed"), Target::Other, a.signed);
            check(format!("agreements[{i}].review"), Target::Other, a.review);
        }
        for (i, g) in d.documents.iter().enumerate() {
            check(format!("documents[{i}].adopted"), Target::Other, g.adopted);
            check(
                format!("documents[{i}].next_review"),
                Target::Other,
                g.next_review,
            );
        }
        for (path, target, date) in bad {
            self.error(
                path,
                target,
                format!("Datumet {date} ligger utanför åren {MIN_YEAR}–{MAX_YEAR}, som kalendrar och exporter kan skriva; rätta årtalet"),
                format!("The date {date} lies outside the years {MIN_YEAR}–{MAX_YEAR} that calendars and exports can write; correct the year"),
            );
        }
    }

    /// "reports to" must not go round in a circle.
    fn report_cycles(&mut self) {
        let d = self.doc;
        let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for l in d
            .links
            .iter()
            .filter(|l| l.kind == LinkKind::ReportsTo && l.from != l.to)
        {
            next.entry(l.from.as_str()).or_default().push(l.to.as_str());
        }
        for targets in next.values_mut() {
            targets.sort_unstable();
            targets.dedup();
        }
        // Depth-first search with colours; each cycle found is reported once, rotated to start
        // at its smallest id so the report does not depend on where the search entered it.
        let mut state: HashMap<&str, u8> = HashMap::new();
        let mut found: Vec<Vec<&str>> = Vec::new();
        for &start in next.keys() {
            if state.get(start).copied().unwrap_or(0) != 0 {
                continue;
            }
            let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
            let mut path: Vec<&str> = vec![start];
            state.insert(start, 1);
            while let Some((node, idx)) = stack.pop() {
                let succ = next.get(node).map_or(&[][..], Vec::as_slice);
                if idx < succ.len() {
                    stack.push((node, idx + 1));
                    let s = succ[idx];
                    match state.get(s).copied().unwrap_or(0) {
                        0 => {
                            state.insert(s, 1);
                            stack.push((s, 0));
                            path.push(s);
                        }
                        1 => {
                            if let Some(pos) = path.iter().position(|&p| p == s) {
                                found.push(path[pos..].to_vec());
                            }
                        }
                        _ => {}
                    }
                } else {
                    state.insert(node, 2);
                    path.pop();
                }
            }
        }
        for mut cycle in found {
            if let Some(min) = cycle
                .iter()
                .enumerate()
                .min_by_key(|(_, id)| **id)
                .map(|(i, _)| i)
            {
                cycle.rotate_left(min);
            }
            let names: Vec<&str> = cycle
                .iter()
                .map(|id| d.body(&BodyId::from(*id)).map_or(*id, |b| b.label()))
                .collect();
            let chain = format!("{} → {}", names.join(" → "), names[0]);
            let first = BodyId::from(cycle[0]);
            let index = d.bodies.iter().position(|b| b.id == first).unwrap_or(0);
            self.error(
                format!("bodies[{index}]"),
                Target::Body(first),
                format!("\"Rapporterar till\" går i cirkel: {chain}"),
                format!("\"Reports to\" goes round in a circle: {chain}"),
            );
        }
    }

    /// User-set timing rules: before each meeting of `later`, a meeting of `earlier` at least
    /// `min_days` and at most `within_days` days before.
    fn timing_rules(&mut self) {
        let d = self.doc;
        for (i, r) in super::timing::broken_rules(d) {
            let (rule, date) = (&d.timing_rules[r], d.meetings[i].date);
            let (ln, en) = (d.body_label(&rule.later), d.body_label(&rule.earlier));
            self.warning(
                format!("meetings[{i}]"),
                Target::Meeting(d.meetings[i].id.clone()),
                format!("{ln} {date}: inget möte i {en} minst {} dagar före (regel timing_rules[{r}])", rule.min_days),
                format!("{ln} {date}: no meeting of {en} at least {} days before (rule timing_rules[{r}])", rule.min_days),
            );
        }
    }
}

fn out_of_bounds(n: usize, min: Option<u16>, max: Option<u16>) -> Option<String> {
    let below = min.is_some_and(|m| n < usize::from(m));
    let above = max.is_some_and(|m| n > usize::from(m));
    (below || above).then(|| match (min, max) {
        (Some(a), Some(b)) if a == b => format!("{a}"),
        (Some(a), Some(b)) => format!("{a}–{b}"),
        (Some(a), None) => format!("≥ {a}"),
        (None, Some(b)) => format!("≤ {b}"),
        (None, None) => String::new(),
    })
}

/// "A", "A och B", "A, B och C", "A, B, C och 4 till".
fn name_list(names: &[&str], lang: Lang) -> String {
    const SHOWN: usize = 3;
    let and = lang.pick("och", "and");
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        _ if names.len() <= SHOWN => {
            let (last, rest) = names.split_last().unwrap_or((&"", &[]));
            format!("{} {and} {last}", rest.join(", "))
        }
        _ => {
            let more = names.len() - SHOWN;
            let other = lang.pick("till", "more");
            format!("{} {and} {more} {other}", names[..SHOWN].join(", "))
        }
    }
}

pub(crate) fn kind_sv(kind: OrganisationKind) -> &'static str {
    match kind {
        OrganisationKind::Municipality => "kommunerna",
        OrganisationKind::Region => "regionen",
        OrganisationKind::CountyBoard => "länsstyrelsen",
        OrganisationKind::University => "universitet",
        OrganisationKind::CivilSociety => "idéburen sektor",
        OrganisationKind::Agency => "myndigheter",
        OrganisationKind::Federation => "förbund",
        OrganisationKind::Other => "andra",
    }
}

pub(crate) fn kind_en(kind: OrganisationKind) -> &'static str {
    match kind {
        OrganisationKind::Municipality => "the municipalities",
        OrganisationKind::Region => "the region",
        OrganisationKind::CountyBoard => "the county board",
        OrganisationKind::University => "universities",
        OrganisationKind::CivilSociety => "civil society",
        OrganisationKind::Agency => "agencies",
        OrganisationKind::Federation => "federations",
        OrganisationKind::Other => "others",
    }
}
