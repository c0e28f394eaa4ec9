//! Counts in words, with the right plural: "1 varning", "2 varningar", "1 gäst", "0 gäster".
//! One table of nouns, so no count is ever written "1 gäster".

use super::Lang;

/// What is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Error,
    Warning,
    Meeting,
    ProposedMeeting,
    Row,
    Item,
    SubItem,
    Guest,
    Member,
    Seat,
    VacantSeat,
    Problem,
    Day,
    Minute,
    Person,
    Body,
    Value,
    IndicatorValue,
    Activity,
    TimingRule,
    ReportBack,
    Decision,
    Matter,
    File,
    Change,
    Conflict,
    Record,
}

/// (Swedish singular, Swedish plural, English singular, English plural).
fn forms(noun: Noun) -> (&'static str, &'static str, &'static str, &'static str) {
    match noun {
        Noun::Error => ("fel", "fel", "error", "errors"),
        Noun::Warning => ("varning", "varningar", "warning", "warnings"),
        Noun::Meeting => ("möte", "möten", "meeting", "meetings"),
        Noun::ReportBack => (
            "återrapportering",
            "återrapporteringar",
            "report-back",
            "report-backs",
        ),
        Noun::Decision => ("beslut", "beslut", "decision", "decisions"),
        Noun::Matter => ("ärende", "ärenden", "matter", "matters"),
        Noun::File => ("fil", "filer", "file", "files"),
        Noun::Change => ("ändring", "ändringar", "change", "changes"),
        Noun::Conflict => ("konflikt", "konflikter", "conflict", "conflicts"),
        Noun::Record => ("post", "poster", "record", "records"),
        Noun::ProposedMeeting => (
            "föreslaget möte",
            "föreslagna möten",
            "proposed meeting",
            "proposed meetings",
        ),
        Noun::Row => ("rad", "rader", "row", "rows"),
        Noun::Item => ("punkt", "punkter", "item", "items"),
        Noun::SubItem => ("underpunkt", "underpunkter", "sub-item", "sub-items"),
        Noun::Guest => ("gäst", "gäster", "guest", "guests"),
        Noun::Member => ("ledamot", "ledamöter", "member", "members"),
        Noun::Seat => ("plats", "platser", "seat", "seats"),
        Noun::VacantSeat => (
            "vakant plats",
            "vakanta platser",
            "vacant seat",
            "vacant seats",
        ),
        Noun::Problem => ("problem", "problem", "problem", "problems"),
        Noun::Day => ("dag", "dagar", "day", "days"),
        Noun::Minute => ("minut", "minuter", "minute", "minutes"),
        Noun::Person => ("person", "personer", "person", "people"),
        Noun::Body => ("organ", "organ", "body", "bodies"),
        Noun::Value => ("värde", "värden", "value", "values"),
        Noun::IndicatorValue => (
            "indikatorvärde",
            "indikatorvärden",
            "indicator value",
            "indicator values",
        ),
        Noun::Activity => ("aktivitet", "aktiviteter", "activity", "activities"),
        Noun::TimingRule => ("tidsregel", "tidsregler", "timing rule", "timing rules"),
    }
}

/// The noun alone, in the form `n` takes.
pub fn noun(n: usize, noun: Noun, lang: Lang) -> &'static str {
    let (sv1, sv, en1, en) = forms(noun);
    match (lang, n == 1) {
        (Lang::Sv, true) => sv1,
        (Lang::Sv, false) => sv,
        (Lang::En, true) => en1,
        (Lang::En, false) => en,
    }
}

/// "3 möten", "1 möte".
pub fn count(n: usize, what: Noun, lang: Lang) -> String {
    format!("{n} {}", noun(n, what, lang))
}

/// "2 fel, 1 varning" / "1 error, 3 warnings".
pub fn problem_summary(errors: usize, warnings: usize, lang: Lang) -> String {
    format!(
        "{}, {}",
        count(errors, Noun::Error, lang),
        count(warnings, Noun::Warning, lang)
    )
}

/// Names as a sentence lists them: "A", "A och B", "A, B och C".
pub fn and_list(names: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Sv => "och",
        Lang::En => "and",
    };
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_zero_plural() {
        assert_eq!(count(1, Noun::Guest, Lang::Sv), "1 gäst");
        assert_eq!(count(0, Noun::Guest, Lang::Sv), "0 gäster");
        let names = |n: &[&str]| n.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(and_list(&names(&["A"]), Lang::Sv), "A");
        assert_eq!(and_list(&names(&["A", "B"]), Lang::Sv), "A och B");
        assert_eq!(and_list(&names(&["A", "B", "C"]), Lang::Sv), "A, B och C");
        assert_eq!(and_list(&names(&["A", "B", "C"]), Lang::En), "A, B and C");
        assert_eq!(count(1, Noun::Member, Lang::Sv), "1 ledamot");
        assert_eq!(count(2, Noun::Member, Lang::En), "2 members");
        assert_eq!(count(1, Noun::TimingRule, Lang::Sv), "1 tidsregel");
        assert_eq!(
            count(1, Noun::IndicatorValue, Lang::En),
            "1 indicator value"
        );
        assert_eq!(count(3, Noun::Activity, Lang::Sv), "3 aktiviteter");
        assert_eq!(problem_summary(2, 1, Lang::Sv), "2 fel, 1 varning");
        assert_eq!(problem_summary(1, 3, Lang::En), "1 error, 3 warnings");
    }
}
