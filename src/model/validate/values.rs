//! Values out of range or contradicting each other.

use super::{Target, Validator};
use crate::i18n::problems;
use crate::model::Recurrence;
use chrono::NaiveDate;

impl Validator<'_> {
    /// Values that are out of range or contradict each other.
    pub(super) fn values(&mut self) {
        let d = self.doc;
        if !(1..=12).contains(&d.cycle.start_month) {
            self.error("cycle.start_month".into(), Target::Document, |l| {
                problems::no_such_start_month(d.cycle.start_month, l)
            });
        }
        for (i, p) in d.people.iter().enumerate() {
            if p.name.trim().is_empty() {
                self.warning(
                    format!("people[{i}].name"),
                    Target::Person(p.id.clone()),
                    problems::person_without_name,
                );
            }
        }
        for (i, o) in d.organisations.iter().enumerate() {
            if o.name.trim().is_empty() {
                self.warning(
                    format!("organisations[{i}].name"),
                    Target::Organisation(o.id.clone()),
                    problems::organisation_without_name,
                );
            }
        }
        for (b, body) in d.bodies.iter().enumerate() {
            let target = Target::Body(body.id.clone());
            if body.name.trim().is_empty() {
                self.warning(
                    format!("bodies[{b}].name"),
                    target.clone(),
                    problems::body_without_name,
                );
            }
            if let (Some(from), Some(to)) = (body.established, body.ended)
                && to < from
            {
                self.error(format!("bodies[{b}].ended"), target.clone(), |l| {
                    problems::body_ends_before_established(&body.name, to, from, l)
                });
            }
            for (m, ms) in body.memberships.iter().enumerate() {
                if let (Some(from), Some(to)) = (ms.from, ms.to)
                    && to < from
                {
                    self.error(
                        format!("bodies[{b}].memberships[{m}].to"),
                        target.clone(),
                        |l| problems::seat_ends_before_start(&body.name, to, from, l),
                    );
                }
            }
        }
        for (i, l) in d.links.iter().enumerate() {
            if l.from == l.to {
                self.error(
                    format!("links[{i}]"),
                    Target::Body(l.from.clone()),
                    |lang| problems::body_linked_to_itself(l.from.as_str(), lang),
                );
            }
        }
        for (i, m) in d.meetings.iter().enumerate() {
            let target = Target::Meeting(m.id.clone());
            if m.bodies.is_empty() {
                self.error(format!("meetings[{i}].bodies"), target.clone(), |l| {
                    problems::meeting_without_body(m.date, l)
                });
            }
            if let (Some(s), Some(e)) = (m.start, m.end)
                && e <= s
            {
                self.warning(format!("meetings[{i}].end"), target.clone(), |l| {
                    problems::meeting_ends_before_start(m.date, e, s, l)
                });
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
                self.error(path, Target::Other, |l| {
                    problems::activity_time_missing(&a.title, l)
                });
            }
        }
    }
}
