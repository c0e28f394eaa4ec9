//! The words of importing indicator values: why a file cannot be read, why a row is left
//! out, and the preview of what an import would do.

use super::{Lang, Tr};
use crate::model::import::table::Column;
use crate::model::import::{ImportError, ImportPlan, MappingError, RejectReason, Source};
use crate::model::{Document, Gender, GoalId, IndicatorId, IndicatorValue, Missing};

// The preview's first column: what happens to a value.
pub const IMPORT_VALUES: Tr = Tr(
    "Importera indikatorvärden (Kolada, Excel, CSV) …",
    "Import indicator values (Kolada, Excel, CSV) …",
);
pub const IMPORT: Tr = Tr("Importera", "Import");
pub const CONNECT_HINT: Tr = Tr(
    "Kolada-id som inget mål har: koppla var och en till en indikator (kopplingen sparas på indikatorn).",
    "Kolada ids no goal has: connect each to an indicator (the connection is kept on the indicator).",
);
pub const SKIP_REJECTED: Tr = Tr(
    "Importera resten och hoppa över de avvisade raderna",
    "Import the rest and skip the rejected rows",
);

/// A file that could not be read.
pub fn cannot_read(name: &str, why: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Kunde inte läsa {name}: {why}"),
        Lang::En => format!("Could not read {name}: {why}"),
    }
}

pub const ADDED: Tr = Tr("läggs till", "added");
pub const CHANGED: Tr = Tr("ändras", "changed");
pub const KEPT: Tr = Tr("behålls", "kept");
pub const REJECTED: Tr = Tr("avvisas", "rejected");
pub const MAPPED: Tr = Tr("kopplas", "connected");

pub fn column(c: Column, lang: Lang) -> &'static str {
    match c {
        Column::Year => lang.pick("år", "year"),
        Column::Organisation => lang.pick("organisation", "organisation"),
        Column::Indicator => lang.pick("indikator", "indicator"),
        Column::Value => lang.pick("värde", "value"),
        Column::Gender => lang.pick("kön", "gender"),
    }
}

pub fn gender(g: Gender, lang: Lang) -> &'static str {
    match g {
        Gender::Total => lang.pick("totalt", "total"),
        Gender::Women => lang.pick("kvinnor", "women"),
        Gender::Men => lang.pick("män", "men"),
    }
}

pub fn missing(m: Missing, lang: Lang) -> &'static str {
    match m {
        Missing::NotReported => lang.pick("saknas (ej rapporterat)", "missing (not reported)"),
        Missing::NotApplicable => lang.pick("saknas (ej tillämpligt)", "missing (not applicable)"),
        Missing::Confidential => lang.pick("saknas (sekretess)", "missing (confidential)"),
    }
}

