//! The architecture as tests: lower layers never reach up into the UI or the command line,
//! every user-visible word lives in `src/i18n/`, and no source file grows past what one
//! reader can hold.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    files.sort();
    files
}

fn rel(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

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

/// The string literals of Rust source, with their line numbers (comments skipped).
fn literals(text: &str) -> Vec<(usize, String)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < b.len() {
        match b[i] {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    line += usize::from(b[i] == b'\n');
                    i += 1;
                }
                i += 2;
            }
            b'\'' => {
                // A char literal ('x', '\n', '"') or a lifetime ('a).
                if b.get(i + 2) == Some(&b'\'') {
                    i += 3;
                } else if b.get(i + 1) == Some(&b'\\') {
                    i += 2;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                    i += 1;
                } else {
                    let rest = &text[i + 1..];
                    let ch = rest.chars().next().map_or(1, char::len_utf8);
                    i += if rest[ch..].starts_with('\'') {
                        ch + 2
                    } else {
                        1
                    };
                }
            }
            b'r' if (b.get(i + 1) == Some(&b'"') || b.get(i + 1) == Some(&b'#'))
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close = format!("\"{}", "#".repeat(hashes));
                let start = j + 1;
                let end = text[start..].find(&close).map_or(b.len(), |k| start + k);
                let s = &text[start..end];
                out.push((line, s.to_owned()));
                line += s.matches('\n').count();
                i = end + close.len();
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && b[j] != b'"' {
                    if b[j] == b'\\' {
                        j += 1;
                    }
                    j += 1;
                }
                let s = &text[start..j.min(b.len())];
                out.push((line, s.to_owned()));
                line += s.matches('\n').count();
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
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
