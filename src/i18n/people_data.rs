//! The words of people's data: the register extract (registerutdrag, GDPR art. 15) and
//! erasing a person (art. 17).

use super::counts::{Noun, count};
use super::{Label, Lang, Tr};
use crate::io::traces::TraceKind;
use crate::model::person_extract::Kind;

impl Label for Kind {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            Kind::Seat => lang.pick("Platser", "Seats"),
            Kind::PastSeat => lang.pick("Tidigare platser", "Past seats"),
            Kind::Attendance => lang.pick("Närvaro vid möten", "Attendance at meetings"),
            Kind::Secretary => lang.pick("Sekreterare vid möten", "Secretary at meetings"),
            Kind::SignOff => lang.pick("Justerare", "Signed off minutes"),
            Kind::Presenter => lang.pick("Föredragande", "Presenter"),
            Kind::Guest => lang.pick("Gäst vid en punkt", "Guest at an item"),
            Kind::TemplatePresenter => lang.pick(
                "Föredragande i dagordningsmallar",
                "Presenter in agenda templates",
            ),
            Kind::ActionOwner => lang.pick("Ansvarig för åtgärder", "Owner of actions"),
            Kind::DecisionOwner => lang.pick("Ansvarig för beslut", "Responsible for decisions"),
            Kind::Assignment => lang.pick("Uppdrag", "Assignments"),
            Kind::CaseOfficer => lang.pick("Handläggare för ärenden", "Case officer of matters"),
            Kind::Mention => lang.pick("Nämns i text", "Named in text"),
            Kind::PossibleMention => lang.pick(
                "Kanske nämnd (bara förnamnet)",
                "Possibly named (first name only)",
            ),
        }
    }
}

impl Label for TraceKind {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            TraceKind::Backup => lang.pick("säkerhetskopia", "backup"),
            TraceKind::MyVersion => lang.pick("kopia av din version", "copy of your version"),
            TraceKind::Recovery => lang.pick("återställningskopia", "recovery copy"),
        }
    }
}

/// What erasing does with the places of one kind.
pub fn what_happens(kind: Kind, lang: Lang) -> &'static str {
    match kind {
        Kind::Seat => lang.pick("blir vakanta", "become vacant"),
        Kind::PastSeat | Kind::Assignment => lang.pick("tas bort", "are removed"),
        Kind::CaseOfficer => lang.pick("får ingen handläggare", "get no case officer"),
        Kind::Mention => lang.pick(
            "namnet ersätts med platshållaren",
            "the name is replaced by the placeholder",
        ),
        Kind::PossibleMention => lang.pick(
            "förnamnet ersätts om du kryssar i nedan",
            "the first name is replaced if you tick below",
        ),
        _ => lang.pick(
            "personen ersätts med platshållaren",
            "the person is replaced by the placeholder",
        ),
    }
}

/// The placeholder that stands where an erased person stood.
pub const REMOVED_PERSON: Tr = Tr("[borttagen person]", "[removed person]");
pub const MINUTES: Tr = Tr("anteckningarna", "the minutes");
pub const CYCLE: Tr = Tr("Årshjulet", "The annual cycle");
pub const THE_DOCUMENT: Tr = Tr("Dokumentets uppgifter", "The document's details");
pub const ERASE_INCOMPLETE: Tr = Tr(
    "Personen kunde inte raderas helt, så ingenting ändrades. Spara en kopia och rapportera felet.",
    "The person could not be erased completely, so nothing was changed. Save a copy and report the fault.",
);
pub const EVERYTHING: Tr = Tr("Allt om personen", "Everything about the person");
pub const NOTHING_ELSE: Tr = Tr(
    "Personen förekommer inte någon annanstans i dokumentet.",
    "The person occurs nowhere else in the document.",
);
pub const FILES_OUTSIDE: Tr = Tr("Filer utanför dokumentet", "Files outside the document");
pub const NO_FILES_OUTSIDE: Tr = Tr(
    "Inga säkerhetskopior eller återställningskopior innehåller personen.",
    "No backups or recovery copies hold the person.",
);
pub const DELETE_KEEPS_NAME: Tr = Tr(
    "Namnet står kvar som text i dagordningar och anteckningar. Ska personen tas bort helt, med varje omnämnande, använd Radera personuppgifter på personens sida.",
    "The name stays as text in agendas and minutes. To remove the person completely, every mention included, use Erase personal data on the person's page.",
);
pub const SEARCHING_FILES: Tr = Tr(
    "Letar i säkerhetskopiorna och återställningskopian …",
    "Looking in the backups and the recovery copy …",
);
pub const EXTRACT: Tr = Tr("Registerutdrag", "Register extract");
pub const EXPORT_EXTRACT_PDF: Tr = Tr("Registerutdrag (PDF) …", "Register extract (PDF) …");
pub const EXPORT_EXTRACT_JSON: Tr = Tr("Registerutdrag (JSON) …", "Register extract (JSON) …");
pub const ERASE: Tr = Tr("Radera personuppgifter …", "Erase personal data …");
pub const ERASE_HEADING: Tr = Tr("Radera personuppgifter", "Erase personal data");
pub const ERASE_BUTTON: Tr = Tr("Radera", "Erase");
pub const FIRST_NAME_TOO: Tr = Tr(
    "Ersätt även förnamnet där det står ensamt",
    "Also replace the first name where it stands alone",
);
pub const REGISTERED: Tr = Tr("Registrerade uppgifter", "Registered details");
pub const PERSON_RECORD: Tr = Tr("Personposten", "The person's record");
pub const PERSON_RECORD_GOES: Tr = Tr("tas bort", "is removed");
pub const KEEP_FILES: Tr = Tr("Behåll filerna", "Keep the files");
pub const REMOVE_FILES: Tr = Tr("Ta bort filerna", "Remove the files");
pub const OTHER_FILES_BY_HAND: Tr = Tr(
    "Kopior av din version tas inte bort här: öppna dem och radera personen där, eller ta bort dem själv.",
    "Copies of your version are not removed here: open them and erase the person there, or remove them yourself.",
);

