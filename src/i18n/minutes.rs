//! The words of writing minutes: the blocks of an item, sub-items, and the way from draft
//! to signed-off minutes.

use super::{Lang, Tr};
use crate::model::minutes_flow::Stage;
use crate::model::{BlockKind, MinutesChange};

/// The name of a kind of block, over its field and on its "+" button.
pub fn block(kind: BlockKind) -> Tr {
    match kind {
        BlockKind::Notes => Tr("Anteckning", "Note"),
        BlockKind::Questions => Tr("Frågor/synpunkter", "Questions/comments"),
        BlockKind::Decision => Tr("Beslut", "Decision"),
        BlockKind::Action => Tr("Åtgärd", "Action"),
        BlockKind::Heading => Tr("Underpunkt", "Sub-item"),
    }
}

pub const BLOCKS_HINT: Tr = Tr(
    "Skriv i den ordning det hände: lägg till anteckningar, frågor, beslut och åtgärder och flytta dem med Upp/Ner. En underpunkt blir en rubrik för det som följer.",
    "Write in the order it happened: add notes, questions, decisions and actions and move them with Up/Down. A sub-item becomes a heading for what follows.",
);
pub const NEW_SUB_ITEM: Tr = Tr("Ny underpunkt", "New sub-item");
pub const SUB_ITEMS: Tr = Tr("Underpunkter", "Sub-items");

/// "Utkast", "För justering", "Justerat".
pub fn stage(stage: Stage) -> Tr {
    match stage {
        Stage::Draft => Tr("Utkast", "Draft"),
        Stage::ForReview => Tr("För justering", "For review"),
        Stage::Approved => Tr("Justerat", "Signed off"),
    }
}

pub fn stage_hint(stage: Stage) -> Tr {
    match stage {
        Stage::Draft => Tr(
            "Anteckningarna är ett utkast. Skicka dem för justering när de är klara.",
            "The minutes are a draft. Send them for review when they are ready.",
        ),
        Stage::ForReview => Tr(
            "Anteckningarna är hos justerarna. De kan fortfarande ändras.",
            "The minutes are with the reviewers. They can still be changed.",
        ),
        Stage::Approved => Tr(
            "Anteckningarna är justerade och låsta: text, beslut och §-nummer ändras inte. Åtgärder kan fortfarande bockas av.",
            "The minutes are signed off and locked: text, decisions and § numbers do not change. Actions can still be ticked off.",
        ),
    }
}

pub const SEND_FOR_REVIEW: Tr = Tr("Skicka för justering", "Send for review");
pub const APPROVE: Tr = Tr("Justera", "Sign off");
pub const APPROVE_HINT: Tr = Tr(
    "Markerar anteckningarna som justerade och låser dem.",
    "Marks the minutes as signed off and locks them.",
);
pub const BACK_TO_DRAFT: Tr = Tr("Tillbaka till utkast", "Back to draft");
pub const REOPEN: Tr = Tr("Öppna igen …", "Reopen …");
pub const REOPEN_TITLE: Tr = Tr(
    "Öppna justerade anteckningar igen?",
    "Reopen signed-off minutes?",
);
pub const REOPEN_TEXT: Tr = Tr(
    "Anteckningarna är justerade. Om du öppnar dem igen blir de ett utkast som måste justeras på nytt, och historiken får en daterad rad om det.",
    "The minutes are signed off. Reopened, they become a draft that must be signed off again, and the history gets a dated line about it.",
);
pub const REOPEN_WHY: Tr = Tr("Varför (valfritt)", "Why (optional)");
pub const REOPEN_CONFIRM: Tr = Tr("Öppna igen", "Reopen");
pub const HISTORY: Tr = Tr("Historik", "History");

pub fn change(change: MinutesChange) -> Tr {
    match change {
        MinutesChange::SentForReview => Tr("skickade för justering", "sent for review"),
        MinutesChange::Approved => Tr("justerade", "signed off"),
        MinutesChange::Reopened => Tr("öppnade igen", "reopened"),
    }
}

/// "2021-11-10 justerade", "2021-11-12 öppnade igen: Fel namn".
pub fn history_line(
    date: chrono::NaiveDate,
    what: MinutesChange,
    note: &str,
    lang: Lang,
) -> String {
    let mut line = format!("{date} {}", change(what).get(lang));
    if !note.is_empty() {
        line.push_str(": ");
        line.push_str(note);
    }
    line
}

