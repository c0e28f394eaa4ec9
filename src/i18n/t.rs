//! The app's own words, in one place: menus, pages, forms, dialogs.

use super::{Lang, Tr};

// Menus
pub const FILE: Tr = Tr("Arkiv", "File");
pub const EDIT: Tr = Tr("Redigera", "Edit");
pub const VIEW: Tr = Tr("Visa", "View");
pub const HELP: Tr = Tr("Hjälp", "Help");
pub const NEW: Tr = Tr("Nytt", "New");
pub const OPEN: Tr = Tr("Öppna …", "Open …");
pub const OPEN_RECENT: Tr = Tr("Öppna senaste", "Open recent");
pub const SAVE: Tr = Tr("Spara", "Save");
pub const SAVE_AS: Tr = Tr("Spara som …", "Save as …");
pub const QUIT: Tr = Tr("Avsluta", "Quit");
pub const UNDO: Tr = Tr("Ångra", "Undo");
pub const REDO: Tr = Tr("Gör om", "Redo");
pub const FIND: Tr = Tr("Sök …", "Find …");
pub const LANGUAGE: Tr = Tr("Språk", "Language");
pub const ABOUT: Tr = Tr("Om Samverkan", "About Samverkan");
pub const SHORTCUTS: Tr = Tr("Kortkommandon", "Keyboard shortcuts");
// Pages
pub const OVERVIEW: Tr = Tr("Översikt", "Overview");
pub const STRUCTURE: Tr = Tr("Struktur", "Structure");
pub const BODIES: Tr = Tr("Organ", "Bodies");
pub const PEOPLE: Tr = Tr("Personer", "People");
pub const ORGANISATIONS: Tr = Tr("Organisationer", "Organisations");
pub const MEETINGS: Tr = Tr("Möten", "Meetings");
pub const WHEEL: Tr = Tr("Årshjul", "Annual cycle");
pub const TIMELINE: Tr = Tr("Tidslinje", "Timeline");
pub const GOALS: Tr = Tr("Mål", "Goals");
pub const ASSIGNMENTS: Tr = Tr("Uppdrag", "Assignments");
pub const AGREEMENTS: Tr = Tr("Överenskommelser", "Agreements");
pub const PROBLEMS: Tr = Tr("Problem", "Problems");
// Common
pub const NAME: Tr = Tr("Namn", "Name");
pub const SHORT_NAME: Tr = Tr("Kortnamn", "Short name");
pub const KIND: Tr = Tr("Typ", "Kind");
pub const LEVEL: Tr = Tr("Nivå", "Level");
pub const STATUS: Tr = Tr("Status", "Status");
pub const TITLE: Tr = Tr("Titel", "Title");
pub const PARTY: Tr = Tr("Parti", "Party");
pub const ORGANISATION: Tr = Tr("Organisation", "Organisation");
pub const EMAIL: Tr = Tr("E-post", "E-mail");
pub const PHONE: Tr = Tr("Telefon", "Phone");
pub const NOTES: Tr = Tr("Anteckningar", "Notes");
pub const DESCRIPTION: Tr = Tr("Beskrivning", "Description");
pub const MANDATE: Tr = Tr("Uppdrag", "Mandate");
pub const CADENCE: Tr = Tr("Mötesfrekvens", "Meets");
pub const COMPOSITION: Tr = Tr("Sammansättning", "Composition");
pub const MEMBERS: Tr = Tr("Ledamöter", "Members");
pub const ROLE: Tr = Tr("Roll", "Role");
pub const REPRESENTS: Tr = Tr("Företräder", "Represents");
pub const FROM: Tr = Tr("Från", "From");
pub const TO: Tr = Tr("Till", "To");
pub const PERSON: Tr = Tr("Person", "Person");
pub const VACANT: Tr = Tr("vakant", "vacant");
pub const ADD: Tr = Tr("Lägg till", "Add");
pub const REMOVE: Tr = Tr("Ta bort", "Remove");
pub const DELETE: Tr = Tr("Radera …", "Delete …");
pub const CANCEL: Tr = Tr("Avbryt", "Cancel");
pub const FILTER: Tr = Tr("Filtrera …", "Filter …");
pub const NONE: Tr = Tr("(ingen)", "(none)");
pub const LINKS: Tr = Tr("Kopplingar", "Links");
pub const ESTABLISHED: Tr = Tr("Inrättad", "Established");
pub const ENDED: Tr = Tr("Avslutad", "Ended");
pub const SITS_IN: Tr = Tr("Sitter i", "Sits in");
pub const REPRESENTED_IN: Tr = Tr("Företräds i", "Represented in");
pub const MISSING_IN: Tr = Tr("Saknas i", "Missing in");
pub const DATE: Tr = Tr("Datum", "Date");
pub const START: Tr = Tr("Start", "Start");
pub const END: Tr = Tr("Slut", "End");
pub const PLACE: Tr = Tr("Plats", "Place");
pub const ONLINE: Tr = Tr("Videolänk", "Video link");
pub const AGENDA: Tr = Tr("Dagordning", "Agenda");
pub const AREA: Tr = Tr("Område", "Area");
pub const TEXT: Tr = Tr("Text", "Text");
pub const DIRECTION: Tr = Tr("Riktning", "Direction");
pub const TARGET: Tr = Tr("Målvärde", "Target");
pub const UNIT: Tr = Tr("Enhet", "Unit");
pub const COMPACT: Tr = Tr("Kompakt", "Compact");
pub const COMPACT_HINT: Tr = Tr(
    "Stapla grupper utan undergrupper i kolumner under sitt organ, så att schemat får plats på en bild",
    "Stack groups without groups below them in columns under their body, so the chart fits a slide",
);
pub const PERCENTAGE_POINTS: Tr = Tr("procentenheter", "percentage points");
pub const BASELINE_YEAR: Tr = Tr("Basår", "Baseline year");
pub const TARGET_YEAR: Tr = Tr("Målår", "Target year");
pub const GIVEN_BY: Tr = Tr("Givet av", "Given by");
pub const ASSIGNEE: Tr = Tr("Till", "To");
pub const DUE: Tr = Tr("Senast", "Due");
pub const REPORT_TO: Tr = Tr("Återrapporteras till", "Report back to");
pub const PARTIES: Tr = Tr("Parter", "Parties");
pub const SIGNED: Tr = Tr("Undertecknad", "Signed");
pub const REVIEW: Tr = Tr("Revideras", "Review");
pub const RESPONSIBLE: Tr = Tr("Ansvarigt organ", "Responsible body");
pub const DOCUMENTS: Tr = Tr("Styrdokument", "Governing documents");
pub const OWNER: Tr = Tr("Ägare", "Owner");
pub const REVIEW_EVERY: Tr = Tr("Ses över vart … år", "Reviewed every … years");
pub const NEXT_REVIEW: Tr = Tr("Nästa översyn", "Next review");
pub const ADOPTED: Tr = Tr("Antagen", "Adopted");
pub const BODY: Tr = Tr("Organ", "Body");
pub const ERRORS: Tr = Tr("Fel", "Errors");
pub const WARNINGS: Tr = Tr("Varningar", "Warnings");
pub const NO_PROBLEMS: Tr = Tr("Inga problem hittades.", "No problems found.");
pub const SAMPLE_BANNER: Tr = Tr(
    "Exempeldokument. Organen, personerna, kommunerna, årshjulet och målen är hämtade ur Nya Perspektivs styrdokument; mötena från augusti 2026 med anteckningar och beslut, de planerade mötena och återrapporteringarna 2026/27 och indikatorvärdena är påhittade exempel. Spara som … för att arbeta vidare i en egen fil.",
    "An example document. The bodies, people, municipalities, annual cycle and goals are taken from Nya Perspektiv's governing documents; the meetings from August 2026 with their minutes and decisions, the planned 2026/27 meetings and report-backs, and the indicator values are invented examples. Save as … to go on in a file of your own.",
);
pub const SELECT_LEFT: Tr = Tr("Välj en post i listan.", "Select a record in the list.");
pub const READ_ONLY: Tr = Tr("Skrivskyddat", "Read-only");
pub const UNSAVED: Tr = Tr("Osparade ändringar", "Unsaved changes");
pub const SAMPLE: Tr = Tr("Exempel", "Sample");
pub const UNTITLED: Tr = Tr("Namnlöst", "Untitled");
pub const RENUMBER: Tr = Tr("Numrera om", "Renumber");
pub const RENUMBER_HINT: Tr = Tr(
    "Numrera punkterna 1, 2, 3 … i den ordning de står",
    "Number the items 1, 2, 3 … in the order they stand",
);
pub const NUMBERS_OUT_OF_ORDER: Tr = Tr(
    "Numren följer inte punkternas ordning.",
    "The numbers do not follow the order of the items.",
);
pub const NO_COMPOSITION: Tr = Tr(
    "Inga krav på sammansättningen och inga vakanta platser.",
    "No rules for the composition and no vacant seats.",
);
pub const FILTER_WIDENED: Tr = Tr(
    "Visar alla möten, så att det ändrade mötet syns i listan.",
    "Showing all meetings, so that the changed meeting stays in the list.",
);
pub const UNTITLED_STRUCTURE: Tr = Tr("Namnlös struktur", "Untitled structure");
pub const ABOUT_DOCUMENT: Tr = Tr("Om dokumentet", "About the document");
pub const NOT_SAVED_YET: Tr = Tr("Inte sparad än", "Not saved yet");
pub const NEW_PERSON: Tr = Tr("Ny person", "New person");
pub const NEW_BODY: Tr = Tr("Nytt organ", "New body");
pub const NEW_ORGANISATION: Tr = Tr("Ny organisation", "New organisation");
pub const NEW_MEETING: Tr = Tr("Nytt möte", "New meeting");
pub const NEW_GOAL: Tr = Tr("Nytt mål", "New goal");
pub const NEW_ASSIGNMENT: Tr = Tr("Nytt uppdrag", "New assignment");
pub const NEW_AGREEMENT: Tr = Tr("Ny överenskommelse", "New agreement");
pub const NEW_DOCUMENT: Tr = Tr("Nytt styrdokument", "New governing document");
pub const NEW_LINK: Tr = Tr("Ny koppling", "New link");
pub const ADD_MEMBER: Tr = Tr("Lägg till plats", "Add seat");
pub const ADD_DUTY: Tr = Tr("Lägg till uppgift", "Add duty");
pub const MEETINGS_A_YEAR: Tr = Tr("möten per år", "meetings a year");

