//! What refers to a record the user is about to delete, for the confirmation dialog: one
//! function per kind of reference, called once for each language.

use super::Lang;
use super::counts::{Noun, count};
use chrono::NaiveDate;

/// A seat of the person in `body`.
pub fn seat_in(body: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("plats i {body}"),
        Lang::En => format!("seat in {body}"),
    }
}

pub fn agenda_template_of(body: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("dagordningsmallen för {body}"),
        Lang::En => format!("the agenda template of {body}"),
    }
}

pub fn named_in_meeting(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("nämns i mötet {date}"),
        Lang::En => format!("named in the meeting on {date}"),
    }
}

pub fn assignment(title: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("uppdraget \"{title}\""),
        Lang::En => format!("the assignment \"{title}\""),
    }
}

/// A person who works at the organisation.
pub fn works_there(person: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{person} arbetar där"),
        Lang::En => format!("{person} works there"),
    }
}

/// `n` seats in `body` that represent the organisation.
pub fn seats_represent(n: usize, body: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{} i {body} företräder den", count(n, Noun::Seat, lang)),
        Lang::En => {
            let verb = if n == 1 { "represents" } else { "represent" };
            format!("{} in {body} {verb} it", count(n, Noun::Seat, lang))
        }
    }
}

pub fn party_to(agreement: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("part i \"{agreement}\""),
        Lang::En => format!("party to \"{agreement}\""),
    }
}

pub fn owns(document: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("äger \"{document}\""),
        Lang::En => format!("owns \"{document}\""),
    }
}

pub fn indicator_values(n: usize, lang: Lang) -> String {
    count(n, Noun::IndicatorValue, lang)
}

pub fn seats_in_body(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{} i organet", count(n, Noun::Seat, lang)),
        Lang::En => format!("{} in the body", count(n, Noun::Seat, lang)),
    }
}

pub fn link_with(body: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("koppling till {body}"),
        Lang::En => format!("link with {body}"),
    }
}

pub fn meetings(n: usize, lang: Lang) -> String {
    count(n, Noun::Meeting, lang)
}

pub fn cycle_activities(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{} i årshjulet", count(n, Noun::Activity, lang)),
        Lang::En => format!("{} in the annual cycle", count(n, Noun::Activity, lang)),
    }
}

/// The body is responsible for an agreement or a governing document.
pub fn responsible_for(title: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("ansvarar för \"{title}\""),
        Lang::En => format!("responsible for \"{title}\""),
    }
}

pub fn timing_rules(n: usize, lang: Lang) -> String {
    count(n, Noun::TimingRule, lang)
}

/// A matter the person keeps moving.
pub fn case_officer_of(matter: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("handläggare för ärendet \"{matter}\""),
        Lang::En => format!("case officer of the matter \"{matter}\""),
    }
}

/// A matter that came from the body.
pub fn origin_of(matter: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("ursprung för ärendet \"{matter}\""),
        Lang::En => format!("where the matter \"{matter}\" came from"),
    }
}

/// Another body's report-back activity that names the body.
pub fn report_back_activity(title: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("återrapporteringen \"{title}\" i årshjulet"),
        Lang::En => format!("the report-back \"{title}\" in the annual cycle"),
    }
}
