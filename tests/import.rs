//! Importing indicator values: Kolada's JSON (v2 and v3 shapes) and long tables (CSV, XLSX),
//! each checked value by value after the import; rejected rows with their numbers; the whole
//! import one undo step; and the command line end to end.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use samverkan::edit::{self, Edit};
use samverkan::io::{load_str, to_string};
use samverkan::model::import::table::{self, Columns};
use samverkan::model::import::{
    ImportOptions, ImportPlan, Input, Mapping, MappingError, RejectReason, Source, kolada, plan,
};
use samverkan::model::{
    Document, Gender, Goal, Indicator, IndicatorValue, Missing, Organisation, OrganisationKind,
};
use std::path::PathBuf;

mod common;
use common::{code, samverkan, stderr, stdout};

fn org(id: &str, name: &str, short: &str, kind: OrganisationKind, code: &str) -> Organisation {
    let mut o = Organisation::new(id.into(), name, kind);
    short.clone_into(&mut o.short_name);
    o.code = Some(code.to_owned());
    o
}

/// Karlstad, Hammarö and Region Värmland; goal g1 with i-1 (Kolada N00945, two values of
/// Karlstad's) and i-2 (no Kolada id); goal g2 with i-3 (Kolada U00001).
fn document() -> Document {
    let mut doc = Document::new("Import");
    doc.organisations = vec![
        org(
            "o-karlstad",
            "Karlstads kommun",
            "Karlstad",
            OrganisationKind::Municipality,
            "1780",
        ),
        org(
            "o-hammaro",
            "Hammarö kommun",
            "Hammarö",
            OrganisationKind::Municipality,
            "1761",
        ),
        org(
            "o-region",
            "Region Värmland",
            "Region",
            OrganisationKind::Region,
            "0017",
        ),
    ];
    let mut i1 = Indicator::new("i-1".into(), "Invånare 0-19 år, andel");
    i1.kolada = Some("N00945".into());
    i1.values = vec![
        IndicatorValue::number(2019, Some("o-karlstad".into()), Gender::Total, 10.0),
        IndicatorValue::number(2020, Some("o-karlstad".into()), Gender::Total, 11.0),
    ];
    let i2 = Indicator::new("i-2".into(), "Andel kariesfria 3-åringar");
    let mut g1 = Goal::new("g1".into(), "En god start i livet");
    g1.indicators = vec![i1, i2];
    let mut i3 = Indicator::new("i-3".into(), "Behöriga till gymnasiet");
    i3.kolada = Some("U00001".into());
    let mut g2 = Goal::new("g2".into(), "Utbildning");
    g2.indicators = vec![i3];
    doc.goals = vec![g1, g2];
    doc
}

fn indicator<'a>(doc: &'a Document, id: &str) -> &'a Indicator {
    doc.goals
        .iter()
        .flat_map(|g| &g.indicators)
        .find(|i| i.id.as_str() == id)
        .unwrap()
}

fn value(doc: &Document, ind: &str, org: &str, year: i32, gender: Gender) -> IndicatorValue {
    indicator(doc, ind)
        .value(Some(&org.into()), year, gender)
        .unwrap_or_else(|| panic!("no value {ind} {org} {year} {gender:?}"))
        .clone()
}

fn num(year: i32, org: &str, gender: Gender, x: f64) -> IndicatorValue {
    IndicatorValue::number(year, Some(org.into()), gender, x)
}

fn miss(year: i32, org: &str, gender: Gender, why: Missing) -> IndicatorValue {
    IndicatorValue::missing(year, Some(org.into()), gender, why)
}

