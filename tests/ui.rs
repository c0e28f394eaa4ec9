//! The app driven headless with `egui_kittest`: real widgets, real app state.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use samverkan::app::{FileKind, Pick, SamverkanApp};
use samverkan::model::{BodyId, PersonId, Role};
use samverkan::session::Session;
use samverkan::ui::Page;

mod kit;
use kit::*;

#[test]
fn add_a_person_seat_them_in_a_body_then_undo_and_redo() {
    let mut h = sample_harness();
    go(&mut h, Page::People);
    let before = h.state().session.doc().people.len();
    h.get_by_label("+ Ny person").click();
    h.run_steps(2);
    assert_eq!(h.state().session.doc().people.len(), before + 1);
    retype(&mut h, "Ny person", "Åsa Testsson");
    let person = h
        .state()
        .session
        .doc()
        .people
        .iter()
        .find(|p| p.name == "Åsa Testsson")
        .expect("renamed")
        .id
        .clone();

    // Put her in the beredningsgrupp as vice chair.
    h.state_mut().pages.bodies.selected = Some(BodyId::from("bg"));
    go(&mut h, Page::Bodies);
    h.get_by_label("+ Lägg till plats").click();
    h.run_steps(2);
    // The drop-downs showing "(ingen)": the convener's "represents" (she speaks for all), then
    // the new seat's person and its "represents".
    let combos: Vec<_> = h.get_all_by_value("(ingen)").collect();
    assert_eq!(combos.len(), 3);
    combos[1].click();
    h.run_steps(4);
    h.get_by_label("Åsa Testsson").click_accesskit();
    h.run_steps(2);
    h.get_all_by_value("ledamot").last().unwrap().click();
    h.run_steps(4);
    h.get_by_label("vice ordförande").click_accesskit();
    h.run_steps(2);
    let seat = |h: &Harness<'static, SamverkanApp>| {
        h.state()
            .session
            .doc()
            .body(&BodyId::from("bg"))
            .unwrap()
            .memberships
            .iter()
            .find(|m| m.person.as_ref() == Some(&person))
            .map(|m| m.role)
    };
    assert_eq!(seat(&h), Some(Role::ViceChair));

    // Undo the role, then the seat's person; redo both.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(seat(&h), Some(Role::Member));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(seat(&h), None);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run_steps(2);
    assert_eq!(seat(&h), Some(Role::Member));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(2);
    assert_eq!(seat(&h), Some(Role::ViceChair));
    assert!(h.state().session.is_dirty());
}

#[test]
fn renaming_a_body_shows_on_the_persons_page() {
    let mut h = sample_harness();
    h.state_mut().pages.bodies.selected = Some(BodyId::from("bg"));
    go(&mut h, Page::Bodies);
    retype(&mut h, "Beredningsgruppen", "Beredningsgrupp Värmland");
    assert_eq!(
        h.state()
            .session
            .doc()
            .body(&BodyId::from("bg"))
            .unwrap()
            .name,
        "Beredningsgrupp Värmland"
    );
    let kristin = h
        .state()
        .session
        .doc()
        .people
        .iter()
        .find(|p| p.name == "Kristin Törnqvist")
        .unwrap()
        .id
        .clone();
    h.state_mut().pages.people.selected = Some(kristin);
    go(&mut h, Page::People);
    // "Sitter i" links to the body by its new name.
    assert!(h.query_by_label("Beredningsgrupp Värmland").is_some());
    assert!(h.query_by_label("Beredningsgruppen").is_none());
}

#[test]
fn deleting_a_referenced_person_asks_and_lists_what_goes() {
    let mut h = sample_harness();
    let yvonne = h
        .state()
        .session
        .doc()
        .people
        .iter()
        .find(|p| p.name == "Yvonne Lennemyr")
        .unwrap()
        .id
        .clone();
    h.state_mut().pages.people.selected = Some(yvonne.clone());
    go(&mut h, Page::People);
    h.get_by_label("Radera …").click();
    h.run_steps(4);
    assert!(
        h.state().dialog.is_some(),
        "status: {:?}",
        h.state().status()
    );
    assert!(
        h.query_by_label("Andra poster hänvisar hit").is_some(),
        "a confirmation is shown"
    );
    assert!(
        h.query_by_label_contains("plats i Beredningsgruppen")
            .is_some()
    );
    // A plain delete keeps her name as text; the dialog points to erasing instead.
    assert!(
        h.query_by_label_contains("använd Radera personuppgifter")
            .is_some()
    );
    assert!(
        h.state().session.doc().person(&yvonne).is_some(),
        "nothing deleted before confirming"
    );
    h.get_by_label("Avbryt").click();
    h.run_steps(4);
    assert!(h.state().session.doc().person(&yvonne).is_some());
    assert!(h.query_by_label("Andra poster hänvisar hit").is_none());
    // Confirmed: she goes, and so does her seat.
    h.get_by_label("Radera …").click();
    h.run_steps(4);
    h.get_by_label("Radera ändå, med allt som hör till").click();
    h.run_steps(2);
    let doc = h.state().session.doc();
    assert!(doc.person(&yvonne).is_none());
    assert!(
        doc.bodies
            .iter()
            .flat_map(|b| &b.memberships)
            .all(|m| m.person.as_ref() != Some(&yvonne))
    );
}

#[test]
fn edit_save_and_load_again() {
    isolate();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let (session, _) = Session::open(&path).unwrap();
    let mut h = harness(session);
    h.state_mut().pages.bodies.selected = Some(BodyId::from("vr"));
    go(&mut h, Page::Bodies);
    retype(&mut h, "Värmlandsrådet", "Värmlandsrådet (VR)");
    assert!(h.state().session.is_dirty());
    assert!(
        h.state().title().contains('•'),
        "the title shows unsaved changes: {}",
        h.state().title()
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(
        !h.state().session.is_dirty(),
        "status: {:?}",
        h.state().status()
    );
    let (loaded, _) = samverkan::io::read_document(&path).unwrap();
    assert_eq!(&loaded.document, h.state().session.doc());
    assert_eq!(
        loaded.document.body(&BodyId::from("vr")).unwrap().name,
        "Värmlandsrådet (VR)"
    );
    assert!(!h.state().title().contains('•'));
}

#[test]
fn switching_to_english_changes_the_labels() {
    let mut h = sample_harness();
    assert!(h.query_by_label("Översikt").is_some());
    h.get_by_label("Visa").click();
    h.run_steps(2);
    h.get_by_label("English").click();
    h.run_steps(2);
    assert!(h.query_by_label("Overview").is_some());
    assert!(h.query_by_label("Översikt").is_none());
    assert!(h.query_by_label("Bodies").is_some());
    assert!(h.query_by_label("File").is_some());
}

#[test]
fn ctrl_f_finds_a_person_and_opens_her_page() {
    let mut h = sample_harness();
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run_steps(2);
    h.get_by_label("Sök …").hover();
    let field = h.get_by_role(egui::accesskit::Role::TextInput);
    field.type_text("Lennemyr");
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("Yvonne Lennemyr").is_some(),
        "the person is listed"
    );
    h.key_press(Key::Enter);
    h.run_steps(3);
    let app = h.state();
    assert_eq!(app.ui_state.page, Page::People);
    let yvonne: &PersonId = &app
        .session
        .doc()
        .people
        .iter()
        .find(|p| p.name == "Yvonne Lennemyr")
        .unwrap()
        .id;
    assert_eq!(app.pages.people.selected.as_ref(), Some(yvonne));
}

#[test]
fn a_read_only_document_cannot_be_edited() {
    isolate();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let (first, _) = Session::open(&path).unwrap();
    let (second, _) = Session::open(&path).unwrap();
    assert!(second.is_read_only());
    let mut h = harness(second);
    assert!(
        h.query_by_label_contains("Skrivskyddat").is_some(),
        "a banner says so"
    );
    assert!(h.state().title().contains("skrivskyddat"));
    go(&mut h, Page::People);
    h.get_by_label("+ Ny person").click();
    h.run_steps(2);
    assert_eq!(
        h.state().session.doc().people.len(),
        first.doc().people.len(),
        "nothing was added"
    );
    assert!(!h.state().session.is_dirty());
    drop(first);
}

