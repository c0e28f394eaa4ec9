//! The year's obligations: report-backs planned from the annual cycle and received when
//! minuted, matters followed across bodies, "send on", the register of decisions, the
//! checks on their links, and the command line.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

mod common;

use chrono::NaiveDate;
use common::{code, samverkan, stderr, stdout};
use samverkan::edit::{Edit, apply, plan_edit};
use samverkan::model::decision::{Filter, FollowUp, register};
use samverkan::model::holidays::is_working_day;
use samverkan::model::matter::{SendOnError, send_on, trail};
use samverkan::model::plan::plan;
use samverkan::model::report_back::{Received, overdue, status};
use samverkan::model::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn body(id: &str, kind: BodyKind) -> Body {
    let mut b = Body::new(BodyId::new(id), id);
    b.kind = kind;
    b
}

fn activity(id: &str, body: &str, when: Recurrence, rb: Option<ReportBack>) -> Activity {
    Activity {
        id: ActivityId::new(id),
        body: BodyId::new(body),
        title: format!("Aktivitet {id}"),
        description: String::new(),
        when,
        is_meeting: rb.is_none(),
        report_back: rb,
    }
}

/// A beredningsgrupp, a steering group and four samverkansgrupper (one closed), with an
/// August start; every December each active samverkansgrupp reports to the
/// beredningsgrupp, every October the beredningsgrupp to the steering group.
fn structure() -> Document {
    let mut doc = Document::new("Test");
    doc.cycle.start_month = 8;
    doc.bodies = vec![
        body("bg", BodyKind::PreparationGroup),
        body("psg", BodyKind::SteeringGroup),
        body("barn", BodyKind::CollaborationGroup),
        body("unga", BodyKind::CollaborationGroup),
        body("vuxna", BodyKind::CollaborationGroup),
        body("gammal", BodyKind::CollaborationGroup),
    ];
    doc.bodies[5].status = BodyStatus::Closed;
    doc.cycle.activities = vec![
        activity(
            "c-dec",
            "bg",
            Recurrence::Month(12),
            Some(ReportBack {
                from: Vec::new(),
                from_kind: Some(BodyKind::CollaborationGroup),
                to: BodyId::new("bg"),
            }),
        ),
        activity(
            "c-okt",
            "bg",
            Recurrence::Month(10),
            Some(ReportBack {
                from: Vec::new(),
                from_kind: None,
                to: BodyId::new("psg"),
            }),
        ),
    ];
    doc
}

/// A new matter.
fn matter(id: &str, origin: Origin) -> Matter {
    Matter {
        id: MatterId::new(id),
        title: "Ärende".into(),
        description: String::new(),
        origin,
        owner: None,
        status: MatterStatus::Initiated,
        opened: None,
    }
}

/// A planned meeting of one body.
fn meeting_of(id: &str, body: &str, date: NaiveDate) -> Meeting {
    Meeting::new(MeetingId::new(id), vec![BodyId::new(body)], date)
}

fn item(id: &str, number: u32, title: &str) -> AgendaItem {
    AgendaItem {
        id: AgendaItemId::new(id),
        number,
        title: title.into(),
        kind: AgendaItemKind::Decision,
        presenters: Vec::new(),
        duration: 10,
        description: String::new(),
        guests: Vec::new(),
        sub_items: Vec::new(),
        matter: None,
        report_backs: Vec::new(),
    }
}

/// One report-back per active reporting body, due on the period's last working day when
/// the receiver has no meeting then: December 2027 ends on a Friday that is nyårsafton, so
/// the 30th; Christmas and weekends are never chosen.
#[test]
fn report_backs_are_proposed_for_every_reporting_body_off_weekends_and_holidays() {
    let doc = structure();
    let p = plan(&doc, 2027);
    assert!(p.meetings.is_empty(), "no meeting activities");
    let december: Vec<_> = p
        .report_backs
        .iter()
        .filter(|r| r.activity.as_str() == "c-dec")
        .collect();
    let from: Vec<&str> = december.iter().map(|r| r.from.as_str()).collect();
    assert_eq!(
        from,
        ["barn", "unga", "vuxna"],
        "the closed group does not report"
    );
    for r in &december {
        assert_eq!(r.to.as_str(), "bg");
        assert_eq!(r.due, day(2027, 12, 30));
        assert!(is_working_day(r.due));
        assert!(!r.at_meeting);
    }
    let october: Vec<_> = p
        .report_backs
        .iter()
        .filter(|r| r.activity.as_str() == "c-okt")
        .collect();
    assert_eq!(october.len(), 1);
    assert_eq!(
        october[0].from.as_str(),
        "bg",
        "the activity's own body reports"
    );
    // 31 October 2027 is a Sunday: the Friday before.
    assert_eq!(october[0].due, day(2027, 10, 29));
}