/// The document after the plan's edit, checking that the edit is one batch of goals and
/// that undoing it gives the document back.
fn apply(doc: &Document, plan: &ImportPlan) -> Document {
    let edit = plan.edit(doc).unwrap();
    let Edit::Batch(edits) = &edit else {
        panic!("not one batch: {edit:?}")
    };
    assert!(
        edits.iter().all(|e| matches!(e, Edit::PutGoal(_))),
        "{edits:?}"
    );
    let mut after = doc.clone();
    let inverse = edit::apply(&mut after, edit).unwrap().unwrap();
    let mut undone = after.clone();
    edit::apply(&mut undone, inverse).unwrap();
    assert_eq!(&undone, doc, "one undo step gives the document back");
    after
}

fn reasons(plan: &ImportPlan) -> Vec<(usize, RejectReason)> {
    plan.rejected
        .iter()
        .map(|r| (r.row, r.reason.clone()))
        .collect()
}

/// A Kolada v2 response: `period` beside `kpi`, a string as documented; gender splits; a
/// null value with a status; an unknown municipality; an unknown KPI; a duplicate; Riket.
const KOLADA_V2: &str = r#"{
  "count": 6,
  "values": [
    {"kpi": "N00945", "municipality": "1780", "period": "2020", "values": [
      {"count": 1, "gender": "T", "status": "", "value": 12.3},
      {"count": 1, "gender": "K", "status": "", "value": 13.0},
      {"count": 0, "gender": "M", "status": "Missing", "value": null}
    ]},
    {"kpi": "N00945", "municipality": "0017", "period": "2020", "values": [
      {"count": 1, "gender": "T", "status": "", "value": 15.5}
    ]},
    {"kpi": "N00945", "municipality": "9999", "period": "2020", "values": [
      {"count": 1, "gender": "T", "status": "", "value": 1.0}
    ]},
    {"kpi": "N99999", "municipality": "1780", "period": "2020", "values": [
      {"count": 1, "gender": "T", "status": "", "value": 5.0}
    ]},
    {"kpi": "N00945", "municipality": "1761", "period": "2021", "values": [
      {"count": 1, "gender": "T", "status": "", "value": 3.0},
      {"count": 1, "gender": "T", "status": "", "value": 4.0}
    ]},
    {"kpi": "N00945", "municipality": "0000", "period": "2020", "values": [
      {"count": 1, "gender": "T", "status": "", "value": 20.0}
    ]},
    {"kpi": "N00945", "municipality": "1761", "period": "1850", "values": [
      {"count": 1, "gender": "T", "status": "", "value": 2.0}
    ]}
  ],
  "next_page": null
}"#;

