//! Hjälp in the real UI, headless: the user guide (F1 or the menu) with its sections, the
//! shortcuts and this computer's folders; Om Samverkan with the version, the file format and
//! the folders; `samverkan --version`. And the guide names only controls that exist.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

mod common;
mod kit;

use egui::Key;
use egui_kittest::kittest::Queryable;
use kit::sample_harness;
use samverkan::i18n::Lang;
use samverkan::i18n::guide::SECTIONS;

#[test]
fn f1_opens_the_guide_and_every_section_shows_its_text() {
    let mut h = sample_harness();
    h.key_press(Key::F1);
    h.run_steps(3);
    assert!(h.query_by_label("Användarhandledning").is_some());
    for section in SECTIONS {
        let title = section.title.get(Lang::Sv);
        h.get_by_label(title).hover();
        h.run_steps(1);
        h.get_by_label(title).click();
        h.run_steps(2);
        let first = section.paragraphs[0].get(Lang::Sv);
        assert!(h.query_by_label(first).is_some(), "{title}: {first}");
    }
    // The shortcuts, from the commands themselves.
    h.get_by_label("Kortkommandon").hover();
    h.run_steps(1);
    h.get_by_label("Kortkommandon").click();
    h.run_steps(2);
    assert!(h.query_by_label("Spara").is_some());
    // The guide's own row (besides its heading), with its key.
    assert_eq!(h.query_all_by_label("Användarhandledning").count(), 2);
    assert!(h.query_by_label("F1").is_some());
    // Where this computer keeps the recovery copies (the tests' data folder).
    h.get_by_label("Säkerhetskopior och återställning").hover();
    h.run_steps(1);
    h.get_by_label("Säkerhetskopior och återställning").click();
    h.run_steps(2);
    let recovery = samverkan::io::recovery::data_dir()
        .unwrap()
        .join("recovery")
        .display()
        .to_string();
    assert!(h.query_by_label(&recovery).is_some(), "{recovery}");
    h.get_by_label("OK").hover();
    h.run_steps(1);
    h.get_by_label("OK").click();
    h.run_steps(2);
    assert!(h.query_by_label("Användarhandledning").is_none());
}

#[test]
fn about_shows_the_version_the_file_format_and_the_folders() {
    let mut h = sample_harness();
    h.get_by_label("Hjälp").click();
    h.run_steps(2);
    h.get_by_label("Om Samverkan").hover();
    h.run_steps(1);
    h.get_by_label("Om Samverkan").click();
    h.run_steps(3);
    assert!(
        h.query_by_label(&format!("Version {}", env!("CARGO_PKG_VERSION")))
            .is_some()
    );
    assert!(
        h.query_by_label_contains(&format!("Filformat {}", samverkan::model::FORMAT_VERSION))
            .is_some()
    );
    assert!(
        h.query_by_label("Återställningskopior på den här datorn:")
            .is_some()
    );
}

#[test]
fn version_on_the_command_line() {
    let out = common::samverkan(["--version"]);
    assert_eq!(common::code(&out), 0);
    assert_eq!(
        common::stdout(&out).trim(),
        format!("samverkan {}", env!("CARGO_PKG_VERSION"))
    );
}

/// The controls the guide tells people to use, as the app labels them: each must be a word of
/// the app's i18n, so the guide cannot drift from the program.
#[test]
fn the_guide_names_only_controls_that_exist() {
    let named = [
        "Nytt organ",
        "Lägg till plats",
        "Ny person",
        "Nytt möte",
        "Exportera …",
        "Skicka för justering",
        "Justera",
        "Öppna igen …",
        "Planera ett år",
        "Exportera rapport",
        "Importera indikatorvärden (Kolada, Excel, CSV) …",
        "Ny struktur för ett län …",
        "Slå ihop med …",
        "Spara en kopia …",
        "Slå ihop",
        "Anteckningar",
        "Ledamöter",
    ];
    let guide: String = SECTIONS
        .iter()
        .flat_map(|s| s.paragraphs)
        .map(|p| p.get(Lang::Sv))
        .collect::<Vec<_>>()
        .join("\n");
    let i18n: String = common::source::src()
        .iter()
        .filter(|p| common::source::rel(p).starts_with("src/i18n/") && !p.ends_with("guide.rs"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    for label in named {
        assert!(guide.contains(label), "the guide no longer says {label:?}");
        assert!(
            i18n.contains(&format!("\"{label}\"")) || i18n.contains(&format!("\"+ {label}\"")),
            "the app has no control {label:?}"
        );
    }
}

#[test]
fn the_guide_names_the_open_documents_backup_folder() {
    kit::isolate();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let (session, _) = samverkan::session::Session::open(&path).unwrap();
    let mut h = kit::harness(session);
    h.key_press(Key::F1);
    h.run_steps(3);
    let folders = "Säkerhetskopior och återställning";
    h.get_by_label(folders).hover();
    h.run_steps(1);
    h.get_by_label(folders).click();
    h.run_steps(2);
    let backups = samverkan::io::save::backup_dir(&path).display().to_string();
    assert!(h.query_by_label(&backups).is_some(), "{backups}");
}

#[test]
fn escape_closes_the_guide() {
    let mut h = sample_harness();
    h.key_press(Key::F1);
    h.run_steps(3);
    assert!(h.query_by_label("Användarhandledning").is_some());
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert!(h.query_by_label("Användarhandledning").is_none());
}
