//! The words of the pictures: the org chart's boxes and legend, the annual wheel's hub and
//! legend, the timeline's lanes and tooltips.

use super::counts::{Noun, count};
use super::{Lang, long_date};
use crate::model::Level;
use chrono::NaiveDate;

// Org chart

/// The members line of a body's box: "5 ledamöter".
pub fn members_line(members: usize, lang: Lang) -> String {
    count(members, Noun::Member, lang)
}

/// A level in the legend: "politisk nivå", "tjänstepersoner", "blandad".
pub fn level_legend(level: Level, lang: Lang) -> &'static str {
    match level {
        Level::Political => lang.pick("politisk nivå", "political"),
        Level::Officials => lang.pick("tjänstepersoner", "officials"),
        Level::Mixed => lang.pick("blandad", "mixed"),
    }
}

// Annual wheel

/// The hub's title: "Årshjul 2026" for a calendar year, "Årshjul 2026/27" for a year across
/// two calendar years (`first` is the year it starts in).
pub fn wheel_hub_title(first: i32, across: bool, lang: Lang) -> String {
    let name = lang.pick("Årshjul", "Annual wheel");
    if across {
        format!("{name} {first}/{:02}", (first + 1).rem_euclid(100))
    } else {
        format!("{name} {first}")
    }
}

/// "Idag: 3 mars 2026".
pub fn today_line(today: NaiveDate, lang: Lang) -> String {
    format!("{}: {}", lang.pick("Idag", "Today"), long_date(today, lang))
}

/// What the wheel's legend explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WheelKey {
    CycleMeeting,
    Activity,
    MeetingHeld,
    MeetingPlanned,
    Today,
}

pub fn wheel_legend(key: WheelKey, lang: Lang) -> &'static str {
    match key {
        WheelKey::CycleMeeting => lang.pick("möte enligt årscykeln", "meeting in the cycle"),
        WheelKey::Activity => lang.pick("aktivitet", "activity"),
        WheelKey::MeetingHeld => lang.pick("möte, hållet", "meeting held"),
        WheelKey::MeetingPlanned => lang.pick("möte, planerat", "meeting planned"),
        WheelKey::Today => lang.pick("idag", "today"),
    }
}

// Timeline

/// The heading of the column of lane names.
pub fn lanes_heading(lang: Lang) -> &'static str {
    lang.pick("Organ", "Body")
}

/// The lane of assignments and agreements no body's lane holds.
pub fn other_lane(with_agreements: bool, lang: Lang) -> &'static str {
    if with_agreements {
        lang.pick("Uppdrag och avtal", "Assignments, agreements")
    } else {
        lang.pick("Uppdrag", "Assignments")
    }
}

/// "Uppdrag: Titel\nÅterrapportering senast 3 mars 2026".
pub fn assignment_tooltip(title: &str, due: NaiveDate, lang: Lang) -> String {
    format!(
        "{}: {title}\n{} {}",
        lang.pick("Uppdrag", "Assignment"),
        lang.pick("Återrapportering senast", "Report back by"),
        long_date(due, lang)
    )
}

/// "Avtal: Titel\nRevideras 3 mars 2026".
pub fn agreement_tooltip(title: &str, review: NaiveDate, lang: Lang) -> String {
    format!(
        "{}: {title}\n{} {}",
        lang.pick("Avtal", "Agreement"),
        lang.pick("Revideras", "Review"),
        long_date(review, lang)
    )
}

/// Added to the tooltip of a cancelled meeting.
pub fn cancelled_suffix(lang: Lang) -> &'static str {
    lang.pick(" (inställt)", " (cancelled)")
}

/// A line of a meeting's tooltip: the meeting it clashes with.
pub fn clashes_with(meeting: &str, lang: Lang) -> String {
    format!("{}{meeting}", lang.pick("Krockar med: ", "Clashes with: "))
}

/// A line of a meeting's tooltip: a timing rule it breaks.
pub fn breaks_timing_rule(earlier: &str, days: u16, later: &str, lang: Lang) -> String {
    let days = count(usize::from(days), Noun::Day, lang);
    match lang {
        Lang::Sv => format!("Bryter tidsregeln: {earlier} minst {days} före {later}"),
        Lang::En => format!("Breaks the timing rule: {earlier} at least {days} before {later}"),
    }
}
