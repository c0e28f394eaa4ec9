//! The file format: round trips, canonical bytes, and clear errors for bad input.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use proptest::prelude::*;
use samverkan::io::{LoadError, load_bytes, load_str, to_string};
use samverkan::model::*;

fn sample() -> Document {
    samverkan::sample::sample_document().expect("the sample loads")
}

#[test]
fn sample_round_trips_and_is_canonical() {
    let doc = sample();
    let text = to_string(&doc);
    let again = load_str(&text).expect("saved text loads").document;
    assert_eq!(again, doc);
    // A file the app wrote is written back byte for byte.
    assert_eq!(to_string(&again), text);
}

#[test]
fn generated_document_round_trips() {
    let doc = samverkan::generate::generate(2);
    let text = to_string(&doc);
    assert_eq!(load_str(&text).unwrap().document, doc);
    assert_eq!(to_string(&load_str(&text).unwrap().document), text);
}

#[test]
fn generate_is_deterministic_and_scales() {
    let one = to_string(&samverkan::generate::generate(1));
    assert_eq!(one, to_string(&samverkan::generate::generate(1)));
    let three = samverkan::generate::generate(3);
    assert_eq!(
        three.bodies.len(),
        3 * samverkan::generate::BODIES_PER_REGION
    );
    assert!(to_string(&three).len() > 2 * one.len());
}

#[test]
fn output_uses_unix_newlines_and_plain_swedish_letters() {
    let text = to_string(&sample());
    assert!(!text.contains('\r'));
    assert!(text.ends_with(")\n"));
    assert!(
        text.contains("Värmland"),
        "å/ä/ö are written as themselves, not escaped"
    );
    assert!(text.starts_with("(\n    format: \"samverkan\",\n    version: 2,\n"));
}

#[test]
fn utf8_bom_is_accepted() {
    let text = to_string(&sample());
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    assert_eq!(load_bytes(&bytes).unwrap().document, sample());
}

#[test]
fn utf16_is_refused_with_a_message_that_says_so() {
    let text = to_string(&Document::new("x"));
    let mut le: Vec<u8> = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        le.extend_from_slice(&unit.to_le_bytes());
    }
    let err = load_bytes(&le).unwrap_err();
    assert_eq!(err, LoadError::Utf16);
    assert!(err.to_string().contains("UTF-16"));
    // Without a byte-order mark as well.
    let no_bom: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert_eq!(load_bytes(&no_bom).unwrap_err(), LoadError::Utf16);
}

#[test]
fn invalid_utf8_names_line_and_column() {
    let mut bytes =
        b"(\n    format: \"samverkan\",\n    version: 1,\n    info: (title: \"".to_vec();
    bytes.push(0xC3); // a lone lead byte
    bytes.extend_from_slice(b"\"),\n)");
    let err = load_bytes(&bytes).unwrap_err();
    // `    info: (title: "` is 19 characters; the bad byte is the 20th.
    assert_eq!(
        err,
        LoadError::InvalidUtf8 {
            line: 4,
            column: 20
        }
    );
    assert!(err.to_string().contains("UTF-8"));
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let big = vec![b' '; samverkan::io::format::MAX_FILE_BYTES + 1];
    assert!(matches!(load_bytes(&big), Err(LoadError::TooLarge { .. })));
}

#[test]
fn newer_version_is_refused_naming_both_versions() {
    let text = to_string(&Document::new("x")).replace("version: 2,", "version: 7,");
    let err = load_str(&text).unwrap_err();
    assert_eq!(
        err,
        LoadError::NewerVersion {
            found: 7,
            supported: FORMAT_VERSION
        }
    );
    let msg = err.to_string();
    assert!(
        msg.contains('7') && msg.contains(&FORMAT_VERSION.to_string()),
        "{msg}"
    );
}

#[test]
fn other_ron_files_are_not_documents() {
    let err = load_str("(format: \"something-else\", version: 1)").unwrap_err();
    assert!(matches!(err, LoadError::NotADocument { .. }), "{err:?}");
}

#[test]
fn ron_extensions_are_not_honoured() {
    let text = format!(
        "#![enable(implicit_some)]\n{}",
        to_string(&Document::new("x"))
    );
    assert!(matches!(load_str(&text), Err(LoadError::Extensions { .. })));
}

#[test]
fn type_error_names_line_column_and_field_path() {
    let text = to_string(&sample());
    // Break the role of the second seat of the fourth body.
    let doc = sample();
    let body = &doc.bodies[3];
    assert!(
        body.memberships.len() > 1,
        "the sample's fourth body has members"
    );
    let seat_id = &body.memberships[1].id;
    let at = text.find(&format!("id: \"{seat_id}\"")).unwrap();
    let role_at = at + text[at..].find("role: ").unwrap() + "role: ".len();
    let role_end = role_at + text[role_at..].find(',').unwrap();
    let broken = format!("{}Emperor{}", &text[..role_at], &text[role_end..]);
    let err = load_str(&broken).unwrap_err();
    let LoadError::Syntax {
        line, column, path, ..
    } = &err
    else {
        panic!("expected a syntax error, got {err:?}");
    };
    assert_eq!(path, "bodies[3].memberships[1].role");
    let expected_line = broken[..role_at].matches('\n').count() + 1;
    assert_eq!(*line, expected_line);
    assert!(*column > 1);
    let msg = err.to_string();
    assert!(
        msg.contains("bodies[3].memberships[1].role") && msg.contains(&format!("line {line}")),
        "{msg}"
    );
}