/// A picker that answers with the given paths, for Save as and Open.
struct FixedPicker(Vec<std::path::PathBuf>);

impl samverkan::app::FilePicker for FixedPicker {
    fn open(&mut self, _: FileKind, _: samverkan::i18n::Lang) -> Pick {
        self.0.pop().map_or(Pick::Cancelled, Pick::Chosen)
    }
    fn save(&mut self, _suggested: &str, _: FileKind, _: samverkan::i18n::Lang) -> Pick {
        self.0.pop().map_or(Pick::Cancelled, Pick::Chosen)
    }
}

/// A computer without a system file dialog (no XDG portal, no zenity).
struct NoDialog;

impl samverkan::app::FilePicker for NoDialog {
    fn open(&mut self, _: FileKind, _: samverkan::i18n::Lang) -> Pick {
        Pick::Unavailable
    }
    fn save(&mut self, _suggested: &str, _: FileKind, _: samverkan::i18n::Lang) -> Pick {
        Pick::Unavailable
    }
}

/// Replace the text of the app's file dialog's field labelled `label` with `text`.
fn type_into(h: &mut Harness<'static, SamverkanApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    h.get_by_label(label).type_text(text);
    h.run_steps(2);
}

/// Save as on a computer without a file dialog: the app asks with its own, says why, and
/// the document is saved where the user typed; an export then lists it is there.
#[test]
fn without_a_system_file_dialog_save_as_asks_with_the_apps_own() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_harness();
    h.state_mut().set_picker(Box::new(NoDialog));
    h.get_by_label("Arkiv").click();
    h.run_steps(2);
    h.get_by_label_contains("Spara som …").click();
    h.run_steps(4);
    h.get_by_label_contains("Datorn har ingen fildialog");
    type_into(&mut h, "Mapp", &dir.path().display().to_string());
    type_into(&mut h, "Filnamn", "plan");
    h.run_steps(2);
    h.get_by_label("Spara").click();
    h.run_steps(3);
    let path = dir.path().join("plan.ron");
    assert!(path.is_file(), "saved with the document's ending");
    assert_eq!(h.state().session.path(), Some(path.as_path()));
    assert!(!h.state().session.is_dirty());
    assert!(
        h.query_by_label_contains("Datorn har ingen fildialog")
            .is_none()
    );
}

/// Open on a computer without a file dialog: the app's own lists the folder's documents,
/// and the one clicked is opened.
#[test]
fn without_a_system_file_dialog_open_lists_the_folders_documents() {
    let dir = tempfile::tempdir().unwrap();
    let theirs =
        samverkan::sample::SAMPLE_RON.replace("Nya Perspektiv – Värmland", "Kollegans plan");
    std::fs::write(dir.path().join("kollegans.ron"), theirs).unwrap();
    std::fs::write(dir.path().join("anteckningar.txt"), "inte ett dokument").unwrap();
    std::fs::create_dir(dir.path().join("Arkiv 2025")).unwrap();
    let mut h = harness(Session::unsaved(samverkan::model::Document::new("")));
    h.state_mut().set_picker(Box::new(NoDialog));
    h.get_by_label("Arkiv").click();
    h.run_steps(2);
    h.get_by_label_contains("Öppna …").click();
    h.run_steps(4);
    type_into(&mut h, "Mapp", &dir.path().display().to_string());
    h.get_by_label("Arkiv 2025/");
    assert!(
        h.query_by_label("anteckningar.txt").is_none(),
        "only documents"
    );
    h.get_by_label("kollegans.ron").click();
    h.run_steps(2);
    h.get_by_label("Öppna").click();
    h.run_steps(3);
    assert_eq!(h.state().session.doc().info.title, "Kollegans plan");
}

fn open_harness(path: &std::path::Path) -> Harness<'static, SamverkanApp> {
    let (session, _) = Session::open(path).unwrap();
    harness(session)
}

fn rename_vr(h: &mut Harness<'static, SamverkanApp>, to: &str) {
    h.state_mut().pages.bodies.selected = Some(BodyId::from("vr"));
    go(h, Page::Bodies);
    retype(h, "Värmlandsrådet", to);
}

#[test]
fn a_file_changed_by_someone_else_is_never_overwritten_silently() {
    isolate();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let mut h = open_harness(&path);
    rename_vr(&mut h, "Värmlandsrådet – vår ändring");
    // A colleague saves their version meanwhile.
    let theirs =
        samverkan::sample::SAMPLE_RON.replace("Nya Perspektiv – Värmland", "Kollegans version");
    std::fs::write(&path, &theirs).unwrap();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(4);
    assert!(
        h.query_by_label("Filen har ändrats av någon annan")
            .is_some(),
        "the user is asked"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        theirs,
        "their file is untouched"
    );
    assert!(h.state().session.is_dirty());
    // The user chooses to overwrite.
    h.get_by_label("Skriv över").click();
    h.run_steps(4);
    assert!(!h.state().session.is_dirty());
    let (loaded, _) = samverkan::io::read_document(&path).unwrap();
    assert_eq!(
        loaded.document.body(&BodyId::from("vr")).unwrap().name,
        "Värmlandsrådet – vår ändring"
    );
}

/// A picker that records the names it was offered and answers with a path in `dir` of
/// that name.
struct NamingPicker {
    dir: std::path::PathBuf,
    offered: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl samverkan::app::FilePicker for NamingPicker {
    fn open(&mut self, _: FileKind, _: samverkan::i18n::Lang) -> Pick {
        Pick::Cancelled
    }
    fn save(&mut self, suggested: &str, _: FileKind, _: samverkan::i18n::Lang) -> Pick {
        self.offered.lock().unwrap().push(suggested.to_owned());
        Pick::Chosen(self.dir.join(suggested))
    }
}

/// Open `path`, rename VR, let a colleague save their version, and press Ctrl+S: the
/// conflict dialog is up. Returns their text.
fn conflict(h: &mut Harness<'static, SamverkanApp>, path: &std::path::Path) -> String {
    rename_vr(h, "Värmlandsrådet – vår ändring");
    let theirs =
        samverkan::sample::SAMPLE_RON.replace("Nya Perspektiv – Värmland", "Kollegans version");
    std::fs::write(path, &theirs).unwrap();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(4);
    assert!(
        h.query_by_label("Filen har ändrats av någon annan")
            .is_some()
    );
    theirs
}

#[test]
fn the_conflict_dialog_loses_neither_version() {
    isolate();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();

    // "Läs in deras version": theirs is shown, ours is one undo away and saved beside.
    let mut h = open_harness(&path);
    let theirs = conflict(&mut h, &path);
    h.get_by_label("Läs in deras version").click();
    h.run_steps(4);
    let ours = |doc: &samverkan::model::Document| {
        doc.body(&BodyId::from("vr")).unwrap().name == "Värmlandsrådet – vår ändring"
    };
    assert_eq!(h.state().session.doc().info.title, "Kollegans version");
    assert!(!ours(h.state().session.doc()));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        theirs,
        "theirs untouched"
    );
    let copy = dir.path().join("plan (din version).ron");
    assert!(ours(
        &samverkan::io::read_document(&copy).unwrap().0.document
    ));
    let status = h.state().status().unwrap().to_owned();
    assert!(
        status.contains("plan (din version).ron") && status.contains("Ångra"),
        "{status}"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(ours(h.state().session.doc()), "undo brings ours back");
    drop(h);

    // "Spara som …": a new name is proposed, never their file.
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    std::fs::remove_file(&copy).unwrap();
    let mut h = open_harness(&path);
    let offered = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    h.state_mut().set_picker(Box::new(NamingPicker {
        dir: dir.path().to_owned(),
        offered: offered.clone(),
    }));
    let theirs = conflict(&mut h, &path);
    h.get_by_label_contains("Spara som …").click();
    h.run_steps(4);
    assert_eq!(*offered.lock().unwrap(), ["plan (din version).ron"]);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        theirs,
        "theirs untouched"
    );
    assert!(ours(
        &samverkan::io::read_document(&copy).unwrap().0.document
    ));
    assert_eq!(h.state().session.path(), Some(copy.as_path()));
    assert!(!h.state().session.is_dirty());
}

