//! Crash safety: a process saving a document of more than 1 MB is killed with SIGKILL at
//! random moments; after every kill the file loads and equals the old or the new version.
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
    let mut old_doc = samverkan::generate::generate(6);
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

    let mut seed = 0x5EED_u64;
    let total = kills();
    let (mut saw_old, mut saw_new, mut mid_save) = (0, 0, 0);
    for kill in 0..total {
        let mut child = Command::new(env!("CARGO_BIN_EXE_samverkan"))
            .arg("save-loop")
            .args([&target, &a, &b])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let delay = 5 + next(&mut seed) % 60;
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
        let temps = samverkan::io::save::leftover_temps(&target);
        if !temps.is_empty() {
            mid_save += 1;
        }
        for t in temps {
            std::fs::remove_file(t).unwrap();
        }
    }
    println!(
        "{total} kills: the file was intact every time ({saw_old} old, {saw_new} new; {mid_save} kills landed mid-save)"
    );
    assert_eq!(saw_old + saw_new, total);
    // The kills must have landed during saving, not only before the first save.
    assert!(
        saw_new > 0,
        "no save finished before a kill; the delays are too short to test anything"
    );
    assert!(mid_save > 0, "no kill landed in the middle of a save");
}
