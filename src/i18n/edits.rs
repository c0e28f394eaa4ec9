//! What the user is told when a change is refused.

use super::Lang;

pub fn not_found(lang: Lang) -> &'static str {
    lang.pick(
        "Posten finns inte (längre).",
        "The record does not exist (any more).",
    )
}

pub fn referenced(list: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Kan inte tas bort: andra poster hänvisar till den ({list})."),
        Lang::En => format!("Cannot be deleted: other records refer to it ({list})."),
    }
}

pub fn out_of_range(lang: Lang) -> &'static str {
    lang.pick(
        "Värdet är utanför det tillåtna.",
        "The value is out of range.",
    )
}

pub fn locked(lang: Lang) -> &'static str {
    lang.pick(
        "Anteckningarna är justerade och kan inte ändras. Öppna dem igen först (\"Öppna justerade anteckningar igen\").",
        "The minutes are signed off and cannot be changed. Open them again first (\"Reopen signed-off minutes\").",
    )
}

pub fn read_only(lang: Lang) -> &'static str {
    lang.pick(
        "Dokumentet är skrivskyddat och kan inte ändras.",
        "The document is read-only and cannot be changed.",
    )
}