/// With the receiver meeting in the period (already planned or proposed in the same
/// plan), the report-back is due at that meeting.
#[test]
fn a_report_back_is_due_at_the_receiving_bodys_meeting_in_its_month() {
    let mut doc = structure();
    doc.cycle
        .activities
        .push(activity("c-bg-dec-mote", "bg", Recurrence::Month(12), None));
    let p = plan(&doc, 2027);
    let meeting = p.meetings.iter().find(|m| m.body.as_str() == "bg").unwrap();
    for r in p.report_backs.iter().filter(|r| r.to.as_str() == "bg") {
        assert_eq!(r.due, meeting.date, "due at the proposed meeting");
        assert!(r.at_meeting);
    }
    // The same with the meeting already in the document.
    let mut planned = doc.clone();
    planned
        .meetings
        .push(meeting_of("m-dec", "bg", day(2027, 12, 2)));
    let p = plan(&planned, 2027);
    assert!(
        p.report_backs
            .iter()
            .filter(|r| r.to.as_str() == "bg")
            .all(|r| r.due == day(2027, 12, 2))
    );
}

/// Creating the plan is one edit: meetings and report-backs come together, undo takes all
/// of them away at once, and planning again proposes nothing.
#[test]
fn planning_twice_adds_nothing_and_one_undo_takes_the_whole_plan_back() {
    let mut doc = structure();
    doc.cycle
        .activities
        .push(activity("c-psg-okt", "psg", Recurrence::Month(10), None));
    let before = doc.clone();
    let p = plan(&doc, 2027);
    assert_eq!(p.meetings.len(), 1);
    assert_eq!(p.report_backs.len(), 4);
    let inverse = apply(&mut doc, plan_edit(&before, &p)).unwrap().unwrap();
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(doc.assignments.len(), 4);
    let okt = doc
        .assignments
        .iter()
        .find(|a| a.activity.as_ref().is_some_and(|x| x.as_str() == "c-okt"))
        .unwrap();
    assert_eq!(
        okt.due,
        Some(doc.meetings[0].date),
        "due at the planned PSG meeting"
    );
    assert_eq!(okt.given_by.as_str(), "psg");
    assert_eq!(okt.assignee, Assignee::Body(BodyId::new("bg")));
    assert!(plan(&doc, 2027).is_empty(), "planning again adds nothing");
    assert_eq!(
        plan(&doc, 2028).report_backs.len(),
        4,
        "next year is its own"
    );
    apply(&mut doc, inverse).unwrap();
    assert_eq!(doc, before, "one undo step");
}

