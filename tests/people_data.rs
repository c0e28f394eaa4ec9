//! People's data (GDPR articles 15 and 17): the register extract finds a person hidden in
//! every kind of place a document has, and erasing them leaves no trace in the saved bytes,
//! a valid document, one undo step until saved, and an offer to remove the backups that
//! still hold them. The same from the command line (`person`, `erase`).

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

mod common;
#[path = "support/documents.rs"]
mod documents;

use chrono::NaiveDate;
use proptest::prelude::*;
use samverkan::edit::{Edit, Erasure, apply};
use samverkan::io::traces::{Needle, TraceKind, files_holding, remove};
use samverkan::io::{load_str, to_string};
use samverkan::model::person_extract::{Kind, extract};
use samverkan::model::validate::{Severity, validate};
use samverkan::model::{Document, Participant, PersonId};
use samverkan::session::Session;
use std::process::Command;

const FIXTURE: &str = include_str!("fixtures/hidden-person.ron");

fn hidden() -> Document {
    load_str(FIXTURE).unwrap().document
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

fn ingrid() -> PersonId {
    PersonId::new("p-ingrid")
}

fn erasure(first_name_too: bool) -> Edit {
    Edit::ErasePerson(Erasure {
        person: ingrid(),
        today: today(),
        first_name_too,
        placeholder: "[borttagen person]".to_owned(),
    })
}

/// Every way the fixture writes Ingrid.
const TRACES: [&str; 6] = [
    "Ingrid",
    "Testsson",
    "p-ingrid",
    "ingrid.testsson",
    "0554-19 99 99",
    "Ingrid T",
];

#[test]
fn the_extract_finds_the_person_in_every_kind_of_place() {
    let doc = hidden();
    let found = extract(&doc, &ingrid(), today(), samverkan::i18n::Lang::Sv).unwrap();
    let counts: Vec<(Kind, usize)> = found.counts();
    assert_eq!(
        counts,
        [
            (Kind::Seat, 1),
            (Kind::PastSeat, 1),
            (Kind::Attendance, 1),
            (Kind::Secretary, 1),
            (Kind::SignOff, 1),
            (Kind::Presenter, 1),
            (Kind::Guest, 1),
            (Kind::TemplatePresenter, 1),
            (Kind::ActionOwner, 1),
            (Kind::DecisionOwner, 1),
            (Kind::Assignment, 1),
            (Kind::CaseOfficer, 1),
            // The document's description, Olle's notes, the body's description, the agenda
            // item's description, the guest written by name, the notes with e-mail and phone,
            // the decision's text and the matter's description.
            (Kind::Mention, 8),
            // "Ingrid påpekade …": no one else is called Ingrid.
            (Kind::PossibleMention, 1),
        ]
    );
    // Each mention says where it is and shows the words around the name.
    let in_minutes: Vec<&str> = found
        .of_kind(Kind::Mention)
        .filter(|o| o.place.contains("anteckningarna"))
        .map(|o| o.detail.as_str())
        .collect();
    assert_eq!(in_minutes.len(), 2, "{in_minutes:?}");
    assert!(
        in_minutes
            .iter()
            .any(|d| d.contains("ingrid.testsson@kil.example"))
    );
    assert!(
        found
            .of_kind(Kind::Attendance)
            .all(|o| o.detail.contains("sjuk"))
    );
    assert!(
        found
            .of_kind(Kind::Mention)
            .any(|o| o.place.starts_with("Personen Olle Annansson"))
    );
    // The person's own record is their data, not a mention.
    assert!(
        !found
            .occurrences
            .iter()
            .any(|o| o.detail.contains("Egen anteckning"))
    );
}

#[test]
fn erasing_leaves_no_trace_in_the_saved_bytes_and_a_valid_document() {
    let original = hidden();
    let mut doc = original.clone();
    let inverse = apply(&mut doc, erasure(true)).unwrap().unwrap();
    let text = to_string(&doc);
    for t in TRACES {
        assert!(!text.contains(t), "{t:?} is still in:\n{text}");
    }
    let back = load_str(&text).unwrap().document;
    assert_eq!(back, doc);
    let errors: Vec<_> = validate(&doc, today())
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");

    // The current seat stays, vacant, with its role; the past one goes.
    let bg = doc.body(&samverkan::model::BodyId::new("bg")).unwrap();
    let ids: Vec<&str> = bg.memberships.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["ms-1", "ms-3"]);
    assert!(bg.memberships[0].is_vacant());
    assert_eq!(bg.memberships[0].role, samverkan::model::Role::Chair);
    // The assignment to her goes; the matter keeps no case officer.
    assert!(doc.assignments.is_empty());
    assert_eq!(doc.matters[0].owner, None);
    assert_eq!(doc.matters[0].description, "Väckt av [borttagen person].");
    // The minutes keep their shape: two attending, one of them the placeholder.
    let minutes = doc.meetings[0].minutes.as_ref().unwrap();
    assert_eq!(minutes.attendance.len(), 2);
    assert_eq!(
        minutes.attendance[0].who,
        Participant::Named("[borttagen person]".to_owned())
    );
    assert_eq!(
        minutes.secretary,
        Some(Participant::Named("[borttagen person]".to_owned()))
    );
    // Olle and his seat are untouched, apart from the mention in his notes.
    let olle = doc.person(&PersonId::new("p-olle")).unwrap();
    assert_eq!(olle.notes, "Ersätter [borttagen person] vid behov.");

    // One undo step gives back exactly the document.
    apply(&mut doc, inverse).unwrap();
    assert_eq!(doc, original);
}

