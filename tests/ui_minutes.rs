//! The secretary's minutes in the app, headless: blocks written in the order things
//! happened and moved, sub-items from the agenda, the lock of signed-off minutes and the
//! confirmation that opens them again.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use samverkan::app::SamverkanApp;
use samverkan::model::{Block, MeetingId, MeetingStatus, MinutesChange};
use samverkan::ui::pages::MeetingTab;

mod kit;
use kit::*;

/// The sample's last held meeting: minutes written, not yet signed off.
fn held() -> MeetingId {
    MeetingId::from("m-2026-11-12-bg")
}

fn blocks(h: &Harness<'static, SamverkanApp>, item: usize) -> Vec<Block> {
    let doc = h.state().session.doc();
    let m = doc.meeting(&held()).unwrap();
    let id = &m.agenda[item].id;
    m.minutes
        .as_ref()
        .unwrap()
        .items
        .iter()
        .find(|s| &s.item == id)
        .map(|s| s.blocks.clone())
        .unwrap_or_default()
}

fn typed(h: &mut Harness<'static, SamverkanApp>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run_steps(1);
    h.key_press(Key::Tab); // leave the field: the text is committed
    h.run_steps(2);
}

/// "+ Frågor/synpunkter" after a decision puts the question after it, with the cursor in
/// it; "Upp" moves it before the decision, as it happened; "×" takes a block away.
#[test]
fn blocks_are_written_in_order_and_moved() {
    let mut h = meeting_harness(&held(), MeetingTab::Minutes);
    h.run_steps(2);
    let before = blocks(&h, 0);
    assert!(
        matches!(before.last(), Some(Block::Decision(_))),
        "the first item ends with its decision: {before:?}"
    );
    h.get_all_by_label("+ Frågor/synpunkter")
        .next()
        .unwrap()
        .click();
    h.run_steps(3);
    typed(&mut h, "Hur når vi kommunerna?");
    let after = blocks(&h, 0);
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(
        after.last(),
        Some(&Block::Questions("Hur når vi kommunerna?".into()))
    );
    // The new block's "Upp" is the last of the item's blocks' (the first item's come first).
    let n = after.len();
    h.get_all_by_label("Upp").nth(n - 1).unwrap().click();
    h.run_steps(2);
    let moved = blocks(&h, 0);
    assert_eq!(
        moved[n - 2],
        Block::Questions("Hur når vi kommunerna?".into())
    );
    assert!(matches!(moved[n - 1], Block::Decision(_)), "{moved:?}");
    // One undo step each: undo puts the question back after the decision.
    assert!(h.state_mut().session.undo());
    h.run_steps(2);
    assert_eq!(blocks(&h, 0), after);
}

/// A sub-item written on the agenda is a heading in the minutes: offered with one click
/// when the minutes were started before it, and printed as a sub-heading.
#[test]
fn sub_items_on_the_agenda_become_headings_in_the_minutes() {
    let mut h = meeting_harness(&held(), MeetingTab::Agenda);
    h.run_steps(2);
    // The first item's section of description, sub-items and guests.
    h.get_all_by_label_contains("Beskrivning, underpunkter och gäster")
        .next()
        .unwrap()
        .click();
    h.run_steps(2);
    h.get_by_label("+ Underpunkt").click();
    h.run_steps(3);
    typed(&mut h, "Healthy Cities Sverige");
    let doc = h.state().session.doc().clone();
    let item = &doc.meeting(&held()).unwrap().agenda[0];
    assert_eq!(item.sub_items, ["Healthy Cities Sverige"]);

    h.state_mut().pages.meetings_view.tab = MeetingTab::Minutes;
    h.run_steps(3);
    h.get_by_label("+ 1 underpunkt från dagordningen").click();
    h.run_steps(2);
    assert_eq!(
        blocks(&h, 0).last(),
        Some(&Block::Heading("Healthy Cities Sverige".into()))
    );
    assert!(
        h.query_by_label("+ 1 underpunkt från dagordningen")
            .is_none(),
        "offered once"
    );
}

