//! One test per validation rule. Each builds a small document in code, asserts that the
//! broken version has the specific problem (severity and path), and that the valid version of
//! the same document has no problem at all, so every test can fail.

#![allow(clippy::unwrap_used)]

use chrono::{NaiveDate, NaiveTime, Weekday};
use samverkan::model::validate::{Problem, Severity, Target, validate};
use samverkan::model::{
    ActionItem, ActionItemId, Activity, ActivityId, AgendaItem, AgendaItemId, AgendaItemKind,
    Agreement, AgreementId, Assignee, Assignment, AssignmentId, AssignmentStatus, Body, BodyId,
    BodyKind, BodyStatus, Cadence, CompositionRule, Document, DocumentId, Goal, GoalId,
    GoverningDocument, Indicator, IndicatorId, IndicatorValue, ItemMinutes, Letterhead, Level,
    Link, LinkId, LinkKind, Meeting, MeetingId, MeetingStatus, Membership, MembershipId, Minutes,
    Organisation, OrganisationId, OrganisationKind, Participant, Person, PersonId, PersonKind,
    Recurrence, Role, TimingRule, TimingRuleId,
};

// ---------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// The `today` every test validates with.
fn today() -> NaiveDate {
    date(2025, 6, 1)
}

fn org(id: &str, kind: OrganisationKind) -> Organisation {
    Organisation::new(OrganisationId::new(id), &format!("Organisation {id}"), kind)
}

fn person(id: &str) -> Person {
    Person {
        id: PersonId::new(id),
        name: format!("Person {id}"),
        kind: PersonKind::Official,
        party: None,
        title: String::new(),
        organisation: None,
        email: None,
        phone: None,
        notes: String::new(),
    }
}

fn body(id: &str) -> Body {
    Body {
        id: BodyId::new(id),
        name: format!("Organ {id}"),
        short_name: String::new(),
        kind: BodyKind::CollaborationGroup,
        level: Level::Officials,
        description: String::new(),
        mandate: Vec::new(),
        cadence: Cadence::Quarterly,
        composition: Vec::new(),
        status: BodyStatus::Active,
        established: None,
        ended: None,
        memberships: Vec::new(),
        agenda_template: Vec::new(),
        numbers_paragraphs: false,
        letterhead: Letterhead::default(),
    }
}

fn seat(id: &str, person: Option<&str>, role: Role, represents: Option<&str>) -> Membership {
    Membership {
        id: MembershipId::new(id),
        person: person.map(PersonId::new),
        role,
        represents: represents.map(OrganisationId::new),
        from: None,
        to: None,
        note: String::new(),
    }
}

fn member(id: &str, person: &str) -> Membership {
    seat(id, Some(person), Role::Member, None)
}

fn link(id: &str, from: &str, to: &str, kind: LinkKind) -> Link {
    Link {
        id: LinkId::new(id),
        from: BodyId::new(from),
        to: BodyId::new(to),
        kind,
        note: String::new(),
    }
}

fn meeting(id: &str, bodies: &[&str], on: NaiveDate, start: u32, end: u32) -> Meeting {
    let mut m = Meeting::new(
        MeetingId::new(id),
        bodies.iter().map(|b| BodyId::new(*b)).collect(),
        on,
    );
    m.start = Some(time(start, 0));
    m.end = Some(time(end, 0));
    m
}

fn agenda_item(id: &str, number: u32) -> AgendaItem {
    AgendaItem {
        id: AgendaItemId::new(id),
        number,
        title: format!("Punkt {number}"),
        kind: AgendaItemKind::Information,
        presenters: Vec::new(),
        duration: 10,
        description: String::new(),
        guests: Vec::new(),
        sub_items: Vec::new(),
        matter: None,
        report_backs: Vec::new(),
    }
}

fn item_minutes(item: &str) -> ItemMinutes {
    ItemMinutes::new(AgendaItemId::new(item))
}

fn action_item(id: &str, owner: Participant) -> ActionItem {
    ActionItem {
        id: ActionItemId::new(id),
        text: "Återkommer".into(),
        owner: Some(owner),
        due: None,
        item: None,
        done: false,
    }
}

fn activity(id: &str, body: &str, when: Recurrence) -> Activity {
    Activity {
        id: ActivityId::new(id),
        body: BodyId::new(body),
        title: format!("Aktivitet {id}"),
        description: String::new(),
        when,
        is_meeting: false,
        report_back: None,
    }
}

fn goal(id: &str, indicators: Vec<Indicator>) -> Goal {
    Goal {
        area: "Hälsa".into(),
        indicators,
        ..Goal::new(GoalId::new(id), &format!("Mål {id}"))
    }
}

fn indicator(id: &str) -> Indicator {
    Indicator::new(IndicatorId::new(id), &format!("Indikator {id}"))
}

fn assignment(id: &str, given_by: &str, assignee: Assignee) -> Assignment {
    Assignment {
        id: AssignmentId::new(id),
        title: format!("Uppdrag {id}"),
        description: String::new(),
        given_by: BodyId::new(given_by),
        assignee,
        given: None,
        due: None,
        report_to: None,
        status: AssignmentStatus::InProgress,
        activity: None,
    }
}

fn agreement(id: &str, parties: &[&str]) -> Agreement {
    Agreement {
        id: AgreementId::new(id),
        title: format!("Överenskommelse {id}"),
        description: String::new(),
        parties: parties.iter().map(|o| OrganisationId::new(*o)).collect(),
        signed: None,
        review: None,
        responsible: None,
    }
}

fn governing_document(id: &str) -> GoverningDocument {
    GoverningDocument {
        id: DocumentId::new(id),
        title: format!("Styrdokument {id}"),
        description: String::new(),
        owner: None,
        responsible: None,
        adopted: None,
        review_every_years: None,
        next_review: None,
    }
}

fn timing_rule(
    id: &str,
    earlier: &str,
    later: &str,
    min_days: u16,
    within_days: u16,
) -> TimingRule {
    TimingRule {
        id: TimingRuleId::new(id),
        earlier: BodyId::new(earlier),
        later: BodyId::new(later),
        min_days,
        within_days,
    }
}

/// A clean document to start from: two municipalities and a region, three people, three
/// bodies without seats.
fn base() -> Document {
    let mut doc = Document::new("t");
    doc.organisations
        .push(org("o1", OrganisationKind::Municipality));
    doc.organisations
        .push(org("o2", OrganisationKind::Municipality));
    doc.organisations.push(org("o3", OrganisationKind::Region));
    for id in ["p1", "p2", "p3"] {
        doc.people.push(person(id));
    }
    for id in ["b1", "b2", "b3"] {
        doc.bodies.push(body(id));
    }
    doc
}

