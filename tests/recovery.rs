//! Locks across processes, crash recovery, leftovers of crashed saves, and frozen fixtures
//! of every released format version.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use samverkan::io::open::{Access, OpenError, open_document};
use samverkan::io::recovery::RecoveryStore;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_samverkan"))
}

#[test]
fn two_processes_racing_for_the_lock_exactly_one_gets_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    for round in 0..20 {
        let children: Vec<_> = (0..2)
            .map(|_| {
                bin()
                    .args(["lock-probe", "--hold-ms", "300"])
                    .arg(&path)
                    .stdout(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let answers: Vec<String> = children
            .into_iter()
            .map(|c| {
                String::from_utf8(c.wait_with_output().unwrap().stdout)
                    .unwrap()
                    .trim()
                    .to_owned()
            })
            .collect();
        let acquired = answers.iter().filter(|a| *a == "acquired").count();
        assert_eq!(acquired, 1, "round {round}: {answers:?}");
        assert!(
            answers.contains(&"held".to_owned()),
            "round {round}: {answers:?}"
        );
        // The winner released it on exit.
        assert!(samverkan::io::lock::holder(&path).is_none());
    }
}

#[test]
fn a_second_open_is_read_only_and_names_the_holder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let first = open_document(&path).unwrap();
    assert!(first.access.is_writable());
    let second = open_document(&path).unwrap();
    let Access::ReadOnly(holder) = &second.access else {
        panic!("the second open must be read-only, got {:?}", second.access);
    };
    assert_eq!(holder.pid, std::process::id());
    let (mut session, _) = samverkan::session::Session::open(&path).unwrap();
    assert!(session.is_read_only());
    let info = session.doc().info.clone();
    assert_eq!(
        session.apply(samverkan::edit::Edit::SetInfo(info)),
        Err(samverkan::edit::EditError::ReadOnly)
    );
}

#[cfg(unix)]
#[test]
fn unsaved_edits_survive_sigkill_in_the_recovery_copy() {
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let mut child = bin()
        .env("SAMVERKAN_DATA_DIR", data.path())
        .args(["recovery-probe"])
        .arg(&path)
        .arg("Ändrad titel – ej sparad")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line.trim(), "written");
    child.kill().unwrap(); // SIGKILL: no chance to clean up
    child.wait().unwrap();

    // The document itself was never saved.
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        samverkan::sample::SAMPLE_RON
    );
    // The next start finds the recovery copy with the edit.
    let store = RecoveryStore::at(data.path().join("recovery"));
    let orphans = store.orphans();
    assert_eq!(orphans.len(), 1, "{orphans:?}");
    let found = &orphans[0];
    assert_eq!(
        found.content.document.info.title,
        "Ändrad titel – ej sparad"
    );
    assert_eq!(
        found.content.document_path.as_deref(),
        Some(std::path::absolute(&path).unwrap().as_path())
    );
    // Restoring makes an unsaved session; saving removes the recovery copy.
    let (mut session, _) = samverkan::session::Session::open(&path).unwrap();
    // The killed process left its lock: stale, since its process is gone; taken over after
    // the user confirms.
    assert!(session.is_read_only());
    let samverkan::io::open::Access::ReadOnly(holder) = session.access() else {
        panic!()
    };
    assert_eq!(
        holder.staleness(),
        Some(samverkan::io::lock::Stale::ProcessGone)
    );
    assert!(session.save().is_err(), "a read-only session never writes");
    session.take_over_lock(samverkan::i18n::Lang::En).unwrap();
    assert!(!session.is_read_only());
    session.set_recovery_store(Some(store.clone()));
    session.restore(found.content.document.clone());
    assert!(session.is_dirty());
    session.save().unwrap();
    assert!(store.orphans().is_empty());
    assert!(!store.file_for(Some(&path)).exists());
}

#[test]
fn the_recovery_copy_waits_for_typing_to_pause_and_goes_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let store = RecoveryStore::at(data.path().to_owned());
    let (mut session, _) = samverkan::session::Session::open(&path).unwrap();
    session.set_recovery_store(Some(store.clone()));
    let now = std::time::Instant::now();
    assert!(!session.tick(now), "nothing to recover before an edit");
    let mut info = session.doc().info.clone();
    info.title = "x".into();
    session.apply(samverkan::edit::Edit::SetInfo(info)).unwrap();
    assert!(!session.tick(std::time::Instant::now()), "not while typing");
    let later = std::time::Instant::now() + samverkan::session::RECOVERY_DEBOUNCE;
    assert!(session.tick(later));
    assert!(store.file_for(Some(&path)).exists());
    assert!(!session.tick(later), "written once per change");
    const {
        assert!(
            samverkan::session::RECOVERY_DEBOUNCE.as_secs()
                <= samverkan::io::recovery::RECOVERY_DELAY_SECS as u64
        );
    };
    session.save().unwrap();
    assert!(!store.file_for(Some(&path)).exists());
}

#[test]
fn leftover_temp_files_are_removed_when_the_document_is_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    // A crashed save of a process that no longer exists.
    let temp = dir.path().join(".plan.ron.samverkan-tmp-999999999-0");
    std::fs::write(&temp, "half a docu").unwrap();
    let opened = open_document(&path).unwrap();
    assert_eq!(opened.removed_temps, vec![temp.clone()]);
    assert!(!temp.exists());
}

#[test]
fn when_the_document_is_damaged_a_loadable_temp_file_is_offered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, "(format: \"samverkan\", vers").unwrap();
    let temp = dir.path().join(".plan.ron.samverkan-tmp-999999999-3");
    std::fs::write(&temp, samverkan::sample::SAMPLE_RON).unwrap();
    let broken = dir.path().join(".plan.ron.samverkan-tmp-999999999-4");
    std::fs::write(&broken, "garbage").unwrap();
    let Err(OpenError::Unreadable { candidates, error }) = open_document(&path) else {
        panic!("the damaged document must not open");
    };
    assert!(error.to_string().contains("plan.ron"));
    assert_eq!(candidates, vec![temp]);
}

/// One frozen file per released format version. They must load forever: never edit them;
/// add a new one when the format version changes.
#[test]
fn every_released_format_version_still_loads() {
    let fixtures = [
        ("tests/fixtures/format-v1.ron", 1),
        ("tests/fixtures/format-v2.ron", 2),
        ("tests/fixtures/format-v3.ron", 3),
        ("tests/fixtures/format-v4.ron", 4),
        ("tests/fixtures/format-v5.ron", 5),
    ];
    for (file, version) in fixtures {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let (loaded, _) =
            samverkan::io::read_document(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(loaded.file_version, version);
        let doc = loaded.document;
        assert!(
            doc.bodies.iter().any(|b| b.name == "Beredningsgruppen"),
            "{file}"
        );
        assert!(doc.people.len() >= 30, "{file}");
        assert_eq!(doc.version, samverkan::model::FORMAT_VERSION);
    }
}
