//! Matters (ärenden): one question followed across bodies, from where it started, through
//! every agenda item that handled it and what was decided there.

use super::agenda::closing_position;
use super::decision::Decision;
use super::document::Document;
use super::ids::{AgendaItemId, BodyId, MatterId, MeetingId, PersonId, fresh_id};
use super::meeting::{AgendaItem, AgendaItemKind, Meeting, MeetingStatus};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Matter {
    pub id: MatterId,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub origin: Origin,
    /// Who keeps the matter moving (handläggare).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonId>,
    pub status: MatterStatus,
    /// When it was raised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<NaiveDate>,
}

/// Where a matter came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Origin {
    Body(BodyId),
    Meeting(MeetingId),
    /// Someone outside the structure ("Länsstyrelsen", "Socialstyrelsen").
    Outside(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MatterStatus {
    /// Väckt.
    Initiated,
    /// Under beredning.
    InPreparation,
    /// Skickat vidare to another body.
    SentOn,
    Decided,
    Closed,
}

impl MatterStatus {
    pub const ALL: [MatterStatus; 5] = [
        Self::Initiated,
        Self::InPreparation,
        Self::SentOn,
        Self::Decided,
        Self::Closed,
    ];

    pub fn is_open(self) -> bool {
        !matches!(self, Self::Decided | Self::Closed)
    }
}

/// One place a matter was handled: an agenda item of a meeting, with what was decided.
#[derive(Clone, Debug)]
pub struct Step<'a> {
    pub meeting: &'a Meeting,
    pub item: &'a AgendaItem,
    pub paragraph: Option<u32>,
    pub decisions: Vec<&'a Decision>,
}

/// Every agenda item, in any body, linked to the matter, by meeting date and time, then
/// agenda order. Cancelled meetings are left out: the matter was not handled there.
pub fn trail<'a>(doc: &'a Document, matter: &MatterId) -> Vec<Step<'a>> {
    let mut steps: Vec<Step<'a>> = Vec::new();
    for meeting in doc
        .meetings
        .iter()
        .filter(|m| m.status != MeetingStatus::Cancelled)
    {
        for item in meeting
            .agenda
            .iter()
            .filter(|i| i.matter.as_ref() == Some(matter))
        {
            let section = meeting
                .minutes
                .as_ref()
                .and_then(|m| m.items.iter().find(|s| s.item == item.id));
            steps.push(Step {
                meeting,
                item,
                paragraph: section.and_then(|s| s.paragraph),
                decisions: section
                    .map(|s| {
                        s.blocks
                            .iter()
                            .filter_map(|b| match b {
                                super::minutes::Block::Decision(d) if !d.text.trim().is_empty() => {
                                    Some(d)
                                }
                                _ => None,
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            });
        }
    }
    steps.sort_by_key(|s| (s.meeting.date, s.meeting.start, s.item.number));
    steps
}

/// The bodies a matter has passed through, in the order of its trail, each once.
pub fn bodies_passed(doc: &Document, matter: &MatterId) -> Vec<BodyId> {
    let mut out: Vec<BodyId> = Vec::new();
    for step in trail(doc, matter) {
        for b in &step.meeting.bodies {
            if !out.contains(b) {
                out.push(b.clone());
            }
        }
    }
    out
}

/// A fresh matter id.
pub fn new_matter_id(doc: &Document) -> MatterId {
    MatterId::new(fresh_id(
        MatterId::PREFIX,
        doc.matters.iter().map(|m| m.id.as_str()),
    ))
}

/// The next meeting of `body` after `after` that can still take an item: not cancelled,
/// not held.
pub fn next_meeting<'a>(doc: &'a Document, body: &BodyId, after: NaiveDate) -> Option<&'a Meeting> {
    doc.meetings
        .iter()
        .filter(|m| {
            m.bodies.contains(body)
                && m.date > after
                && matches!(
                    m.status,
                    MeetingStatus::Proposed | MeetingStatus::Planned | MeetingStatus::NoticeSent
                )
        })
        .min_by_key(|m| (m.date, m.start))
}

/// What "send on to …" changes: the matter (new, or with its status now "sent on"), the
/// deciding meeting with its item linked to the matter, and the other body's next meeting
/// with the item on its agenda.
#[derive(Clone, Debug, PartialEq)]
pub struct SendOn {
    pub matter: Matter,
    pub from: Meeting,
    pub to: Meeting,
    pub new_item: AgendaItemId,
}

/// Why a matter could not be sent on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendOnError {
    /// The agenda item is not in the meeting.
    NoItem,
    /// The receiving body has no coming meeting to put it on.
    NoMeeting(BodyId),
    /// It is already on that meeting's agenda.
    AlreadyThere(MeetingId),
}

/// Send the matter of `item` (made from the item when it has none) on to `body`: a new item
/// on the body's next meeting after this one, before its closing items, linked to the same
/// matter and saying where it comes from.
pub fn send_on(
    doc: &Document,
    meeting: &MeetingId,
    item: &AgendaItemId,
    body: &BodyId,
    today: NaiveDate,
) -> Result<SendOn, SendOnError> {
    let from = doc.meeting(meeting).ok_or(SendOnError::NoItem)?;
    let source = from
        .agenda
        .iter()
        .find(|i| &i.id == item)
        .ok_or(SendOnError::NoItem)?;
    let target = next_meeting(doc, body, from.date.max(today - chrono::Days::new(1)))
        .filter(|m| m.id != from.id)
        .ok_or_else(|| SendOnError::NoMeeting(body.clone()))?;
    let mut matter = match source.matter.as_ref().and_then(|m| doc.matter(m)) {
        Some(m) => m.clone(),
        None => Matter {
            id: new_matter_id(doc),
            title: source.title.clone(),
            description: String::new(),
            origin: Origin::Meeting(from.id.clone()),
            owner: None,
            status: MatterStatus::Initiated,
            opened: Some(from.date),
        },
    };
    if target
        .agenda
        .iter()
        .any(|i| i.matter.as_ref() == Some(&matter.id))
    {
        return Err(SendOnError::AlreadyThere(target.id.clone()));
    }
    matter.status = MatterStatus::SentOn;
    let mut from_meeting = from.clone();
    if let Some(i) = from_meeting.agenda.iter_mut().find(|i| &i.id == item) {
        i.matter = Some(matter.id.clone());
    }
    let mut to = target.clone();
    let new_id = super::agenda::new_item_id(doc, &to);
    let decided: Vec<&str> = from
        .minutes
        .as_ref()
        .and_then(|m| m.items.iter().find(|s| &s.item == item))
        .map(|s| s.decisions().collect())
        .unwrap_or_default();
    let origin = doc.meeting_title(from);
    let mut description = format!("{origin} {}", from.date); // not UI: printed like a reference
    if !decided.is_empty() {
        description.push_str(": ");
        description.push_str(&decided.join(" "));
    }
    let new_item = AgendaItem {
        id: new_id.clone(),
        number: super::agenda::next_number(&to.agenda),
        title: source.title.clone(),
        kind: AgendaItemKind::Decision,
        presenters: Vec::new(),
        duration: source.duration.max(10),
        description,
        guests: Vec::new(),
        sub_items: Vec::new(),
        matter: Some(matter.id.clone()),
        report_backs: Vec::new(),
    };
    let at = closing_position(&to.agenda);
    to.agenda.insert(at, new_item);
    Ok(SendOn {
        matter,
        from: from_meeting,
        to,
        new_item: new_id,
    })
}