#[test]
fn a_kolada_v2_response_is_imported_value_by_value() {
    let doc = document();
    let input = kolada::read(KOLADA_V2).unwrap();
    assert_eq!(input.source, Source::Kolada);
    assert_eq!(input.rows.len(), 10);
    let plan = plan(&doc, &input, &ImportOptions::default()).unwrap();
    assert_eq!(plan.rows, 10);
    assert_eq!(
        reasons(&plan),
        vec![
            (5, RejectReason::UnknownOrganisation("9999".into())),
            (6, RejectReason::UnknownIndicator("N99999".into())),
            (7, RejectReason::Duplicate { other: 8 }),
            (8, RejectReason::Duplicate { other: 7 }),
            (9, RejectReason::UnknownOrganisation("0000".into())),
            (10, RejectReason::YearOutOfRange(1850)),
        ]
    );
    let added: Vec<(usize, &str, IndicatorValue)> = plan
        .added
        .iter()
        .map(|a| (a.row, a.indicator.as_str(), a.value.clone()))
        .collect();
    assert_eq!(
        added,
        vec![
            (2, "i-1", num(2020, "o-karlstad", Gender::Women, 13.0)),
            (
                3,
                "i-1",
                miss(2020, "o-karlstad", Gender::Men, Missing::NotReported)
            ),
            (4, "i-1", num(2020, "o-region", Gender::Total, 15.5)),
        ]
    );
    assert_eq!(plan.changed.len(), 1);
    assert_eq!(plan.changed[0].row, 1);
    assert_eq!(
        plan.changed[0].old,
        num(2020, "o-karlstad", Gender::Total, 11.0)
    );
    assert_eq!(
        plan.changed[0].new,
        num(2020, "o-karlstad", Gender::Total, 12.3)
    );
    assert_eq!(plan.unchanged, 0);
    assert!(plan.kept.is_empty());
    assert_eq!(plan.unknown_indicators(), ["N99999"]);

    let after = apply(&doc, &plan);
    let i1 = indicator(&after, "i-1");
    assert_eq!(i1.values.len(), 5, "{:?}", i1.values);
    assert_eq!(
        value(&after, "i-1", "o-karlstad", 2019, Gender::Total),
        num(2019, "o-karlstad", Gender::Total, 10.0),
        "a value the file does not name is untouched"
    );
    assert_eq!(
        value(&after, "i-1", "o-karlstad", 2020, Gender::Total).amount,
        Some(12.3)
    );
    assert_eq!(
        value(&after, "i-1", "o-karlstad", 2020, Gender::Women).amount,
        Some(13.0)
    );
    let men = value(&after, "i-1", "o-karlstad", 2020, Gender::Men);
    assert_eq!(
        (men.amount, men.missing),
        (None, Some(Missing::NotReported)),
        "null is missing, never 0"
    );
    assert_eq!(
        value(&after, "i-1", "o-region", 2020, Gender::Total).amount,
        Some(15.5),
        "the region's code 0017 is Region Värmland"
    );
    assert!(
        indicator(&after, "i-1")
            .value(Some(&"o-hammaro".into()), 2021, Gender::Total)
            .is_none(),
        "neither duplicate is imported"
    );
    assert_eq!(indicator(&after, "i-2"), indicator(&doc, "i-2"));
    assert_eq!(after.goals[1], doc.goals[1], "g2 untouched");
    // Written and read back, the values are the same.
    let back = load_str(&to_string(&after)).unwrap().document;
    assert_eq!(back, after);
}

/// The v3 shape as clients read it (`period` a number beside `kpi`, `isdeleted`, `next_url`)
/// and as some declare it (`period` inside each value).
const KOLADA_V3: &str = r#"{"values":[
 {"kpi":"N00945","period":2021,"municipality":"1780","values":[
   {"gender":"T","value":14.25,"count":1,"status":"","isdeleted":false},
   {"gender":"M","value":null,"count":0,"status":"","isdeleted":false},
   {"gender":"K","value":16,"count":1,"status":""}]},
 {"kpi":"N00945","municipality":"1761","values":[
   {"gender":"T","period":2019,"value":7.5,"status":""},
   {"gender":"T","period":2020,"value":8.5,"status":""},
   {"gender":"X","period":2020,"value":8.5,"status":""}]},
 {"kpi":"U00001","municipality":"1761","values":[{"gender":"T","period":2020,"value":99.0}]}
],"next_url":null}"#;

#[test]
fn a_kolada_v3_response_with_the_period_outside_or_inside_is_imported() {
    let doc = document();
    let input = kolada::read(KOLADA_V3).unwrap();
    let plan = plan(&doc, &input, &ImportOptions::default()).unwrap();
    assert_eq!(
        reasons(&plan),
        vec![(6, RejectReason::UnknownGender("X".into()))]
    );
    let after = apply(&doc, &plan);
    assert_eq!(
        value(&after, "i-1", "o-karlstad", 2021, Gender::Total),
        num(2021, "o-karlstad", Gender::Total, 14.25)
    );
    assert_eq!(
        value(&after, "i-1", "o-karlstad", 2021, Gender::Men),
        miss(2021, "o-karlstad", Gender::Men, Missing::NotReported)
    );
    assert_eq!(
        value(&after, "i-1", "o-karlstad", 2021, Gender::Women).amount,
        Some(16.0)
    );
    assert_eq!(
        value(&after, "i-1", "o-hammaro", 2019, Gender::Total).amount,
        Some(7.5)
    );
    assert_eq!(
        value(&after, "i-1", "o-hammaro", 2020, Gender::Total).amount,
        Some(8.5)
    );
    assert_eq!(
        value(&after, "i-3", "o-hammaro", 2020, Gender::Total).amount,
        Some(99.0),
        "a second goal's indicator, matched on its own Kolada id"
    );
    assert_eq!(plan.added.len(), 6);
}

