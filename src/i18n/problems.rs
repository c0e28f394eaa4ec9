//! What the document check tells the user: one function per problem, called once for each
//! language (a problem keeps both texts, so the list can switch language without a new check).

use super::counts::{Noun, count};
use super::{Label, Lang};
use crate::model::{OrganisationKind, Role};
use chrono::{NaiveDate, NaiveTime};

/// The names of the document's lists in the messages about ids (the same in both languages:
/// they are the names the file uses).
pub mod list {
    pub const ORGANISATIONS: &str = "organisations";
    pub const PEOPLE: &str = "people";
    pub const BODIES: &str = "bodies";
    pub const LINKS: &str = "links";
    pub const MEETINGS: &str = "meetings";
    pub const CYCLE: &str = "cycle";
    pub const GOALS: &str = "goals";
    pub const ASSIGNMENTS: &str = "assignments";
    pub const AGREEMENTS: &str = "agreements";
    pub const DOCUMENTS: &str = "documents";
    pub const TIMING_RULES: &str = "timing rules";
    pub const MEMBERSHIPS: &str = "memberships";
    pub const INDICATORS: &str = "indicators";
    pub const AGENDA_ITEMS: &str = "agenda items";
}

// Ids

pub fn missing_id(list: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Id saknas ({list})"),
        Lang::En => format!("Missing id ({list})"),
    }
}

pub fn id_already_used(id: &str, first: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Id \"{id}\" används redan av {first}"),
        Lang::En => format!("Id \"{id}\" is already used by {first}"),
    }
}

// References

/// The kind of record a reference points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Referent {
    Organisation,
    Person,
    Body,
    AgendaItem,
    Matter,
    Assignment,
    Meeting,
    Activity,
}

pub fn refers_to_missing(what: Referent, id: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => {
            let what = match what {
                Referent::Organisation => "organisationen",
                Referent::Person => "personen",
                Referent::Body => "organet",
                Referent::AgendaItem => "dagordningspunkten",
                Referent::Matter => "ärendet",
                Referent::Assignment => "uppdraget",
                Referent::Meeting => "mötet",
                Referent::Activity => "årshjulsaktiviteten",
            };
            format!("Hänvisar till {what} \"{id}\" som inte finns")
        }
        Lang::En => {
            let what = match what {
                Referent::Organisation => "organisation",
                Referent::Person => "person",
                Referent::Body => "body",
                Referent::AgendaItem => "agenda item",
                Referent::Matter => "matter",
                Referent::Assignment => "assignment",
                Referent::Meeting => "meeting",
                Referent::Activity => "cycle activity",
            };
            format!("Refers to {what} \"{id}\", which does not exist")
        }
    }
}

// Values

pub fn no_such_start_month(month: u8, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Verksamhetsårets startmånad {month} finns inte (1–12)"),
        Lang::En => format!("Start month {month} of the operating year does not exist (1–12)"),
    }
}

pub fn person_without_name(lang: Lang) -> String {
    lang.pick("Personen saknar namn", "The person has no name")
        .to_owned()
}

pub fn organisation_without_name(lang: Lang) -> String {
    lang.pick("Organisationen saknar namn", "The organisation has no name")
        .to_owned()
}

pub fn body_without_name(lang: Lang) -> String {
    lang.pick("Organet saknar namn", "The body has no name")
        .to_owned()
}

pub fn body_ends_before_established(
    body: &str,
    ended: NaiveDate,
    established: NaiveDate,
    lang: Lang,
) -> String {
    match lang {
        Lang::Sv => format!("{body} avslutas {ended}, före det inrättas {established}"),
        Lang::En => format!("{body} ends {ended}, before it is established {established}"),
    }
}

pub fn seat_ends_before_start(body: &str, to: NaiveDate, from: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Uppdraget i {body} slutar {to}, före det börjar {from}"),
        Lang::En => format!("The seat in {body} ends {to}, before it starts {from}"),
    }
}

pub fn body_linked_to_itself(body: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Organet \"{body}\" är kopplat till sig självt"),
        Lang::En => format!("Body \"{body}\" is linked to itself"),
    }
}

pub fn meeting_without_body(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Mötet {date} hör inte till något organ"),
        Lang::En => format!("The meeting on {date} belongs to no body"),
    }
}

