//! The fast RON reader and writer (`samverkan::io::ron_fast`) held against `ron` itself:
//! the writer gives `ron`'s bytes; whatever the reader accepts, `ron` accepts with the same
//! value; and `load_str` gives exactly what `ron` alone gives, errors included, because
//! every error comes from the fallback to `ron`.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use proptest::prelude::*;
use samverkan::io::format::{
    RECURSION_LIMIT, load_str_ron_only, pretty_config, to_string_ron_only,
};
use samverkan::io::{LoadError, load_str, ron_fast, to_string};
use samverkan::model::{Document, FORMAT_VERSION};
use serde::{Deserialize, Serialize, de::DeserializeOwned};

#[path = "support/documents.rs"]
mod documents;
use documents::{document, every_kind_in_brief};

const SAMPLE: &str = include_str!("../assets/sample.ron");
const FIXTURE_V1: &str = include_str!("fixtures/format-v1.ron");
const FIXTURE_V2: &str = include_str!("fixtures/format-v2.ron");

fn ron_read<T: DeserializeOwned>(text: &str) -> Result<T, ron::error::SpannedError> {
    ron::Options::default()
        .with_recursion_limit(RECURSION_LIMIT)
        .from_str(text)
}

fn fast_read<T: DeserializeOwned>(text: &str) -> Result<T, ron_fast::Rejected> {
    ron_fast::from_str(text, RECURSION_LIMIT)
}

fn ron_write<T: Serialize + ?Sized>(value: &T) -> String {
    ron::ser::to_string_pretty(value, pretty_config()).unwrap()
}

fn fast_write<T: Serialize + ?Sized>(value: &T) -> String {
    ron_fast::to_string(value).unwrap()
}

/// A document as a value to compare: its canonical text, which tells `-0.0` from `0.0`
/// and lets NaN equal NaN, unlike `==`.
fn canon(doc: &Document) -> String {
    to_string_ron_only(doc)
}

/// Whenever the fast reader accepts `text`, `ron` accepts it with the same document.
/// Whether the fast reader accepted.
fn reader_agrees(text: &str) -> bool {
    let Ok(fast) = fast_read::<Document>(text) else {
        return false;
    };
    let ron = ron_read::<Document>(text)
        .unwrap_or_else(|e| panic!("the fast reader accepted what ron refuses ({e}):\n{text}"));
    assert_eq!(canon(&fast), canon(&ron), "different values for:\n{text}");
    true
}

type LoadResult = Result<(u32, String), LoadError>;

fn load_key(result: Result<samverkan::io::Loaded, LoadError>) -> LoadResult {
    result.map(|l| (l.file_version, canon(&l.document)))
}

/// `load_str` gives what `ron` alone gives: the same document, or the same error.
fn load_agrees(text: &str) -> LoadResult {
    let with_fast = load_key(load_str(text));
    let ron_only = load_key(load_str_ron_only(text));
    assert_eq!(
        with_fast, ron_only,
        "load_str differs from ron alone for:\n{text}"
    );
    with_fast
}

fn documents() -> Vec<(&'static str, Document)> {
    vec![
        ("generate 1", samverkan::generate::generate(1)),
        ("generate 10", samverkan::generate::generate(10)),
        ("sample", load_str(SAMPLE).unwrap().document),
        ("fixture v1", load_str(FIXTURE_V1).unwrap().document),
        ("fixture v2", load_str(FIXTURE_V2).unwrap().document),
        ("brief", load_str(&every_kind_in_brief()).unwrap().document),
        ("empty", Document::new("")),
    ]
}

#[test]
fn the_writer_gives_rons_bytes() {
    for (name, doc) in documents() {
        let ron = to_string_ron_only(&doc);
        assert_eq!(to_string(&doc), ron, "{name}");
        assert_eq!(fast_write(&doc), ron_write(&doc), "{name}");
    }
}

#[test]
fn files_are_written_back_byte_for_byte() {
    assert_eq!(to_string(&load_str(SAMPLE).unwrap().document), SAMPLE);
    // Older versions are migrated: written in the current version, as `ron` writes them.
    for old in [FIXTURE_V1, FIXTURE_V2] {
        let loaded = load_str(old).unwrap();
        assert!(loaded.was_migrated());
        assert_eq!(
            to_string(&loaded.document),
            to_string_ron_only(&loaded.document)
        );
    }
}

