//! Exports: the member list for Excel.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use samverkan::export::members::{member_rows, neutralise, to_csv};
use samverkan::i18n::Lang;
use samverkan::model::BodyId;

fn read_back(bytes: &[u8]) -> Vec<Vec<String>> {
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("starts with a UTF-8 BOM");
    csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn members_csv_opens_in_excel_with_swedish_letters() {
    let doc = samverkan::sample::sample_document().unwrap();
    let rows = member_rows(&doc, None, Lang::Sv);
    let seats: usize = doc.bodies.iter().map(|b| b.memberships.len()).sum();
    assert_eq!(rows.len(), seats + 1, "a header and one row per seat");
    let bytes = to_csv(&rows).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    assert!(text.starts_with("Organ;Kortnamn;Namn;Parti;Roll;"));
    assert!(text.contains("\r\n"));
    assert!(
        text.contains("Åsa Hååkman Eriksson;S;ledamot;Filipstads kommun"),
        "å/ä/ö intact"
    );
    assert_eq!(read_back(&bytes), rows);
}

#[test]
fn a_cell_that_looks_like_a_formula_is_neutralised() {
    for bad in ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx"] {
        assert!(neutralise(bad).starts_with('\''), "{bad:?}");
    }
    assert_eq!(neutralise("Karlstad"), "Karlstad");
    let mut doc = samverkan::sample::sample_document().unwrap();
    doc.people[0].name = "=cmd|' /C calc'!A0".into();
    let bytes = to_csv(&member_rows(&doc, None, Lang::Sv)).unwrap();
    let back = read_back(&bytes);
    assert!(back.iter().flatten().any(|c| c == "'=cmd|' /C calc'!A0"));
    assert!(!back.iter().flatten().any(|c| c.starts_with('=')));
}

#[test]
fn quotes_semicolons_and_line_breaks_survive() {
    let rows = vec![vec![
        "a;b".to_owned(),
        "rad 1\nrad 2".to_owned(),
        "\"citat\"".to_owned(),
    ]];
    assert_eq!(read_back(&to_csv(&rows).unwrap()), rows);
}

#[test]
fn one_body_only_and_in_english() {
    let doc = samverkan::sample::sample_document().unwrap();
    let bg = BodyId::from("bg");
    let rows = member_rows(&doc, Some(&bg), Lang::En);
    assert_eq!(rows.len(), doc.body(&bg).unwrap().memberships.len() + 1);
    assert_eq!(rows[0][0], "Body");
    assert!(rows[1..].iter().all(|r| r[0] == "Beredningsgruppen"));
    assert!(rows.iter().any(|r| r[4] == "convener"));
}

#[test]
fn the_command_line_writes_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.ron");
    std::fs::write(&file, samverkan::sample::SAMPLE_RON).unwrap();
    let out = dir.path().join("ledamöter.csv");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_samverkan"))
            .args(["export", "members"])
            .arg(&file)
            .args(args)
            .output()
            .unwrap()
    };
    let ok = run(&[
        "--body",
        "bg",
        "--format",
        "csv",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let back = read_back(&std::fs::read(&out).unwrap());
    assert_eq!(back.len(), 12, "header + the beredningsgrupp's 11 seats");
    let bad = run(&["--body", "nope", "-o", out.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("nope"));
}
