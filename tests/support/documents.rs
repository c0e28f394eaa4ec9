//! Random documents with hard strings, for the property tests of the file format
//! (`tests/format.rs`, `tests/ron_fast.rs`).

#![allow(clippy::unwrap_used, dead_code)] // tests fail loudly on purpose; not every user needs all

use proptest::prelude::*;
use samverkan::io::to_string;
use samverkan::model::*;

pub fn hard_string() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("\"quoted\" \\ back\\slash".to_owned()),
        Just("rad ett\nrad två\r\n\ttabb".to_owned()),
        Just("Åsa Hååkman Eriksson (S) – ÅÄÖ åäö é ü".to_owned()),
        Just("emoji 🎉👩‍👩‍👧 and \u{0} nul \u{7f}".to_owned()),
        Just("r#\"raw\"# ) ( ] [ , : //comment /* */".to_owned()),
        any::<String>(),
    ]
}

pub fn date() -> impl Strategy<Value = chrono::NaiveDate> {
    (1990i32..2100, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

pub fn document() -> impl Strategy<Value = Document> {
    let org = (
        hard_string(),
        hard_string(),
        prop::sample::select(OrganisationKind::ALL.to_vec()),
        prop::option::of(hard_string()),
    );
    let person = (
        hard_string(),
        hard_string(),
        prop::option::of(hard_string()),
        any::<bool>(),
    );
    let seat = (
        any::<bool>(),
        prop::sample::select(Role::ALL.to_vec()),
        prop::option::of(date()),
        hard_string(),
    );
    let body = (
        hard_string(),
        hard_string(),
        prop::sample::select(BodyKind::ALL.to_vec()),
        prop::collection::vec(hard_string(), 0..3),
        prop::collection::vec(seat, 0..4),
    );
    let meeting = (
        hard_string(),
        date(),
        prop::option::of((0u32..24, 0u32..60)),
        prop::collection::vec((hard_string(), 0u32..500, hard_string()), 0..4),
        any::<bool>(),
    );
    let goal = (
        hard_string(),
        hard_string(),
        prop::option::of(-1e9f64..1e9),
        prop::collection::vec(
            (
                2000i32..2040,
                prop::option::of(-1e6f64..1e6),
                prop::sample::select(Gender::ALL.to_vec()),
                prop::option::of(prop::sample::select(Missing::ALL.to_vec())),
            ),
            0..3,
        ),
        prop::collection::vec((2000i32..2040, hard_string()), 0..2),
        prop::option::of(hard_string()),
    );
    (
        hard_string(),
        prop::collection::vec(org, 0..4),
        prop::collection::vec(person, 0..4),
        prop::collection::vec(body, 0..3),
        prop::collection::vec(meeting, 0..3),
        prop::collection::vec(goal, 0..3),
        1u8..=12,
    )
        .prop_map(
            |(title, orgs, people, bodies, meetings, goals, start_month)| {
                let mut doc = Document::new(&title);
                doc.cycle.start_month = start_month;
                for (i, (name, short, kind, code)) in orgs.into_iter().enumerate() {
                    doc.organisations.push(Organisation {
                        id: OrganisationId::new(format!("o{i}")),
                        name,
                        short_name: short,
                        kind,
                        code,
                    });
                }
                for (i, (name, title, party, elected)) in people.into_iter().enumerate() {
                    doc.people.push(Person {
                        id: PersonId::new(format!("p{i}")),
                        name,
                        kind: if elected {
                            PersonKind::Elected
                        } else {
                            PersonKind::Official
                        },
                        party,
                        title,
                        organisation: (!doc.organisations.is_empty())
                            .then(|| OrganisationId::new("o0")),
                        email: Some("a@b.se".into()),
                        phone: None,
                        notes: String::new(),
                    });
                }
                for (i, (name, description, kind, mandate, seats)) in bodies.into_iter().enumerate()
                {
                    let memberships = seats
                        .into_iter()
                        .enumerate()
                        .map(|(j, (filled, role, from, note))| Membership {
                            id: MembershipId::new(format!("ms{i}-{j}")),
                            person: (filled && !doc.people.is_empty()).then(|| PersonId::new("p0")),
                            role,
                            represents: None,
                            from,
                            to: None,
                            note,
                        })
                        .collect();
                    doc.bodies.push(Body {
                        id: BodyId::new(format!("b{i}")),
                        name: name.clone(),
                        short_name: String::new(),
                        kind,
                        level: Level::Mixed,
                        description,
                        mandate,
                        cadence: Cadence::TimesPerYear(u16::try_from(i).unwrap()),
                        composition: vec![CompositionRule::MaxMembers {
                            max: 8,
                            excluding: vec![Role::Coordinator],
                        }],
                        status: BodyStatus::Active,
                        established: None,
                        ended: None,
                        memberships,
                        // Hard strings in templates too; every other body numbers its §.
                        agenda_template: vec![TemplateItem {
                            title: format!("{name} mall"),
                            kind: AgendaItemKind::Dialogue,
                            duration: u32::try_from(i).unwrap(),
                            presenters: vec![Participant::Named(name.clone())],
                            description: String::new(),
                            sub_items: vec![name.clone()],
                        }],
                        numbers_paragraphs: i % 2 == 0,
                        letterhead: Letterhead {
                            unit: name.to_uppercase(),
                            address: name.clone(),
                            guests_with_present: i % 2 == 1,
                        },
                    });
                }
                for (i, (title, date, time, items, minutes)) in meetings.into_iter().enumerate() {
                    let agenda: Vec<AgendaItem> =
                        items
                            .into_iter()
                            .enumerate()
                            .map(|(j, (title, duration, description))| AgendaItem {
                                id: AgendaItemId::new(format!("ai{j}")),
                                number: u32::try_from(j + 1).unwrap(),
                                title: title.clone(),
                                kind: AgendaItemKind::ALL[j % AgendaItemKind::ALL.len()],
                                // One presenter, or two on every other item.
                                presenters: std::iter::once(Participant::Named(title.clone()))
                                    .chain((j % 2 == 1).then(|| {
                                        Participant::Named(format!("{title} och en till"))
                                    }))
                                    .collect(),
                                duration,
                                sub_items: vec![description.clone()],
                                description,
                                guests: vec![],
                                matter: (j % 2 == 0).then(|| MatterId::new("e1")),
                                report_backs: (j % 3 == 1)
                                    .then(|| AssignmentId::new("u1"))
                                    .into_iter()
                                    .collect(),
                            })
                            .collect();
                    let minutes = minutes.then(|| Minutes {
                        items: agenda
                            .iter()
                            .map(|a| ItemMinutes {
                                item: a.id.clone(),
                                paragraph: Some(1),
                                // Every kind of block, in an order no fixed layout has.
                                blocks: vec![
                                    Block::Decision(a.title.clone().into()),
                                    // A decision with its follow-up, written as a record.
                                    Block::Decision(Decision {
                                        text: a.title.clone(),
                                        owner: Some(Participant::Named(a.title.clone())),
                                        due: Some(date),
                                        done: a.number % 2 == 0,
                                    }),
                                    Block::Heading(a.title.clone()),
                                    Block::Notes(a.description.clone()),
                                    Block::Questions(a.title.clone()),
                                ],
                                returns: true,
                            })
                            .collect(),
                        ..Minutes::default()
                    });
                    doc.meetings.push(Meeting {
                        id: MeetingId::new(format!("m{i}")),
                        bodies: vec![],
                        reference: title.clone(),
                        tentative_time: if i % 3 == 0 {
                            title.clone()
                        } else {
                            String::new()
                        },
                        title,
                        date,
                        last_day: (i % 4 == 1)
                            .then(|| date.checked_add_days(chrono::Days::new(1)))
                            .flatten(),
                        start: time.and_then(|(h, m)| chrono::NaiveTime::from_hms_opt(h, m, 0)),
                        end: None,
                        place: String::new(),
                        online: String::new(),
                        status: MeetingStatus::ALL[i % MeetingStatus::ALL.len()],
                        agenda,
                        minutes,
                    });
                }
                for (i, (area, text, change, values, analyses, kolada)) in
                    goals.into_iter().enumerate()
                {
                    doc.goals.push(Goal {
                        id: GoalId::new(format!("g{i}")),
                        area,
                        text,
                        direction: Direction::Decrease,
                        target_change: change,
                        unit: "procentenheter".into(),
                        target_note: String::new(),
                        baseline_year: Some(2017),
                        target_year: None,
                        indicators: vec![Indicator {
                            id: IndicatorId::new(format!("i{i}")),
                            name: String::new(),
                            source: String::new(),
                            kolada,
                            values: values
                                .into_iter()
                                .map(|(year, amount, gender, missing)| IndicatorValue {
                                    year,
                                    organisation: None,
                                    gender,
                                    missing: if amount.is_some() { None } else { missing },
                                    amount,
                                })
                                .collect(),
                        }],
                        followed_by: Vec::new(),
                        targets: change
                            .map(|c| OrganisationTarget {
                                organisation: OrganisationId::new("o0"),
                                change: c / 2.0,
                            })
                            .into_iter()
                            .collect(),
                        analyses: analyses
                            .into_iter()
                            .map(|(year, text)| Analysis { year, text })
                            .collect(),
                    });
                }
                if !doc.meetings.is_empty() {
                    doc.matters.push(Matter {
                        id: MatterId::new("e1"),
                        title: doc.info.title.clone(),
                        description: String::new(),
                        origin: Origin::Meeting(MeetingId::new("m0")),
                        owner: None,
                        status: MatterStatus::SentOn,
                        opened: doc.meetings.first().map(|m| m.date),
                    });
                }
                doc
            },
        )
}

/// The sample cut down to a few records of every kind (a meeting with minutes among
/// them): every structure of the format, small enough to try every prefix of.
pub fn every_kind_in_brief() -> String {
    let mut doc = samverkan::sample::sample_document().unwrap();
    doc.organisations.truncate(3);
    doc.people.truncate(4);
    doc.bodies.sort_by_key(|b| b.agenda_template.is_empty());
    doc.bodies.truncate(2);
    for b in &mut doc.bodies {
        b.memberships.truncate(2);
    }
    doc.links.truncate(2);
    doc.meetings
        .retain(|m| m.minutes.as_ref().is_some_and(|m| m.sign_off.is_some()));
    doc.meetings.truncate(1);
    doc.cycle.activities.truncate(4);
    doc.goals.truncate(2);
    // A few values of every shape: a number, the county's, a missing one with its reason,
    // one for women; the sample's codes stay on the organisations.
    for indicator in doc.goals.iter_mut().flat_map(|g| &mut g.indicators) {
        indicator.values.truncate(2);
        indicator.values.push(IndicatorValue::missing(
            2024,
            Some(OrganisationId::new("o-arvika")),
            Gender::Women,
            Missing::Confidential,
        ));
        indicator
            .values
            .push(IndicatorValue::number(2024, None, Gender::Men, 12.5));
    }
    doc.assignments.truncate(2);
    doc.agreements.truncate(2);
    doc.documents.truncate(2);
    to_string(&doc)
}
