//! The architecture as tests: lower layers never reach up into the UI or the command line,
//! every user-visible word lives in `src/i18n/`, and no source file grows past what one
//! reader can hold.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

mod common;

use common::source::{literals, rel, src};
use std::path::Path;

/// A file of tests only (`tests.rs`, `*_tests.rs`).
fn is_test_file(rel: &str) -> bool {
    rel.ends_with("/tests.rs") || rel.ends_with("_tests.rs")
}

/// The code of a file without its `#[cfg(test)] mod tests { … }` block.
fn without_tests(text: &str) -> &str {
    match text.find("#[cfg(test)]\nmod tests {") {
        Some(i) => &text[..i],
        None => text,
    }
}

#[test]
fn lower_layers_never_import_the_ui_the_app_or_the_command_line() {
    let lower = [
        "src/model/",
        "src/io/",
        "src/export/",
        "src/diagram/",
        "src/edit/",
        "src/i18n/",
        "src/session.rs",
        "src/history.rs",
        "src/text.rs",
        "src/generate/",
        "src/sample.rs",
    ];
    let mut found = Vec::new();
    for path in src() {
        let rel = rel(&path);
        if !lower.iter().any(|l| rel.starts_with(l)) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for upper in [
                "crate::ui",
                "crate::app",
                "crate::cli",
                "egui::",
                "eframe::",
            ] {
                if code.contains(upper) {
                    found.push(format!("{rel}:{}: {upper}", n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "lower layers reach up:\n{}",
        found.join("\n")
    );
}

/// Words a person reads: Swedish letters, or two words of letters side by side, in a
/// literal that is not markup, a path or a format of numbers only.
fn looks_like_ui_text(s: &str) -> bool {
    if s.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö', 'é']) {
        return true;
    }
    if s.contains(['<', '=', '\\']) {
        return false;
    }
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 2)
        .collect();
    s.split_whitespace().count() >= 2
        && words.len() >= 2
        && s.chars().filter(|c| c.is_alphabetic()).count() * 2 > s.len().min(40)
}

/// Where words a person reads may stand outside `src/i18n/`: document text that is Swedish
/// whatever the UI language (the standard agenda items, the sample, synthetic data and the
/// sample's example values, the names of counties' organisations), and
/// the command line's help, which clap takes from the doc comments in English.
fn allowed(rel: &str) -> bool {
    rel.starts_with("src/generate/")
        || matches!(
            rel,
            "src/sample.rs"
                | "src/model/agenda.rs"
                | "src/model/holidays.rs"
                | "src/model/county.rs"
        )
}

#[test]
fn every_user_visible_word_lives_in_i18n() {
    let mut found = Vec::new();
    for path in src() {
        let rel = rel(&path);
        if rel.starts_with("src/i18n/") || is_test_file(&rel) || allowed(&rel) {
            continue;
        }
        let full = std::fs::read_to_string(&path).unwrap();
        let text = without_tests(&full);
        let lines: Vec<&str> = text.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if code.contains(".pick(") || code.contains("match lang {") {
                found.push(format!(
                    "{rel}:{}: a choice of language outside i18n",
                    n + 1
                ));
            }
        }
        for (n, s) in literals(text) {
            let line = lines.get(n - 1).copied().unwrap_or("");
            // Developer text: panics, expectations, error displays for logs, attributes.
            let developer = [
                "expect(",
                "panic!(",
                "unreachable!(",
                "#[error(",
                "#[arg(",
                "#[command(",
                "assert",
            ]
            .iter()
            .any(|m| line.contains(m))
                || line.contains("// not UI");
            if !developer && looks_like_ui_text(&s) {
                found.push(format!("{rel}:{n}: {s:?}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} user-visible literals outside src/i18n/ (move them there; mark developer text `// not UI`):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn no_source_file_is_longer_than_one_reader_can_hold() {
    const MAX_LINES: usize = 700;
    let mut long = Vec::new();
    for path in src() {
        let rel = rel(&path);
        if is_test_file(&rel) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let n = without_tests(&text).lines().count();
        if n > MAX_LINES {
            long.push(format!("{rel}: {n} lines"));
        }
    }
    assert!(
        long.is_empty(),
        "files over {MAX_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_literal_scanner_finds_what_it_must() {
    let code = "let a = \"Spara som …\"; // \"kommentar\"\nlet b = r#\"raw text here\"#; let c = 'x'; let d = \"<rect x=\\\"1\\\">\";";
    let found: Vec<String> = literals(code).into_iter().map(|(_, s)| s).collect();
    assert_eq!(found[0], "Spara som …");
    assert_eq!(found[1], "raw text here");
    assert!(looks_like_ui_text("Spara som …"));
    assert!(looks_like_ui_text("The file is empty"));
    assert!(!looks_like_ui_text("%H:%M"));
    assert!(!looks_like_ui_text("{}: {}"));
    assert!(!looks_like_ui_text("<rect x=\"1\"/>"));
    assert!(!looks_like_ui_text("BEGIN:VEVENT"));
}

#[test]
fn every_colour_is_in_the_palette() {
    let mut found = Vec::new();
    for path in src() {
        let rel = rel(&path);
        if rel == "src/palette.rs" || is_test_file(&rel) {
            continue;
        }
        let full = std::fs::read_to_string(&path).unwrap();
        for (n, line) in without_tests(&full).lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for literal in [
                "Rgba::rgb(",
                "Rgba(0x",
                "Color32::from_",
                "Color32::WHITE",
                "Color32::BLACK",
            ] {
                if code.contains(literal) && !code.contains("from_rgba_unmultiplied_const(c.") {
                    found.push(format!("{rel}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "colours outside src/palette.rs:\n{}",
        found.join("\n")
    );
}

/// The non-ASCII characters in the literals of the source files `of` picks (test code left
/// out) and in the sample, each with the first place it stands.
fn characters(of: impl Fn(&str) -> bool) -> std::collections::BTreeMap<char, String> {
    let mut chars = std::collections::BTreeMap::new();
    for path in src() {
        let rel = rel(&path);
        if !of(&rel) || is_test_file(&rel) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (line, s) in literals(without_tests(&text)) {
            for c in s.chars().filter(|c| !c.is_ascii()) {
                chars.entry(c).or_insert_with(|| format!("{rel}:{line}"));
            }
        }
    }
    let sample =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample.ron"))
            .unwrap();
    for c in sample.chars().filter(|c| !c.is_ascii()) {
        chars
            .entry(c)
            .or_insert_with(|| "assets/sample.ron".to_owned());
    }
    assert!(
        chars.contains_key(&'å'),
        "the scan finds the Swedish letters"
    );
    chars
}

/// The characters of `chars` that `family` of egui's fonts has no glyph for.
fn without_glyph(
    chars: &std::collections::BTreeMap<char, String>,
    family: egui::FontFamily,
    fonts: egui::FontDefinitions,
) -> Vec<String> {
    let ctx = egui::Context::default();
    ctx.set_fonts(fonts);
    // One pass loads the fonts; its texture upload is not wanted here.
    ctx.run_ui(egui::RawInput::default(), |_| {})
        .textures_delta
        .clear();
    let font = egui::FontId::new(14.0, family);
    ctx.fonts_mut(|f| {
        chars
            .iter()
            .filter(|(c, _)| !f.has_glyph(&font, **c))
            .map(|(c, at)| format!("{c:?} (U+{:04X}) at {at}", u32::from(*c)))
            .collect()
    })
}

/// Every character of the text the app draws has a glyph in the app's fonts: a character
/// the font lacks is drawn as an empty box ("▯ en person" on a button). The text comes from
/// the literals of i18n, the views, the app, the model's messages, the diagrams, the sample
/// and the synthetic documents; the command line writes to a terminal.
#[test]
fn every_character_the_app_draws_has_a_glyph() {
    let chars = characters(|rel| {
        [
            "src/i18n/",
            "src/ui/",
            "src/app/",
            "src/model/",
            "src/diagram/",
            "src/generate/",
        ]
        .iter()
        .any(|d| rel.starts_with(d))
            || rel == "src/sample.rs"
            || rel == "src/theme.rs"
    });
    let missing = without_glyph(
        &chars,
        egui::FontFamily::Proportional,
        egui::FontDefinitions::default(),
    );
    assert!(missing.is_empty(), "no glyph for:\n{}", missing.join("\n"));
}

/// The PDFs embed only the Ubuntu font (without egui's emoji fallbacks): every character
/// of the text they print has a glyph in it.
#[test]
fn every_character_a_pdf_prints_has_a_glyph_in_its_font() {
    let chars = characters(|rel| {
        [
            "src/i18n/",
            "src/model/",
            "src/diagram/",
            "src/export/",
            "src/generate/",
        ]
        .iter()
        .any(|d| rel.starts_with(d))
            || rel == "src/sample.rs"
    });
    let mut fonts = egui::FontDefinitions::default();
    let pdf = egui::FontFamily::Name("pdf".into());
    fonts
        .families
        .insert(pdf.clone(), vec!["Ubuntu-Light".to_owned()]);
    let missing = without_glyph(&chars, pdf, fonts);
    assert!(missing.is_empty(), "no glyph for:\n{}", missing.join("\n"));
}