#[test]
fn syntax_error_names_line_and_column() {
    let err = load_str("(\n    format: \"samverkan\",\n    version: 1,\n    info: (title: \"x\"\n")
        .unwrap_err();
    // The file ends inside `info`: the error points at the end, line 4 or the empty line 5.
    assert!(
        matches!(err, LoadError::Syntax { line: 4..=5, .. }),
        "{err:?}"
    );
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(load_str(&deep).is_err());
    let deep = format!(
        "(format: \"samverkan\", version: 1, info: (title: {}\"x\"{}))",
        "Some(".repeat(50_000),
        ")".repeat(50_000)
    );
    assert!(load_str(&deep).is_err());
}

/// The sample cut down to a few records of every kind (a meeting with minutes among
/// them): every structure of the format, small enough to try every prefix of.
fn every_kind_in_brief() -> String {
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
    doc.assignments.truncate(2);
    doc.agreements.truncate(2);
    doc.documents.truncate(2);
    to_string(&doc)
}

#[test]
fn every_prefix_of_a_document_loads_or_errs_never_panics() {
    let text = every_kind_in_brief();
    assert!(text.contains("sign_off") && text.contains("agenda_template"));
    let bytes = text.as_bytes();
    // Byte prefixes: many are not even valid UTF-8 at the cut, which must be an error too.
    // Each parse runs to the cut, so the work is quadratic: split it over the cores.
    let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    let ok: usize = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    (t..bytes.len())
                        .step_by(threads)
                        .filter(|&end| load_bytes(&bytes[..end]).is_ok())
                        .count()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no panic while loading a prefix"))
            .sum()
    });
    // A proper prefix can be a document only if what is cut off is trailing white space.
    let trailing = bytes.len() - text.trim_end().len();
    assert!(ok <= trailing, "{ok} proper prefixes loaded");
    assert!(load_bytes(bytes).is_ok());
}

// ---- property tests: round trip of generated documents with hard strings ----

fn hard_string() -> impl Strategy<Value = String> {
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

fn date() -> impl Strategy<Value = chrono::NaiveDate> {
    (1990i32..2100, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

fn document() -> impl Strategy<Value = Document> {
    let org = (
        hard_string(),
        hard_string(),
        prop::sample::select(OrganisationKind::ALL.to_vec()),
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
        prop::collection::vec((2000i32..2040, -1e6f64..1e6), 0..3),
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
                for (i, (name, short, kind)) in orgs.into_iter().enumerate() {
                    doc.organisations.push(Organisation {
                        id: OrganisationId::new(format!("o{i}")),
                        name,
                        short_name: short,
                        kind,
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
                            presenter: Some(Participant::Named(name.clone())),
                            description: String::new(),
                        }],
                        numbers_paragraphs: i % 2 == 0,
                    });
                }
                for (i, (title, date, time, items, minutes)) in meetings.into_iter().enumerate() {
                    let agenda: Vec<AgendaItem> = items
                        .into_iter()
                        .enumerate()
                        .map(|(j, (title, duration, description))| AgendaItem {
                            id: AgendaItemId::new(format!("ai{j}")),
                            number: u32::try_from(j + 1).unwrap(),
                            title: title.clone(),
                            kind: AgendaItemKind::ALL[j % 5],
                            presenter: Some(Participant::Named(title)),
                            duration,
                            description,
                            guests: vec![],
                        })
                        .collect();
                    let minutes = minutes.then(|| Minutes {
                        items: agenda
                            .iter()
                            .map(|a| ItemMinutes {
                                item: a.id.clone(),
                                paragraph: Some(1),
                                notes: a.description.clone(),
                                questions: a.title.clone(),
                                decisions: vec![a.title.clone()],
                                returns: true,
                            })
                            .collect(),
                        ..Minutes::default()
                    });
                    doc.meetings.push(Meeting {
                        id: MeetingId::new(format!("m{i}")),
                        bodies: vec![],
                        title,
                        date,
                        start: time.and_then(|(h, m)| chrono::NaiveTime::from_hms_opt(h, m, 0)),
                        end: None,
                        place: String::new(),
                        online: String::new(),
                        status: MeetingStatus::ALL[i % 5],
                        agenda,
                        minutes,
                    });
                }
                for (i, (area, text, change, values)) in goals.into_iter().enumerate() {
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
                            values: values
                                .into_iter()
                                .map(|(year, value)| IndicatorValue {
                                    year,
                                    organisation: None,
                                    value,
                                })
                                .collect(),
                        }],
                    });
                }
                doc
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn round_trip(doc in document()) {
        let text = to_string(&doc);
        let loaded = load_str(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&loaded.document, &doc);
        prop_assert_eq!(to_string(&loaded.document), text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = load_bytes(&bytes);
    }

    #[test]
    fn mutated_sample_never_panics(pos in 0usize..20_000, byte in any::<u8>()) {
        let mut bytes = samverkan::sample::SAMPLE_RON.as_bytes().to_vec();
        if !bytes.is_empty() {
            let at = pos % bytes.len();
            bytes[at] = byte;
        }
        let _ = load_bytes(&bytes);
    }
}

/// Version 1 files (before agenda templates) load as version 2 with empty templates, and
/// the session knows they were migrated, so the first save keeps a copy of the original.
#[test]
fn version_1_is_migrated_to_2() {
    let v1 = "(\n    format: \"samverkan\",\n    version: 1,\n    info: (title: \"gammal\"),\n    bodies: [(id: \"bg\", name: \"Beredningsgruppen\", kind: PreparationGroup, level: Officials, cadence: Monthly, status: Active)],\n)\n";
    let loaded = load_str(v1).unwrap();
    assert_eq!(loaded.file_version, 1);
    assert!(loaded.was_migrated());
    assert_eq!(loaded.document.version, FORMAT_VERSION);
    assert!(loaded.document.bodies[0].agenda_template.is_empty());
    assert!(!loaded.document.bodies[0].numbers_paragraphs);
    assert!(to_string(&loaded.document).contains("version: 2,"));
}