/// What every page of a PDF says while the minutes are not signed off.
pub fn page_stamp(stage: Stage, lang: Lang) -> Option<&'static str> {
    match stage {
        Stage::Draft => Some(lang.pick("UTKAST", "DRAFT")),
        Stage::ForReview => Some(lang.pick("UTKAST – FÖR JUSTERING", "DRAFT – FOR REVIEW")),
        Stage::Approved => None,
    }
}

pub const ATTENDANCE_NOTE_HINT: Tr = Tr(
    "Skrivs efter namnet i anteckningarna, t.ex. \"ordförande\" eller en titel som inte finns i personregistret.",
    "Printed after the name in the minutes, e.g. \"chair\" or a title the person register does not have.",
);

pub const LAST_DAY: Tr = Tr("Sista dag", "Last day");
pub const LAST_DAY_HINT: Tr = Tr(
    "om mötet pågår flera dagar",
    "if the meeting lasts several days",
);
pub const TENTATIVE_TIME: Tr = Tr("Preliminär tid", "Tentative time");
pub const TENTATIVE_TIME_HINT: Tr = Tr(
    "t.ex. fm eller em – mötet är preliminärt",
    "e.g. morning or afternoon – the meeting is tentative",
);
pub const TENTATIVE: Tr = Tr("preliminärt", "tentative");

/// "fm eller em (preliminärt)", "09:00–12:00, fm eller em (preliminärt)", or the times.
pub fn time_with_tentative(times: &str, tentative: &str, lang: Lang) -> String {
    let tentative = tentative.trim();
    match (times.is_empty(), tentative.is_empty()) {
        (_, true) => times.to_owned(),
        (true, false) => format!("{tentative} ({})", TENTATIVE.get(lang)),
        (false, false) => format!("{times}, {tentative} ({})", TENTATIVE.get(lang)),
    }
}
pub const PROPOSED_DATE: Tr = Tr(
    "Förslag – datumet är inte beslutat",
    "Proposed – the date is not decided",
);
pub const UNIT_AND_OFFICER: Tr = Tr("Tjänsteställe, handläggare", "Unit, officer");
pub const REFERENCE: Tr = Tr("Beteckning", "Reference");

pub const LETTERHEAD: Tr = Tr(
    "Brevhuvud för kallelser och anteckningar",
    "Letterhead of notices and minutes",
);
pub const LETTERHEAD_OF_DOCUMENT: Tr = Tr(
    "Gäller alla organ som inte har ett eget.",
    "Used by every body that has none of its own.",
);
pub const LETTERHEAD_OF_BODY: Tr = Tr(
    "Det som fylls i här gäller detta organ; tomt tar dokumentets brevhuvud (under Översikt).",
    "What is filled in here is this body's; empty takes the document's letterhead (on the overview).",
);
pub const UNIT: Tr = Tr("Tjänsteställe", "Unit");
pub const ADDRESS: Tr = Tr(
    "Adressfot (postadress, e-post, org.nr)",
    "Address footer (postal address, e-mail, org. no.)",
);
pub const GUESTS_PLACE: Tr = Tr("Gäster", "Guests");
pub const GUESTS_WITH_PRESENT: Tr = Tr(
    "under Närvarande, med punkterna de deltog i",
    "under Present, with the items they attended",
);
pub const MEETING_REFERENCE: Tr = Tr("Beteckning", "Reference");
pub const MEETING_REFERENCE_HINT: Tr = Tr(
    "eller diarienummer, t.ex. RS 2021/123",
    "or file number, e.g. RS 2021/123",
);
pub const NUMBERS_PARAGRAPHS: Tr = Tr(
    "Anteckningarna numrerar paragrafer (§) löpande per år",
    "The minutes number paragraphs (§) continuously per year",
);

/// "+ 2 underpunkter från dagordningen".
pub fn sub_items_from_agenda(n: usize, lang: Lang) -> String {
    let what = super::counts::count(n, super::counts::Noun::SubItem, lang);
    match lang {
        Lang::Sv => format!("+ {what} från dagordningen"),
        Lang::En => format!("+ {what} from the agenda"),
    }
}

/// What a screen reader calls a person's presence in the attendance list.
pub fn presence_of(who: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Närvaro för {who}"),
        Lang::En => format!("Attendance of {who}"),
    }
}

/// What a screen reader calls the note beside a person in the attendance list.
pub fn note_of(who: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Anteckning om {who}"),
        Lang::En => format!("Note on {who}"),
    }
}