/// A number as the user writes it: "12,5" in Swedish, "12.5" in English.
pub fn number(x: f64, lang: Lang) -> String {
    let s = x.to_string();
    match lang {
        Lang::Sv => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A value's number, or why it has none.
pub fn value(v: &IndicatorValue, lang: Lang) -> String {
    match (v.amount, v.missing) {
        (Some(x), _) => number(x, lang),
        (None, Some(m)) => missing(m, lang).to_owned(),
        (None, None) => missing(Missing::NotReported, lang).to_owned(),
    }
}

/// "rad 5" in a table, "värde 5" in a Kolada file (its values counted in order).
pub fn row(source: Source, n: usize, lang: Lang) -> String {
    match (source, lang) {
        (Source::Table, Lang::Sv) => format!("rad {n}"),
        (Source::Table, Lang::En) => format!("row {n}"),
        (Source::Kolada, Lang::Sv) => format!("värde {n}"),
        (Source::Kolada, Lang::En) => format!("value {n}"),
    }
}

pub fn reason(r: &RejectReason, source: Source, lang: Lang) -> String {
    match (r, lang) {
        (RejectReason::UnknownOrganisation(t), Lang::Sv) if t.is_empty() => {
            "ingen organisation angiven".to_owned()
        }
        (RejectReason::UnknownOrganisation(t), Lang::En) if t.is_empty() => {
            "no organisation given".to_owned()
        }
        (RejectReason::UnknownOrganisation(t), Lang::Sv) => match source {
            Source::Kolada => format!("ingen organisation har koden \"{t}\""),
            Source::Table => format!("ingen organisation har koden, id:t eller namnet \"{t}\""),
        },
        (RejectReason::UnknownOrganisation(t), Lang::En) => match source {
            Source::Kolada => format!("no organisation has the code \"{t}\""),
            Source::Table => format!("no organisation has the code, id or name \"{t}\""),
        },
        (RejectReason::AmbiguousOrganisation(t), Lang::Sv) => {
            format!("flera organisationer har koden eller namnet \"{t}\"")
        }
        (RejectReason::AmbiguousOrganisation(t), Lang::En) => {
            format!("several organisations have the code or name \"{t}\"")
        }
        (RejectReason::UnknownIndicator(t), Lang::Sv) if t.is_empty() => {
            "ingen indikator angiven".to_owned()
        }
        (RejectReason::UnknownIndicator(t), Lang::En) if t.is_empty() => {
            "no indicator given".to_owned()
        }
        (RejectReason::UnknownIndicator(t), Lang::Sv) => match source {
            Source::Kolada => {
                format!("ingen indikator har Kolada-id \"{t}\" (koppla en med --map INDIKATOR={t})")
            }
            Source::Table => {
                format!("ingen indikator har id:t, Kolada-id:t eller namnet \"{t}\"")
            }
        },
        (RejectReason::UnknownIndicator(t), Lang::En) => match source {
            Source::Kolada => format!(
                "no indicator has the Kolada id \"{t}\" (connect one with --map INDICATOR={t})"
            ),
            Source::Table => format!("no indicator has the id, Kolada id or name \"{t}\""),
        },
        (RejectReason::NotANumber(t), Lang::Sv) => format!("\"{t}\" är inget tal"),
        (RejectReason::NotANumber(t), Lang::En) => format!("\"{t}\" is not a number"),
        (RejectReason::NotAYear(t), Lang::Sv) if t.is_empty() => "inget år angivet".to_owned(),
        (RejectReason::NotAYear(t), Lang::En) if t.is_empty() => "no year given".to_owned(),
        (RejectReason::NotAYear(t), Lang::Sv) => format!("\"{t}\" är inget årtal"),
        (RejectReason::NotAYear(t), Lang::En) => format!("\"{t}\" is not a year"),
        (RejectReason::YearOutOfRange(y), Lang::Sv) => format!("året {y} är orimligt"),
        (RejectReason::YearOutOfRange(y), Lang::En) => format!("the year {y} is out of range"),
        (RejectReason::UnknownGender(t), Lang::Sv) => {
            format!("okänt kön \"{t}\" (T/K/M eller Totalt/Kvinnor/Män)")
        }
        (RejectReason::UnknownGender(t), Lang::En) => {
            format!("unknown gender \"{t}\" (T/K/M or Total/Women/Men)")
        }
        (RejectReason::Duplicate { other }, Lang::Sv) => format!(
            "samma indikator, organisation, år och kön som {}",
            row(source, *other, lang)
        ),
        (RejectReason::Duplicate { other }, Lang::En) => format!(
            "the same indicator, organisation, year and gender as {}",
            row(source, *other, lang)
        ),
    }
}

fn header_list(headers: &[String]) -> String {
    let names: Vec<String> = headers.iter().map(|h| format!("\"{h}\"")).collect();
    names.join(", ")
}

pub fn error(e: &ImportError, lang: Lang) -> String {
    match (e, lang) {
        (ImportError::NotJson { line, column }, Lang::Sv) => {
            format!("filen är inte JSON (rad {line}, kolumn {column})")
        }
        (ImportError::NotJson { line, column }, Lang::En) => {
            format!("the file is not JSON (line {line}, column {column})")
        }
        (ImportError::NotKolada { path, detail }, Lang::Sv) => {
            format!("filen är JSON men inte värden från Kolada (vid {path}: {detail})")
        }
        (ImportError::NotKolada { path, detail }, Lang::En) => {
            format!("the file is JSON but not values from Kolada (at {path}: {detail})")
        }
        (ImportError::Csv { detail }, Lang::Sv) => format!("CSV-filen kan inte läsas: {detail}"),
        (ImportError::Csv { detail }, Lang::En) => format!("the CSV file cannot be read: {detail}"),
        (ImportError::Xlsx { detail }, Lang::Sv) => {
            format!("filen är ingen läsbar Excel-arbetsbok (xlsx): {detail}")
        }
        (ImportError::Xlsx { detail }, Lang::En) => {
            format!("the file is not a readable Excel workbook (xlsx): {detail}")
        }
        (ImportError::JsonNotTable, Lang::Sv) => {
            "filen är JSON, ingen tabell (en fil från Kolada importeras med: samverkan import kolada)"
                .to_owned()
        }
        (ImportError::JsonNotTable, Lang::En) => {
            "the file is JSON, not a table (a file from Kolada is imported with: samverkan import kolada)"
                .to_owned()
        }
        (ImportError::Empty, Lang::Sv) => "tabellen är tom: ingen rubrikrad".to_owned(),
        (ImportError::Empty, Lang::En) => "the table is empty: no header row".to_owned(),
        (
            ImportError::NoSuchColumn {
                column: c,
                name,
                headers,
            },
            Lang::Sv,
        ) => format!(
            "det finns ingen kolumn \"{name}\" (för {}); rubrikerna är {}",
            column(*c, lang),
            header_list(headers)
        ),
        (
            ImportError::NoSuchColumn {
                column: c,
                name,
                headers,
            },
            Lang::En,
        ) => format!(
            "there is no column \"{name}\" (for the {}); the headers are {}",
            column(*c, lang),
            header_list(headers)
        ),
        (ImportError::ColumnNotFound { column: c, headers }, Lang::Sv) => format!(
            "ingen kolumn för {} (sökte {}); rubrikerna är {}; ange den med --{}-column",
            column(*c, lang),
            c.usual_names().join("/"),
            header_list(headers),
            option(*c)
        ),
        (ImportError::ColumnNotFound { column: c, headers }, Lang::En) => format!(
            "no column for the {} (looked for {}); the headers are {}; name it with --{}-column",
            column(*c, lang),
            c.usual_names().join("/"),
            header_list(headers),
            option(*c)
        ),
    }
}

/// The command line's option for a column: `--year-column`, ….
fn option(c: Column) -> &'static str {
    match c {
        Column::Year => "year",
        Column::Organisation => "organisation",
        Column::Indicator => "indicator",
        Column::Value => "value",
        Column::Gender => "gender",
    }
}

pub fn mapping_error(e: &MappingError, lang: Lang) -> String {
    match (e, lang) {
        (MappingError::Syntax(t), Lang::Sv) => {
            format!("\"{t}\" är ingen koppling; skriv INDIKATOR=KPI, t.ex. i-3=N00945")
        }
        (MappingError::Syntax(t), Lang::En) => {
            format!("\"{t}\" is not a mapping; write INDICATOR=KPI, e.g. i-3=N00945")
        }
        (MappingError::UnknownIndicator(id), Lang::Sv) => {
            format!("det finns ingen indikator med id \"{id}\" (se: samverkan list goals FIL)")
        }
        (MappingError::UnknownIndicator(id), Lang::En) => {
            format!("there is no indicator with id \"{id}\" (see: samverkan list goals FILE)")
        }
        (MappingError::Twice(id), Lang::Sv) => {
            format!("indikatorn \"{id}\" kopplas till två olika Kolada-id")
        }
        (MappingError::Twice(id), Lang::En) => {
            format!("the indicator \"{id}\" is connected to two different Kolada ids")
        }
    }
}

/// "was 12,0" beside a kept value: the file has none, the document's stays.
pub fn kept_note(old: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{old} behålls (filen saknar värdet)"),
        Lang::En => format!("{old} is kept (the file lacks the value)"),
    }
}

