//! The words of merging two copies: the summary, the report line by line, the conflict
//! dialog and the command line's messages.

use super::counts::{Noun, count};
use super::{Lang, Tr};
use crate::model::merge::{
    By, Change, ChangeKind, Conflict, ConflictKind, Kept, MergeError, Place, Report, Side, Step,
};
use serde_json::Value;
use std::fmt::Write as _;

pub const MERGE: Tr = Tr("Slå ihop", "Merge");
pub const MERGE_WITH: Tr = Tr("Slå ihop med …", "Merge with …");
pub const SAVE_A_COPY: Tr = Tr("Spara en kopia …", "Save a copy …");
pub const THEIRS_ON_DISK: Tr = Tr(
    "Med versionen som någon annan sparade medan du arbetade",
    "With the version someone else saved while you worked",
);
pub const MERGE_AND_SAVE: Tr = Tr("Slå ihop och spara", "Merge and save");
pub const CONFLICT_CHOICES: Tr = Tr(
    "Någon annan har sparat filen sedan du öppnade den. Slå ihop för samman din och deras version post för post och frågar bara där ni ändrat samma sak. Du kan också läsa in deras version, spara dina ändringar under ett annat namn eller skriva över deras.",
    "Someone else saved the file since you opened it. Merge brings your version and theirs together record by record and asks only where you both changed the same thing. You can also read in their version, save your changes under another name, or overwrite theirs.",
);
pub const MERGE_TITLE: Tr = Tr("Slå ihop två versioner", "Merge two versions");
pub const MERGE_HINT: Tr = Tr(
    "Dina ändringar och deras förs samman post för post. Där ni båda ändrat samma sak väljer du nedan.",
    "Your changes and theirs are brought together record by record. Where you both changed the same thing, you choose below.",
);
pub const CONFLICTS: Tr = Tr("Konflikter", "Conflicts");
pub const MINE: Tr = Tr("Min", "Mine");
pub const THEIRS: Tr = Tr("Deras", "Theirs");
pub const BASE: Tr = Tr("Innan", "Before");
pub const WHAT_HAPPENED: Tr = Tr("Vad som hände", "What happened");
pub const NOTHING: Tr = Tr("(inget)", "(nothing)");
pub const NOTHING_TO_MERGE: Tr = Tr(
    "Versionerna är redan lika; inget att slå ihop.",
    "The versions are already the same; nothing to merge.",
);
pub const NO_BASE: Tr = Tr(
    "Ingen gemensam version hittades (varken den du öppnade eller någon säkerhetskopia), så allt som skiljer räknas som konflikter. Välj för varje.",
    "No common version was found (neither the one you opened nor any backup), so every difference counts as a conflict. Choose for each.",
);
pub const MERGED: Tr = Tr(
    "Versionerna är ihopslagna. Ångra tar tillbaka din version.",
    "The versions are merged. Undo brings back your version.",
);
pub const OUTPUT_NEEDED: Tr = Tr(
    "Ange var resultatet ska skrivas med -o FIL (eller --git).",
    "Say where the result goes with -o FILE (or --git).",
);
pub const THE_DOCUMENT: Tr = Tr("Dokumentet", "The document");

/// Who, in a change line.
fn by_word(by: By, lang: Lang) -> &'static str {
    match by {
        By::Mine => lang.pick("av dig", "by you"),
        By::Theirs => lang.pick("av dem", "by them"),
        By::Both => lang.pick("lika av er båda", "alike by you both"),
    }
}

/// "12 ändringar från dem, 4 från dig, inga konflikter".
pub fn summary(report: &Report, lang: Lang) -> String {
    let theirs = report.count(By::Theirs);
    let mine = report.count(By::Mine);
    let both = report.count(By::Both);
    let mut s = format!(
        "{} {}, {} {}",
        count(theirs, Noun::Change, lang),
        lang.pick("från dem", "from them"),
        mine,
        lang.pick("från dig", "from you"),
    );
    if both > 0 {
        let _ = write!(
            s,
            ", {both} {}",
            lang.pick("gjorda av er båda", "made by you both")
        );
    }
    s.push_str(", ");
    if report.conflicts.is_empty() {
        s.push_str(lang.pick("inga konflikter", "no conflicts"));
    } else {
        s.push_str(&count(report.conflicts.len(), Noun::Conflict, lang));
    }
    if !report.kept.is_empty() {
        let _ = write!(
            s,
            ", {} {}",
            count(report.kept.len(), Noun::Record, lang),
            lang.pick("behållna trots borttagning", "kept despite a delete"),
        );
    }
    s
}

