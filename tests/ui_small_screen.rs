//! The app at 1024 × 768, the smallest screen it promises to work on: on every page, with a
//! record open where the page has a list, and on each of a meeting's tabs, no widget reaches
//! past the window's right edge, where nothing would scroll to it. (Pages scroll down, so
//! the bottom edge is not a limit.)

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use samverkan::app::{SamverkanApp, UiState};
use samverkan::model::MeetingId;
use samverkan::session::Session;
use samverkan::ui::Page;
use samverkan::ui::pages::MeetingTab;

mod kit;

const WIDTH: f32 = 1024.0;
const HEIGHT: f32 = 768.0;

fn small_harness() -> Harness<'static, SamverkanApp> {
    kit::isolate();
    let mut session = Session::unsaved(samverkan::sample::sample_document().unwrap());
    session.set_recovery_store(None);
    let app = SamverkanApp::new(session, UiState::default());
    let mut h = Harness::builder()
        .with_size([WIDTH, HEIGHT])
        .build_ui_state(|ui, app: &mut SamverkanApp| app.frame_ui(ui), app);
    h.run_steps(2);
    h
}

/// Every widget whose right edge is past the window, as "role 'label' at x0..x1".
fn past_the_edge(h: &Harness<'static, SamverkanApp>) -> Vec<String> {
    h.query_all_by(|_| true)
        .filter_map(|n| {
            let node = n.accesskit_node();
            let rect = node.bounding_box()?;
            // Widgets scrolled out of a list's view lie outside the window on any screen;
            // only what starts inside the window and runs out of it is cut off.
            let starts_inside = rect.x0 < f64::from(WIDTH) && rect.y0 < f64::from(HEIGHT);
            // A text's runs are clipped by the field or label they are in (checked itself).
            if node.role() == egui::accesskit::Role::TextRun {
                return None;
            }
            // What pans and scrolls both ways: the organisation chart (dragged and zoomed)
            // and the status table (scrolls sideways, the goals' column stays).
            let label = node.label().unwrap_or_default();
            if label.starts_with("Organ i schemat:") || label == "Läget per mål och organisation"
            {
                return None;
            }
            (starts_inside && rect.x1 > f64::from(WIDTH) + 1.0 && rect.x1 - rect.x0 > 1.0).then(
                || {
                    format!(
                        "{:?} {:?} at x {:.0}..{:.0}, y {:.0}",
                        node.role(),
                        node.label().unwrap_or_default(),
                        rect.x0,
                        rect.x1,
                        rect.y0
                    )
                },
            )
        })
        .collect()
}

fn check(h: &mut Harness<'static, SamverkanApp>, what: &str, problems: &mut Vec<String>) {
    h.run_steps(4);
    problems.extend(past_the_edge(h).into_iter().map(|p| format!("{what}: {p}")));
}

#[test]
fn nothing_runs_past_the_right_edge_at_1024_by_768() {
    let mut h = small_harness();
    let doc = h.state().session.doc().clone();
    let mut problems = Vec::new();
    for page in Page::ALL {
        h.state_mut().ui_state.page = page;
        {
            let p = &mut h.state_mut().pages;
            p.bodies.selected = doc.bodies.first().map(|b| b.id.clone());
            p.people.selected = doc.people.first().map(|x| x.id.clone());
            p.organisations.selected = doc.organisations.first().map(|x| x.id.clone());
            p.goals.selected = doc.goals.first().map(|x| x.id.clone());
            p.assignments.selected = doc.assignments.first().map(|x| x.id.clone());
            p.meetings.selected = Some(MeetingId::from("m-2026-11-12-bg"));
            // The matter from an outside actor, with the longest origin and trail titles.
            p.matters.selected = doc.matters.last().map(|x| x.id.clone());
        }
        check(&mut h, &format!("{page:?}"), &mut problems);
    }
    // A matter that came from a meeting with a long title (the two forums' joint meeting):
    // its origin is a link with the switch buttons beside it.
    let mut from_meeting = doc.matters.last().unwrap().clone();
    from_meeting.origin = samverkan::model::Origin::Meeting(MeetingId::from("m-2024-03-07-kb-hs"));
    h.state_mut()
        .session
        .apply(samverkan::edit::Edit::PutMatter(from_meeting.clone()))
        .unwrap();
    h.state_mut().ui_state.page = Page::Matters;
    h.state_mut().pages.matters.selected = Some(from_meeting.id.clone());
    check(&mut h, "Matters (from a meeting)", &mut problems);
    // The register with a decision selected.
    h.state_mut().ui_state.page = Page::Decisions;
    let first = samverkan::model::decision::register(&doc)
        .first()
        .map(|e| (e.meeting.id.clone(), e.item_id.clone(), e.block));
    h.state_mut().pages.decisions.selected = first;
    check(&mut h, "Decisions (selected)", &mut problems);
    h.state_mut().ui_state.page = Page::Meetings;
    for tab in [MeetingTab::Details, MeetingTab::Agenda, MeetingTab::Minutes] {
        h.state_mut().pages.meetings_view.tab = tab;
        check(&mut h, &format!("Meetings {tab:?}"), &mut problems);
    }
    assert!(
        problems.is_empty(),
        "{} cut off:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
