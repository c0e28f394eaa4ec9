//! Read-only questions about a document that pages and commands ask: who sits where, what is
//! coming up, how a body's composition compares with its rules.

use super::calendar::falls_within;
use super::ids::{BodyId, OrganisationId, PersonId};
use super::{
    Activity, Agreement, Assignment, Body, CompositionRule, Document, Meeting, Membership,
    OrganisationKind,
};
use crate::i18n::composition as words;
use crate::i18n::{Label, Lang};
use chrono::{Days, NaiveDate};

/// Every seat a person holds, with its body.
pub fn seats_of<'a>(doc: &'a Document, person: &PersonId) -> Vec<(&'a Body, &'a Membership)> {
    doc.bodies
        .iter()
        .flat_map(|b| b.memberships.iter().map(move |m| (b, m)))
        .filter(|(_, m)| m.person.as_ref() == Some(person))
        .collect()
}

/// Meetings a year a person's seats add up to (bodies without a cadence count nothing).
pub fn meetings_per_year(doc: &Document, person: &PersonId) -> u32 {
    let mut bodies: Vec<&BodyId> = seats_of(doc, person)
        .into_iter()
        .map(|(b, _)| &b.id)
        .collect();
    bodies.sort();
    bodies.dedup();
    bodies
        .into_iter()
        .filter_map(|b| doc.body(b))
        .filter_map(|b| b.cadence.meetings_per_year())
        .sum()
}

/// Seats that represent an organisation, with their body.
pub fn seats_representing<'a>(
    doc: &'a Document,
    org: &OrganisationId,
) -> Vec<(&'a Body, &'a Membership)> {
    doc.bodies
        .iter()
        .flat_map(|b| b.memberships.iter().map(move |m| (b, m)))
        .filter(|(_, m)| m.represents.as_ref() == Some(org))
        .collect()
}

/// Every organisation's kind by id, for questions that ask it of many seats: built once,
/// then a lookup instead of a search through every organisation.
pub struct OrganisationKinds<'a>(std::collections::HashMap<&'a OrganisationId, OrganisationKind>);

impl<'a> OrganisationKinds<'a> {
    pub fn new(doc: &'a Document) -> Self {
        Self(doc.organisations.iter().map(|o| (&o.id, o.kind)).collect())
    }

    pub fn get(&self, id: &OrganisationId) -> Option<OrganisationKind> {
        self.0.get(id).copied()
    }
}

/// Bodies that take seats from organisations of this one's kind (by a composition rule, or
/// because others of the kind sit there) but where it has none: where it is missing.
pub fn bodies_missing<'a>(doc: &'a Document, org: &OrganisationId) -> Vec<&'a Body> {
    let Some(kind) = doc.organisation(org).map(|o| o.kind) else {
        return Vec::new();
    };
    let kinds = OrganisationKinds::new(doc);
    let kind_of = |id: &OrganisationId| kinds.get(id);
    doc.bodies
        .iter()
        .filter(|b| {
            let wants = b
                .composition
                .iter()
                .any(|r| matches!(r, CompositionRule::SeatsFrom { kind: k, .. } if *k == kind))
                || b.memberships
                    .iter()
                    .any(|m| m.represents.as_ref().and_then(kind_of) == Some(kind));
            let has = b
                .memberships
                .iter()
                .any(|m| m.represents.as_ref() == Some(org));
            wants && !has
        })
        .collect()
}

/// A body's composition in words, e.g. "kommuner 5/5, region 4/5, 1 vakant plats", and
/// whether every rule holds.
pub fn composition_summary(doc: &Document, body: &Body, lang: Lang) -> (String, bool) {
    composition_summary_with(&OrganisationKinds::new(doc), body, lang)
}

