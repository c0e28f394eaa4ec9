//! The file format: round trips, canonical bytes, and clear errors for bad input.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use proptest::prelude::*;
use samverkan::io::{LoadError, load_bytes, load_str, to_string};
use samverkan::model::*;

#[path = "support/documents.rs"]
mod documents;
use documents::{document, every_kind_in_brief};

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
    assert!(text.starts_with(&format!(
        "(\n    format: \"samverkan\",\n    version: {FORMAT_VERSION},\n"
    )));
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
    let current = format!("version: {FORMAT_VERSION},");
    let text = to_string(&Document::new("x")).replace(&current, "version: 7,");
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

/// Version 1 files (before agenda templates) load as the current version with empty
/// templates, and the session knows they were migrated, so the first save keeps a copy of
/// the original.
#[test]
fn version_1_is_migrated_to_the_current_version() {
    let v1 = "(\n    format: \"samverkan\",\n    version: 1,\n    info: (title: \"gammal\"),\n    bodies: [(id: \"bg\", name: \"Beredningsgruppen\", kind: PreparationGroup, level: Officials, cadence: Monthly, status: Active)],\n)\n";
    let loaded = load_str(v1).unwrap();
    assert_eq!(loaded.file_version, 1);
    assert!(loaded.was_migrated());
    assert_eq!(loaded.document.version, FORMAT_VERSION);
    assert!(loaded.document.bodies[0].agenda_template.is_empty());
    assert!(!loaded.document.bodies[0].numbers_paragraphs);
    assert!(to_string(&loaded.document).contains(&format!("version: {FORMAT_VERSION},")));
}

/// Version 2 wrote an indicator value's number as `value`; version 3 reads it as the
/// value's `amount` and writes it so, and a value without gender is the total.
#[test]
fn version_2_indicator_values_are_migrated_to_amounts() {
    let v2 = "(\n    format: \"samverkan\",\n    version: 2,\n    info: (title: \"gammal\"),\n    goals: [(id: \"g1\", area: \"\", text: \"Mål\", direction: Increase, indicators: [(id: \"i1\", name: \"Andel\", source: \"Kolada\", values: [(year: 2017, value: 51.5), (year: 2018, organisation: Some(\"o1\"), value: 0.0)])])],\n)\n";
    let loaded = load_str(v2).unwrap();
    assert_eq!(loaded.file_version, 2);
    assert!(loaded.was_migrated());
    let values = &loaded.document.goals[0].indicators[0].values;
    assert_eq!(values[0].amount, Some(51.5));
    assert_eq!(values[0].gender, samverkan::model::Gender::Total);
    assert_eq!(values[0].missing, None);
    assert_eq!(values[1].amount, Some(0.0), "a real zero stays a zero");
    let text = to_string(&loaded.document);
    assert!(text.contains("amount: Some(51.5)"), "{text}");
    assert!(!text.contains("value:"), "{text}");
    // And back: what version 3 wrote loads to the same document.
    assert_eq!(load_str(&text).unwrap().document, loaded.document);
}

/// A value cannot have a number twice, or a number and a reason why it is missing.
#[test]
fn a_value_with_two_numbers_or_a_number_and_a_reason_is_refused() {
    for values in [
        "(year: 2017, value: 1.0, amount: Some(2.0))",
        "(year: 2017, amount: Some(2.0), missing: Some(Confidential))",
    ] {
        let text = format!(
            "(\n    format: \"samverkan\",\n    version: 3,\n    info: (title: \"x\"),\n    goals: [(id: \"g1\", area: \"\", text: \"Mål\", direction: Increase, indicators: [(id: \"i1\", name: \"Andel\", values: [{values}])])],\n)\n"
        );
        let err = load_str(&text).unwrap_err();
        assert!(
            err.to_string().contains("goals[0].indicators[0].values[0]"),
            "{err}"
        );
    }
}