#[test]
fn a_mapping_connects_an_indicator_and_is_kept_on_it() {
    let doc = document();
    let json = r#"{"values":[{"kpi":"N00002","municipality":"1780","period":2020,
        "values":[{"gender":"T","value":88.0,"status":""}]}]}"#;
    let input = kolada::read(json).unwrap();
    let unmapped = plan(&doc, &input, &ImportOptions::default()).unwrap();
    assert_eq!(unmapped.unknown_indicators(), ["N00002"]);
    assert!(unmapped.edit(&doc).is_none(), "nothing to import");

    // The dialog's way: the same input planned again with a mapping.
    let options = ImportOptions {
        mappings: vec!["i-2=N00002".parse().unwrap()],
        ..ImportOptions::default()
    };
    let mapped = plan(&doc, &input, &options).unwrap();
    assert!(mapped.is_clean());
    assert_eq!(mapped.mappings.len(), 1);
    assert_eq!(mapped.mappings[0].old, None);
    let after = apply(&doc, &mapped);
    assert_eq!(indicator(&after, "i-2").kolada.as_deref(), Some("N00002"));
    assert_eq!(
        value(&after, "i-2", "o-karlstad", 2020, Gender::Total).amount,
        Some(88.0)
    );

    let bad = |m: &str| {
        let options = ImportOptions {
            mappings: vec![m.parse::<Mapping>()?],
            ..ImportOptions::default()
        };
        plan(&doc, &input, &options).map(|_| ())
    };
    assert_eq!(bad("i-2"), Err(MappingError::Syntax("i-2".into())));
    assert_eq!(
        bad("i-9=N1"),
        Err(MappingError::UnknownIndicator("i-9".into()))
    );
    let twice = ImportOptions {
        mappings: vec![
            "i-2=N1".parse().unwrap(),
            "i-2=N2".parse::<Mapping>().unwrap(),
        ],
        ..ImportOptions::default()
    };
    assert_eq!(
        plan(&doc, &input, &twice).map(|_| ()),
        Err(MappingError::Twice("i-2".into()))
    );
}

#[test]
fn a_missing_value_in_the_file_never_takes_away_a_number() {
    let doc = document();
    let json = r#"{"values":[{"kpi":"N00945","municipality":"1780","period":2019,
        "values":[{"gender":"T","value":null,"status":""}]},
        {"kpi":"N00945","municipality":"1780","period":2020,
        "values":[{"gender":"T","value":11.0,"status":""}]}]}"#;
    let plan = plan(
        &doc,
        &kolada::read(json).unwrap(),
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(plan.kept.len(), 1);
    assert_eq!(plan.kept[0].old.amount, Some(10.0));
    assert_eq!(plan.unchanged, 1);
    assert!(plan.edit(&doc).is_none());
}

/// A Swedish CSV as Excel writes it: semicolons, decimal commas, spaces between thousands,
/// organisations by code, name and short name, indicators by Kolada id, id and name.
const CSV: &str = "\u{feff}År;Kommun;Indikator;Värde;Kön\r\n\
2020;1780;N00945;12,5;Totalt\r\n\
2020;Karlstad;i-1;1 234,5;Kvinnor\r\n\
2020;Hammarö kommun;Andel kariesfria 3-åringar;..;\r\n\
2021;0017;i-2;–;T\r\n\
2021;1761;i-2;tolv;\r\n\
\r\n\
1999x;1761;i-2;1;\r\n\
2021;1761;i-2;45.25;M\r\n\
3021;1761;i-2;1;\r\n\
2021;Stockholm;i-2;1;\r\n";