#[test]
fn the_reader_reads_every_file_the_app_writes_as_ron_does() {
    let mut texts: Vec<(String, String)> = documents()
        .into_iter()
        .map(|(name, doc)| (name.to_owned(), to_string(&doc)))
        .collect();
    for (name, text) in [
        ("sample file", SAMPLE),
        ("v1 file", FIXTURE_V1),
        ("v2 file", FIXTURE_V2),
    ] {
        texts.push((name.to_owned(), text.to_owned()));
    }
    for (name, text) in &texts {
        if let Err(e) = fast_read::<Document>(text) {
            panic!("the fast reader gave up on {name} at {e}");
        }
        assert!(reader_agrees(text), "{name}");
        load_agrees(text).unwrap();
    }
}

/// What people write by hand: comments, other spacing, trailing commas or none, raw
/// strings, escapes, string continuations, signs and exponents, `Some( x ,)`.
#[allow(clippy::needless_raw_string_hashes)] // the text holds `"#`
const HAND_EDITED: &str = r##"// A hand-edited file
(
  format: "samverkan", version: 2, // the header
  info: ( title: r#"Title with "quotes""#, region: "V\u{e4}rm\x6Cand\t\"\\\'\0",
    description: "line one \
        continued", ),
  organisations: [ ( id: "o1", name: "A", kind: Municipality ), /* block /* nested */ */ ],
  people: [(id:"p1",name:"B",kind:Elected,party:Some ( "S" , ),)],
  bodies: [(id: "b1", name: "C", kind: Council, level: Mixed, cadence: TimesPerYear ( 4 , ),
     status: Active, composition: [MaxMembers(max: 8, excluding: [Chair]),
     SeatsFrom(kind: Region, min: Some(+1))], established: Some("2024-01-02"),
     numbers_paragraphs: true)],
  meetings: [(id: "m1", bodies: ["b1"], date: "2026-02-03", start: Some("09:30:00"),
     status: Held, minutes: Some(()))],
  goals: [(id: "g1", area: "x", text: r"y\n", direction: Increase, target_change: Some(-1.5e1),
     indicators: [(id: "i1", name: "n", values: [(year: -5, value: 3), (year: 2020, value: .5),
       (year: 1, value: -0.0), (year: 2, value: inf), (year: 3, value: 1e300),
       (year: 4, value: 2.5E-3), (year: 5, value: NaN), (year: 6, value: -inf)])])],
  cycle: (start_month: 8, activities: [(id: "c1", body: "b1", title: "t",
     when: NthWeekday(month: 9, n: -1, weekday: "Fri"))]),
)
// the end, without a newline"##;

#[test]
fn the_reader_reads_hand_edited_files_as_ron_does() {
    let variants = [
        HAND_EDITED.to_owned(),
        HAND_EDITED.replace('\n', "\r\n"),
        HAND_EDITED.replace("  ", "\t"),
        format!("\u{feff}{HAND_EDITED}"),
    ];
    for text in &variants {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        assert!(
            fast_read::<Document>(body).is_ok(),
            "{:?}",
            fast_read::<Document>(body).err()
        );
        assert!(reader_agrees(body));
        assert_eq!(
            load_agrees(text).unwrap().0,
            2,
            "a version 2 file, migrated"
        );
    }
}