/// "12,3 (var 11)" for a changed value.
pub fn changed_note(old: &str, new: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{new} (var {old})"),
        Lang::En => format!("{new} (was {old})"),
    }
}

/// "Kolada N00945 (was N00900)" for a mapping.
pub fn mapping_line(new: &str, old: Option<&str>, lang: Lang) -> String {
    match (old, lang) {
        (None, _) => format!("Kolada {new}"),
        (Some(old), Lang::Sv) => format!("Kolada {new} (var {old})"),
        (Some(old), Lang::En) => format!("Kolada {new} (was {old})"),
    }
}

/// What the plan holds, in one line.
pub fn summary(
    added: usize,
    changed: usize,
    unchanged: usize,
    kept: usize,
    rejected: usize,
    lang: Lang,
) -> String {
    match lang {
        Lang::Sv => format!(
            "{added} läggs till, {changed} ändras, {unchanged} oförändrade, {kept} behålls, {rejected} avvisade"
        ),
        Lang::En => format!(
            "{added} added, {changed} changed, {unchanged} unchanged, {kept} kept, {rejected} rejected"
        ),
    }
}

pub fn preview_only(lang: Lang) -> &'static str {
    lang.pick(
        "förhandsvisning: inget har ändrats (importera med --apply)",
        "preview: nothing has changed (import with --apply)",
    )
}