/// "≈ 14 möten per år".
pub fn meetings_a_year(n: impl std::fmt::Display, lang: super::Lang) -> String {
    format!("≈ {n} {}", MEETINGS_A_YEAR.get(lang))
}
// Overview
pub const NEXT_MEETINGS: Tr = Tr("Kommande möten", "Next meetings");
pub const DUE_SOON: Tr = Tr(
    "Uppdrag och återrapporteringar inom 30 dagar",
    "Assignments and report-backs due within 30 days",
);
pub const REVIEWS_DUE: Tr = Tr("Överenskommelser att revidera", "Agreements due for review");
pub const TERMS_ENDING: Tr = Tr(
    "Uppdrag som löper ut inom sex veckor",
    "Terms ending within six weeks",
);
pub const NO_AGENDA: Tr = Tr(
    "Möten inom två veckor utan dagordning",
    "Meetings within two weeks without an agenda",
);
pub const CYCLE_SOON: Tr = Tr(
    "Årshjulet de närmaste 30 dagarna",
    "The annual cycle in the next 30 days",
);
pub const NOTHING: Tr = Tr("Inget just nu.", "Nothing right now.");
// Dialogs
pub const UNSAVED_QUESTION: Tr = Tr(
    "Dokumentet har osparade ändringar. Vill du spara dem?",
    "The document has unsaved changes. Do you want to save them?",
);
pub const DONT_SAVE: Tr = Tr("Spara inte", "Don't save");
pub const RELOAD: Tr = Tr("Läs in deras version", "Reload their version");
pub const OVERWRITE: Tr = Tr("Skriv över", "Overwrite");
pub const OK: Tr = Tr("OK", "OK");
pub const RESTORE: Tr = Tr("Återställ", "Restore");
pub const DISCARD: Tr = Tr("Släng", "Discard");
pub const TAKE_OVER: Tr = Tr("Ta över låset …", "Take over the lock …");
pub const DELETE_CONFIRM: Tr = Tr(
    "Radera ändå, med allt som hör till",
    "Delete anyway, with everything listed",
);
pub const COMING: Tr = Tr(
    "Den här vyn byggs i ett eget ärende. Här är underlaget den ska visa:",
    "This view is built in an issue of its own. Here is what it will show:",
);