#[test]
fn a_csv_with_decimal_commas_is_imported_row_by_row() {
    let doc = document();
    let input = table::read(CSV.as_bytes(), &Columns::default()).unwrap();
    assert_eq!(input.source, Source::Table);
    let plan = plan(&doc, &input, &ImportOptions::default()).unwrap();
    assert_eq!(
        reasons(&plan),
        vec![
            (6, RejectReason::NotANumber("tolv".into())),
            (8, RejectReason::NotAYear("1999x".into())),
            (10, RejectReason::YearOutOfRange(3021)),
            (11, RejectReason::UnknownOrganisation("Stockholm".into())),
        ]
    );
    let added: Vec<(usize, &str, IndicatorValue)> = plan
        .added
        .iter()
        .map(|a| (a.row, a.indicator.as_str(), a.value.clone()))
        .collect();
    assert_eq!(
        added,
        vec![
            (3, "i-1", num(2020, "o-karlstad", Gender::Women, 1234.5)),
            (
                4,
                "i-2",
                miss(2020, "o-hammaro", Gender::Total, Missing::NotReported)
            ),
            (
                5,
                "i-2",
                miss(2021, "o-region", Gender::Total, Missing::NotReported)
            ),
            (9, "i-2", num(2021, "o-hammaro", Gender::Men, 45.25)),
        ]
    );
    assert_eq!(plan.changed.len(), 1);
    assert_eq!(
        (plan.changed[0].row, plan.changed[0].new.amount),
        (2, Some(12.5))
    );
    let after = apply(&doc, &plan);
    assert_eq!(
        value(&after, "i-1", "o-karlstad", 2020, Gender::Total).amount,
        Some(12.5)
    );
    assert_eq!(
        value(&after, "i-2", "o-hammaro", 2021, Gender::Men).amount,
        Some(45.25)
    );
    assert_eq!(indicator(&after, "i-2").values.len(), 3);
}

