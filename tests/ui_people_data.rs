//! People's data in the real UI, headless: a person's page lists every place they occur and
//! the files outside the document that hold them; erasing asks first with the counts, is one
//! undo step, and after the save the backups that still hold the person are offered for
//! removal.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

mod kit;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use kit::{go, harness};
use samverkan::model::PersonId;
use samverkan::session::Session;
use samverkan::ui::Page;

const FIXTURE: &str = include_str!("fixtures/hidden-person.ron");

fn ingrid() -> PersonId {
    PersonId::new("p-ingrid")
}

/// Run frames until a label containing `text` shows (the search for files runs beside the
/// app), at most a few seconds.
fn wait_for(h: &mut egui_kittest::Harness<'static, samverkan::app::SamverkanApp>, text: &str) {
    for _ in 0..300 {
        if h.query_by_label_contains(text).is_some() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.run_steps(1);
    }
    panic!("{text:?} never showed");
}

fn on_her_page(session: Session) -> egui_kittest::Harness<'static, samverkan::app::SamverkanApp> {
    let mut h = harness(session);
    go(&mut h, Page::People);
    h.state_mut().pages.people.selected = Some(ingrid());
    h.run_steps(3);
    h
}

#[test]
fn the_page_lists_every_kind_of_place_and_links_to_it() {
    let doc = samverkan::io::load_str(FIXTURE).unwrap().document;
    let mut h = on_her_page(Session::unsaved(doc));
    h.get_by_label("Allt om personen");
    for heading in [
        "Platser (1)",
        "Tidigare platser (1)",
        "Närvaro vid möten (1)",
        "Sekreterare vid möten (1)",
        "Justerare (1)",
        "Ansvarig för åtgärder (1)",
        "Ansvarig för beslut (1)",
        "Uppdrag (1)",
        "Handläggare för ärenden (1)",
        "Nämns i text (8)",
        "Kanske nämnd (bara förnamnet) (1)",
    ] {
        h.get_by_label_contains(heading);
    }
    // A document without a file has no backups (said once the search is done).
    wait_for(&mut h, "Inga säkerhetskopior eller återställningskopior");
    // The assignment given to her opens from the list.
    h.get_by_label("Ta fram budgetförslag").click();
    h.run_steps(3);
    assert_eq!(h.state().ui_state.page, Page::Assignments);
}

#[test]
fn erasing_asks_with_the_counts_and_is_one_undo_step() {
    let doc = samverkan::io::load_str(FIXTURE).unwrap().document;
    let mut h = on_her_page(Session::unsaved(doc.clone()));
    h.get_by_label("Radera personuppgifter …").click();
    h.run_steps(3);
    h.get_by_label("Radera personuppgifter");
    h.get_by_label("Personposten");
    h.get_by_label("blir vakanta");
    // Cancel changes nothing.
    h.get_by_label("Avbryt").click();
    h.run();
    assert_eq!(*h.state().session.doc(), doc);

    h.get_by_label("Radera personuppgifter …").click();
    h.run_steps(3);
    h.get_by_label("Ersätt även förnamnet där det står ensamt")
        .click();
    h.run_steps(2);
    h.get_by_label("Radera").click();
    h.run_steps(3);
    let erased = h.state().session.doc().clone();
    assert!(erased.person(&ingrid()).is_none());
    let text = samverkan::io::to_string(&erased);
    assert!(!text.contains("Ingrid"), "{text}");
    assert!(h.state().session.is_dirty());

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(*h.state().session.doc(), doc, "one undo step");
}

#[test]
fn after_saving_an_erasure_the_backups_that_hold_the_person_are_offered_for_removal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gomd.ron");
    std::fs::write(&path, FIXTURE).unwrap();
    // A save before the erasure, so a backup holds her.
    let (mut s, _) = Session::open(&path).unwrap();
    s.apply(samverkan::edit::Edit::SetStartMonth(8)).unwrap();
    s.save().unwrap();
    let mut h = on_her_page(s);
    // The page lists the backup that holds her, once the search beside the app is done.
    wait_for(&mut h, "gomd.ron.backups");

    h.get_by_label("Radera personuppgifter …").click();
    h.run_steps(3);
    h.get_by_label("Radera").click();
    h.run_steps(3);
    assert!(
        h.state().session.doc().person(&ingrid()).is_none(),
        "{:?}",
        h.state().status()
    );
    assert!(h.state_mut().save());
    h.run_steps(3);
    assert!(
        !h.state().session.can_undo(),
        "the history no longer holds her"
    );
    h.get_by_label_contains("innehåller fortfarande personen");
    h.get_by_label("Ta bort filerna").click();
    h.run_steps(3);
    let backups = dir.path().join("gomd.ron.backups");
    for entry in std::fs::read_dir(&backups).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains("Testsson"),
            "a backup still holds her"
        );
    }
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(!saved.contains("Testsson"));
}
