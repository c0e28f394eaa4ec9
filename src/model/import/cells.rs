//! Reading the texts of a file's cells: numbers the Swedish way and the English way, the marks
//! statistics use for a missing value, years and genders.

use crate::model::goal::{Gender, Missing};

/// A number or why there is none. Accepts a decimal comma or point ("12,5", "12.5"), spaces
/// (also no-break and thin ones) as thousands separators ("1 234,5"), a point or comma as
/// thousands separator when the other one is the decimal mark ("1.234,5", "1,234.5"), a
/// leading sign (also "−", the minus sign) and a trailing "%". Marks for no value: empty,
/// "..", "…", "–", "—" and "-" → not reported; "." → not applicable (SCB's "uppgift kan inte
/// förekomma"); "x" → confidential (withheld). `None`: not a number.
pub fn parse_amount(text: &str) -> Option<Result<f64, Missing>> {
    let t = text.trim();
    match t {
        "" | ".." | "…" | "–" | "—" | "-" => return Some(Err(Missing::NotReported)),
        "." => return Some(Err(Missing::NotApplicable)),
        "x" | "X" => return Some(Err(Missing::Confidential)),
        _ => {}
    }
    let t = t.strip_suffix('%').unwrap_or(t).trim_end();
    let mut s: String = t
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    let (point, comma) = (s.rfind('.'), s.rfind(','));
    s = match (point, comma) {
        (Some(p), Some(c)) if c > p => s.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => s.replace(',', ""),
        (None, Some(_)) => s.replace(',', "."),
        _ => s,
    };
    let digits = s.strip_prefix(['-', '+']).unwrap_or(&s);
    let points = digits.matches('.').count();
    let ok = !digits.is_empty()
        && points <= 1
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().any(|c| c.is_ascii_digit());
    if !ok {
        return None;
    }
    s.parse::<f64>().ok().filter(|x| x.is_finite()).map(Ok)
}

/// A year written as digits ("2020", "2020.0" as a spreadsheet may give it).
pub fn parse_year(text: &str) -> Option<i32> {
    let t = text.trim();
    let t = t.strip_suffix(".0").unwrap_or(t);
    if t.is_empty() || t.len() > 6 || !t.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// Kolada's T/K/M, or the words: Totalt, Kvinnor, Män (and English). Empty is the total.
pub fn parse_gender(text: &str) -> Option<Gender> {
    const TOTAL: &[&str] = &["", "t", "totalt", "total", "alla", "all", "both"];
    const BOTH: &str = "båda könen"; // not UI: a word a file may use
    const WOMEN: &[&str] = &["k", "kvinnor", "kvinna", "women", "woman", "female", "w"];
    const MEN: &[&str] = &["m", "man", "men", "male"];
    const MEN_SV: &str = "män"; // not UI: a word a file may use
    let t = text.trim().to_lowercase();
    let t = t.as_str();
    if TOTAL.contains(&t) || t == BOTH {
        Some(Gender::Total)
    } else if WOMEN.contains(&t) {
        Some(Gender::Women)
    } else if MEN.contains(&t) || t == MEN_SV {
        Some(Gender::Men)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_the_swedish_and_the_english_way() {
        let n = |s: &str| parse_amount(s).and_then(Result::ok);
        assert_eq!(n("12,5"), Some(12.5));
        assert_eq!(n("12.5"), Some(12.5));
        assert_eq!(n(" 1 234,5 "), Some(1234.5));
        assert_eq!(n("1\u{a0}234"), Some(1234.0));
        assert_eq!(n("1.234,5"), Some(1234.5));
        assert_eq!(n("1,234.5"), Some(1234.5));
        assert_eq!(n("−3,2"), Some(-3.2));
        assert_eq!(n("-3"), Some(-3.0));
        assert_eq!(n("45 %"), Some(45.0));
        assert_eq!(n("0"), Some(0.0));
    }

    #[test]
    fn marks_for_no_value_are_missing_never_zero() {
        for s in ["", "  ", "..", "–", "—", "-", "…"] {
            assert_eq!(parse_amount(s), Some(Err(Missing::NotReported)), "{s:?}");
        }
        assert_eq!(parse_amount("."), Some(Err(Missing::NotApplicable)));
        assert_eq!(parse_amount("x"), Some(Err(Missing::Confidential)));
    }

    #[test]
    fn what_is_not_a_number_is_refused() {
        for s in [
            "abc", "12,5,3", "1.2.3", "NaN", "inf", "1e5", "12a", "--1", "+", "%", "#DIV/0!",
        ] {
            assert_eq!(parse_amount(s), None, "{s:?}");
        }
    }

    #[test]
    fn years_and_genders() {
        assert_eq!(parse_year("2020"), Some(2020));
        assert_eq!(parse_year(" 2020.0"), Some(2020));
        assert_eq!(parse_year("20x0"), None);
        assert_eq!(parse_year(""), None);
        assert_eq!(parse_year("-2020"), None);
        assert_eq!(parse_gender("T"), Some(Gender::Total));
        assert_eq!(parse_gender(""), Some(Gender::Total));
        assert_eq!(parse_gender("Kvinnor"), Some(Gender::Women));
        assert_eq!(parse_gender("k"), Some(Gender::Women));
        assert_eq!(parse_gender("MÄN"), Some(Gender::Men));
        assert_eq!(parse_gender("M"), Some(Gender::Men));
        assert_eq!(
            parse_gender("F"),
            None,
            "Kolada's F is not a gender we guess at"
        );
    }
}
