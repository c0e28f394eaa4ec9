//! Safe saving: every failing step leaves the original untouched, backups rotate, changes by
//! others are detected by content, and only one of two racing processes gets the lock.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use samverkan::io::fs::{FailingFs, RealFs, Step};
use samverkan::io::lock::{self, Acquire};
use samverkan::io::save::{
    BACKUPS_KEPT, Expect, SaveError, backup_dir, content_hash, leftover_temps, list_backups,
    save_bytes,
};
use std::path::Path;

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn save_replaces_the_file_and_keeps_the_previous_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    write(&path, b"old");
    let outcome = save_bytes(&RealFs, &path, b"new", Expect::Hash(content_hash(b"old"))).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"new");
    assert_eq!(outcome.hash, content_hash(b"new"));
    let backup = outcome.backup.expect("a backup of the old version");
    assert_eq!(std::fs::read(backup).unwrap(), b"old");
    assert!(outcome.warnings.is_empty());
    assert!(
        leftover_temps(&path).is_empty(),
        "no temporary file left behind"
    );
}

#[test]
fn a_new_file_needs_no_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ny.ron");
    let outcome = save_bytes(&RealFs, &path, b"first", Expect::Overwrite).unwrap();
    assert!(outcome.backup.is_none());
    assert_eq!(std::fs::read(&path).unwrap(), b"first");
}

#[test]
fn each_failing_step_leaves_the_original_untouched_unless_the_rename_happened() {
    for step in Step::ALL {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        write(&path, b"original bytes");
        let result = save_bytes(
            &FailingFs { fail: step },
            &path,
            b"new bytes",
            Expect::Hash(content_hash(b"original bytes")),
        );
        let on_disk = std::fs::read(&path).unwrap();
        match step {
            // Backups and permissions never block a save: they only warn.
            Step::Backup | Step::RotateBackups | Step::Permissions => {
                let outcome =
                    result.unwrap_or_else(|e| panic!("{step:?} must not block the save: {e}"));
                assert!(
                    !outcome.warnings.is_empty(),
                    "{step:?} is reported as a warning"
                );
                assert_eq!(on_disk, b"new bytes");
            }
            // After the rename the new file is in place; the folder sync failing is still an
            // error so the app keeps the document dirty and saves again.
            Step::SyncDir => {
                assert!(matches!(
                    result,
                    Err(SaveError::Failed {
                        step: Step::SyncDir,
                        ..
                    })
                ));
                assert_eq!(on_disk, b"new bytes");
            }
            _ => {
                let err = result.expect_err("the step failed");
                assert!(
                    matches!(err, SaveError::Failed { step: s, .. } if s == step),
                    "{err:?}"
                );
                assert_eq!(
                    on_disk, b"original bytes",
                    "{step:?} must not touch the original"
                );
            }
        }
        assert!(
            leftover_temps(&path).is_empty(),
            "{step:?} left a temporary file"
        );
    }
}

#[test]
fn failure_messages_are_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    write(&path, b"x");
    let err = save_bytes(
        &FailingFs { fail: Step::Write },
        &path,
        b"y",
        Expect::Overwrite,
    )
    .unwrap_err();
    let sv = err.message(samverkan::i18n::Lang::Sv);
    assert!(
        sv.contains("disken är full") && sv.contains("Spara som"),
        "{sv}"
    );
    let en = err.message(samverkan::i18n::Lang::En);
    assert!(en.contains("disk is full"), "{en}");
}

#[test]
fn a_missing_folder_is_reported_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gone").join("plan.ron");
    let err = save_bytes(&RealFs, &path, b"y", Expect::Overwrite).unwrap_err();
    assert!(matches!(err, SaveError::FolderGone { .. }), "{err:?}");
    assert!(
        err.message(samverkan::i18n::Lang::Sv)
            .contains("går inte att nå")
    );
    assert!(!path.parent().unwrap().exists(), "nothing was created");
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    write(&path, b"old");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let result = save_bytes(&RealFs, &path, b"new", Expect::Overwrite);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    // Root may write anyway; then the save simply succeeds.
    if let Err(err) = result {
        assert!(matches!(err, SaveError::Failed { .. }));
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
    }
}

#[test]
fn a_change_on_disk_is_detected_even_with_the_same_modification_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    write(&path, b"version read by us");
    let read_hash = content_hash(&std::fs::read(&path).unwrap());
    let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
    // Someone else writes the same length, then restores the modification time.
    write(&path, b"version by colleague");
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), mtime);
    let err = save_bytes(&RealFs, &path, b"our edits", Expect::Hash(read_hash)).unwrap_err();
    assert!(matches!(
        err,
        SaveError::ChangedOnDisk {
            current_hash: Some(_)
        }
    ));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        b"version by colleague",
        "never overwritten silently"
    );
    // The user chooses to overwrite.
    save_bytes(&RealFs, &path, b"our edits", Expect::Overwrite).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"our edits");
}

