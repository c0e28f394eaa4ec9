//! The three-way merge (issue 16): one golden test per rule, and property tests over random
//! edits of the sample made in two copies.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use proptest::prelude::*;
use samverkan::io::to_string;
use samverkan::model::merge::{By, ChangeKind, ConflictKind, Side, Step, merge};
use samverkan::model::*;
use serde_json::Value;
use std::collections::BTreeMap;

fn sample() -> Document {
    samverkan::sample::sample_document().unwrap()
}

/// What the property tests edit: the sample, or a generated document (a region's worth of
/// synthetic bodies, meetings, goals and values).
fn base(generated: bool) -> Document {
    if generated {
        samverkan::generate::generate(1)
    } else {
        sample()
    }
}

fn person_mut<'a>(doc: &'a mut Document, id: &str) -> &'a mut Person {
    doc.people.iter_mut().find(|p| p.id.as_str() == id).unwrap()
}

fn first_person(doc: &Document) -> String {
    doc.people[0].id.0.clone()
}

fn merged(base: &Document, mine: &Document, theirs: &Document) -> Document {
    merge(base, mine, theirs).unwrap().document(&[]).unwrap()
}

#[test]
fn the_same_field_changed_differently_is_a_conflict_that_takes_mine_until_theirs_is_chosen() {
    let base = sample();
    let id = first_person(&base);
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    person_mut(&mut mine, &id).title = "min titel".into();
    person_mut(&mut theirs, &id).title = "deras titel".into();
    let m = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(m.report.conflicts.len(), 1, "{:?}", m.report.conflicts);
    let c = &m.report.conflicts[0];
    assert_eq!(c.kind, ConflictKind::Value);
    assert_eq!(c.place.field(), Some("title"));
    assert_eq!(c.mine, Some(Value::String("min titel".into())));
    assert_eq!(c.theirs, Some(Value::String("deras titel".into())));
    assert_eq!(m.document(&[]).unwrap(), mine);
    assert_eq!(m.document(&[Side::Theirs]).unwrap(), theirs);
}

#[test]
fn different_fields_of_one_record_changed_on_each_side_are_both_kept() {
    let base = sample();
    let id = first_person(&base);
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    person_mut(&mut mine, &id).title = "ny titel".into();
    person_mut(&mut theirs, &id).email = Some("ny@example.se".into());
    let m = merge(&base, &mine, &theirs).unwrap();
    assert!(m.report.is_clean());
    let doc = m.document(&[]).unwrap();
    let p = doc.person(&PersonId::new(id)).unwrap();
    assert_eq!(p.title, "ny titel");
    assert_eq!(p.email.as_deref(), Some("ny@example.se"));
    assert_eq!(m.report.count(By::Mine), 1);
    assert_eq!(m.report.count(By::Theirs), 1);
}

#[test]
fn a_record_deleted_on_one_side_and_edited_on_the_other_is_kept_and_reported() {
    let base = sample();
    let goal = base.goals[0].id.clone();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.goals.retain(|g| g.id != goal);
    theirs.goals[0].text = "Omformulerat mål".into();
    let m = merge(&base, &mine, &theirs).unwrap();
    assert!(m.report.is_clean());
    assert_eq!(m.report.kept.len(), 1);
    assert_eq!(m.report.kept[0].deleted_by, Side::Mine);
    let doc = m.document(&[]).unwrap();
    assert_eq!(doc.goals.len(), base.goals.len());
    assert_eq!(doc.goals[0].text, "Omformulerat mål");
    // Deleted on one side and untouched on the other: gone.
    let untouched = merged(&base, &mine, &base);
    assert!(untouched.goals.iter().all(|g| g.id != goal));
    let swapped = merged(&base, &base, &mine);
    assert!(swapped.goals.iter().all(|g| g.id != goal));
}

