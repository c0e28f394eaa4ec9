//! The words of the year's obligations: report-backs, matters (ärenden) and the register of
//! decisions.

use super::Tr;

pub const RESPONSIBLE: Tr = Tr("Ansvarig", "Responsible");
pub const SEND_ON: Tr = Tr("Skicka vidare till …", "Send on to …");
pub const NO_COMING_MEETING: Tr = Tr(
    "Organet har inget kommande möte att sätta punkten på. Planera ett möte först.",
    "The body has no coming meeting to put the item on. Plan a meeting first.",
);
pub const ALREADY_ON_AGENDA: Tr = Tr(
    "Ärendet står redan på organets nästa dagordning.",
    "The matter is already on the body's next agenda.",
);
pub const MATTER: Tr = Tr("Ärende", "Matter");
pub const MATTERS: Tr = Tr("Ärenden", "Matters");
pub const TO: Tr = Tr("till", "to");
pub const OPEN_SHORT: Tr = Tr("Öppna", "Open");
pub const OPEN_MATTER: Tr = Tr("Öppna ärendet", "Open the matter");
pub const NEW_MATTER: Tr = Tr("Nytt ärende", "New matter");
pub const NO_MATTER: Tr = Tr("(inget ärende)", "(no matter)");
pub const NEW_MATTER_FROM_ITEM: Tr = Tr("Nytt ärende av punkten", "New matter from the item");
pub const ORIGIN: Tr = Tr("Ursprung", "Origin");
pub const OWNER: Tr = Tr("Handläggare", "Case officer");
pub const OPENED: Tr = Tr("Väckt", "Raised");
pub const OUTSIDE: Tr = Tr("Extern aktör", "Outside actor");
pub const A_MEETING: Tr = Tr("ett möte", "a meeting");
pub const TRAIL: Tr = Tr("Ärendets gång", "The matter's trail");
pub const TRAIL_EMPTY: Tr = Tr(
    "Ingen dagordningspunkt hör till ärendet ännu. Koppla en punkt i dagordningen (Ärende) eller skicka vidare ett beslut.",
    "No agenda item belongs to the matter yet. Link an item in the agenda (Matter) or send a decision on.",
);
pub const NO_DECISION_YET: Tr = Tr("Inget beslut antecknat.", "No decision minuted.");
pub const BODIES_PASSED: Tr = Tr("Har passerat", "Has passed through");
pub const OPEN_DECISION: Tr = Tr("Beslut att följa upp", "Decision to follow up");
pub const REPORT_BACK: Tr = Tr("Återrapportering", "Report-back");
pub const REPORT_BACKS: Tr = Tr("Återrapporteringar", "Report-backs");
pub const IS_REPORT_BACK: Tr = Tr("Återrapportering till", "Report-back to");
pub const REPORTED_BY: Tr = Tr("Från", "From");
pub const THE_ACTIVITYS_BODY: Tr = Tr("aktivitetens organ", "the activity's body");
pub const EVERY_OF_KIND: Tr = Tr("varje organ av typen", "every body of the kind");
pub const ALSO_FROM: Tr = Tr("och dessutom", "and also");
pub const RECEIVED_AT: Tr = Tr("Mottagen vid", "Received at");
pub const NOT_RECEIVED: Tr = Tr("Inte mottagen ännu", "Not received yet");
pub const OVERDUE_REPORT_BACKS: Tr = Tr("Försenade återrapporteringar", "Overdue report-backs");
pub const OVERDUE_DECISIONS: Tr = Tr("Beslut att följa upp", "Decisions to follow up");
pub const WE_OWE: Tr = Tr("Det vi ska rapportera", "What we owe");
pub const WE_ARE_OWED: Tr = Tr("Det vi ska få", "What we are owed");
pub const OPERATING_YEAR_SHORT: Tr = Tr("verksamhetsåret", "operating year");
pub const DECISIONS: Tr = Tr("Beslut", "Decisions");
pub const DECISION_REGISTER: Tr = Tr("Beslutsregister", "Register of decisions");
pub const DECISION: Tr = Tr("Beslut", "Decision");
pub const FOLLOW_UP: Tr = Tr("Uppföljning", "Follow-up");
pub const ALL_BODIES: Tr = Tr("Alla organ", "All bodies");
/// What screen readers call the register's filters.
pub const FILTER_BODY: Tr = Tr("Visa beslut från organ", "Show decisions of body");
pub const FILTER_YEAR: Tr = Tr("Visa beslut från år", "Show decisions of year");
pub const FILTER_FOLLOW_UP: Tr = Tr(
    "Visa beslut efter uppföljning",
    "Show decisions by follow-up",
);
pub const ALL_YEARS: Tr = Tr("Alla år", "All years");
pub const ANY_STATUS: Tr = Tr("Oavsett uppföljning", "Any follow-up");
pub const SEARCH: Tr = Tr("Sök", "Search");
pub const NUMBER: Tr = Tr("§/punkt", "§/item");
pub const EXPORT_XLSX: Tr = Tr("Exportera XLSX …", "Export XLSX …");
pub const EXPORT_PDF: Tr = Tr("Exportera PDF …", "Export PDF …");
pub const FROM_THE_CYCLE: Tr = Tr("Från årshjulet", "From the annual cycle");
pub const TAKE_UP_REPORT: Tr = Tr("återrapportering", "report-back");
pub const REPORT_BACKS_PROPOSED: Tr = Tr("Återrapporteringar", "Report-backs");
pub const AT_MEETING: Tr = Tr("vid organets möte", "at the body's meeting");
pub const LAST_WORKING_DAY: Tr = Tr("sista arbetsdagen", "last working day");

/// "§ 12" or "punkt 4": where in the minutes a decision is found.
pub fn number(paragraph: Option<u32>, item: Option<u32>, lang: super::Lang) -> String {
    match (paragraph, item) {
        (Some(p), _) => format!("§ {p}"),
        (None, Some(n)) => format!("{} {n}", lang.pick("punkt", "item")),
        (None, None) => String::new(),
    }
}

/// "Skapa 12 möten och 6 återrapporteringar".
pub fn create_plan(meetings: usize, reports: usize, lang: super::Lang) -> String {
    use super::counts::{Noun, count};
    let m = count(meetings, Noun::Meeting, lang);
    if reports == 0 {
        return format!("{} {m}", lang.pick("Skapa", "Create"));
    }
    let r = count(reports, Noun::ReportBack, lang);
    format!(
        "{} {m} {} {r}",
        lang.pick("Skapa", "Create"),
        lang.pick("och", "and")
    )
}

/// "Återrapportering från Barnalivet, senast 2027-12-09".
pub fn report_back_offer(from: &str, due: chrono::NaiveDate, lang: super::Lang) -> String {
    format!(
        "{} {from}, {} {due}",
        lang.pick("Återrapportering från", "Report-back from"),
        lang.pick("senast", "due")
    )
}