// Moved here from the pages, so every word of the UI is in this module.
pub const ACTIVITIES: Tr = Tr("Aktiviteter", "Activities");
pub const ADD_BODY_JOINT_MEETING: Tr = Tr(
    "Lägg till organ (gemensamt möte)",
    "Add body (joint meeting)",
);
pub const ADD_PARTY: Tr = Tr("Lägg till part", "Add party");
pub const ADD_RULE: Tr = Tr("Lägg till regel", "Add rule");
pub const ALL_SAVED: Tr = Tr("Allt sparat", "All saved");
pub const AN_INTERRUPTED_SAVE_LEFT_A_READABLE: Tr = Tr(
    "Ett avbrutet sparande lämnade en läsbar kopia. Öppna den som ett osparat dokument:",
    "An interrupted save left a readable copy. Open it as an unsaved document:",
);
pub const AN_ISO_WEEK: Tr = Tr("en ISO-vecka", "an ISO week");
pub const AT_MOST_8_MEMBERS_BESIDES_COORDINATORS: Tr = Tr(
    "Högst 8 ledamöter utöver samordnare",
    "At most 8 members besides coordinators",
);
pub const A_BODY: Tr = Tr("Byt till ett organ", "Switch to a body");
pub const A_FIXED_DATE: Tr = Tr("ett fast datum", "a fixed date");
pub const A_MEETING_OF_THE_BODY_PLANNED: Tr = Tr(
    "ett möte i organet (planeras in i året)",
    "a meeting of the body (planned into the year)",
);
pub const A_MONTH: Tr = Tr("en månad", "a month");
pub const A_PERSON: Tr = Tr("Byt till en person", "Switch to a person");
pub const BALANCE_MUNICIPALITIES_REGION: Tr =
    Tr("Balans kommuner/region", "Balance municipalities/region");