pub fn meeting_ends_before_start(
    date: NaiveDate,
    end: NaiveTime,
    start: NaiveTime,
    lang: Lang,
) -> String {
    let (end, start) = (super::clock(end), super::clock(start));
    match lang {
        Lang::Sv => format!("Mötet {date} slutar {end} men börjar {start}"),
        Lang::En => format!("The meeting on {date} ends at {end} but starts at {start}"),
    }
}

pub fn activity_time_missing(title: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Aktiviteten \"{title}\" har en tidpunkt som inte finns"),
        Lang::En => format!("The activity \"{title}\" has a time that does not exist"),
    }
}

// Composition

/// A composition rule a body breaks, with what was counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BrokenRule {
    /// `n` seats from organisations of `kind`; `bound` is what the rule allows ("2–3").
    SeatsFrom {
        n: usize,
        kind: OrganisationKind,
        bound: String,
    },
    SeatsWithRole {
        n: usize,
        role: Role,
        bound: String,
    },
    TooManyMembers {
        n: usize,
        max: u16,
    },
    Imbalance {
        na: usize,
        a: OrganisationKind,
        nb: usize,
        b: OrganisationKind,
    },
}

pub fn composition_broken(body: &str, rule: &BrokenRule, lang: Lang) -> String {
    let why = broken_rule(rule, lang);
    match lang {
        Lang::Sv => format!("{body}: sammansättningen följer inte regeln: {why}"),
        Lang::En => format!("{body}: the composition breaks a rule: {why}"),
    }
}

fn broken_rule(rule: &BrokenRule, lang: Lang) -> String {
    let kinds = |k| organisation_kinds(k, lang);
    let seats = |n| count(n, Noun::Seat, lang);
    match (rule, lang) {
        (BrokenRule::SeatsFrom { n, kind, bound }, Lang::Sv) => {
            format!("{} från {} ({bound})", seats(*n), kinds(*kind))
        }
        (BrokenRule::SeatsFrom { n, kind, bound }, Lang::En) => {
            format!("{} from {} ({bound})", seats(*n), kinds(*kind))
        }
        (BrokenRule::SeatsWithRole { n, role, bound }, Lang::Sv) => {
            format!("{} med rollen {} ({bound})", seats(*n), role.label(lang))
        }
        (BrokenRule::SeatsWithRole { n, role, bound }, Lang::En) => {
            format!("{} with role {} ({bound})", seats(*n), role.label(lang))
        }
        (BrokenRule::TooManyMembers { n, max }, Lang::Sv) => {
            format!("{}, högst {max} tillåtna", count(*n, Noun::Member, lang))
        }
        (BrokenRule::TooManyMembers { n, max }, Lang::En) => {
            format!("{}, at most {max} allowed", count(*n, Noun::Member, lang))
        }
        (BrokenRule::Imbalance { na, a, nb, b }, Lang::Sv) => {
            format!(
                "obalans: {na} från {} mot {nb} från {}",
                kinds(*a),
                kinds(*b)
            )
        }
        (BrokenRule::Imbalance { na, a, nb, b }, Lang::En) => format!(
            "imbalance: {na} from {} against {nb} from {}",
            kinds(*a),
            kinds(*b)
        ),
    }
}

/// The organisations of a kind as a group: "kommunerna", "the municipalities".
pub fn organisation_kinds(kind: OrganisationKind, lang: Lang) -> &'static str {
    match kind {
        OrganisationKind::Municipality => lang.pick("kommunerna", "the municipalities"),
        OrganisationKind::Region => lang.pick("regionen", "the region"),
        OrganisationKind::CountyBoard => lang.pick("länsstyrelsen", "the county board"),
        OrganisationKind::University => lang.pick("universitet", "universities"),
        OrganisationKind::CivilSociety => lang.pick("idéburen sektor", "civil society"),
        OrganisationKind::Agency => lang.pick("myndigheter", "agencies"),
        OrganisationKind::Federation => lang.pick("förbund", "federations"),
        OrganisationKind::Other => lang.pick("andra", "others"),
    }
}

// Seats

pub fn seat_vacant(body: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{body}: en plats är vakant"),
        Lang::En => format!("{body}: a seat is vacant"),
    }
}

pub fn term_ended(body: &str, who: &str, to: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{body}: uppdraget för {who} gick ut {to}"),
        Lang::En => format!("{body}: the term of {who} ended {to}"),
    }
}

// Double bookings

