//! Edits, references, undo history and the session. Every change to a document goes through
//! `edit::apply`; these tests pin down what each `Edit` changes (and that it changes nothing
//! else), what a cascading delete takes with it, and how the session tracks undo, redo, dirty
//! state, locks and saving.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use chrono::NaiveDate;
use proptest::prelude::*;
use samverkan::edit::{Edit, EditError, apply};
use samverkan::history::MAX_STEPS;
use samverkan::io::lock;
use samverkan::io::recovery::RecoveryStore;
use samverkan::io::save::SaveError;
use samverkan::io::{read_document, to_string};
use samverkan::model::references::{RecordRef, Reference, references_to};
use samverkan::model::validate::{Problem, Severity, validate};
use samverkan::model::{
    ActionItem, ActionItemId, Activity, ActivityId, AgendaItem, AgendaItemId, AgendaItemKind,
    Agreement, AgreementId, Assignee, Assignment, AssignmentId, AssignmentStatus, Attendance, Body,
    BodyId, BodyKind, BodyStatus, Cadence, Document, DocumentId, DocumentInfo, Goal, GoalId,
    GoverningDocument, Indicator, IndicatorId, IndicatorValue, Letterhead, Level, Link, LinkId,
    LinkKind, Meeting, MeetingId, MeetingStatus, Membership, MembershipId, Minutes, Organisation,
    OrganisationId, OrganisationKind, Participant, Person, PersonId, PersonKind, Presence,
    Recurrence, Role, SignOff, TimingRule, TimingRuleId,
};
use samverkan::session::Session;
use std::fmt::Debug;
use std::path::Path;

// ---------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    date(2025, 6, 1)
}

fn org(id: &str, kind: OrganisationKind) -> Organisation {
    Organisation::new(OrganisationId::new(id), &format!("Organisation {id}"), kind)
}

fn person(id: &str, organisation: Option<&str>, party: Option<&str>) -> Person {
    Person {
        id: PersonId::new(id),
        name: format!("Person {id}"),
        kind: PersonKind::Elected,
        party: party.map(str::to_owned),
        title: String::new(),
        organisation: organisation.map(OrganisationId::new),
        email: None,
        phone: None,
        notes: String::new(),
    }
}

fn seat(id: &str, person: Option<&str>, represents: Option<&str>) -> Membership {
    Membership {
        id: MembershipId::new(id),
        person: person.map(PersonId::new),
        role: Role::Member,
        represents: represents.map(OrganisationId::new),
        from: None,
        to: None,
        note: String::new(),
    }
}

fn body(id: &str, memberships: Vec<Membership>) -> Body {
    Body {
        id: BodyId::new(id),
        name: format!("Organ {id}"),
        short_name: String::new(),
        kind: BodyKind::CollaborationGroup,
        level: Level::Officials,
        description: String::new(),
        mandate: Vec::new(),
        cadence: Cadence::Irregular,
        composition: Vec::new(),
        status: BodyStatus::Active,
        established: None,
        ended: None,
        memberships,
        agenda_template: Vec::new(),
        numbers_paragraphs: false,
        letterhead: Letterhead::default(),
    }
}

fn link(id: &str, from: &str, to: &str) -> Link {
    Link {
        id: LinkId::new(id),
        from: BodyId::new(from),
        to: BodyId::new(to),
        kind: LinkKind::ReportsTo,
        note: String::new(),
    }
}

fn meeting(id: &str, bodies: &[&str], day: u32) -> Meeting {
    let mut m = Meeting::new(
        MeetingId::new(id),
        bodies.iter().map(|b| BodyId::new(*b)).collect(),
        date(2025, 3, day),
    );
    m.title = format!("Möte {id}");
    m.status = MeetingStatus::Held;
    m
}

fn activity(id: &str, body: &str) -> Activity {
    Activity {
        id: ActivityId::new(id),
        body: BodyId::new(body),
        title: format!("Aktivitet {id}"),
        description: String::new(),
        when: Recurrence::Month(3),
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

fn value(organisation: Option<&str>, value: f64) -> IndicatorValue {
    IndicatorValue::number(
        2024,
        organisation.map(OrganisationId::new),
        samverkan::model::Gender::Total,
        value,
    )
}

fn assignment(id: &str, given_by: &str, assignee: Assignee, report_to: Option<&str>) -> Assignment {
    Assignment {
        id: AssignmentId::new(id),
        title: format!("Uppdrag {id}"),
        description: String::new(),
        given_by: BodyId::new(given_by),
        assignee,
        given: None,
        due: None,
        report_to: report_to.map(BodyId::new),
        status: AssignmentStatus::InProgress,
        activity: None,
    }
}

fn agreement(id: &str, parties: &[&str], responsible: Option<&str>) -> Agreement {
    Agreement {
        id: AgreementId::new(id),
        title: format!("Avtal {id}"),
        description: String::new(),
        parties: parties.iter().map(|o| OrganisationId::new(*o)).collect(),
        signed: None,
        review: None,
        responsible: responsible.map(BodyId::new),
    }
}

fn governing(id: &str, owner: Option<&str>, responsible: Option<&str>) -> GoverningDocument {
    GoverningDocument {
        id: DocumentId::new(id),
        title: format!("Dokument {id}"),
        description: String::new(),
        owner: owner.map(OrganisationId::new),
        responsible: responsible.map(BodyId::new),
        adopted: None,
        review_every_years: None,
        next_review: None,
    }
}

fn rule(id: &str, earlier: &str, later: &str) -> TimingRule {
    TimingRule {
        id: TimingRuleId::new(id),
        earlier: BodyId::new(earlier),
        later: BodyId::new(later),
        min_days: 7,
        within_days: 30,
    }
}

fn pid(id: &str) -> Participant {
    Participant::Person(PersonId::new(id))
}

/// The meeting that names p1 everywhere a meeting can name a person.
fn meeting_naming_p1() -> Meeting {
    let mut m = meeting("m1", &["b1"], 10);
    m.agenda = vec![AgendaItem {
        id: AgendaItemId::new("ai1"),
        number: 1,
        title: "Punkt 1".into(),
        kind: AgendaItemKind::Information,
        presenters: vec![pid("p1")],
        duration: 10,
        description: String::new(),
        guests: vec![pid("p1"), Participant::Named("Gäst Gästsson".into())],
        sub_items: Vec::new(),
        matter: None,
        report_backs: Vec::new(),
    }];
    m.minutes = Some(Minutes {
        attendance: vec![
            Attendance {
                who: pid("p1"),
                presence: Presence::Present,
                items: Vec::new(),
                note: String::new(),
            },
            Attendance {
                who: pid("p2"),
                presence: Presence::Present,
                items: Vec::new(),
                note: String::new(),
            },
        ],
        items: Vec::new(),
        action_items: vec![ActionItem {
            id: ActionItemId::new("ac1"),
            text: "Återkomma".into(),
            owner: Some(pid("p1")),
            due: None,
            item: Some(AgendaItemId::new("ai1")),
            done: false,
        }],
        secretary: Some(pid("p1")),
        sign_off: Some(SignOff {
            by: vec![pid("p1"), pid("p2")],
            date: date(2025, 3, 12),
        }),
        history: Vec::new(),
    });
    m
}

/// A small document where every kind of record exists at least twice, and where o1, p1 and b1
/// are referred to from every place that can refer to them.
fn small() -> Document {
    let mut doc = Document::new("t");
    doc.organisations = vec![
        org("o1", OrganisationKind::Municipality),
        org("o2", OrganisationKind::Region),
    ];
    doc.people = vec![
        person("p1", Some("o1"), Some("S")),
        person("p2", Some("o2"), None),
    ];
    doc.bodies = vec![
        body(
            "b1",
            vec![
                seat("ms1", Some("p1"), Some("o1")),
                seat("ms2", Some("p2"), Some("o2")),
            ],
        ),
        body(
            "b2",
            vec![seat("ms3", Some("p2"), Some("o2")), seat("ms4", None, None)],
        ),
        body("b3", Vec::new()),
    ];
    doc.links = vec![link("l1", "b1", "b2"), link("l2", "b2", "b3")];
    doc.meetings = vec![
        meeting_naming_p1(),
        meeting("m2", &["b1", "b2"], 11),
        meeting("m3", &["b2"], 12),
    ];
    doc.cycle.start_month = 8;
    doc.cycle.activities = vec![activity("c1", "b1"), activity("c2", "b2")];
    doc.goals = vec![
        goal(
            "g1",
            vec![Indicator {
                values: vec![
                    value(Some("o1"), 1.0),
                    value(None, 2.0),
                    value(Some("o2"), 3.0),
                ],
                ..Indicator::new(IndicatorId::new("i1"), "Indikator")
            }],
        ),
        goal("g2", Vec::new()),
    ];
    doc.assignments = vec![
        assignment("u1", "b1", Assignee::Person(PersonId::new("p1")), None),
        assignment("u2", "b2", Assignee::Body(BodyId::new("b1")), None),
        assignment("u3", "b2", Assignee::Body(BodyId::new("b3")), Some("b1")),
        assignment("u4", "b2", Assignee::Person(PersonId::new("p2")), None),
    ];
    doc.agreements = vec![
        agreement("a1", &["o1", "o2"], Some("b1")),
        agreement("a2", &["o2"], Some("b2")),
    ];
    doc.documents = vec![
        governing("d1", Some("o1"), Some("b1")),
        governing("d2", Some("o2"), None),
    ];
    doc.timing_rules = vec![rule("t1", "b1", "b2"), rule("t2", "b2", "b3")];
    doc
}

fn sample() -> Document {
    samverkan::sample::sample_document().unwrap()
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// Apply to a copy; the edit must succeed.
fn applied(doc: &Document, edit: Edit) -> Document {
    let what = format!("{edit:?}");
    let mut d = doc.clone();
    apply(&mut d, edit).unwrap_or_else(|e| panic!("{what} failed: {e:?}"));
    d
}

/// Apply to a copy; the edit must fail and leave the document exactly as it was.
fn refused(doc: &Document, edit: Edit) -> EditError {
    let what = format!("{edit:?}");
    let mut d = doc.clone();
    let err = apply(&mut d, edit).expect_err("the edit must fail");
    assert_eq!(
        &d, doc,
        "{what} failed with {err:?} but changed the document"
    );
    err
}

fn errors(doc: &Document) -> Vec<Problem> {
    validate(doc, today())
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect()
}

/// Validation errors about references to records that do not exist.
fn dangling(doc: &Document) -> Vec<Problem> {
    errors(doc)
        .into_iter()
        .filter(|p| p.en.contains("which does not exist"))
        .collect()
}

fn reference(sv: &str, en: &str) -> Reference {
    Reference {
        sv: sv.into(),
        en: en.into(),
    }
}

fn referenced(err: EditError) -> Vec<Reference> {
    match err {
        EditError::Referenced(list) => list,
        other => panic!("expected Referenced, got {other:?}"),
    }
}

fn person_mut<'a>(doc: &'a mut Document, id: &str) -> &'a mut Person {
    doc.people.iter_mut().find(|p| p.id.as_str() == id).unwrap()
}

fn body_mut<'a>(doc: &'a mut Document, id: &str) -> &'a mut Body {
    doc.bodies.iter_mut().find(|b| b.id.as_str() == id).unwrap()
}

