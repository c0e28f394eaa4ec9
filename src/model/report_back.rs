//! Report-backs (återrapportering) the annual cycle asks for: "every December the
//! samverkansgrupper report to the beredningsgrupp". Planning a year turns them into
//! assignments, one per reporting body, due at the receiving body's meeting; the receiving
//! body's agenda is offered the item, and minuting it marks the report-back received.

use super::assignment::{Assignee, Assignment, AssignmentStatus};
use super::body::{BodyKind, BodyStatus};
use super::calendar::occurrence;
use super::cycle::Activity;
use super::document::Document;
use super::holidays::is_working_day;
use super::ids::{ActivityId, AgendaItemId, AssignmentId, BodyId, MeetingId, fresh_id};
use super::meeting::MeetingStatus;
use super::plan::{Proposal, calendar_year};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Who reports to whom. With neither `from` nor `from_kind` the activity's own body reports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportBack {
    /// Named reporting bodies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub from: Vec<BodyId>,
    /// Every active body of this kind reports ("every samverkansgrupp").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_kind: Option<BodyKind>,
    /// The body that receives the report-back.
    pub to: BodyId,
}

/// The bodies that report for `activity`, in the document's order, each once; the
/// receiving body never reports to itself.
pub fn reporters(doc: &Document, activity: &Activity) -> Vec<BodyId> {
    let Some(rb) = &activity.report_back else {
        return Vec::new();
    };
    let mut out: Vec<BodyId> = Vec::new();
    if let Some(kind) = rb.from_kind {
        out.extend(
            doc.bodies
                .iter()
                .filter(|b| b.kind == kind && b.status == BodyStatus::Active)
                .map(|b| b.id.clone()),
        );
    }
    for b in &rb.from {
        if !out.contains(b) {
            out.push(b.clone());
        }
    }
    if rb.from.is_empty() && rb.from_kind.is_none() {
        out.push(activity.body.clone());
    }
    out.retain(|b| b != &rb.to && doc.body(b).is_some());
    out
}

/// The first and last day of operating year `year` (starting in `start_month`).
pub fn operating_year_span(year: i32, start_month: u8) -> (NaiveDate, NaiveDate) {
    let start = NaiveDate::from_ymd_opt(year, u32::from(start_month.clamp(1, 12)), 1)
        .unwrap_or(NaiveDate::MIN);
    let next = NaiveDate::from_ymd_opt(year + 1, u32::from(start_month.clamp(1, 12)), 1)
        .unwrap_or(NaiveDate::MAX);
    (start, next.pred_opt().unwrap_or(next))
}

/// The operating year `day` falls in.
pub fn operating_year_of(day: NaiveDate, start_month: u8) -> i32 {
    if day.month() >= u32::from(start_month.max(1)) {
        day.year()
    } else {
        day.year() - 1
    }
}

/// One proposed report-back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportBackProposal {
    pub activity: ActivityId,
    pub from: BodyId,
    pub to: BodyId,
    pub title: String,
    pub due: NaiveDate,
    /// The receiving body's meeting the due date is set to, when it has one in the period.
    pub at_meeting: bool,
}

/// The last working day on or before `day`.
fn working_day_on_or_before(day: NaiveDate) -> NaiveDate {
    std::iter::successors(Some(day), NaiveDate::pred_opt)
        .take(100)
        .find(|d| is_working_day(*d))
        .unwrap_or(day)
}