pub fn refused(rejected: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "{rejected} {} avvisades, så inget importerades; rätta filen, eller importera resten med --skip-rejected",
            if rejected == 1 { "rad" } else { "rader" }
        ),
        Lang::En => format!(
            "{rejected} {} rejected, so nothing was imported; correct the file, or import the rest with --skip-rejected",
            if rejected == 1 {
                "row was"
            } else {
                "rows were"
            }
        ),
    }
}

pub fn skipped(rejected: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "{rejected} avvisade {} hoppades över (--skip-rejected)",
            if rejected == 1 { "rad" } else { "rader" }
        ),
        Lang::En => format!(
            "{rejected} rejected {} skipped (--skip-rejected)",
            if rejected == 1 {
                "row was"
            } else {
                "rows were"
            }
        ),
    }
}

pub fn imported(added: usize, changed: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("importerat: {added} värden tillagda, {changed} ändrade"),
        Lang::En => format!("imported: {added} values added, {changed} changed"),
    }
}

pub fn nothing_to_import(lang: Lang) -> &'static str {
    lang.pick(
        "inget att importera: dokumentet ändras inte",
        "nothing to import: the document does not change",
    )
}

/// One line of an import's preview: what happens, then the cells that say to what. The
/// command line prints the cells tab-separated, the app's dialog one line each.
pub struct PreviewLine {
    /// A row left out (shown in the error colour).
    pub rejected: bool,
    /// What happens, the row, the indicator (id and name), the organisation, the year, the
    /// gender and the value; a connection and a rejected row have fewer cells.
    pub cells: Vec<String>,
}

/// The preview of `plan` on `doc`: every connection made, every value added, changed or
/// kept (with the value it keeps) and every row rejected with its reason, in that order.
pub fn preview(doc: &Document, plan: &ImportPlan, lang: Lang) -> Vec<PreviewLine> {
    let source = plan.source;
    let value_cells = |what: Tr,
                       row: usize,
                       goal: &GoalId,
                       indicator: &IndicatorId,
                       value: &IndicatorValue,
                       detail: String| {
        PreviewLine {
            rejected: false,
            cells: vec![
                what.get(lang).to_owned(),
                self::row(source, row, lang),
                indicator.to_string(),
                indicator_name(doc, goal, indicator),
                value
                    .organisation
                    .as_ref()
                    .map(|id| {
                        doc.organisation(id)
                            .map_or_else(|| id.to_string(), |o| o.name.clone())
                    })
                    .unwrap_or_default(),
                value.year.to_string(),
                gender(value.gender, lang).to_owned(),
                detail,
            ],
        }
    };
    let mut lines = Vec::with_capacity(
        plan.mappings.len()
            + plan.added.len()
            + plan.changed.len()
            + plan.kept.len()
            + plan.rejected.len(),
    );
    lines.extend(plan.mappings.iter().map(|m| PreviewLine {
        rejected: false,
        cells: vec![
            MAPPED.get(lang).to_owned(),
            String::new(),
            m.indicator.to_string(),
            indicator_name(doc, &m.goal, &m.indicator),
            mapping_line(&m.new, m.old.as_deref(), lang),
        ],
    }));
    lines.extend(plan.added.iter().map(|a| {
        value_cells(
            ADDED,
            a.row,
            &a.goal,
            &a.indicator,
            &a.value,
            value(&a.value, lang),
        )
    }));
    lines.extend(plan.changed.iter().map(|c| {
        let detail = changed_note(&value(&c.old, lang), &value(&c.new, lang), lang);
        value_cells(CHANGED, c.row, &c.goal, &c.indicator, &c.new, detail)
    }));
    lines.extend(plan.kept.iter().map(|c| {
        let detail = kept_note(&value(&c.old, lang), lang);
        value_cells(KEPT, c.row, &c.goal, &c.indicator, &c.new, detail)
    }));
    lines.extend(plan.rejected.iter().map(|r| PreviewLine {
        rejected: true,
        cells: vec![
            REJECTED.get(lang).to_owned(),
            row(source, r.row, lang),
            reason(&r.reason, source, lang),
        ],
    }));
    lines
}

fn indicator_name(doc: &Document, goal: &GoalId, indicator: &IndicatorId) -> String {
    doc.goals
        .iter()
        .filter(|g| &g.id == goal)
        .flat_map(|g| &g.indicators)
        .find(|i| &i.id == indicator)
        .map(|i| i.name.clone())
        .unwrap_or_default()
}