/// What a report calls the records of a list.
fn list_noun(list: &str, lang: Lang) -> String {
    let (sv, en) = match list {
        "organisations" => ("Organisation", "Organisation"),
        "people" => ("Person", "Person"),
        "bodies" => ("Organ", "Body"),
        "links" => ("Koppling", "Link"),
        "meetings" => ("Möte", "Meeting"),
        "activities" => ("Aktivitet", "Activity"),
        "goals" => ("Mål", "Goal"),
        "indicators" => ("Indikator", "Indicator"),
        "values" => ("Värde", "Value"),
        "targets" => ("Målvärde", "Target"),
        "analyses" => ("Analys", "Analysis"),
        "assignments" => ("Uppdrag", "Assignment"),
        "agreements" => ("Överenskommelse", "Agreement"),
        "documents" => ("Styrdokument", "Governing document"),
        "timing_rules" => ("Tidsregel", "Timing rule"),
        "matters" => ("Ärende", "Matter"),
        "memberships" => ("Plats", "Seat"),
        "agenda" => ("Punkt", "Item"),
        "action_items" => ("Åtgärd", "Action"),
        "items" => ("Anteckningar till punkt", "Minutes of item"),
        "attendance" => ("Närvaro", "Attendance"),
        other => return other.replace('_', " "),
    };
    lang.pick(sv, en).to_owned()
}

/// What a report calls a field.
fn field_name(field: &str, lang: Lang) -> String {
    let (sv, en) = match field {
        "name" => ("namn", "name"),
        "short_name" => ("kortnamn", "short name"),
        "title" => ("titel", "title"),
        "text" => ("text", "text"),
        "date" => ("datum", "date"),
        "last_day" => ("sista dag", "last day"),
        "start" => ("starttid", "start"),
        "end" => ("sluttid", "end"),
        "place" => ("plats", "place"),
        "online" => ("videolänk", "video link"),
        "status" => ("status", "status"),
        "description" => ("beskrivning", "description"),
        "email" => ("e-post", "e-mail"),
        "phone" => ("telefon", "phone"),
        "party" => ("parti", "party"),
        "organisation" => ("organisation", "organisation"),
        "person" => ("person", "person"),
        "role" => ("roll", "role"),
        "note" | "notes" => ("anteckning", "note"),
        "bodies" => ("organ", "bodies"),
        "agenda" => ("dagordningens ordning", "the agenda's order"),
        "minutes" => ("anteckningar (protokoll)", "minutes"),
        "memberships" => ("platsernas ordning", "the seats' order"),
        "amount" => ("värde", "value"),
        "kind" => ("typ", "kind"),
        "presenters" => ("föredragande", "presenters"),
        "guests" => ("gäster", "guests"),
        "sub_items" => ("underpunkter", "sub-items"),
        "blocks" => ("anteckningar", "notes"),
        "mandate" => ("uppdrag", "mandate"),
        "due" => ("klart senast", "due"),
        "done" => ("klart", "done"),
        "owner" => ("ansvarig", "owner"),
        "secretary" => ("sekreterare", "secretary"),
        "sign_off" => ("justering", "sign-off"),
        "info" => ("dokumentets uppgifter", "the document's details"),
        "region" => ("region", "region"),
        "reference" => ("diarienummer", "reference"),
        other => return other.replace('_', " "),
    };
    lang.pick(sv, en).to_owned()
}