/// A meeting of the sample with at least four agenda items, not signed off.
fn busy_meeting(doc: &Document) -> usize {
    doc.meetings
        .iter()
        .position(|m| m.agenda.len() >= 4 && m.status != MeetingStatus::MinutesApproved)
        .unwrap()
}

#[test]
fn an_agenda_reordered_on_one_side_and_an_item_edited_on_the_other_keeps_both() {
    let base = sample();
    let i = busy_meeting(&base);
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let last = mine.meetings[i].agenda.pop().unwrap();
    mine.meetings[i].agenda.insert(0, last.clone());
    theirs.meetings[i].agenda[1].title = "Ny rubrik".into();
    let m = merge(&base, &mine, &theirs).unwrap();
    assert!(m.report.is_clean());
    let doc = m.document(&[]).unwrap();
    let agenda = &doc.meetings[i].agenda;
    assert_eq!(agenda[0].id, last.id, "mine's move");
    assert_eq!(agenda[2].title, "Ny rubrik", "theirs' edit, one place down");
    assert_eq!(agenda.len(), base.meetings[i].agenda.len());
    assert!(
        m.report
            .changes
            .iter()
            .any(|c| c.by == By::Mine && c.kind == ChangeKind::Moved)
    );
}

#[test]
fn an_agenda_reordered_differently_on_both_sides_is_one_order_conflict() {
    let base = sample();
    let i = busy_meeting(&base);
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.meetings[i].agenda.swap(0, 1);
    theirs.meetings[i].agenda.swap(2, 3);
    let m = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(m.report.conflicts.len(), 1);
    assert_eq!(m.report.conflicts[0].kind, ConflictKind::Order);
    assert_eq!(m.document(&[]).unwrap(), mine);
    assert_eq!(m.document(&[Side::Theirs]).unwrap(), theirs);
}

#[test]
fn seats_added_to_one_body_on_both_sides_are_both_there() {
    let base = sample();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let seat = |id: &str, note: &str| Membership {
        note: note.into(),
        ..mine_seat(&base, id)
    };
    let k = seated(&base);
    mine.bodies[k]
        .memberships
        .push(seat("ms-aaaaaa", "min plats"));
    theirs.bodies[k]
        .memberships
        .push(seat("ms-bbbbbb", "deras plats"));
    let m = merge(&base, &mine, &theirs).unwrap();
    assert!(m.report.is_clean());
    let doc = m.document(&[]).unwrap();
    let seats = &doc.bodies[k].memberships;
    assert_eq!(seats.len(), base.bodies[k].memberships.len() + 2);
    let notes: Vec<&str> = seats
        .iter()
        .rev()
        .take(2)
        .map(|s| s.note.as_str())
        .collect();
    assert!(notes.contains(&"min plats") && notes.contains(&"deras plats"));
}

/// A body of the sample with seats.
fn seated(doc: &Document) -> usize {
    doc.bodies
        .iter()
        .position(|b| !b.memberships.is_empty())
        .unwrap()
}

fn mine_seat(base: &Document, id: &str) -> Membership {
    Membership {
        id: MembershipId::new(id),
        ..base.bodies[seated(base)].memberships[0].clone()
    }
}

#[test]
fn new_records_in_both_copies_are_all_kept_and_one_added_alike_on_both_is_there_once() {
    let base = sample();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let new = |id: &str, name: &str| Person {
        id: PersonId::new(id),
        name: name.into(),
        ..base.people[0].clone()
    };
    mine.people.push(new("p-min111", "Min Nya"));
    theirs.people.push(new("p-der222", "Deras Nya"));
    mine.people.push(new("p-samma", "Samma"));
    theirs.people.push(new("p-samma", "Samma"));
    let doc = merged(&base, &mine, &theirs);
    assert_eq!(doc.people.len(), base.people.len() + 3);
    for id in ["p-min111", "p-der222", "p-samma"] {
        assert!(doc.person(&PersonId::new(id)).is_some(), "{id}");
    }
}