/// Valid RON the fast reader leaves to `ron`: the document loads as before.
#[test]
fn what_the_fast_reader_refuses_still_loads_through_ron() {
    let text = to_string(&Document::new("x"));
    let variants = [
        text.replacen('(', "Document(", 1),
        format!("#![type = \"samverkan\"]\n{text}"),
        text.replace("start_month: 1", "start_month: 0x1"),
        text.replace("start_month: 1", "start_month: 1u8"),
        text.replace("start_month: 1", "start_month: 1_2"),
        text.replace("format:", "r#format:"),
        text.replace("title: \"x\"", "title: \"\\xC3\\xA5\""),
        text.replace("title: \"x\"", "title: b\"x\""),
        text.replace("cycle:", "\u{2028}cycle:"),
    ];
    for variant in &variants {
        assert!(fast_read::<Document>(variant).is_err(), "{variant}");
        let loaded = load_agrees(variant);
        if !variant.contains("b\"x\"") {
            assert!(loaded.is_ok(), "{variant}: {loaded:?}");
        }
    }
    let enabled = format!("#![enable(implicit_some)]\n{text}");
    assert!(matches!(
        load_agrees(&enabled),
        Err(LoadError::Extensions { .. })
    ));
}

#[test]
fn every_prefix_of_a_brief_document_reads_as_ron_reads_it() {
    let text = every_kind_in_brief();
    let cuts: Vec<usize> = (0..text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    std::thread::scope(|scope| {
        for t in 0..threads {
            let (text, cuts) = (&text, &cuts);
            scope.spawn(move || {
                for &end in cuts.iter().skip(t).step_by(threads) {
                    let prefix = &text[..end];
                    let accepted = reader_agrees(prefix);
                    assert!(!accepted || text[end..].trim().is_empty(), "{end}");
                    let _ = load_agrees(prefix);
                }
            });
        }
    });
}

/// Every prefix of a whole real document through the fast reader alone (`ron` only where
/// the fast reader accepts, which only the full text and its trailing white space may).
/// The frozen version 2 sample (200 KB): the current sample with its example values is
/// five times as long, and the prefixes grow with the square of the length; the values'
/// syntax is covered by the brief document's prefixes and the mutations of the sample.
#[test]
fn every_prefix_of_a_real_document_is_refused_or_read_as_ron_reads_it() {
    let text = FIXTURE_V2;
    let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    let accepted: usize = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    (t..=text.len())
                        .step_by(threads)
                        .filter(|&end| text.is_char_boundary(end) && reader_agrees(&text[..end]))
                        .count()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    let trailing = text.len() - text.trim_end().len();
    assert_eq!(accepted, trailing + 1);
}

/// A small deterministic generator, so the mutations are the same in every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % n as u64).unwrap()
    }
}

/// Bytes and words that change what RON means.
const INTERESTING: [&str; 34] = [
    "\"", "\\", "(", ")", "[", "]", "{", ",", ":", " ", "\n", "/", "*", "//", "/*", "*/", "#", "r",
    "r#", "b", "0", "-", "+", ".", "e", "_", "x", "å", "Some(", "None", "()", "\\u{", "'",
    "\u{2028}",
];

fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut at = rng.below(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let piece = INTERESTING[rng.below(INTERESTING.len())];
    let next = text[at..].chars().next().map_or(0, char::len_utf8);
    match rng.below(3) {
        0 => format!("{}{piece}{}", &text[..at], &text[at..]),
        1 => format!("{}{piece}{}", &text[..at], &text[at + next..]),
        _ => format!("{}{}", &text[..at], &text[at + next..]),
    }
}

#[test]
fn mutated_files_read_as_ron_reads_them_and_load_errors_are_unchanged() {
    let brief = every_kind_in_brief();
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let (mut accepted, mut refused) = (0, 0);
    for round in 0..3000 {
        let base = if round % 10 == 0 {
            SAMPLE
        } else {
            brief.as_str()
        };
        let mut text = mutate(base, &mut rng);
        if round % 3 == 0 {
            text = mutate(&text, &mut rng);
        }
        if reader_agrees(&text) {
            accepted += 1;
        } else {
            refused += 1;
        }
        let _ = load_agrees(&text);
    }
    // Both sides are exercised: many mutations keep the file valid, many break it.
    assert!(
        accepted > 300 && refused > 300,
        "{accepted} accepted, {refused} refused"
    );
}

#[test]
fn load_errors_are_ron_errors_with_line_column_and_path() {
    let text = to_string(&Document::new("x"));
    let broken = text.replace(
        &format!("version: {FORMAT_VERSION},"),
        &format!("version: \"{FORMAT_VERSION}\","),
    );
    let err = load_agrees(&broken).unwrap_err();
    assert_eq!(err, load_str_ron_only(&broken).unwrap_err());
    assert!(
        matches!(&err, LoadError::Syntax { path, .. } if path == "version"),
        "{err:?}"
    );
}