#[test]
fn a_duplicate_by_two_names_for_the_same_thing_is_rejected() {
    let doc = document();
    let csv = "Year,Code,KPI,Value\n2020,1780,N00945,1\n2020,Karlstads kommun,i-1,2\n";
    let plan = plan(
        &doc,
        &table::read(csv.as_bytes(), &Columns::default()).unwrap(),
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(
        reasons(&plan),
        vec![
            (2, RejectReason::Duplicate { other: 3 }),
            (3, RejectReason::Duplicate { other: 2 }),
        ]
    );
    assert!(plan.edit(&doc).is_none());
}

/// An XLSX table as `rust_xlsxwriter` writes it, from Excel's row 2: numbers stored as numbers
/// (years, codes, values), others as text, and a blank cell.
fn xlsx() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["Year", "Organisation", "KPI", "Gender", "Value"]
        .iter()
        .enumerate()
    {
        sheet
            .write_string(1, u16::try_from(c).unwrap(), *h)
            .unwrap();
    }
    // Row 3: all numbers.
    sheet.write_number(2, 0, 2022).unwrap();
    sheet.write_number(2, 1, 1780).unwrap();
    sheet.write_string(2, 2, "N00945").unwrap();
    sheet.write_string(2, 3, "K").unwrap();
    sheet.write_number(2, 4, 17.5).unwrap();
    // Row 4: the region's code as a number loses its zeros; value as Swedish text.
    sheet.write_number(3, 0, 2022).unwrap();
    sheet.write_number(3, 1, 17).unwrap();
    sheet.write_string(3, 2, "U00001").unwrap();
    sheet.write_string(3, 4, "12,5").unwrap();
    // Row 5: blank value: not reported.
    sheet.write_number(4, 0, 2022).unwrap();
    sheet.write_string(4, 1, "Hammarö").unwrap();
    sheet.write_string(4, 2, "i-3").unwrap();
    sheet.write_string(4, 3, "Totalt").unwrap();
    // Row 6: not a number.
    sheet.write_number(5, 0, 2022).unwrap();
    sheet.write_string(5, 1, "1780").unwrap();
    sheet.write_string(5, 2, "U00001").unwrap();
    sheet.write_string(5, 4, "n/a").unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn an_xlsx_table_is_imported_row_by_row() {
    let doc = document();
    let input = table::read(&xlsx(), &Columns::default()).unwrap();
    let rows: Vec<usize> = input.rows.iter().map(|r| r.row).collect();
    assert_eq!(rows, [3, 4, 5, 6], "rows as Excel numbers them");
    let plan = plan(&doc, &input, &ImportOptions::default()).unwrap();
    assert_eq!(
        reasons(&plan),
        vec![(6, RejectReason::NotANumber("n/a".into()))]
    );
    let after = apply(&doc, &plan);
    assert_eq!(
        value(&after, "i-1", "o-karlstad", 2022, Gender::Women),
        num(2022, "o-karlstad", Gender::Women, 17.5)
    );
    assert_eq!(
        value(&after, "i-3", "o-region", 2022, Gender::Total),
        num(2022, "o-region", Gender::Total, 12.5)
    );
    assert_eq!(
        value(&after, "i-3", "o-hammaro", 2022, Gender::Total),
        miss(2022, "o-hammaro", Gender::Total, Missing::NotReported)
    );
    assert_eq!(plan.added.len(), 3);
}

#[test]
fn the_whole_import_is_one_undo_step() {
    let doc = document();
    let input = kolada::read(KOLADA_V3).unwrap();
    let plan = plan(&doc, &input, &ImportOptions::default()).unwrap();
    let edit = plan.edit(&doc).unwrap();
    let Edit::Batch(edits) = &edit else {
        panic!("{edit:?}")
    };
    let goals: Vec<&str> = edits
        .iter()
        .map(|e| match e {
            Edit::PutGoal(g) => g.id.as_str(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        goals,
        ["g1", "g2"],
        "each goal touched, once, in document order"
    );
    let mut after = doc.clone();
    let inverse = edit::apply(&mut after, edit).unwrap().unwrap();
    assert_ne!(after, doc);
    edit::apply(&mut after, inverse).unwrap();
    assert_eq!(after, doc);
}

#[test]
fn files_that_are_not_values_are_refused_with_what_is_wrong() {
    use samverkan::i18n::Lang;
    let sv = |e: samverkan::model::import::ImportError| e.message(Lang::Sv);
    let e = kolada::read("<html>").unwrap_err();
    assert_eq!(sv(e), "filen är inte JSON (rad 1, kolumn 1)");
    let e = kolada::read(r#"{"values":[{"kpi":"N1","values":[]}]}"#).unwrap_err();
    assert!(sv(e.clone()).contains("values[0]"), "{}", sv(e));
    let e = table::read(
        b"Year;Code;KPI;Value\n",
        &Columns {
            year: Some("Period".into()),
            ..Columns::default()
        },
    )
    .unwrap_err();
    assert_eq!(
        e.message(Lang::En),
        "there is no column \"Period\" (for the year); the headers are \"Year\", \"Code\", \"KPI\", \"Value\""
    );
}

#[test]
fn an_empty_input_plans_nothing() {
    let doc = document();
    let input = Input {
        source: Source::Table,
        rows: Vec::new(),
    };
    let plan = plan(&doc, &input, &ImportOptions::default()).unwrap();
    assert!(plan.is_clean() && plan.is_empty());
    assert!(plan.edit(&doc).is_none());
}

// ---------------------------------------------------------------------------------------------
// The command line
// ---------------------------------------------------------------------------------------------

/// A folder with the document and one input file.
fn files(name: &str, input: &[u8]) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("plan.ron");
    std::fs::write(&doc, to_string(&document())).unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, input).unwrap();
    (dir, doc, path)
}

fn read_doc(path: &PathBuf) -> Document {
    load_str(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .document
}

#[test]
fn cli_kolada_previews_lists_every_rejected_row_and_refuses_to_half_import() {
    let (_dir, doc, json) = files("kolada.json", KOLADA_V2.as_bytes());
    let before = std::fs::read(&doc).unwrap();

    let out = samverkan([
        "import".as_ref(),
        "kolada".as_ref(),
        json.as_os_str(),
        doc.as_os_str(),
    ]);
    assert_eq!(code(&out), 1, "rows rejected: {}", stderr(&out));
    let text = stdout(&out);
    for n in [5, 6, 7, 8, 9, 10] {
        assert!(
            text.lines()
                .any(|l| l.starts_with(&format!("avvisas\tvärde {n}\t"))),
            "value {n} is listed as rejected:\n{text}"
        );
    }
    assert!(
        text.contains("ingen organisation har koden \"9999\""),
        "{text}"
    );
    assert!(text.contains("--map INDIKATOR=N99999"), "{text}");
    assert!(text.contains("samma indikator, organisation, år och kön som värde 8"));
    assert!(
        text.contains("ändras\tvärde 1\ti-1\tInvånare 0-19 år, andel\tKarlstads kommun\t2020\ttotalt\t12,3 (var 11)"),
        "{text}"
    );
    assert!(text.contains("läggs till\tvärde 3\ti-1\tInvånare 0-19 år, andel\tKarlstads kommun\t2020\tmän\tsaknas (ej rapporterat)"));
    assert!(stderr(&out).contains("3 läggs till, 1 ändras, 0 oförändrade, 0 behålls, 6 avvisade"));
    assert!(stderr(&out).contains("förhandsvisning"));
    assert_eq!(
        std::fs::read(&doc).unwrap(),
        before,
        "a preview writes nothing"
    );

    let out = samverkan([
        "import".as_ref(),
        "kolada".as_ref(),
        json.as_os_str(),
        doc.as_os_str(),
        "--apply".as_ref(),
    ]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("--skip-rejected"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(&doc).unwrap(),
        before,
        "nothing half-imported"
    );

    let out = samverkan([
        "--lang".as_ref(),
        "en".as_ref(),
        "import".as_ref(),
        "kolada".as_ref(),
        json.as_os_str(),
        doc.as_os_str(),
        "--apply".as_ref(),
        "--skip-rejected".as_ref(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("rejected\tvalue 5\tno organisation has the code \"9999\""));
    assert!(
        stderr(&out).contains("6 rejected rows were skipped"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("imported: 3 values added, 1 changed"));
    let after = read_doc(&doc);
    assert_eq!(
        value(&after, "i-1", "o-karlstad", 2020, Gender::Total).amount,
        Some(12.3)
    );
    assert_eq!(
        value(&after, "i-1", "o-region", 2020, Gender::Total).amount,
        Some(15.5)
    );
    assert_eq!(indicator(&after, "i-1").values.len(), 5);
    let backups = doc.with_file_name("plan.ron.backups");
    assert!(
        backups.is_dir(),
        "saved through the safe save, with a backup"
    );
    assert!(
        !doc.with_file_name("plan.ron.lock").exists(),
        "lock released"
    );
}

#[test]
fn cli_kolada_with_a_mapping_applies_cleanly() {
    let json = r#"{"values":[{"kpi":"N00002","municipality":"1761","period":2020,
        "values":[{"gender":"T","value":81.5,"status":""}]}]}"#;
    let (_dir, doc, path) = files("k.json", json.as_bytes());
    let out = samverkan([
        "import".as_ref(),
        "kolada".as_ref(),
        path.as_os_str(),
        doc.as_os_str(),
        "--map".as_ref(),
        "i-2=N00002".as_ref(),
        "--apply".as_ref(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("kopplas\t\ti-2\tAndel kariesfria 3-åringar\tKolada N00002"));
    let after = read_doc(&doc);
    assert_eq!(indicator(&after, "i-2").kolada.as_deref(), Some("N00002"));
    assert_eq!(
        value(&after, "i-2", "o-hammaro", 2020, Gender::Total).amount,
        Some(81.5)
    );

    let out = samverkan([
        "import".as_ref(),
        "kolada".as_ref(),
        path.as_os_str(),
        doc.as_os_str(),
        "--map".as_ref(),
        "i-99=N00002".as_ref(),
    ]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("det finns ingen indikator med id \"i-99\""));
}

#[test]
fn cli_values_imports_a_csv_and_an_xlsx_file() {
    let csv = "Year;Code;KPI;Andel\n2020;1761;N00945;5,5\n";
    let (dir, doc, path) = files("values.csv", csv.as_bytes());
    let out = samverkan([
        "import".as_ref(),
        "values".as_ref(),
        path.as_os_str(),
        doc.as_os_str(),
        "--value-column".as_ref(),
        "andel".as_ref(),
        "--apply".as_ref(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        value(&read_doc(&doc), "i-1", "o-hammaro", 2020, Gender::Total).amount,
        Some(5.5)
    );

    let xlsx_path = dir.path().join("values.xlsx");
    std::fs::write(&xlsx_path, xlsx()).unwrap();
    let out = samverkan([
        "import".as_ref(),
        "values".as_ref(),
        xlsx_path.as_os_str(),
        doc.as_os_str(),
    ]);
    assert_eq!(code(&out), 1, "row 6 is not a number");
    assert!(
        stdout(&out).contains("avvisas\trad 6\t\"n/a\" är inget tal"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("läggs till\trad 3\ti-1"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn cli_unreadable_inputs_get_a_clear_message_and_exit_code_2() {
    let cases: [(&str, &[u8], &str, &str); 7] = [
        (
            "g.json",
            KOLADA_V2.as_bytes(),
            "values",
            "filen är JSON, ingen tabell",
        ),
        (
            "a.json",
            b"not json",
            "kolada",
            "filen är inte JSON (rad 1, kolumn 2)",
        ),
        (
            "b.json",
            br#"{"values":[{"id":"N00945","title":"x"}]}"#,
            "kolada",
            "filen är JSON men inte värden från Kolada (vid values[0]:",
        ),
        (
            "c.csv",
            b"Tid;Kommun;Indikator;Varde\n",
            "values",
            "ingen kolumn för år",
        ),
        ("d.csv", b"", "values", "tabellen är tom"),
        (
            "e.xlsx",
            b"PK\x03\x04garbage",
            "values",
            "filen är ingen läsbar Excel-arbetsbok (xlsx)",
        ),
        ("f.csv", b"\xEF\xBB\xBFYear;Code;KPI;Value\n", "values", ""),
    ];
    for (name, bytes, kind, message) in cases {
        let (_dir, doc, path) = files(name, bytes);
        let out = samverkan([
            "import".as_ref(),
            kind.as_ref(),
            path.as_os_str(),
            doc.as_os_str(),
        ]);
        if message.is_empty() {
            assert_eq!(code(&out), 0, "a header alone is nothing to import");
            continue;
        }
        assert_eq!(code(&out), 2, "{name}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(message), "{name}: {err}");
        assert!(
            err.contains(&path.display().to_string()),
            "names the file: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    let (_dir, doc, path) = files("x.json", b"{}");
    let missing = path.with_file_name("saknas.json");
    let out = samverkan([
        "import".as_ref(),
        "kolada".as_ref(),
        missing.as_os_str(),
        doc.as_os_str(),
    ]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("saknas.json"), "{}", stderr(&out));
}