/// Where, in words: "Möte «2026-09-10 BG» › Punkt «Ekonomi» › titel".
pub fn place_text(place: &Place, lang: Lang) -> String {
    let mut parts: Vec<String> = place
        .records
        .iter()
        .map(|(list, label)| format!("{} «{label}»", list_noun(list, lang)))
        .collect();
    // The fields after the last record ("minutes › sign_off"), or the list when it ends in one.
    let after_last_record = place
        .steps
        .iter()
        .rposition(|s| matches!(s, Step::Record(_)))
        .map_or(0, |i| i + 1);
    let fields: Vec<String> = place.steps[after_last_record..]
        .iter()
        .filter_map(|s| match s {
            Step::Field(f) => Some(field_name(f, lang)),
            Step::Record(_) => None,
        })
        .collect();
    if !fields.is_empty() {
        parts.push(fields.join(" › "));
    }
    if parts.is_empty() {
        return THE_DOCUMENT.get(lang).to_owned();
    }
    // A line of the report starts with a capital ("Dokumentets uppgifter › titel").
    let text = parts.join(" › ");
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// One change: "Person «Anna Berg» › titel: ändrad av dem".
pub fn change_line(c: &Change, lang: Lang) -> String {
    let what = match c.kind {
        ChangeKind::Added => lang.pick("tillagd", "added"),
        ChangeKind::Removed => lang.pick("borttagen", "removed"),
        ChangeKind::Changed => lang.pick("ändrad", "changed"),
        ChangeKind::Moved => lang.pick("ordningen ändrad", "order changed"),
    };
    format!(
        "{}: {what} {}",
        place_text(&c.place, lang),
        by_word(c.by, lang)
    )
}

/// A record kept although one side deleted it.
pub fn kept_line(k: &Kept, lang: Lang) -> String {
    let (deleted, edited) = match k.deleted_by {
        Side::Mine => (lang.pick("du", "you"), lang.pick("de", "they")),
        Side::Theirs => (lang.pick("de", "they"), lang.pick("du", "you")),
    };
    format!(
        "{}: {}",
        place_text(&k.place, lang),
        match lang {
            Lang::Sv =>
                format!("{deleted} tog bort den, {edited} ändrade den; den är kvar med ändringarna"),
            Lang::En =>
                format!("{deleted} deleted it, {edited} changed it; it is kept with the changes"),
        }
    )
}

/// What kind of conflict, in words.
pub fn conflict_kind(kind: ConflictKind, lang: Lang) -> &'static str {
    match kind {
        ConflictKind::Value => {
            lang.pick("ändrat olika av er båda", "changed differently by you both")
        }
        ConflictKind::Order => lang.pick(
            "ordnat olika av er båda",
            "reordered differently by you both",
        ),
        ConflictKind::SignedMinutes => lang.pick(
            "justerade anteckningar ändras aldrig av en sammanslagning – välj version",
            "signed-off minutes are never changed by a merge – choose a version",
        ),
    }
}

/// A value in a few words, for a conflict's columns: text as it is, yes/no, lists joined
/// with commas, records by their label.
pub fn value_text(v: Option<&Value>, lang: Lang) -> String {
    fn text(v: &Value, lang: Lang) -> String {
        match v {
            Value::Null => String::new(),
            Value::Bool(b) => lang
                .pick(if *b { "ja" } else { "nej" }, if *b { "yes" } else { "no" })
                .to_owned(),
            Value::Number(n) => n.to_string(),
            Value::String(s) => s.clone(),
            Value::Array(items) => items
                .iter()
                .map(|x| text(x, lang))
                .collect::<Vec<_>>()
                .join(", "),
            Value::Object(map) if map.len() == 1 => map.values().map(|x| text(x, lang)).collect(),
            Value::Object(_) => {
                let label = crate::model::merge::label_of(v, "");
                if label.is_empty() {
                    lang.pick("(flera uppgifter)", "(several details)")
                        .to_owned()
                } else {
                    label
                }
            }
        }
    }
    match v.map(|v| text(v, lang)) {
        Some(s) if !s.is_empty() => s,
        _ => NOTHING.get(lang).to_owned(),
    }
}

/// A meeting in a conflict about signed-off minutes: its status, and what the side changed
/// in what signing locks ("anteckningar justerade", "utkast, anteckningarna ändrade").
fn meeting_side(c: &Conflict, meeting: &serde_json::Map<String, Value>, lang: Lang) -> String {
    use super::Label;
    let mut parts: Vec<String> = Vec::new();
    if let Some(status) = meeting
        .get("status")
        .and_then(|s| serde_json::from_value::<crate::model::MeetingStatus>(s.clone()).ok())
    {
        parts.push(status.label(lang).to_owned());
    }
    if let Some(Value::Object(base)) = &c.base {
        let changed = |field: &str| meeting.get(field) != base.get(field);
        if changed("minutes") {
            parts.push(
                lang.pick("anteckningarna ändrade", "minutes changed")
                    .to_owned(),
            );
        }
        if changed("agenda") {
            parts.push(
                lang.pick("dagordningen ändrad", "agenda changed")
                    .to_owned(),
            );
        }
        if changed("date") || changed("bodies") {
            parts.push(
                lang.pick("datum eller organ ändrat", "date or bodies changed")
                    .to_owned(),
            );
        }
    }
    parts.join(", ")
}

/// One side of a conflict in words: the value, or for an order the records in that order.
pub fn side_text(c: &Conflict, v: Option<&Value>, lang: Lang) -> String {
    if c.kind == ConflictKind::SignedMinutes
        && c.place.field().is_none()
        && let Some(Value::Object(meeting)) = v
    {
        return meeting_side(c, meeting, lang);
    }
    if c.kind == ConflictKind::Order
        && let Some(Value::Array(keys)) = v
    {
        let named: Vec<String> = keys
            .iter()
            .filter_map(Value::as_str)
            .map(|k| {
                c.labels
                    .iter()
                    .find(|(key, _)| key == k)
                    .map_or_else(|| k.to_owned(), |(_, label)| label.clone())
            })
            .collect();
        return named.join(" · ");
    }
    value_text(v, lang)
}