fn meeting_mut<'a>(doc: &'a mut Document, id: &str) -> &'a mut Meeting {
    doc.meetings
        .iter_mut()
        .find(|m| m.id.as_str() == id)
        .unwrap()
}

/// `Put*` replaces the first record in place (same position, nothing else changes) and
/// appends a record with a new id at the end.
fn check_put<T: Clone + Debug + PartialEq>(
    list: fn(&mut Document) -> &mut Vec<T>,
    wrap: fn(T) -> Edit,
    change: fn(&mut T),
    fresh: T,
) {
    let doc = small();
    let mut probe = doc.clone();
    assert!(list(&mut probe).len() >= 2, "the builder has two records");
    let original = list(&mut probe)[0].clone();
    let mut changed = original.clone();
    change(&mut changed);
    assert_ne!(changed, original, "the change must change something");

    let mut expected = doc.clone();
    list(&mut expected)[0] = changed.clone();
    let got = applied(&doc, wrap(changed));
    assert_eq!(got, expected, "replaced in place, nothing else changed");

    let mut expected = doc.clone();
    list(&mut expected).push(fresh.clone());
    let got = applied(&doc, wrap(fresh));
    assert_eq!(got, expected, "a new id is appended at the end");
}

/// A plain `Delete*` removes the first record and nothing else; deleting it again, or an
/// unknown id, is `NotFound` and changes nothing.
fn check_delete<T: Clone + Debug + PartialEq>(
    list: fn(&mut Document) -> &mut Vec<T>,
    delete: fn(&T) -> Edit,
    unknown: Edit,
) {
    let doc = small();
    let mut expected = doc.clone();
    let gone = list(&mut expected).remove(0);
    let got = applied(&doc, delete(&gone));
    assert_eq!(got, expected);
    assert_eq!(refused(&got, delete(&gone)), EditError::NotFound);
    assert_eq!(refused(&doc, unknown), EditError::NotFound);
}

// ---------------------------------------------------------------------------------------------
// The builder itself
// ---------------------------------------------------------------------------------------------

#[test]
fn the_small_document_validates_without_errors() {
    assert_eq!(errors(&small()), Vec::new());
}

// ---------------------------------------------------------------------------------------------
// Every variant
// ---------------------------------------------------------------------------------------------

#[test]
fn set_info_replaces_the_info_and_nothing_else() {
    let doc = small();
    let info = DocumentInfo {
        title: "Nytt".into(),
        region: "Värmland".into(),
        description: "Beskrivning".into(),
        letterhead: Letterhead::default(),
    };
    let mut expected = doc.clone();
    expected.info = info.clone();
    assert_eq!(applied(&doc, Edit::SetInfo(info)), expected);
}

#[test]
fn set_start_month_sets_1_to_12_and_refuses_0_and_13() {
    let doc = small();
    for m in 1..=12 {
        let mut expected = doc.clone();
        expected.cycle.start_month = m;
        assert_eq!(applied(&doc, Edit::SetStartMonth(m)), expected, "month {m}");
    }
    for m in [0, 13, 255] {
        assert_eq!(
            refused(&doc, Edit::SetStartMonth(m)),
            EditError::OutOfRange,
            "month {m}"
        );
    }
}

#[test]
fn put_organisation_replaces_in_place_or_appends() {
    check_put(
        |d| &mut d.organisations,
        Edit::PutOrganisation,
        |o| o.name = "Ny kommun".into(),
        org("o9", OrganisationKind::Agency),
    );
}

#[test]
fn put_person_replaces_in_place_or_appends() {
    check_put(
        |d| &mut d.people,
        Edit::PutPerson,
        |p| p.name = "Omdöpt".into(),
        person("p9", None, None),
    );
}

#[test]
fn put_body_replaces_in_place_or_appends() {
    check_put(
        |d| &mut d.bodies,
        Edit::PutBody,
        |b| b.memberships.clear(),
        body("b9", vec![seat("ms9", Some("p1"), None)]),
    );
}

#[test]
fn put_link_replaces_in_place_or_appends() {
    check_put(
        |d| &mut d.links,
        Edit::PutLink,
        |l| l.kind = LinkKind::Advises,
        link("l9", "b3", "b1"),
    );
}