pub const DECIDE_LATER: Tr = Tr("Bestäm senare", "Decide later");
pub const DELETING_ALSO_REMOVES_OR_CHANGES: Tr = Tr(
    "Om du raderar försvinner eller ändras också:",
    "Deleting also removes or changes:",
);
pub const GIVEN: Tr = Tr("Givet", "Given");
pub const INDICATORS: Tr = Tr("Indikatorer", "Indicators");
pub const LAST: Tr = Tr("sista", "last");
pub const MEETING: Tr = Tr("Möte", "Meeting");
pub const MEETING_2: Tr = Tr("möte", "meeting");
pub const MONTH: Tr = Tr("Månad", "Month");
pub const WEEKDAY: Tr = Tr("Veckodag", "Weekday");
pub const NAME_2: Tr = Tr("Namn …", "Name …");
pub const NEW_ACTIVITY: Tr = Tr("Ny aktivitet", "New activity");
pub const NEW_DUTY: Tr = Tr("Ny uppgift", "New duty");
pub const NOTHING_TO_REDO: Tr = Tr("Inget att göra om.", "Nothing to redo.");
pub const NOTHING_TO_UNDO: Tr = Tr("Inget att ångra.", "Nothing to undo.");
pub const NO_MATCHES: Tr = Tr("Inga träffar.", "No matches.");
pub const OF: Tr = Tr("i", "of");
pub const ONE_CONVENER: Tr = Tr("En sammankallande", "One convener");
pub const OPEN_THE_PERSON: Tr = Tr("Öppna personen", "Open the person");
pub const OTHER_RECORDS_REFER_TO_THIS: Tr =
    Tr("Andra poster hänvisar hit", "Other records refer to this");
pub const PLAN_AND_TRACK_THE_COLLABORATION_STRUCTURES: Tr = Tr(
    "Planera och följ samverkansstrukturer mellan regioner och kommuner.",
    "Plan and track the collaboration structures of regions and municipalities.",
);
pub const SAMVERKAN_CLOSED_WITHOUT_SAVING_THESE_CHANGES: Tr = Tr(
    "Samverkan avslutades utan att spara. Dessa ändringar finns kvar:",
    "Samverkan closed without saving. These changes are still here:",
);
pub const SAVED: Tr = Tr("Sparat.", "Saved.");
pub const SEATS_FROM: Tr = Tr("Platser från", "Seats from");
pub const TABLE_BY_MONTH_LIKE_BILAGA_4: Tr = Tr(
    "Tabell per månad (som Bilaga 4)",
    "Table by month (like Bilaga 4)",
);
pub const TEMPORARY_FILES_OF_AN_INTERRUPTED_SAVE: Tr = Tr(
    " (tillfälliga filer från ett avbrutet sparande togs bort)",
    " (temporary files of an interrupted save were removed)",
);
pub const THE_FILE_COULD_NOT_BE_READ: Tr =
    Tr("Filen kunde inte läsas", "The file could not be read");
