//! What the app's headless UI tests share: a harness on a session or the sample, with the
//! user's folders kept out, and the steps every test takes (go to a page, retype a field).

#![allow(dead_code)] // each test file uses some of these

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use samverkan::app::{SamverkanApp, UiState};
use samverkan::session::Session;
use samverkan::ui::Page;
use std::sync::OnceLock;

/// Keep the tests' recent-files list and recovery copies out of the user's folders.
pub fn isolate() {
    static DIR: OnceLock<std::path::PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep();
        // SAFETY: set once, before any test reads these variables.
        unsafe {
            std::env::set_var("SAMVERKAN_DATA_DIR", dir.join("data"));
            std::env::set_var("SAMVERKAN_CONFIG_DIR", dir.join("config"));
        }
        dir
    });
}

pub fn harness(mut session: Session) -> Harness<'static, SamverkanApp> {
    isolate();
    session.set_recovery_store(None);
    let app = SamverkanApp::new(session, UiState::default());
    let mut h = Harness::builder()
        .with_size([1400.0, 2200.0]) // tall enough that the members table is on screen
        .build_ui_state(|ui, app: &mut SamverkanApp| app.frame_ui(ui), app);
    h.run_steps(2);
    h
}

pub fn sample_harness() -> Harness<'static, SamverkanApp> {
    harness(Session::unsaved(
        samverkan::sample::sample_document().unwrap(),
    ))
}

pub fn go(h: &mut Harness<'static, SamverkanApp>, page: Page) {
    h.state_mut().ui_state.page = page;
    h.run_steps(2);
}

/// The text field that shows `value` (labels with the same text are skipped).
pub fn field<'a>(h: &'a Harness<'static, SamverkanApp>, value: &'a str) -> egui_kittest::Node<'a> {
    h.get_all_by_value(value)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::TextInput)
        .unwrap_or_else(|| panic!("no text field shows {value:?}"))
}

/// Replace the text of the field showing `current` and finish the edit with Enter.
pub fn retype(h: &mut Harness<'static, SamverkanApp>, current: &str, new: &str) {
    field(h, current).focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    field(h, current).type_text(new);
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(2);
}

/// The sample with meeting `id` open on `tab`.
pub fn meeting_harness(
    id: &samverkan::model::MeetingId,
    tab: samverkan::ui::pages::MeetingTab,
) -> Harness<'static, SamverkanApp> {
    let mut h = sample_harness();
    go(&mut h, Page::Meetings);
    h.state_mut().pages.meetings.selected = Some(id.clone());
    h.state_mut().pages.meetings_view.tab = tab;
    h.run_steps(3);
    h
}