/// The receiving body's meeting before the due date is offered the report-back; the item
/// it takes makes the report-back received once something is written under it, with a
/// link to that meeting and item. Before that, and past the due date, it is overdue.
#[test]
fn a_report_back_becomes_received_when_its_agenda_item_is_minuted() {
    let mut doc = structure();
    let p = plan(&doc, 2026);
    let edit = plan_edit(&doc, &p);
    apply(&mut doc, edit).unwrap();
    let barn = doc
        .assignments
        .iter()
        .find(|a| a.assignee == Assignee::Body(BodyId::new("barn")))
        .unwrap()
        .clone();
    assert_eq!(barn.due, Some(day(2026, 12, 30)));
    // Two BG meetings before the due date: only the later one is offered it.
    let mut early = meeting_of("m-nov", "bg", day(2026, 11, 12));
    early.agenda.push(item("ai1", 1, "Öppnande"));
    let mut december = meeting_of("m-dec", "bg", day(2026, 12, 10));
    december.agenda.push(item("ai2", 1, "Öppnande"));
    doc.meetings = vec![early.clone(), december.clone()];
    let offered = |doc: &Document, m: &Meeting| -> Vec<String> {
        samverkan::model::agenda::carry_over(doc, m)
            .iter()
            .filter_map(|o| match o {
                samverkan::model::agenda::CarryOver::ReportBack { assignment, .. } => {
                    Some(assignment.id.to_string())
                }
                _ => None,
            })
            .collect()
    };
    assert!(offered(&doc, &early).is_empty(), "not the earlier meeting");
    let offers = offered(&doc, &december);
    assert_eq!(offers.len(), 3, "one per reporting group: {offers:?}");
    assert!(offers.contains(&barn.id.to_string()));

    // The secretary takes the offer: the item is linked to the report-back.
    let offer = samverkan::model::agenda::carry_over(&doc, &december)
        .into_iter()
        .find(|o| o.title() == barn.title && matches!(o, samverkan::model::agenda::CarryOver::ReportBack { assignment, .. } if assignment.id == barn.id))
        .unwrap();
    let mut taken = offer.to_item(AgendaItemId::new("ai3"));
    taken.number = 2;
    assert_eq!(taken.report_backs, vec![barn.id.clone()]);
    december.agenda.push(taken);
    december.status = MeetingStatus::Held;
    december.minutes = Some(samverkan::model::agenda::start_minutes(&doc, &december));
    doc.meetings[1] = december.clone();
    assert!(
        !offered(&doc, &december).contains(&barn.id.to_string()),
        "on the agenda now"
    );
    assert_eq!(
        status(&doc, &barn),
        AssignmentStatus::NotStarted,
        "not minuted yet"
    );

    // Late: the day after the due date it is overdue, and in the problem list.
    let late = day(2026, 12, 31);
    assert!(overdue(&doc, late).iter().any(|a| a.id == barn.id));
    let problems = samverkan::model::validate::validate(&doc, late);
    assert!(
        problems.iter().any(
            |p| p.check == samverkan::model::validate::Check::Obligations
                && p.sv.contains("skulle ha kommit senast 2026-12-30")
        ),
        "{problems:#?}"
    );
    assert!(
        !overdue(&doc, day(2026, 12, 30))
            .iter()
            .any(|a| a.id == barn.id),
        "due today is not late"
    );

    // Minuted: something written under the item.
    let minutes = doc.meetings[1].minutes.as_mut().unwrap();
    minutes
        .section_mut(&AgendaItemId::new("ai3"))
        .blocks
        .push(Block::Notes("Barnalivet redovisade året.".into()));
    assert_eq!(status(&doc, &barn), AssignmentStatus::Reported);
    let received = Received::build(&doc);
    let (m, i) = received.get(&barn.id).unwrap();
    assert_eq!((m.as_str(), i.as_str()), ("m-dec", "ai3"));
    assert!(!overdue(&doc, late).iter().any(|a| a.id == barn.id));
    let unga = doc
        .assignments
        .iter()
        .find(|a| a.assignee == Assignee::Body(BodyId::new("unga")))
        .unwrap();
    assert!(
        overdue(&doc, late).iter().any(|a| a.id == unga.id),
        "the others still owe"
    );

    // The body pages: BG is owed three, Barnalivet owes one.
    let o = samverkan::model::report_back::obligations(&doc, &BodyId::new("bg"), 2026);
    assert_eq!(o.owed.len(), 3);
    assert_eq!(o.owes.len(), 1, "BG owes PSG its October analysis");
    let o = samverkan::model::report_back::obligations(&doc, &BodyId::new("barn"), 2026);
    assert_eq!(o.owes.len(), 1);
    assert!(o.owed.is_empty());
    assert!(
        samverkan::model::report_back::obligations(&doc, &BodyId::new("barn"), 2027)
            .owes
            .is_empty(),
        "another operating year"
    );
}

fn with_decision(m: &mut Meeting, item: &str, text: &str) {
    let minutes = m.minutes.get_or_insert_with(Minutes::default);
    minutes
        .section_mut(&AgendaItemId::new(item))
        .blocks
        .push(Block::Decision(text.into()));
}

