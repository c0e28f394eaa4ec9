//! One edit and its undo on `generate --scale 100` (about 55 MB in memory), and the memory a
//! long editing session takes: 1,000 edits of meetings, people and bodies with the undo
//! history they leave. Memory is the process's resident size (Linux `/proc/self/statm`).
//!
//! Run: `cargo bench --bench edit_undo` (add a scale, e.g. `-- 10`; default 100).

mod common;

use samverkan::edit::Edit;
use samverkan::session::Session;
use std::time::{Duration, Instant};

fn resident_mb() -> f64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<f64>().ok())
        .map_or(f64::NAN, |pages| pages * 4096.0 / 1e6)
}

fn main() {
    let scale = common::scale_arg();
    let doc = samverkan::generate::generate(scale);
    let mut s = Session::unsaved(doc);
    s.set_recovery_store(None);
    let n = s.doc().meetings.len();
    let edit = |s: &Session, i: usize| -> Edit {
        match i % 3 {
            0 => {
                let mut m = s.doc().meetings[(i * 7919) % n].clone();
                m.title = format!("Ändrad {i}");
                Edit::PutMeeting(m)
            }
            1 => {
                let people = &s.doc().people;
                let mut p = people[(i * 104_729) % people.len()].clone();
                p.title = format!("Titel {i}");
                Edit::PutPerson(p)
            }
            _ => {
                let bodies = &s.doc().bodies;
                let mut b = bodies[(i * 31) % bodies.len()].clone();
                b.description = format!("Beskrivning {i}");
                Edit::PutBody(b)
            }
        }
    };
    // One edit + undo, best of many.
    let mut best = Duration::MAX;
    let mut total = Duration::ZERO;
    let rounds: u32 = 200;
    for i in 0..rounds {
        let e = edit(&s, i as usize);
        let t = Instant::now();
        s.apply(e).expect("applies");
        s.undo();
        let took = t.elapsed();
        best = best.min(took);
        total += took;
    }
    println!(
        "scale {scale}: one edit + undo: best {:.3} ms, mean {:.3} ms ({rounds} rounds)",
        best.as_secs_f64() * 1e3,
        total.as_secs_f64() * 1e3 / f64::from(rounds)
    );
    // Memory over a long session: 1,000 edits, each kept in the history.
    let start = resident_mb();
    let mut marks = Vec::new();
    for i in 0..1000 {
        let e = edit(&s, i);
        s.apply(e).expect("applies");
        if (i + 1) % 250 == 0 {
            marks.push((i + 1, resident_mb()));
        }
    }
    println!("scale {scale}: resident memory {start:.0} MB before the edits");
    for (i, mb) in marks {
        println!("  after {i:>4} edits: {mb:.0} MB ({:+.1} MB)", mb - start);
    }
}