#[test]
fn ids_listed_in_a_field_merge_as_a_set_from_both_sides() {
    let base = sample();
    let i = busy_meeting(&base);
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let others: Vec<BodyId> = base
        .bodies
        .iter()
        .map(|b| b.id.clone())
        .filter(|b| !base.meetings[i].bodies.contains(b))
        .take(2)
        .collect();
    mine.meetings[i].bodies.push(others[0].clone());
    theirs.meetings[i].bodies.push(others[1].clone());
    let doc = merged(&base, &mine, &theirs);
    let bodies = &doc.meetings[i].bodies;
    assert!(bodies.contains(&others[0]) && bodies.contains(&others[1]));
    assert_eq!(bodies.len(), base.meetings[i].bodies.len() + 2);
}

#[test]
fn signed_off_minutes_are_never_changed_by_a_merge() {
    let base = sample();
    let i = base
        .meetings
        .iter()
        .position(|m| m.status == MeetingStatus::MinutesApproved && m.minutes.is_some())
        .unwrap();
    let mut theirs = base.clone();
    let minutes = theirs.meetings[i].minutes.as_mut().unwrap();
    minutes.action_items.clear();
    minutes.secretary = Some(Participant::Named("Någon annan".into()));
    // Only theirs changed them (without reopening them), which would otherwise be taken.
    let m = merge(&base, &base, &theirs).unwrap();
    assert_eq!(m.report.conflicts.len(), 1);
    assert_eq!(m.report.conflicts[0].kind, ConflictKind::SignedMinutes);
    assert_eq!(
        m.document(&[]).unwrap(),
        base,
        "the signed minutes as they were"
    );
    assert_eq!(
        m.document(&[Side::Theirs]).unwrap(),
        theirs,
        "only if chosen"
    );
    // Reopened there first: that is how signed minutes change, and it is taken.
    theirs.meetings[i].status = MeetingStatus::Held;
    let m = merge(&base, &base, &theirs).unwrap();
    assert!(m.report.is_clean());
    assert_eq!(m.document(&[]).unwrap(), theirs);
}

#[test]
fn minutes_signed_off_on_one_side_and_edited_on_the_other_are_a_conflict() {
    let base = sample();
    let i = base
        .meetings
        .iter()
        .position(|m| m.status == MeetingStatus::Held && m.minutes.is_some())
        .expect("held meeting with draft minutes");
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.meetings[i].status = MeetingStatus::MinutesApproved;
    mine.meetings[i]
        .minutes
        .as_mut()
        .unwrap()
        .history
        .push(MinutesEvent {
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            change: MinutesChange::Approved,
            note: String::new(),
        });
    theirs.meetings[i].minutes.as_mut().unwrap().secretary =
        Some(Participant::Named("Ändrad".into()));
    let m = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(
        m.report
            .conflicts
            .iter()
            .map(|c| c.kind)
            .collect::<Vec<_>>(),
        vec![ConflictKind::SignedMinutes]
    );
    assert_eq!(m.document(&[]).unwrap(), mine);
}