// ---- the recursion limit is counted as `ron` counts it ----

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Nest {
    next: Option<Box<Nest>>,
}

fn nest_text(depth: usize) -> String {
    format!(
        "{}(next: None){}",
        "(next: Some(".repeat(depth),
        "))".repeat(depth)
    )
}

fn nest(depth: usize) -> Nest {
    (0..depth).fold(Nest { next: None }, |inner, _| Nest {
        next: Some(Box::new(inner)),
    })
}

#[test]
fn the_recursion_limit_is_reached_exactly_where_ron_reaches_it() {
    for limit in [0, 1, 2, 3, 5, 8, 13, RECURSION_LIMIT] {
        let mut deepest_ok = None;
        for depth in 0..40 {
            let text = nest_text(depth);
            let fast = ron_fast::from_str::<Nest>(&text, limit);
            let ron = ron::Options::default()
                .with_recursion_limit(limit)
                .from_str::<Nest>(&text);
            assert_eq!(fast.is_ok(), ron.is_ok(), "limit {limit}, depth {depth}");
            if let (Ok(a), Ok(b)) = (fast, ron) {
                assert_eq!(a, b);
                deepest_ok = Some(depth);
            }
        }
        assert!(deepest_ok < Some(39), "limit {limit} was never reached");
    }
}

#[test]
fn the_writers_recursion_limit_is_rons() {
    for depth in [0, 1, 10, 50, 100, 126, 127, 128, 129, 200] {
        let value = nest(depth);
        let fast = ron_fast::to_string(&value);
        let ron = ron::ser::to_string_pretty(&value, pretty_config());
        assert_eq!(fast.ok(), ron.ok(), "depth {depth}");
    }
}

