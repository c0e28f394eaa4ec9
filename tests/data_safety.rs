//! Data safety, round two: one test per failure found on the folders people really have
//! (links into shared folders, group-shared folders, full disks, network drives that go
//! away) and on odd input that exports must survive. Each test is named after the failure.
//! Where a case needs what the machine cannot give (a mount, root), the test says why it
//! skips and passes.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use samverkan::edit::Edit;
use samverkan::i18n::Lang;
use samverkan::io::fs::{FullDiskFs, RealFs};
use samverkan::io::recovery::RecoveryStore;
use samverkan::io::save::{
    Expect, SaveError, SaveWarning, backup_dir, content_hash, leftover_temps, list_backups,
    save_bytes,
};
use samverkan::io::{LoadError, ReadError, read_document, to_string};
use samverkan::model::Document;
use samverkan::session::Session;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::{samverkan, stderr};

fn sample() -> Document {
    samverkan::sample::sample_document().unwrap()
}

fn sample_text() -> String {
    to_string(&sample())
}

fn open(path: &Path, recovery: &Path) -> Session {
    let (mut s, _) = Session::open(path).unwrap();
    s.set_recovery_store(Some(RecoveryStore::at(recovery.to_owned())));
    s
}

fn retitle(s: &mut Session, title: &str) {
    let mut info = s.doc().info.clone();
    info.title = title.into();
    s.apply(Edit::SetInfo(info)).unwrap();
}

fn title_on_disk(path: &Path) -> String {
    read_document(path).unwrap().0.document.info.title
}

// ---------------------------------------------------------------------------------------------
// 1. A document that is a symbolic link
// ---------------------------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn a_linked_document_is_saved_through_the_link_and_shares_its_lock() {
    let root = tempfile::tempdir().unwrap();
    let recovery = tempfile::tempdir().unwrap();
    let share = root.path().join("share");
    let mine = root.path().join("mine");
    std::fs::create_dir_all(&share).unwrap();
    std::fs::create_dir_all(&mine).unwrap();
    let real = share.join("plan.ron");
    std::fs::write(&real, sample_text()).unwrap();
    let link = mine.join("plan.ron");
    std::os::unix::fs::symlink("../share/plan.ron", &link).unwrap();

    let mut s = open(&link, recovery.path());
    assert!(!s.is_read_only());
    // Someone opening the real path sees the lock the link took.
    let (other, _) = Session::open(&real).unwrap();
    assert!(other.is_read_only(), "the real path shares the link's lock");
    drop(other);
    assert!(
        !mine.join("plan.ron.lock").exists(),
        "the lock lies beside the real file"
    );
    assert!(share.join("plan.ron.lock").exists());

    retitle(&mut s, "Sparad genom länken");
    s.save().unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
    assert_eq!(title_on_disk(&real), "Sparad genom länken");
    assert_eq!(list_backups(&real).len(), 1, "backups beside the real file");
    assert!(!backup_dir(&link).exists());
    // A second save finds no false conflict (the hash is of the real file).
    retitle(&mut s, "Igen");
    s.save().unwrap();
    assert_eq!(title_on_disk(&real), "Igen");
    assert_eq!(s.path(), Some(link.as_path()), "the user's name is kept");
    drop(s);

    // The command line too.
    let text = std::fs::read_to_string(&real)
        .unwrap()
        .replace("    ", "  ");
    std::fs::write(&real, text).unwrap();
    let out = samverkan([OsStr::new("fmt"), link.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(title_on_disk(&real), "Igen");
}

// ---------------------------------------------------------------------------------------------
// 2. Permissions, owner and group; hard links
// ---------------------------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn permissions_survive_a_save() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    for mode in [0o600, 0o640, 0o444, 0o660, 0o664] {
        let path = dir.path().join(format!("plan-{mode:o}.ron"));
        std::fs::write(&path, b"old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        let outcome =
            save_bytes(&RealFs, &path, b"new", Expect::Hash(content_hash(b"old"))).unwrap();
        assert!(
            outcome.warnings.is_empty(),
            "{mode:o}: {:?}",
            outcome.warnings
        );
        let after = std::fs::metadata(&path).unwrap().permissions().mode() & 0o7777;
        assert_eq!(after, mode, "mode {mode:o} kept (got {after:o})");
        // The backup is no more readable than the document was.
        let backup = outcome.backup.unwrap();
        let backup_mode = std::fs::metadata(&backup).unwrap().permissions().mode() & 0o777;
        assert_eq!(backup_mode, mode, "backup of {mode:o}");
    }
}