#[test]
fn minutes_edited_on_one_side_and_signed_off_on_the_other_are_one_conflict_either_way() {
    let base = sample();
    let i = base
        .meetings
        .iter()
        .position(|m| m.status == MeetingStatus::Held && m.minutes.is_some())
        .expect("held meeting with draft minutes");
    let mut signer = base.clone();
    signer.meetings[i] = samverkan::model::minutes_flow::approve(
        &base.meetings[i],
        chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
    );
    let mut editor = base.clone();
    editor.meetings[i].minutes.as_mut().unwrap().secretary =
        Some(Participant::Named("Ändrad".into()));
    let mut mover = base.clone();
    mover.meetings[i].date = chrono::NaiveDate::from_ymd_opt(2026, 12, 24).unwrap();
    for other in [&editor, &mover] {
        for (mine, theirs) in [(&signer, other), (other, &signer)] {
            let m = merge(&base, mine, theirs).unwrap();
            let kinds: Vec<ConflictKind> = m.report.conflicts.iter().map(|c| c.kind).collect();
            assert_eq!(kinds, vec![ConflictKind::SignedMinutes]);
            // Never a mixture: mine whole, or theirs whole.
            assert_eq!(&m.document(&[]).unwrap(), mine);
            assert_eq!(&m.document(&[Side::Theirs]).unwrap(), theirs);
        }
    }
    // The two sides are told apart in words: who signed, what the other changed.
    let m = merge(&base, &signer, &editor).unwrap();
    let c = &m.report.conflicts[0];
    let say = |v| samverkan::i18n::merge::side_text(c, v, samverkan::i18n::Lang::Sv);
    assert!(
        say(c.mine.as_ref()).starts_with("anteckningar justerade"),
        "{}",
        say(c.mine.as_ref())
    );
    assert_eq!(say(c.theirs.as_ref()), "genomfört, anteckningarna ändrade");
}

#[test]
fn actions_ticked_off_in_signed_minutes_on_both_sides_merge_without_a_question() {
    let base = sample();
    let i = base
        .meetings
        .iter()
        .position(|m| {
            m.status == MeetingStatus::MinutesApproved
                && m.minutes
                    .as_ref()
                    .is_some_and(|x| x.action_items.len() >= 2)
        })
        .expect("signed minutes with two actions");
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let tick = |doc: &mut Document, k: usize| {
        let a = &mut doc.meetings[i].minutes.as_mut().unwrap().action_items[k];
        a.done = !a.done;
    };
    tick(&mut mine, 0);
    tick(&mut theirs, 1);
    let m = merge(&base, &mine, &theirs).unwrap();
    assert!(m.report.is_clean(), "{:?}", m.report.conflicts);
    let doc = m.document(&[]).unwrap();
    let actions = &doc.meetings[i].minutes.as_ref().unwrap().action_items;
    let was = &base.meetings[i].minutes.as_ref().unwrap().action_items;
    assert_ne!(actions[0].done, was[0].done);
    assert_ne!(actions[1].done, was[1].done);
}

#[test]
fn an_indicator_value_with_a_number_on_one_side_and_a_reason_for_none_on_the_other_is_a_conflict() {
    let base = sample();
    let (g, k) = (0..base.goals.len())
        .flat_map(|g| (0..base.goals[g].indicators.len()).map(move |k| (g, k)))
        .find(|(g, k)| {
            base.goals[*g].indicators[*k]
                .values
                .first()
                .is_some_and(|v| v.amount.is_some())
        })
        .expect("an indicator with a number");
    let (mut with_number, mut without) = (base.clone(), base.clone());
    with_number.goals[g].indicators[k].values[0].amount = Some(123.0);
    let v = &mut without.goals[g].indicators[k].values[0];
    v.amount = None;
    v.missing = Some(Missing::ALL[0]);
    for (mine, theirs) in [(&with_number, &without), (&without, &with_number)] {
        let m = merge(&base, mine, theirs).unwrap();
        assert_eq!(
            m.report.conflicts.len(),
            1,
            "one question, not a failed merge"
        );
        assert_eq!(&m.document(&[]).unwrap(), mine);
        assert_eq!(&m.document(&[Side::Theirs]).unwrap(), theirs);
    }
}