/// Three bodies handle one matter; the meetings are in the document out of order. The
/// trail is in date order with each meeting's decisions, and leaves out a cancelled one.
#[test]
fn a_matters_trail_across_three_bodies_is_in_date_order() {
    let mut doc = structure();
    let matter = MatterId::new("e1");
    doc.matters.push(Matter {
        id: matter.clone(),
        title: "Revidering av överenskommelsen".into(),
        description: String::new(),
        origin: Origin::Body(BodyId::new("vuxna")),
        owner: None,
        status: MatterStatus::InPreparation,
        opened: None,
    });
    let meeting = |id: &str, b: &str, date: NaiveDate, status: MeetingStatus| {
        let mut m = Meeting::new(MeetingId::new(id), vec![BodyId::new(b)], date);
        m.status = status;
        let mut i = item(&format!("{id}-1"), 3, "Revidering");
        i.matter = Some(matter.clone());
        m.agenda = vec![item(&format!("{id}-0"), 1, "Öppnande"), i];
        m
    };
    let mut psg = meeting("m-psg", "psg", day(2027, 3, 11), MeetingStatus::Held);
    with_decision(
        &mut psg,
        "m-psg-1",
        "Styrgruppen fastställde överenskommelsen.",
    );
    let mut bg = meeting("m-bg", "bg", day(2027, 2, 11), MeetingStatus::Held);
    with_decision(
        &mut bg,
        "m-bg-1",
        "Beredningsgruppen ställde sig bakom förslaget.",
    );
    with_decision(&mut bg, "m-bg-1", "Ärendet skickas till styrgruppen.");
    let vuxna = meeting("m-vuxna", "vuxna", day(2027, 1, 20), MeetingStatus::Held);
    let cancelled = meeting(
        "m-bg-inst",
        "bg",
        day(2027, 1, 25),
        MeetingStatus::Cancelled,
    );
    doc.meetings = vec![psg, cancelled, bg, vuxna];
    let steps = trail(&doc, &matter);
    let where_: Vec<(&str, NaiveDate)> = steps
        .iter()
        .map(|s| (s.meeting.bodies[0].as_str(), s.meeting.date))
        .collect();
    assert_eq!(
        where_,
        [
            ("vuxna", day(2027, 1, 20)),
            ("bg", day(2027, 2, 11)),
            ("psg", day(2027, 3, 11))
        ]
    );
    assert!(steps[0].decisions.is_empty());
    let bg_decisions: Vec<&str> = steps[1].decisions.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(
        bg_decisions,
        [
            "Beredningsgruppen ställde sig bakom förslaget.",
            "Ärendet skickas till styrgruppen."
        ]
    );
    let passed = samverkan::model::matter::bodies_passed(&doc, &matter);
    let passed: Vec<&str> = passed.iter().map(BodyId::as_str).collect();
    assert_eq!(passed, ["vuxna", "bg", "psg"]);
}

/// "Send on" puts the item on the other body's next meeting that can still take it (not a
/// held or cancelled one, not a later one), before its closing items, under the matter
/// made from the item; sending again to the same meeting is refused, and a body without
/// a coming meeting says so.
#[test]
fn send_on_creates_the_item_at_the_other_bodys_next_meeting() {
    let mut doc = structure();
    let mut bg = meeting_of("m-bg", "bg", day(2027, 2, 11));
    bg.status = MeetingStatus::Held;
    bg.agenda = vec![item("b1", 4, "Förslag om gemensam indikator")];
    with_decision(
        &mut bg,
        "b1",
        "Beredningsgruppen föreslår styrgruppen att besluta.",
    );
    let mut held = meeting_of("m-psg-held", "psg", day(2027, 2, 20));
    held.status = MeetingStatus::Held;
    let cancelled = {
        let mut m = meeting_of("m-psg-x", "psg", day(2027, 2, 25));
        m.status = MeetingStatus::Cancelled;
        m
    };
    let mut next = meeting_of("m-psg", "psg", day(2027, 3, 11));
    next.agenda = vec![
        item("p1", 1, "Mötets öppnande"),
        item("p2", 2, "Nästa möte"),
    ];
    let later = meeting_of("m-psg-2", "psg", day(2027, 5, 6));
    doc.meetings = vec![bg, held, cancelled, later, next];
    let today = day(2027, 2, 12);
    let s = send_on(
        &doc,
        &MeetingId::new("m-bg"),
        &AgendaItemId::new("b1"),
        &BodyId::new("psg"),
        today,
    )
    .unwrap();
    assert_eq!(s.to.id.as_str(), "m-psg");
    assert_eq!(s.matter.status, MatterStatus::SentOn);
    assert_eq!(s.matter.title, "Förslag om gemensam indikator");
    assert_eq!(s.matter.origin, Origin::Meeting(MeetingId::new("m-bg")));
    let titles: Vec<&str> = s.to.agenda.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Mötets öppnande",
            "Förslag om gemensam indikator",
            "Nästa möte"
        ],
        "before the closing item"
    );
    let new = s.to.agenda.iter().find(|i| i.id == s.new_item).unwrap();
    assert_eq!(new.matter.as_ref(), Some(&s.matter.id));
    assert!(
        new.description
            .contains("Beredningsgruppen föreslår styrgruppen")
    );
    assert_eq!(
        s.from.agenda[0].matter.as_ref(),
        Some(&s.matter.id),
        "the deciding item is filed under the matter too"
    );
    // Applied as one edit, the trail runs from BG to PSG.
    let edit = Edit::Batch(vec![
        Edit::PutMatter(s.matter.clone()),
        Edit::PutMeeting(s.from.clone()),
        Edit::PutMeeting(s.to.clone()),
    ]);
    apply(&mut doc, edit).unwrap();
    let steps = trail(&doc, &s.matter.id);
    assert_eq!(steps.len(), 2);
    assert_eq!(steps[1].meeting.id.as_str(), "m-psg");
    assert_eq!(
        send_on(
            &doc,
            &MeetingId::new("m-bg"),
            &AgendaItemId::new("b1"),
            &BodyId::new("psg"),
            today
        ),
        Err(SendOnError::AlreadyThere(MeetingId::new("m-psg")))
    );
    assert_eq!(
        send_on(
            &doc,
            &MeetingId::new("m-bg"),
            &AgendaItemId::new("b1"),
            &BodyId::new("barn"),
            today
        ),
        Err(SendOnError::NoMeeting(BodyId::new("barn")))
    );
}

