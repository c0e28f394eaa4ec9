//! The minutes' way to sign-off: utkast → för justering → justerat. The stage is the
//! meeting's status; signed-off minutes are locked (their text, decisions and § numbers
//! stay as signed) until someone opens them again on purpose, which leaves a dated line in
//! the minutes' history.

use super::meeting::{Meeting, MeetingStatus};
use super::minutes::{Minutes, MinutesChange, MinutesEvent};
use chrono::NaiveDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Utkast.
    Draft,
    /// För justering.
    ForReview,
    /// Justerat.
    Approved,
}

/// The stage of the meeting's minutes, or `None` when it has none.
pub fn stage(meeting: &Meeting) -> Option<Stage> {
    meeting.minutes.as_ref()?;
    Some(match meeting.status {
        MeetingStatus::MinutesForReview => Stage::ForReview,
        MeetingStatus::MinutesApproved => Stage::Approved,
        _ => Stage::Draft,
    })
}

/// Signed-off minutes: nothing in them may change until they are opened again.
pub fn is_locked(meeting: &Meeting) -> bool {
    stage(meeting) == Some(Stage::Approved)
}

fn step(meeting: &Meeting, status: MeetingStatus, event: MinutesEvent) -> Meeting {
    let mut m = meeting.clone();
    m.status = status;
    m.minutes
        .get_or_insert_with(Minutes::default)
        .history
        .push(event);
    m
}

/// The meeting with its minutes sent to the justerare.
pub fn send_for_review(meeting: &Meeting, date: NaiveDate) -> Meeting {
    step(
        meeting,
        MeetingStatus::MinutesForReview,
        MinutesEvent {
            date,
            change: MinutesChange::SentForReview,
            note: String::new(),
        },
    )
}

/// The meeting with its minutes signed off, and so locked.
pub fn approve(meeting: &Meeting, date: NaiveDate) -> Meeting {
    step(
        meeting,
        MeetingStatus::MinutesApproved,
        MinutesEvent {
            date,
            change: MinutesChange::Approved,
            note: String::new(),
        },
    )
}

/// The meeting with its signed-off minutes opened again as a draft, and why.
pub fn reopen(meeting: &Meeting, date: NaiveDate, note: &str) -> Meeting {
    step(
        meeting,
        MeetingStatus::Held,
        MinutesEvent {
            date,
            change: MinutesChange::Reopened,
            note: note.trim().to_owned(),
        },
    )
}

/// The minutes as the lock sees them: without their history, and with every action item's
/// "done" cleared, since following up an action is not a change to what was minuted.
fn locked_part(minutes: &Minutes) -> Minutes {
    let mut m = minutes.clone();
    m.history.clear();
    for a in &mut m.action_items {
        a.done = false;
    }
    for block in m.items.iter_mut().flat_map(|s| &mut s.blocks) {
        if let super::minutes::Block::Decision(d) = block {
            d.done = false;
        }
    }
    m
}

/// An agenda without its links to matters: filing a signed-off item under a matter (or
/// sending it on) does not change what the minutes say.
fn agenda_content(agenda: &[super::meeting::AgendaItem]) -> Vec<super::meeting::AgendaItem> {
    agenda
        .iter()
        .cloned()
        .map(|mut i| {
            i.matter = None;
            i
        })
        .collect()
}

/// Whether `new` may replace `old`. Anything may change while the minutes are not signed
/// off. Signed-off minutes keep their content, their agenda (numbers, titles) and their
/// date; their history may grow, their actions and decisions be ticked off, their items be
/// filed under a matter, and their status change
/// (opening them again goes through [`reopen`], which records it).
pub fn change_allowed(old: &Meeting, new: &Meeting) -> bool {
    if !is_locked(old) {
        return true;
    }
    let (Some(a), Some(b)) = (&old.minutes, &new.minutes) else {
        return false;
    };
    locked_part(a) == locked_part(b)
        && b.history.starts_with(&a.history)
        && agenda_content(&old.agenda) == agenda_content(&new.agenda)
        && old.date == new.date
        && old.bodies == new.bodies
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::minutes::{Block, ItemMinutes};
    use crate::model::{AgendaItemId, BodyId, MeetingId};

    fn held() -> Meeting {
        let mut m = Meeting::new(
            MeetingId::new("m1"),
            vec![BodyId::new("b1")],
            NaiveDate::from_ymd_opt(2021, 11, 4).unwrap(),
        );
        m.status = MeetingStatus::Held;
        let mut minutes = Minutes::default();
        let mut section = ItemMinutes::new(AgendaItemId::new("i1"));
        section
            .blocks
            .push(Block::Decision("Beslutade att …".into()));
        minutes.items.push(section);
        m.minutes = Some(minutes);
        m
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2021, 11, d).unwrap()
    }

    #[test]
    fn draft_to_review_to_signed_off_leaves_a_dated_line_each() {
        let m = held();
        assert_eq!(stage(&m), Some(Stage::Draft));
        let m = send_for_review(&m, day(5));
        assert_eq!(stage(&m), Some(Stage::ForReview));
        assert!(!is_locked(&m));
        let m = approve(&m, day(10));
        assert!(is_locked(&m));
        let changes: Vec<_> = m
            .minutes
            .as_ref()
            .unwrap()
            .history
            .iter()
            .map(|e| (e.date, e.change))
            .collect();
        assert_eq!(
            changes,
            [
                (day(5), MinutesChange::SentForReview),
                (day(10), MinutesChange::Approved)
            ]
        );
    }

    #[test]
    fn signed_off_minutes_refuse_changes_until_reopened() {
        let signed = approve(&held(), day(10));
        let mut edited = signed.clone();
        if let Some(Block::Decision(d)) =
            edited.minutes.as_mut().unwrap().items[0].blocks.get_mut(0)
        {
            d.text.push_str(" ändrat");
        }
        assert!(!change_allowed(&signed, &edited));
        let mut renumbered = signed.clone();
        renumbered.minutes.as_mut().unwrap().items[0].paragraph = Some(7);
        assert!(
            !change_allowed(&signed, &renumbered),
            "§ numbers are frozen"
        );

        let reopened = reopen(&signed, day(12), "Fel namn");
        assert!(change_allowed(&signed, &reopened));
        assert!(!is_locked(&reopened));
        let last = reopened.minutes.as_ref().unwrap().history.last().unwrap();
        assert_eq!(
            (last.date, last.change, last.note.as_str()),
            (day(12), MinutesChange::Reopened, "Fel namn")
        );
        assert!(
            change_allowed(&reopened, &edited),
            "a reopened draft can change"
        );
    }

    #[test]
    fn ticking_off_an_action_is_not_changing_signed_minutes() {
        let mut m = held();
        m.minutes
            .as_mut()
            .unwrap()
            .action_items
            .push(crate::model::ActionItem {
                id: crate::model::ActionItemId::new("a1"),
                text: "Skicka ut".into(),
                owner: None,
                due: None,
                item: None,
                done: false,
            });
        let signed = approve(&m, day(10));
        let mut done = signed.clone();
        done.minutes.as_mut().unwrap().action_items[0].done = true;
        assert!(change_allowed(&signed, &done));
        let mut reworded = signed.clone();
        reworded.minutes.as_mut().unwrap().action_items[0].text = "Annat".into();
        assert!(!change_allowed(&signed, &reworded));
    }
}