/// [`composition_summary`] with the organisations' kinds already at hand (for many bodies).
pub fn composition_summary_with(
    kinds: &OrganisationKinds,
    body: &Body,
    lang: Lang,
) -> (String, bool) {
    let kind_of = |id: &OrganisationId| kinds.get(id);
    let count_kind = |k: OrganisationKind| {
        body.memberships
            .iter()
            .filter(|m| m.represents.as_ref().and_then(kind_of) == Some(k))
            .count()
    };
    let mut parts = Vec::new();
    let mut ok = true;
    for rule in &body.composition {
        match rule {
            CompositionRule::SeatsFrom { kind, min, max } => {
                let n = count_kind(*kind);
                let want = max.or(*min).map_or_else(String::new, |m| format!("/{m}"));
                ok &= min.is_none_or(|m| n >= usize::from(m))
                    && max.is_none_or(|m| n <= usize::from(m));
                parts.push(format!("{} {n}{want}", words::kind_plural(*kind, lang)));
            }
            CompositionRule::SeatsWithRole { role, min, max } => {
                let n = body.memberships.iter().filter(|m| m.role == *role).count();
                let want = max.or(*min).map_or_else(String::new, |m| format!("/{m}"));
                ok &= min.is_none_or(|m| n >= usize::from(m))
                    && max.is_none_or(|m| n <= usize::from(m));
                parts.push(format!("{} {n}{want}", role.label(lang)));
            }
            CompositionRule::MaxMembers { max, excluding } => {
                let n = body
                    .memberships
                    .iter()
                    .filter(|m| !m.is_vacant() && !excluding.contains(&m.role))
                    .count();
                ok &= n <= usize::from(*max);
                parts.push(words::members_at_most(n, *max, lang));
            }
            CompositionRule::Balance {
                a,
                b,
                max_difference,
            } => {
                let (na, nb) = (count_kind(*a), count_kind(*b));
                ok &= na.abs_diff(nb) <= usize::from(*max_difference);
                parts.push(words::balance(na, nb, lang));
            }
        }
    }
    let vacant = body.memberships.iter().filter(|m| m.is_vacant()).count();
    if vacant > 0 {
        parts.push(words::vacant_seats(vacant, lang));
    }
    (parts.join(", "), ok)
}

/// What is coming up, for the overview page.
#[derive(Debug, Default)]
pub struct Upcoming<'a> {
    /// Meetings from today on (the next ones first).
    pub meetings: Vec<&'a Meeting>,
    /// Open assignments due within 30 days.
    pub assignments_due: Vec<&'a Assignment>,
    /// Open assignments (report-backs among them) past their due date, the oldest first.
    pub overdue: Vec<&'a Assignment>,
    /// Decisions not done whose deadline is within 30 days or past.
    pub decisions_due: Vec<super::decision::Entry<'a>>,
    /// Agreements whose review date is within 90 days (or past).
    pub agreements_review: Vec<&'a Agreement>,
    /// Seats whose term ends within six weeks.
    pub terms_ending: Vec<(&'a Body, &'a Membership)>,
    /// Meetings within two weeks that have no agenda yet.
    pub without_agenda: Vec<&'a Meeting>,
    /// Activities of the annual cycle that fall within 30 days, with their dates.
    pub activities: Vec<(&'a Activity, NaiveDate, NaiveDate)>,
}

pub fn upcoming(doc: &Document, today: NaiveDate) -> Upcoming<'_> {
    let in_days = |n: u64| today + Days::new(n);
    let mut meetings: Vec<&Meeting> = doc
        .meetings
        .iter()
        .filter(|m| m.date >= today && m.status != super::MeetingStatus::Cancelled)
        .collect();
    meetings.sort_by_key(|m| (m.date, m.start));
    let without_agenda = meetings
        .iter()
        .copied()
        .filter(|m| m.date <= in_days(14) && m.agenda.is_empty())
        .collect();
    meetings.truncate(10);
    let received = super::report_back::Received::build(doc);
    let mut assignments_due: Vec<&Assignment> = doc
        .assignments
        .iter()
        .filter(|a| {
            received.status(a).is_open() && a.due.is_some_and(|d| d >= today && d <= in_days(30))
        })
        .collect();
    let overdue = super::report_back::overdue(doc, today);
    let decisions_due = super::decision::open_with_deadline(doc, in_days(30));
    assignments_due.sort_by_key(|a| a.due);
    let mut agreements_review: Vec<&Agreement> = doc
        .agreements
        .iter()
        .filter(|a| a.review.is_some_and(|d| d <= in_days(90)))
        .collect();
    agreements_review.sort_by_key(|a| a.review);
    let mut terms_ending: Vec<(&Body, &Membership)> = doc
        .bodies
        .iter()
        .flat_map(|b| b.memberships.iter().map(move |m| (b, m)))
        .filter(|(_, m)| !m.is_vacant() && m.to.is_some_and(|t| t >= today && t <= in_days(42)))
        .collect();
    terms_ending.sort_by_key(|(_, m)| m.to);
    let mut activities: Vec<(&Activity, NaiveDate, NaiveDate)> = doc
        .cycle
        .activities
        .iter()
        .filter_map(|a| falls_within(&a.when, today, in_days(30)).map(|(s, e)| (a, s, e)))
        .collect();
    activities.sort_by_key(|(_, s, _)| *s);
    Upcoming {
        meetings,
        assignments_due,
        overdue,
        decisions_due,
        agreements_review,
        terms_ending,
        without_agenda,
        activities,
    }
}
