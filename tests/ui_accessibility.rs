//! Accessibility, as far as it is built (issue 18 point 7, in part): on every page, the
//! page's own controls (list filters, filter drop-downs, tabs, buttons) have a name in the
//! AccessKit tree a screen reader reads. The forms of a selected record are not yet all
//! named; this test grows with them.

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
                format!("{page:?}: {:?} {:?} at {:?}", node.role(), node.value(), n.rect())
            }),
        );
    }
    assert!(unnamed.is_empty(), "without a name:\n{}", unnamed.join("\n"));
}