/// The report-backs the cycle asks for in operating year `year`: for each report-back
/// activity, one per reporting body, due at the receiving body's first meeting in the
/// activity's period (a meeting already in the document, or one of `meetings` proposed with
/// it), else on the period's last working day. A report-back already made from the same
/// activity for the same body in that operating year is left out, so planning twice adds
/// nothing. Sorted by due date, then reporting body.
pub fn propose(doc: &Document, year: i32, meetings: &[Proposal]) -> Vec<ReportBackProposal> {
    let start_month = doc.cycle.start_month;
    let (year_from, year_to) = operating_year_span(year, start_month);
    let mut out = Vec::new();
    for activity in &doc.cycle.activities {
        let Some(rb) = &activity.report_back else {
            continue;
        };
        if doc.body(&rb.to).is_none() {
            continue;
        }
        let cal_year = calendar_year(year, start_month, activity.when.month());
        let Some((first, last)) = occurrence(&activity.when, cal_year) else {
            continue;
        };
        // A single day (a fixed date) looks for the meeting in its month.
        let (from, to) = if first == last {
            (
                first.with_day(1).unwrap_or(first),
                super::calendar::last_of_month(first),
            )
        } else {
            (first, last)
        };
        let existing = doc
            .meetings
            .iter()
            .filter(|m| {
                m.bodies.contains(&rb.to)
                    && m.status != MeetingStatus::Cancelled
                    && m.date >= from
                    && m.date <= to
            })
            .map(|m| m.date);
        let proposed = meetings
            .iter()
            .filter(|p| p.body == rb.to && p.date >= from && p.date <= to)
            .map(|p| p.date);
        let meeting_day = existing.chain(proposed).min();
        let due = meeting_day.unwrap_or_else(|| working_day_on_or_before(last));
        for reporter in reporters(doc, activity) {
            let made = doc.assignments.iter().any(|a| {
                a.activity.as_ref() == Some(&activity.id)
                    && a.assignee == Assignee::Body(reporter.clone())
                    && a.due
                        .or(a.given)
                        .is_some_and(|d| d >= year_from && d <= year_to)
            });
            if made {
                continue;
            }
            out.push(ReportBackProposal {
                activity: activity.id.clone(),
                from: reporter,
                to: rb.to.clone(),
                title: activity.title.clone(),
                due,
                at_meeting: meeting_day.is_some(),
            });
        }
    }
    out.sort_by(|a, b| (a.due, &a.from).cmp(&(b.due, &b.from)));
    out
}

/// The proposals as assignments with fresh ids: given by the receiving body, to the
/// reporting body, reported to the receiving body.
pub fn to_assignments(doc: &Document, proposals: &[ReportBackProposal]) -> Vec<Assignment> {
    let mut taken: Vec<String> = doc.assignments.iter().map(|a| a.id.0.clone()).collect();
    proposals
        .iter()
        .map(|p| {
            let id = fresh_id(AssignmentId::PREFIX, taken.iter().map(String::as_str));
            taken.push(id.clone());
            Assignment {
                id: AssignmentId::new(id),
                title: p.title.clone(),
                description: String::new(),
                given_by: p.to.clone(),
                assignee: Assignee::Body(p.from.clone()),
                given: None,
                due: Some(p.due),
                report_to: Some(p.to.clone()),
                status: AssignmentStatus::NotStarted,
                activity: Some(p.activity.clone()),
            }
        })
        .collect()
}

/// Where a report-back was received: the meeting and agenda item whose minutes have
/// something written under an item that takes it up.
pub fn received(doc: &Document, assignment: &AssignmentId) -> Option<(MeetingId, AgendaItemId)> {
    Received::build(doc)
        .get(assignment)
        .map(|(m, i)| (m.clone(), i.clone()))
}

/// Where every report-back was received, found in one pass over the meetings, for lists
/// that ask about many assignments at once.
#[derive(Clone, Debug, Default)]
pub struct Received(std::collections::HashMap<AssignmentId, (NaiveDate, MeetingId, AgendaItemId)>);

impl Received {
    pub fn build(doc: &Document) -> Self {
        let mut map: std::collections::HashMap<AssignmentId, (NaiveDate, MeetingId, AgendaItemId)> =
            std::collections::HashMap::new();
        for m in doc
            .meetings
            .iter()
            .filter(|m| m.status != MeetingStatus::Cancelled)
        {
            let Some(minutes) = &m.minutes else { continue };
            for item in m.agenda.iter().filter(|i| !i.report_backs.is_empty()) {
                let written = minutes.items.iter().any(|s| {
                    s.item == item.id
                        && s.blocks
                            .iter()
                            .any(|b| b.text().is_none_or(|t| !t.trim().is_empty()))
                });
                if !written {
                    continue;
                }
                for a in &item.report_backs {
                    if map.get(a).is_none_or(|(d, _, _)| m.date < *d) {
                        map.insert(a.clone(), (m.date, m.id.clone(), item.id.clone()));
                    }
                }
            }
        }
        Self(map)
    }