#[test]
fn put_meeting_replaces_in_place_or_appends() {
    check_put(
        |d| &mut d.meetings,
        Edit::PutMeeting,
        |m| m.minutes = None,
        meeting("m9", &["b3"], 20),
    );
}

#[test]
fn put_activity_replaces_in_place_or_appends() {
    check_put(
        |d| &mut d.cycle.activities,
        Edit::PutActivity,
        |a| a.when = Recurrence::IsoWeek(12),
        activity("c9", "b3"),
    );
}

#[test]
fn put_goal_replaces_in_place_or_appends() {
    check_put(
        |d| &mut d.goals,
        Edit::PutGoal,
        |g| g.indicators[0].values.clear(),
        goal("g9", Vec::new()),
    );
}

#[test]
fn put_assignment_replaces_in_place_or_appends() {
    check_put(
        |d| &mut d.assignments,
        Edit::PutAssignment,
        |a| a.status = AssignmentStatus::Reported,
        assignment("u9", "b3", Assignee::Body(BodyId::new("b2")), None),
    );
}

#[test]
fn put_agreement_replaces_in_place_or_appends() {
    check_put(
        |d| &mut d.agreements,
        Edit::PutAgreement,
        |a| a.parties.reverse(),
        agreement("a9", &["o1"], None),
    );
}

#[test]
fn put_document_replaces_in_place_or_appends() {
    check_put(
        |d| &mut d.documents,
        Edit::PutDocument,
        |d| d.review_every_years = Some(4),
        governing("d9", None, Some("b3")),
    );
}

#[test]
fn put_timing_rule_replaces_in_place_or_appends() {
    check_put(
        |d| &mut d.timing_rules,
        Edit::PutTimingRule,
        |t| t.min_days = 14,
        rule("t9", "b3", "b1"),
    );
}

#[test]
fn put_membership_replaces_a_seat_in_place_or_appends_one() {
    let doc = small();
    let mut changed = doc.bodies[0].memberships[0].clone();
    changed.role = Role::Chair;
    let mut expected = doc.clone();
    expected.bodies[0].memberships[0] = changed.clone();
    let got = applied(
        &doc,
        Edit::PutMembership {
            body: BodyId::new("b1"),
            membership: changed,
        },
    );
    assert_eq!(got, expected);

    let fresh = seat("ms9", Some("p2"), Some("o1"));
    let mut expected = doc.clone();
    expected.bodies[0].memberships.push(fresh.clone());
    let got = applied(
        &doc,
        Edit::PutMembership {
            body: BodyId::new("b1"),
            membership: fresh.clone(),
        },
    );
    assert_eq!(got, expected, "appended to b1 only");

    let err = refused(
        &doc,
        Edit::PutMembership {
            body: BodyId::new("nope"),
            membership: fresh,
        },
    );
    assert_eq!(err, EditError::NotFound);
}

#[test]
fn remove_membership_removes_the_seat_or_is_not_found() {
    let doc = small();
    let mut expected = doc.clone();
    expected.bodies[1].memberships.remove(0);
    let remove = Edit::RemoveMembership {
        body: BodyId::new("b2"),
        id: MembershipId::new("ms3"),
    };
    let got = applied(&doc, remove.clone());
    assert_eq!(got, expected);
    assert_eq!(refused(&got, remove), EditError::NotFound);
    // The seat exists, but in another body.
    let wrong_body = Edit::RemoveMembership {
        body: BodyId::new("b1"),
        id: MembershipId::new("ms3"),
    };
    assert_eq!(refused(&doc, wrong_body), EditError::NotFound);
    let unknown_body = Edit::RemoveMembership {
        body: BodyId::new("nope"),
        id: MembershipId::new("ms1"),
    };
    assert_eq!(refused(&doc, unknown_body), EditError::NotFound);
}

#[test]
fn delete_link_removes_it_or_is_not_found() {
    check_delete(
        |d| &mut d.links,
        |x| Edit::DeleteLink(x.id.clone()),
        Edit::DeleteLink(LinkId::new("nope")),
    );
}

#[test]
fn delete_meeting_removes_it_or_is_not_found() {
    check_delete(
        |d| &mut d.meetings,
        |x| Edit::DeleteMeeting(x.id.clone()),
        Edit::DeleteMeeting(MeetingId::new("nope")),
    );
}

#[test]
fn delete_activity_removes_it_or_is_not_found() {
    check_delete(
        |d| &mut d.cycle.activities,
        |x| Edit::DeleteActivity(x.id.clone()),
        Edit::DeleteActivity(ActivityId::new("nope")),
    );
}

#[test]
fn delete_goal_removes_it_or_is_not_found() {
    check_delete(
        |d| &mut d.goals,
        |x| Edit::DeleteGoal(x.id.clone()),
        Edit::DeleteGoal(GoalId::new("nope")),
    );
}

#[test]
fn delete_assignment_removes_it_or_is_not_found() {
    check_delete(
        |d| &mut d.assignments,
        |x| Edit::DeleteAssignment(x.id.clone()),
        Edit::DeleteAssignment(AssignmentId::new("nope")),
    );
}

#[test]
fn delete_agreement_removes_it_or_is_not_found() {
    check_delete(
        |d| &mut d.agreements,
        |x| Edit::DeleteAgreement(x.id.clone()),
        Edit::DeleteAgreement(AgreementId::new("nope")),
    );
}

#[test]
fn delete_document_removes_it_or_is_not_found() {
    check_delete(
        |d| &mut d.documents,
        |x| Edit::DeleteDocument(x.id.clone()),
        Edit::DeleteDocument(DocumentId::new("nope")),
    );
}

#[test]
fn delete_timing_rule_removes_it_or_is_not_found() {
    check_delete(
        |d| &mut d.timing_rules,
        |x| Edit::DeleteTimingRule(x.id.clone()),
        Edit::DeleteTimingRule(TimingRuleId::new("nope")),
    );
}

#[test]
fn deleting_an_unreferenced_organisation_person_or_body_removes_only_it() {
    let doc = small();
    let with = applied(
        &doc,
        Edit::PutOrganisation(org("o9", OrganisationKind::Other)),
    );
    let del = Edit::DeleteOrganisation {
        id: OrganisationId::new("o9"),
        cascade: false,
    };
    assert_eq!(applied(&with, del), doc);

    let with = applied(&doc, Edit::PutPerson(person("p9", None, None)));
    let del = Edit::DeletePerson {
        id: PersonId::new("p9"),
        cascade: false,
    };
    assert_eq!(applied(&with, del), doc);

    let with = applied(&doc, Edit::PutBody(body("b9", Vec::new())));
    let del = Edit::DeleteBody {
        id: BodyId::new("b9"),
        cascade: false,
    };
    assert_eq!(applied(&with, del), doc);
}

#[test]
fn deleting_an_unknown_organisation_person_or_body_is_not_found_with_or_without_cascade() {
    let doc = small();
    for cascade in [false, true] {
        let edits = [
            Edit::DeleteOrganisation {
                id: OrganisationId::new("nope"),
                cascade,
            },
            Edit::DeletePerson {
                id: PersonId::new("nope"),
                cascade,
            },
            Edit::DeleteBody {
                id: BodyId::new("nope"),
                cascade,
            },
        ];
        for edit in edits {
            assert_eq!(refused(&doc, edit.clone()), EditError::NotFound, "{edit:?}");
        }
    }
}