/// "Justera" locks the minutes: their fields and buttons are disabled and the edit path
/// refuses a change. "Öppna igen …" asks first, takes a reason, and leaves a dated line.
#[test]
fn signed_off_minutes_are_locked_and_reopened_only_after_asking() {
    let mut h = meeting_harness(&held(), MeetingTab::Minutes);
    h.run_steps(2);
    h.get_by_label("Skicka för justering").click();
    h.run_steps(2);
    let status = |h: &Harness<'static, SamverkanApp>| {
        h.state().session.doc().meeting(&held()).unwrap().status
    };
    assert_eq!(status(&h), MeetingStatus::MinutesForReview);
    h.get_by_label("Justera").click();
    h.run_steps(3);
    assert_eq!(status(&h), MeetingStatus::MinutesApproved);
    assert!(
        h.query_by_label_contains("låsta").is_some(),
        "the page says so"
    );
    let plus = h.get_all_by_label("+ Beslut").next().unwrap();
    assert!(
        plus.accesskit_node().is_disabled(),
        "nothing to add to signed minutes"
    );

    h.get_by_label("Öppna igen …").click();
    h.run_steps(3);
    assert!(
        h.query_by_label("Öppna justerade anteckningar igen?")
            .is_some()
    );
    // Cancel changes nothing.
    h.get_by_label("Avbryt").click();
    h.run_steps(3);
    assert_eq!(status(&h), MeetingStatus::MinutesApproved);

    h.get_by_label("Öppna igen …").click();
    h.run_steps(3);
    // The cursor is in the reason: typing goes there.
    h.event(egui::Event::Text("Fel namn under punkt 3".to_owned()));
    h.run_steps(2);
    h.get_by_label("Öppna igen").click();
    h.run_steps(3);
    assert_eq!(status(&h), MeetingStatus::Held);
    let doc = h.state().session.doc();
    let history = &doc
        .meeting(&held())
        .unwrap()
        .minutes
        .as_ref()
        .unwrap()
        .history;
    let changes: Vec<_> = history.iter().map(|e| e.change).collect();
    assert_eq!(
        changes,
        [
            MinutesChange::SentForReview,
            MinutesChange::Approved,
            MinutesChange::Reopened
        ]
    );
    assert_eq!(history[2].note, "Fel namn under punkt 3");
    assert!(
        !h.get_all_by_label("+ Beslut")
            .next()
            .unwrap()
            .accesskit_node()
            .is_disabled(),
        "a draft again"
    );
}

/// A picker that saves to one path and remembers what it was asked.
struct Recording {
    path: std::path::PathBuf,
    asked: std::sync::Arc<std::sync::Mutex<Vec<(String, samverkan::app::FileKind)>>>,
}

impl samverkan::app::FilePicker for Recording {
    fn open(
        &mut self,
        _: samverkan::app::FileKind,
        _: samverkan::i18n::Lang,
    ) -> samverkan::app::Pick {
        samverkan::app::Pick::Cancelled
    }
    fn save(
        &mut self,
        suggested: &str,
        kind: samverkan::app::FileKind,
        _: samverkan::i18n::Lang,
    ) -> samverkan::app::Pick {
        self.asked
            .lock()
            .unwrap()
            .push((suggested.to_owned(), kind));
        samverkan::app::Pick::Chosen(self.path.clone())
    }
}

/// "Mötesanteckningar (Word) …" suggests the body's short name and the date, filters for
/// Word documents and writes a .docx; the PDF is PDF/A and the status line does not warn.
#[test]
fn the_minutes_export_to_word_from_the_meetings_menu() {
    let dir = tempfile::tempdir().unwrap();
    let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut h = meeting_harness(&held(), MeetingTab::Minutes);
    let path = dir.path().join("anteckningar.docx");
    h.state_mut().set_picker(Box::new(Recording {
        path: path.clone(),
        asked: std::sync::Arc::clone(&asked),
    }));
    h.get_by_label("Exportera …").click();
    h.run_steps(2);
    h.get_by_label("Mötesanteckningar (Word) …").click();
    h.run_steps(3);
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"PK"), "a .docx is a zip");
    assert_eq!(
        asked.lock().unwrap().first().cloned(),
        Some((
            "anteckningar-BG-2026-11-12.docx".to_owned(),
            samverkan::app::FileKind::Word
        ))
    );

    let pdf = dir.path().join("anteckningar.pdf");
    h.state_mut().set_picker(Box::new(Recording {
        path: pdf.clone(),
        asked: std::sync::Arc::clone(&asked),
    }));
    h.get_by_label("Exportera …").click();
    h.run_steps(2);
    h.get_by_label("Mötesanteckningar (PDF) …").click();
    h.run_steps(3);
    assert!(samverkan::export::pdf::is_pdf_a(
        &std::fs::read(&pdf).unwrap()
    ));
    assert!(h.query_by_label_contains("inte PDF/A").is_none());
}
