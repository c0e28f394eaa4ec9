//! The first run, headless: while the example is open the overview offers how to start one's
//! own document (open, a recent file, a county's structure, an empty one), and saving the
//! example asks for a file name. Its own test binary: it writes the recent-files list.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

mod kit;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kit::{harness, isolate};
use samverkan::app::{FileKind, Pick, SamverkanApp};
use samverkan::i18n::Lang;
use samverkan::session::Session;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

const START: &str = "Börja med ditt eget dokument";

/// The app as it starts without a file: on the embedded example.
fn example() -> Harness<'static, SamverkanApp> {
    harness(Session::sample(
        samverkan::sample::sample_document().unwrap(),
    ))
}

fn press(h: &mut Harness<'static, SamverkanApp>, label: &str) {
    h.get_by_label(label).hover();
    h.run_steps(1);
    h.get_by_label(label).click();
    h.run_steps(3);
}

#[test]
fn the_example_offers_a_start_and_an_own_document_does_not() {
    let h = example();
    assert!(h.query_by_label(START).is_some());
    assert!(h.query_by_label("Öppna dokument …").is_some());
    assert!(h.query_by_label("Tomt dokument").is_some());

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let (session, _) = Session::open(&path).unwrap();
    let h = harness(session);
    assert!(h.query_by_label(START).is_none());
}

#[test]
fn an_empty_document_leaves_the_example() {
    let mut h = example();
    press(&mut h, "Tomt dokument");
    let s = &h.state().session;
    assert!(!s.is_sample());
    assert!(s.doc().bodies.is_empty() && s.doc().people.is_empty());
    assert!(h.query_by_label(START).is_none());
}

#[test]
fn a_countys_structure_starts_with_its_region_board_and_municipalities() {
    let mut h = example();
    press(&mut h, "Ny struktur för ett län …");
    let county = samverkan::model::county::counties()
        .iter()
        .find(|c| c.name.starts_with("Värmland"))
        .unwrap();
    let n = samverkan::model::county::municipalities_of(county.code).count();
    let choice = samverkan::i18n::perspective::county_choice(county.name, n, Lang::Sv);
    // Värmland is far down the list of 21: reached as a screen reader or the keyboard would.
    h.get_by_label(&choice).click_accesskit();
    h.run_steps(3);
    let doc = h.state().session.doc();
    assert!(!h.state().session.is_sample());
    assert_eq!(n, 16);
    assert_eq!(
        doc.organisations
            .iter()
            .filter(|o| o.kind == samverkan::model::OrganisationKind::Municipality)
            .count(),
        16
    );
}

/// A picker that notes that it was asked for a name, and declines.
struct Asked(Arc<Mutex<Vec<String>>>);

impl samverkan::app::FilePicker for Asked {
    fn open(&mut self, _: FileKind, _: Lang) -> Pick {
        Pick::Cancelled
    }
    fn save(&mut self, suggested: &str, _: FileKind, _: Lang) -> Pick {
        self.0.lock().unwrap().push(suggested.to_owned());
        Pick::Cancelled
    }
}

#[test]
fn saving_the_example_asks_for_a_file_name() {
    let mut h = example();
    let asked = Arc::new(Mutex::new(Vec::new()));
    h.state_mut().set_picker(Box::new(Asked(asked.clone())));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    assert_eq!(asked.lock().unwrap().len(), 1, "asked for a name once");
    assert!(
        h.state().session.is_sample(),
        "declined: still the example, unsaved"
    );
}

#[test]
fn a_recent_file_opens_from_the_start_panel() {
    isolate();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kollegans plan.ron");
    std::fs::write(
        &path,
        samverkan::sample::SAMPLE_RON.replace("Nya Perspektiv – Värmland", "Kollegans plan"),
    )
    .unwrap();
    // The recent-files list, as an earlier run left it.
    let config = PathBuf::from(std::env::var_os("SAMVERKAN_CONFIG_DIR").unwrap());
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("recent.ron"),
        ron::to_string(&vec![path.clone()]).unwrap(),
    )
    .unwrap();
    let mut h = example();
    press(&mut h, &path.display().to_string());
    assert_eq!(h.state().session.path(), Some(path.as_path()));
    assert_eq!(h.state().session.doc().info.title, "Kollegans plan");
}