#[test]
fn a_failed_save_keeps_the_changes_and_save_as_works() {
    isolate();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let mut h = open_harness(&path);
    rename_vr(&mut h, "VR ändrat");
    // The folder goes away (a network drive disconnected).
    let gone = dir.path().join("gone");
    std::fs::create_dir(&gone).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("kopia.ron");
    h.state_mut().set_picker(Box::new(FixedPicker(vec![
        target.clone(),
        gone.join("sub").join("x.ron"),
    ])));
    // Save as into a folder that does not exist: fails, in plain words, nothing lost.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(4);
    assert!(h.state().session.is_dirty());
    // Said in the dialog and in the status bar.
    assert!(
        h.query_all_by_label_contains("går inte att nå").count() >= 1,
        "status: {:?}",
        h.state().status()
    );
    h.get_by_label("OK").click();
    h.run_steps(4);
    // Save as somewhere else works.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(4);
    assert!(
        !h.state().session.is_dirty(),
        "status: {:?}",
        h.state().status()
    );
    assert_eq!(h.state().session.path(), Some(target.as_path()));
    let (loaded, _) = samverkan::io::read_document(&target).unwrap();
    assert_eq!(
        loaded.document.body(&BodyId::from("vr")).unwrap().name,
        "VR ändrat"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        samverkan::sample::SAMPLE_RON,
        "the original stays"
    );
}

#[test]
fn after_a_crash_the_next_start_offers_the_unsaved_changes() {
    isolate();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    // What a crashed session left: a recovery copy written by a process that is gone.
    let mut doc = samverkan::sample::sample_document().unwrap();
    doc.info.title = "Återställd titel".into();
    let store = samverkan::io::recovery::RecoveryStore::open_default().unwrap();
    store.write(Some(&path), &doc).unwrap();
    let file = store.file_for(Some(&path));
    let text = std::fs::read_to_string(&file).unwrap();
    let dead = std::process::Command::new("true").spawn().unwrap();
    let pid = dead.id();
    dead.wait_with_output().unwrap();
    let pid_line = format!("pid: {},", std::process::id());
    assert!(text.contains(&pid_line));
    std::fs::write(&file, text.replace(&pid_line, &format!("pid: {pid},"))).unwrap();

    let mut h = sample_harness();
    h.state_mut().offer_recovery();
    h.run_steps(4);
    assert!(h.query_by_label("Osparade ändringar hittades").is_some());
    h.get_all_by_label("Återställ").next().unwrap().click();
    h.run_steps(4);
    let app = h.state();
    assert_eq!(app.session.doc().info.title, "Återställd titel");
    assert_eq!(app.session.path(), Some(path.as_path()));
    assert!(app.session.is_dirty(), "restored changes count as unsaved");
    assert!(!file.exists(), "the recovery copy is taken");
}

#[test]
fn the_member_list_is_exported_from_the_file_menu() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ledamöter.csv");
    let mut h = sample_harness();
    h.state_mut()
        .set_picker(Box::new(FixedPicker(vec![out.clone()])));
    h.get_by_label("Arkiv").click();
    h.run_steps(2);
    h.get_by_label("Exportera ledamotslista (Excel/CSV) …")
        .click();
    h.run_steps(2);
    let bytes = std::fs::read(&out).unwrap();
    let doc = samverkan::sample::sample_document().unwrap();
    let expected = samverkan::export::members::to_csv(&samverkan::export::members::member_rows(
        &doc,
        None,
        samverkan::i18n::Lang::Sv,
    ))
    .unwrap();
    assert_eq!(bytes, expected, "the same bytes as the command line writes");
}

#[test]
fn the_meetings_are_exported_to_a_calendar_from_the_file_menu() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("möten.ics");
    let mut h = sample_harness();
    h.state_mut()
        .set_picker(Box::new(FixedPicker(vec![out.clone()])));
    h.get_by_label("Arkiv").click();
    h.run_steps(2);
    h.get_by_label("Exportera möten till kalender (.ics) …")
        .click();
    h.run_steps(2);
    let cal: icalendar::Calendar = std::fs::read_to_string(&out).unwrap().parse().unwrap();
    assert_eq!(cal.events().count(), h.state().session.doc().meetings.len());
}

/// The clock-time labels of the selected meeting's agenda, in order.
fn agenda_times(h: &Harness<'static, SamverkanApp>) -> Vec<String> {
    let doc = h.state().session.doc();
    let id = h.state().pages.meetings.selected.clone().unwrap();
    let m = doc.meeting(&id).unwrap();
    let spans = samverkan::model::agenda::clock_times(m.start, &m.agenda).unwrap();
    let shown: Vec<String> = spans
        .iter()
        .map(|s| format!("{}–{}", s.start.format("%H:%M"), s.end.format("%H:%M")))
        .collect();
    // Each computed time is on screen as a label.
    for time in &shown {
        h.get_by_label(time);
    }
    shown
}

fn agenda_titles(h: &Harness<'static, SamverkanApp>) -> Vec<(u32, String)> {
    let id = h.state().pages.meetings.selected.clone().unwrap();
    h.state()
        .session
        .doc()
        .meeting(&id)
        .unwrap()
        .agenda
        .iter()
        .map(|i| (i.number, i.title.clone()))
        .collect()
}

#[test]
fn build_an_agenda_of_five_items_reorder_one_and_see_the_times() {
    let mut h = sample_harness();
    go(&mut h, Page::Meetings);
    // A new beredningsgrupp meeting starts from the body's template (four items).
    h.state_mut().pages.meetings_view.body = Some(BodyId::from("bg"));
    h.run_steps(1);
    h.get_by_label("+ Nytt möte").click();
    h.run_steps(2);
    h.get_by_label("Dagordning (4)").click();
    h.run_steps(2);
    assert_eq!(
        agenda_times(&h),
        ["09:00–09:05", "09:05–09:10", "09:10–09:30", "09:30–09:35"]
    );
    // A fifth item, 10 minutes, at the end.
    h.get_by_label("+ Ny punkt").click();
    h.run_steps(2);
    assert_eq!(agenda_titles(&h).len(), 5);
    retype(&mut h, "Ny punkt", "Budget 2027");
    assert_eq!(
        agenda_times(&h),
        [
            "09:00–09:05",
            "09:05–09:10",
            "09:10–09:30",
            "09:30–09:35",
            "09:35–09:45"
        ]
    );

    // Keyboard: the new item is selected; Alt+Up moves it above "Nästa möte".
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    h.run_steps(2);
    let titles: Vec<String> = agenda_titles(&h).into_iter().map(|(_, t)| t).collect();
    assert_eq!(titles[3], "Budget 2027");
    assert_eq!(titles[4], "Nästa möte");
    assert_eq!(
        agenda_titles(&h)
            .iter()
            .map(|(n, _)| *n)
            .collect::<Vec<_>>(),
        [1, 2, 3, 5, 4],
        "the numbers stay with their items until the secretary renumbers"
    );
    assert_eq!(
        agenda_times(&h),
        [
            "09:00–09:05",
            "09:05–09:10",
            "09:10–09:30",
            "09:30–09:40",
            "09:40–09:45"
        ]
    );

    // A button: "Ner" on the first item moves it below the second.
    h.get_all_by_label("Ner").next().unwrap().click();
    h.run_steps(2);
    let titles: Vec<String> = agenda_titles(&h).into_iter().map(|(_, t)| t).collect();
    assert_eq!(titles[0], "Föregående mötesanteckningar");
    assert_eq!(titles[1], "Mötets öppnande och dagordning");

    // A longer item pushes the later ones, and past the end a warning shows.
    retype(&mut h, "10", "100");
    assert_eq!(
        agenda_times(&h),
        [
            "09:00–09:05",
            "09:05–09:10",
            "09:10–09:30",
            "09:30–11:10",
            "11:10–11:15"
        ]
    );
    h.get_by_label("Dagordningen går 15 min över mötets sluttid.");

    // Every change was its own undo step: undo the duration, the warning goes.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(
        h.query_by_label("Dagordningen går 15 min över mötets sluttid.")
            .is_none()
    );
}