#[test]
fn batch_applies_every_edit_in_order() {
    let doc = small();
    let fresh = person("p9", Some("o2"), None);
    let fresh_seat = seat("ms9", Some("p9"), Some("o2"));
    let batch = Edit::Batch(vec![
        Edit::PutPerson(fresh.clone()),
        Edit::PutMembership {
            body: BodyId::new("b3"),
            membership: fresh_seat.clone(),
        },
        Edit::SetStartMonth(1),
        Edit::DeleteLink(LinkId::new("l2")),
        // A later edit sees the earlier ones: the body made above gets a seat.
        Edit::PutBody(body("b9", Vec::new())),
        Edit::PutMembership {
            body: BodyId::new("b9"),
            membership: seat("ms10", None, None),
        },
    ]);
    let mut expected = doc.clone();
    expected.people.push(fresh);
    expected.bodies[2].memberships.push(fresh_seat);
    expected.cycle.start_month = 1;
    expected.links.remove(1);
    expected
        .bodies
        .push(body("b9", vec![seat("ms10", None, None)]));
    assert_eq!(applied(&doc, batch), expected);
    assert_eq!(applied(&doc, Edit::Batch(Vec::new())), doc);
}

#[test]
fn a_failing_batch_leaves_the_document_exactly_as_before() {
    let doc = small();
    let p1_refused = refused(
        &doc,
        Edit::DeletePerson {
            id: PersonId::new("p1"),
            cascade: false,
        },
    );
    let cases = [
        (
            Edit::Batch(vec![
                Edit::SetStartMonth(3),
                Edit::PutPerson(person("p9", None, None)),
                Edit::DeleteLink(LinkId::new("l1")),
                Edit::DeleteLink(LinkId::new("nope")),
            ]),
            EditError::NotFound,
        ),
        (
            Edit::Batch(vec![
                Edit::DeleteMeeting(MeetingId::new("m3")),
                Edit::SetStartMonth(13),
            ]),
            EditError::OutOfRange,
        ),
        (
            Edit::Batch(vec![
                Edit::DeleteGoal(GoalId::new("g2")),
                Edit::DeletePerson {
                    id: PersonId::new("p1"),
                    cascade: false,
                },
            ]),
            p1_refused.clone(),
        ),
        // A nested batch that fails rolls back the outer one too.
        (
            Edit::Batch(vec![
                Edit::DeleteGoal(GoalId::new("g2")),
                Edit::Batch(vec![
                    Edit::DeleteAgreement(AgreementId::new("a2")),
                    Edit::DeleteAgreement(AgreementId::new("nope")),
                ]),
            ]),
            EditError::NotFound,
        ),
    ];
    for (batch, expected) in cases {
        assert_eq!(refused(&doc, batch), expected);
    }
}

// ---------------------------------------------------------------------------------------------
// Deletes of referenced records
// ---------------------------------------------------------------------------------------------

#[test]
fn delete_person_without_cascade_is_refused_and_names_every_reference() {
    let doc = small();
    let err = refused(
        &doc,
        Edit::DeletePerson {
            id: PersonId::new("p1"),
            cascade: false,
        },
    );
    let list = referenced(err);
    assert_eq!(
        list,
        vec![
            reference("plats i Organ b1", "seat in Organ b1"),
            reference(
                "nämns i mötet 2025-03-10",
                "named in the meeting on 2025-03-10"
            ),
            reference("uppdraget \"Uppdrag u1\"", "the assignment \"Uppdrag u1\""),
        ]
    );
    // p2 sits in two bodies: one entry per seat, each naming its body.
    let err = refused(
        &doc,
        Edit::DeletePerson {
            id: PersonId::new("p2"),
            cascade: false,
        },
    );
    let list = referenced(err);
    assert!(
        list.iter()
            .any(|r| r.sv == "plats i Organ b1" && r.en == "seat in Organ b1")
    );
    assert!(
        list.iter()
            .any(|r| r.sv == "plats i Organ b2" && r.en == "seat in Organ b2")
    );
}

#[test]
fn delete_person_with_cascade_removes_seats_and_assignments_and_keeps_names_in_meetings() {
    let doc = small();
    let got = applied(
        &doc,
        Edit::DeletePerson {
            id: PersonId::new("p1"),
            cascade: true,
        },
    );

    let named = || Participant::Named("Person p1 (S)".into());
    let mut expected = doc.clone();
    expected.people.retain(|p| p.id.as_str() != "p1");
    body_mut(&mut expected, "b1")
        .memberships
        .retain(|m| m.id.as_str() != "ms1");
    let m1 = meeting_mut(&mut expected, "m1");
    m1.agenda[0].presenters = vec![named()];
    m1.agenda[0].guests[0] = named();
    let minutes = m1.minutes.as_mut().unwrap();
    minutes.attendance[0].who = named();
    minutes.action_items[0].owner = Some(named());
    minutes.secretary = Some(named());
    minutes.sign_off.as_mut().unwrap().by[0] = named();
    expected.assignments.retain(|a| a.id.as_str() != "u1");
    assert_eq!(got, expected);

    assert_eq!(dangling(&got), Vec::new());
    assert_eq!(errors(&got), Vec::new());
    assert!(references_to(&got, &RecordRef::Person(PersonId::new("p1"))).is_empty());
}

#[test]
fn delete_organisation_without_cascade_is_refused_and_names_every_reference() {
    let doc = small();
    let err = refused(
        &doc,
        Edit::DeleteOrganisation {
            id: OrganisationId::new("o1"),
            cascade: false,
        },
    );
    assert_eq!(
        referenced(err),
        vec![
            reference("Person p1 arbetar där", "Person p1 works there"),
            reference(
                "1 plats i Organ b1 företräder den",
                "1 seat in Organ b1 represents it"
            ),
            reference("part i \"Avtal a1\"", "party to \"Avtal a1\""),
            reference("äger \"Dokument d1\"", "owns \"Dokument d1\""),
            reference("1 indikatorvärde", "1 indicator value"),
        ]
    );
}

#[test]
fn delete_organisation_with_cascade_clears_every_reference() {
    let doc = small();
    let got = applied(
        &doc,
        Edit::DeleteOrganisation {
            id: OrganisationId::new("o1"),
            cascade: true,
        },
    );
    let mut expected = doc.clone();
    expected.organisations.retain(|o| o.id.as_str() != "o1");
    person_mut(&mut expected, "p1").organisation = None;
    body_mut(&mut expected, "b1").memberships[0].represents = None;
    expected.agreements[0].parties = vec![OrganisationId::new("o2")];
    expected.documents[0].owner = None;
    expected.goals[0].indicators[0].values = vec![value(None, 2.0), value(Some("o2"), 3.0)];
    assert_eq!(got, expected);

    assert_eq!(dangling(&got), Vec::new());
    assert_eq!(errors(&got), Vec::new());
    assert!(references_to(&got, &RecordRef::Organisation(OrganisationId::new("o1"))).is_empty());
}

#[test]
fn delete_body_without_cascade_is_refused_and_names_every_reference() {
    let doc = small();
    let err = refused(
        &doc,
        Edit::DeleteBody {
            id: BodyId::new("b1"),
            cascade: false,
        },
    );
    assert_eq!(
        referenced(err),
        vec![
            reference("2 platser i organet", "2 seats in the body"),
            reference("koppling till Organ b2", "link with Organ b2"),
            reference("2 möten", "2 meetings"),
            reference("1 aktivitet i årshjulet", "1 activity in the annual cycle"),
            reference("uppdraget \"Uppdrag u1\"", "the assignment \"Uppdrag u1\""),
            reference("uppdraget \"Uppdrag u2\"", "the assignment \"Uppdrag u2\""),
            reference("uppdraget \"Uppdrag u3\"", "the assignment \"Uppdrag u3\""),
            reference("ansvarar för \"Avtal a1\"", "responsible for \"Avtal a1\""),
            reference(
                "ansvarar för \"Dokument d1\"",
                "responsible for \"Dokument d1\""
            ),
            reference("1 tidsregel", "1 timing rule"),
        ]
    );
    // The body at the other end of a link is named as the link's other end.
    let err = refused(
        &doc,
        Edit::DeleteBody {
            id: BodyId::new("b3"),
            cascade: false,
        },
    );
    let list = referenced(err);
    assert!(
        list.iter()
            .any(|r| r.en == "link with Organ b2" && r.sv == "koppling till Organ b2")
    );
}