/// A new document and the recovery copies are the user's alone (they hold names, e-mail
/// addresses and what people said): 0600, in a recovery folder of 0700, whatever the umask.
#[cfg(unix)]
#[test]
fn new_documents_and_recovery_copies_are_readable_by_the_user_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ny.ron");
    save_bytes(&RealFs, &path, b"first", Expect::Overwrite).unwrap();
    assert_eq!(mode(&path), 0o600, "a new document");
    // In a folder shared with a group (set-group-id), the group keeps its access.
    let shared = dir.path().join("delad");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o2770)).unwrap();
    let in_shared = shared.join("ny.ron");
    save_bytes(&RealFs, &in_shared, b"first", Expect::Overwrite).unwrap();
    // (Group write as the umask allows: 0660 under umask 002, 0640 under 022.)
    let m = mode(&in_shared);
    assert!(
        m & 0o040 != 0 && m.trailing_zeros() >= 3, // the group reads, others nothing
        "a new document in a group's folder: {m:o}"
    );

    let store_dir = dir.path().join("data").join("recovery");
    let store = samverkan::io::recovery::RecoveryStore::at(store_dir.clone());
    store
        .write(Some(&path), &samverkan::model::Document::new("x"))
        .unwrap();
    assert_eq!(mode(&store_dir), 0o700, "the recovery folder");
    let copies: Vec<_> = std::fs::read_dir(&store_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(copies.len(), 1);
    assert_eq!(mode(&copies[0]), 0o600, "the recovery copy");
}

#[cfg(unix)]
#[test]
fn owner_and_group_survive_a_save() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, b"old").unwrap();
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        println!(
            "skipped: only root may give a file to another owner, which this test needs to set up"
        );
        return;
    }
    // A colleague's file in a group-shared folder.
    std::os::unix::fs::chown(&path, Some(4242), Some(4343)).unwrap();
    save_bytes(&RealFs, &path, b"new", Expect::Overwrite).unwrap();
    let meta = std::fs::metadata(&path).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (4242, 4343));
}

#[cfg(unix)]
#[test]
fn a_hard_linked_document_is_reported_not_silently_unlinked() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, sample_text()).unwrap();
    let other_name = dir.path().join("kopia.ron");
    std::fs::hard_link(&path, &other_name).unwrap();
    // Opening says so (the app shows it).
    let (session, notes) = Session::open(&path).unwrap();
    assert_eq!(notes.link_count, 2);
    drop(session);
    let mut s = open(&path, recovery.path());
    retitle(&mut s, "Ny");
    let outcome = s.save().unwrap();
    let warning = outcome
        .warnings
        .iter()
        .find(|w| matches!(w, SaveWarning::HardLinks { names: 2, .. }))
        .expect("the save warns about the other name");
    let text = warning.message(Lang::Sv);
    assert!(
        text.contains("hårda länkar") && text.contains("2 namn"),
        "{text}"
    );
}

// ---------------------------------------------------------------------------------------------
// 3. Stale locks after a crash
// ---------------------------------------------------------------------------------------------

fn dead_pid() -> u32 {
    let child = Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait_with_output().unwrap();
    pid
}

fn write_lock(path: &Path, pid: u32) {
    let mut info = samverkan::io::lock::LockInfo::current();
    info.pid = pid;
    std::fs::write(
        samverkan::io::lock::lock_path(path),
        ron::to_string(&info).unwrap(),
    )
    .unwrap();
}

/// Made older than the moment a lock may still be being written.
fn age(path: &Path) {
    let old = std::time::SystemTime::now() - std::time::Duration::from_mins(1);
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(old)
        .unwrap();
}