#[test]
fn open_action_items_are_offered_for_the_next_agenda() {
    let mut h = sample_harness();
    go(&mut h, Page::Meetings);
    h.state_mut().pages.meetings.selected =
        Some(samverkan::model::MeetingId::from("m-2026-12-10-bg"));
    h.state_mut().pages.meetings_view.tab = samverkan::ui::pages::MeetingTab::Agenda;
    h.run_steps(2);
    h.get_by_label("Att ta upp: från tidigare möten och årshjulets återrapporteringar");
    let before = agenda_titles(&h).len();
    let offers = samverkan::model::agenda::carry_over(
        h.state().session.doc(),
        h.state()
            .session
            .doc()
            .meeting(&samverkan::model::MeetingId::from("m-2026-12-10-bg"))
            .unwrap(),
    );
    let first = offers[0].title().to_owned();
    h.get_all_by_label("Lägg till").next().unwrap().click();
    h.run_steps(2);
    let titles: Vec<String> = agenda_titles(&h).into_iter().map(|(_, t)| t).collect();
    assert_eq!(titles.len(), before + 1);
    let at = titles.iter().position(|t| t == &first).expect("taken up");
    assert!(at < titles.len() - 1, "before 'Nästa möte', not after it");
}

#[test]
fn minutes_start_with_everyone_called_and_export_as_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("anteckningar.pdf");
    let mut h = sample_harness();
    h.state_mut()
        .set_picker(Box::new(FixedPicker(vec![out.clone()])));
    go(&mut h, Page::Meetings);
    let id = samverkan::model::MeetingId::from("m-2026-12-10-bg");
    h.state_mut().pages.meetings.selected = Some(id.clone());
    h.state_mut().pages.meetings_view.tab = samverkan::ui::pages::MeetingTab::Minutes;
    h.run_steps(2);
    h.get_by_label("Påbörja anteckningar").click();
    h.run_steps(2);
    let minutes = h
        .state()
        .session
        .doc()
        .meeting(&id)
        .unwrap()
        .minutes
        .clone()
        .expect("started");
    let bg = h
        .state()
        .session
        .doc()
        .body(&BodyId::from("bg"))
        .unwrap()
        .clone();
    let present = minutes
        .attendance
        .iter()
        .filter(|a| a.presence == samverkan::model::Presence::Present)
        .count();
    assert_eq!(present, bg.memberships.len());
    // The beredningsgrupp numbers its paragraphs: December continues after November.
    let first = minutes.items.first().and_then(|i| i.paragraph).unwrap();
    let november_last = h
        .state()
        .session
        .doc()
        .meeting(&samverkan::model::MeetingId::from("m-2026-11-12-bg"))
        .unwrap()
        .minutes
        .as_ref()
        .unwrap()
        .items
        .iter()
        .filter_map(|i| i.paragraph)
        .max()
        .unwrap();
    assert_eq!(first, november_last + 1);
    h.get_by_label(&format!("§ {first}  1. Mötets öppnande och dagordning"));

    h.get_by_label("Exportera …").click();
    h.run_steps(2);
    h.get_by_label("Mötesanteckningar (PDF) …").click();
    h.run_steps(2);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn the_chart_selects_a_body_and_highlights_an_organisation() {
    use samverkan::ui::pages::structure::Highlight;
    let mut h = sample_harness();
    go(&mut h, Page::Structure);
    h.run_steps(2);
    h.get_by_label("Organ i schemat: Beredningsgruppen")
        .click_accesskit();
    h.run_steps(2);
    assert_eq!(h.state().pages.structure.selected, Some(BodyId::from("bg")));
    // The details beside the chart name the body and offer to open it.
    h.get_by_label("Öppna organet").click();
    h.run_steps(2);
    assert_eq!(h.state().ui_state.page, Page::Bodies);
    assert_eq!(h.state().pages.bodies.selected, Some(BodyId::from("bg")));

    h.state_mut().pages.structure.selected = None;
    go(&mut h, Page::Structure);
    // Highlight where Karlstads kommun sits.
    h.get_all_by_value("(ingen)").next().unwrap().click();
    h.run_steps(2);
    h.get_by_label("Karlstads kommun").click_accesskit();
    h.run_steps(2);
    let doc = h.state().session.doc();
    let karlstad = doc
        .organisations
        .iter()
        .find(|o| o.name == "Karlstads kommun")
        .unwrap()
        .id
        .clone();
    assert_eq!(
        h.state().pages.structure.highlight,
        Highlight::Organisation(karlstad.clone())
    );
    let lit = samverkan::diagram::orgchart::bodies_of_organisation(doc, &karlstad);
    assert!(
        lit.contains(&BodyId::from("bg")),
        "Karlstad has a seat in the beredningsgrupp"
    );
}

