//! A body's composition in words, for its box and its page: "kommuner 5/5, region 4/5,
//! ledamöter 9 (högst 12), 1 vakant plats".

use super::counts::{Noun, count};
use super::{Label, Lang};
use crate::model::OrganisationKind;

/// The organisations of a kind, counted: "kommuner", otherwise the kind's label.
pub fn kind_plural(kind: OrganisationKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (OrganisationKind::Municipality, Lang::Sv) => "kommuner",
        (OrganisationKind::Municipality, Lang::En) => "municipalities",
        (other, lang) => other.label(lang),
    }
}

/// "ledamöter 9 (högst 12)".
pub fn members_at_most(n: usize, max: u16, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("ledamöter {n} (högst {max})"),
        Lang::En => format!("members {n} (at most {max})"),
    }
}

/// "balans 3:2".
pub fn balance(na: usize, nb: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("balans {na}:{nb}"),
        Lang::En => format!("balance {na}:{nb}"),
    }
}

/// "1 vakant plats", "2 vakanta platser".
pub fn vacant_seats(n: usize, lang: Lang) -> String {
    count(n, Noun::VacantSeat, lang)
}