#[test]
fn the_first_name_alone_is_replaced_only_when_asked() {
    let mut doc = hidden();
    apply(&mut doc, erasure(false)).unwrap();
    let text = to_string(&doc);
    assert!(text.contains("Ingrid påpekade"));
    assert!(!text.contains("Testsson"));
}

#[test]
fn erasing_someone_who_is_not_there_changes_nothing() {
    let mut doc = hidden();
    let before = doc.clone();
    let e = Edit::ErasePerson(Erasure {
        person: PersonId::new("p-nobody"),
        today: today(),
        first_name_too: true,
        placeholder: "[x]".to_owned(),
    });
    assert!(apply(&mut doc, e).is_err());
    assert_eq!(doc, before);
}

#[test]
fn saving_an_erasure_clears_the_undo_history_and_the_backups_can_be_purged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gomd.ron");
    std::fs::write(&path, FIXTURE).unwrap();
    let (mut s, _) = Session::open(&path).unwrap();
    s.set_recovery_store(None);
    let needle = Needle::of(s.doc(), s.doc().person(&ingrid()).unwrap());
    s.apply(erasure(true)).unwrap();
    assert!(s.can_undo(), "erasing is one undo step until saved");
    s.save().unwrap();
    assert!(
        !s.can_undo(),
        "after the save the history must not hold her"
    );
    assert!(s.take_history_cleared());
    assert!(!s.take_history_cleared(), "said once");

    // The file is clean; the backup the save kept is not.
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(!saved.contains("Ingrid"));
    let files = files_holding(Some(&path), None, &needle);
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(files[0].kind, TraceKind::Backup);
    assert!(remove(&files).is_empty());
    assert!(files_holding(Some(&path), None, &needle).is_empty());
}

#[test]
fn an_undone_erasure_does_not_clear_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gomd.ron");
    std::fs::write(&path, FIXTURE).unwrap();
    let (mut s, _) = Session::open(&path).unwrap();
    s.set_recovery_store(None);
    s.apply(erasure(true)).unwrap();
    s.undo();
    s.apply(Edit::SetStartMonth(9)).unwrap();
    s.save().unwrap();
    assert!(s.can_undo());
    assert!(!s.take_history_cleared());
}

#[test]
fn a_recovery_copy_and_my_version_copies_that_hold_the_person_are_found() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gomd.ron");
    std::fs::write(&path, FIXTURE).unwrap();
    std::fs::write(dir.path().join("gomd (din version).ron"), FIXTURE).unwrap();
    std::fs::write(dir.path().join("annat.ron"), FIXTURE).unwrap();
    let store = samverkan::io::recovery::RecoveryStore::at(dir.path().join("recovery"));
    let doc = hidden();
    store.write(Some(&path), &doc).unwrap();
    let needle = Needle::of(&doc, doc.person(&ingrid()).unwrap());
    let kinds: Vec<TraceKind> = files_holding(Some(&path), Some(&store), &needle)
        .iter()
        .map(|t| t.kind)
        .collect();
    assert_eq!(kinds, [TraceKind::MyVersion, TraceKind::Recovery]);
    // Someone else's document is not hers to list.
    let mut other = doc.clone();
    apply(&mut other, erasure(true)).unwrap();
    store.write(Some(&path), &other).unwrap();
    let kinds: Vec<TraceKind> = files_holding(Some(&path), Some(&store), &needle)
        .iter()
        .map(|t| t.kind)
        .collect();
    assert_eq!(kinds, [TraceKind::MyVersion]);
}

fn cli(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_samverkan"))
        .args(args)
        .env("SAMVERKAN_DATA_DIR", data)
        .output()
        .unwrap()
}