#[test]
fn planning_a_year_shows_the_proposal_first_and_creates_it_in_one_undo_step() {
    let mut h = sample_harness();
    go(&mut h, Page::Wheel);
    h.state_mut().pages.year.view = samverkan::ui::pages::year::YearView::Plan;
    h.state_mut().pages.year.year = Some(2027);
    h.run_steps(2);
    let before = h.state().session.doc().clone();
    let plan = samverkan::model::plan::plan(h.state().session.doc(), 2027);
    assert!(!plan.meetings.is_empty());
    assert!(!plan.report_backs.is_empty());
    // The proposal is on screen before anything is created: the report-backs with who
    // reports to whom.
    h.get_by_label("Återrapporteringar");
    h.get_by_label("Barnalivet – BG");
    h.get_by_label(&format!(
        "Skapa {} möten och {} återrapporteringar",
        plan.meetings.len(),
        plan.report_backs.len()
    ))
    .click();
    h.run_steps(2);
    let doc = h.state().session.doc();
    assert_eq!(
        doc.meetings.len(),
        before.meetings.len() + plan.meetings.len()
    );
    assert_eq!(
        doc.assignments.len(),
        before.assignments.len() + plan.report_backs.len()
    );
    h.get_by_label(
        "Alla möten och återrapporteringar som årshjulet ber om det här året finns redan.",
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(*h.state().session.doc(), before, "one undo step");
}

#[test]
fn the_wheel_follows_the_start_month_and_the_chosen_rings() {
    let mut h = sample_harness();
    go(&mut h, Page::Wheel);
    h.run_steps(2);
    assert_eq!(h.state().session.doc().cycle.start_month, 8);
    // The operating year starts in August in the sample; make it a calendar year.
    h.get_all_by_value("augusti").next().unwrap().click();
    h.run_steps(2);
    h.get_by_label("januari").click_accesskit();
    h.run_steps(2);
    assert_eq!(h.state().session.doc().cycle.start_month, 1);

    // The rings start as every body with something in the year; move the innermost out.
    let before = h.state().pages.year.wheel.rings.clone();
    assert!(before.len() >= 3, "{before:?}");
    h.get_all_by_label("Ut").next().unwrap().click();
    h.run_steps(2);
    let after = h.state().pages.year.wheel.rings.clone();
    assert_eq!((&after[0], &after[1]), (&before[1], &before[0]));
    // Remove a ring, then add it back at the outside.
    h.get_all_by_label("×").next().unwrap().click();
    h.run_steps(2);
    assert_eq!(h.state().pages.year.wheel.rings.len(), before.len() - 1);
    assert!(!h.state().pages.year.wheel.rings.contains(&after[0]));
}

#[test]
fn meetings_filter_by_body_and_open_from_the_month_calendar() {
    use samverkan::ui::pages::MeetingsWhen;
    let mut h = sample_harness();
    go(&mut h, Page::Meetings);
    // Past meetings of the beredningsgrupp only.
    h.state_mut().pages.meetings_view.body = Some(BodyId::from("bg"));
    h.get_by_label("Tidigare").click();
    h.run_steps(2);
    assert_eq!(h.state().pages.meetings_view.when, MeetingsWhen::Past);
    let doc = h.state().session.doc().clone();
    let today = chrono::Local::now().date_naive();
    let expected = doc
        .meetings
        .iter()
        .filter(|m| m.bodies.contains(&BodyId::from("bg")) && m.date < today)
        .count();
    h.get_by_label(&format!("{expected} / {}", doc.meetings.len()));

    // The calendar of November 2026 shows the beredningsgrupp's meeting on the 12th.
    h.get_by_label("Kalender").click();
    h.state_mut().pages.meetings_view.month = chrono::NaiveDate::from_ymd_opt(2026, 11, 1);
    h.run_steps(2);
    h.get_by_label("v.");
    h.get_all_by_label("BG").next().unwrap().click();
    h.run_steps(2);
    assert_eq!(
        h.state().pages.meetings.selected,
        Some(samverkan::model::MeetingId::from("m-2026-11-12-bg"))
    );
}

#[test]
fn an_agenda_item_is_moved_by_dragging_its_handle() {
    let mut h = sample_harness();
    go(&mut h, Page::Meetings);
    h.state_mut().pages.meetings.selected =
        Some(samverkan::model::MeetingId::from("m-2026-12-10-bg"));
    h.state_mut().pages.meetings_view.tab = samverkan::ui::pages::MeetingTab::Agenda;
    h.run_steps(2);
    let before: Vec<String> = agenda_titles(&h).into_iter().map(|(_, t)| t).collect();
    let handles: Vec<egui::Rect> = h.get_all_by_label("☰").map(|n| n.rect()).collect();
    assert_eq!(handles.len(), before.len(), "one handle per item");
    // Drag the fifth item's handle onto the second item's row.
    let (from, to) = (handles[4].center(), handles[1].center());
    h.hover_at(from);
    h.run_steps(1);
    h.drag_at(from);
    h.run_steps(2);
    for k in 1..=10 {
        let t = k as f32 / 10.0;
        h.hover_at(from + (to - from) * t);
        h.run_steps(1);
    }
    h.drop_at(to);
    h.run_steps(3);
    let after: Vec<(u32, String)> = agenda_titles(&h);
    assert_eq!(
        after[1].1, before[4],
        "the dragged item lands on the second place"
    );
    assert_eq!(after[2].1, before[1]);
    assert_eq!(
        after.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
        [1, 5, 2, 3, 4, 6, 7, 8],
        "the numbers stay with their items until the secretary renumbers"
    );
}

// ---------------------------------------------------------------------------------------------
// Caches keyed on everything they depend on
// ---------------------------------------------------------------------------------------------

#[test]
fn list_cells_follow_the_language() {
    let mut h = sample_harness();
    go(&mut h, Page::Bodies);
    // Beredningsgruppen and the direktörsberedning are both beredningsgrupper.
    assert!(h.query_all_by_label("beredningsgrupp").next().is_some());
    h.state_mut().run(
        &egui::Context::default(),
        samverkan::app::commands::Command::ToggleLanguage,
    );
    h.run_steps(2);
    assert!(
        h.query_all_by_label("preparation group").next().is_some(),
        "the list's cells are in English after switching"
    );
    assert!(h.query_by_label("beredningsgrupp").is_none());
}

#[test]
fn a_new_document_never_shows_the_problems_of_the_old_one() {
    isolate();
    // A document with a problem, opened without any edit (revision 0).
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trasig.ron");
    let mut doc = samverkan::sample::sample_document().unwrap();
    doc.people[0].organisation = Some(samverkan::model::OrganisationId::new("finns-inte"));
    std::fs::write(&path, samverkan::io::to_string(&doc)).unwrap();
    let mut h = open_harness(&path);
    assert!(!h.state().problems().is_empty());
    // File → New: a new session, also at revision 0.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(3);
    assert!(h.state().session.doc().people.is_empty());
    assert!(
        h.state().problems().is_empty(),
        "stale problems: {:?}",
        h.state().problems()
    );
    // And opening the broken one again finds them again.
    h.state_mut().open_path(&path);
    h.run_steps(2);
    assert!(!h.state().problems().is_empty());
}

#[test]
fn the_meetings_list_follows_its_filter_and_the_language() {
    let mut h = sample_harness();
    go(&mut h, Page::Meetings);
    h.state_mut().pages.meetings_view.when = samverkan::ui::pages::MeetingsWhen::All;
    h.run_steps(2);
    assert!(h.query_all_by_label("genomfört").count() > 0);
    h.state_mut().run(
        &egui::Context::default(),
        samverkan::app::commands::Command::ToggleLanguage,
    );
    h.run_steps(2);
    assert!(
        h.query_all_by_label("held").count() > 0,
        "statuses in English"
    );
    assert_eq!(h.query_all_by_label("genomfört").count(), 0);
}

/// The sample's follow-up: the example values are marked, the summary counts what the
/// model's status table counts, and the area filter narrows it.
#[test]
fn the_follow_up_shows_every_goals_status_and_marks_example_values() {
    use samverkan::i18n::{Lang, perspective as p};
    use samverkan::model::progress::StatusTable;
    let mut h = sample_harness();
    go(&mut h, Page::FollowUp);
    h.get_by_label(p::EXAMPLE_VALUES.0);
    let doc = samverkan::sample::sample_document().unwrap();
    let summary = |table: &StatusTable| {
        let c = table.counts();
        p::summary(
            table.year,
            c[0] + c[1],
            c[..4].iter().sum(),
            table.goals.len(),
            Lang::Sv,
        )
    };
    let all = StatusTable::build(&doc, 2025, |_| true);
    assert_eq!(all.goals.len(), 24);
    assert_eq!(all.organisations.len(), 16);
    h.get_by_label(&summary(&all));
    // Every status occurs in the example values, and the legend counts each.
    for (k, status) in samverkan::model::progress::Status::ALL.iter().enumerate() {
        use samverkan::i18n::Label;
        assert!(all.counts()[k] > 0, "{status:?} occurs");
        h.get_by_label(&format!("{} ({})", status.label(Lang::Sv), all.counts()[k]));
    }
    h.state_mut().pages.follow_up.area = Some("Hållbart och uthålligt".into());
    h.run_steps(2);
    let some = StatusTable::build(&doc, 2025, |g| g.area == "Hållbart och uthålligt");
    assert_eq!(some.goals.len(), 4);
    h.get_by_label(&summary(&some));
    // An earlier year judges that year's values.
    h.state_mut().pages.follow_up.area = None;
    h.state_mut().pages.follow_up.year = Some(2020);
    h.run_steps(2);
    h.get_by_label(&summary(&StatusTable::build(&doc, 2020, |_| true)));
}

/// One goal over time, then its analysis written on the page: one undo step.
#[test]
fn a_goals_charts_and_its_analysis_on_the_follow_up_page() {
    use samverkan::model::GoalId;
    let mut h = sample_harness();
    go(&mut h, Page::FollowUp);
    h.get_by_label("Per mål").click();
    h.run_steps(2);
    let first = h.state().session.doc().goals[0].text.clone();
    h.get_by_label(&first);
    h.state_mut().pages.follow_up.goal = Some(GoalId::from("g-2"));
    h.run_steps(2);
    h.get_by_label("Andel kariesfria 3-åringar · Exempelvärden – inte verklig statistik");
    h.get_by_label("Rangordnat 2025");
    h.get_by_label("Analys 2025");
    let input = h
        .get_all_by_role(egui::accesskit::Role::MultilineTextInput)
        .next()
        .expect("the analysis field");
    input.focus();
    h.run_steps(1);
    h.get_all_by_role(egui::accesskit::Role::MultilineTextInput)
        .next()
        .unwrap()
        .type_text("Kariesfriheten ökar i de flesta kommuner.");
    h.run_steps(1);
    h.key_press(Key::Escape);
    h.run_steps(2);
    let analysis = |h: &Harness<'static, SamverkanApp>| {
        h.state()
            .session
            .doc()
            .goals
            .iter()
            .find(|g| g.id.as_str() == "g-2")
            .and_then(|g| g.analysis(2025))
            .map(|a| a.text.clone())
    };
    assert_eq!(
        analysis(&h).as_deref(),
        Some("Kariesfriheten ökar i de flesta kommuner.")
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(analysis(&h), None, "one undo step takes it back");
}

/// One organisation's goals at a glance, and a goal opened from there.
#[test]
fn one_organisations_goals_at_a_glance() {
    let mut h = sample_harness();
    go(&mut h, Page::FollowUp);
    h.get_by_label("Per organisation").click();
    h.run_steps(2);
    h.state_mut().pages.follow_up.organisation =
        Some(samverkan::model::OrganisationId::from("o-karlstad"));
    h.run_steps(2);
    let goal = h.state().session.doc().goals[4].text.clone();
    h.get_by_label(&goal).click();
    h.run_steps(2);
    assert_eq!(
        h.state().pages.follow_up.tab,
        samverkan::ui::pages::follow_up::Tab::Goal
    );
    assert_eq!(
        h.state()
            .pages
            .follow_up
            .goal
            .as_ref()
            .map(samverkan::model::GoalId::as_str),
        Some(h.state().session.doc().goals[4].id.as_str())
    );
}

/// "Ny struktur för ett län": the 21 counties are offered, and the chosen one gives the
/// region, the county board and every municipality with its code; unsaved work is asked
/// about first.
#[test]
fn a_new_structure_for_a_county_has_its_organisations_with_codes() {
    let mut h = harness(Session::unsaved(samverkan::model::Document::new("")));
    h.get_by_label("Arkiv").click();
    h.run_steps(2);
    h.get_by_label("Ny struktur för ett län …").click();
    h.run_steps(2);
    assert_eq!(h.get_all_by_label_contains(" län (").count(), 21);
    h.get_by_label("Gotlands län (1 kommun)");
    // A modal takes a few frames to settle in its place before it can be clicked.
    h.run_steps(4);
    h.get_by_label("Värmlands län (16 kommuner)").click();
    h.run_steps(3);
    let doc = h.state().session.doc().clone();
    assert_eq!(doc.info.title, "Samverkan i Värmlands län");
    assert_eq!(doc.organisations.len(), 18);
    let code = |name: &str| {
        doc.organisations
            .iter()
            .find(|o| o.name == name)
            .and_then(|o| o.code.clone())
    };
    assert_eq!(code("Region Värmland").as_deref(), Some("0017"));
    assert_eq!(code("Länsstyrelsen i Värmlands län").as_deref(), Some("17"));
    assert_eq!(code("Karlstads kommun").as_deref(), Some("1780"));
    assert_eq!(h.state().ui_state.page, Page::Organisations);
}

/// A Kolada response imported in the app: the preview rejects a Kolada id no indicator
/// has, connecting it to an indicator in the dialog plans the import again, each line names
/// the organisation and the year, a value of a year to come is rejected as on the command
/// line, and the import of the rest (values and the connection) is one undo step.
#[test]
fn a_kolada_file_is_previewed_connected_and_imported_in_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kolada.json");
    std::fs::write(
        &file,
        r#"{"values":[{"kpi":"N99999","municipality":"1780","period":2025,"values":[{"gender":"T","status":"","value":33.3,"count":1}]},{"kpi":"N99999","municipality":"1780","period":2090,"values":[{"gender":"T","status":"","value":40,"count":1}]}]}"#,
    )
    .unwrap();
    let mut h = sample_harness();
    h.state_mut()
        .set_picker(Box::new(FixedPicker(vec![file.clone()])));
    h.get_by_label("Arkiv").click();
    h.run_steps(2);
    h.get_by_label("Importera indikatorvärden (Kolada, Excel, CSV) …")
        .click();
    h.run_steps(2);
    h.get_by_label_contains("0 läggs till, 0 ändras");
    h.get_by_label_contains("avvisas · värde 1");
    assert!(
        h.get_by_label("Importera").accesskit_node().is_disabled(),
        "nothing to import yet"
    );
    // Connect N99999 to the caries indicator.
    h.run_steps(4);
    h.get_by_value("(ingen)").click();
    h.run_steps(2);
    h.get_by_label("Andel kariesfria 3-åringar").click();
    h.run_steps(2);
    h.get_by_label_contains("kopplas");
    h.get_by_label_contains("Karlstads kommun · 2025 · totalt · 33,3 (var ");
    h.get_by_label_contains("året 2090 är orimligt");
    h.run_steps(4); // the dialog settles at its new size
    assert!(
        h.get_by_label("Importera").accesskit_node().is_disabled(),
        "not while a row is rejected"
    );
    h.get_by_label("Importera resten och hoppa över de avvisade raderna")
        .click();
    h.run_steps(2);
    h.get_by_label("Importera").click();
    h.run_steps(2);
    let karlstad = samverkan::model::OrganisationId::from("o-karlstad");
    let value = |h: &Harness<'static, SamverkanApp>| {
        let doc = h.state().session.doc();
        let i = doc
            .goals
            .iter()
            .flat_map(|g| &g.indicators)
            .find(|i| i.id.as_str() == "i-2")
            .unwrap();
        (
            i.kolada.clone(),
            i.value(Some(&karlstad), 2025, samverkan::model::Gender::Total)
                .and_then(|v| v.amount),
        )
    };
    assert_eq!(value(&h), (Some("N99999".into()), Some(33.3)));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    let before = value(&h);
    assert_eq!(before.0, None, "one undo step takes the connection back");
    assert_ne!(before.1, Some(33.3), "and the value");
}

