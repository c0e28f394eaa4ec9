//! The three-way merge of two edited copies of a large generated document (at least 1,000
//! changes on each side, a sixth of them conflicting), and of the sample: time, and the memory
//! the merge needs beyond the three documents, against what one document takes.
//!
//! Run: `cargo bench --bench merge` (add a scale, e.g. `-- 100`, default 100).

mod common;

use samverkan::model::merge::{By, merge};
use samverkan::model::{Document, MembershipId, PersonId};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = IN_USE.fetch_add(n, Ordering::Relaxed) + n;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is passed on to the system allocator unchanged; only counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as the caller promised for `layout`.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` with `layout`.
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as the caller promised for `ptr` and `layout`.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// `n` changes of several kinds, every `step`-th record from `offset`: people renamed or
/// retitled, meeting places, agenda titles, new people and seats, links deleted.
fn edited(base: &Document, tag: &str, offset: usize, n: usize) -> Document {
    let mut doc = base.clone();
    let mut left = n;
    let mut take = |k: usize| {
        let k = k.min(left);
        left -= k;
        k
    };
    let k = take(n / 3);
    for p in doc.people.iter_mut().skip(offset).step_by(7).take(k) {
        if tag == "x" {
            p.name = format!("{} ({tag})", p.name);
        } else {
            p.title = format!("{} ({tag})", p.title);
        }
    }
    // The same meetings on both sides: their places conflict.
    let k = take(n / 6);
    for m in doc.meetings.iter_mut().step_by(5).take(k) {
        m.place = format!("Lokal {tag}");
    }
    let k = take(n / 6);
    for item in doc
        .meetings
        .iter_mut()
        .flat_map(|m| m.agenda.iter_mut())
        .skip(offset)
        .step_by(11)
        .take(k)
    {
        item.title = format!("{} ({tag})", item.title);
    }
    let k = take(n / 6);
    let template = doc.people[0].clone();
    for i in 0..k {
        let mut p = template.clone();
        p.id = PersonId::new(format!("p-{tag}-{i}"));
        p.name = format!("Ny person {tag} {i}");
        doc.people.push(p);
    }
    let k = take(n / 12);
    let seated: Vec<usize> = (0..doc.bodies.len())
        .filter(|i| !doc.bodies[*i].memberships.is_empty())
        .collect();
    for i in 0..k {
        let b = seated[(i * 13 + offset) % seated.len()];
        let mut seat = doc.bodies[b].memberships[0].clone();
        seat.id = MembershipId::new(format!("ms-{tag}-{i}"));
        doc.bodies[b].memberships.push(seat);
    }
    let k = left;
    let mut removed = 0;
    doc.links.retain(|_| {
        removed += 1;
        removed % 9 != offset % 9 || removed / 9 > k
    });
    doc
}

fn measure(name: &str, base: &Document, changes: usize) {
    let mine = edited(base, "x", 0, changes);
    let theirs = edited(base, "y", 3, changes);
    let before = IN_USE.load(Ordering::Relaxed);
    let one = base.clone();
    let one_doc = IN_USE.load(Ordering::Relaxed) - before;
    drop(one);

    let start = IN_USE.load(Ordering::Relaxed);
    PEAK.store(start, Ordering::Relaxed);
    let m = merge(base, &mine, &theirs).expect("merge");
    let merged = m.document(&[]).expect("document");
    let peak = PEAK.load(Ordering::Relaxed) - start;
    let (from_mine, from_theirs, conflicts) = (
        m.report.count(By::Mine),
        m.report.count(By::Theirs),
        m.report.conflicts.len(),
    );
    drop((m, merged));

    let time = common::best_of(Duration::from_secs(5), || {
        let m = merge(base, &mine, &theirs).expect("merge");
        std::hint::black_box(m.document(&[]).expect("document"));
    });
    let t = Instant::now();
    let mut m = merge(base, &mine, &theirs).expect("merge");
    let merged = m.document(&[]).expect("document");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).expect("date");
    m.check(&merged, &mine, &theirs, today);
    let with_check = t.elapsed();
    println!(
        "{name}: {} people, {} meetings; {from_mine} changes from mine, {from_theirs} from theirs, \
         {conflicts} conflicts; merge {:.0} ms, with the validation of the result {:.0} ms; \
         peak memory of the merge {:.1} MB = {:.2} x one document ({:.1} MB)",
        base.people.len(),
        base.meetings.len(),
        time.as_secs_f64() * 1000.0,
        with_check.as_secs_f64() * 1000.0,
        peak as f64 / 1e6,
        peak as f64 / one_doc as f64,
        one_doc as f64 / 1e6,
    );
}

fn main() {
    let sample = samverkan::sample::sample_document().expect("sample");
    measure("sample", &sample, 60);
    let scale = common::scale_arg();
    let big = samverkan::generate::generate(scale);
    measure(&format!("generate --scale {scale}"), &big, 1200);
}