pub const THE_FILE_HAS_AN_OLDER_FORMAT: Tr = Tr(
    "Filen har ett äldre format och uppdateras när du sparar. Originalet sparas som säkerhetskopia.",
    "The file has an older format and is updated when you save. The original is kept as a backup.",
);
pub const THE_FILE_WAS_CHANGED_BY_SOMEONE: Tr = Tr(
    "Filen har ändrats av någon annan",
    "The file was changed by someone else",
);
pub const THE_LOCK_LOOKS_ABANDONED_THE_PROGRAM: Tr = Tr(
    "Låset verkar övergivet (programmet som höll det körs inte längre, eller låset är gammalt). Om någon ändå har filen öppen kan deras ändringar gå förlorade. Ta över?",
    "The lock looks abandoned (the program that held it no longer runs, or the lock is old). If someone still has the file open, their changes may be lost. Take over?",
);
pub const THE_N_TH_WEEKDAY_OF_A: Tr =
    Tr("n:e veckodagen i en månad", "the n-th weekday of a month");
pub const THE_OPERATING_YEAR_STARTS_IN: Tr =
    Tr("Verksamhetsåret börjar i", "The operating year starts in");
pub const TIMES_A_YEAR: Tr = Tr("… gånger per år", "… times a year");
pub const UNSAVED_CHANGES_WERE_FOUND: Tr =
    Tr("Osparade ändringar hittades", "Unsaved changes were found");
pub const UNSAVED_CHANGES_WERE_RESTORED_SAVE_TO: Tr = Tr(
    "Osparade ändringar återställdes. Spara för att behålla dem.",
    "Unsaved changes were restored. Save to keep them.",
);
pub const VALUES: Tr = Tr("värden", "values");
pub const VERSION: Tr = Tr("Version", "Version");
pub const WEEK: Tr = Tr("vecka", "week");
/// The heading of the calendar's column of week numbers.
pub const WEEK_COLUMN: Tr = Tr("v.", "wk");
pub const WHEN: Tr = Tr("När", "When");
pub const SOURCE: Tr = Tr("Källa", "Source");
pub const YEAR: Tr = Tr("År", "Year");
pub const VALUE: Tr = Tr("Värde", "Value");
pub const ADD_VALUE: Tr = Tr("Lägg till värde", "Add value");
pub const DOCUMENT_TITLE: Tr = Tr("Dokumentets namn", "Document name");
pub const REGION: Tr = Tr("Region", "Region");
pub const EXPORT_MEMBERS_XLSX: Tr = Tr(
    "Exportera ledamotslista (Excel .xlsx) …",
    "Export member list (Excel .xlsx) …",
);
pub const EXPORT_MEMBERS: Tr = Tr(
    "Exportera ledamotslista (Excel/CSV) …",
    "Export member list (Excel/CSV) …",
);
pub const EXPORTED: Tr = Tr("Exporterade", "Exported");
pub const EXPORT_CALENDAR: Tr = Tr(
    "Exportera möten till kalender (.ics) …",
    "Export meetings to calendar (.ics) …",
);

// Meeting documents (notice and minutes) and the agenda builder.
pub const AND: Tr = Tr("och", "and");
pub const TIME: Tr = Tr("Tid", "Time");
pub const VIDEO_LINK: Tr = Tr("Länk", "Link");
pub const PRESENTER: Tr = Tr("Föredragande", "Presenter");
/// What screen readers call an agenda item's fields.
pub const ITEM_NUMBER: Tr = Tr("Punktens nummer", "Item number");
pub const ITEM_TITLE: Tr = Tr("Punktens rubrik", "Item title");
pub const MINUTES_LONG: Tr = Tr("Minuter", "Minutes");
pub const CALLED: Tr = Tr("Kallade", "Called");
pub const GUESTS: Tr = Tr("Gäster", "Guests");
pub const NO_AGENDA_YET: Tr = Tr(
    "Dagordningen är inte klar än.",
    "The agenda is not ready yet.",
);
pub const NOTICE_TITLE: Tr = Tr("Kallelse och dagordning", "Notice and agenda");
pub const PRESENT: Tr = Tr("Närvarande", "Present");
pub const ABSENT: Tr = Tr("Frånvarande", "Absent");
pub const ITEM_WORD: Tr = Tr("punkt", "item");
pub const ITEMS: Tr = Tr("Punkter", "Items");
pub const QUESTIONS: Tr = Tr("Frågor/synpunkter", "Questions/comments");
pub const RETURNS_NEXT: Tr = Tr(
    "Återkommer vid nästa möte.",
    "Comes back at the next meeting.",
);
pub const ACTIONS: Tr = Tr("Åtgärder", "Actions");
pub const ACTION_LIST: Tr = Tr("Åtgärdslista", "Action items");
pub const SECRETARY: Tr = Tr("Vid anteckningarna", "Minutes taken by");
pub const SIGNED_OFF: Tr = Tr("Justerat", "Approved");
pub const MINUTES_TITLE: Tr = Tr("Mötesanteckningar", "Minutes");
pub const ACTION_OWNER: Tr = Tr("ansvarig", "responsible");
pub const DUE_BY: Tr = Tr("klart senast", "due");
pub const DONE: Tr = Tr("klar", "done");
pub const PAGE_OF: Tr = Tr("Sida {n} av {total}", "Page {n} of {total}");