#[test]
fn a_stale_lock_of_a_killed_process_does_not_block_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, sample_text().replace("    ", "  ")).unwrap();
    write_lock(&path, dead_pid());
    let out = samverkan([OsStr::new("fmt"), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("tog över ett övergivet lås"),
        "{}",
        stderr(&out)
    );
    assert!(!samverkan::io::lock::lock_path(&path).exists(), "released");

    // plan --apply likewise.
    write_lock(&path, dead_pid());
    let out = samverkan([
        OsStr::new("plan"),
        path.as_os_str(),
        OsStr::new("--year"),
        OsStr::new("2027"),
        OsStr::new("--apply"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    // A lock of a program that runs (this test) is respected, and names who holds it.
    write_lock(&path, std::process::id());
    let out = samverkan([OsStr::new("fmt"), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(samverkan::cli::EXIT_LOCKED));
    assert!(stderr(&out).contains("är öppet hos"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("? (?)"), "{}", stderr(&out));
}

#[test]
fn an_empty_or_unreadable_lock_file_is_stale_not_open_by_someone_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, sample_text()).unwrap();
    for junk in [&b""[..], b"\0\0\0\0", b"(user: \"ann"] {
        let lock = samverkan::io::lock::lock_path(&path);
        std::fs::write(&lock, junk).unwrap();
        age(&lock);
        let out = samverkan([OsStr::new("fmt"), path.as_os_str()]);
        assert_eq!(out.status.code(), Some(0), "{junk:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("open by ?"), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("tom eller oläslig"),
            "{}",
            stderr(&out)
        );
        // The app takes it too, and says so.
        std::fs::write(&lock, junk).unwrap();
        age(&lock);
        let (session, notes) = Session::open(&path).unwrap();
        assert!(!session.is_read_only(), "{junk:?}");
        assert!(notes.replaced_unreadable_lock);
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Full disk
// ---------------------------------------------------------------------------------------------

#[test]
fn a_full_disk_at_the_backup_leaves_no_truncated_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let old = sample_text();
    let mut doc = sample();
    doc.info.title = "Ny".into();
    let new = to_string(&doc);
    std::fs::write(&path, &old).unwrap();
    // Room for the new file but only half the backup.
    let fs = FullDiskFs::with_room(new.len() + old.len() / 2);
    let outcome = save_bytes(
        &fs,
        &path,
        new.as_bytes(),
        Expect::Hash(content_hash(old.as_bytes())),
    )
    .unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        new,
        "the save happened"
    );
    let warning = outcome
        .warnings
        .iter()
        .find(|w| matches!(w, SaveWarning::BackupFailed { .. }))
        .expect("the missing backup is reported");
    let text = warning.message(Lang::Sv);
    assert!(
        text.contains("disken är full") && text.contains(".backups"),
        "{text}"
    );
    assert!(list_backups(&path).is_empty(), "no truncated backup counts");
    let leftovers: Vec<PathBuf> = std::fs::read_dir(backup_dir(&path))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(leftovers.is_empty(), "nothing half-written: {leftovers:?}");
}

#[test]
fn a_full_disk_says_what_to_do_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, b"old").unwrap();
    let err = save_bytes(
        &FullDiskFs::with_room(10),
        &path,
        &[b'x'; 100],
        Expect::Overwrite,
    )
    .unwrap_err();
    let sv = err.message(Lang::Sv);
    assert!(sv.contains("plan.ron"), "names the file: {sv}");
    assert!(
        sv.contains("disken är full. Frigör utrymme eller spara på en annan plats"),
        "{sv}"
    );
    assert!(!sv.contains("os error") && !sv.contains("Write"), "{sv}");
    assert!(err.message(Lang::En).contains("Free some space"));
    assert_eq!(std::fs::read(&path).unwrap(), b"old");
    assert!(leftover_temps(&path).is_empty());
}

/// A real full disk: a small tmpfs, where mounting is allowed (root on Linux).
#[cfg(target_os = "linux")]
#[test]
fn a_really_full_disk_leaves_the_document_and_its_backups_whole() {
    struct Mount(PathBuf);
    impl Drop for Mount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(&self.0).status();
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let ok = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=256k", "tmpfs"])
        .arg(dir.path())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        println!("skipped: mounting a small tmpfs is not permitted here");
        return;
    }
    let _mount = Mount(dir.path().to_owned());
    let path = dir.path().join("plan.ron");
    let old = vec![b'a'; 90 * 1024];
    std::fs::write(&path, &old).unwrap();
    // 90 kB on disk; the new version fits once (90 + 100 < 256) but not with a backup too.
    let new = vec![b'b'; 100 * 1024];
    match save_bytes(&RealFs, &path, &new, Expect::Overwrite) {
        Ok(outcome) => {
            assert_eq!(std::fs::read(&path).unwrap(), new);
            assert!(
                outcome
                    .warnings
                    .iter()
                    .any(|w| matches!(w, SaveWarning::BackupFailed { .. })),
                "{:?}",
                outcome.warnings
            );
        }
        Err(e) => {
            assert_eq!(std::fs::read(&path).unwrap(), old, "{e}");
        }
    }
    for b in list_backups(&path) {
        assert_eq!(
            std::fs::read(&b).unwrap(),
            old,
            "a backup is whole or absent"
        );
    }
    // Far too big: refused, the document as it was, no leftovers.
    let huge = vec![b'c'; 400 * 1024];
    let before = std::fs::read(&path).unwrap();
    let err = save_bytes(&RealFs, &path, &huge, Expect::Overwrite).unwrap_err();
    assert!(
        err.message(Lang::Sv).contains("disken är full"),
        "{}",
        err.message(Lang::Sv)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(leftover_temps(&path).is_empty());
}

// ---------------------------------------------------------------------------------------------
// 5. The folder goes away mid-session
// ---------------------------------------------------------------------------------------------

#[test]
fn a_folder_gone_mid_save_says_the_folder_cannot_be_reached() {
    let root = tempfile::tempdir().unwrap();
    let recovery = tempfile::tempdir().unwrap();
    let folder = root.path().join("nätverksenhet");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("plan.ron");
    std::fs::write(&path, sample_text()).unwrap();
    let mut s = open(&path, recovery.path());
    retitle(&mut s, "Ändrad");
    // The drive is unmounted (here: the folder moved away).
    std::fs::rename(&folder, root.path().join("flyttad")).unwrap();
    let err = s.save().unwrap_err();
    assert!(matches!(err, SaveError::FolderGone { .. }), "{err:?}");
    let sv = err.message(Lang::Sv);
    assert!(
        sv.contains("går inte att nå") && sv.contains("nätverksenhet"),
        "{sv}"
    );
    assert!(
        !sv.contains("någon annan"),
        "not a change by someone else: {sv}"
    );
    assert!(s.is_dirty(), "nothing lost");
}

// ---------------------------------------------------------------------------------------------
// 6. A save must not make the document unopenable
// ---------------------------------------------------------------------------------------------

#[test]
fn a_document_too_large_to_read_back_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, b"old").unwrap();
    let big = vec![b' '; samverkan::io::format::MAX_FILE_BYTES + 1];
    let err = save_bytes(&RealFs, &path, &big, Expect::Overwrite).unwrap_err();
    assert!(matches!(err, SaveError::TooLarge { .. }), "{err:?}");
    assert!(err.message(Lang::Sv).contains("kan läsa in igen"));
    assert_eq!(std::fs::read(&path).unwrap(), b"old");
}

