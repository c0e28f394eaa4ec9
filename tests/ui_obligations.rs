//! The year's obligations in the real UI, headless: linking an agenda item to a matter,
//! sending a decision on to another body, the matter's trail, the register's filters, and
//! a body's obligations.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

mod kit;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use kit::{go, meeting_harness, sample_harness};
use samverkan::model::{AgendaItemId, BodyId, MeetingId};
use samverkan::ui::Nav;
use samverkan::ui::Page;
use samverkan::ui::pages::MeetingTab;

fn december() -> MeetingId {
    MeetingId::new("m-2026-12-10-bg")
}

/// In the agenda builder an item gets a matter made from it (one undo step for both), and
/// another item is filed under an existing matter from the list.
#[test]
fn an_agenda_item_is_linked_to_a_new_or_an_existing_matter_from_the_builder() {
    let mut h = meeting_harness(&december(), MeetingTab::Agenda);
    let before = h.state().session.doc().clone();
    let item = before.meeting(&december()).unwrap().agenda[5].clone();
    assert_eq!(
        item.title,
        "Budget och verksamhetsplan 2027 för Nya Perspektiv"
    );
    assert!(item.matter.is_none());
    h.get_all_by_label_contains("Beskrivning, underpunkter och gäster")
        .nth(5)
        .unwrap()
        .click();
    h.run_steps(2);
    h.get_all_by_value("(inget ärende)").next().unwrap().click();
    h.run_steps(2);
    h.get_by_label("+ Nytt ärende av punkten").click();
    h.run_steps(3);
    let doc = h.state().session.doc().clone();
    assert_eq!(doc.matters.len(), before.matters.len() + 1);
    let matter = doc.matters.last().unwrap().clone();
    assert_eq!(matter.title, item.title);
    let linked = &doc.meeting(&december()).unwrap().agenda[5];
    assert_eq!(linked.matter.as_ref(), Some(&matter.id));
    // Its trail has the item; the matter page opens from the builder.
    assert_eq!(samverkan::model::matter::trail(&doc, &matter.id).len(), 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(
        *h.state().session.doc(),
        before,
        "the matter and the link: one undo step"
    );

    // An existing matter from the list (the item's section is still open).
    h.get_all_by_value("(inget ärende)").next().unwrap().click();
    h.run_steps(2);
    h.get_by_label("Kraftsamling för alla barns och ungas hälsa")
        .click();
    h.run_steps(2);
    let doc = h.state().session.doc();
    assert_eq!(
        doc.meeting(&december()).unwrap().agenda[5]
            .matter
            .as_ref()
            .map(samverkan::model::MatterId::as_str),
        Some("e-kraftsamling-barn-unga")
    );
    assert_eq!(doc.matters.len(), before.matters.len(), "nothing new");
    h.get_all_by_label("Öppna").next().unwrap().click();
    h.run_steps(3);
    assert_eq!(h.state().ui_state.page, Page::Matters);
    // The matter page shows its trail: both bodies' items, the newest last.
    h.get_by_label("Ärendets gång");
    h.get_by_label_contains("Budget och verksamhetsplan 2027");
    h.get_by_label_contains("Kraftsamling för barns och ungas hälsa");
}

/// "Skicka vidare till …" on a decision puts the item on the other body's next meeting
/// under a matter made from it; the matter's trail then runs through both bodies.
#[test]
fn a_decision_is_sent_on_to_the_next_meeting_of_another_body() {
    let held = MeetingId::new("m-2026-11-12-bg");
    let mut h = meeting_harness(&held, MeetingTab::Minutes);
    let before = h.state().session.doc().clone();
    let meeting = before.meeting(&held).unwrap();
    // The first item with a decision.
    let minutes = meeting.minutes.as_ref().unwrap();
    let (item, _) = meeting
        .agenda
        .iter()
        .enumerate()
        .find(|(_, i)| {
            minutes
                .items
                .iter()
                .any(|s| s.item == i.id && s.decisions().next().is_some())
        })
        .unwrap();
    let item_id: AgendaItemId = meeting.agenda[item].id.clone();
    let next = samverkan::model::matter::next_meeting(&before, &BodyId::new("psg"), meeting.date)
        .unwrap()
        .clone();
    h.get_all_by_label("Skicka vidare till …")
        .next()
        .unwrap()
        .click();
    h.run_steps(2);
    h.get_by_label(&format!("PSG – {}", next.date)).click();
    h.run_steps(3);
    let doc = h.state().session.doc().clone();
    let to = doc.meeting(&next.id).unwrap();
    let new = to.agenda.iter().find(|i| i.matter.is_some()).unwrap();
    let matter = new.matter.clone().unwrap();
    assert_eq!(
        doc.meeting(&held).unwrap().agenda[item].matter.as_ref(),
        Some(&matter),
        "{item_id}"
    );
    let trail = samverkan::model::matter::trail(&doc, &matter);
    let bodies: Vec<&str> = trail.iter().map(|s| s.meeting.bodies[0].as_str()).collect();
    assert_eq!(bodies, ["bg", "psg"]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(*h.state().session.doc(), before, "one undo step");
}

/// The register narrows to one body and one follow-up status; the export takes what is
/// shown.
#[test]
fn the_register_of_decisions_filters_by_body_year_and_status() {
    let mut h = sample_harness();
    go(&mut h, Page::Decisions);
    h.run_steps(2);
    let all = samverkan::model::decision::register(h.state().session.doc()).len();
    assert_eq!(h.state().pages.decisions.list.shown(), all);
    // Selecting a decision shows it in full without moving the list under the pointer.
    let date = "2026-09-10";
    let before = h.get_all_by_label(date).next().unwrap().rect();
    h.get_all_by_label(date).next().unwrap().click();
    h.run_steps(3);
    assert!(h.state().pages.decisions.selected.is_some());
    let after = h.get_all_by_label(date).next().unwrap().rect();
    assert_eq!(before, after, "the row stays where it was clicked");
    h.get_all_by_value("Alla organ").next().unwrap().click();
    h.run_steps(2);
    h.get_all_by_label("VR").last().unwrap().click();
    h.run_steps(3);
    let shown = h.state().pages.decisions.list.shown();
    let doc = h.state().session.doc().clone();
    let vr = samverkan::model::decision::register(&doc)
        .iter()
        .filter(|e| e.meeting.bodies.contains(&BodyId::new("vr")))
        .count();
    assert_eq!(shown, vr);
    assert!(shown < all);
    // Back to every body, then only what is overdue: the sample has none.
    h.get_all_by_value("VR").next().unwrap().click();
    h.run_steps(2);
    h.get_by_label("Alla organ").click();
    h.run_steps(2);
    h.get_all_by_value("Oavsett uppföljning")
        .next()
        .unwrap()
        .click();
    h.run_steps(2);
    h.get_by_label("försenat").click();
    h.run_steps(3);
    assert_eq!(h.state().pages.decisions.list.shown(), 0);
    assert_eq!(
        h.state().pages.decisions.filter.status,
        Some(samverkan::model::FollowUp::Overdue)
    );
    // A search narrows further, and a click shows the decision's details.
    h.get_all_by_value("försenat").next().unwrap().click();
    h.run_steps(2);
    h.get_by_label("Oavsett uppföljning").click();
    h.run_steps(3);
    assert_eq!(h.state().pages.decisions.list.shown(), all);
}

/// A body's page says what it owes and is owed this operating year, each a link.
#[test]
fn a_body_page_shows_what_it_owes_and_is_owed() {
    let mut h = sample_harness();
    h.state_mut()
        .pages
        .navigate(Nav::Body(BodyId::new("barnalivet")));
    h.state_mut().ui_state.page = Page::Bodies;
    h.run_steps(3);
    h.get_by_label_contains("Det vi ska rapportera");
    let link = "2026-12-10 Samverkansgruppernas återrapportering och planering – BG";
    h.get_by_label(link).click();
    h.run_steps(2);
    assert_eq!(h.state().ui_state.page, Page::Assignments);
    h.state_mut().pages.navigate(Nav::Body(BodyId::new("bg")));
    h.state_mut().ui_state.page = Page::Bodies;
    h.run_steps(3);
    h.get_by_label_contains("Det vi ska få");
    h.get_by_label("2026-12-10 Samverkansgruppernas återrapportering och planering – Barnalivet");
}

/// The embedded example says on the overview, where a newcomer looks first, what in it is
/// taken from the sources and what is invented; a document of one's own does not.
#[test]
fn the_overview_says_the_example_is_an_example() {
    let banner = "Exempeldokument.";
    let mut h = kit::harness(samverkan::session::Session::sample(
        samverkan::sample::sample_document().unwrap(),
    ));
    go(&mut h, Page::Overview);
    assert!(h.query_by_label_contains(banner).is_some());
    let own = sample_harness(); // the same content, not the example
    assert!(own.query_by_label_contains(banner).is_none());
}