/// The text fields that show `value`, in the page's order.
fn text_fields<'a>(
    h: &'a Harness<'static, SamverkanApp>,
    value: &'a str,
) -> Vec<egui_kittest::Node<'a>> {
    h.get_all_by_value(value)
        .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::TextInput)
        .collect()
}

/// The last text field that shows "2" (the goal's own target field shows 2 as well).
fn last_two<'a>(h: &'a Harness<'static, SamverkanApp>) -> egui_kittest::Node<'a> {
    text_fields(h, "2").pop().unwrap()
}

/// An organisation's own target, set on the goal's page, is what the follow-up judges it by.
#[test]
fn an_organisations_own_target_is_set_on_the_goal_and_judges_it() {
    use samverkan::model::progress::goal_progress;
    let mut h = sample_harness();
    go(&mut h, Page::Goals);
    h.state_mut().pages.goals.selected = Some(samverkan::model::GoalId::from("g-2"));
    h.run_steps(2);
    h.get_by_label("Egna målvärden per organisation");
    h.get_by_value("+ Organisation").click();
    h.run_steps(2);
    h.get_by_label("Arvika kommun").click();
    h.run_steps(2);
    let arvika = samverkan::model::OrganisationId::from("o-arvika");
    let goal = |h: &Harness<'static, SamverkanApp>| {
        h.state()
            .session
            .doc()
            .goals
            .iter()
            .find(|g| g.id.as_str() == "g-2")
            .unwrap()
            .clone()
    };
    let g = goal(&h);
    assert_eq!(g.targets.len(), 1);
    assert_eq!(g.targets[0].organisation, arvika);
    assert!(
        (g.targets[0].change - 2.0).abs() < 1e-9,
        "starts from the goal's target"
    );
    // A higher target of its own: the follow-up judges Arvika by it. (The goal's own
    // target field also shows 2; the organisation's is the last on the page.)
    last_two(&h).focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    last_two(&h).type_text("50");
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(2);
    assert_eq!(
        goal(&h).target_change,
        Some(2.0),
        "the goal's own target is untouched"
    );
    let g = goal(&h);
    assert!((g.targets[0].change - 50.0).abs() < 1e-9);
    let p = goal_progress(&g, Some(&arvika), 2024);
    assert_eq!(p.target, Some(50.0));
    assert_ne!(p.status, samverkan::model::progress::Status::Reached);
}

/// The first text field that shows `value`.
fn text_field<'a>(h: &'a Harness<'static, SamverkanApp>, value: &'a str) -> egui_kittest::Node<'a> {
    text_fields(h, value).into_iter().next().unwrap()
}