/// Sending on a signed-off meeting's decision files its item under the matter, which the
/// lock allows; the minutes' words stay as they were.
#[test]
fn a_signed_off_items_matter_and_a_decisions_done_may_change_its_words_may_not() {
    use samverkan::model::minutes_flow::change_allowed;
    let mut m = meeting_of("m", "bg", day(2027, 1, 1));
    m.agenda = vec![item("a", 1, "Punkt")];
    with_decision(&mut m, "a", "Beslut");
    m.status = MeetingStatus::MinutesApproved;
    let mut filed = m.clone();
    filed.agenda[0].matter = Some(MatterId::new("e1"));
    assert!(change_allowed(&m, &filed));
    let mut ticked = m.clone();
    if let Some(Block::Decision(d)) = ticked.minutes.as_mut().unwrap().items[0].blocks.get_mut(0) {
        d.done = true;
    }
    assert!(change_allowed(&m, &ticked));
    let mut reworded = m.clone();
    if let Some(Block::Decision(d)) = reworded.minutes.as_mut().unwrap().items[0]
        .blocks
        .get_mut(0)
    {
        d.text = "Annat".into();
    }
    assert!(!change_allowed(&m, &reworded));
}

/// Every decision of the sample is in the register exactly once, keyed by meeting, item
/// and block; the workbook reads back with a header and the same rows.
#[test]
fn the_register_lists_every_decision_exactly_once_and_its_workbook_reads_back() {
    use calamine::{Data, Reader, Xlsx};
    let doc = samverkan::sample::sample_document().unwrap();
    let expected: usize = doc
        .meetings
        .iter()
        .filter_map(|m| m.minutes.as_ref())
        .flat_map(|m| &m.items)
        .map(|s| s.decisions().filter(|d| !d.trim().is_empty()).count())
        .sum();
    assert!(expected > 5, "the sample has decisions");
    let entries = register(&doc);
    assert_eq!(entries.len(), expected);
    let mut keys: Vec<_> = entries
        .iter()
        .map(|e| (e.meeting.id.clone(), e.item_id.clone(), e.block))
        .collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), expected, "each once");
    assert!(
        entries
            .windows(2)
            .all(|w| w[0].meeting.date <= w[1].meeting.date),
        "by date"
    );

    let today = day(2026, 12, 2);
    let bytes = samverkan::export::decisions::to_xlsx(
        &doc,
        &Filter::default(),
        today,
        samverkan::i18n::Lang::Sv,
    )
    .unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("Beslutsregister").unwrap();
    assert_eq!(sheet.height(), expected + 1);
    let header: Vec<String> = sheet
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(header[0], "Organ");
    assert_eq!(header[4], "Beslut");
    let first = sheet.rows().nth(1).unwrap();
    assert_eq!(
        first[4],
        Data::String(entries[0].decision.text.trim().to_owned())
    );
    assert_eq!(first[1], Data::String(entries[0].meeting.date.to_string()));

    // Narrowed to one body and year, the register keeps only those.
    let bg = Filter {
        body: Some(BodyId::new("bg")),
        year: Some(2026),
        ..Filter::default()
    };
    let kept: Vec<_> = entries
        .iter()
        .filter(|e| bg.keeps(&doc, e, today))
        .collect();
    let by_hand = entries
        .iter()
        .filter(|e| {
            e.meeting.bodies.contains(&BodyId::new("bg"))
                && chrono::Datelike::year(&e.meeting.date) == 2026
        })
        .count();
    assert!(by_hand > 0);
    assert_eq!(kept.len(), by_hand);
    // The printed register says what it was narrowed to and heads each body by its name.
    let report = samverkan::export::decisions::report(&doc, &bg, today, samverkan::i18n::Lang::Sv);
    assert_eq!(report.title, "Beslutsregister – BG 2026");
    assert!(
        report.text().contains(&"Beredningsgruppen"),
        "{:?}",
        report.text()
    );
    let none = Filter {
        year: Some(1999),
        ..Filter::default()
    };
    assert!(!entries.iter().any(|e| none.keeps(&doc, e, today)));
    let words = Filter {
        text: "ZZZ-finns-inte".into(),
        ..Filter::default()
    };
    assert!(!entries.iter().any(|e| words.keeps(&doc, e, today)));
    let first_word = entries[0]
        .decision
        .text
        .split_whitespace()
        .last()
        .unwrap()
        .to_uppercase();
    let search = Filter {
        text: first_word,
        ..Filter::default()
    };
    assert!(search.keeps(&doc, &entries[0], today), "any case");
}