/// "BG – planering" under the assignment: who gave it.
pub fn given_by(body: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("givet av {body}"),
        Lang::En => format!("given by {body}"),
    }
}

/// An agenda item: "punkt 3 Ekonomi".
pub fn item(number: u32, title: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("punkt {number} {title}"),
        Lang::En => format!("item {number} {title}"),
    }
}

/// Minutes a person signed off: "justerat 2026-09-17".
pub fn signed_off_on(date: chrono::NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("justerat {date}"),
        Lang::En => format!("signed off {date}"),
    }
}

/// Another person's record that mentions them.
pub fn on_person(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Personen {name}"),
        Lang::En => format!("The person {name}"),
    }
}

/// The extract's title: "Registerutdrag – Anna Berg".
pub fn extract_title(name: &str, lang: Lang) -> String {
    format!("{} – {name}", EXTRACT.get(lang))
}

/// The opening words of the extract sent to the person.
pub fn extract_intro(document: &str, date: chrono::NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "Detta är alla uppgifter om dig som finns i dokumentet \"{document}\" den {date}: \
             dina registrerade uppgifter och varje ställe där du förekommer (artikel 15 i \
             dataskyddsförordningen)."
        ),
        Lang::En => format!(
            "These are all the details about you that the document \"{document}\" holds on \
             {date}: your registered details and every place you occur (article 15 of the \
             GDPR)."
        ),
    }
}

/// The dialog's opening sentence: what goes, and what stands in its place.
pub fn erase_intro(name: &str, placeholder: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "{name} tas bort ur dokumentet och varje ställe som nämner personen får \"{placeholder}\" \
             i stället. Det går att ångra tills du sparar; efter sparandet går det inte längre."
        ),
        Lang::En => format!(
            "{name} is removed from the document and every place that names them gets \
             \"{placeholder}\" instead. You can undo it until you save; after saving you cannot."
        ),
    }
}

/// The status line after erasing.
pub fn erased(name: &str, places: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "{name} är raderad ({places} ställen). Spara för att radera uppgifterna i filen."
        ),
        Lang::En => {
            format!("{name} is erased ({places} places). Save to erase the data in the file.")
        }
    }
}

/// After the save: the undo history no longer holds the person.
pub fn history_cleared(lang: Lang) -> &'static str {
    lang.pick(
        "Sparat. Ångra-historiken är tömd så att de raderade uppgifterna inte finns kvar.",
        "Saved. The undo history is cleared so that the erased data is gone.",
    )
}

/// The question after saving an erasure: these files still hold the person.
pub fn files_still_hold(name: &str, n: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "Dokumentet är sparat utan {name}, men {} utanför dokumentet innehåller fortfarande personen:",
            count(n, Noun::File, lang)
        ),
        Lang::En => format!(
            "The document is saved without {name}, but {} outside the document still hold the person:",
            count(n, Noun::File, lang)
        ),
    }
}

/// After removing the files.
pub fn files_removed(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{} med personen borttagna.", count(n, Noun::File, lang)),
        Lang::En => format!("{} with the person removed.", count(n, Noun::File, lang)),
    }
}

/// A file that could not be removed.
pub fn file_not_removed(path: &str, reason: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Kunde inte ta bort {path}: {reason}"),
        Lang::En => format!("Could not remove {path}: {reason}"),
    }
}

/// The command line: no person with that id.
pub fn no_such_person(id: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("ingen person har id {id} (se samverkan list people FIL)"),
        Lang::En => format!("no person has the id {id} (see samverkan list people FILE)"),
    }
}

/// The command line: a PDF needs a file to go to.
pub fn pdf_needs_output(lang: Lang) -> &'static str {
    lang.pick(
        "ett registerutdrag som PDF behöver -o FIL",
        "a register extract as PDF needs -o FILE",
    )
}

/// The command line: what `erase` did.
pub fn erased_in_file(name: &str, places: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{name} är raderad ur dokumentet ({places} ställen)"),
        Lang::En => format!("{name} is erased from the document ({places} places)"),
    }
}

/// The command line: files that still hold the person, and how to remove them.
pub fn still_held_hint(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "{} utanför dokumentet innehåller fortfarande personen; kör igen med --purge-backups för att ta bort säkerhetskopiorna:",
            count(n, Noun::File, lang)
        ),
        Lang::En => format!(
            "{} outside the document still hold the person; run again with --purge-backups to remove the backups:",
            count(n, Noun::File, lang)
        ),
    }
}
