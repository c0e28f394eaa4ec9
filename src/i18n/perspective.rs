//! The words of the follow-up (Uppföljning, Aktuellt perspektiv): the page, its charts and
//! the report.

use super::{Lang, Tr};
use std::fmt::Write;

pub const FOLLOW_UP: Tr = Tr("Uppföljning", "Follow-up");
pub const STATUS_TABLE: Tr = Tr("Läget", "Status");
pub const PER_GOAL: Tr = Tr("Per mål", "By goal");
pub const PER_ORGANISATION: Tr = Tr("Per organisation", "By organisation");
pub const FOLLOWED_BY: Tr = Tr("Följs av", "Followed by");
pub const COUNTY: Tr = Tr("Länet", "County");
pub const GOAL: Tr = Tr("Mål", "Goal");
pub const BASELINE: Tr = Tr("Basår", "Baseline");
pub const TARGET_LINE: Tr = Tr("Målnivå", "Target");
pub const KEY_ORGANISATION: Tr = Tr("Organisationens värden", "The organisation's values");
pub const KEY_TARGET: Tr = Tr(
    "Målnivå från basårets värde",
    "Target level from the baseline value",
);
pub const CHANGE: Tr = Tr("Förändring", "Change");
pub const LEGEND: Tr = Tr("Färgerna", "Colours");
pub const EXAMPLE_VALUES: Tr = Tr(
    "Värdena är exempel – inte verklig statistik. Verkliga värden läses in från Kolada.",
    "The values are examples – not real statistics. Real values are imported from Kolada.",
);
pub const NO_VALUES: Tr = Tr(
    "Inga indikatorvärden ännu. Lägg till dem under Mål, eller läs in dem från Kolada.",
    "No indicator values yet. Add them under Goals, or import them from Kolada.",
);
pub const NO_GOALS_MATCH: Tr = Tr("Inga mål med det urvalet.", "No goals match.");
pub const STATUS_GRID: Tr = Tr(
    "Läget per mål och organisation",
    "Status per goal and organisation",
);
pub const OPEN_GOAL: Tr = Tr("Klicka för att öppna målet", "Click to open the goal");
pub const EXPORT_REPORT: Tr = Tr("Exportera rapport", "Export report");
pub const ANALYSIS_HINT: Tr = Tr(
    "Vad säger siffrorna? Beredningsgruppens analys för året.",
    "What do the numbers say? The preparation group's analysis for the year.",
);
pub const RANKED: Tr = Tr("Rangordnat", "Ranked");
pub const ALL_AREAS: Tr = Tr("Alla områden", "All areas");
pub const ANYONE: Tr = Tr("Alla organ", "Any body");

pub const AS_PDF: Tr = Tr("PDF (A4)", "PDF (A4)");
pub const AS_XLSX: Tr = Tr("Excel (värden och läget)", "Excel (values and status)");
pub const AS_MARKDOWN: Tr = Tr("Markdown (text)", "Markdown (text)");
pub const NEW_FOR_COUNTY: Tr = Tr("Ny struktur för ett län …", "New structure for a county …");
pub const NEW_FOR_COUNTY_HINT: Tr = Tr(
    "Ett nytt dokument med länets region, länsstyrelse och alla kommuner, med namn och officiella koder.",
    "A new document with the county's region, county board and every municipality, with names and official codes.",
);

/// A county in the list to start from: "Värmlands län (16 kommuner)".
pub fn county_choice(name: &str, municipalities: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv if municipalities == 1 => format!("{name} (1 kommun)"),
        Lang::Sv => format!("{name} ({municipalities} kommuner)"),
        Lang::En if municipalities == 1 => format!("{name} (1 municipality)"),
        Lang::En => format!("{name} ({municipalities} municipalities)"),
    }
}

pub const VALUES_SHEET: Tr = Tr("Värden", "Values");
pub const INDICATOR: Tr = Tr("Indikator", "Indicator");
pub const KOLADA: Tr = Tr("Kolada-id", "Kolada id");
pub const OWN_TARGETS: Tr = Tr(
    "Egna målvärden per organisation",
    "Targets of their own per organisation",
);
pub const OFFICIAL_CODE: Tr = Tr("Officiell kod (SCB)", "Official code (SCB)");
pub const CODE: Tr = Tr("Kod", "Code");
pub const GENDER: Tr = Tr("Kön", "Gender");
pub const VALUE: Tr = Tr("Värde", "Value");
pub const WHY_MISSING: Tr = Tr("Varför värde saknas", "Why there is no value");

/// The status sheet's name: "Läget 2025".
pub fn status_sheet(year: i32, lang: Lang) -> String {
    format!("{} {year}", STATUS_TABLE.get(lang))
}

/// "Analys 2025".
pub fn analysis_heading(year: i32, lang: Lang) -> String {
    format!("{} {year}", lang.pick("Analys", "Analysis"))
}