/// A decision with a deadline and someone responsible is followed up: overdue after its
/// deadline, carried to the body's next agenda, done when ticked; it is written as a record
/// and read back, a plain one as text as before.
#[test]
fn an_open_decision_with_a_deadline_is_carried_to_the_next_agenda_and_overdue_after_it() {
    let mut doc = structure();
    let mut m = meeting_of("m1", "bg", day(2027, 1, 14));
    m.status = MeetingStatus::Held;
    m.agenda = vec![item("a1", 1, "Gemensam indikator")];
    let minutes = m.minutes.get_or_insert_with(Minutes::default);
    minutes.section_mut(&AgendaItemId::new("a1")).blocks = vec![
        Block::Decision("Utan uppföljning.".into()),
        Block::Decision(Decision {
            text: "Samordnaren tar fram ett förslag.".into(),
            owner: Some(Participant::Named("Samordnaren".into())),
            due: Some(day(2027, 2, 1)),
            done: false,
        }),
    ];
    let next = meeting_of("m2", "bg", day(2027, 2, 11));
    doc.meetings = vec![m, next.clone()];
    let entries = register(&doc);
    assert_eq!(entries.len(), 2);
    assert_eq!(
        entries[0].decision.follow_up(day(2027, 2, 2)),
        FollowUp::Nothing
    );
    assert_eq!(
        entries[1].decision.follow_up(day(2027, 2, 2)),
        FollowUp::Overdue
    );
    let due = samverkan::model::decision::open_with_deadline(&doc, day(2027, 3, 1));
    assert_eq!(due.len(), 1);
    let offers = samverkan::model::agenda::carry_over(&doc, &next);
    let carried: Vec<_> = offers
        .iter()
        .filter(|o| matches!(o, samverkan::model::agenda::CarryOver::OpenDecision { .. }))
        .collect();
    assert_eq!(carried.len(), 1);
    let it = carried[0].to_item(AgendaItemId::new("x"));
    assert_eq!(it.title, "Gemensam indikator");
    assert!(
        it.description
            .starts_with("Samordnaren tar fram ett förslag.")
    );

    let text = samverkan::io::to_string(&doc);
    assert!(
        text.contains("Decision(\"Utan uppföljning.\")"),
        "plain as text"
    );
    assert!(text.contains("TrackedDecision("), "followed up as a record");
    assert_eq!(samverkan::io::load_str(&text).unwrap().document, doc);

    if let Some(Block::Decision(d)) = doc.meetings[0].minutes.as_mut().unwrap().items[0]
        .blocks
        .get_mut(1)
    {
        d.done = true;
    }
    assert!(samverkan::model::decision::open_with_deadline(&doc, day(2027, 3, 1)).is_empty());
    assert!(
        !samverkan::model::agenda::carry_over(&doc, &next)
            .iter()
            .any(|o| matches!(o, samverkan::model::agenda::CarryOver::OpenDecision { .. }))
    );
}