// ---------------------------------------------------------------------------------------------
// Assertions
// ---------------------------------------------------------------------------------------------

/// Validate, and check what every problem must have: both messages, and different ones.
fn problems(doc: &Document) -> Vec<Problem> {
    let problems = validate(doc, today());
    for p in &problems {
        assert!(!p.sv.trim().is_empty(), "empty Swedish message: {p:?}");
        assert!(!p.en.trim().is_empty(), "empty English message: {p:?}");
        assert_ne!(
            p.sv, p.en,
            "Swedish and English messages are the same: {p:?}"
        );
        assert!(!p.path.is_empty(), "empty path: {p:?}");
        assert_eq!(p.message(false), p.sv);
        assert_eq!(p.message(true), p.en);
    }
    problems
}

/// The valid version of a document has no problem at all.
fn assert_clean(doc: &Document) {
    let found = problems(doc);
    assert!(found.is_empty(), "expected no problems, found {found:#?}");
}

/// The problems at exactly `path`.
fn at(doc: &Document, path: &str) -> Vec<Problem> {
    problems(doc)
        .into_iter()
        .filter(|p| p.path == path)
        .collect()
}

/// Exactly one problem at `path`, of `severity`, whose English message contains `en`.
fn assert_one(doc: &Document, severity: Severity, path: &str, en: &str) -> Problem {
    let found = at(doc, path);
    assert_eq!(
        found.len(),
        1,
        "expected one problem at {path}, found {found:#?}\n(all: {:#?})",
        problems(doc)
    );
    let p = found.into_iter().next().unwrap();
    assert_eq!(p.severity, severity, "{p:?}");
    assert!(p.en.contains(en), "expected {en:?} in {p:?}");
    p
}

/// The document has exactly one problem, at `path`.
fn assert_only(doc: &Document, severity: Severity, path: &str, en: &str) -> Problem {
    let all = problems(doc);
    assert_eq!(all.len(), 1, "expected exactly one problem, found {all:#?}");
    assert_one(doc, severity, path, en)
}

// ---------------------------------------------------------------------------------------------
// Duplicate ids
// ---------------------------------------------------------------------------------------------

/// `good` is clean; renaming the id `fresh` in it to `taken` gives a duplicate at `path`.
fn assert_duplicate(good: &Document, path: &str, first: &str, rename: impl FnOnce(&mut Document)) {
    assert_clean(good);
    let mut bad = good.clone();
    rename(&mut bad);
    let p = assert_only(&bad, Severity::Error, path, "already used by");
    assert!(p.en.contains(first), "{p:?} names {first}");
    assert!(p.sv.contains(first), "{p:?} names {first}");
}

#[test]
fn duplicate_ids_of_top_level_records() {
    let mut doc = base();
    assert_duplicate(&doc, "organisations[1]", "organisations[0]", |d| {
        d.organisations[1].id = "o1".into();
    });
    assert_duplicate(&doc, "people[2]", "people[0]", |d| {
        d.people[2].id = "p1".into();
    });
    assert_duplicate(&doc, "bodies[1]", "bodies[0]", |d| {
        d.bodies[1].id = "b1".into();
    });

    doc.links.push(link("l1", "b1", "b2", LinkKind::Appoints));
    doc.links.push(link("l2", "b2", "b3", LinkKind::Appoints));
    assert_duplicate(&doc, "links[1]", "links[0]", |d| {
        d.links[1].id = "l1".into();
    });

    doc.meetings
        .push(meeting("m1", &["b1"], date(2025, 3, 1), 9, 10));
    doc.meetings
        .push(meeting("m2", &["b2"], date(2025, 3, 2), 9, 10));
    assert_duplicate(&doc, "meetings[1]", "meetings[0]", |d| {
        d.meetings[1].id = "m1".into();
    });

    doc.cycle
        .activities
        .push(activity("c1", "b1", Recurrence::Month(3)));
    doc.cycle
        .activities
        .push(activity("c2", "b1", Recurrence::Month(4)));
    assert_duplicate(&doc, "cycle.activities[1]", "cycle.activities[0]", |d| {
        d.cycle.activities[1].id = "c1".into();
    });

    doc.goals.push(goal("g1", Vec::new()));
    doc.goals.push(goal("g2", Vec::new()));
    assert_duplicate(&doc, "goals[1]", "goals[0]", |d| {
        d.goals[1].id = "g1".into();
    });

    doc.assignments
        .push(assignment("u1", "b1", Assignee::Body("b2".into())));
    doc.assignments
        .push(assignment("u2", "b1", Assignee::Person("p1".into())));
    assert_duplicate(&doc, "assignments[1]", "assignments[0]", |d| {
        d.assignments[1].id = "u1".into();
    });

    doc.agreements.push(agreement("a1", &["o1", "o3"]));
    doc.agreements.push(agreement("a2", &["o2", "o3"]));
    assert_duplicate(&doc, "agreements[1]", "agreements[0]", |d| {
        d.agreements[1].id = "a1".into();
    });

    doc.documents.push(governing_document("d1"));
    doc.documents.push(governing_document("d2"));
    assert_duplicate(&doc, "documents[1]", "documents[0]", |d| {
        d.documents[1].id = "d1".into();
    });

    doc.timing_rules.push(timing_rule("t1", "b1", "b3", 0, 30));
    doc.timing_rules.push(timing_rule("t2", "b2", "b3", 0, 30));
    assert_duplicate(&doc, "timing_rules[1]", "timing_rules[0]", |d| {
        d.timing_rules[1].id = "t1".into();
    });
}

#[test]
fn the_same_id_in_two_kinds_of_record_is_not_a_duplicate() {
    let mut doc = base();
    // A body, a link and a meeting that share the id "x" are different records.
    doc.bodies[0].id = "x".into();
    doc.links.push(link("x", "x", "b2", LinkKind::Appoints));
    doc.meetings
        .push(meeting("x", &["x"], date(2025, 3, 1), 9, 10));
    assert_clean(&doc);
}

#[test]
fn duplicate_membership_ids_across_bodies() {
    let mut doc = base();
    doc.bodies[0].memberships.push(member("ms1", "p1"));
    doc.bodies[0].memberships.push(member("ms2", "p2"));
    doc.bodies[1].memberships.push(member("ms3", "p1"));
    doc.bodies[1].memberships.push(member("ms4", "p3"));
    // Across bodies: the second body's seat repeats the first body's.
    assert_duplicate(
        &doc,
        "bodies[1].memberships[1]",
        "bodies[0].memberships[0]",
        |d| {
            d.bodies[1].memberships[1].id = "ms1".into();
        },
    );
    // Within one body.
    assert_duplicate(
        &doc,
        "bodies[0].memberships[1]",
        "bodies[0].memberships[0]",
        |d| {
            d.bodies[0].memberships[1].id = "ms1".into();
        },
    );
}

