//! Frame time of every page, headless (`egui_kittest`, no GPU), on the sample and on a large
//! generated document. Measures building the UI for one frame: layout and tessellation.
//!
//! Run: `cargo bench --bench frames` (add a scale, e.g. `-- 100`, default 100; and page names,
//! e.g. `-- 100 Organisations Structure`, to measure only those).

mod common;

use egui_kittest::Harness;
use samverkan::app::{SamverkanApp, UiState};
use samverkan::model::Document;
use samverkan::session::Session;
use samverkan::ui::Page;
use std::time::{Duration, Instant};

/// Which record a detail page shows.
#[derive(Clone, Copy, PartialEq)]
enum Pick {
    First,
    /// The largest: the body with most seats, the person with most seats, the organisation
    /// with most people, the meeting with the longest agenda, the goal with most values; on
    /// the follow-up page the goal view (small multiples) instead of the table; the matter
    /// with the longest trail.
    Largest,
}

fn largest<T, K: Clone>(
    items: &[T],
    id: impl Fn(&T) -> &K,
    size: impl Fn(&T) -> usize,
) -> Option<K> {
    items.iter().max_by_key(|t| size(t)).map(|t| id(t).clone())
}

fn frame_times(doc: Document, page: Page, pick: Pick) -> (Duration, Duration) {
    let mut session = Session::unsaved(doc);
    session.set_recovery_store(None);
    let mut app = SamverkanApp::new(
        session,
        UiState {
            page,
            ..UiState::default()
        },
    );
    // Select the first record so detail forms are drawn too.
    let doc = app.session.doc();
    app.pages.bodies.selected = doc.bodies.first().map(|b| b.id.clone());
    app.pages.people.selected = doc.people.first().map(|p| p.id.clone());
    app.pages.organisations.selected = doc.organisations.first().map(|o| o.id.clone());
    app.pages.meetings.selected = doc.meetings.first().map(|m| m.id.clone());
    app.pages.goals.selected = doc.goals.first().map(|g| g.id.clone());
    app.pages.matters.selected = doc.matters.first().map(|m| m.id.clone());
    if pick == Pick::Largest {
        app.pages.matters.selected = largest(
            &doc.matters,
            |m| &m.id,
            |m| samverkan::model::matter::trail(doc, &m.id).len(),
        );
        app.pages.bodies.selected = largest(&doc.bodies, |b| &b.id, |b| b.memberships.len());
        app.pages.people.selected = largest(
            &doc.people,
            |p| &p.id,
            |p| {
                doc.bodies
                    .iter()
                    .flat_map(|b| &b.memberships)
                    .filter(|m| m.person.as_ref() == Some(&p.id))
                    .count()
            },
        );
        app.pages.organisations.selected = largest(
            &doc.organisations,
            |o| &o.id,
            |o| {
                doc.people
                    .iter()
                    .filter(|p| p.organisation.as_ref() == Some(&o.id))
                    .count()
            },
        );
        app.pages.meetings.selected = largest(&doc.meetings, |m| &m.id, |m| m.agenda.len());
        app.pages.goals.selected = largest(
            &doc.goals,
            |g| &g.id,
            |g| g.indicators.iter().map(|i| i.values.len()).sum(),
        );
        app.pages
            .follow_up
            .goal
            .clone_from(&app.pages.goals.selected);
        app.pages.follow_up.tab = samverkan::ui::pages::follow_up::Tab::Goal;
    }
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        // Accessibility names are checked by the UI tests, not here.
        .with_accessibility_check(false)
        .build_ui_state(|ui, app: &mut SamverkanApp| app.frame_ui(ui), app);
    // The first frames build caches (list rows, validation).
    let first = Instant::now();
    h.step();
    let first = first.elapsed();
    for _ in 0..3 {
        h.step();
    }
    let mut times = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        h.step();
        times.push(t.elapsed());
    }
    times.sort();
    (first, times[times.len() / 2])
}

fn main() {
    let scale = common::scale_arg();
    let sample = samverkan::sample::sample_document().expect("sample");
    let big = samverkan::generate::generate(scale);
    println!(
        "large document: generate --scale {scale}: {} people, {} bodies, {} meetings",
        big.people.len(),
        big.bodies.len(),
        big.meetings.len()
    );
    println!(
        "{:<24} | {:>12} {:>12} | {:>12} {:>12}",
        "page", "sample 1st", "sample ms", "large 1st", "large ms"
    );
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a.parse::<u32>().is_err() && !a.starts_with('-'))
        .collect();
    for page in Page::ALL {
        if !only.is_empty() && !only.iter().any(|o| o == &format!("{page:?}")) {
            continue;
        }
        let detail = matches!(
            page,
            Page::Bodies
                | Page::People
                | Page::Organisations
                | Page::Meetings
                | Page::Goals
                | Page::FollowUp
                | Page::Matters
        );
        for pick in [Pick::First, Pick::Largest] {
            if pick == Pick::Largest && !detail {
                continue;
            }
            let (s1, s) = frame_times(sample.clone(), page, pick);
            let (b1, b) = frame_times(big.clone(), page, pick);
            let name = match pick {
                Pick::First => format!("{page:?}"),
                Pick::Largest => format!("{page:?} (largest)"),
            };
            println!(
                "{:<24} | {:>9.2} ms {:>9.2} ms | {:>9.2} ms {:>9.2} ms",
                name,
                s1.as_secs_f64() * 1e3,
                s.as_secs_f64() * 1e3,
                b1.as_secs_f64() * 1e3,
                b.as_secs_f64() * 1e3
            );
        }
    }
}