// The meetings page: list, calendar, agenda builder, minutes editor.
pub const ALL_BODIES: Tr = Tr("Alla organ", "All bodies");
/// What screen readers call the meetings page's filter.
pub const FILTER_BY_BODY: Tr = Tr("Visa möten för organ", "Show meetings of body");
pub const UPCOMING: Tr = Tr("Kommande", "Upcoming");
pub const PAST: Tr = Tr("Tidigare", "Past");
pub const ALL: Tr = Tr("Alla", "All");
pub const LIST: Tr = Tr("Lista", "List");
pub const CALENDAR: Tr = Tr("Kalender", "Calendar");
pub const PREVIOUS: Tr = Tr("Föregående", "Previous");
pub const NEXT: Tr = Tr("Nästa", "Next");
pub const TODAY: Tr = Tr("I dag", "Today");
pub const WEEKEND: Tr = Tr("helg", "weekend");
pub const DETAILS: Tr = Tr("Uppgifter", "Details");
pub const EXPORT_MENU: Tr = Tr("Exportera …", "Export …");
pub const NOTICE_PDF: Tr = Tr(
    "Kallelse med dagordning (PDF) …",
    "Notice with agenda (PDF) …",
);
pub const NOTICE_MD: Tr = Tr(
    "Kallelse med dagordning (text/Markdown) …",
    "Notice with agenda (text/Markdown) …",
);
pub const NOTICE_DOCX: Tr = Tr(
    "Kallelse med dagordning (Word) …",
    "Notice with agenda (Word) …",
);
pub const MINUTES_PDF: Tr = Tr("Mötesanteckningar (PDF) …", "Minutes (PDF) …");
pub const MINUTES_DOCX: Tr = Tr("Mötesanteckningar (Word) …", "Minutes (Word) …");
pub const MINUTES_MD: Tr = Tr(
    "Mötesanteckningar (text/Markdown) …",
    "Minutes (text/Markdown) …",
);
pub const MEETING_ICS: Tr = Tr(
    "Kalenderinbjudan för mötet (.ics) …",
    "Calendar invitation for the meeting (.ics) …",
);
pub const BODY_YEAR_ICS: Tr = Tr("Alla möten (.ics) för", "All meetings (.ics) of");
pub const PLANNED: Tr = Tr("Planerad tid", "Planned");
pub const OUT_OF: Tr = Tr("av", "of");
pub const AGENDA_RUNS_OVER: Tr = Tr(
    "Dagordningen går {min} över mötets sluttid.",
    "The agenda runs {min} past the meeting's end.",
);
pub const AGENDA_REORDER_HINT: Tr = Tr(
    "Flytta en punkt: dra i handtaget till vänster, använd Upp/Ner, eller markera numret och tryck Alt+Upp/Alt+Ner.",
    "Move an item: drag the handle on the left, use Up/Down, or select its number and press Alt+Up/Alt+Down.",
);
pub const DRAG_TO_MOVE: Tr = Tr("Dra för att flytta punkten", "Drag to move the item");
pub const SELECT_TO_MOVE: Tr = Tr(
    "Markera för att flytta med Alt+Upp/Alt+Ner",
    "Select to move with Alt+Up/Alt+Down",
);
pub const UP: Tr = Tr("Upp", "Up");
pub const DOWN: Tr = Tr("Ner", "Down");
pub const DESCRIPTION_AND_GUESTS: Tr = Tr(
    "Beskrivning, underpunkter och gäster",
    "Description, sub-items and guests",
);
pub const NEW_ITEM: Tr = Tr("Ny punkt", "New item");
pub const STANDARD_ITEM: Tr = Tr("Standardpunkt", "Standard item");
pub const TEMPLATE_OF: Tr = Tr("Mall för", "Template of");
pub const SAVE_AS_TEMPLATE_OF: Tr = Tr("Spara som mall för", "Save as template of");
pub const SAVE_AS_TEMPLATE_HINT: Tr = Tr(
    "Organets nya möten börjar med de här punkterna.",
    "The body's new meetings start with these items.",
);
pub const FROM_EARLIER_MEETINGS: Tr = Tr(
    "Att ta upp: från tidigare möten och årshjulets återrapporteringar",
    "To take up: from earlier meetings and the cycle's report-backs",
);
pub const OPEN_ACTION: Tr = Tr("Öppen åtgärd från", "Open action from");
pub const RETURNING: Tr = Tr("Återkommer från", "Returns from");
/// An item carried over, with the date of its meeting: "Öppen åtgärd från 2026-03-10".
pub fn carried_from(what: Tr, date: &str, lang: Lang) -> String {
    format!("{} {date}", what.get(lang))
}
pub const NO_MINUTES_YET: Tr = Tr("Inga anteckningar än.", "No minutes yet.");
pub const START_MINUTES: Tr = Tr("Påbörja anteckningar", "Start the minutes");
pub const START_MINUTES_HINT: Tr = Tr(
    "Alla kallade markeras närvarande, varje punkt får ett avsnitt och § numreras om organet numrerar.",
    "Everyone called is marked present, each item gets a section, and § are numbered if the body numbers them.",
);
pub const ATTENDANCE: Tr = Tr("Närvaro", "Attendance");
pub const ADD_PARTICIPANT: Tr = Tr("Gäst", "Guest");
pub const ALL_PRESENT: Tr = Tr("Alla närvarande", "All present");
pub const NUMBER_PARAGRAPHS: Tr = Tr("Numrera §", "Number §");
pub const DECISIONS: Tr = Tr("Beslut", "Decisions");
pub const DECISION: Tr = Tr("Beslut", "Decision");
pub const DECIDED_TO: Tr = Tr("beslutade att", "decided to");
pub const ACTION: Tr = Tr("Åtgärd", "Action");
pub const NEW_ACTION: Tr = Tr("Ny åtgärd", "New action");
pub const SIGNED_OFF_BY: Tr = Tr("Justerare", "Approved by");
pub const SIGN_OFF_DATE: Tr = Tr("Justerat den", "Approved on");
pub const OTHER_NAMED: Tr = Tr("Annan (skriv namn) …", "Someone else (type a name) …");

