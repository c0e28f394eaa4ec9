//! The command line, run as the real binary: output text, messages and exit codes. One test
//! also runs a command in-process through `samverkan::cli::run`.

#![allow(clippy::unwrap_used)]

use samverkan::cli::{Command as CliCommand, EXIT_UNREADABLE, ListKind};
use samverkan::i18n::{Label, Lang};
use samverkan::io::{load_str, to_string};
use samverkan::model::{Document, Organisation, OrganisationKind, Person, PersonKind};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::{code, samverkan, stderr, stdout};

fn sample() -> Document {
    samverkan::sample::sample_document().unwrap()
}

/// A temporary folder with `name` in it holding `bytes`.
fn temp_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

/// The sample, written by `samverkan sample` to a temporary file.
fn sample_file() -> (tempfile::TempDir, PathBuf) {
    let out = samverkan(["sample"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    temp_file("sample.ron", &out.stdout)
}

/// A small document whose only problem is a person employed by an organisation that does
/// not exist.
fn dangling_document() -> Document {
    let mut doc = Document::new("Trasigt");
    doc.organisations.push(Organisation {
        id: "o1".into(),
        name: "Arvika kommun".into(),
        short_name: String::new(),
        kind: OrganisationKind::Municipality,
        code: None,
    });
    doc.people.push(Person {
        id: "p1".into(),
        name: "Anna Andersson".into(),
        kind: PersonKind::Official,
        party: None,
        title: String::new(),
        organisation: Some("o1".into()),
        email: None,
        phone: None,
        notes: String::new(),
    });
    doc.people.push(Person {
        id: "p2".into(),
        name: "Björn Berg".into(),
        organisation: Some("o-saknas".into()),
        ..doc.people[0].clone()
    });
    doc
}

fn assert_names_file(out: &Output, path: &Path) {
    let err = stderr(out);
    assert!(
        err.contains(&path.display().to_string()),
        "stderr names {}: {err}",
        path.display()
    );
}

// ---------------------------------------------------------------------------------------------
// sample
// ---------------------------------------------------------------------------------------------

#[test]
fn sample_writes_the_embedded_sample_which_loads() {
    let out = samverkan(["sample"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text, samverkan::sample::SAMPLE_RON);
    let loaded = load_str(&text).unwrap();
    assert_eq!(loaded.document, sample());
}

// ---------------------------------------------------------------------------------------------
// check
// ---------------------------------------------------------------------------------------------

#[test]
fn check_on_the_sample_exits_0() {
    let (_dir, path) = sample_file();
    let out = samverkan([OsStr::new("check"), path.as_os_str()]);
    assert_eq!(
        code(&out),
        0,
        "stdout: {}\nstderr: {}",
        stdout(&out),
        stderr(&out)
    );
    // Warnings may be printed, errors not.
    let text = stdout(&out);
    assert!(text.lines().all(|l| l.starts_with("varning: ")), "{text}");
    assert!(stderr(&out).starts_with("0 fel, "), "{}", stderr(&out));
}

#[test]
fn check_on_a_dangling_reference_exits_1_naming_the_path() {
    let (_dir, path) = temp_file("trasig.ron", to_string(&dangling_document()).as_bytes());
    let out = samverkan([OsStr::new("check"), path.as_os_str()]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "{text}");
    assert!(
        lines[0].starts_with("fel: people[1].organisation: "),
        "{text}"
    );
    assert!(lines[0].contains("\"o-saknas\""), "{text}");
    assert!(
        lines[0].contains("som inte finns"),
        "Swedish by default: {text}"
    );
    assert_eq!(stderr(&out), "1 fel, 0 varningar\n");
}

/// `check` on the broken document with `--lang en` placed as `args` says.
fn check_english(args: &[&str]) -> Output {
    let (_dir, path) = temp_file("trasig.ron", to_string(&dangling_document()).as_bytes());
    let args = args.iter().map(|a| {
        if *a == "FILE" {
            path.as_os_str()
        } else {
            OsStr::new(a)
        }
    });
    let out = samverkan(args);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "error: people[1].organisation: Refers to organisation \"o-saknas\", which does not exist\n"
    );
    assert_eq!(stderr(&out), "1 error, 0 warnings\n");
    out
}

#[test]
fn check_in_english() {
    check_english(&["check", "--lang", "en", "FILE"]);
    check_english(&["check", "FILE", "--lang", "en"]);
    check_english(&["check", "FILE", "--lang=en"]);
}

#[test]
fn check_in_english_with_the_flag_before_the_command() {
    check_english(&["--lang", "en", "check", "FILE"]);
}

#[test]
fn check_prints_warnings_but_exits_0_without_errors() {
    let mut doc = dangling_document();
    doc.people[1].organisation = Some("o1".into());
    doc.people[1].name = String::new();
    let (_dir, path) = temp_file("varning.ron", to_string(&doc).as_bytes());
    let out = samverkan([OsStr::new("check"), path.as_os_str()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "varning: people[1].name: Personen saknar namn\n"
    );
    assert_eq!(stderr(&out), "0 fel, 1 varning\n");
}

#[test]
fn check_on_a_missing_file_exits_2_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("finns-inte.ron");
    let out = samverkan([OsStr::new("check"), path.as_os_str()]);
    assert_eq!(code(&out), EXIT_UNREADABLE);
    assert!(out.stdout.is_empty());
    assert_names_file(&out, &path);
    // In the user's language: Swedish by default, English with --lang en.
    assert!(stderr(&out).contains("finns inte"), "{}", stderr(&out));
    let out = samverkan([
        OsStr::new("--lang"),
        OsStr::new("en"),
        OsStr::new("check"),
        path.as_os_str(),
    ]);
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
}

#[test]
fn check_on_a_syntax_error_exits_2_naming_file_line_and_column() {
    // Line 5 lacks the comma between two fields.
    let text = "(\n    format: \"samverkan\",\n    version: 1,\n    info: (title: \"t\"),\n    people: [(id: \"p1\" name: \"Anna\")],\n)\n";
    let (_dir, path) = temp_file("syntax.ron", text.as_bytes());
    let out = samverkan([OsStr::new("check"), path.as_os_str()]);
    assert_eq!(code(&out), EXIT_UNREADABLE);
    assert!(out.stdout.is_empty());
    assert_names_file(&out, &path);
    let err = stderr(&out);
    assert!(err.contains("rad 5, kolumn "), "{err}");
}

#[test]
fn check_on_a_utf16_file_exits_2_saying_so() {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(
        samverkan::sample::SAMPLE_RON
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let (_dir, path) = temp_file("utf16.ron", &bytes);
    let out = samverkan([OsStr::new("check"), path.as_os_str()]);
    assert_eq!(code(&out), EXIT_UNREADABLE);
    assert!(out.stdout.is_empty());
    assert_names_file(&out, &path);
    assert!(stderr(&out).contains("UTF-16"), "{}", stderr(&out));
}

#[test]
fn every_reading_command_exits_2_on_a_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("saknas.ron");
    for args in [vec!["stats"], vec!["list", "bodies"]] {
        let mut args: Vec<&OsStr> = args.into_iter().map(OsStr::new).collect();
        args.push(path.as_os_str());
        let out = samverkan(&args);
        assert_eq!(code(&out), EXIT_UNREADABLE, "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_names_file(&out, &path);
    }
}

// ---------------------------------------------------------------------------------------------
// stats
// ---------------------------------------------------------------------------------------------

#[test]
fn stats_prints_the_counts() {
    let doc = sample();
    let (_dir, path) = sample_file();
    let out = samverkan([OsStr::new("stats"), path.as_os_str()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.lines()
            .any(|l| l == format!("people\t{}", doc.people.len())),
        "{text}"
    );
    assert!(
        text.contains(&format!("bodies\t{}\n", doc.bodies.len())),
        "{text}"
    );
    let expected: String = doc
        .counts()
        .iter()
        .map(|(k, n)| format!("{k}\t{n}\n"))
        .collect::<Vec<_>>()
        .concat();
    assert_eq!(text, expected);
}

// ---------------------------------------------------------------------------------------------
// list
// ---------------------------------------------------------------------------------------------

const KINDS: [&str; 11] = [
    "bodies",
    "people",
    "organisations",
    "memberships",
    "links",
    "meetings",
    "cycle",
    "goals",
    "assignments",
    "agreements",
    "documents",
];

/// The ids of the records `list KIND` prints, in document order.
fn ids(doc: &Document, kind: &str) -> Vec<String> {
    match kind {
        "bodies" => doc.bodies.iter().map(|x| x.id.to_string()).collect(),
        "people" => doc.people.iter().map(|x| x.id.to_string()).collect(),
        "organisations" => doc.organisations.iter().map(|x| x.id.to_string()).collect(),
        "memberships" => doc
            .bodies
            .iter()
            .flat_map(|b| &b.memberships)
            .map(|x| x.id.to_string())
            .collect(),
        "links" => doc.links.iter().map(|x| x.id.to_string()).collect(),
        "meetings" => doc.meetings.iter().map(|x| x.id.to_string()).collect(),
        "cycle" => doc
            .cycle
            .activities
            .iter()
            .map(|x| x.id.to_string())
            .collect(),
        "goals" => doc.goals.iter().map(|x| x.id.to_string()).collect(),
        "assignments" => doc.assignments.iter().map(|x| x.id.to_string()).collect(),
        "agreements" => doc.agreements.iter().map(|x| x.id.to_string()).collect(),
        "documents" => doc.documents.iter().map(|x| x.id.to_string()).collect(),
        _ => panic!("unknown kind {kind}"),
    }
}

/// `list KIND FILE`, split into lines of tab-separated fields.
fn list(kind: &str, path: &Path) -> Vec<Vec<String>> {
    let out = samverkan([OsStr::new("list"), OsStr::new(kind), path.as_os_str()]);
    assert_eq!(code(&out), 0, "list {kind}: {}", stderr(&out));
    assert!(out.stderr.is_empty(), "list {kind}: {}", stderr(&out));
    stdout(&out)
        .lines()
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

fn assert_lists_every_record(doc: &Document, path: &Path) {
    for kind in KINDS {
        let rows = list(kind, path);
        let expected = ids(doc, kind);
        assert_eq!(
            rows.len(),
            expected.len(),
            "list {kind}: one line per record"
        );
        let first: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(first, expected, "list {kind}: the first field is the id");
        for row in &rows {
            assert!(row.len() >= 2, "list {kind}: tab-separated fields: {row:?}");
        }
    }
}

#[test]
fn list_prints_one_line_per_record_of_the_sample() {
    let (_dir, path) = sample_file();
    assert_lists_every_record(&sample(), &path);
}

#[test]
fn list_prints_one_line_per_record_of_a_generated_document() {
    let doc = samverkan::generate::generate(1);
    let (_dir, path) = temp_file("gen.ron", to_string(&doc).as_bytes());
    assert_lists_every_record(&doc, &path);
    // Every kind the generator makes is listed, so the counts above are not all zero.
    assert!(!doc.bodies.is_empty() && !doc.meetings.is_empty() && !doc.goals.is_empty());
}

#[test]
fn list_keeps_one_record_a_line_when_names_hold_tabs_and_line_breaks() {
    let mut doc = dangling_document();
    doc.people[1].organisation = None;
    doc.people[0].name = "Anna\tAndersson\nav Arvika\r\n".into();
    let (_dir, path) = temp_file("tabs.ron", to_string(&doc).as_bytes());
    let rows = list("people", &path);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0][0], "p1");
    assert_eq!(rows[0][1], "Anna Andersson av Arvika  ");
    assert_eq!(rows[0].len(), rows[1].len());
}

#[test]
fn list_memberships_shows_person_body_and_role() {
    let doc = sample();
    let (_dir, path) = sample_file();
    let rows = list("memberships", &path);
    let seats: Vec<_> = doc
        .bodies
        .iter()
        .flat_map(|b| b.memberships.iter().map(move |m| (b, m)))
        .collect();
    assert_eq!(rows.len(), seats.len());
    for (row, (body, seat)) in rows.iter().zip(&seats) {
        let who = seat.person.as_ref().map_or_else(
            || "vakant".to_owned(),
            |p| doc.person(p).unwrap().display_name(),
        );
        assert_eq!(row[0], seat.id.as_str(), "{row:?}");
        assert_eq!(row[1], who, "{row:?}");
        assert_eq!(row[2], body.label(), "{row:?}");
        assert_eq!(row[3], seat.role.label(Lang::Sv), "{row:?}");
    }
}

#[test]
fn list_memberships_in_english_and_of_a_vacant_seat() {
    let mut doc = samverkan::generate::generate(1);
    doc.bodies[0].memberships[0].person = None;
    let (_dir, path) = temp_file("gen.ron", to_string(&doc).as_bytes());
    let out = samverkan([
        OsStr::new("list"),
        OsStr::new("--lang"),
        OsStr::new("en"),
        OsStr::new("memberships"),
        path.as_os_str(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let first: Vec<&str> = text.lines().next().unwrap().split('\t').collect();
    let seat = &doc.bodies[0].memberships[0];
    assert_eq!(
        first[..4],
        [seat.id.as_str(), "vacant", doc.bodies[0].label(), "chair"]
    );
}

#[test]
fn list_meetings_shows_the_date() {
    for doc in [sample(), samverkan::generate::generate(1)] {
        let (_dir, path) = temp_file("doc.ron", to_string(&doc).as_bytes());
        let rows = list("meetings", &path);
        assert_eq!(rows.len(), doc.meetings.len());
        for (row, meeting) in rows.iter().zip(&doc.meetings) {
            assert_eq!(row[0], meeting.id.as_str(), "{row:?}");
            assert_eq!(row[2], meeting.date.to_string(), "{row:?}");
        }
    }
}

#[test]
fn list_rejects_an_unknown_kind() {
    let (_dir, path) = sample_file();
    let out = samverkan([OsStr::new("list"), OsStr::new("cats"), path.as_os_str()]);
    assert_eq!(code(&out), 2, "clap's usage error");
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("cats"), "{}", stderr(&out));
}

// ---------------------------------------------------------------------------------------------
// generate
// ---------------------------------------------------------------------------------------------

#[test]
fn generate_is_deterministic_loads_and_scales() {
    let one = samverkan(["generate", "--scale", "1"]);
    let two = samverkan(["generate", "--scale", "2"]);
    let again = samverkan(["generate", "--scale", "2"]);
    for out in [&one, &two, &again] {
        assert_eq!(code(out), 0, "{}", stderr(out));
    }
    assert!(!two.stdout.is_empty());
    assert_eq!(two.stdout, again.stdout, "two runs give the same bytes");
    let one = load_str(&stdout(&one)).unwrap().document;
    let two = load_str(&stdout(&two)).unwrap().document;
    assert_eq!(one.bodies.len(), samverkan::generate::BODIES_PER_REGION);
    assert_eq!(two.bodies.len(), 2 * one.bodies.len());
    assert_eq!(two.people.len(), 2 * one.people.len());
    // The default scale is 1.
    let default = samverkan(["generate"]);
    assert_eq!(load_str(&stdout(&default)).unwrap().document, one);
}

#[test]
fn generate_writes_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gen.ron");
    let out = samverkan([
        OsStr::new("generate"),
        OsStr::new("--scale"),
        OsStr::new("1"),
        OsStr::new("-o"),
        path.as_os_str(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(out.stdout.is_empty(), "nothing on standard output");
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written, stdout(&samverkan(["generate", "--scale", "1"])));
    let doc = load_str(&written).unwrap().document;
    assert_eq!(doc, samverkan::generate::generate(1));
    // And `check` reads it.
    let out = samverkan([OsStr::new("check"), path.as_os_str()]);
    assert_ne!(code(&out), EXIT_UNREADABLE, "{}", stderr(&out));
}

#[test]
fn generate_to_an_unwritable_place_fails_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-folder").join("gen.ron");
    let out = samverkan([
        OsStr::new("generate"),
        OsStr::new("--output"),
        path.as_os_str(),
    ]);
    assert_ne!(code(&out), 0);
    assert!(stderr(&out).starts_with("samverkan: "), "{}", stderr(&out));
}

// ---------------------------------------------------------------------------------------------
// help
// ---------------------------------------------------------------------------------------------

#[test]
fn help_mentions_every_command() {
    let out = samverkan(["--help"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    for command in ["check", "sample", "stats", "list", "generate"] {
        assert!(
            text.lines().any(|l| l.trim_start().starts_with(command)),
            "--help lists {command}: {text}"
        );
    }
    assert!(text.contains("--lang"), "{text}");
}

#[test]
fn list_help_mentions_every_kind() {
    let out = samverkan(["list", "--help"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    for kind in KINDS {
        assert!(text.contains(kind), "list --help names {kind}: {text}");
    }
}

// ---------------------------------------------------------------------------------------------
// In-process
// ---------------------------------------------------------------------------------------------

#[test]
fn commands_run_in_process() {
    let run = |command: CliCommand, lang: Lang| {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = samverkan::cli::run(command, lang, &mut out, &mut err);
        (
            code,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    };

    let (code, out, err) = run(CliCommand::Sample, Lang::Sv);
    assert_eq!(
        (code, out.as_str(), err.as_str()),
        (0, samverkan::sample::SAMPLE_RON, "")
    );

    let (_dir, path) = temp_file("trasig.ron", to_string(&dangling_document()).as_bytes());
    let (code, out, err) = run(CliCommand::Check { file: path.clone() }, Lang::En);
    assert_eq!(code, 1);
    assert!(out.starts_with("error: people[1].organisation: "), "{out}");
    assert_eq!(err, "1 error, 0 warnings\n");

    let (code, out, _) = run(CliCommand::Stats { file: path.clone() }, Lang::Sv);
    assert_eq!(code, 0);
    assert!(out.contains("people\t2\n"), "{out}");

    let (code, out, _) = run(
        CliCommand::List {
            kind: ListKind::Organisations,
            file: path.clone(),
        },
        Lang::En,
    );
    assert_eq!(code, 0);
    assert_eq!(out, "o1\tArvika kommun\tmunicipality\n");

    let missing = path.with_file_name("saknas.ron");
    let (code, out, err) = run(
        CliCommand::Stats {
            file: missing.clone(),
        },
        Lang::Sv,
    );
    assert_eq!(code, EXIT_UNREADABLE);
    assert!(out.is_empty());
    assert!(
        err.starts_with("samverkan: ") && err.contains(&missing.display().to_string()),
        "{err}"
    );

    let (code, out, _) = run(
        CliCommand::Generate {
            scale: 1,
            output: None,
        },
        Lang::Sv,
    );
    assert_eq!(code, 0);
    assert_eq!(
        load_str(&out).unwrap().document,
        samverkan::generate::generate(1)
    );
}

#[test]
fn fmt_rewrites_in_place_with_a_backup_and_refuses_a_locked_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    // A hand-edited file: same document, not canonical.
    let version = samverkan::model::FORMAT_VERSION;
    let messy = samverkan::sample::SAMPLE_RON.replacen(
        &format!("    version: {version},"),
        &format!("    version:    {version},"),
        1,
    );
    assert_ne!(messy, samverkan::sample::SAMPLE_RON);
    std::fs::write(&path, &messy).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_samverkan"))
        .arg("fmt")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        samverkan::sample::SAMPLE_RON
    );
    let backups = samverkan::io::save::list_backups(&path);
    assert_eq!(backups.len(), 1);
    assert_eq!(std::fs::read_to_string(&backups[0]).unwrap(), messy);
    assert!(
        samverkan::io::lock::holder(&path).is_none(),
        "the lock is released"
    );

    // Someone else has it open: exit code 3 and their name.
    let mut holder = std::process::Command::new(env!("CARGO_BIN_EXE_samverkan"))
        .args(["lock-probe", "--hold-ms", "5000"])
        .arg(&path)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(holder.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    assert_eq!(line.trim(), "acquired");
    std::fs::write(&path, &messy).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_samverkan"))
        .arg("fmt")
        .arg(&path)
        .output()
        .unwrap();
    holder.kill().unwrap();
    holder.wait().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    let info = samverkan::io::lock::LockInfo::current();
    assert!(
        err.contains(&info.user) && err.contains(&info.host),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), messy, "untouched");
}