#[test]
fn the_command_line_extract_as_text_json_and_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gomd.ron");
    std::fs::write(&path, FIXTURE).unwrap();
    let file = path.to_str().unwrap();
    let data = dir.path().join("data");

    let text = cli(&data, &["person", file, "p-ingrid"]);
    assert_eq!(common::code(&text), 0, "{}", common::stderr(&text));
    let text = common::stdout(&text);
    for expected in [
        "Registerutdrag – Ingrid Maria Testsson (C)",
        "E-post: ingrid.testsson@kil.example",
        "Platser (1)",
        "Tidigare platser (1)",
        "Justerare (1)",
        "Nämns i text (8)",
        "Uppdrag (1)",
        "Ta fram budgetförslag",
        "Filer utanför dokumentet",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }

    let json = cli(&data, &["person", file, "p-ingrid", "--format", "json"]);
    assert_eq!(common::code(&json), 0);
    let v: serde_json::Value = serde_json::from_str(&common::stdout(&json)).unwrap();
    assert_eq!(v["person"]["id"], "p-ingrid");
    let kinds: Vec<&str> = v["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["kind"].as_str().unwrap())
        .collect();
    for k in ["seat", "past_seat", "sign_off", "decision_owner", "mention"] {
        assert!(kinds.contains(&k), "{k} not in {kinds:?}");
    }

    let pdf_path = dir.path().join("utdrag.pdf");
    let pdf = cli(
        &data,
        &[
            "person",
            file,
            "p-ingrid",
            "--format",
            "pdf",
            "-o",
            pdf_path.to_str().unwrap(),
        ],
    );
    assert_eq!(common::code(&pdf), 0, "{}", common::stderr(&pdf));
    let printed = common::pdftotext(&std::fs::read(&pdf_path).unwrap());
    for expected in [
        "Registerutdrag",
        "Ingrid Maria Testsson",
        "Beredningsgruppen",
        "Skicka budgeten",
    ] {
        assert!(
            printed.contains(expected),
            "{expected:?} not in:\n{printed}"
        );
    }

    // A PDF needs a file; an unknown id says how to find one.
    let no_file = cli(&data, &["person", file, "p-ingrid", "--format", "pdf"]);
    assert_eq!(common::code(&no_file), 1);
    let unknown = cli(&data, &["person", file, "p-nobody"]);
    assert_eq!(common::code(&unknown), 1);
    assert!(common::stderr(&unknown).contains("list people"));
}

#[test]
fn the_command_line_erase_and_purge() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let path = dir.path().join("gomd.ron");
    std::fs::write(&path, FIXTURE).unwrap();
    let file = path.to_str().unwrap();

    let out = cli(&data, &["erase", file, "p-ingrid", "--first-name"]);
    assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
    let saved = std::fs::read_to_string(&path).unwrap();
    for t in TRACES {
        assert!(!saved.contains(t), "{t:?} still in the file");
    }
    assert!(load_str(&saved).is_ok());
    // The backup the save kept still holds her, and the command says so.
    assert!(common::stderr(&out).contains("--purge-backups"));
    assert!(common::stdout(&out).contains("gomd.ron.backups"));

    // On a fresh copy, --purge-backups leaves no backup that holds her; without
    // --first-name the first name alone stays.
    std::fs::write(&path, FIXTURE).unwrap();
    let out = cli(&data, &["erase", file, "p-ingrid", "--purge-backups"]);
    assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("Ingrid påpekade"));
    assert!(!saved.contains("Testsson"));
    let backups = dir.path().join("gomd.ron.backups");
    for entry in std::fs::read_dir(&backups).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains("Testsson"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Erasing any person of any document leaves a document that saves and loads, names the
    /// person nowhere by id, and is undone by one step.
    #[test]
    fn erasing_anyone_leaves_a_document_that_loads(doc in documents::document(), pick in any::<usize>()) {
        prop_assume!(!doc.people.is_empty());
        let person = doc.people[pick % doc.people.len()].id.clone();
        let mut erased = doc.clone();
        let inverse = apply(&mut erased, Edit::ErasePerson(Erasure {
            person: person.clone(),
            today: today(),
            first_name_too: true,
            placeholder: "[borttagen person]".to_owned(),
        })).unwrap().unwrap();
        let text = to_string(&erased);
        let back = load_str(&text).unwrap().document;
        prop_assert_eq!(&back, &erased);
        prop_assert!(erased.person(&person).is_none());
        let quoted = format!("\"{person}\"");
        prop_assert!(!text.contains(&quoted));
        apply(&mut erased, inverse).unwrap();
        prop_assert_eq!(erased, doc);
    }
}