#[test]
fn a_copy_is_merged_from_the_version_it_was_made_from_not_from_the_last_save() {
    // The reviewer's case: we save v1; a colleague copies v1 and adds a person; we change a
    // title and save v2 (v1 goes to the backups); then we merge the copy.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, to_string(&sample())).unwrap();
    let (mut s, _) = samverkan::session::Session::open(&path).unwrap();
    s.set_recovery_store(None);
    let mut copy = s.doc().clone();
    copy.people.push(Person {
        id: PersonId::new("p-kopia1"),
        name: "Från kopian".into(),
        ..copy.people[0].clone()
    });
    let copy_path = dir.path().join("kopia.ron");
    std::fs::write(&copy_path, to_string(&copy)).unwrap();
    let mut p = s.doc().people[0].clone();
    p.title = "Sparad titel".into();
    s.apply(samverkan::edit::Edit::PutPerson(p.clone()))
        .unwrap();
    s.save().unwrap();

    let incoming = s.incoming_from_copy(&copy_path).unwrap();
    assert!(matches!(
        incoming.base_from,
        Some(samverkan::session::BaseFrom::Backup(_))
    ));
    let m = merge(&incoming.base, s.doc(), &incoming.theirs).unwrap();
    assert!(m.report.is_clean());
    let doc = m.document(&[]).unwrap();
    assert_eq!(
        doc.person(&p.id).unwrap().title,
        "Sparad titel",
        "our saved work stays"
    );
    assert!(
        doc.person(&PersonId::new("p-kopia1")).is_some(),
        "theirs comes in"
    );
}

#[test]
fn a_reference_the_merge_leaves_dangling_is_reported() {
    let base = sample();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    // A person nobody refers to yet.
    let mut base = base;
    base.people.push(Person {
        id: PersonId::new("p-ensam"),
        name: "Ensam Person".into(),
        ..base.people[0].clone()
    });
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.people.retain(|p| p.id.as_str() != "p-ensam");
    let k = seated(&base);
    theirs.bodies[k].memberships.push(Membership {
        person: Some(PersonId::new("p-ensam")),
        ..mine_seat(&base, "ms-ny0001")
    });
    let mut m = merge(&base, &mine, &theirs).unwrap();
    assert!(m.report.is_clean());
    let doc = m.document(&[]).unwrap();
    m.check(&doc, &mine, &theirs, today);
    assert!(
        m.report
            .problems
            .iter()
            .any(|p| p.check == samverkan::model::validate::Check::References
                && p.sv.contains("p-ensam")),
        "{:?}",
        m.report.problems
    );
}

#[test]
fn the_report_places_say_which_record_and_field() {
    let base = sample();
    let id = first_person(&base);
    let mut theirs = base.clone();
    person_mut(&mut theirs, &id).title = "x".into();
    let m = merge(&base, &base, &theirs).unwrap();
    let c = &m.report.changes[0];
    assert_eq!(c.by, By::Theirs);
    assert_eq!(
        c.place.steps,
        vec![
            Step::Field("people".into()),
            Step::Record(id.clone()),
            Step::Field("title".into())
        ]
    );
    assert_eq!(c.place.records[0].1, base.people[0].name);
}

// ---- Property tests -------------------------------------------------------------------