/// Links to a matter or an assignment that are gone, a matter from a body that is gone,
/// and a report-back to a body that is gone are errors in the problem list.
#[test]
fn dangling_matter_and_report_back_links_are_reported() {
    use samverkan::model::validate::{Check, validate};
    let mut doc = structure();
    let mut m = meeting_of("m1", "bg", day(2027, 1, 14));
    let mut i = item("a1", 1, "X");
    i.matter = Some(MatterId::new("e-borta"));
    i.report_backs = vec![AssignmentId::new("u-borta")];
    m.agenda = vec![i];
    doc.meetings = vec![m];
    doc.matters.push(Matter {
        owner: Some(PersonId::new("p-borta")),
        ..matter("e1", Origin::Body(BodyId::new("borta")))
    });
    doc.cycle.activities[0].report_back.as_mut().unwrap().to = BodyId::new("inget");
    let problems = validate(&doc, day(2027, 1, 1));
    let paths: Vec<&str> = problems
        .iter()
        .filter(|p| p.check == Check::Obligations)
        .map(|p| p.path.as_str())
        .collect();
    for wanted in [
        "meetings[0].agenda[0].matter",
        "meetings[0].agenda[0].report_backs",
        "matters[0].origin",
        "matters[0].owner",
        "cycle.activities[0].report_back",
    ] {
        assert!(paths.contains(&wanted), "{wanted} in {paths:?}");
    }
    assert!(
        problems
            .iter()
            .any(|p| p.sv.contains("ärendet \"e-borta\""))
    );
    // Deleting a matter unfiles its items in one step; undo brings both back.
    let mut doc = structure();
    let mut m = meeting_of("m1", "bg", day(2027, 1, 14));
    let mut i = item("a1", 1, "X");
    i.matter = Some(MatterId::new("e1"));
    m.agenda = vec![i];
    doc.meetings = vec![m];
    doc.matters.push(Matter {
        owner: None,
        ..matter("e1", Origin::Outside("Länsstyrelsen".into()))
    });
    let before = doc.clone();
    let inverse = apply(&mut doc, Edit::DeleteMatter(MatterId::new("e1")))
        .unwrap()
        .unwrap();
    assert!(doc.matters.is_empty());
    assert_eq!(doc.meetings[0].agenda[0].matter, None);
    assert!(
        validate(&doc, day(2027, 1, 1))
            .iter()
            .all(|p| p.check != Check::Obligations)
    );
    apply(&mut doc, inverse).unwrap();
    assert_eq!(doc, before);
}

/// The sample: the Bilaga 4 report-backs are report-back activities, its year is planned
/// with them, December's items take up the four groups' report-backs, and two matters from
/// the seeds have their trail.
#[test]
fn the_samples_report_backs_and_matters_come_from_the_seeds() {
    let doc = samverkan::sample::sample_document().unwrap();
    let december = doc
        .cycle
        .activities
        .iter()
        .find(|a| a.id.as_str() == "c-bg-12-2")
        .unwrap();
    let reporters = samverkan::model::report_back::reporters(&doc, december);
    let names: Vec<&str> = reporters.iter().map(BodyId::as_str).collect();
    assert_eq!(
        names,
        ["barnalivet", "ungdomslivet", "vuxenlivet", "aldrelivet"]
    );
    assert!(plan(&doc, 2026).is_empty(), "the sample's year is planned");
    let taken_up: Vec<&AssignmentId> = doc
        .meeting(&MeetingId::new("m-2026-12-10-bg"))
        .unwrap()
        .agenda
        .iter()
        .flat_map(|i| &i.report_backs)
        .collect();
    assert_eq!(taken_up.len(), 4);
    let utskrivning = trail(&doc, &MatterId::new("e-utskrivning"));
    assert_eq!(utskrivning.len(), 3);
    assert!(
        utskrivning
            .iter()
            .all(|s| s.meeting.bodies[0].as_str() == "bg")
    );
    // The forums' joint meeting of 7 March 2024 that asked for it, then Värmlandsrådet's
    // dialogue of 8 November 2024 (two items).
    assert_eq!(
        trail(&doc, &MatterId::new("e-kraftsamling-barn-unga")).len(),
        3
    );
}

fn sample_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    (dir, path)
}