#[test]
fn a_deleted_file_counts_as_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    write(&path, b"x");
    std::fs::remove_file(&path).unwrap();
    let err = save_bytes(&RealFs, &path, b"y", Expect::Hash(content_hash(b"x"))).unwrap_err();
    assert!(matches!(
        err,
        SaveError::ChangedOnDisk { current_hash: None }
    ));
}

#[test]
fn only_the_newest_backups_are_kept_and_each_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let doc = samverkan::model::Document::new("v0");
    write(&path, samverkan::io::to_string(&doc).as_bytes());
    for i in 1..=BACKUPS_KEPT + 5 {
        let doc = samverkan::model::Document::new(&format!("v{i}"));
        save_bytes(
            &RealFs,
            &path,
            samverkan::io::to_string(&doc).as_bytes(),
            Expect::Overwrite,
        )
        .unwrap();
    }
    let backups = list_backups(&path);
    assert_eq!(backups.len(), BACKUPS_KEPT);
    assert!(backups.iter().all(|b| b.starts_with(backup_dir(&path))));
    let titles: Vec<String> = backups
        .iter()
        .map(|b| {
            samverkan::io::read_document(b)
                .unwrap()
                .0
                .document
                .info
                .title
        })
        .collect();
    // The newest ten previous versions, oldest first: v5 … v14.
    let expected: Vec<String> = (5..5 + BACKUPS_KEPT).map(|i| format!("v{i}")).collect();
    assert_eq!(titles, expected);
}

#[test]
fn the_lock_is_exclusive_and_released_on_drop() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    write(&path, b"x");
    let Acquire::Acquired(guard) = lock::acquire(&path).unwrap() else {
        panic!("the first open gets the lock");
    };
    let Acquire::HeldBy(holder) = lock::acquire(&path).unwrap() else {
        panic!("the second open must not get the lock");
    };
    assert_eq!(&holder, guard.info());
    assert_eq!(holder.pid, std::process::id());
    assert!(holder.describe().contains(&holder.host));
    drop(guard);
    assert!(lock::holder(&path).is_none());
    assert!(matches!(
        lock::acquire(&path).unwrap(),
        Acquire::Acquired(_)
    ));
}

#[test]
fn a_lock_of_a_dead_process_is_stale_and_can_be_taken_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let mut info = lock::LockInfo::current();
    // A process id that cannot be running: spawn and reap a short-lived process.
    let child = std::process::Command::new("true").spawn().unwrap();
    let pid = child.id();
    let _ = child.wait_with_output();
    info.pid = pid;
    std::fs::write(lock::lock_path(&path), ron::to_string(&info).unwrap()).unwrap();
    let Acquire::HeldBy(holder) = lock::acquire(&path).unwrap() else {
        panic!("the lock file exists");
    };
    assert_eq!(holder.staleness(), Some(lock::Stale::ProcessGone));
    assert!(matches!(
        lock::take_over(&path, &holder).unwrap(),
        Acquire::Acquired(_)
    ));
}

#[test]
fn an_old_lock_from_another_host_is_stale() {
    let mut info = lock::LockInfo::current();
    info.host = "another-pc".into();
    assert_eq!(info.staleness(), None);
    info.since = "2020-01-01T08:00:00+01:00".into();
    assert_eq!(info.staleness(), Some(lock::Stale::Old));
}

#[test]
fn the_pre_migration_copy_is_never_rotated_away() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    write(&path, b"format version 0 bytes");
    let kept = samverkan::io::save::keep_pre_migration_copy(&path, 0)
        .unwrap()
        .unwrap();
    assert_eq!(std::fs::read(&kept).unwrap(), b"format version 0 bytes");
    // Kept once: a second call does not replace it.
    assert!(
        samverkan::io::save::keep_pre_migration_copy(&path, 0)
            .unwrap()
            .is_none()
    );
    for i in 0..BACKUPS_KEPT + 3 {
        save_bytes(
            &RealFs,
            &path,
            format!("v{i}").as_bytes(),
            Expect::Overwrite,
        )
        .unwrap();
    }
    assert!(kept.exists());
    assert_eq!(list_backups(&path).len(), BACKUPS_KEPT + 1);
}