#[test]
fn a_file_over_the_cap_is_refused_with_its_real_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stor.ron");
    // Sparse: 300 MiB of nothing, written in no time.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(300 * 1024 * 1024)
        .unwrap();
    let err = read_document(&path).unwrap_err();
    let ReadError::Load {
        source: LoadError::TooLarge { size, .. },
        ..
    } = &err
    else {
        panic!("{err:?}");
    };
    assert_eq!(*size, 300 * 1024 * 1024);
    assert!(
        err.message(Lang::Sv).contains("300 MB"),
        "{}",
        err.message(Lang::Sv)
    );
}

// ---------------------------------------------------------------------------------------------
// 7. The conflict: neither version is lost (the app's dialog is tested in tests/ui.rs)
// ---------------------------------------------------------------------------------------------

#[test]
fn reloading_their_version_keeps_mine_as_undo_and_as_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, sample_text()).unwrap();
    let mut s = open(&path, recovery.path());
    retitle(&mut s, "Min version");
    let mut theirs = sample();
    theirs.info.title = "Deras version".into();
    std::fs::write(&path, to_string(&theirs)).unwrap();
    assert!(matches!(s.save(), Err(SaveError::ChangedOnDisk { .. })));

    let copy = s.reload_keeping_mine(Lang::Sv).unwrap().unwrap();
    assert_eq!(s.doc().info.title, "Deras version");
    assert!(!s.is_dirty(), "what is shown is what is on disk");
    assert_eq!(copy, dir.path().join("plan (din version).ron"));
    assert_eq!(title_on_disk(&copy), "Min version");
    assert!(s.can_undo());
    s.undo();
    assert_eq!(s.doc().info.title, "Min version");
    assert!(s.is_dirty());
    // Saving now is a normal save over their (now known) version.
    s.redo();
    s.undo();
    s.save().unwrap();
    assert_eq!(title_on_disk(&path), "Min version");
    // "Save as" proposes a name that holds neither file.
    let proposed = s.proposed_name_for_mine(Lang::Sv);
    assert_eq!(proposed, dir.path().join("plan (din version 2).ron"));
}

