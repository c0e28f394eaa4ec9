//! A body's composition in words, for its box and its page: "kommuner 5/5, region 4/5,
//! ledamöter 9 (högst 12), 1 vakant plats".

use super::counts::{Noun, count};
use super::{Label, Lang};
use crate::model::{CompositionRule, OrganisationKind};

/// The organisations of a kind, counted: "kommuner", otherwise the kind's label.
pub fn kind_plural(kind: OrganisationKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (OrganisationKind::Municipality, Lang::Sv) => "kommuner",
        (OrganisationKind::Municipality, Lang::En) => "municipalities",
        (other, lang) => other.label(lang),
    }
}

/// "9 ledamöter (högst 12)", "1 ledamot (högst 12)".
pub fn members_at_most(n: usize, max: u16, lang: Lang) -> String {
    let members = super::counts::count(n, super::counts::Noun::Member, lang);
    match lang {
        Lang::Sv => format!("{members} (högst {max})"),
        Lang::En => format!("{members} (at most {max})"),
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

/// A composition rule in words: "1–5 platser från kommunerna", "högst 8 ledamöter utöver
/// samordnare", "balans mellan kommunerna och regionen (skillnad högst 1)".
pub fn rule_text(rule: &CompositionRule, lang: Lang) -> String {
    let group = |k: OrganisationKind| super::problems::organisation_kinds(k, lang);
    let bounds = |min: &Option<u16>, max: &Option<u16>| match (min, max) {
        (Some(a), Some(b)) if a == b => format!("{a}"),
        (Some(a), Some(b)) => format!("{a}–{b}"),
        (Some(a), None) => format!("≥ {a}"),
        (None, Some(b)) => format!("≤ {b}"),
        (None, None) => "—".into(),
    };
    match rule {
        CompositionRule::SeatsFrom { kind, min, max } => match lang {
            Lang::Sv => format!("{} platser från {}", bounds(min, max), group(*kind)),
            Lang::En => format!("{} seats from {}", bounds(min, max), group(*kind)),
        },
        CompositionRule::SeatsWithRole { role, min, max } => {
            format!("{} × {}", bounds(min, max), role.label(lang))
        }
        CompositionRule::MaxMembers { max, excluding } => {
            let ex: Vec<&str> = excluding.iter().map(|r| r.label(lang)).collect();
            match lang {
                Lang::Sv if ex.is_empty() => format!("högst {max} ledamöter"),
                Lang::Sv => format!("högst {max} ledamöter utöver {}", ex.join(", ")),
                Lang::En if ex.is_empty() => format!("at most {max} members"),
                Lang::En => format!("at most {max} members besides {}", ex.join(", ")),
            }
        }
        CompositionRule::Balance {
            a,
            b,
            max_difference,
        } => match lang {
            Lang::Sv => format!(
                "balans mellan {} och {} (skillnad högst {max_difference})",
                group(*a),
                group(*b)
            ),
            Lang::En => format!(
                "balance between {} and {} (difference at most {max_difference})",
                group(*a),
                group(*b)
            ),
        },
    }
}