#[test]
fn delete_body_with_cascade_clears_every_reference_and_keeps_joint_meetings() {
    let doc = small();
    let got = applied(
        &doc,
        Edit::DeleteBody {
            id: BodyId::new("b1"),
            cascade: true,
        },
    );
    let mut expected = doc.clone();
    expected.bodies.retain(|b| b.id.as_str() != "b1");
    expected.links.retain(|l| l.id.as_str() != "l1");
    expected.meetings.retain(|m| m.id.as_str() != "m1");
    meeting_mut(&mut expected, "m2").bodies = vec![BodyId::new("b2")];
    expected.cycle.activities.retain(|a| a.id.as_str() != "c1");
    expected
        .assignments
        .retain(|a| a.id.as_str() != "u1" && a.id.as_str() != "u2");
    expected
        .assignments
        .iter_mut()
        .find(|a| a.id.as_str() == "u3")
        .unwrap()
        .report_to = None;
    expected.agreements[0].responsible = None;
    expected.documents[0].responsible = None;
    expected.timing_rules.retain(|t| t.id.as_str() != "t1");
    assert_eq!(got, expected);

    assert_eq!(dangling(&got), Vec::new());
    assert_eq!(errors(&got), Vec::new());
    assert!(references_to(&got, &RecordRef::Body(BodyId::new("b1"))).is_empty());
}

#[test]
fn cascading_deletes_of_every_sample_record_leave_no_dangling_references() {
    let doc = sample();
    assert_eq!(dangling(&doc), Vec::new(), "the sample starts clean");
    for o in &doc.organisations {
        let got = applied(
            &doc,
            Edit::DeleteOrganisation {
                id: o.id.clone(),
                cascade: true,
            },
        );
        assert!(got.organisation(&o.id).is_none());
        assert_eq!(dangling(&got), Vec::new(), "after deleting {}", o.id);
    }
    for p in &doc.people {
        let got = applied(
            &doc,
            Edit::DeletePerson {
                id: p.id.clone(),
                cascade: true,
            },
        );
        assert!(got.person(&p.id).is_none());
        assert_eq!(dangling(&got), Vec::new(), "after deleting {}", p.id);
    }
    for b in &doc.bodies {
        let got = applied(
            &doc,
            Edit::DeleteBody {
                id: b.id.clone(),
                cascade: true,
            },
        );
        assert!(got.body(&b.id).is_none());
        assert_eq!(dangling(&got), Vec::new(), "after deleting {}", b.id);
    }
}

#[test]
fn a_refused_delete_lists_exactly_what_references_to_reports() {
    let doc = sample();
    let mut refused_any = false;
    for p in &doc.people {
        let refs = references_to(&doc, &RecordRef::Person(p.id.clone()));
        let mut d = doc.clone();
        let result = apply(
            &mut d,
            Edit::DeletePerson {
                id: p.id.clone(),
                cascade: false,
            },
        );
        if refs.is_empty() {
            assert!(result.is_ok(), "{} has no references", p.id);
        } else {
            refused_any = true;
            assert_eq!(result, Err(EditError::Referenced(refs)));
            assert_eq!(d, doc);
        }
    }
    assert!(refused_any, "the sample has people in bodies");
}

// ---------------------------------------------------------------------------------------------
// references_to on the sample
// ---------------------------------------------------------------------------------------------

#[test]
fn yvonne_lennemyr_is_referred_to_by_her_seat_template_and_meetings() {
    let mut doc = sample();
    let yvonne = doc
        .people
        .iter()
        .find(|p| p.name == "Yvonne Lennemyr")
        .unwrap()
        .id
        .clone();
    let refs = references_to(&doc, &RecordRef::Person(yvonne.clone()));
    // The sample's example meetings name no real person (issue 17), so only her seat and
    // the beredningsgrupp's agenda template refer to her.
    assert_eq!(
        refs,
        [
            reference("plats i Beredningsgruppen", "seat in Beredningsgruppen"),
            reference(
                "dagordningsmallen för Beredningsgruppen",
                "the agenda template of Beredningsgruppen"
            )
        ]
    );
    // Each meeting that names her is one more reference.
    let bg = BodyId::new("bg");
    let mut named = 0;
    for m in doc.meetings.iter_mut().filter(|m| m.bodies.contains(&bg)) {
        m.agenda[0].presenters = vec![Participant::Person(yvonne.clone())];
        named += 1;
    }
    let refs = references_to(&doc, &RecordRef::Person(yvonne));
    assert_eq!(refs.len(), 2 + named, "{refs:?}");
    assert!(refs[2..].iter().all(|r| r.sv.starts_with("nämns i mötet")));
}