// ---- every shape serde has, beyond what the model uses ----

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Unit;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Newtype(String);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Pair(i32, f64);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Nothing {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum Shape {
    Plain,
    Wrapped(i32),
    Two(u8, String),
    Named { a: Option<u8>, b: Vec<Shape> },
    NoFields {},
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Everything {
    unit: (),
    unit_struct: Unit,
    newtype: Newtype,
    tuple: (i8, u64, String),
    pair: Pair,
    chars: Vec<char>,
    shapes: Vec<Shape>,
    wide: (i64, u64, i16, u16),
    small_float: f32,
    float: f64,
    #[allow(clippy::option_option)] // `Some(None)` is a shape of its own
    maybe: Option<Option<bool>>,
    nested: Vec<Vec<u16>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    skipped: Vec<u8>,
    empty: Vec<u8>,
    nothing: Nothing,
}

fn shape() -> impl Strategy<Value = Shape> {
    let leaf = prop_oneof![
        Just(Shape::Plain),
        any::<i32>().prop_map(Shape::Wrapped),
        (any::<u8>(), ".{0,8}").prop_map(|(a, b)| Shape::Two(a, b)),
        Just(Shape::NoFields {}),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        (
            prop::option::of(any::<u8>()),
            prop::collection::vec(inner, 0..3),
        )
            .prop_map(|(a, b)| Shape::Named { a, b })
    })
}

fn everything() -> impl Strategy<Value = Everything> {
    (
        (any::<i8>(), any::<u64>(), any::<String>()),
        (any::<i32>(), any::<f64>()),
        prop::collection::vec(any::<char>(), 0..4),
        prop::collection::vec(shape(), 0..3),
        (any::<i64>(), any::<u64>(), any::<i16>(), any::<u16>()),
        (any::<f32>(), any::<f64>()),
        prop::option::of(prop::option::of(any::<bool>())),
        prop::collection::vec(prop::collection::vec(any::<u16>(), 0..3), 0..3),
        prop::collection::vec(any::<u8>(), 0..2),
        ".*",
    )
        .prop_map(
            |(
                tuple,
                (i, f),
                chars,
                shapes,
                wide,
                (small_float, float),
                maybe,
                nested,
                skipped,
                s,
            )| {
                Everything {
                    unit: (),
                    unit_struct: Unit,
                    newtype: Newtype(s),
                    tuple,
                    pair: Pair(i, f),
                    chars,
                    shapes,
                    wide,
                    small_float,
                    float,
                    maybe,
                    nested,
                    skipped,
                    empty: Vec::new(),
                    nothing: Nothing {},
                }
            },
        )
}

/// Equal as text, so that NaN equals NaN and `-0.0` differs from `0.0`.
fn same<T: Serialize>(a: &T, b: &T) -> bool {
    ron_write(a) == ron_write(b)
}

#[test]
fn special_floats_are_written_and_read_as_ron_does() {
    let floats = [
        0.0,
        -0.0,
        1.0,
        0.5,
        -1.5,
        1e300,
        1e-300,
        5e-324,
        f64::MAX,
        f64::MIN_POSITIVE,
        123_456_789.0,
        1e15,
        1e16,
        1e17,
        0.1 + 0.2,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        -f64::NAN,
    ];
    let text = ron_write(&floats.to_vec());
    assert_eq!(fast_write(&floats.to_vec()), text);
    let fast: Vec<f64> = fast_read(&text).unwrap();
    let ron: Vec<f64> = ron_read(&text).unwrap();
    assert_eq!(fast.len(), ron.len());
    for (a, b) in fast.iter().zip(&ron) {
        assert!(
            a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()),
            "{a} {b}"
        );
        assert_eq!(a.is_sign_negative(), b.is_sign_negative());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_documents_are_written_and_read_as_ron_does(doc in document()) {
        let text = to_string_ron_only(&doc);
        prop_assert_eq!(&to_string(&doc), &text);
        prop_assert!(fast_read::<Document>(&text).is_ok());
        prop_assert!(reader_agrees(&text));
    }

    #[test]
    fn every_shape_is_written_and_read_as_ron_does(value in everything()) {
        let text = ron_write(&value);
        prop_assert_eq!(fast_write(&value), text.clone());
        let fast: Everything = fast_read(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let ron: Everything = ron_read(&text).unwrap();
        prop_assert!(same(&fast, &ron));
    }

    #[test]
    fn mutated_shapes_are_refused_or_read_as_ron_does(value in everything(), seed in any::<u64>()) {
        let mut rng = Rng(seed | 1);
        let text = mutate(&ron_write(&value), &mut rng);
        if let Ok(fast) = fast_read::<Everything>(&text) {
            let ron: Everything = ron_read(&text)
                .map_err(|e| TestCaseError::fail(format!("ron refuses ({e}):\n{text}")))?;
            prop_assert!(same(&fast, &ron), "{}", text);
        }
    }

    #[test]
    fn any_string_is_written_and_read_as_ron_does(s in any::<String>()) {
        let text = ron_write(&s);
        prop_assert_eq!(fast_write(&s), text.clone());
        prop_assert_eq!(fast_read::<String>(&text).unwrap(), s);
    }

    #[test]
    fn any_float_is_written_and_read_as_ron_does(bits in any::<u64>(), small in any::<u32>()) {
        let (f, g) = (f64::from_bits(bits), f32::from_bits(small));
        let text = ron_write(&(f, g));
        prop_assert_eq!(fast_write(&(f, g)), text.clone());
        let (a, b): (f64, f32) = fast_read(&text).unwrap();
        let (c, d): (f64, f32) = ron_read(&text).unwrap();
        prop_assert!(a.to_bits() == c.to_bits() || (a.is_nan() && c.is_nan()));
        prop_assert!(b.to_bits() == d.to_bits() || (b.is_nan() && d.is_nan()));
    }

    #[test]
    fn arbitrary_text_is_refused_or_read_as_ron_does(text in "[ -~\n]{0,64}") {
        for candidate in [text.clone(), format!("({text})"), format!("[{text}]")] {
            if let Ok(fast) = fast_read::<Vec<Shape>>(&candidate) {
                let ron: Vec<Shape> = ron_read(&candidate).unwrap();
                prop_assert_eq!(fast, ron);
            }
        }
    }
}
