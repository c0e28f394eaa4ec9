//! Merging in the real UI, headless: the conflict dialog's "Slå ihop" with one conflict
//! chosen either way, and "Slå ihop med …" a copy; the result is one undo step.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

mod kit;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kit::{go, harness, isolate, retype};
use samverkan::app::{FileKind, Pick, SamverkanApp};
use samverkan::model::{BodyId, Document};
use samverkan::session::Session;
use samverkan::ui::Page;
use std::path::{Path, PathBuf};

const OURS: &str = "Värmlandsrådet – vår ändring";
const THEIRS: &str = "Värmlandsrådet – deras ändring";

fn vr(doc: &Document) -> &str {
    &doc.body(&BodyId::from("vr")).unwrap().name
}

fn on_disk(path: &Path) -> Document {
    samverkan::io::read_document(path).unwrap().0.document
}

/// The sample in a file, opened; VR renamed by us in the app.
fn opened_and_edited() -> (tempfile::TempDir, PathBuf, Harness<'static, SamverkanApp>) {
    isolate();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let (session, _) = Session::open(&path).unwrap();
    let mut h = harness(session);
    h.state_mut().pages.bodies.selected = Some(BodyId::from("vr"));
    go(&mut h, Page::Bodies);
    retype(&mut h, "Värmlandsrådet", OURS);
    (dir, path, h)
}

/// Click as a person does: the pointer comes to the control first, then presses. (A press
/// with no pointer movement before it can miss a widget in a modal that just opened.)
fn press(h: &mut Harness<'static, SamverkanApp>, label: &str) {
    h.get_by_label(label).hover();
    h.run_steps(1);
    h.get_by_label(label).click();
}

/// A colleague's version of the sample: VR renamed their way, and a new document title.
fn colleagues_version() -> String {
    samverkan::sample::SAMPLE_RON
        .replace("Nya Perspektiv – Värmland", "Kollegans version")
        .replace("name: \"Värmlandsrådet\"", &format!("name: \"{THEIRS}\""))
}

/// A colleague saves meanwhile; Ctrl+S brings the conflict dialog; "Slå ihop" the merge.
fn merge_after_conflict(h: &mut Harness<'static, SamverkanApp>, path: &Path) {
    let theirs = colleagues_version();
    assert!(theirs.contains(THEIRS), "the sample names VR as expected");
    std::fs::write(path, &theirs).unwrap();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(4);
    assert!(
        h.query_by_label("Filen har ändrats av någon annan")
            .is_some()
    );
    press(h, "Slå ihop");
    h.run_steps(4);
    assert!(h.query_by_label("Slå ihop två versioner").is_some());
    assert!(
        h.query_by_label("1 ändring från dem, 0 från dig, 1 konflikt")
            .is_some(),
        "their new title is a change from them; VR, changed by both, the conflict"
    );
    assert!(
        h.query_by_label(&format!("Organ «{OURS}» › namn"))
            .is_some(),
        "the conflict's place"
    );
    assert!(
        h.query_by_label_contains("Dokumentets uppgifter › titel: ändrad av dem")
            .is_some(),
        "what happened, with who did it"
    );
}

#[test]
fn slå_ihop_with_their_side_chosen_saves_both_changes_and_undo_gives_back_mine() {
    let (_dir, path, mut h) = opened_and_edited();
    merge_after_conflict(&mut h, &path);
    press(&mut h, &format!("Deras: {THEIRS}"));
    h.run_steps(2);
    press(&mut h, "Slå ihop och spara");
    h.run_steps(4);
    assert!(h.query_by_label("Slå ihop två versioner").is_none());
    let saved = on_disk(&path);
    assert_eq!(vr(&saved), THEIRS, "their side, as chosen");
    assert_eq!(saved.info.title, "Kollegans version", "their other change");
    assert!(!h.state().session.is_dirty());
    assert!(h.state().status().unwrap().contains("ihopslagna"));
    // One undo step gives back ours as it was before the merge.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(vr(h.state().session.doc()), OURS);
    assert_ne!(h.state().session.doc().info.title, "Kollegans version");
}

#[test]
fn slå_ihop_keeping_mine_in_the_conflict_still_takes_their_other_changes() {
    let (_dir, path, mut h) = opened_and_edited();
    merge_after_conflict(&mut h, &path);
    press(&mut h, "Slå ihop och spara");
    h.run_steps(4);
    assert!(!h.state().session.is_dirty(), "merged and saved");
    let saved = on_disk(&path);
    assert_eq!(vr(&saved), OURS);
    assert_eq!(saved.info.title, "Kollegans version");
}

#[test]
fn cancelling_the_merge_changes_nothing_on_disk_or_in_the_app() {
    let (_dir, path, mut h) = opened_and_edited();
    merge_after_conflict(&mut h, &path);
    press(&mut h, "Avbryt");
    h.run_steps(3);
    assert_eq!(vr(h.state().session.doc()), OURS);
    assert!(h.state().session.is_dirty());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        colleagues_version()
    );
}

