//! `samverkan merge` on the command line and as a git merge driver under a real `git merge`.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use samverkan::io::{load_str, to_string};
use samverkan::model::{Document, PersonId};
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::{code, samverkan, stderr};

fn sample() -> Document {
    samverkan::sample::sample_document().unwrap()
}

fn write(dir: &Path, name: &str, doc: &Document) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, to_string(doc)).unwrap();
    path
}

fn read(path: &Path) -> Document {
    load_str(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .document
}

/// The sample, and two copies: one person's title changed in mine, their e-mail in theirs
/// (and with `conflict`, their title in theirs too).
fn three(conflict: bool) -> (Document, Document, Document, PersonId) {
    let base = sample();
    let id = base.people[0].id.clone();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.people[0].title = "Min titel".into();
    theirs.people[0].email = Some("deras@example.se".into());
    if conflict {
        theirs.people[0].title = "Deras titel".into();
    }
    (base, mine, theirs, id)
}

#[test]
fn a_clean_merge_writes_both_sides_changes_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (b, m, t, id) = three(false);
    let (bp, mp, tp) = (
        write(dir.path(), "base.ron", &b),
        write(dir.path(), "mine.ron", &m),
        write(dir.path(), "theirs.ron", &t),
    );
    let out_path = dir.path().join("out.ron");
    let out = samverkan([
        "merge".as_ref(),
        bp.as_os_str(),
        mp.as_os_str(),
        tp.as_os_str(),
        "-o".as_ref(),
        out_path.as_os_str(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let merged = read(&out_path);
    let p = merged.person(&id).unwrap();
    assert_eq!(p.title, "Min titel");
    assert_eq!(p.email.as_deref(), Some("deras@example.se"));
    let said = stderr(&out);
    assert!(
        said.contains("1 ändring från dem, 1 från dig, inga konflikter"),
        "{said}"
    );
    assert!(said.contains("e-post: tillagd av dem"), "{said}");
    assert!(said.contains("titel: ändrad av dig"), "{said}");
}

#[test]
fn conflicts_exit_1_with_mine_in_the_result_and_each_named_in_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let (b, m, t, id) = three(true);
    let (bp, mp, tp) = (
        write(dir.path(), "base.ron", &b),
        write(dir.path(), "mine.ron", &m),
        write(dir.path(), "theirs.ron", &t),
    );
    let out_path = dir.path().join("out.ron");
    let out = samverkan([
        "--lang".as_ref(),
        "en".as_ref(),
        "merge".as_ref(),
        bp.as_os_str(),
        mp.as_os_str(),
        tp.as_os_str(),
        "-o".as_ref(),
        out_path.as_os_str(),
    ]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let merged = read(&out_path);
    assert_eq!(merged.person(&id).unwrap().title, "Min titel");
    assert_eq!(
        merged.person(&id).unwrap().email.as_deref(),
        Some("deras@example.se")
    );
    let said = stderr(&out);
    assert!(said.contains("1 conflict"), "{said}");
    assert!(
        said.contains("Mine Min titel | Theirs Deras titel"),
        "{said}"
    );
    assert!(said.contains("resolved to MINE"), "{said}");
}

#[test]
fn an_unreadable_copy_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (b, m, _, _) = three(false);
    let (bp, mp) = (
        write(dir.path(), "base.ron", &b),
        write(dir.path(), "mine.ron", &m),
    );
    let tp = dir.path().join("theirs.ron");
    std::fs::write(&tp, "<<<<<<< HEAD\nnot a document").unwrap();
    let out_path = dir.path().join("out.ron");
    let out = samverkan([
        "merge".as_ref(),
        bp.as_os_str(),
        mp.as_os_str(),
        tp.as_os_str(),
        "-o".as_ref(),
        out_path.as_os_str(),
    ]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(!out_path.exists());
    // Without -o (and not --git) the command refuses before reading anything.
    let out = samverkan([
        "merge".as_ref(),
        bp.as_os_str(),
        mp.as_os_str(),
        mp.as_os_str(),
    ]);
    assert_ne!(code(&out), 0);
}

/// Run git in `dir` with no user or system configuration.
fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.se")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.se")
        .output()
        .expect("git is installed")
}

fn git_ok(dir: &Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A repository with the sample committed on `main` and the driver configured as the README
/// says; a branch `theirs` with their change, and `main` with mine.
fn repository(mine: &Document, theirs: &Document, base: &Document) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git_ok(d, &["init", "-q", "-b", "main"]);
    let driver = format!("{} merge --git %O %A %B", env!("CARGO_BIN_EXE_samverkan"));
    git_ok(d, &["config", "merge.samverkan.name", "Samverkan"]);
    git_ok(d, &["config", "merge.samverkan.driver", &driver]);
    std::fs::write(d.join(".gitattributes"), "*.ron merge=samverkan\n").unwrap();
    write(d, "plan.ron", base);
    git_ok(d, &["add", "."]);
    git_ok(d, &["commit", "-q", "-m", "base"]);
    git_ok(d, &["checkout", "-q", "-b", "theirs"]);
    write(d, "plan.ron", theirs);
    git_ok(d, &["commit", "-q", "-am", "theirs"]);
    git_ok(d, &["checkout", "-q", "main"]);
    write(d, "plan.ron", mine);
    git_ok(d, &["commit", "-q", "-am", "mine"]);
    dir
}

#[test]
fn git_merges_two_branches_through_the_driver_where_a_text_merge_would_conflict() {
    let (b, mut m, mut t, id) = three(false);
    // Both add a person at the end of the list: git's own text merge conflicts there.
    let new = |id: &str, name: &str| samverkan::model::Person {
        id: PersonId::new(id),
        name: name.into(),
        ..b.people[0].clone()
    };
    m.people.push(new("p-min111", "Min Nya"));
    t.people.push(new("p-der222", "Deras Nya"));
    let plain = repository(&m, &t, &b);
    std::fs::remove_file(plain.path().join(".gitattributes")).unwrap();
    git_ok(plain.path(), &["commit", "-q", "-am", "no driver"]);
    assert!(
        !git(plain.path(), &["merge", "-q", "--no-edit", "theirs"])
            .status
            .success()
    );

    let repo = repository(&m, &t, &b);
    let out = git(repo.path(), &["merge", "--no-edit", "theirs"]);
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let merged = read(&repo.path().join("plan.ron"));
    let p = merged.person(&id).unwrap();
    assert_eq!(p.title, "Min titel");
    assert_eq!(p.email.as_deref(), Some("deras@example.se"));
    assert!(merged.person(&PersonId::new("p-min111")).is_some());
    assert!(merged.person(&PersonId::new("p-der222")).is_some());
    let log = git(repo.path(), &["log", "--oneline"]);
    assert_eq!(String::from_utf8_lossy(&log.stdout).lines().count(), 4);
}

#[test]
fn git_stops_on_a_conflict_with_a_readable_document_holding_mine() {
    let (b, m, t, id) = three(true);
    let repo = repository(&m, &t, &b);
    let out = git(repo.path(), &["merge", "--no-edit", "theirs"]);
    assert!(!out.status.success());
    let merged = read(&repo.path().join("plan.ron"));
    let p = merged.person(&id).unwrap();
    assert_eq!(p.title, "Min titel");
    assert_eq!(p.email.as_deref(), Some("deras@example.se"));
    let status = git(repo.path(), &["status", "--porcelain"]);
    assert!(String::from_utf8_lossy(&status.stdout).contains("UU plan.ron"));
}
