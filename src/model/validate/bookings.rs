//! People booked in two meetings at the same time.

use super::{Target, Validator};
use crate::i18n::Lang;
use crate::model::validate::MAX_DOUBLE_BOOKINGS;
use crate::model::validate::name_list;

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
            let (sv_names, en_names) = (name_list(&names, Lang::Sv), name_list(&names, Lang::En));
            let (sv_verb, en_verb) = if names.len() == 1 {
                ("är bokad", "is booked")
            } else {
                ("är bokade", "are booked")
            };
            self.warning(
                format!("meetings[{}]", pair.second),
                Target::Person(pair.people[0].clone()),
                format!(
                    "{sv_names} {sv_verb} på två möten samtidigt {}: {ta} och {tb}",
                    a.date
                ),
                format!(
                    "{en_names} {en_verb} in two meetings at the same time on {}: {ta} and {tb}",
                    a.date
                ),
            );
        }
        if found.more {
            self.warning(
                "meetings".into(),
                Target::Document,
                format!("Fler dubbelbokningar finns än de {MAX_DOUBLE_BOOKINGS} som visas; rätta dem först och kontrollera igen"),
                format!("There are more double bookings than the {MAX_DOUBLE_BOOKINGS} shown; fix these first and check again"),
            );
        }
    }
}
