//! Meetings with their agenda (dagordning) and minutes (mötesanteckningar).

use super::ids::{AgendaItemId, AssignmentId, BodyId, MatterId, MeetingId, PersonId};
use super::minutes::Minutes;
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub id: MeetingId,
    /// One body, or several for a joint meeting.
    pub bodies: Vec<BodyId>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The first day.
    pub date: NaiveDate,
    /// The last day of a meeting over several days (a two-day "internat").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_day: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveTime>,
    /// A time not yet fixed, as the secretary writes it ("fm eller em", "förmiddag"). The
    /// meeting is tentative while it is set.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tentative_time: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// Video link (Teams, Zoom …).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub online: String,
    pub status: MeetingStatus,
    /// Beteckning or diarienummer, printed in the letterhead ("RS 2021/123").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reference: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<Minutes>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MeetingStatus {
    /// A date put forward, not yet decided ("Förslag mötestider 2022").
    Proposed,
    Planned,
    NoticeSent,
    /// Held; its minutes, if any, are a draft (utkast).
    Held,
    /// The minutes are with the justerare (för justering).
    MinutesForReview,
    /// The minutes are signed off (justerade) and locked.
    MinutesApproved,
    Cancelled,
}

impl MeetingStatus {
    pub const ALL: [MeetingStatus; 7] = [
        Self::Proposed,
        Self::Planned,
        Self::NoticeSent,
        Self::Held,
        Self::MinutesForReview,
        Self::MinutesApproved,
        Self::Cancelled,
    ];
}

/// Someone named on an agenda or in minutes: a person in the document, or free text for
/// a guest who is not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Participant {
    Person(PersonId),
    Named(String),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "StoredAgendaItem")]
pub struct AgendaItem {
    pub id: AgendaItemId,
    /// The secretary's number: real agendas skip numbers.
    pub number: u32,
    pub title: String,
    pub kind: AgendaItemKind,
    /// Who presents the item, in order ("Föredragande: A, B och C").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presenters: Vec<Participant>,
    /// Planned length in minutes.
    #[serde(default)]
    pub duration: u32,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Guests invited for this item only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guests: Vec<Participant>,
    /// Points under the item ("Healthy Cities Sverige" under "Rapporter"); each starts a
    /// heading in the minutes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_items: Vec<String>,
    /// The matter (ärende) the item handles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matter: Option<MatterId>,
    /// The report-backs the item takes up ("Återrapportering – Barnalivet och
    /// Ungdomslivet"); minuting the item marks them received.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub report_backs: Vec<AssignmentId>,
}

/// An agenda item as a file holds it: up to format 3 an item had one `presenter`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredAgendaItem {
    id: AgendaItemId,
    number: u32,
    title: String,
    kind: AgendaItemKind,
    #[serde(default)]
    presenter: Option<Participant>,
    #[serde(default)]
    presenters: Vec<Participant>,
    #[serde(default)]
    duration: u32,
    #[serde(default)]
    description: String,
    #[serde(default)]
    guests: Vec<Participant>,
    #[serde(default)]
    sub_items: Vec<String>,
    #[serde(default)]
    matter: Option<MatterId>,
    #[serde(default)]
    report_backs: Vec<AssignmentId>,
}

/// The presenters of a format 3 item (one `presenter`) and of a current one (a list), as
/// one list: the old one first unless the list has it already.
pub(crate) fn merge_presenters(
    old: Option<Participant>,
    mut presenters: Vec<Participant>,
) -> Vec<Participant> {
    if let Some(p) = old
        && !presenters.contains(&p)
    {
        presenters.insert(0, p);
    }
    presenters
}

