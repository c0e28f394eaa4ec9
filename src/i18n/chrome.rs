//! The app's frame composed from words: the window title and the header of a list page.

use super::Lang;
use super::t;

/// The window title: "plan.ron • [skrivskyddat] – Samverkan".
pub fn window_title(name: &str, dirty: bool, read_only: bool, lang: Lang) -> String {
    let dirty = if dirty { " •" } else { "" };
    let ro = if read_only {
        format!(" [{}]", t::READ_ONLY.get(lang).to_lowercase())
    } else {
        String::new()
    };
    format!("{name}{dirty}{ro} – Samverkan")
}

/// How many rows a list shows: "40", or "12 / 40" when a filter hides some.
pub fn shown_of(shown: usize, total: usize) -> String {
    if shown == total {
        format!("{total}")
    } else {
        format!("{shown} / {total}")
    }
}

/// The button that adds a record to a list: "+ Ny person".
pub fn add_button(new_label: &str) -> String {
    format!("+ {new_label}")
}