// ---------------------------------------------------------------------------------------------
// 8. A named pipe (FIFO) or another special file
// ---------------------------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("plan.ron");
    let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let (tx, rx) = std::sync::mpsc::channel();
    let probe = fifo.clone();
    std::thread::spawn(move || {
        let _ = tx.send(read_document(&probe).map(|_| ()));
    });
    let result = rx
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("reading a FIFO must not hang");
    let err = result.unwrap_err();
    assert!(matches!(err, ReadError::NotAFile { .. }), "{err:?}");
    assert!(err.message(Lang::Sv).contains("inte en vanlig fil"));
    // The command line likewise (the test would time out in CI if it hung).
    let out = samverkan([OsStr::new("check"), fifo.as_os_str()]);
    assert_eq!(out.status.code(), Some(samverkan::cli::EXIT_UNREADABLE));
    // And a folder.
    let err = read_document(dir.path()).unwrap_err();
    assert!(matches!(err, ReadError::NotAFile { .. }), "{err:?}");
}

// ---------------------------------------------------------------------------------------------
// 9. Validation that explodes
// ---------------------------------------------------------------------------------------------

#[test]
fn thousands_of_meetings_on_one_day_give_a_capped_list_of_pairs() {
    use samverkan::model::validate::{MAX_DOUBLE_BOOKINGS, validate};
    let doc = samverkan::generate::one_busy_day(6000);
    let today = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let problems = validate(&doc, today);
    let double: Vec<_> = problems
        .iter()
        .filter(|p| p.en.contains("two meetings at the same time"))
        .collect();
    // Once per pair of meetings, not per person × pair, and capped.
    assert_eq!(double.len(), MAX_DOUBLE_BOOKINGS);
    assert!(
        problems
            .iter()
            .any(|p| p.en.contains("more double bookings")),
        "says there are more"
    );
    let members = doc.bodies[0]
        .memberships
        .iter()
        .filter(|m| m.person.is_some())
        .count();
    assert!(members > 1, "the pairs share {members} people");
    assert!(
        double[0].en.contains(" and "),
        "one warning names all shared people: {}",
        double[0].en
    );
}

// ---------------------------------------------------------------------------------------------
// 10. Exports that break or can be injected
// ---------------------------------------------------------------------------------------------

#[test]
fn an_ics_export_of_a_date_beyond_year_9999_is_refused_not_a_panic() {
    let mut doc = sample();
    doc.meetings[0].date = chrono::NaiveDate::from_ymd_opt(262_142, 1, 1).unwrap();
    let refs: Vec<_> = doc.meetings.iter().collect();
    let err = samverkan::export::ics::calendar(&doc, &refs, Lang::Sv).unwrap_err();
    assert!(err.message(Lang::Sv).contains("262142"));
    // Validation says so before anyone exports.
    let today = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let problems = samverkan::model::validate::validate(&doc, today);
    assert!(
        problems
            .iter()
            .any(|p| p.path == "meetings[0].date" && p.sv.contains("utanför åren")),
        "{problems:?}"
    );
    // And the command line exits with a message, not a panic (101).
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, to_string(&doc)).unwrap();
    let out = samverkan([
        OsStr::new("export"),
        OsStr::new("ics"),
        path.as_os_str(),
        OsStr::new("-o"),
        dir.path().join("x.ics").as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("kalenderfil"), "{}", stderr(&out));
}

#[test]
fn a_video_link_cannot_inject_calendar_lines() {
    let mut doc = sample();
    doc.meetings[0].online =
        "https://möte.se/x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Falskt\u{7}".into();
    doc.meetings[0].title = "Titel\u{0}med\u{1b}styrtecken".into();
    doc.meetings[0].place = "Rum\r\nDTSTART:19700101".into();
    let text = samverkan::export::ics::calendar(&doc, &[&doc.meetings[0]], Lang::Sv).unwrap();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(),
        1,
        "{text}"
    );
    assert!(
        !lines.iter().any(|l| l.starts_with("SUMMARY:Falskt")),
        "{text}"
    );
    for line in lines {
        assert!(
            !line.chars().any(char::is_control),
            "a control character in {line:?}"
        );
        assert!(!line.starts_with("DTSTART:19700101"), "{line}");
    }
    let parsed: icalendar::Calendar = text.parse().unwrap();
    assert_eq!(parsed.components.len(), 2, "the time zone and one event");
}