#[test]
fn duplicate_agenda_item_ids_within_a_meeting_but_not_across_meetings() {
    let mut doc = base();
    let mut m1 = meeting("m1", &["b1"], date(2025, 3, 1), 9, 10);
    m1.agenda = vec![
        agenda_item("ai1", 1),
        agenda_item("ai2", 2),
        agenda_item("ai3", 3),
    ];
    let mut m2 = meeting("m2", &["b2"], date(2025, 3, 2), 9, 10);
    // The same item ids in another meeting are fine: items are numbered per meeting.
    m2.agenda = vec![agenda_item("ai1", 1), agenda_item("ai2", 2)];
    doc.meetings = vec![m1, m2];
    assert_duplicate(
        &doc,
        "meetings[0].agenda[2]",
        "meetings[0].agenda[0]",
        |d| {
            d.meetings[0].agenda[2].id = "ai1".into();
        },
    );
    assert_duplicate(
        &doc,
        "meetings[1].agenda[1]",
        "meetings[1].agenda[0]",
        |d| {
            d.meetings[1].agenda[1].id = "ai1".into();
        },
    );
}

#[test]
fn duplicate_indicator_ids_across_goals() {
    let mut doc = base();
    doc.goals.push(goal("g1", vec![indicator("i1")]));
    doc.goals
        .push(goal("g2", vec![indicator("i2"), indicator("i3")]));
    assert_duplicate(
        &doc,
        "goals[1].indicators[1]",
        "goals[0].indicators[0]",
        |d| {
            d.goals[1].indicators[1].id = "i1".into();
        },
    );
}

#[test]
fn a_missing_id_is_an_error() {
    let doc = base();
    assert_clean(&doc);
    let mut bad = doc.clone();
    bad.people[1].id = "".into();
    assert_only(&bad, Severity::Error, "people[1]", "Missing id");
}