/// A picker that opens one file.
struct Opens(PathBuf);

impl samverkan::app::FilePicker for Opens {
    fn open(&mut self, _: FileKind, _: samverkan::i18n::Lang) -> Pick {
        Pick::Chosen(self.0.clone())
    }
    fn save(&mut self, _: &str, _: FileKind, _: samverkan::i18n::Lang) -> Pick {
        Pick::Cancelled
    }
}

#[test]
fn slå_ihop_med_a_copy_brings_in_its_changes_as_one_undo_step() {
    let (dir, _path, mut h) = opened_and_edited();
    // A colleague who had the file read-only saved a copy with a new document title.
    let copy = dir.path().join("plan (kopia).ron");
    std::fs::write(
        &copy,
        samverkan::sample::SAMPLE_RON.replace("Nya Perspektiv – Värmland", "Kopians titel"),
    )
    .unwrap();
    h.state_mut().set_picker(Box::new(Opens(copy)));
    press(&mut h, "Arkiv");
    h.run_steps(2);
    press(&mut h, "Slå ihop med …");
    h.run_steps(4);
    assert!(h.query_by_label_contains("Med kopian").is_some());
    assert!(h.query_by_label_contains("inga konflikter").is_some());
    press(&mut h, "Slå ihop");
    h.run_steps(4);
    let doc = h.state().session.doc();
    assert_eq!(doc.info.title, "Kopians titel");
    assert_eq!(vr(doc), OURS);
    assert!(h.state().session.is_dirty(), "merged, not yet saved");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_ne!(h.state().session.doc().info.title, "Kopians titel");
    assert_eq!(vr(h.state().session.doc()), OURS);
}

#[test]
fn records_made_in_two_copies_at_once_get_different_ids() {
    // Two people add a person to their own copy of the same document.
    let ids: Vec<String> = (0..2)
        .map(|_| {
            let mut h = kit::sample_harness();
            go(&mut h, Page::People);
            let before = h.state().session.doc().people.len();
            press(&mut h, "+ Ny person");
            h.run_steps(3);
            let doc = h.state().session.doc();
            assert_eq!(doc.people.len(), before + 1);
            doc.people
                .iter()
                .find(|p| p.name == "Ny person")
                .unwrap()
                .id
                .0
                .clone()
        })
        .collect();
    assert_ne!(
        ids[0], ids[1],
        "the same next number would collide in a merge"
    );
    for id in &ids {
        assert!(
            id.len() == 8
                && id.starts_with("p-")
                && id[2..]
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
            "{id}"
        );
    }
}

/// A picker that opens the files it is given, one per question.
struct OpensInTurn(std::collections::VecDeque<PathBuf>);

impl samverkan::app::FilePicker for OpensInTurn {
    fn open(&mut self, _: FileKind, _: samverkan::i18n::Lang) -> Pick {
        self.0.pop_front().map_or(Pick::Cancelled, Pick::Chosen)
    }
    fn save(&mut self, _: &str, _: FileKind, _: samverkan::i18n::Lang) -> Pick {
        Pick::Cancelled
    }
}

#[test]
fn a_copy_merges_from_a_common_version_the_user_chooses() {
    // As after a git merge that stopped: the three versions as files (git show :1: :2: :3:).
    isolate();
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: String| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let base = write("bas.ron", samverkan::sample::SAMPLE_RON.to_owned());
    let mine = write(
        "min.ron",
        samverkan::sample::SAMPLE_RON
            .replace("name: \"Värmlandsrådet\"", &format!("name: \"{OURS}\"")),
    );
    let theirs = write("deras.ron", colleagues_version());
    let (session, _) = Session::open(&mine).unwrap();
    let mut h = harness(session);
    h.state_mut()
        .set_picker(Box::new(OpensInTurn([theirs, base].into_iter().collect())));
    press(&mut h, "Arkiv");
    h.run_steps(2);
    press(&mut h, "Slå ihop med …");
    h.run_steps(4);
    // From the version opened, their VR would simply replace ours: no conflict.
    assert!(
        h.query_by_label("Gemensam version: den du öppnade.")
            .is_some()
    );
    assert!(h.query_by_label_contains("inga konflikter").is_some());
    press(&mut h, "Välj en annan gemensam version …");
    h.run_steps(4);
    assert!(h.query_by_label("Gemensam version: bas.ron").is_some());
    assert!(
        h.query_by_label("1 ändring från dem, 0 från dig, 1 konflikt")
            .is_some()
    );
    press(&mut h, &format!("Deras: {THEIRS}"));
    h.run_steps(2);
    press(&mut h, "Slå ihop");
    h.run_steps(4);
    let doc = h.state().session.doc();
    assert_eq!(vr(doc), THEIRS);
    assert_eq!(doc.info.title, "Kollegans version");
}
