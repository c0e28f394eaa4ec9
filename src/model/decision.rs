//! Decisions (beslut) taken under an agenda item, with who follows them up and by when, and
//! the register of every decision in the document.

use super::document::Document;
use super::ids::{AgendaItemId, BodyId, MatterId};
use super::meeting::{AgendaItem, Meeting, MeetingStatus, Participant};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// One decision: its words ("Beredningsgruppen beslutade att …") and, when it has to be
/// carried out, who is responsible, the deadline and whether it is done.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Participant>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
}

impl Decision {
    /// Whether anything beyond the words is recorded; a plain decision is written as text.
    pub fn is_tracked(&self) -> bool {
        self.owner.is_some() || self.due.is_some() || self.done
    }

    /// Where its follow-up stands on `today`.
    pub fn follow_up(&self, today: NaiveDate) -> FollowUp {
        if self.done {
            FollowUp::Done
        } else if self.due.is_some_and(|d| d < today) {
            FollowUp::Overdue
        } else if self.due.is_some() || self.owner.is_some() {
            FollowUp::Open
        } else {
            FollowUp::Nothing
        }
    }
}

impl From<&str> for Decision {
    fn from(text: &str) -> Self {
        text.to_owned().into()
    }
}

impl From<String> for Decision {
    fn from(text: String) -> Self {
        Self {
            text,
            ..Self::default()
        }
    }
}

/// Where a decision's follow-up stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FollowUp {
    /// Nobody has to do anything: no owner, no deadline.
    Nothing,
    /// Someone is to carry it out, not yet done, not late.
    Open,
    /// Past its deadline and not done.
    Overdue,
    Done,
}

impl FollowUp {
    pub const ALL: [FollowUp; 4] = [Self::Nothing, Self::Open, Self::Overdue, Self::Done];
}

/// One line of the register: a decision and where it was taken.
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    pub meeting: &'a Meeting,
    /// The agenda item it was taken under; `None` when the item has been removed.
    pub item: Option<&'a AgendaItem>,
    pub item_id: &'a AgendaItemId,
    pub paragraph: Option<u32>,
    /// The decision's place among the section's blocks, which makes it unique in the
    /// meeting together with the item.
    pub block: usize,
    pub decision: &'a Decision,
}

impl Entry<'_> {
    /// The body that decided: the meeting's first body.
    pub fn body(&self) -> Option<&BodyId> {
        self.meeting.bodies.first()
    }

    pub fn matter(&self) -> Option<&MatterId> {
        self.item.and_then(|i| i.matter.as_ref())
    }

    /// "§ 12" when the body numbers paragraphs, else the item's number ("punkt 4"), as the
    /// reader finds it in the minutes.
    pub fn number(&self) -> (Option<u32>, Option<u32>) {
        (self.paragraph, self.item.map(|i| i.number))
    }
}

/// Every decision in the document exactly once, by date and time of the meeting, then in
/// the order of the minutes. Decisions with no words are left out. Cancelled meetings'
/// minutes are kept: what is written there was decided.
pub fn register(doc: &Document) -> Vec<Entry<'_>> {
    let mut meetings: Vec<&Meeting> = doc
        .meetings
        .iter()
        .filter(|m| m.minutes.is_some())
        .collect();
    meetings.sort_by_key(|m| (m.date, m.start));
    let mut out = Vec::new();
    for meeting in meetings {
        let Some(minutes) = &meeting.minutes else {
            continue;
        };
        // In agenda order; sections whose item is gone after them.
        let rank = |id: &AgendaItemId| {
            meeting
                .agenda
                .iter()
                .position(|i| &i.id == id)
                .unwrap_or(usize::MAX)
        };
        let mut sections: Vec<_> = minutes.items.iter().collect();
        sections.sort_by_key(|s| rank(&s.item));
        for section in sections {
            let item = meeting.agenda.iter().find(|i| i.id == section.item);
            for (block, b) in section.blocks.iter().enumerate() {
                if let super::minutes::Block::Decision(decision) = b
                    && !decision.text.trim().is_empty()
                {
                    out.push(Entry {
                        meeting,
                        item,
                        item_id: &section.item,
                        paragraph: section.paragraph,
                        block,
                        decision,
                    });
                }
            }
        }
    }
    out
}

/// The decision at block `block` of `item`'s minutes in `meeting`, as the register lists it.
pub fn entry<'a>(
    doc: &'a Document,
    meeting: &super::ids::MeetingId,
    item: &AgendaItemId,
    block: usize,
) -> Option<Entry<'a>> {
    let m = doc.meeting(meeting)?;
    let section = m.minutes.as_ref()?.items.iter().find(|s| &s.item == item)?;
    match section.blocks.get(block)? {
        super::minutes::Block::Decision(decision) => Some(Entry {
            meeting: m,
            item: m.agenda.iter().find(|i| &i.id == item),
            item_id: &section.item,
            paragraph: section.paragraph,
            block,
            decision,
        }),
        _ => None,
    }
}

/// What the register is narrowed to. Empty fields narrow nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    pub body: Option<BodyId>,
    /// A calendar year of the meeting.
    pub year: Option<i32>,
    pub status: Option<FollowUp>,
    /// Words that must all occur (any case) in the decision, the item's title or the matter.
    pub text: String,
}

impl Filter {
    pub fn keeps(&self, doc: &Document, entry: &Entry<'_>, today: NaiveDate) -> bool {
        if let Some(body) = &self.body
            && !entry.meeting.bodies.contains(body)
        {
            return false;
        }
        if self.year.is_some_and(|y| entry.meeting.date.year() != y) {
            return false;
        }
        if self
            .status
            .is_some_and(|s| entry.decision.follow_up(today) != s)
        {
            return false;
        }
        if self.text.trim().is_empty() {
            return true;
        }
        let mut haystack = entry.decision.text.to_lowercase();
        if let Some(item) = entry.item {
            haystack.push(' ');
            haystack.push_str(&item.title.to_lowercase());
        }
        if let Some(m) = entry.matter().and_then(|m| doc.matter(m)) {
            haystack.push(' ');
            haystack.push_str(&m.title.to_lowercase());
        }
        self.text
            .to_lowercase()
            .split_whitespace()
            .all(|w| haystack.contains(w))
    }
}

/// Open decisions with a deadline, as the overview lists what is late or soon due: not
/// done, a deadline on or before `until`, latest deadline last.
pub fn open_with_deadline(doc: &Document, until: NaiveDate) -> Vec<Entry<'_>> {
    let mut out: Vec<Entry<'_>> = register(doc)
        .into_iter()
        .filter(|e| {
            e.meeting.status != MeetingStatus::Cancelled
                && !e.decision.done
                && e.decision.due.is_some_and(|d| d <= until)
        })
        .collect();
    out.sort_by_key(|e| e.decision.due);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn a_decisions_follow_up_is_nothing_open_overdue_or_done() {
        let today = day("2027-03-01");
        let mut d = Decision::from("Beslutade att …");
        assert_eq!(d.follow_up(today), FollowUp::Nothing);
        assert!(!d.is_tracked());
        d.due = Some(day("2027-03-01"));
        assert_eq!(d.follow_up(today), FollowUp::Open, "due today is not late");
        d.due = Some(day("2027-02-28"));
        assert_eq!(d.follow_up(today), FollowUp::Overdue);
        d.done = true;
        assert_eq!(d.follow_up(today), FollowUp::Done);
        assert!(d.is_tracked());
    }
}