#[test]
fn a_duplicate_is_reported_once_per_repetition() {
    let mut doc = base();
    for id in ["p1", "p1", "p1"] {
        doc.people.push(person(id));
    }
    let found = problems(&doc);
    let paths: Vec<&str> = found.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["people[3]", "people[4]", "people[5]"], "{found:#?}");
    assert!(
        found.iter().all(|p| p.en.contains("people[0]")),
        "{found:#?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Dangling references
// ---------------------------------------------------------------------------------------------

/// `good` is clean; `break_it` makes one reference point nowhere: one error at `path` naming
/// the missing id, with the given target.
fn assert_dangling(
    good: &Document,
    path: &str,
    target: &Target,
    break_it: impl FnOnce(&mut Document),
) {
    assert_clean(good);
    let mut bad = good.clone();
    break_it(&mut bad);
    let p = assert_only(&bad, Severity::Error, path, "does not exist");
    assert!(p.en.contains("\"nowhere\""), "{p:?} names the missing id");
    assert!(p.sv.contains("\"nowhere\""), "{p:?} names the missing id");
    assert_eq!(&p.target, target, "{p:?}");
}

#[test]
fn dangling_person_organisation() {
    let mut doc = base();
    doc.people[1].organisation = Some("o2".into());
    assert_dangling(
        &doc,
        "people[1].organisation",
        &Target::Person("p2".into()),
        |d| {
            d.people[1].organisation = Some("nowhere".into());
        },
    );
}

#[test]
fn dangling_membership_person_and_represents() {
    let mut doc = base();
    doc.bodies[1].memberships.push(member("ms1", "p1"));
    doc.bodies[1]
        .memberships
        .push(seat("ms2", Some("p2"), Role::Chair, Some("o3")));
    let target = Target::Body("b2".into());
    assert_dangling(&doc, "bodies[1].memberships[1].person", &target, |d| {
        d.bodies[1].memberships[1].person = Some("nowhere".into());
    });
    assert_dangling(&doc, "bodies[1].memberships[1].represents", &target, |d| {
        d.bodies[1].memberships[1].represents = Some("nowhere".into());
    });
}

#[test]
fn dangling_link_ends() {
    let mut doc = base();
    doc.links.push(link("l1", "b1", "b2", LinkKind::Appoints));
    doc.links.push(link("l2", "b2", "b3", LinkKind::HomeOf));
    assert_dangling(&doc, "links[1].from", &Target::Other, |d| {
        d.links[1].from = "nowhere".into();
    });
    assert_dangling(&doc, "links[1].to", &Target::Other, |d| {
        d.links[1].to = "nowhere".into();
    });
}

#[test]
fn dangling_meeting_body() {
    let mut doc = base();
    doc.meetings
        .push(meeting("m1", &["b1", "b2"], date(2025, 3, 1), 9, 10));
    assert_dangling(
        &doc,
        "meetings[0].bodies[1]",
        &Target::Meeting("m1".into()),
        |d| {
            d.meetings[0].bodies[1] = "nowhere".into();
        },
    );
}

#[test]
fn dangling_agenda_presenter_person_but_not_a_named_guest() {
    let mut doc = base();
    let mut m = meeting("m1", &["b1"], date(2025, 3, 1), 9, 10);
    m.agenda = vec![agenda_item("ai1", 1), agenda_item("ai2", 2)];
    m.agenda[0].presenters = vec![Participant::Named("nowhere".into())];
    m.agenda[1].presenters = vec![Participant::Person("p1".into())];
    doc.meetings.push(m);
    // A named guest is free text, not a reference: "nowhere" is fine as a name.
    assert_dangling(
        &doc,
        "meetings[0].agenda[1].presenters[0]",
        &Target::Meeting("m1".into()),
        |d| {
            d.meetings[0].agenda[1].presenters = vec![Participant::Person("nowhere".into())];
        },
    );
}

#[test]
fn dangling_minutes_item_and_action_item_owner() {
    let mut doc = base();
    let mut m = meeting("m1", &["b1"], date(2025, 3, 1), 9, 10);
    m.status = MeetingStatus::Held;
    m.agenda = vec![agenda_item("ai1", 1), agenda_item("ai2", 2)];
    m.minutes = Some(Minutes {
        items: vec![item_minutes("ai1"), item_minutes("ai2")],
        action_items: vec![
            action_item("ac1", Participant::Named("Gäst".into())),
            action_item("ac2", Participant::Person("p2".into())),
        ],
        ..Minutes::default()
    });
    doc.meetings.push(m);
    let target = Target::Meeting("m1".into());
    assert_dangling(&doc, "meetings[0].minutes.items[1].item", &target, |d| {
        d.meetings[0].minutes.as_mut().unwrap().items[1].item = "nowhere".into();
    });
    assert_dangling(
        &doc,
        "meetings[0].minutes.action_items[1].owner",
        &target,
        |d| {
            d.meetings[0].minutes.as_mut().unwrap().action_items[1].owner =
                Some(Participant::Person("nowhere".into()));
        },
    );
}

#[test]
fn dangling_activity_body() {
    let mut doc = base();
    doc.cycle
        .activities
        .push(activity("c1", "b1", Recurrence::Month(8)));
    doc.cycle
        .activities
        .push(activity("c2", "b2", Recurrence::Month(9)));
    assert_dangling(&doc, "cycle.activities[1].body", &Target::Other, |d| {
        d.cycle.activities[1].body = "nowhere".into();
    });
}

#[test]
fn dangling_assignment_given_by_assignee_and_report_to() {
    let mut doc = base();
    doc.assignments
        .push(assignment("u1", "b1", Assignee::Body("b2".into())));
    doc.assignments[0].report_to = Some("b1".into());
    doc.assignments
        .push(assignment("u2", "b1", Assignee::Person("p3".into())));
    assert_dangling(&doc, "assignments[0].given_by", &Target::Other, |d| {
        d.assignments[0].given_by = "nowhere".into();
    });
    assert_dangling(&doc, "assignments[0].assignee", &Target::Other, |d| {
        d.assignments[0].assignee = Assignee::Body("nowhere".into());
    });
    assert_dangling(&doc, "assignments[1].assignee", &Target::Other, |d| {
        d.assignments[1].assignee = Assignee::Person("nowhere".into());
    });
    assert_dangling(&doc, "assignments[0].report_to", &Target::Other, |d| {
        d.assignments[0].report_to = Some("nowhere".into());
    });
}

#[test]
fn dangling_agreement_parties_and_responsible() {
    let mut doc = base();
    doc.agreements.push(agreement("a1", &["o1", "o2", "o3"]));
    doc.agreements[0].responsible = Some("b1".into());
    assert_dangling(&doc, "agreements[0].parties[1]", &Target::Other, |d| {
        d.agreements[0].parties[1] = "nowhere".into();
    });
    assert_dangling(&doc, "agreements[0].responsible", &Target::Other, |d| {
        d.agreements[0].responsible = Some("nowhere".into());
    });
}

#[test]
fn dangling_document_owner_and_responsible() {
    let mut doc = base();
    doc.documents.push(governing_document("d1"));
    doc.documents[0].owner = Some("o3".into());
    doc.documents[0].responsible = Some("b2".into());
    assert_dangling(&doc, "documents[0].owner", &Target::Other, |d| {
        d.documents[0].owner = Some("nowhere".into());
    });
    assert_dangling(&doc, "documents[0].responsible", &Target::Other, |d| {
        d.documents[0].responsible = Some("nowhere".into());
    });
}

#[test]
fn dangling_timing_rule_bodies() {
    let mut doc = base();
    doc.timing_rules.push(timing_rule("t1", "b1", "b2", 7, 30));
    assert_dangling(&doc, "timing_rules[0].earlier", &Target::Other, |d| {
        d.timing_rules[0].earlier = "nowhere".into();
    });
    assert_dangling(&doc, "timing_rules[0].later", &Target::Other, |d| {
        d.timing_rules[0].later = "nowhere".into();
    });
}

#[test]
fn dangling_indicator_value_organisation() {
    let mut doc = base();
    let mut ind = indicator("i1");
    ind.values.push(IndicatorValue::number(
        2023,
        Some("o1".into()),
        samverkan::model::Gender::Total,
        1.5,
    ));
    doc.goals.push(goal("g1", vec![ind]));
    assert_dangling(
        &doc,
        "goals[0].indicators[0].values[0].organisation",
        &Target::Goal("g1".into()),
        |d| d.goals[0].indicators[0].values[0].organisation = Some("nowhere".into()),
    );
}

// ---------------------------------------------------------------------------------------------
// Composition rules
// ---------------------------------------------------------------------------------------------

/// A body b1 with the given rule and seats (person, role, represents).
fn composed(rule: CompositionRule, seats: &[(Option<&str>, Role, &str)]) -> Document {
    let mut doc = base();
    for k in 4..=9 {
        doc.people.push(person(&format!("p{k}")));
    }
    let b = &mut doc.bodies[0];
    b.composition.push(CompositionRule::MaxMembers {
        max: 100,
        excluding: Vec::new(),
    });
    b.composition.push(rule);
    for (k, (person, role, represents)) in seats.iter().enumerate() {
        b.memberships
            .push(seat(&format!("ms{k}"), *person, *role, Some(represents)));
    }
    doc
}

const M: Role = Role::Member;

#[test]
fn composition_seats_from_min_and_max() {
    let rule = CompositionRule::SeatsFrom {
        kind: OrganisationKind::Municipality,
        min: Some(2),
        max: Some(3),
    };
    // Two seats from municipalities (o1, o2) and one from the region: within 2–3.
    let good = composed(
        rule.clone(),
        &[
            (Some("p1"), M, "o1"),
            (Some("p2"), M, "o2"),
            (Some("p3"), M, "o3"),
        ],
    );
    assert_clean(&good);
    let three = composed(
        rule.clone(),
        &[
            (Some("p1"), M, "o1"),
            (Some("p2"), M, "o2"),
            (Some("p3"), M, "o1"),
        ],
    );
    assert_clean(&three);

    // Below the minimum: one municipal seat.
    let few = composed(
        rule.clone(),
        &[(Some("p1"), M, "o1"), (Some("p3"), M, "o3")],
    );
    let p = assert_only(
        &few,
        Severity::Warning,
        "bodies[0].composition[1]",
        "1 seat from the municipalities",
    );
    assert_eq!(p.target, Target::Body("b1".into()));
    assert!(p.en.contains("2–3"), "{p:?}");

    // Above the maximum: four municipal seats.
    let many = composed(
        rule.clone(),
        &[
            (Some("p1"), M, "o1"),
            (Some("p2"), M, "o2"),
            (Some("p3"), M, "o1"),
            (Some("p4"), M, "o2"),
        ],
    );
    assert_only(
        &many,
        Severity::Warning,
        "bodies[0].composition[1]",
        "4 seats from the municipalities",
    );

    // A vacant seat counts as a seat: no composition problem, only the vacancy.
    let vacant = composed(rule, &[(Some("p1"), M, "o1"), (None, M, "o2")]);
    assert_only(
        &vacant,
        Severity::Warning,
        "bodies[0].memberships[1]",
        "vacant",
    );
}

#[test]
fn composition_seats_from_with_only_one_bound() {
    let at_least = CompositionRule::SeatsFrom {
        kind: OrganisationKind::Region,
        min: Some(1),
        max: None,
    };
    assert_clean(&composed(
        at_least.clone(),
        &[(Some("p1"), M, "o3"), (Some("p2"), M, "o3")],
    ));
    assert_only(
        &composed(at_least, &[(Some("p1"), M, "o1")]),
        Severity::Warning,
        "bodies[0].composition[1]",
        "0 seats from the region",
    );
    let at_most = CompositionRule::SeatsFrom {
        kind: OrganisationKind::Region,
        min: None,
        max: Some(1),
    };
    assert_clean(&composed(at_most.clone(), &[(Some("p1"), M, "o3")]));
    assert_only(
        &composed(at_most, &[(Some("p1"), M, "o3"), (Some("p2"), M, "o3")]),
        Severity::Warning,
        "bodies[0].composition[1]",
        "2 seats from the region",
    );
}

#[test]
fn composition_seats_with_role() {
    let rule = CompositionRule::SeatsWithRole {
        role: Role::Convener,
        min: Some(1),
        max: Some(1),
    };
    let good = composed(
        rule.clone(),
        &[(Some("p1"), Role::Convener, "o3"), (Some("p2"), M, "o1")],
    );
    assert_clean(&good);

    let none = composed(
        rule.clone(),
        &[(Some("p1"), M, "o3"), (Some("p2"), M, "o1")],
    );
    assert_only(
        &none,
        Severity::Warning,
        "bodies[0].composition[1]",
        "0 seats with role convener",
    );

    let two = composed(
        rule,
        &[
            (Some("p1"), Role::Convener, "o3"),
            (Some("p2"), Role::Convener, "o1"),
        ],
    );
    let p = assert_only(
        &two,
        Severity::Warning,
        "bodies[0].composition[1]",
        "2 seats with role convener",
    );
    assert!(p.sv.contains("sammankallande"), "{p:?}");
}

#[test]
fn composition_max_members_excluding_roles() {
    let rule = CompositionRule::MaxMembers {
        max: 2,
        excluding: vec![Role::Coordinator, Role::Secretary],
    };
    // Two members plus a coordinator and a secretary, who do not count.
    let good = composed(
        rule.clone(),
        &[
            (Some("p1"), M, "o1"),
            (Some("p2"), Role::Chair, "o3"),
            (Some("p3"), Role::Coordinator, "o3"),
            (Some("p4"), Role::Secretary, "o3"),
        ],
    );
    assert_clean(&good);

    let three = composed(
        rule.clone(),
        &[
            (Some("p1"), M, "o1"),
            (Some("p2"), Role::Chair, "o3"),
            (Some("p3"), M, "o2"),
            (Some("p4"), Role::Coordinator, "o3"),
        ],
    );
    assert_only(
        &three,
        Severity::Warning,
        "bodies[0].composition[1]",
        "3 members, at most 2 allowed",
    );

    // A vacant seat is not a member: only the vacancy is reported.
    let vacant = composed(
        rule,
        &[
            (Some("p1"), M, "o1"),
            (Some("p2"), M, "o1"),
            (None, M, "o2"),
        ],
    );
    assert_only(
        &vacant,
        Severity::Warning,
        "bodies[0].memberships[2]",
        "vacant",
    );
}

#[test]
fn composition_balance() {
    let rule = CompositionRule::Balance {
        a: OrganisationKind::Municipality,
        b: OrganisationKind::Region,
        max_difference: 1,
    };
    let good = composed(
        rule.clone(),
        &[
            (Some("p1"), M, "o1"),
            (Some("p2"), M, "o2"),
            (Some("p3"), M, "o3"),
        ],
    );
    assert_clean(&good);

    let bad = composed(
        rule.clone(),
        &[
            (Some("p1"), M, "o1"),
            (Some("p2"), M, "o2"),
            (Some("p4"), M, "o1"),
            (Some("p3"), M, "o3"),
        ],
    );
    let p = assert_only(
        &bad,
        Severity::Warning,
        "bodies[0].composition[1]",
        "imbalance: 3 from the municipalities against 1 from the region",
    );
    assert!(p.sv.contains("obalans"), "{p:?}");

    // The other way round too.
    let bad = composed(rule, &[(Some("p1"), M, "o3"), (Some("p2"), M, "o3")]);
    assert_only(
        &bad,
        Severity::Warning,
        "bodies[0].composition[1]",
        "imbalance: 0 from the municipalities against 2",
    );
}

// ---------------------------------------------------------------------------------------------
// Seats
// ---------------------------------------------------------------------------------------------

#[test]
fn a_vacant_seat_is_a_warning() {
    let mut doc = base();
    doc.bodies[0].memberships.push(member("ms1", "p1"));
    doc.bodies[0].memberships.push(member("ms2", "p2"));
    assert_clean(&doc);
    doc.bodies[0].memberships[1].person = None;
    let p = assert_only(
        &doc,
        Severity::Warning,
        "bodies[0].memberships[1]",
        "a seat is vacant",
    );
    assert_eq!(p.target, Target::Body("b1".into()));
}

#[test]
fn a_membership_past_its_end_date_is_a_warning() {
    let mut doc = base();
    doc.bodies[1].memberships.push(member("ms1", "p1"));
    doc.bodies[1].memberships.push(member("ms2", "p2"));
    doc.bodies[1].memberships[1].from = Some(date(2023, 1, 1));

    // Ends after today, or today: still valid.
    doc.bodies[1].memberships[1].to = Some(date(2025, 12, 31));
    assert_clean(&doc);
    doc.bodies[1].memberships[1].to = Some(today());
    assert_clean(&doc);

    // Ended yesterday.
    doc.bodies[1].memberships[1].to = Some(date(2025, 5, 31));
    let p = assert_only(
        &doc,
        Severity::Warning,
        "bodies[1].memberships[1]",
        "Person p2",
    );
    assert!(p.en.contains("2025-05-31"), "{p:?}");

    // Not reported when the body itself ended with the term.
    doc.bodies[1].ended = Some(date(2025, 5, 31));
    doc.bodies[1].status = BodyStatus::Closed;
    assert_clean(&doc);
}

#[test]
fn a_membership_that_ends_before_it_starts_is_an_error() {
    let mut doc = base();
    doc.bodies[0].memberships.push(member("ms1", "p1"));
    doc.bodies[0].memberships[0].from = Some(date(2024, 1, 1));
    doc.bodies[0].memberships[0].to = Some(date(2026, 1, 1));
    assert_clean(&doc);
    doc.bodies[0].memberships[0].from = Some(date(2026, 2, 1));
    assert_only(
        &doc,
        Severity::Error,
        "bodies[0].memberships[0].to",
        "before it starts",
    );
}

// ---------------------------------------------------------------------------------------------
// Double bookings
// ---------------------------------------------------------------------------------------------

/// p1 sits in b1 and b2; p2 only in b1, p3 only in b2. b1 meets 9–11 and b2 `start`–`end`.
fn two_meetings(start: u32, end: u32) -> Document {
    let mut doc = base();
    doc.bodies[0].memberships.push(member("ms1", "p1"));
    doc.bodies[0].memberships.push(member("ms2", "p2"));
    doc.bodies[1].memberships.push(member("ms3", "p1"));
    doc.bodies[1].memberships.push(member("ms4", "p3"));
    doc.meetings
        .push(meeting("m1", &["b1"], date(2025, 3, 10), 9, 11));
    doc.meetings
        .push(meeting("m2", &["b2"], date(2025, 3, 10), start, end));
    doc
}

#[test]
fn a_person_booked_in_two_overlapping_meetings() {
    let doc = two_meetings(10, 12);
    let p = assert_only(
        &doc,
        Severity::Warning,
        "meetings[1]",
        "two meetings at the same time",
    );
    assert_eq!(p.target, Target::Person("p1".into()));
    assert!(
        p.en.contains("Person p1") && p.en.contains("2025-03-10"),
        "{p:?}"
    );

    // Back to back is not overlapping.
    assert_clean(&two_meetings(11, 13));
    // Another day.
    let mut other_day = two_meetings(10, 12);
    other_day.meetings[1].date = date(2025, 3, 11);
    assert_clean(&other_day);
    // A cancelled meeting books no one.
    let mut cancelled = two_meetings(10, 12);
    cancelled.meetings[1].status = MeetingStatus::Cancelled;
    assert_clean(&cancelled);
    cancelled.meetings[1].status = MeetingStatus::Planned;
    cancelled.meetings[0].status = MeetingStatus::Cancelled;
    assert_clean(&cancelled);
}

#[test]
fn a_presenter_booked_in_an_overlapping_meeting() {
    let mut doc = base();
    doc.bodies[0].memberships.push(member("ms1", "p1"));
    doc.meetings
        .push(meeting("m1", &["b1"], date(2025, 3, 10), 9, 11));
    let mut m2 = meeting("m2", &["b2"], date(2025, 3, 10), 13, 15);
    m2.agenda.push(agenda_item("ai1", 1));
    m2.agenda[0].presenters = vec![Participant::Person("p1".into())];
    doc.meetings.push(m2);
    assert_clean(&doc);
    doc.meetings[1].start = Some(time(10, 30));
    let p = assert_only(
        &doc,
        Severity::Warning,
        "meetings[1]",
        "two meetings at the same time",
    );
    assert_eq!(p.target, Target::Person("p1".into()));
}

#[test]
fn a_membership_outside_its_term_does_not_book_the_person() {
    let mut doc = two_meetings(10, 12);
    doc.bodies[1].memberships[0].from = Some(date(2025, 4, 1));
    assert_clean(&doc);
}

// ---------------------------------------------------------------------------------------------
// Report cycles
// ---------------------------------------------------------------------------------------------

#[test]
fn a_cycle_of_reports_to_links_is_an_error_reported_once() {
    let mut doc = base();
    doc.links.push(link("l1", "b1", "b2", LinkKind::ReportsTo));
    doc.links.push(link("l2", "b2", "b3", LinkKind::ReportsTo));
    assert_clean(&doc);
    doc.links.push(link("l3", "b3", "b1", LinkKind::ReportsTo));
    let p = assert_only(&doc, Severity::Error, "bodies[0]", "goes round in a circle");
    assert_eq!(p.target, Target::Body("b1".into()));
    assert!(
        p.en.contains("Organ b1 › Organ b2 › Organ b3 › Organ b1"),
        "{p:?}"
    );
}

#[test]
fn a_two_body_report_cycle_is_found() {
    let mut doc = base();
    doc.links.push(link("l1", "b2", "b3", LinkKind::ReportsTo));
    assert_clean(&doc);
    doc.links.push(link("l2", "b3", "b2", LinkKind::ReportsTo));
    let p = assert_only(&doc, Severity::Error, "bodies[1]", "goes round in a circle");
    assert_eq!(p.target, Target::Body("b2".into()));
}

#[test]
fn a_cycle_through_steers_links_is_not_a_problem() {
    let mut doc = base();
    doc.links.push(link("l1", "b1", "b2", LinkKind::Steers));
    doc.links.push(link("l2", "b2", "b3", LinkKind::Steers));
    doc.links.push(link("l3", "b3", "b1", LinkKind::Steers));
    assert_clean(&doc);
    // Nor a loop that mixes "reports to" with "steers": the beredningsgrupp reports to the
    // steering group, which steers it.
    doc.links.push(link("l4", "b2", "b1", LinkKind::ReportsTo));
    doc.links.push(link("l5", "b3", "b2", LinkKind::ReportsTo));
    assert_clean(&doc);
}

// ---------------------------------------------------------------------------------------------
// Timing rules
// ---------------------------------------------------------------------------------------------

/// Rule: b1 meets at least 7 and at most 30 days before each meeting of b2 (2025-03-20).
fn timed(earlier_on: NaiveDate) -> Document {
    let mut doc = base();
    doc.timing_rules.push(timing_rule("t1", "b1", "b2", 7, 30));
    doc.meetings.push(meeting("m1", &["b1"], earlier_on, 9, 10));
    doc.meetings
        .push(meeting("m2", &["b2"], date(2025, 3, 20), 9, 10));
    doc
}

#[test]
fn a_timing_rule_satisfied_and_violated() {
    // 10 days before, and exactly 7 and exactly 30.
    assert_clean(&timed(date(2025, 3, 10)));
    assert_clean(&timed(date(2025, 3, 13)));
    assert_clean(&timed(date(2025, 2, 18)));

    // Too close: 5 days before.
    let p = assert_only(
        &timed(date(2025, 3, 15)),
        Severity::Warning,
        "meetings[1]",
        "at least 7 days before",
    );
    assert_eq!(p.target, Target::Meeting("m2".into()));
    assert!(
        p.en.contains("timing_rules[0]") && p.en.contains("2025-03-20"),
        "{p:?}"
    );
    // Too early: 31 days before.
    assert_only(
        &timed(date(2025, 2, 17)),
        Severity::Warning,
        "meetings[1]",
        "at least 7 days before",
    );
    // After the later meeting.
    assert_only(
        &timed(date(2025, 3, 21)),
        Severity::Warning,
        "meetings[1]",
        "at least 7 days before",
    );

    // A cancelled preparation meeting does not count.
    let mut cancelled = timed(date(2025, 3, 10));
    cancelled.meetings[0].status = MeetingStatus::Cancelled;
    assert_only(
        &cancelled,
        Severity::Warning,
        "meetings[1]",
        "at least 7 days before",
    );
    // A cancelled later meeting needs no preparation.
    let mut cancelled = timed(date(2025, 3, 15));
    cancelled.meetings[1].status = MeetingStatus::Cancelled;
    assert_clean(&cancelled);
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

#[test]
fn a_link_from_a_body_to_itself() {
    for kind in [LinkKind::Appoints, LinkKind::ReportsTo, LinkKind::Steers] {
        let mut doc = base();
        doc.links.push(link("l1", "b1", "b2", kind));
        doc.links.push(link("l2", "b2", "b3", kind));
        assert_clean(&doc);
        doc.links[1].to = "b2".into();
        // Reported as a self-link only, not also as a report cycle.
        let p = assert_only(&doc, Severity::Error, "links[1]", "linked to itself");
        assert_eq!(p.target, Target::Body("b2".into()));
    }
}

#[test]
fn out_of_range_recurrences() {
    let good = [
        Recurrence::Month(1),
        Recurrence::Month(12),
        Recurrence::IsoWeek(1),
        Recurrence::IsoWeek(53),
        Recurrence::NthWeekday {
            month: 9,
            n: 1,
            weekday: Weekday::Tue,
        },
        Recurrence::NthWeekday {
            month: 12,
            n: 5,
            weekday: Weekday::Fri,
        },
        Recurrence::NthWeekday {
            month: 1,
            n: -1,
            weekday: Weekday::Mon,
        },
        Recurrence::FixedDate { month: 2, day: 29 },
        Recurrence::FixedDate { month: 12, day: 31 },
    ];
    let bad = [
        Recurrence::Month(0),
        Recurrence::Month(13),
        Recurrence::IsoWeek(0),
        Recurrence::IsoWeek(54),
        Recurrence::NthWeekday {
            month: 0,
            n: 1,
            weekday: Weekday::Tue,
        },
        Recurrence::NthWeekday {
            month: 13,
            n: 1,
            weekday: Weekday::Tue,
        },
        Recurrence::NthWeekday {
            month: 5,
            n: 0,
            weekday: Weekday::Tue,
        },
        Recurrence::NthWeekday {
            month: 5,
            n: 6,
            weekday: Weekday::Tue,
        },
        Recurrence::NthWeekday {
            month: 5,
            n: -2,
            weekday: Weekday::Tue,
        },
        Recurrence::FixedDate { month: 2, day: 30 },
        Recurrence::FixedDate { month: 4, day: 31 },
        Recurrence::FixedDate { month: 13, day: 1 },
        Recurrence::FixedDate { month: 5, day: 0 },
    ];
    for when in good {
        let mut doc = base();
        doc.cycle
            .activities
            .push(activity("c1", "b1", Recurrence::Month(8)));
        doc.cycle
            .activities
            .push(activity("c2", "b2", when.clone()));
        assert_clean(&doc);
    }
    for when in bad {
        let mut doc = base();
        doc.cycle
            .activities
            .push(activity("c1", "b1", Recurrence::Month(8)));
        doc.cycle
            .activities
            .push(activity("c2", "b2", when.clone()));
        let p = assert_only(
            &doc,
            Severity::Error,
            "cycle.activities[1].when",
            "Aktivitet c2",
        );
        assert!(p.en.contains("does not exist"), "{when:?}: {p:?}");
    }
}

#[test]
fn out_of_range_start_month() {
    for month in 1..=12 {
        let mut doc = base();
        doc.cycle.start_month = month;
        assert_clean(&doc);
    }
    for month in [0, 13, 255] {
        let mut doc = base();
        doc.cycle.start_month = month;
        let p = assert_only(
            &doc,
            Severity::Error,
            "cycle.start_month",
            &format!("Start month {month}"),
        );
        assert_eq!(p.target, Target::Document);
    }
}

#[test]
fn a_meeting_that_ends_before_it_starts() {
    let mut doc = base();
    doc.meetings
        .push(meeting("m1", &["b1"], date(2025, 3, 10), 9, 11));
    doc.meetings
        .push(meeting("m2", &["b2"], date(2025, 3, 10), 13, 15));
    assert_clean(&doc);
    doc.meetings[1].end = Some(time(12, 0));
    let p = assert_only(
        &doc,
        Severity::Warning,
        "meetings[1].end",
        "ends at 12:00 but starts at 13:00",
    );
    assert_eq!(p.target, Target::Meeting("m2".into()));
    // Ending when it starts is no meeting either.
    doc.meetings[1].end = Some(time(13, 0));
    assert_only(&doc, Severity::Warning, "meetings[1].end", "ends at 13:00");
    // Without an end time there is nothing to compare.
    doc.meetings[1].end = None;
    assert_clean(&doc);
}

#[test]
fn a_meeting_of_no_body() {
    let mut doc = base();
    doc.meetings
        .push(meeting("m1", &["b1"], date(2025, 3, 10), 9, 11));
    assert_clean(&doc);
    doc.meetings[0].bodies.clear();
    assert_only(
        &doc,
        Severity::Error,
        "meetings[0].bodies",
        "belongs to no body",
    );
}

#[test]
fn a_body_that_ends_before_it_is_established() {
    let mut doc = base();
    doc.bodies[2].established = Some(date(2020, 1, 1));
    doc.bodies[2].ended = Some(date(2024, 1, 1));
    assert_clean(&doc);
    doc.bodies[2].ended = Some(date(2019, 12, 31));
    assert_only(
        &doc,
        Severity::Error,
        "bodies[2].ended",
        "before it is established",
    );
}

#[test]
fn records_without_names() {
    let mut doc = base();
    doc.people[0].name = "  ".into();
    assert_only(&doc, Severity::Warning, "people[0].name", "no name");
    let mut doc = base();
    doc.organisations[2].name = String::new();
    assert_only(&doc, Severity::Warning, "organisations[2].name", "no name");
    let mut doc = base();
    doc.bodies[1].name = String::new();
    assert_only(&doc, Severity::Warning, "bodies[1].name", "no name");
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

#[test]
fn every_problem_has_different_swedish_and_english_messages() {
    // One document that breaks every rule at once.
    let mut doc = base();
    doc.cycle.start_month = 0;
    doc.organisations.push(org("o1", OrganisationKind::Region));
    doc.organisations[0].name = String::new();
    doc.people[0].name = String::new();
    doc.people[1].organisation = Some("nowhere".into());
    doc.people.push(person(""));
    let b = &mut doc.bodies[0];
    b.name = String::new();
    b.established = Some(date(2024, 1, 1));
    b.ended = Some(date(2023, 1, 1));
    b.composition = vec![
        CompositionRule::SeatsFrom {
            kind: OrganisationKind::Region,
            min: Some(5),
            max: None,
        },
        CompositionRule::SeatsWithRole {
            role: Role::Chair,
            min: Some(1),
            max: Some(1),
        },
        CompositionRule::MaxMembers {
            max: 0,
            excluding: Vec::new(),
        },
        CompositionRule::Balance {
            a: OrganisationKind::Municipality,
            b: OrganisationKind::Region,
            max_difference: 0,
        },
    ];
    b.memberships = vec![
        seat("ms1", Some("p1"), M, Some("o1")),
        seat("ms1", None, M, Some("nowhere")),
        seat("ms2", Some("nowhere"), M, None),
    ];
    b.memberships[0].from = Some(date(2024, 1, 1));
    b.memberships[0].to = Some(date(2023, 1, 1));
    doc.bodies[1].memberships.push(member("ms3", "p1"));
    doc.bodies[1].memberships[0].to = Some(date(2024, 1, 1));
    doc.bodies[2].memberships.push(member("ms4", "p1"));
    // p2 sits in b2 and b3, which meet at the same time (m4 and m1).
    doc.bodies[1].memberships.push(member("ms5", "p2"));
    doc.bodies[2].memberships.push(member("ms6", "p2"));
    doc.links = vec![
        link("l1", "b1", "b1", LinkKind::Advises),
        link("l2", "b2", "b3", LinkKind::ReportsTo),
        link("l3", "b3", "b2", LinkKind::ReportsTo),
        link("l3", "nowhere", "b2", LinkKind::Appoints),
    ];
    let mut m1 = meeting("m1", &["b3"], date(2025, 3, 10), 9, 11);
    m1.agenda = vec![agenda_item("ai1", 1), agenda_item("ai1", 2)];
    m1.agenda[0].presenters = vec![Participant::Person("nowhere".into())];
    m1.minutes = Some(Minutes {
        items: vec![item_minutes("nowhere")],
        action_items: vec![action_item("ac1", Participant::Person("nowhere".into()))],
        ..Minutes::default()
    });
    let mut m2 = meeting("m2", &["b3", "nowhere"], date(2025, 3, 10), 10, 9);
    m2.title = "Gemensamt möte".into();
    let m3 = meeting("m3", &[], date(2025, 3, 10), 10, 12);
    let m4 = meeting("m4", &["b2"], date(2025, 3, 10), 10, 12);
    doc.meetings = vec![m1, m2, m3, m4];
    doc.cycle.activities = vec![activity("c1", "nowhere", Recurrence::IsoWeek(60))];
    doc.goals = vec![goal("g1", vec![indicator("i1"), indicator("i1")])];
    doc.assignments = vec![assignment(
        "u1",
        "nowhere",
        Assignee::Person("nowhere".into()),
    )];
    doc.agreements = vec![agreement("a1", &["nowhere"])];
    doc.documents = vec![governing_document("d1")];
    doc.documents[0].owner = Some("nowhere".into());
    doc.timing_rules = vec![
        timing_rule("t1", "b1", "b3", 7, 30),
        timing_rule("t2", "nowhere", "b2", 7, 30),
    ];

    // `problems` asserts the messages of each; here make sure every rule is represented.
    let found = problems(&doc);
    let expect = [
        "already used by",
        "Missing id",
        "does not exist",
        "Start month",
        "no name",
        "before it is established",
        "before it starts",
        "linked to itself",
        "belongs to no body",
        "ends at",
        "composition breaks a rule",
        "a seat is vacant",
        "the term of",
        "two meetings at the same time",
        "goes round in a circle",
        "no meeting of",
    ];
    for fragment in expect {
        assert!(
            found.iter().any(|p| p.en.contains(fragment)),
            "no problem says {fragment:?}: {found:#?}"
        );
    }
    assert!(found.iter().any(|p| p.severity == Severity::Error));
    assert!(found.iter().any(|p| p.severity == Severity::Warning));
    // The same Swedish message for two different English ones would be a translation slip.
    for p in &found {
        for q in &found {
            if p.en != q.en {
                assert_ne!(p.sv, q.sv, "{p:?} and {q:?}");
            }
        }
    }
}

#[test]
fn the_empty_document_is_valid() {
    assert_clean(&Document::new("t"));
    assert_clean(&base());
}

// ---------------------------------------------------------------------------------------------
// Agendas and minutes
// ---------------------------------------------------------------------------------------------

/// Two items with one number, a last day before the first, and a minutes block whose
/// action is gone are each one warning at their place; the clean meeting has none.
#[test]
fn an_agenda_that_says_two_things_at_once_is_warned_about() {
    let mut doc = base();
    let mut m = meeting("m1", &["b1"], date(2026, 3, 10), 9, 11);
    m.agenda = vec![agenda_item("a1", 1), agenda_item("a2", 2)];
    let mut minutes = Minutes::default();
    minutes.items.push(item_minutes("a1"));
    m.minutes = Some(minutes);
    doc.meetings.push(m);
    assert_clean(&doc);

    let mut twice = doc.clone();
    twice.meetings[0].agenda[1].number = 1;
    assert_only(
        &twice,
        Severity::Warning,
        "meetings[0].agenda[1].number",
        "number 1",
    );

    let mut backwards = doc.clone();
    backwards.meetings[0].last_day = Some(date(2026, 3, 9));
    assert_only(
        &backwards,
        Severity::Warning,
        "meetings[0].last_day",
        "before its first",
    );
    let mut two_days = doc.clone();
    two_days.meetings[0].last_day = Some(date(2026, 3, 11));
    assert_clean(&two_days);

    let mut gone = doc.clone();
    gone.meetings[0].minutes.as_mut().unwrap().items[0]
        .blocks
        .push(samverkan::model::Block::Action(ActionItemId::new("ac-x")));
    assert_only(
        &gone,
        Severity::Warning,
        "meetings[0].minutes.items[0].blocks[0]",
        "action that does not exist",
    );
}