/// One random change to a document, made by `tag`'s copy at `step`.
fn edit(doc: &mut Document, tag: &str, step: usize, (kind, a, b): (u8, usize, usize)) {
    fn at(len: usize, i: usize) -> Option<usize> {
        (len > 0).then(|| i % len)
    }
    let text = format!("{tag} {step}");
    match kind {
        0 => {
            if let Some(i) = at(doc.people.len(), a) {
                doc.people[i].name = text;
            }
        }
        1 => {
            if let Some(i) = at(doc.people.len(), a) {
                doc.people[i].title = text;
            }
        }
        2 => {
            let mut p = doc.people[0].clone();
            p.id = PersonId::new(format!("p-{tag}{step}"));
            p.name = text;
            doc.people.insert(a % (doc.people.len() + 1), p);
        }
        3 => {
            if let Some(i) = at(doc.people.len(), a) {
                doc.people.remove(i);
            }
        }
        4 => {
            if let Some(i) = at(doc.meetings.len(), a) {
                doc.meetings[i].place = text;
            }
        }
        5 => {
            if let Some(i) = open_meeting(doc, a) {
                let agenda = &mut doc.meetings[i].agenda;
                if let Some(j) = at(agenda.len(), b) {
                    let item = agenda.remove(j);
                    agenda.insert((b / 7) % (agenda.len() + 1), item);
                }
            }
        }
        6 => {
            if let Some(i) = open_meeting(doc, a)
                && let Some(mut item) = doc.meetings[i].agenda.first().cloned()
            {
                item.id = AgendaItemId::new(format!("ai-{tag}{step}"));
                item.title = text;
                let agenda = &mut doc.meetings[i].agenda;
                agenda.insert(b % (agenda.len() + 1), item);
            }
        }
        7 => {
            if let Some(i) = open_meeting(doc, a) {
                let agenda = &mut doc.meetings[i].agenda;
                if let Some(j) = at(agenda.len(), b) {
                    agenda.remove(j);
                }
            }
        }
        8 => {
            if let Some(i) = open_meeting(doc, a)
                && let Some(j) = at(doc.meetings[i].agenda.len(), b)
            {
                doc.meetings[i].agenda[j].title = text;
            }
        }
        9 => {
            if let Some(i) = at(doc.bodies.len(), a)
                && let Some(mut seat) = doc.bodies[i].memberships.first().cloned()
            {
                seat.id = MembershipId::new(format!("ms-{tag}{step}"));
                seat.note = text;
                doc.bodies[i].memberships.push(seat);
            }
        }
        10 => {
            if let Some(i) = at(doc.bodies.len(), a) {
                let seats = &mut doc.bodies[i].memberships;
                if let Some(j) = at(seats.len(), b) {
                    seats.remove(j);
                }
            }
        }
        11 => {
            let values: Vec<&mut IndicatorValue> = doc
                .goals
                .iter_mut()
                .flat_map(|g| g.indicators.iter_mut())
                .flat_map(|i| i.values.iter_mut())
                .collect();
            let n = values.len();
            if let Some(i) = at(n, a) {
                for (k, v) in values.into_iter().enumerate() {
                    if k == i {
                        v.amount = Some((b % 1000) as f64 / 10.0);
                        v.missing = None;
                    }
                }
            }
        }
        12 => {
            if let Some(i) = at(doc.bodies.len(), a) {
                doc.bodies[i].description = text;
            }
        }
        13 => {
            if let Some(i) = at(doc.bodies.len(), a) {
                let body = doc.bodies.remove(i);
                doc.bodies.insert(b % (doc.bodies.len() + 1), body);
            }
        }
        14 => {
            if let Some(i) = open_meeting(doc, a) {
                let body = doc.bodies[b % doc.bodies.len()].id.clone();
                if !doc.meetings[i].bodies.contains(&body) {
                    doc.meetings[i].bodies.push(body);
                }
            }
        }
        15 => doc.info.description = text,
        16 => {
            if let Some(i) = at(doc.meetings.len(), a) {
                doc.meetings.remove(i);
            }
        }
        _ => {
            // As in the app: signed-off minutes are changed only by reopening them.
            // As in the app: signed-off minutes change only by reopening them, but their
            // actions may still be ticked off.
            if let Some(i) = at(doc.meetings.len(), a)
                && let signed = doc.meetings[i].status == MeetingStatus::MinutesApproved
                && let Some(minutes) = doc.meetings[i].minutes.as_mut()
                && let Some(j) = at(minutes.action_items.len(), b)
            {
                if signed {
                    minutes.action_items[j].done = !minutes.action_items[j].done;
                } else {
                    minutes.action_items[j].text = text;
                }
            }
        }
    }
}

/// A meeting whose agenda and bodies may change (as in the app: not signed off).
fn open_meeting(doc: &Document, a: usize) -> Option<usize> {
    let open: Vec<usize> = (0..doc.meetings.len())
        .filter(|i| doc.meetings[*i].status != MeetingStatus::MinutesApproved)
        .collect();
    (!open.is_empty()).then(|| open[a % open.len()])
}

fn edited(base: &Document, tag: &str, ops: &[(u8, usize, usize)]) -> Document {
    let mut doc = base.clone();
    for (step, op) in ops.iter().enumerate() {
        edit(&mut doc, tag, step, *op);
    }
    doc
}

