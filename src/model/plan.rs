//! Planning a year: the annual cycle's meeting activities become concrete meetings of one
//! operating year, off weekends and Swedish public holidays. Only a proposal: the user sees
//! it before anything is created, and creating it is one edit.

use super::calendar::occurrence;
use super::cycle::{Activity, Recurrence};
use super::document::Document;
use super::holidays::{holiday_name, nearest_working_day};
use super::ids::{ActivityId, BodyId, MeetingId, next_free_id};
use super::meeting::{Meeting, MeetingStatus};
use chrono::{Datelike, Days, NaiveDate, NaiveTime, Weekday};

/// One proposed meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub activity: ActivityId,
    pub body: BodyId,
    pub title: String,
    pub date: NaiveDate,
    /// The day the cycle pointed at, when it was a weekend or a holiday and was moved.
    pub moved_from: Option<NaiveDate>,
    /// Why it was moved: the holiday's name, or "helg" for a weekend.
    pub reason: Option<&'static str>,
    pub start: Option<NaiveTime>,
    pub end: Option<NaiveTime>,
}

/// The weekday the body usually meets on (most of its meetings), else Thursday.
fn usual_weekday(doc: &Document, body: &BodyId) -> Weekday {
    let mut counts = [0usize; 7];
    for m in doc
        .meetings
        .iter()
        .filter(|m| m.bodies.first() == Some(body))
    {
        counts[m.date.weekday().num_days_from_monday() as usize] += 1;
    }
    let best = (0..7)
        .max_by_key(|&d| (counts[d], usize::from(d == 3)))
        .unwrap_or(3);
    if counts[best] == 0 {
        return Weekday::Thu;
    }
    Weekday::try_from(u8::try_from(best).unwrap_or(3)).unwrap_or(Weekday::Thu)
}

/// The body's usual times, from its latest meeting with times; else 09:00–12:00.
fn usual_times(doc: &Document, body: &BodyId) -> (Option<NaiveTime>, Option<NaiveTime>) {
    doc.meetings
        .iter()
        .filter(|m| m.bodies.first() == Some(body) && m.start.is_some())
        .max_by_key(|m| m.date)
        .map_or(
            (
                NaiveTime::from_hms_opt(9, 0, 0),
                NaiveTime::from_hms_opt(12, 0, 0),
            ),
            |m| (m.start, m.end),
        )
}

/// The calendar year a month of the operating year `year` falls in: an operating year that
/// starts in August 2026 takes August–December from 2026 and January–July from 2027.
pub fn calendar_year(year: i32, start_month: u8, month: u8) -> i32 {
    if month >= start_month.max(1) {
        year
    } else {
        year + 1
    }
}

/// The day an activity points at in a calendar year: its own day for a fixed date or an
/// n-th weekday; for a month, the body's usual weekday in the month's second week; for an
/// ISO week, the usual weekday of that week.
fn target_day(activity: &Activity, cal_year: i32, weekday: Weekday) -> Option<NaiveDate> {
    let (first, last) = occurrence(&activity.when, cal_year)?;
    let from = match activity.when {
        Recurrence::Month(_) => first + Days::new(7),
        Recurrence::IsoWeek(_) => first,
        Recurrence::NthWeekday { .. } | Recurrence::FixedDate { .. } => return Some(first),
    };
    let ahead = (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    let day = from + Days::new(u64::from(ahead));
    Some(if day > last { first } else { day })
}

/// The meetings the cycle asks for in operating year `year`. Activities whose body already
/// has a meeting in that month (or that ISO week) are left out, so planning twice creates
/// nothing twice. Sorted by date, then body.
pub fn propose(doc: &Document, year: i32) -> Vec<Proposal> {
    let start_month = doc.cycle.start_month;
    let mut out = Vec::new();
    for activity in doc.cycle.activities.iter().filter(|a| a.is_meeting) {
        if doc.body(&activity.body).is_none() {
            continue;
        }
        let cal_year = calendar_year(year, start_month, activity.when.month());
        let Some(target) = target_day(activity, cal_year, usual_weekday(doc, &activity.body))
        else {
            continue; // week 53 in a 52-week year, 30 February
        };
        let Some((first, last)) = occurrence(&activity.when, cal_year) else {
            continue;
        };
        // A range (month, week) is covered by any meeting in it; a day by one that month.
        let (span_from, span_to) = if first == last {
            let month_start =
                NaiveDate::from_ymd_opt(target.year(), target.month(), 1).unwrap_or(target);
            (month_start, super::calendar::last_of_month(target))
        } else {
            (first, last)
        };
        let planned = doc.meetings.iter().any(|m| {
            m.bodies.contains(&activity.body)
                && m.status != MeetingStatus::Cancelled
                && m.date >= span_from
                && m.date <= span_to
        });
        if planned {
            continue;
        }
        let date = nearest_working_day(target);
        let moved = date != target;
        let (start, end) = usual_times(doc, &activity.body);
        out.push(Proposal {
            activity: activity.id.clone(),
            body: activity.body.clone(),
            title: activity.title.clone(),
            date,
            moved_from: moved.then_some(target),
            reason: moved.then(|| holiday_name(target).unwrap_or("helg")),
            start,
            end,
        });
    }
    out.sort_by(|a, b| (a.date, &a.body).cmp(&(b.date, &b.body)));
    out
}

/// The proposals as meetings with fresh ids ("m-2027-09-09-bg").
pub fn to_meetings(doc: &Document, proposals: &[Proposal]) -> Vec<Meeting> {
    let mut taken: Vec<String> = doc.meetings.iter().map(|m| m.id.0.clone()).collect();
    proposals
        .iter()
        .map(|p| {
            let wanted = format!("m-{}-{}", p.date, p.body);
            let id = if taken.contains(&wanted) {
                next_free_id(&format!("{wanted}-"), taken.iter().map(String::as_str))
            } else {
                wanted
            };
            taken.push(id.clone());
            Meeting {
                id: MeetingId::new(id),
                bodies: vec![p.body.clone()],
                title: p.title.clone(),
                date: p.date,
                last_day: None,
                start: p.start,
                end: p.end,
                tentative_time: String::new(),
                place: String::new(),
                online: String::new(),
                status: MeetingStatus::Planned,
                reference: String::new(),
                agenda: Vec::new(),
                minutes: None,
            }
        })
        .collect()
}

/// A year's plan: the meetings the cycle asks for and the report-backs they imply.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub meetings: Vec<Proposal>,
    pub report_backs: Vec<super::report_back::ReportBackProposal>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.meetings.is_empty() && self.report_backs.is_empty()
    }
}

/// Everything planning operating year `year` would create; report-backs are due at the
/// receiving body's meetings, the proposed ones included.
pub fn plan(doc: &Document, year: i32) -> Plan {
    let meetings = propose(doc, year);
    let report_backs = super::report_back::propose(doc, year, &meetings);
    Plan {
        meetings,
        report_backs,
    }
}