/// One conflict, with the three versions: for the command line's report.
pub fn conflict_line(c: &Conflict, lang: Lang) -> String {
    format!(
        "{}: {} ({} {} | {} {} | {} {})",
        place_text(&c.place, lang),
        conflict_kind(c.kind, lang),
        MINE.get(lang),
        side_text(c, c.mine.as_ref(), lang),
        THEIRS.get(lang),
        side_text(c, c.theirs.as_ref(), lang),
        BASE.get(lang),
        side_text(c, c.base.as_ref(), lang),
    )
}

/// The report line by line, at most `max` (then how many more): the conflicts, what was
/// kept, new problems, then every change.
pub fn report_lines(report: &Report, lang: Lang, max: usize) -> Vec<String> {
    let conflicts = report.conflicts.iter().map(|c| {
        format!(
            "{}: {}",
            lang.pick("Konflikt", "Conflict"),
            conflict_line(c, lang)
        )
    });
    let kept = report
        .kept
        .iter()
        .map(|k| format!("{}: {}", lang.pick("Behållen", "Kept"), kept_line(k, lang)));
    let problems = report.problems.iter().map(|p| {
        format!(
            "{}: {}",
            lang.pick("Nytt problem", "New problem"),
            p.message(lang == Lang::En)
        )
    });
    let changes = report.changes.iter().map(|c| change_line(c, lang));
    let total =
        report.conflicts.len() + report.kept.len() + report.problems.len() + report.changes.len();
    let mut lines: Vec<String> = conflicts
        .chain(kept)
        .chain(problems)
        .chain(changes)
        .take(max)
        .collect();
    if total > max {
        lines.push(match lang {
            Lang::Sv => format!("… och {} till", total - max),
            Lang::En => format!("… and {} more", total - max),
        });
    }
    lines
}

/// The whole report as text, a line each: the summary, then every line of
/// [`report_lines`].
pub fn report_text(report: &Report, lang: Lang) -> String {
    let mut s = summary(report, lang);
    s.push('\n');
    for line in report_lines(report, lang, usize::MAX) {
        let _ = writeln!(s, "{line}");
    }
    s
}

/// Where the other version comes from, in the merge dialog.
pub fn with_copy(file: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Med kopian {file}"),
        Lang::En => format!("With the copy {file}"),
    }
}

pub const BASE_OPENED: Tr = Tr(
    "Gemensam version: den du öppnade.",
    "Common version: the one you opened.",
);
pub const OTHER_BASE: Tr = Tr(
    "Välj en annan gemensam version …",
    "Choose another common version …",
);

/// The common version was a file the user chose.
pub fn base_chosen(file: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Gemensam version: {file}"),
        Lang::En => format!("Common version: {file}"),
    }
}

/// The common version was one of the document's backups.
pub fn base_backup(file: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Gemensam version: säkerhetskopian {file}"),
        Lang::En => format!("Common version: the backup {file}"),
    }
}

/// Why a merge could not be made.
pub fn error(e: &MergeError, lang: Lang) -> String {
    match e {
        MergeError::NotExact(which) => match lang {
            Lang::Sv => format!(
                "Versionen ({which}) innehåller ett värde som inte kan slås ihop exakt; inget har ändrats."
            ),
            Lang::En => format!(
                "The version ({which}) holds a value that cannot be merged exactly; nothing was changed."
            ),
        },
        MergeError::Shape(detail) => match lang {
            Lang::Sv => format!(
                "Sammanslagningen gav inget giltigt dokument ({detail}); inget har ändrats."
            ),
            Lang::En => {
                format!("The merge did not give a valid document ({detail}); nothing was changed.")
            }
        },
    }
}

/// The command line's closing line: clean, or how many conflicts were resolved to mine.
pub fn cli_outcome(conflicts: usize, lang: Lang) -> String {
    if conflicts == 0 {
        lang.pick("Ihopslaget utan konflikter.", "Merged without conflicts.")
            .to_owned()
    } else {
        match lang {
            Lang::Sv => format!(
                "{} lösta med din version (MINE); se ovan.",
                count(conflicts, Noun::Conflict, lang)
            ),
            Lang::En => format!(
                "{} resolved to MINE; see above.",
                count(conflicts, Noun::Conflict, lang)
            ),
        }
    }
}