fn ops() -> impl Strategy<Value = Vec<(u8, usize, usize)>> {
    prop::collection::vec((0u8..18, any::<usize>(), any::<usize>()), 0..12)
}

/// Every record with an id, by its path ("meetings/m1/agenda/ai2"), as a tree.
fn records(doc: &Document) -> BTreeMap<String, Value> {
    fn walk(v: &Value, path: &str, out: &mut BTreeMap<String, Value>) {
        match v {
            Value::Object(map) => {
                let here = match map.get("id") {
                    Some(Value::String(id)) => {
                        let p = format!("{path}/{id}");
                        out.insert(p.clone(), v.clone());
                        p
                    }
                    _ => path.to_owned(),
                };
                for (k, x) in map {
                    walk(x, &format!("{here}/{k}"), out);
                }
            }
            Value::Array(items) => items.iter().for_each(|x| walk(x, path, out)),
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    walk(&serde_json::to_value(doc).unwrap(), "", &mut out);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merging_with_an_unchanged_side_or_the_same_change_gives_that_change(
        x_ops in ops(), y_ops in ops(), generated in any::<bool>()
    ) {
        let base = base(generated);
        let x = edited(&base, "x", &x_ops);
        let y = edited(&base, "y", &y_ops);
        let m = merge(&base, &x, &base).unwrap();
        prop_assert!(m.report.is_clean());
        prop_assert_eq!(m.document(&[]).unwrap(), x.clone());
        let m = merge(&base, &base, &y).unwrap();
        prop_assert!(m.report.is_clean());
        prop_assert_eq!(m.document(&[]).unwrap(), y);
        let m = merge(&base, &x, &x).unwrap();
        prop_assert!(m.report.is_clean());
        prop_assert_eq!(m.document(&[]).unwrap(), x);
    }

    #[test]
    fn the_merge_is_symmetric_up_to_who_wins_a_conflict_and_loses_no_record(
        x_ops in ops(), y_ops in ops(), generated in any::<bool>()
    ) {
        let base = base(generated);
        let x = edited(&base, "x", &x_ops);
        let y = edited(&base, "y", &y_ops);
        let xy = merge(&base, &x, &y).unwrap();
        let yx = merge(&base, &y, &x).unwrap();
        prop_assert_eq!(xy.report.conflicts.len(), yx.report.conflicts.len());
        let all_theirs = vec![Side::Theirs; yx.report.conflicts.len()];
        let doc = xy.document(&[]).unwrap();
        prop_assert_eq!(&doc, &yx.document(&all_theirs).unwrap());

        // No record of either side is lost, unless one side deleted it and the other left it
        // as it was.
        let (b, rx, ry, rm) = (records(&base), records(&x), records(&y), records(&doc));
        for (path, rec) in rx.iter().chain(ry.iter()) {
            if rm.contains_key(path) {
                continue;
            }
            let deleted_untouched = match (rx.get(path), ry.get(path)) {
                (Some(kept), None) | (None, Some(kept)) => b.get(path) == Some(kept),
                _ => false,
            };
            prop_assert!(deleted_untouched, "lost {} {:?}", path, rec);
        }
    }

    #[test]
    fn merging_the_result_again_changes_nothing_and_the_bytes_are_always_the_same(
        x_ops in ops(), y_ops in ops(), generated in any::<bool>()
    ) {
        let base = base(generated);
        let x = edited(&base, "x", &x_ops);
        let y = edited(&base, "y", &y_ops);
        let m = merge(&base, &x, &y).unwrap().document(&[]).unwrap();
        prop_assert_eq!(&merged(&base, &m, &y), &m);
        prop_assert_eq!(&merged(&base, &x, &m), &m);
        prop_assert_eq!(to_string(&merged(&base, &x, &y)), to_string(&m));
    }
}