// Struktur: the org chart and the representation matrix.
pub const ORG_CHART: Tr = Tr("Organisationsschema", "Org chart");
pub const MATRIX: Tr = Tr("Representation", "Representation");
pub const ALL_LEVELS: Tr = Tr("Alla nivåer", "All levels");
pub const POLITICAL_LEVEL: Tr = Tr("Politisk nivå", "Political level");
pub const OFFICIALS_LEVEL: Tr = Tr("Tjänstepersonsnivå", "Officials' level");
pub const HIGHLIGHT_ORG: Tr = Tr("Markera organisation:", "Highlight organisation:");
pub const HIGHLIGHT_PERSON: Tr = Tr("eller person:", "or person:");
pub const FIT: Tr = Tr("Anpassa till fönstret", "Fit to window");
pub const EXPAND_ALL: Tr = Tr("Fäll ut alla", "Expand all");
pub const CHART_SVG: Tr = Tr("Schemat som SVG …", "The chart as SVG …");
pub const CHART_PNG: Tr = Tr("Schemat som PNG-bild …", "The chart as PNG …");
pub const CHART_HINT: Tr = Tr(
    "Dra för att panorera, Ctrl+hjul eller nyp för att zooma. Klicka på ett organ för att se det, dubbelklicka för att öppna det.",
    "Drag to pan, Ctrl+wheel or pinch to zoom. Click a body to see it, double-click to open it.",
);
pub const NO_BODIES_AT_LEVEL: Tr = Tr("Inga organ att visa.", "No bodies to show.");
pub const CHART_BOX: Tr = Tr("Organ i schemat:", "Body in the chart:");
pub const OPEN_BODY: Tr = Tr("Öppna organet", "Open the body");
pub const EXPAND: Tr = Tr("Fäll ut", "Expand");
pub const COLLAPSE: Tr = Tr("Fäll ihop underliggande", "Collapse what is below");
pub const SEATS: Tr = Tr("Platser", "Seats");
pub const VACANT_SEAT: Tr = Tr("vakant", "vacant");
pub const TOTAL: Tr = Tr("Summa", "Total");
pub const BALANCE: Tr = Tr("Sammansättning", "Composition");
pub const MATRIX_HINT: Tr = Tr(
    "Organisationer nedåt, organ åt höger; varje ruta visar rollerna. Håll muspekaren över en ruta för hela texten, klicka på ett organs namn för att öppna det.",
    "Organisations down, bodies across; each cell shows the roles. Hover a cell for the whole text, click a body's name to open it.",
);

