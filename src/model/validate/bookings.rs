//! People booked in two meetings at the same time.

use super::{Target, Validator};
use crate::i18n::problems;
use crate::model::validate::MAX_DOUBLE_BOOKINGS;

impl Validator<'_> {
    /// People booked in two meetings at the same time (see [`super::booking`]): one warning
    /// per pair of meetings, at most [`MAX_DOUBLE_BOOKINGS`], then one that says there are more.
    pub(super) fn double_bookings(&mut self) {
        let d = self.doc;
        let found = crate::model::booking::double_bookings(d, None, MAX_DOUBLE_BOOKINGS);
        for pair in &found.pairs {
            let (a, b) = (&d.meetings[pair.first], &d.meetings[pair.second]);
            let names: Vec<&str> = pair
                .people
                .iter()
                .map(|p| d.person(p).map_or(p.as_str(), |p| p.name.as_str()))
                .collect();
            let (ta, tb) = (d.meeting_title(a), d.meeting_title(b));
            self.warning(
                format!("meetings[{}]", pair.second),
                Target::Person(pair.people[0].clone()),
                |l| problems::double_booked(&names, a.date, &ta, &tb, l),
            );
        }
        if found.more {
            self.warning("meetings".into(), Target::Document, |l| {
                problems::more_double_bookings(MAX_DOUBLE_BOOKINGS, l)
            });
        }
    }
}