/// Format 3 had one `presenter` per agenda item and template item; format 4 has a list.
/// Every presenter of the frozen version 3 file is read into its item's list.
#[test]
fn a_version_3_presenter_becomes_the_first_of_the_items_presenters() {
    let text = include_str!("fixtures/format-v3.ron");
    let old = text.matches("presenter: Some(").count();
    assert!(old > 50, "the fixture has presenters");
    let loaded = load_str(text).unwrap();
    assert_eq!(loaded.file_version, 3);
    let doc = &loaded.document;
    let items = doc.meetings.iter().flat_map(|m| &m.agenda);
    let templates = doc.bodies.iter().flat_map(|b| &b.agenda_template);
    let now = items.map(|i| i.presenters.len()).sum::<usize>()
        + templates.map(|t| t.presenters.len()).sum::<usize>();
    assert_eq!(now, old);
    let saved = to_string(doc);
    assert!(!saved.contains("presenter:"), "written as the list");
    assert_eq!(load_str(&saved).unwrap().document, *doc);
    // Both fields at once (a hand edit): the old one first, no double.
    let both = "(\n    format: \"samverkan\",\n    version: 3,\n    info: (title: \"x\"),\n    meetings: [(id: \"m1\", bodies: [], date: \"2026-01-01\", title: \"\", status: Planned, agenda: [(id: \"a1\", number: 1, title: \"Rapporter\", kind: Information, presenter: Some(Named(\"A\")), presenters: [Named(\"B\"), Named(\"A\")])])],\n)\n";
    let doc = load_str(both).unwrap().document;
    let names = doc.meetings[0].agenda[0].presenters.clone();
    assert_eq!(
        names,
        [
            samverkan::model::Participant::Named("B".into()),
            samverkan::model::Participant::Named("A".into())
        ]
    );
}

/// Format 4 kept an item's minutes in three fixed fields; format 5 keeps blocks in the order
/// they happened. The frozen version 4 file's notes, questions and decisions come back as
/// blocks in that order, every one of them, and are written back as blocks.
#[test]
fn a_version_4_items_notes_questions_and_decisions_become_blocks_in_that_order() {
    use samverkan::model::Block;
    let text = include_str!("fixtures/format-v4.ron");
    let old_decisions = text.matches("decisions: [").count();
    assert!(old_decisions > 5, "the fixture has decisions");
    let loaded = load_str(text).unwrap();
    assert_eq!(loaded.file_version, 4);
    let doc = &loaded.document;
    let sections: Vec<_> = doc
        .meetings
        .iter()
        .filter_map(|m| m.minutes.as_ref())
        .flat_map(|m| &m.items)
        .collect();
    let with_decisions = sections
        .iter()
        .filter(|s| s.decisions().next().is_some())
        .count();
    assert_eq!(with_decisions, old_decisions);
    for s in &sections {
        // Notes before questions before decisions, as format 4 printed them.
        let rank = |b: &Block| match b {
            Block::Notes(_) => 0,
            Block::Questions(_) => 1,
            Block::Decision(_) => 2,
            _ => 3,
        };
        let ranks: Vec<_> = s.blocks.iter().map(rank).collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{:?}", s.blocks);
    }
    let saved = to_string(doc);
    assert!(saved.contains("Notes(\""), "written as blocks");
    assert!(!saved.contains("decisions: ["));
    assert_eq!(load_str(&saved).unwrap().document, *doc);
    // A hand-written section with both: the old fields first, then the blocks.
    let both = "(\n    format: \"samverkan\",\n    version: 4,\n    info: (title: \"x\"),\n    meetings: [(id: \"m1\", bodies: [], date: \"2026-01-01\", status: Held, minutes: Some((items: [(item: \"a1\", notes: \"N\", decisions: [\"D\"], blocks: [Heading(\"H\")])])))],\n)\n";
    let doc = load_str(both).unwrap().document;
    let blocks = &doc.meetings[0].minutes.as_ref().unwrap().items[0].blocks;
    assert_eq!(
        blocks,
        &[
            Block::Notes("N".into()),
            Block::Decision("D".into()),
            Block::Heading("H".into())
        ]
    );
}