impl From<StoredAgendaItem> for AgendaItem {
    fn from(s: StoredAgendaItem) -> Self {
        let presenters = merge_presenters(s.presenter, s.presenters);
        Self {
            id: s.id,
            number: s.number,
            title: s.title,
            kind: s.kind,
            presenters,
            duration: s.duration,
            description: s.description,
            guests: s.guests,
            sub_items: s.sub_items,
            matter: s.matter,
            report_backs: s.report_backs,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AgendaItemKind {
    Information,
    Decision,
    Discussion,
    Dialogue,
    Report,
    /// How the meeting went, what drives and hinders the work ("Driv och hinder").
    Evaluation,
    /// Going through the last meeting's notes ("Föregående minnesanteckningar").
    Review,
}

impl AgendaItemKind {
    pub const ALL: [AgendaItemKind; 7] = [
        Self::Information,
        Self::Decision,
        Self::Discussion,
        Self::Dialogue,
        Self::Report,
        Self::Evaluation,
        Self::Review,
    ];
}

impl Meeting {
    /// A planned meeting on `date` with no times, place or agenda yet.
    pub fn new(id: MeetingId, bodies: Vec<BodyId>, date: NaiveDate) -> Self {
        Self {
            id,
            bodies,
            title: String::new(),
            date,
            last_day: None,
            start: None,
            end: None,
            tentative_time: String::new(),
            place: String::new(),
            online: String::new(),
            status: MeetingStatus::Planned,
            reference: String::new(),
            agenda: Vec::new(),
            minutes: None,
        }
    }

    /// "09:00–11:00", "09:00", the time not yet fixed ("fm eller em"), or nothing.
    pub fn time_text(&self) -> String {
        match (self.start, self.end) {
            (Some(s), Some(e)) => format!("{}–{}", s.format("%H:%M"), e.format("%H:%M")),
            (Some(s), None) => s.format("%H:%M").to_string(),
            _ => self.tentative_time.trim().to_owned(),
        }
    }

    /// The meeting's length in minutes, when both times are set (over midnight counts).
    pub fn length_minutes(&self) -> Option<i64> {
        let (start, end) = (self.start?, self.end?);
        let mut minutes = (end - start).num_minutes();
        if minutes < 0 {
            minutes += 24 * 60;
        }
        Some(minutes)
    }

    /// The last day the meeting runs: its date, or the last of several days.
    pub fn end_date(&self) -> NaiveDate {
        self.last_day
            .filter(|d| *d > self.date)
            .unwrap_or(self.date)
    }

    /// Whether the meeting runs on `day`.
    pub fn is_on(&self, day: NaiveDate) -> bool {
        (self.date..=self.end_date()).contains(&day)
    }

    /// Proposed, or at a time not yet fixed: a calendar should show it as tentative.
    pub fn is_tentative(&self) -> bool {
        self.status == MeetingStatus::Proposed || !self.tentative_time.trim().is_empty()
    }

    /// When the meeting begins and ends, when both times are set: from the first day's
    /// start to the last day's end (over midnight counts).
    fn span(&self) -> Option<(chrono::NaiveDateTime, chrono::NaiveDateTime)> {
        let (start, end) = (self.start?, self.end?);
        let from = self.date.and_time(start);
        let mut to = self.end_date().and_time(end);
        if to <= from {
            to += chrono::Duration::days(1);
        }
        Some((from, to))
    }

    /// Whether the two meetings overlap in time. Without both times we cannot say, so no.
    pub fn overlaps(&self, other: &Meeting) -> bool {
        match (self.span(), other.span()) {
            (Some((a0, a1)), Some((b0, b1))) => a0 < b1 && b0 < a1,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(id: &str, day: u32, last: Option<u32>, from: u32, to: u32) -> Meeting {
        let date = |d: u32| NaiveDate::from_ymd_opt(2022, 12, d).unwrap();
        let mut m = Meeting::new(MeetingId::new(id), Vec::new(), date(day));
        m.last_day = last.map(date);
        m.start = NaiveTime::from_hms_opt(from, 0, 0);
        m.end = NaiveTime::from_hms_opt(to, 0, 0);
        m
    }

    /// A two-day internat (1 December 10:00 to 2 December 15:00) runs on both days and
    /// overlaps a meeting on the second morning, not one on the third.
    #[test]
    fn a_meeting_over_two_days_runs_and_overlaps_on_both() {
        let internat = at("i", 1, Some(2), 10, 15);
        assert_eq!(
            internat.end_date(),
            NaiveDate::from_ymd_opt(2022, 12, 2).unwrap()
        );
        assert!(internat.is_on(NaiveDate::from_ymd_opt(2022, 12, 2).unwrap()));
        assert!(!internat.is_on(NaiveDate::from_ymd_opt(2022, 12, 3).unwrap()));
        assert!(internat.overlaps(&at("m", 2, None, 8, 9)));
        assert!(!internat.overlaps(&at("n", 3, None, 8, 9)));
        assert!(
            !internat.overlaps(&at("e", 1, None, 8, 9)),
            "before it starts"
        );
        // A last day before the first is no second day.
        assert_eq!(
            at("x", 2, Some(1), 9, 10).end_date(),
            NaiveDate::from_ymd_opt(2022, 12, 2).unwrap()
        );
    }

    #[test]
    fn a_meeting_is_tentative_while_proposed_or_its_time_is_open() {
        let mut m = at("t", 1, None, 9, 10);
        assert!(!m.is_tentative());
        m.tentative_time = "fm eller em".into();
        assert!(m.is_tentative());
        m.tentative_time.clear();
        m.status = MeetingStatus::Proposed;
        assert!(m.is_tentative());
    }
}