    pub fn get(&self, a: &AssignmentId) -> Option<(&MeetingId, &AgendaItemId)> {
        self.0.get(a).map(|(_, m, i)| (m, i))
    }

    /// As [`status`], from the index.
    pub fn status(&self, a: &Assignment) -> AssignmentStatus {
        if a.status.is_open() && self.0.contains_key(&a.id) {
            AssignmentStatus::Reported
        } else {
            a.status
        }
    }

    pub fn is_overdue(&self, a: &Assignment, today: NaiveDate) -> bool {
        a.due.is_some_and(|d| d < today) && self.status(a).is_open()
    }
}

/// The assignment's status as the document shows it: reported once its report-back has
/// been minuted, whatever was set by hand before.
pub fn status(doc: &Document, a: &Assignment) -> AssignmentStatus {
    Received::build(doc).status(a)
}

/// Whether an assignment owes its report-back past its due date on `today`.
pub fn is_overdue(doc: &Document, a: &Assignment, today: NaiveDate) -> bool {
    a.due.is_some_and(|d| d < today) && status(doc, a).is_open()
}

/// Every open assignment past its due date, the longest overdue first.
pub fn overdue(doc: &Document, today: NaiveDate) -> Vec<&Assignment> {
    let received = Received::build(doc);
    let mut out: Vec<&Assignment> = doc
        .assignments
        .iter()
        .filter(|a| received.is_overdue(a, today))
        .collect();
    out.sort_by_key(|a| a.due);
    out
}

/// What a body owes and is owed in operating year `year`.
#[derive(Debug, Default)]
pub struct Obligations<'a> {
    /// Assignments given to the body.
    pub owes: Vec<&'a Assignment>,
    /// Assignments reported to (or given by) the body.
    pub owed: Vec<&'a Assignment>,
}

/// The assignments a body owes and is owed whose due date (or, without one, the day given)
/// falls in operating year `year`; undated ones count every year while open. By due date.
pub fn obligations<'a>(doc: &'a Document, body: &BodyId, year: i32) -> Obligations<'a> {
    let (from, to) = operating_year_span(year, doc.cycle.start_month);
    let this_year = |a: &Assignment| match a.due.or(a.given) {
        Some(d) => d >= from && d <= to,
        None => a.status.is_open(),
    };
    let mut owes: Vec<&Assignment> = doc
        .assignments
        .iter()
        .filter(|a| a.assignee == Assignee::Body(body.clone()) && this_year(a))
        .collect();
    let mut owed: Vec<&Assignment> = doc
        .assignments
        .iter()
        .filter(|a| {
            (a.report_to.as_ref() == Some(body) || (a.report_to.is_none() && &a.given_by == body))
                && a.assignee != Assignee::Body(body.clone())
                && this_year(a)
        })
        .collect();
    owes.sort_by_key(|a| a.due);
    owed.sort_by_key(|a| a.due);
    Obligations { owes, owed }
}

/// Report-backs `meeting` may take up: open assignments reported to one of its bodies
/// whose due date is on or after this meeting with no other meeting of those bodies
/// between (the receiving body's last meeting before the due date), or already late; not
/// yet on this meeting's agenda.
pub fn to_take_up<'a>(doc: &'a Document, meeting: &super::meeting::Meeting) -> Vec<&'a Assignment> {
    let receives = |a: &Assignment| {
        a.report_to
            .as_ref()
            .is_some_and(|b| meeting.bodies.contains(b))
    };
    let received = Received::build(doc);
    doc.assignments
        .iter()
        .filter(|a| receives(a) && received.status(a).is_open())
        .filter(|a| {
            !meeting
                .agenda
                .iter()
                .any(|i| i.report_backs.contains(&a.id))
        })
        .filter(|a| {
            let Some(due) = a.due else { return false };
            if meeting.date > due {
                return true; // late: every later meeting is offered it
            }
            // No other meeting of the receiving body after this one and by the due date.
            !doc.meetings.iter().any(|m| {
                m.id != meeting.id
                    && m.status != MeetingStatus::Cancelled
                    && a.report_to.as_ref().is_some_and(|b| m.bodies.contains(b))
                    && (m.date, m.start) > (meeting.date, meeting.start)
                    && m.date <= due
            })
        })
        .collect()
}