fn lines(kind: &str, path: &std::path::Path) -> Vec<Vec<String>> {
    let out = samverkan(["list".as_ref(), kind.as_ref(), path.as_os_str()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stdout(&out)
        .lines()
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

#[test]
fn the_command_line_lists_matters_decisions_and_report_backs() {
    let (_dir, path) = sample_file();
    let doc = samverkan::sample::sample_document().unwrap();
    let matters = lines("matters", &path);
    assert_eq!(matters.len(), doc.matters.len());
    let utskrivning = matters.iter().find(|r| r[0] == "e-utskrivning").unwrap();
    assert_eq!(utskrivning[2], "under beredning");
    assert_eq!(utskrivning[4], "BG", "passed through the beredningsgrupp");
    let decisions = lines("decisions", &path);
    assert_eq!(decisions.len(), register(&doc).len());
    assert!(decisions.iter().all(|r| r.len() == 8));
    let reports = lines("reportbacks", &path);
    let barn = reports
        .iter()
        .find(|r| r[0] == "u-aterrapport-2026-barnalivet")
        .unwrap();
    assert_eq!(&barn[1..4], ["2026-12-10", "Barnalivet", "BG"]);
}

#[test]
fn the_command_line_exports_the_register_as_xlsx_and_pdf() {
    let (dir, path) = sample_file();
    let xlsx = dir.path().join("beslut.xlsx");
    let out = samverkan([
        "export".as_ref(),
        "decisions".as_ref(),
        path.as_os_str(),
        "--body".as_ref(),
        "bg".as_ref(),
        "-o".as_ref(),
        xlsx.as_os_str(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("beslut"));
    let bytes = std::fs::read(&xlsx).unwrap();
    assert!(bytes.starts_with(b"PK"));
    let pdf = dir.path().join("beslut.pdf");
    let out = samverkan([
        "export".as_ref(),
        "decisions".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        "pdf".as_ref(),
        "-o".as_ref(),
        pdf.as_os_str(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = common::pdftotext(&std::fs::read(&pdf).unwrap());
    assert!(text.contains("Beslutsregister"), "{text}");
    let doc = samverkan::sample::sample_document().unwrap();
    let first = register(&doc)[0].decision.text.clone();
    let words: String = first
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains(&words), "{words} in {text}");
    let out = samverkan([
        "export".as_ref(),
        "decisions".as_ref(),
        path.as_os_str(),
        "--body".as_ref(),
        "nobody".as_ref(),
        "-o".as_ref(),
        pdf.as_os_str(),
    ]);
    assert_ne!(code(&out), 0, "an unknown body is refused");
}

/// Before a person or a body is deleted, the confirmation lists the new places that name
/// them: a decision they are responsible for, a matter they handle or that came from the
/// body, another body's report-back activity.
#[test]
fn the_delete_confirmation_names_decisions_matters_and_report_backs() {
    use samverkan::i18n::Lang;
    use samverkan::model::references::{RecordRef, references_to};
    let mut doc = structure();
    doc.people.push(Person {
        id: PersonId::new("p1"),
        name: "Exempel Person".into(),
        kind: PersonKind::Official,
        party: None,
        title: String::new(),
        organisation: None,
        email: None,
        phone: None,
        notes: String::new(),
    });
    let mut m = meeting_of("m1", "bg", day(2027, 1, 14));
    m.agenda = vec![item("a1", 1, "Punkt")];
    m.minutes = Some(Minutes::default());
    m.minutes
        .as_mut()
        .unwrap()
        .section_mut(&AgendaItemId::new("a1"))
        .blocks = vec![Block::Decision(Decision {
        text: "Beslut".into(),
        owner: Some(Participant::Person(PersonId::new("p1"))),
        due: None,
        done: false,
    })];
    doc.meetings = vec![m];
    doc.matters.push(Matter {
        owner: Some(PersonId::new("p1")),
        ..matter("e1", Origin::Body(BodyId::new("barn")))
    });
    let person: Vec<String> = references_to(&doc, &RecordRef::Person(PersonId::new("p1")))
        .iter()
        .map(|r| r.text(Lang::Sv).to_owned())
        .collect();
    assert!(
        person.iter().any(|t| t.contains("2027-01-14")),
        "{person:?}"
    );
    assert!(
        person.iter().any(|t| t.contains("handläggare för ärendet")),
        "{person:?}"
    );
    let body: Vec<String> = references_to(&doc, &RecordRef::Body(BodyId::new("barn")))
        .iter()
        .map(|r| r.text(Lang::Sv).to_owned())
        .collect();
    assert!(
        body.iter().any(|t| t.contains("ursprung för ärendet")),
        "{body:?}"
    );
    let psg: Vec<String> = references_to(&doc, &RecordRef::Body(BodyId::new("psg")))
        .iter()
        .map(|r| r.text(Lang::Sv).to_owned())
        .collect();
    assert!(
        psg.iter().any(|t| t.contains("återrapporteringen")),
        "{psg:?}"
    );
}
