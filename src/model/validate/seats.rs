//! Vacant seats and memberships past their end.

use super::{Target, Validator};
use crate::i18n::problems;
use chrono::NaiveDate;

impl Validator<'_> {
    pub(super) fn seats(&mut self, today: NaiveDate) {
        let d = self.doc;
        for (b, body) in d.bodies.iter().enumerate() {
            for (m, ms) in body.memberships.iter().enumerate() {
                let path = format!("bodies[{b}].memberships[{m}]");
                if ms.is_vacant() {
                    self.warning(path, Target::Body(body.id.clone()), |l| {
                        problems::seat_vacant(&body.name, l)
                    });
                } else if let Some(to) = ms.to
                    && to < today
                    && body.ended.is_none_or(|e| e > to)
                {
                    let who = ms
                        .person
                        .as_ref()
                        .and_then(|p| d.person(p))
                        .map_or("?", |p| p.name.as_str());
                    self.warning(path, Target::Body(body.id.clone()), |l| {
                        problems::term_ended(&body.name, who, to, l)
                    });
                }
            }
        }
    }
}