// The year: wheel, planning, timeline.
pub const WHEEL_VIEW: Tr = Tr("Hjulet", "The wheel");
pub const PLAN_YEAR: Tr = Tr("Planera ett år", "Plan a year");
pub const OPERATING_YEAR: Tr = Tr("Verksamhetsår:", "Operating year:");
pub const PLAN_HINT: Tr = Tr(
    "Mötena och återrapporteringarna som årshjulet ber om, flyttade från helger och röda dagar; en återrapportering ska vara klar till mottagarens möte. Inget skapas förrän du väljer Skapa; det går att ångra i ett steg.",
    "The meetings and report-backs the cycle asks for, moved off weekends and public holidays; a report-back is due at the receiving body's meeting. Nothing is created until you choose Create; it undoes in one step.",
);
pub const NOTHING_TO_PLAN: Tr = Tr(
    "Alla möten och återrapporteringar som årshjulet ber om det här året finns redan.",
    "Every meeting and report-back the cycle asks for this year already exists.",
);
pub const MOVED_FROM: Tr = Tr("flyttat från", "moved from");
pub const WHEEL_HINT: Tr = Tr(
    "Dra för att panorera, Ctrl+hjul för att zooma. Håll muspekaren över en markering för hela texten, klicka för att öppna.",
    "Drag to pan, Ctrl+wheel to zoom. Hover a mark for its whole text, click to open it.",
);
pub const PICTURE_SVG: Tr = Tr("Som SVG …", "As SVG …");
pub const PICTURE_PNG: Tr = Tr("Som PNG-bild …", "As PNG …");
pub const PICTURE_PDF: Tr = Tr("Som PDF (en sida) …", "As PDF (one page) …");
pub const RINGS: Tr = Tr("Ringar", "Rings");
pub const RINGS_HINT: Tr = Tr("Innerst först.", "Innermost first.");
pub const IN: Tr = Tr("In", "In");
pub const OUT: Tr = Tr("Ut", "Out");
pub const ADD_RING: Tr = Tr("Lägg till ring", "Add a ring");
pub const ZOOM_YEARS: Tr = Tr("3 år", "3 years");
pub const ZOOM_YEAR: Tr = Tr("År", "Year");
pub const ZOOM_QUARTER: Tr = Tr("Kvartal", "Quarter");
pub const ZOOM_MONTH: Tr = Tr("Månad", "Month");
pub const ZOOM_WEEK: Tr = Tr("Vecka", "Week");
pub const EARLIER: Tr = Tr("Tidigare", "Earlier");
pub const LATER: Tr = Tr("Senare", "Later");
pub const TIMELINE_HINT: Tr = Tr(
    "Dra i sidled för att flytta i tiden, Ctrl+hjul för att zooma. Helger och röda dagar är skuggade; rött betyder en dubbelbokning.",
    "Drag sideways to move in time, Ctrl+wheel to zoom. Weekends and public holidays are shaded; red means a double booking.",
);
pub const TIMING_RULES: Tr = Tr("Tidsregler", "Timing rules");
pub const TIMING_RULES_HINT: Tr = Tr(
    "Till exempel: Beredningsgruppen möts minst 7 dagar före Värmlandsrådet (och inom 60 dagar före). Regler som bryts syns i problemlistan och på tidslinjen.",
    "For example: the beredningsgrupp meets at least 7 days before Värmlandsrådet (and within 60 days before). Broken rules show in the problem list and on the timeline.",
);
pub const EARLIER_BODY: Tr = Tr("Organet som möts först", "The body that meets first");
pub const MIN_DAYS_BEFORE: Tr = Tr("minst dagar före", "at least days before");
pub const LATER_BODY: Tr = Tr("organet", "the body");
pub const WITHIN_DAYS: Tr = Tr("inom dagar", "within days");
pub const NEW_TIMING_RULE: Tr = Tr("Ny tidsregel", "New timing rule");
