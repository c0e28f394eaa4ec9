//! Meetings with their agenda (dagordning) and minutes (mötesanteckningar).

use super::ids::{ActionItemId, AgendaItemId, BodyId, MeetingId, PersonId};
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
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveTime>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// Video link (Teams, Zoom …).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub online: String,
    pub status: MeetingStatus,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<Minutes>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MeetingStatus {
    Planned,
    NoticeSent,
    Held,
    MinutesApproved,
    Cancelled,
}

impl MeetingStatus {
    pub const ALL: [MeetingStatus; 5] = [
        Self::Planned,
        Self::NoticeSent,
        Self::Held,
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

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Minutes {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<Attendance>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ItemMinutes>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub action_items: Vec<ActionItem>,
    /// Who wrote the minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secretary: Option<Participant>,
    /// Sign-off (justering).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_off: Option<SignOff>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    pub who: Participant,
    pub presence: Presence,
    /// For guests: the items they attended ("punkt 2").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<AgendaItemId>,
    /// E.g. their title as written in the minutes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Presence {
    Present,
    Absent,
    Guest,
}

impl Presence {
    pub const ALL: [Presence; 3] = [Self::Present, Self::Absent, Self::Guest];
}

/// What was said and decided under one agenda item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemMinutes {
    pub item: AgendaItemId,
    /// Continuous § number per body and year, when the body numbers its paragraphs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// "Frågor/synpunkter".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub questions: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<String>,
    /// The item comes back at the next meeting ("återkommer vid nästa möte").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub returns: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    pub id: ActionItemId,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Participant>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// The agenda item it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<AgendaItemId>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignOff {
    /// Justerare.
    pub by: Vec<Participant>,
    pub date: NaiveDate,
}

impl Meeting {
    /// A planned meeting on `date` with no times, place or agenda yet.
    pub fn new(id: MeetingId, bodies: Vec<BodyId>, date: NaiveDate) -> Self {
        Self {
            id,
            bodies,
            title: String::new(),
            date,
            start: None,
            end: None,
            place: String::new(),
            online: String::new(),
            status: MeetingStatus::Planned,
            agenda: Vec::new(),
            minutes: None,
        }
    }

    /// "09:00–11:00", "09:00" or nothing.
    pub fn time_text(&self) -> String {
        match (self.start, self.end) {
            (Some(s), Some(e)) => format!("{}–{}", s.format("%H:%M"), e.format("%H:%M")),
            (Some(s), None) => s.format("%H:%M").to_string(),
            _ => String::new(),
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

    /// Whether the two meetings overlap in time. Without both times we cannot say, so no.
    pub fn overlaps(&self, other: &Meeting) -> bool {
        if self.date != other.date {
            return false;
        }
        match (self.start, self.end, other.start, other.end) {
            (Some(a0), Some(a1), Some(b0), Some(b1)) => a0 < b1 && b0 < a1,
            _ => false,
        }
    }
}
