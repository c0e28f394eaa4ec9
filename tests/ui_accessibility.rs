//! Accessibility, as far as it is built (issue 18 point 7, in part): every control a person
//! operates has a name in the AccessKit tree a screen reader reads: on every page, in the
//! detail of every kind of record, and in a meeting's details, agenda and minutes. Fields
//! without a label beside them (a table's cells, a list's lines) are named with
//! `widgets::name_next`.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

mod kit;

use egui::accesskit::Role;
use egui_kittest::kittest::{By, NodeT, Queryable};
use samverkan::ui::Page;

/// The roles a person operates.
fn interactive(role: Role) -> bool {
    matches!(
        role,
        Role::Button
            | Role::TextInput
            | Role::MultilineTextInput
            | Role::CheckBox
            | Role::ComboBox
            | Role::Link
            | Role::RadioButton
            | Role::Slider
            | Role::SpinButton
            | Role::Tab
            | Role::MenuItem
    )
}

#[test]
fn every_pages_own_controls_have_a_name() {
    let mut h = kit::sample_harness();
    let mut unnamed: Vec<String> = Vec::new();
    for page in Page::ALL {
        kit::go(&mut h, page);
        unnamed.extend(
            h.query_all(By::new().predicate(|n| {
                interactive(n.role()) && n.label().is_none_or(|l| l.trim().is_empty())
            }))
            .map(|n| {
                let node = n.accesskit_node();
                format!(
                    "{page:?}: {:?} {:?} at {:?}",
                    node.role(),
                    node.value(),
                    n.rect()
                )
            }),
        );
    }
    assert!(
        unnamed.is_empty(),
        "without a name:\n{}",
        unnamed.join("\n")
    );
}

/// Every interactive node of what `h` shows now that has no name.
fn unnamed(
    h: &egui_kittest::Harness<'static, samverkan::app::SamverkanApp>,
    at: &str,
) -> Vec<String> {
    h.query_all(
        By::new()
            .predicate(|n| interactive(n.role()) && n.label().is_none_or(|l| l.trim().is_empty())),
    )
    .map(|n| {
        let node = n.accesskit_node();
        format!(
            "{at}: {:?} {:?} at {:?}",
            node.role(),
            node.value(),
            n.rect()
        )
    })
    .collect()
}

#[test]
fn every_kind_of_record_has_its_fields_named() {
    use samverkan::ui::Nav;
    use samverkan::ui::pages::MeetingTab as Tab;
    let mut h = kit::sample_harness();
    let doc = h.state().session.doc().clone();
    // The meeting with the longest minutes, so every kind of block is drawn.
    let minuted = doc
        .meetings
        .iter()
        .max_by_key(|m| {
            m.minutes
                .as_ref()
                .map_or(0, |x| x.items.len() + x.action_items.len())
        })
        .unwrap()
        .id
        .clone();
    let mut missing: Vec<String> = Vec::new();
    for nav in [
        Nav::Body(samverkan::model::BodyId::from("bg")),
        Nav::Person(doc.people[0].id.clone()),
        Nav::Organisation(doc.organisations[0].id.clone()),
        Nav::Goal(doc.goals[0].id.clone()),
        Nav::Assignment(doc.assignments[0].id.clone()),
        Nav::Matter(doc.matters[0].id.clone()),
        Nav::Agreement(doc.agreements[0].id.clone()),
        Nav::Document(doc.documents[0].id.clone()),
        Nav::Activity(doc.cycle.activities[0].id.clone()),
    ] {
        let page = h.state_mut().pages.navigate(nav.clone());
        h.state_mut().ui_state.page = page;
        h.run_steps(3);
        missing.extend(unnamed(&h, &format!("{nav:?}")));
    }
    for tab in [Tab::Details, Tab::Agenda, Tab::Minutes] {
        let page = h.state_mut().pages.navigate(Nav::Meeting(minuted.clone()));
        h.state_mut().ui_state.page = page;
        h.state_mut().pages.meetings_view.tab = tab;
        h.run_steps(3);
        missing.extend(unnamed(&h, &format!("{minuted} {tab:?}")));
    }
    assert!(
        missing.is_empty(),
        "without a name:\n{}",
        missing.join("\n")
    );
}