/// "Anna är bokad på två möten samtidigt 2026-03-10: A och B".
pub fn double_booked(names: &[&str], date: NaiveDate, a: &str, b: &str, lang: Lang) -> String {
    let who = name_list(names, lang);
    let one = names.len() == 1;
    match lang {
        Lang::Sv => {
            let verb = if one { "är bokad" } else { "är bokade" };
            format!("{who} {verb} på två möten samtidigt {date}: {a} och {b}")
        }
        Lang::En => {
            let verb = if one { "is booked" } else { "are booked" };
            format!("{who} {verb} in two meetings at the same time on {date}: {a} and {b}")
        }
    }
}

pub fn more_double_bookings(shown: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "Fler dubbelbokningar finns än de {shown} som visas; rätta dem först och kontrollera igen"
        ),
        Lang::En => format!(
            "There are more double bookings than the {shown} shown; fix these first and check again"
        ),
    }
}

/// "A", "A och B", "A, B och C", "A, B, C och 4 till".
pub fn name_list(names: &[&str], lang: Lang) -> String {
    const SHOWN: usize = 3;
    let and = lang.pick("och", "and");
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        _ if names.len() <= SHOWN => {
            let (last, rest) = names.split_last().unwrap_or((&"", &[]));
            format!("{} {and} {last}", rest.join(", "))
        }
        _ => {
            let more = names.len() - SHOWN;
            let other = lang.pick("till", "more");
            format!("{} {and} {more} {other}", names[..SHOWN].join(", "))
        }
    }
}

// Dates, cycles, timing rules

pub fn date_outside_years(date: NaiveDate, min: i32, max: i32, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "Datumet {date} ligger utanför åren {min}–{max}, som kalendrar och exporter kan skriva; rätta årtalet"
        ),
        Lang::En => format!(
            "The date {date} lies outside the years {min}–{max} that calendars and exports can write; correct the year"
        ),
    }
}

/// `chain` is "A › B › A".
pub fn reports_in_circle(chain: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("\"Rapporterar till\" går i cirkel: {chain}"),
        Lang::En => format!("\"Reports to\" goes round in a circle: {chain}"),
    }
}

/// A meeting of `later` on `date` without a meeting of `earlier` at least `days` before it,
/// as rule number `rule` asks.
pub fn timing_rule_broken(
    later: &str,
    date: NaiveDate,
    earlier: &str,
    days: u16,
    rule: usize,
    lang: Lang,
) -> String {
    let days = count(usize::from(days), Noun::Day, lang);
    match lang {
        Lang::Sv => format!(
            "{later} {date}: inget möte i {earlier} minst {days} före (regel timing_rules[{rule}])"
        ),
        Lang::En => format!(
            "{later} {date}: no meeting of {earlier} at least {days} before (rule timing_rules[{rule}])"
        ),
    }
}

// Agendas and minutes

pub fn last_day_before_first(first: NaiveDate, last: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Mötets sista dag ({last}) är före dess första ({first})"),
        Lang::En => format!("The meeting's last day ({last}) is before its first ({first})"),
    }
}

pub fn agenda_number_twice(number: u32, lang: Lang) -> String {
    match lang {
        Lang::Sv => {
            format!("Två punkter på dagordningen har nummer {number} (\"Numrera om\" rättar)")
        }
        Lang::En => format!("Two agenda items have number {number} (\"Renumber\" fixes it)"),
    }
}

pub fn action_block_without_action(id: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Anteckningarna visar en åtgärd som inte finns ({id})"),
        Lang::En => format!("The minutes show an action that does not exist ({id})"),
    }
}

// Obligations: report-backs and matters

pub fn report_back_overdue(
    title: &str,
    from: &str,
    to: &str,
    due: NaiveDate,
    lang: Lang,
) -> String {
    match lang {
        Lang::Sv => format!(
            "Återrapporteringen \"{title}\" från {from} till {to} skulle ha kommit senast {due}"
        ),
        Lang::En => format!("The report-back \"{title}\" from {from} to {to} was due by {due}"),
    }
}

pub fn report_back_to_itself(lang: Lang) -> String {
    match lang {
        Lang::Sv => "Återrapporteringen har inget organ som rapporterar (mottagaren rapporterar inte till sig själv)".to_owned(),
        Lang::En => "The report-back has no reporting body (the receiver does not report to itself)".to_owned(),
    }
}
