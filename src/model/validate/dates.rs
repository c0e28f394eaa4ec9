//! Dates outside the years calendars and exports can write.

use super::{Target, Validator};
use crate::i18n::problems;
use crate::model::validate::MAX_YEAR;
use crate::model::validate::MIN_YEAR;
use chrono::{Datelike, NaiveDate};

impl Validator<'_> {
    /// Dates outside the years calendars and exports can write (0001–9999): a typing slip
    /// such as the year 20266 would otherwise break the .ics file.
    pub(super) fn date_range(&mut self) {
        let d = self.doc;
        let mut bad: Vec<(String, Target, NaiveDate)> = Vec::new();
        let mut check = |path: String, target: Target, date: Option<NaiveDate>| {
            if let Some(date) = date
                && !(MIN_YEAR..=MAX_YEAR).contains(&date.year())
            {
                bad.push((path, target, date));
            }
        };
        for (i, m) in d.meetings.iter().enumerate() {
            let t = || Target::Meeting(m.id.clone());
            check(format!("meetings[{i}].date"), t(), Some(m.date));
            check(format!("meetings[{i}].last_day"), t(), m.last_day);
            if let Some(minutes) = &m.minutes {
                for (j, a) in minutes.action_items.iter().enumerate() {
                    check(
                        format!("meetings[{i}].minutes.action_items[{j}].due"),
                        t(),
                        a.due,
                    );
                }
                check(
                    format!("meetings[{i}].minutes.sign_off.date"),
                    t(),
                    minutes.sign_off.as_ref().map(|s| s.date),
                );
            }
        }
        for (i, b) in d.bodies.iter().enumerate() {
            let t = || Target::Body(b.id.clone());
            check(format!("bodies[{i}].established"), t(), b.established);
            check(format!("bodies[{i}].ended"), t(), b.ended);
            for (j, ms) in b.memberships.iter().enumerate() {
                check(format!("bodies[{i}].memberships[{j}].from"), t(), ms.from);
                check(format!("bodies[{i}].memberships[{j}].to"), t(), ms.to);
            }
        }
        for (i, a) in d.assignments.iter().enumerate() {
            check(format!("assignments[{i}].given"), Target::Other, a.given);
            check(format!("assignments[{i}].due"), Target::Other, a.due);
        }
        for (i, a) in d.agreements.iter().enumerate() {
            check(format!("agreements[{i}].signed"), Target::Other, a.signed);
            check(format!("agreements[{i}].review"), Target::Other, a.review);
        }
        for (i, g) in d.documents.iter().enumerate() {
            check(format!("documents[{i}].adopted"), Target::Other, g.adopted);
            check(
                format!("documents[{i}].next_review"),
                Target::Other,
                g.next_review,
            );
        }
        for (path, target, date) in bad {
            self.error(path, target, |l| {
                problems::date_outside_years(date, MIN_YEAR, MAX_YEAR, l)
            });
        }
    }
}