/// A goal's page is headed by the goal's text (its target is one of the fields), and its
/// indicator values are written and read with a decimal comma.
#[test]
fn a_goals_page_is_headed_by_its_text_and_takes_decimal_commas() {
    let mut h = sample_harness();
    go(&mut h, Page::Goals);
    let goal = h.state().session.doc().goals[0].clone();
    h.state_mut().pages.goals.selected = Some(goal.id.clone());
    h.run_steps(2);
    // The list's row and the heading.
    assert_eq!(h.get_all_by_label(&goal.text).count(), 2);
    let (j, old) = goal.indicators[0]
        .values
        .iter()
        .enumerate()
        .find_map(|(j, v)| v.amount.filter(|x| x.fract() != 0.0).map(|x| (j, x)))
        .unwrap();
    let shown = old.to_string().replace('.', ",");
    text_field(&h, &shown).focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    text_field(&h, &shown).type_text("62,5");
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(2);
    let now = h.state().session.doc().goals[0].indicators[0].values[j].amount;
    assert_eq!(now, Some(62.5));
    text_field(&h, "62,5");
}

/// The status table under the pointer: a cell's values show on hover, and a click opens
/// that goal over time.
#[test]
fn the_status_table_shows_a_cell_on_hover_and_opens_its_goal_on_click() {
    use samverkan::model::progress::StatusTable;
    use samverkan::ui::pages::follow_up::table::{COL_W, HEADER_H, LABEL_W, ROW_H};
    let mut h = sample_harness();
    go(&mut h, Page::FollowUp);
    let doc = h.state().session.doc().clone();
    let table = StatusTable::build(&doc, 2025, |_| true);
    let (r, c) = (3, 2);
    let goal = &doc.goals[table.goals[r]];
    let origin = h.get_by_label("Läget per mål och organisation").rect().min;
    let at = origin
        + egui::vec2(
            LABEL_W + COL_W * (c as f32 + 0.5),
            HEADER_H + ROW_H * (r as f32 + 0.5),
        );
    assert!(h.query_by_label(&goal.text).is_none(), "no tooltip yet");
    h.hover_at(at);
    h.run_steps(40); // a tooltip waits until the pointer has rested half a second
    h.get_by_label(&goal.text);
    let organisation = samverkan::diagram::perspective::organisation_label(
        &doc,
        Some(&table.organisations[c]),
        samverkan::i18n::Lang::Sv,
    );
    h.get_by_label(&organisation);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.run_steps(1);
    }
    h.run_steps(2);
    let state = &h.state().pages.follow_up;
    assert_eq!(state.tab, samverkan::ui::pages::follow_up::Tab::Goal);
    assert_eq!(state.goal.as_ref(), Some(&goal.id));
}

/// What is typed right after "+ Beslut", "+ Åtgärd" or "+ Ny punkt" goes into the new row:
/// the cursor is put in it (after "… beslutade att", or over a placeholder).
#[test]
fn typing_after_adding_a_row_goes_into_the_new_row() {
    use samverkan::model::MeetingId;
    let id = MeetingId::from("m-2026-12-10-bg");
    let mut h = meeting_harness(&id, samverkan::ui::pages::MeetingTab::Minutes);
    h.get_by_label("Påbörja anteckningar").click();
    h.run_steps(2);
    let typed = |h: &mut Harness<'static, SamverkanApp>, text: &str| {
        h.event(egui::Event::Text(text.to_owned()));
        h.run_steps(1);
        h.key_press(Key::Tab); // leave the field: the text is committed
        h.run_steps(2);
    };
    h.run_steps(2); // the minutes' form settles in its place
    h.get_all_by_label("+ Beslut").next().unwrap().click();
    h.run_steps(3);
    typed(&mut h, "godkänna planen.");
    let doc = h.state().session.doc().clone();
    let minutes = doc.meeting(&id).unwrap().minutes.clone().unwrap();
    let decision = minutes
        .items
        .iter()
        .flat_map(samverkan::model::ItemMinutes::decisions)
        .next()
        .unwrap_or_else(|| panic!("{:#?}", minutes.items.first()));
    assert_eq!(decision, "Beredningsgruppen beslutade att godkänna planen.");

    h.get_all_by_label("+ Åtgärd").next().unwrap().click();
    h.run_steps(3);
    typed(&mut h, "Skicka planen till kommunerna");
    let doc = h.state().session.doc().clone();
    let minutes = doc.meeting(&id).unwrap().minutes.clone().unwrap();
    assert_eq!(
        minutes.action_items.last().unwrap().text,
        "Skicka planen till kommunerna",
        "the placeholder is replaced"
    );

    h.state_mut().pages.meetings_view.tab = samverkan::ui::pages::MeetingTab::Agenda;
    h.run_steps(2);
    h.get_by_label("+ Ny punkt").click();
    h.run_steps(3);
    typed(&mut h, "Rapporter");
    let doc = h.state().session.doc().clone();
    assert_eq!(
        doc.meeting(&id).unwrap().agenda.last().unwrap().title,
        "Rapporter"
    );
}

/// A new record's name field has the cursor, over its placeholder name.
#[test]
fn a_new_record_is_named_by_typing() {
    let mut h = sample_harness();
    go(&mut h, Page::Organisations);
    h.get_by_label_contains("Ny organisation").click();
    h.run_steps(3);
    h.event(egui::Event::Text("Hälsoval Värmland".to_owned()));
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(2);
    let doc = h.state().session.doc();
    assert!(
        doc.organisations
            .iter()
            .any(|o| o.name == "Hälsoval Värmland"),
        "{:?}",
        doc.organisations.last().map(|o| &o.name)
    );
}

/// A meeting whose date the user sets in the past stays in the list: the filter widens to
/// all meetings and says so.
#[test]
fn a_meeting_moved_into_the_past_stays_in_the_list() {
    use samverkan::model::MeetingId;
    let mut h = sample_harness();
    go(&mut h, Page::Meetings);
    let id = MeetingId::from("m-2026-12-10-bg");
    h.state_mut().pages.meetings.selected = Some(id.clone());
    h.run_steps(2);
    assert_eq!(
        h.state().pages.meetings_view.when,
        samverkan::ui::pages::MeetingsWhen::Upcoming
    );
    text_field(&h, "2026-12-10").focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    text_field(&h, "2026-12-10").type_text("2020-12-10");
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
    let doc = h.state().session.doc();
    assert_eq!(
        doc.meeting(&id).unwrap().date,
        chrono::NaiveDate::from_ymd_opt(2020, 12, 10).unwrap()
    );
    assert_eq!(
        h.state().pages.meetings_view.when,
        samverkan::ui::pages::MeetingsWhen::All
    );
    h.get_by_label_contains("Visar alla möten");
    assert!(
        h.query_all_by_label_contains("2020-12-10 v. 50")
            .next()
            .is_some()
    );
}

/// A new document is named on the overview: the field is open, the heading and the window's
/// title show the name and region, and the status bar does not call it the sample.
#[test]
fn a_new_document_is_named_on_the_overview() {
    let mut h = harness(Session::unsaved(samverkan::model::Document::new("")));
    h.get_by_label("Namnlös struktur");
    h.get_by_label("Inte sparad än");
    assert!(h.query_by_label("Exempel").is_none());
    type_into(&mut h, "Dokumentets namn", "Samverkan Dalarna");
    h.key_press(Key::Enter);
    h.run_steps(2);
    type_into(&mut h, "Region", "Region Dalarna");
    h.key_press(Key::Enter);
    h.run_steps(2);
    let info = h.state().session.doc().info.clone();
    assert_eq!(
        (info.title.as_str(), info.region.as_str()),
        ("Samverkan Dalarna", "Region Dalarna")
    );
    assert!(
        h.state()
            .title()
            .starts_with("Samverkan Dalarna (Region Dalarna)")
    );
    // One undo step each.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().session.doc().info.region, "");
}

/// "Sparat." is not left beside "Osparade ändringar" once the document changes again.
#[test]
fn the_status_bar_forgets_saved_once_the_document_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let mut h = open_harness(&path);
    rename_vr(&mut h, "Värmlandsrådet 1");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    assert_eq!(h.state().status(), Some("Sparat."));
    retype(&mut h, "Värmlandsrådet 1", "Värmlandsrådet 2");
    assert!(h.state().session.is_dirty());
    assert_eq!(h.state().status(), None);
}