#[test]
fn a_new_person_has_no_references() {
    let doc = applied(&sample(), Edit::PutPerson(person("p-ny", None, None)));
    assert!(references_to(&doc, &RecordRef::Person(PersonId::new("p-ny"))).is_empty());
    let doc = applied(&doc, Edit::PutBody(body("b-ny", Vec::new())));
    assert!(references_to(&doc, &RecordRef::Body(BodyId::new("b-ny"))).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Session: undo, redo, dirty
// ---------------------------------------------------------------------------------------------

fn unsaved(doc: Document) -> Session {
    let mut s = Session::unsaved(doc);
    s.set_recovery_store(None);
    s
}

fn title(t: &str) -> Edit {
    Edit::SetInfo(DocumentInfo {
        title: t.into(),
        ..DocumentInfo::default()
    })
}

#[test]
fn a_fresh_session_is_clean_with_nothing_to_undo() {
    let s = unsaved(small());
    assert!(!s.is_dirty());
    assert!(!s.can_undo());
    assert!(!s.can_redo());
    assert_eq!(s.doc(), &small());
}

#[test]
fn apply_marks_dirty_bumps_the_revision_and_can_be_undone_and_redone() {
    let mut s = unsaved(small());
    let before = s.doc().clone();
    let rev0 = s.revision();
    s.apply(Edit::DeleteLink(LinkId::new("l1"))).unwrap();
    let after = s.doc().clone();
    assert_ne!(after, before);
    assert!(s.is_dirty());
    assert!(s.revision() > rev0);
    assert!(s.can_undo());
    assert!(!s.can_redo());

    let rev1 = s.revision();
    assert!(s.undo());
    assert_eq!(
        s.doc(),
        &before,
        "undo restores the exact previous document"
    );
    assert!(s.revision() > rev1, "undo changes the revision too");
    assert!(!s.can_undo());
    assert!(s.can_redo());
    assert!(!s.undo(), "nothing more to undo");

    let rev2 = s.revision();
    assert!(s.redo());
    assert_eq!(s.doc(), &after, "redo re-applies");
    assert!(s.revision() > rev2);
    assert!(!s.can_redo());
    assert!(!s.redo(), "nothing more to redo");
}

#[test]
fn several_steps_undo_and_redo_in_order() {
    let mut s = unsaved(small());
    let mut states = vec![s.doc().clone()];
    for edit in [
        title("ett"),
        Edit::DeleteMeeting(MeetingId::new("m3")),
        Edit::Batch(vec![title("två"), Edit::SetStartMonth(2)]),
    ] {
        s.apply(edit).unwrap();
        states.push(s.doc().clone());
    }
    for k in (0..3).rev() {
        assert!(s.undo());
        assert_eq!(s.doc(), &states[k]);
    }
    for state in &states[1..] {
        assert!(s.redo());
        assert_eq!(s.doc(), state);
    }
}

#[test]
fn a_new_edit_after_undo_clears_redo() {
    let mut s = unsaved(small());
    s.apply(title("ett")).unwrap();
    s.apply(title("två")).unwrap();
    assert!(s.undo());
    assert!(s.can_redo());
    s.apply(title("tre")).unwrap();
    assert!(!s.can_redo());
    assert!(!s.redo());
    assert_eq!(s.doc().info.title, "tre");
    assert!(s.undo());
    assert_eq!(s.doc().info.title, "ett");
}

#[test]
fn an_edit_that_changes_nothing_adds_no_undo_step_and_keeps_the_revision() {
    let mut s = unsaved(small());
    let same = s.doc().people[0].clone();
    let rev = s.revision();
    s.apply(Edit::PutPerson(same)).unwrap();
    s.apply(Edit::SetStartMonth(8)).unwrap(); // already 8
    s.apply(Edit::Batch(Vec::new())).unwrap();
    assert!(!s.can_undo());
    assert!(!s.is_dirty());
    assert_eq!(s.revision(), rev);
}

#[test]
fn a_no_op_edit_after_undo_keeps_the_redo_step() {
    // Current behaviour: only an edit that changes the document clears redo.
    let mut s = unsaved(small());
    s.apply(title("ett")).unwrap();
    assert!(s.undo());
    s.apply(Edit::SetStartMonth(8)).unwrap();
    assert!(s.can_redo());
}

#[test]
fn a_failing_edit_adds_no_undo_step_and_changes_nothing() {
    let mut s = unsaved(small());
    let before = s.doc().clone();
    let rev = s.revision();
    assert_eq!(s.apply(Edit::SetStartMonth(13)), Err(EditError::OutOfRange));
    assert_eq!(
        s.apply(Edit::Batch(vec![
            title("x"),
            Edit::DeleteLink(LinkId::new("nope"))
        ])),
        Err(EditError::NotFound)
    );
    assert!(matches!(
        s.apply(Edit::DeleteBody {
            id: BodyId::new("b1"),
            cascade: false
        }),
        Err(EditError::Referenced(_))
    ));
    assert_eq!(s.doc(), &before);
    assert!(!s.can_undo());
    assert!(!s.is_dirty());
    assert_eq!(s.revision(), rev);
}

#[test]
fn the_history_keeps_at_most_max_steps() {
    let mut s = unsaved(small());
    let extra = 5;
    let mut states = vec![s.doc().clone()];
    for i in 0..MAX_STEPS + extra {
        s.apply(title(&format!("titel {i}"))).unwrap();
        states.push(s.doc().clone());
    }
    let mut undone = 0;
    while s.undo() {
        undone += 1;
        assert_eq!(s.doc(), &states[states.len() - 1 - undone]);
    }
    assert_eq!(undone, MAX_STEPS);
    assert_eq!(s.doc(), &states[extra], "the oldest steps were dropped");
    let mut redone = 0;
    while s.redo() {
        redone += 1;
    }
    assert_eq!(redone, MAX_STEPS);
    assert_eq!(s.doc(), states.last().unwrap());
}

// ---------------------------------------------------------------------------------------------
// Session: saving
// ---------------------------------------------------------------------------------------------

fn open(path: &Path, recovery: &Path) -> Session {
    let (mut s, _) = Session::open(path).unwrap();
    s.set_recovery_store(Some(RecoveryStore::at(recovery.to_owned())));
    assert!(!s.is_read_only());
    s
}

fn on_disk(path: &Path) -> Document {
    read_document(path).unwrap().0.document
}

#[test]
fn save_writes_the_edited_document_and_clears_dirty() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let mut s = open(&path, recovery.path());
    assert!(lock::holder(&path).unwrap().is_mine());
    s.apply(title("Ändrad")).unwrap();
    assert!(s.is_dirty());
    s.save().unwrap();
    assert!(!s.is_dirty());
    assert_eq!(on_disk(&path), *s.doc());
    assert_eq!(on_disk(&path).info.title, "Ändrad");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), to_string(s.doc()));

    // A second edit and save works from the new hash.
    s.apply(Edit::SetStartMonth(3)).unwrap();
    s.save().unwrap();
    assert_eq!(on_disk(&path), *s.doc());
    assert!(!s.is_dirty());
    drop(s);
    assert!(lock::holder(&path).is_none(), "closing releases the lock");
}

#[test]
fn undo_after_save_is_dirty_again() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let mut s = open(&path, recovery.path());
    s.apply(title("Ändrad")).unwrap();
    s.save().unwrap();
    assert!(s.undo());
    assert!(s.is_dirty(), "the document differs from the file again");
}

#[test]
fn save_without_a_file_fails_and_keeps_the_edits() {
    let mut s = unsaved(small());
    s.apply(title("x")).unwrap();
    assert!(s.save().is_err());
    assert!(s.is_dirty());
}

#[test]
fn save_as_moves_the_session_to_the_new_path_and_its_lock() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = tempfile::tempdir().unwrap();
    let old = dir.path().join("plan.ron");
    let new = dir.path().join("kopia.ron");
    std::fs::write(&old, samverkan::sample::SAMPLE_RON).unwrap();
    let mut s = open(&old, recovery.path());
    s.apply(title("Kopia")).unwrap();
    s.save_as(&new).unwrap();

    assert_eq!(s.path(), Some(new.as_path()));
    assert!(!s.is_dirty());
    assert!(!s.is_read_only());
    assert_eq!(on_disk(&new), *s.doc());
    assert_eq!(
        std::fs::read_to_string(&old).unwrap(),
        samverkan::sample::SAMPLE_RON,
        "the old file is untouched"
    );
    assert!(
        lock::holder(&new).unwrap().is_mine(),
        "the new file is locked"
    );
    assert!(
        lock::holder(&old).is_none(),
        "the old file's lock is released when the session moves"
    );

    // Saving again goes to the new file.
    s.apply(Edit::SetStartMonth(5)).unwrap();
    s.save().unwrap();
    assert_eq!(on_disk(&new), *s.doc());
    assert_eq!(
        std::fs::read_to_string(&old).unwrap(),
        samverkan::sample::SAMPLE_RON
    );
    drop(s);
    assert!(lock::holder(&new).is_none());
}

#[test]
fn save_as_gives_an_unsaved_document_its_file_and_lock() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = tempfile::tempdir().unwrap();
    let path = dir.path().join("ny.ron");
    let mut s = Session::unsaved(small());
    s.set_recovery_store(Some(RecoveryStore::at(recovery.path().to_owned())));
    s.apply(title("Ny")).unwrap();
    s.save_as(&path).unwrap();
    assert_eq!(s.path(), Some(path.as_path()));
    assert!(!s.is_dirty());
    assert!(!s.is_read_only());
    assert_eq!(on_disk(&path), *s.doc());
    assert!(lock::holder(&path).unwrap().is_mine());
    drop(s);
    assert!(lock::holder(&path).is_none());
}

#[test]
fn save_as_to_a_file_someone_else_has_open_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let other = dir.path().join("annan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    std::fs::write(&other, "someone else's bytes").unwrap();
    let lock::Acquire::Acquired(theirs) = lock::acquire(&other).unwrap() else {
        panic!("nobody holds the other file's lock yet");
    };
    let mut s = open(&path, recovery.path());
    s.apply(title("Min")).unwrap();
    assert!(s.save_as(&other).is_err());
    assert_eq!(
        s.path(),
        Some(path.as_path()),
        "the session stays where it was"
    );
    assert!(s.is_dirty());
    assert_eq!(
        std::fs::read_to_string(&other).unwrap(),
        "someone else's bytes"
    );
    assert_eq!(lock::holder(&other).as_ref(), Some(theirs.info()));
    assert!(
        lock::holder(&path).unwrap().is_mine(),
        "our own lock is kept"
    );
    drop(theirs);
}

