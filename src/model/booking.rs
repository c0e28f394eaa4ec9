//! Double bookings: a person expected at two meetings that overlap in time. One rule for the
//! problem list and the timeline. A person is expected at a meeting as an active member of
//! one of its bodies on its day, as a presenter or as a guest of one of its items.
//!
//! Found per day by a sweep over the meetings in start order that keeps, for each person, the
//! meetings they are in that have not ended yet: the work is proportional to the bookings
//! plus the double bookings found, never to all pairs of meetings of a day, and it stops once
//! `limit` pairs are found.

use super::ids::PersonId;
use super::meeting::Participant;
use super::{Document, Meeting, MeetingStatus};
use chrono::{NaiveDate, NaiveTime};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Two meetings (indices into `Document::meetings`, the earlier start first) that share
/// people while they overlap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DoubleBooking {
    pub first: usize,
    pub second: usize,
    /// Everyone expected at both, in id order.
    pub people: Vec<PersonId>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DoubleBookings {
    /// In date order, then by the start of the second meeting.
    pub pairs: Vec<DoubleBooking>,
    /// More pairs exist than the limit allowed to list.
    pub more: bool,
}

/// Everyone expected at a meeting: active members of its bodies, presenters and guests.
pub fn expected_people<'a>(doc: &'a Document, meeting: &'a Meeting) -> BTreeSet<&'a PersonId> {
    let mut set = BTreeSet::new();
    for body in meeting.bodies.iter().filter_map(|b| doc.body(b)) {
        for seat in &body.memberships {
            if let Some(p) = &seat.person
                && seat.is_active_on(meeting.date)
            {
                set.insert(p);
            }
        }
    }
    for item in &meeting.agenda {
        for p in item.presenters.iter().chain(&item.guests) {
            if let Participant::Person(id) = p {
                set.insert(id);
            }
        }
    }
    set
}

/// The meeting's time on its day, when it can clash: not cancelled, with a start and an end
/// after it (see [`Meeting::overlaps`]).
fn interval(m: &Meeting) -> Option<(NaiveTime, NaiveTime)> {
    match (m.status, m.start, m.end) {
        (MeetingStatus::Cancelled, _, _) => None,
        (_, Some(start), Some(end)) if start < end => Some((start, end)),
        _ => None,
    }
}

/// The double bookings of meetings dated within `range` (inclusive; every date when `None`),
/// at most `limit` pairs.
pub fn double_bookings(
    doc: &Document,
    range: Option<(NaiveDate, NaiveDate)>,
    limit: usize,
) -> DoubleBookings {
    let mut by_day: BTreeMap<NaiveDate, Vec<(NaiveTime, NaiveTime, usize)>> = BTreeMap::new();
    for (i, m) in doc.meetings.iter().enumerate() {
        if range.is_some_and(|(from, to)| m.date < from || m.date > to) {
            continue;
        }
        if let Some((start, end)) = interval(m) {
            by_day.entry(m.date).or_default().push((start, end, i));
        }
    }
    let mut found = DoubleBookings::default();
    for day in by_day.into_values().filter(|d| d.len() > 1) {
        if sweep_day(doc, day, limit, &mut found) {
            found.more = true;
            break;
        }
    }
    found
}

/// One day's meetings; returns true when the limit was reached with more pairs to come.
fn sweep_day(
    doc: &Document,
    mut day: Vec<(NaiveTime, NaiveTime, usize)>,
    limit: usize,
    found: &mut DoubleBookings,
) -> bool {
    day.sort_unstable();
    // For each person, the meetings they are in that may still be running: (end, index).
    let mut running: HashMap<&PersonId, Vec<(NaiveTime, usize)>> = HashMap::new();
    for (start, end, i) in day {
        // The pairs this meeting makes, by the earlier meeting: who is in both.
        let mut pairs: BTreeMap<usize, Vec<PersonId>> = BTreeMap::new();
        for p in expected_people(doc, &doc.meetings[i]) {
            let theirs = running.entry(p).or_default();
            theirs.retain(|&(until, _)| until > start);
            for &(_, j) in theirs.iter() {
                pairs.entry(j).or_default().push(p.clone());
            }
            theirs.push((end, i));
        }
        for (first, people) in pairs {
            if found.pairs.len() == limit {
                return true;
            }
            found.pairs.push(DoubleBooking {
                first,
                second: i,
                people,
            });
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Body, BodyId, Membership, MembershipId, Role};

    fn meeting(id: &str, body: &str, start: u32, end: u32) -> Meeting {
        let mut m = Meeting::new(
            crate::model::MeetingId::new(id),
            vec![BodyId::new(body)],
            NaiveDate::from_ymd_opt(2026, 3, 10).unwrap_or_default(),
        );
        m.start = NaiveTime::from_hms_opt(start, 0, 0);
        m.end = NaiveTime::from_hms_opt(end, 0, 0);
        m
    }

    fn body(id: &str, people: &[&str]) -> Body {
        let mut b = Body::new(BodyId::new(id), id);
        for p in people {
            b.memberships.push(Membership::new(
                MembershipId::new(format!("{id}-{p}")),
                Some(PersonId::new(*p)),
                Role::Member,
            ));
        }
        b
    }

    #[test]
    fn one_pair_per_two_meetings_whatever_the_number_of_shared_people() {
        let mut doc = Document::new("t");
        doc.bodies.push(body("a", &["p1", "p2", "p3"]));
        doc.bodies.push(body("b", &["p1", "p2", "p4"]));
        doc.meetings.push(meeting("m1", "a", 9, 11));
        doc.meetings.push(meeting("m2", "b", 10, 12));
        doc.meetings.push(meeting("m3", "b", 11, 13)); // after m1, same body as m2
        let found = double_bookings(&doc, None, 100);
        let pairs: Vec<(usize, usize, usize)> = found
            .pairs
            .iter()
            .map(|p| (p.first, p.second, p.people.len()))
            .collect();
        // m1–m2 share p1 and p2; m2–m3 share p1, p2 and p4; m1 has ended when m3 starts.
        assert_eq!(pairs, vec![(0, 1, 2), (1, 2, 3)]);
        assert!(!found.more);
    }

    #[test]
    fn the_limit_stops_the_search_and_says_there_is_more() {
        let mut doc = Document::new("t");
        doc.bodies.push(body("a", &["p1"]));
        for i in 0..50 {
            doc.meetings.push(meeting(&format!("m{i}"), "a", 9, 11));
        }
        let found = double_bookings(&doc, None, 10);
        assert_eq!(found.pairs.len(), 10);
        assert!(found.more);
        assert_eq!(double_bookings(&doc, None, 5000).pairs.len(), 50 * 49 / 2);
    }
}
