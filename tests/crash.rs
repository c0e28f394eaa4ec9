//! Crash safety: a process saving a document of more than 1 MB (holding its lock, as `fmt`
//! and `plan --apply` do) is killed with SIGKILL at random moments. After every kill the file
//! loads and equals the old or the new version, and the next `samverkan fmt` succeeds and
//! leaves neither a temporary file nor a lock behind.
//!
//! CI runs 200 kills. For 1,000: `SAMVERKAN_KILLS=1000 cargo test --release --test crash -- --nocapture`

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose
#![cfg(unix)]

use std::process::{Command, Stdio};
use std::time::Duration;

fn kills() -> u32 {
    std::env::var("SAMVERKAN_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

/// `SplitMix64`: deterministic random delays, so a failure can be replayed.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[test]
fn sigkill_during_save_leaves_old_or_new_version() {
    let dir = tempfile::tempdir().unwrap();
    let mut old_doc = samverkan::generate::generate(2);
    let old = samverkan::io::to_string(&old_doc);
    old_doc.info.title = "Ny version".into();
    old_doc.people.truncate(old_doc.people.len() / 2);
    let new = samverkan::io::to_string(&old_doc);
    assert!(
        old.len() > 1_000_000,
        "the document is at least 1 MB ({} bytes)",
        old.len()
    );
    let (a, b, target) = (
        dir.path().join("a.ron"),
        dir.path().join("b.ron"),
        dir.path().join("plan.ron"),
    );
    std::fs::write(&a, &old).unwrap();
    std::fs::write(&b, &new).unwrap();
    std::fs::write(&target, &old).unwrap();

    // How long one save takes here (this machine, now): the kills are spread from before
    // the first save to several saves in, whatever the machine's speed.
    let started = std::time::Instant::now();
    let timed = Command::new(env!("CARGO_BIN_EXE_samverkan"))
        .arg("save-loop")
        .args([&target, &a, &b])
        .args(["--count", "4"])
        .output()
        .unwrap();
    assert!(timed.status.success());
    let per_save = u64::try_from(started.elapsed().as_millis() / 4)
        .unwrap_or(60)
        .max(5);
    std::fs::write(&target, &old).unwrap();
    let mut seed = 0x5EED_u64;
    let total = kills();
    let (mut saw_old, mut saw_new, mut mid_save, mut stale_locks) = (0, 0, 0, 0);
    let lock = samverkan::io::lock::lock_path(&target);
    for kill in 0..total {
        let mut child = Command::new(env!("CARGO_BIN_EXE_samverkan"))
            .arg("save-loop")
            .args([&target, &a, &b])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let delay = per_save / 4 + next(&mut seed) % (per_save * 3);
        std::thread::sleep(Duration::from_millis(delay));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let bytes =
            std::fs::read(&target).unwrap_or_else(|e| panic!("kill {kill}: file gone: {e}"));
        if bytes == old.as_bytes() {
            saw_old += 1;
        } else if bytes == new.as_bytes() {
            saw_new += 1;
        } else {
            panic!(
                "kill {kill} after {delay} ms left a file that is neither version ({} bytes)",
                bytes.len()
            );
        }
        samverkan::io::load_bytes(&bytes).unwrap();
        // A temporary file left behind means the kill landed in the middle of a save.
        if !samverkan::io::save::leftover_temps(&target).is_empty() {
            mid_save += 1;
        }
        if lock.exists() {
            stale_locks += 1;
        }
        // The next command-line save takes over the dead process's lock and tidies up.
        let fmt = Command::new(env!("CARGO_BIN_EXE_samverkan"))
            .arg("fmt")
            .arg(&target)
            .output()
            .unwrap();
        assert_eq!(
            fmt.status.code(),
            Some(0),
            "kill {kill}: fmt after the kill failed: {}",
            String::from_utf8_lossy(&fmt.stderr)
        );
        let left = samverkan::io::save::leftover_temps(&target);
        assert!(left.is_empty(), "kill {kill}: fmt left {left:?}");
        assert!(!lock.exists(), "kill {kill}: a lock is left after fmt");
        let backups_dir = samverkan::io::save::backup_dir(&target);
        for b in samverkan::io::save::list_backups(&target) {
            let bytes = std::fs::read(&b).unwrap();
            assert!(
                bytes == old.as_bytes() || bytes == new.as_bytes(),
                "kill {kill}: backup {} is neither version",
                b.display()
            );
        }
        let hidden = std::fs::read_dir(&backups_dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
            .count();
        assert_eq!(hidden, 0, "kill {kill}: a half-written backup is left");
    }
    println!(
        "{total} kills: the file was intact every time ({saw_old} old, {saw_new} new; {mid_save} kills landed mid-save, {stale_locks} left a lock); fmt succeeded after every kill"
    );
    assert_eq!(saw_old + saw_new, total);
    // The kills must have landed during saving, not only before the first save.
    assert!(
        saw_new > 0,
        "no save finished before a kill; the delays are too short to test anything"
    );
    assert!(mid_save > 0, "no kill landed in the middle of a save");
    assert!(stale_locks > 0, "no kill left a lock to take over");
}