#[test]
fn save_refuses_when_someone_else_changed_the_file_and_overwrite_then_wins() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let mut s = open(&path, recovery.path());
    s.apply(title("Mina ändringar")).unwrap();
    assert!(!s.changed_on_disk());

    // Someone else (ignoring the lock, say over a sync client) writes the file.
    let mut theirs = sample();
    theirs.info.title = "Deras ändringar".into();
    let their_bytes = to_string(&theirs);
    std::fs::write(&path, &their_bytes).unwrap();
    assert!(s.changed_on_disk());

    let err = s.save().unwrap_err();
    assert!(
        matches!(
            err,
            SaveError::ChangedOnDisk {
                current_hash: Some(_)
            }
        ),
        "{err:?}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), their_bytes);
    assert!(s.is_dirty());
    assert_eq!(s.doc().info.title, "Mina ändringar", "our edits are kept");

    s.overwrite().unwrap();
    assert!(!s.is_dirty());
    assert_eq!(on_disk(&path), *s.doc());
    assert!(!s.changed_on_disk());
    // And the next plain save works again.
    s.apply(Edit::SetStartMonth(4)).unwrap();
    s.save().unwrap();
    assert_eq!(on_disk(&path), *s.doc());
}

#[test]
fn save_refuses_when_the_file_was_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let mut s = open(&path, recovery.path());
    s.apply(title("x")).unwrap();
    std::fs::remove_file(&path).unwrap();
    let err = s.save().unwrap_err();
    assert!(
        matches!(err, SaveError::ChangedOnDisk { current_hash: None }),
        "{err:?}"
    );
    assert!(!path.exists());
    assert!(s.is_dirty());
}

// ---------------------------------------------------------------------------------------------
// Property: undo all, redo all
// ---------------------------------------------------------------------------------------------

/// An edit chosen by kind and two numbers, made concrete against the current document so
/// most edits hit records that exist (and some do not, or are refused).
fn make_edit(doc: &Document, step: usize, kind: u8, a: usize, b: usize, flag: bool) -> Edit {
    fn pick<T>(items: &[T], i: usize) -> Option<&T> {
        if items.is_empty() {
            None
        } else {
            items.get(i % items.len())
        }
    }
    let text = format!("ändrad {step}");
    match kind {
        0 => pick(&doc.people, a).map_or_else(
            || Edit::DeletePerson {
                id: PersonId::new("saknas"),
                cascade: flag,
            },
            |p| {
                let mut p = p.clone();
                p.name = text;
                Edit::PutPerson(p)
            },
        ),
        1 => Edit::PutPerson(person(&format!("p-ny-{step}"), None, None)),
        2 => Edit::DeletePerson {
            id: pick(&doc.people, a).map_or_else(|| PersonId::new("saknas"), |p| p.id.clone()),
            cascade: flag,
        },
        3 => pick(&doc.bodies, a).map_or_else(
            || Edit::PutBody(body(&format!("b-ny-{step}"), Vec::new())),
            |x| {
                let mut x = x.clone();
                x.description = text;
                Edit::PutBody(x)
            },
        ),
        4 => Edit::DeleteBody {
            id: pick(&doc.bodies, a).map_or_else(|| BodyId::new("saknas"), |x| x.id.clone()),
            cascade: flag,
        },
        5 => pick(&doc.organisations, a).map_or_else(
            || Edit::PutOrganisation(org(&format!("o-ny-{step}"), OrganisationKind::Other)),
            |x| {
                let mut x = x.clone();
                x.short_name = text;
                Edit::PutOrganisation(x)
            },
        ),
        6 => Edit::DeleteOrganisation {
            id: pick(&doc.organisations, a)
                .map_or_else(|| OrganisationId::new("saknas"), |x| x.id.clone()),
            cascade: flag,
        },
        7 => Edit::DeleteLink(
            pick(&doc.links, a).map_or_else(|| LinkId::new("saknas"), |x| x.id.clone()),
        ),
        8 => Edit::DeleteMeeting(
            pick(&doc.meetings, a).map_or_else(|| MeetingId::new("saknas"), |x| x.id.clone()),
        ),
        9 => Edit::DeleteAssignment(
            pick(&doc.assignments, a).map_or_else(|| AssignmentId::new("saknas"), |x| x.id.clone()),
        ),
        10 => match pick(&doc.bodies, a) {
            Some(x) => match pick(&x.memberships, b) {
                Some(m) if flag => Edit::RemoveMembership {
                    body: x.id.clone(),
                    id: m.id.clone(),
                },
                Some(m) => {
                    let mut m = m.clone();
                    m.note = text;
                    Edit::PutMembership {
                        body: x.id.clone(),
                        membership: m,
                    }
                }
                None => Edit::PutMembership {
                    body: x.id.clone(),
                    membership: seat(&format!("ms-ny-{step}"), None, None),
                },
            },
            None => Edit::RemoveMembership {
                body: BodyId::new("saknas"),
                id: MembershipId::new("saknas"),
            },
        },
        11 => Edit::DeleteGoal(
            pick(&doc.goals, a).map_or_else(|| GoalId::new("saknas"), |x| x.id.clone()),
        ),
        12 => Edit::DeleteAgreement(
            pick(&doc.agreements, a).map_or_else(|| AgreementId::new("saknas"), |x| x.id.clone()),
        ),
        13 => Edit::DeleteDocument(
            pick(&doc.documents, a).map_or_else(|| DocumentId::new("saknas"), |x| x.id.clone()),
        ),
        14 => Edit::DeleteActivity(
            pick(&doc.cycle.activities, a)
                .map_or_else(|| ActivityId::new("saknas"), |x| x.id.clone()),
        ),
        15 => Edit::SetStartMonth(u8::try_from(a % 14).unwrap()),
        16 => pick(&doc.cycle.activities, a).map_or_else(
            || Edit::DeleteActivity(ActivityId::new("saknas")),
            |x| {
                let mut x = x.clone();
                x.title = text;
                Edit::PutActivity(x)
            },
        ),
        _ => Edit::Batch(vec![
            make_edit(doc, step, u8::try_from(a % 17).unwrap(), b, a, flag),
            make_edit(doc, step, u8::try_from(b % 17).unwrap(), a, b, !flag),
        ]),
    }
}

