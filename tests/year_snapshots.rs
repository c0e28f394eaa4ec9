//! Snapshot images of the sample's wheel and timeline, compared with the approved ones in
//! `tests/snapshots/`. `UPDATE_SNAPSHOTS=1 cargo test --release --test year_snapshots`
//! approves new pictures; a failing run leaves `<name>.new.png` beside them to look at.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use chrono::NaiveDate;
use samverkan::diagram::scene::Scene;
use samverkan::i18n::Lang;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn compare(name: &str, scene: &Scene) {
    use resvg::tiny_skia::Pixmap;
    let png = samverkan::export::png::to_png(scene, 1.0).unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let approved = dir.join(format!("{name}.png"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() || !approved.exists() {
        std::fs::write(&approved, &png).unwrap();
    }
    let want = Pixmap::decode_png(&std::fs::read(&approved).unwrap()).unwrap();
    let got = Pixmap::decode_png(&png).unwrap();
    let differing = if (want.width(), want.height()) == (got.width(), got.height()) {
        want.pixels()
            .iter()
            .zip(got.pixels())
            .filter(|(a, b)| {
                a.red().abs_diff(b.red()) > 16
                    || a.green().abs_diff(b.green()) > 16
                    || a.blue().abs_diff(b.blue()) > 16
            })
            .count()
    } else {
        usize::MAX
    };
    if differing > 300 {
        std::fs::write(dir.join(format!("{name}.new.png")), &png).unwrap();
        panic!("{differing} pixels differ from tests/snapshots/{name}.png");
    }
}

#[test]
fn snapshot_of_the_sample_wheel() {
    let doc = samverkan::sample::sample_document().unwrap();
    let scene = samverkan::diagram::wheel::wheel_scene(&doc, 2026, &[], today(), Lang::Sv);
    compare("wheel", &scene);
}

#[test]
fn snapshot_of_the_sample_timeline() {
    let doc = samverkan::sample::sample_document().unwrap();
    let scene = samverkan::diagram::timeline::timeline_scene(
        &doc,
        NaiveDate::from_ymd_opt(2026, 8, 1).unwrap(),
        NaiveDate::from_ymd_opt(2027, 7, 31).unwrap(),
        today(),
        Lang::Sv,
    );
    compare("timeline", &scene);
}

#[test]
fn the_wheel_exports_as_a_one_page_pdf_with_its_months() {
    let doc = samverkan::sample::sample_document().unwrap();
    let scene = samverkan::diagram::wheel::wheel_scene(&doc, 2026, &[], today(), Lang::Sv);
    let pdf =
        samverkan::export::picture(&scene, samverkan::export::ChartFormat::Pdf, "Årshjul").unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8(out.stdout).unwrap();
    for month in ["augusti", "december", "januari", "juli"] {
        assert!(text.contains(month), "{month} in {text}");
    }
    assert_eq!(text.matches('\u{c}').count(), 1, "one page");
}