/// "Aktuellt perspektiv 2026", the report's title.
pub fn report_title(year: i32, lang: Lang) -> String {
    format!(
        "{} {year}",
        lang.pick("Aktuellt perspektiv", "Current perspective")
    )
}

/// What the colours compare, above the legend.
pub fn legend_intro(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "Förändring från målets basår till {year}, i målets riktning, jämfört med målnivån."
        ),
        Lang::En => format!(
            "Change from the goal's baseline year to {year}, in the goal's direction, against its target."
        ),
    }
}

/// A number the way the language writes it: "12,5" in Swedish, "12.5" in English; at most
/// one decimal, none when it is whole.
pub fn number(x: f64, lang: Lang) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    let text = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    };
    let text = if text == "-0" { "0".to_owned() } else { text };
    match lang {
        Lang::Sv => text.replace('.', ",").replace('-', "−"),
        Lang::En => text,
    }
}

/// A change with its sign: "+2,3", "−1", "±0".
pub fn signed(x: f64, lang: Lang) -> String {
    let n = number(x, lang);
    if n == "0" {
        "±0".to_owned()
    } else if x > 0.0 {
        format!("+{n}")
    } else {
        n
    }
}

/// The summary of one year: in how many goals × organisations the move was the right way.
pub fn summary(year: i32, right: usize, measured: usize, goals: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "{year}: {right} av {measured} mätningar (mål × organisation med värden) har rört sig åt rätt håll sedan basåret, i {goals} mål."
        ),
        Lang::En => format!(
            "{year}: {right} of {measured} measurements (goal × organisation with values) have moved the right way since the baseline year, across {goals} goals."
        ),
    }
}

/// Per goal in the report: "Rätt riktning i 9 av 16 kommuner."
pub fn right_way_in(right: usize, of: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Rätt riktning i {right} av {of} organisationer."),
        Lang::En => format!("The right way in {right} of {of} organisations."),
    }
}

/// One organisation's line under a goal in the report: "Arvika: 62 (2017), 60,8 (2025),
/// −1,2 procentenheter – rätt riktning, en del av målet".
pub fn value_line(
    name: &str,
    baseline: Option<(i32, f64)>,
    now: (i32, Option<f64>, Option<&str>),
    unit: &str,
    status: &str,
    lang: Lang,
) -> String {
    let mut parts = Vec::new();
    if let Some((y, b)) = baseline {
        parts.push(format!("{} ({y})", number(b, lang)));
    }
    let (year, value, why) = now;
    match (value, why) {
        (Some(v), _) => parts.push(format!("{} ({year})", number(v, lang))),
        (None, Some(why)) => parts.push(format!("{why} {year}")),
        (None, None) => {}
    }
    if let (Some((_, b)), Some(v)) = (baseline, value) {
        parts.push(
            format!("{} {unit}", signed(v - b, lang))
                .trim_end()
                .to_owned(),
        );
    }
    if parts.is_empty() {
        format!("{name}: {status}")
    } else {
        format!("{name}: {} – {status}", parts.join(", "))
    }
}

/// The target in words: "minska med 2 procentenheter från 2017 till 2022".
pub fn target_text(
    direction: &str,
    change: Option<&str>,
    unit: &str,
    baseline: Option<i32>,
    target_year: Option<i32>,
    lang: Lang,
) -> String {
    let mut text = direction.to_owned();
    if let Some(c) = change {
        let _ = write!(text, " {} {c} {unit}", lang.pick("med", "by"));
    }
    if let Some(b) = baseline {
        let _ = write!(text, " {} {b}", lang.pick("från", "from"));
    }
    if let Some(t) = target_year {
        let _ = write!(text, " {} {t}", lang.pick("till", "to"));
    }
    text.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_swedish_use_a_comma_and_a_real_minus() {
        assert_eq!(number(12.34, Lang::Sv), "12,3");
        assert_eq!(number(12.0, Lang::Sv), "12");
        assert_eq!(number(-1.25, Lang::Sv), "−1,3");
        assert_eq!(number(-1.25, Lang::En), "-1.3");
        assert_eq!(signed(2.0, Lang::Sv), "+2");
        assert_eq!(signed(-0.01, Lang::Sv), "±0");
    }

    #[test]
    fn a_value_line_says_baseline_value_change_and_status() {
        assert_eq!(
            value_line(
                "Arvika",
                Some((2017, 62.0)),
                (2025, Some(60.8), None),
                "procentenheter",
                "nått målet",
                Lang::Sv
            ),
            "Arvika: 62 (2017), 60,8 (2025), −1,2 procentenheter – nått målet"
        );
        assert_eq!(
            value_line(
                "Eda",
                Some((2017, 5.0)),
                (2025, None, Some("inte rapporterat")),
                "%",
                "värde saknas",
                Lang::Sv
            ),
            "Eda: 5 (2017), inte rapporterat 2025 – värde saknas"
        );
        assert_eq!(
            value_line(
                "Kil",
                None,
                (2025, None, None),
                "",
                "värde saknas",
                Lang::Sv
            ),
            "Kil: värde saknas"
        );
    }
}