/// Choosing a person for a seat fills in whom the seat represents from the person's
/// organisation; starting minutes fills in the body's sekreterare.
#[test]
fn what_the_document_knows_is_filled_in() {
    use samverkan::model::{MeetingId, Role};
    let mut doc = samverkan::sample::sample_document().unwrap();
    let meeting = doc
        .meeting(&MeetingId::from("m-2026-12-10-bg"))
        .unwrap()
        .clone();
    let minutes = samverkan::model::agenda::start_minutes(&doc, &meeting);
    assert_eq!(
        minutes.secretary, None,
        "BG has no sekreterare seat in the sample"
    );
    let bg = doc
        .bodies
        .iter_mut()
        .find(|b| b.id.as_str() == "bg")
        .unwrap();
    let seat = bg
        .memberships
        .iter_mut()
        .rfind(|m| m.person.is_some())
        .unwrap();
    seat.role = Role::Secretary;
    let secretary = seat.person.clone().unwrap();
    let minutes = samverkan::model::agenda::start_minutes(&doc, &meeting);
    assert_eq!(
        minutes.secretary,
        Some(samverkan::model::Participant::Person(secretary)),
        "the body's sekreterare keeps the minutes"
    );
}

/// A person chosen for a new seat brings their organisation as whom the seat represents.
#[test]
fn a_seats_person_brings_whom_it_represents() {
    let mut h = sample_harness();
    h.state_mut().pages.bodies.selected = Some(BodyId::from("vr"));
    go(&mut h, Page::Bodies);
    let before = h
        .state()
        .session
        .doc()
        .body(&BodyId::from("vr"))
        .unwrap()
        .memberships
        .len();
    h.get_by_label("+ Lägg till plats").click();
    h.run_steps(4);
    // The new seat's row ends with two "(ingen)" choices: its person and whom it represents.
    let n = h.get_all_by_value("(ingen)").count();
    h.get_all_by_value("(ingen)").nth(n - 2).unwrap().click();
    h.run_steps(2);
    let doc = h.state().session.doc().clone();
    let person = doc
        .people
        .iter()
        .find(|p| p.organisation.is_some())
        .unwrap()
        .clone();
    let name = samverkan::ui::pickers::Pickers::build(&doc, h.state().session.version())
        .people
        .into_iter()
        .find(|(id, _)| *id == person.id)
        .map(|(_, n)| n)
        .unwrap();
    h.get_all_by_label(&name).last().unwrap().click();
    h.run_steps(3);
    let vr = h
        .state()
        .session
        .doc()
        .body(&BodyId::from("vr"))
        .unwrap()
        .clone();
    assert_eq!(vr.memberships.len(), before + 1);
    let seat = vr.memberships.last().unwrap();
    assert_eq!(seat.person.as_ref(), Some(&person.id));
    assert_eq!(seat.represents, person.organisation);
}

/// Filling a body's last vacant seat keeps the rows in their place: the composition line
/// stays (saying there is nothing to report) instead of vanishing.
#[test]
fn filling_the_last_vacant_seat_moves_nothing() {
    let doc = samverkan::sample::sample_document().unwrap();
    let body = doc
        .bodies
        .iter()
        .find(|b| b.composition.is_empty() && b.memberships.iter().all(|m| m.person.is_some()))
        .unwrap()
        .id
        .clone();
    let mut h = sample_harness();
    h.state_mut().pages.bodies.selected = Some(body.clone());
    go(&mut h, Page::Bodies);
    h.get_by_label("+ Lägg till plats").click();
    h.run_steps(4);
    h.get_by_label_contains("1 vakant plats");
    let before = h.get_by_label("+ Lägg till plats").rect();
    let n = h.get_all_by_value("(ingen)").count();
    h.get_all_by_value("(ingen)").nth(n - 2).unwrap().click();
    h.run_steps(2);
    let first = samverkan::ui::pickers::Pickers::build(&doc, h.state().session.version())
        .people
        .into_iter()
        .next()
        .unwrap()
        .1;
    h.get_all_by_label(&first).last().unwrap().click();
    h.run_steps(4);
    assert!(
        h.query_by_label_contains("1 vakant plats").is_none(),
        "the seat is filled"
    );
    assert_eq!(h.get_by_label("+ Lägg till plats").rect(), before);
}

/// A long presenter's name does not push an agenda item's Upp / Ner / Ta bort elsewhere.
#[test]
fn an_agenda_items_buttons_keep_their_place() {
    use samverkan::model::{MeetingId, Participant};
    let id = MeetingId::from("m-2026-12-10-bg");
    let mut h = meeting_harness(&id, samverkan::ui::pages::MeetingTab::Agenda);
    let before = h.get_all_by_label("Ta bort").next().unwrap().rect();
    let mut meeting = h.state().session.doc().meeting(&id).unwrap().clone();
    meeting.agenda[0].presenters = vec![Participant::Named(
        "Anna-Karin Andersson-Lindqvist, verksamhetsutvecklare, Region Värmland".into(),
    )];
    h.state_mut()
        .apply(samverkan::edit::Edit::PutMeeting(meeting));
    h.run_steps(3);
    assert_eq!(h.get_all_by_label("Ta bort").next().unwrap().rect(), before);
}

/// The secretary numbers the items: a number typed stays, a new item follows the highest,
/// and "Numrera om" numbers them 1, 2, 3 … in one undo step.
#[test]
fn agenda_numbers_are_the_secretarys_until_renumbered() {
    use samverkan::model::MeetingId;
    let id = MeetingId::from("m-2026-12-10-bg");
    let mut h = meeting_harness(&id, samverkan::ui::pages::MeetingTab::Agenda);
    let numbers = |h: &Harness<'static, SamverkanApp>| -> Vec<u32> {
        let doc = h.state().session.doc();
        doc.meeting(&id)
            .unwrap()
            .agenda
            .iter()
            .map(|i| i.number)
            .collect()
    };
    let n = numbers(&h).len();
    assert!(n >= 3);
    let last = n.to_string();
    text_fields(&h, &last).pop().unwrap().focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    text_fields(&h, &last).pop().unwrap().type_text("12");
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(2);
    assert_eq!(*numbers(&h).last().unwrap(), 12, "the typed number stays");
    h.get_by_label("+ Ny punkt").click();
    h.run_steps(3);
    assert_eq!(
        *numbers(&h).last().unwrap(),
        13,
        "a new item follows the highest"
    );
    h.get_by_label("Numrera om").click();
    h.run_steps(2);
    let expected: Vec<u32> = (1..=u32::try_from(n + 1).unwrap()).collect();
    assert_eq!(numbers(&h), expected);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(*numbers(&h).last().unwrap(), 13, "one undo step");
}

/// An agenda item takes a second presenter beside the first, and a presenter set to
/// "(ingen)" is taken away.
#[test]
fn an_agenda_item_has_several_presenters() {
    use samverkan::model::MeetingId;
    let id = MeetingId::from("m-2026-12-10-bg");
    let mut h = meeting_harness(&id, samverkan::ui::pages::MeetingTab::Agenda);
    let presenters = |h: &Harness<'static, SamverkanApp>| {
        h.state().session.doc().meeting(&id).unwrap().agenda[0]
            .presenters
            .clone()
    };
    let before = presenters(&h);
    h.get_all_by_value("+ Föredragande").next().unwrap().click();
    h.run_steps(2);
    let doc = h.state().session.doc().clone();
    let (person, name) = samverkan::ui::pickers::Pickers::build(&doc, h.state().session.version())
        .people
        .into_iter()
        .find(|(p, _)| !before.contains(&samverkan::model::Participant::Person(p.clone())))
        .unwrap();
    h.get_all_by_label(&name).last().unwrap().click();
    h.run_steps(3);
    let after = presenters(&h);
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(
        after.last(),
        Some(&samverkan::model::Participant::Person(person))
    );
}