/// The case the property test found: a batch that sets the start month and sets it back is
/// one undo step that changes nothing, and undo and redo go through it without harm.
#[test]
fn a_batch_that_cancels_out_is_one_harmless_undo_step() {
    let original = sample();
    let month = original.cycle.start_month;
    let other = if month == 9 { 10 } else { 9 };
    let mut s = unsaved(original.clone());
    s.apply(Edit::Batch(vec![
        Edit::SetStartMonth(other),
        Edit::SetStartMonth(month),
    ]))
    .unwrap();
    assert_eq!(s.doc(), &original);
    assert!(s.undo());
    assert_eq!(s.doc(), &original);
    assert!(s.redo());
    assert_eq!(s.doc(), &original);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn undoing_every_edit_gives_back_the_original_and_redoing_gives_the_final(
        ops in prop::collection::vec((0u8..18, any::<usize>(), any::<usize>(), any::<bool>()), 0..40)
    ) {
        let original = sample();
        let mut s = unsaved(original.clone());
        let mut plain = original.clone();
        let mut states = vec![original.clone()];
        for (step, (kind, a, b, flag)) in ops.into_iter().enumerate() {
            let edit = make_edit(s.doc(), step, kind, a, b, flag);
            let is_batch = matches!(edit, Edit::Batch(_));
            let rev = s.revision();
            let in_session = s.apply(edit.clone());
            let direct = apply(&mut plain, edit).map(|_| ());
            prop_assert_eq!(&in_session, &direct);
            prop_assert_eq!(s.doc(), &plain);
            if s.doc() == states.last().unwrap() {
                if is_batch && s.revision() > rev {
                    // A batch whose steps cancel out (the start month to 9 and back) is still
                    // one undo step, which changes nothing: telling that apart would need a
                    // copy of the document before every batch.
                    states.push(s.doc().clone());
                } else {
                    prop_assert_eq!(s.revision(), rev, "no change, no new revision");
                }
            } else {
                prop_assert!(in_session.is_ok());
                prop_assert!(s.revision() > rev);
                states.push(s.doc().clone());
            }
        }
        let last = states.len() - 1;
        for k in (0..last).rev() {
            prop_assert!(s.undo());
            prop_assert_eq!(s.doc(), &states[k]);
        }
        prop_assert!(!s.undo());
        prop_assert_eq!(s.doc(), &original);
        for state in &states[1..] {
            prop_assert!(s.redo());
            prop_assert_eq!(s.doc(), state);
        }
        prop_assert!(!s.redo());
        prop_assert_eq!(s.doc(), &states[last]);
    }
}

#[test]
fn save_as_to_the_same_file_spelled_differently_is_a_plain_save() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("real")).unwrap();
    let path = dir.path().join("real").join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let (mut s, _) = Session::open(&path).unwrap();
    s.set_recovery_store(None);
    let mut info = s.doc().info.clone();
    info.title = "ny".into();
    s.apply(Edit::SetInfo(info)).unwrap();
    let other_spelling = dir
        .path()
        .join("real")
        .join("..")
        .join("real")
        .join("plan.ron");
    s.save_as(&other_spelling).unwrap();
    assert!(!s.is_dirty());
    assert_eq!(
        samverkan::io::read_document(&path)
            .unwrap()
            .0
            .document
            .info
            .title,
        "ny"
    );
}

#[test]
fn deleting_a_person_keeps_her_name_in_agenda_templates() {
    let doc = sample();
    let yvonne = PersonId::new("p-yvonne-lennemyr");
    let after = applied(
        &doc,
        Edit::DeletePerson {
            id: yvonne.clone(),
            cascade: true,
        },
    );
    let template = &after.body(&BodyId::new("bg")).unwrap().agenda_template;
    assert_eq!(
        template[0].presenters,
        [Participant::Named("Yvonne Lennemyr".into())]
    );
    assert!(references_to(&after, &RecordRef::Person(yvonne)).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Inverse edits: undo keeps what an edit changed, never the document
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// The inverse of any edit puts back exactly the document before it (records in their
    /// places), and the inverse of the inverse gives the document after it again.
    #[test]
    fn every_edit_returns_the_edit_that_undoes_it(
        ops in prop::collection::vec((0u8..18, any::<usize>(), any::<usize>(), any::<bool>()), 1..12)
    ) {
        let mut doc = sample();
        for (step, (kind, a, b, flag)) in ops.into_iter().enumerate() {
            let edit = make_edit(&doc, step, kind, a, b, flag);
            let before = doc.clone();
            match apply(&mut doc, edit) {
                Ok(Some(inverse)) => {
                    let after = doc.clone();
                    let redo = apply(&mut doc, inverse).unwrap().expect("undo changes something");
                    prop_assert_eq!(&doc, &before);
                    apply(&mut doc, redo).unwrap();
                    prop_assert_eq!(&doc, &after);
                }
                Ok(None) => prop_assert_eq!(&doc, &before, "no inverse, no change"),
                Err(_) => prop_assert_eq!(&doc, &before, "a refused edit changes nothing"),
            }
        }
    }
}

#[test]
fn a_cascading_delete_is_undone_with_every_record_in_its_place() {
    let doc = sample();
    for edit in [
        Edit::DeleteBody {
            id: BodyId::new("bg"),
            cascade: true,
        },
        Edit::DeletePerson {
            id: PersonId::new("p-yvonne-lennemyr"),
            cascade: true,
        },
        Edit::DeleteOrganisation {
            id: doc.organisations[0].id.clone(),
            cascade: true,
        },
    ] {
        let mut d = doc.clone();
        let inverse = apply(&mut d, edit.clone()).unwrap().unwrap();
        assert_ne!(d, doc, "{edit:?} changed something");
        apply(&mut d, inverse).unwrap();
        assert_eq!(d, doc, "{edit:?} undone exactly");
    }
}

#[test]
fn an_edit_that_changes_nothing_makes_no_undo_step() {
    let mut s = unsaved(sample());
    let p = s.doc().people[0].clone();
    s.apply(Edit::PutPerson(p)).unwrap();
    assert!(!s.can_undo());
    assert!(!s.is_dirty());
}

#[test]
fn undoing_back_to_the_saved_state_counts_as_saved() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, samverkan::sample::SAMPLE_RON).unwrap();
    let mut s = open(&path, recovery.path());
    s.apply(title("ett")).unwrap();
    s.save().unwrap();
    assert!(!s.is_dirty());
    s.apply(title("två")).unwrap();
    assert!(s.is_dirty());
    s.undo();
    assert!(!s.is_dirty(), "back at what is on disk");
    s.undo();
    assert!(s.is_dirty(), "before the save");
    s.redo();
    assert!(!s.is_dirty());
    s.redo();
    assert!(s.is_dirty());
}

/// Signed-off minutes refuse a change from the user, with a message that says how to go
/// on; opening them again is allowed and recorded; undo of the approval still works.
#[test]
fn signed_off_minutes_refuse_edits_until_reopened() {
    use samverkan::model::minutes_flow;
    let mut s = unsaved(sample());
    let held = s
        .doc()
        .meetings
        .iter()
        .find(|m| m.minutes.is_some() && m.status == MeetingStatus::Held)
        .unwrap()
        .clone();
    let today = date(2026, 12, 2);
    s.apply(Edit::PutMeeting(minutes_flow::approve(&held, today)))
        .unwrap();
    let signed = s.doc().meeting(&held.id).unwrap().clone();
    let mut edited = signed.clone();
    edited.minutes.as_mut().unwrap().items[0].paragraph = Some(99);
    let err = s.apply(Edit::PutMeeting(edited.clone())).unwrap_err();
    assert_eq!(err, EditError::Locked);
    assert!(err.message(samverkan::i18n::Lang::Sv).contains("justerade"));
    assert_eq!(
        s.doc().meeting(&held.id).unwrap(),
        &signed,
        "nothing changed"
    );
    // In a batch too.
    let batch = Edit::Batch(vec![Edit::PutMeeting(edited.clone())]);
    assert_eq!(s.apply(batch).unwrap_err(), EditError::Locked);

    s.apply(Edit::PutMeeting(minutes_flow::reopen(
        &signed, today, "Fel § ",
    )))
    .unwrap();
    let reopened = s.doc().meeting(&held.id).unwrap().clone();
    assert_eq!(reopened.status, MeetingStatus::Held);
    let mut edited = reopened.clone();
    edited.minutes.as_mut().unwrap().items[0].paragraph = Some(99);
    s.apply(Edit::PutMeeting(edited)).unwrap();
    // Undo back to signed, and undo of the approval itself.
    assert!(s.undo());
    assert!(s.undo());
    assert!(minutes_flow::is_locked(s.doc().meeting(&held.id).unwrap()));
    assert!(s.undo());
    assert_eq!(s.doc().meeting(&held.id).unwrap(), &held);
}