#[test]
fn svg_and_png_survive_characters_xml_forbids() {
    let mut doc = sample();
    doc.bodies[0].name = "Värmlandsrådet\u{FFFE}\u{FFFF}\u{1}".into();
    let scene = samverkan::diagram::orgchart::chart_scene(
        &doc,
        &samverkan::diagram::orgchart::ChartOptions::default(),
        None,
    );
    let svg = samverkan::export::svg::to_svg(&scene);
    assert!(!svg.contains('\u{FFFE}') && !svg.contains('\u{FFFF}') && !svg.contains('\u{1}'));
    assert!(svg.contains("Värmlandsrådet"));
    let png = samverkan::export::png::to_png(&scene, 1.0);
    assert!(png.is_ok(), "{:?}", png.err());
}

#[test]
fn an_overlong_name_is_shortened_in_xlsx_not_a_failure() {
    use samverkan::export::members::{XLSX_CELL_MAX, member_rows, to_xlsx};
    use std::io::Read;
    let mut doc = sample();
    let long = "Å".repeat(40_000);
    doc.people[0].name.clone_from(&long);
    let rows = member_rows(&doc, None, Lang::Sv);
    let book = to_xlsx(&rows, "Ledamöter").unwrap();
    assert!(book.truncated_cells >= 1);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(book.bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/sharedStrings.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let longest = xml
        .split("<t>")
        .skip(1)
        .map(|t| t.split("</t>").next().unwrap().chars().count())
        .max()
        .unwrap();
    assert!(longest <= XLSX_CELL_MAX, "{longest}");
    assert!(xml.contains("ÅÅÅ […]"));
}

#[test]
fn list_prints_no_terminal_escape_sequences() {
    let mut doc = sample();
    doc.people[0].name = "Anna\u{1b}]0;hacked\u{7}\u{1b}[2J Berg".into();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, to_string(&doc)).unwrap();
    let out = samverkan([OsStr::new("list"), OsStr::new("people"), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!out.stdout.contains(&0x1b) && !out.stdout.contains(&0x07));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Anna\u{FFFD}]0;hacked"), "{text}");
}

// ---------------------------------------------------------------------------------------------
// 11. Leftovers of killed command-line saves
// ---------------------------------------------------------------------------------------------

#[test]
fn fmt_removes_temp_files_left_by_killed_saves() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, sample_text()).unwrap();
    let pid = dead_pid();
    let leftover = dir.path().join(format!(".plan.ron.samverkan-tmp-{pid}-0"));
    std::fs::write(&leftover, b"half").unwrap();
    std::fs::create_dir(backup_dir(&path)).unwrap();
    let backup_leftover = backup_dir(&path).join(format!(".plan.x.ron.samverkan-tmp-{pid}-3"));
    std::fs::write(&backup_leftover, b"half").unwrap();
    // A temporary file of a process that still runs (this one) is left alone.
    let running = dir
        .path()
        .join(format!(".plan.ron.samverkan-tmp-{}-9", std::process::id()));
    std::fs::write(&running, b"in progress").unwrap();
    let out = samverkan([OsStr::new("fmt"), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!leftover.exists() && !backup_leftover.exists());
    assert!(running.exists());
    assert!(
        stderr(&out).contains("tog bort 2 tillfälliga filer"),
        "{}",
        stderr(&out)
    );
}

// ---------------------------------------------------------------------------------------------
// 12. A file of zero bytes
// ---------------------------------------------------------------------------------------------

#[test]
fn a_file_of_zero_bytes_says_so_and_points_to_the_backups() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, sample_text()).unwrap();
    // One save, so a backup exists; then another program's crash leaves zeros.
    save_bytes(&RealFs, &path, sample_text().as_bytes(), Expect::Overwrite).unwrap();
    std::fs::write(&path, [0u8; 4096]).unwrap();
    let err = read_document(&path).unwrap_err();
    assert!(
        matches!(
            err,
            ReadError::Load {
                source: LoadError::Empty,
                ..
            }
        ),
        "{err:?}"
    );
    let sv = err.message(Lang::Sv);
    assert!(sv.contains("tom eller fylld med nollbytes"), "{sv}");
    assert!(
        sv.contains("plan.ron.backups"),
        "points to the backups: {sv}"
    );
    assert!(!sv.contains("UTF-16"));
    for empty in [&b""[..], b"\n\n  \n"] {
        assert_eq!(
            samverkan::io::load_bytes(empty).unwrap_err(),
            LoadError::Empty
        );
    }
}
