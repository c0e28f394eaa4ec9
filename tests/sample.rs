//! The embedded sample (Nya Perspektiv, Värmland; seed 003 with a little of seed 002) holds the
//! people, bodies, goals and annual cycle that the source text names, and validates cleanly.
//! Records are looked up by name, so a renamed or missing record fails with a clear message.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use chrono::{Datelike, NaiveDate};
use samverkan::model::validate::{Severity, validate};
use samverkan::model::{
    Body, BodyKind, CompositionRule, Direction, Document, Level, LinkKind, MeetingStatus,
    Membership, OrganisationKind, Person, PersonKind, Recurrence, Role,
};

fn sample() -> Document {
    samverkan::sample::sample_document().expect("the embedded sample loads")
}

fn person<'a>(doc: &'a Document, name: &str) -> &'a Person {
    let found: Vec<&Person> = doc.people.iter().filter(|p| p.name == name).collect();
    assert_eq!(found.len(), 1, "exactly one person named {name}");
    found[0]
}

fn body<'a>(doc: &'a Document, name: &str) -> &'a Body {
    doc.bodies
        .iter()
        .find(|b| b.name == name)
        .unwrap_or_else(|| panic!("no body named {name}"))
}

/// The name of the organisation an id points to.
fn org_name<'a>(
    doc: &'a Document,
    id: Option<&samverkan::model::OrganisationId>,
) -> Option<&'a str> {
    id.map(|id| {
        doc.organisation(id)
            .unwrap_or_else(|| panic!("organisation {id} exists"))
            .name
            .as_str()
    })
}

/// The seat a person holds in a body.
fn seat<'a>(doc: &Document, body: &'a Body, name: &str) -> &'a Membership {
    let pid = &person(doc, name).id;
    let seats: Vec<&Membership> = body
        .memberships
        .iter()
        .filter(|m| m.person.as_ref() == Some(pid))
        .collect();
    assert_eq!(
        seats.len(),
        1,
        "{name} has exactly one seat in {}",
        body.name
    );
    seats[0]
}

/// The sample says what in it is taken from the sources and what is an example, so nobody
/// reads the example meetings as real ones.
#[test]
fn the_samples_description_says_its_meetings_and_values_are_examples() {
    let doc = sample();
    let d = &doc.info.description;
    assert!(d.contains("hämtade ur källorna"), "{d}");
    assert!(d.contains("påhittade exempel"), "{d}");
    assert!(d.contains("beskriver inte verkliga möten"), "{d}");
}

#[test]
fn sample_validates_without_errors() {
    let doc = sample();
    for today in [
        NaiveDate::from_ymd_opt(2022, 9, 1).expect("date"),
        NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"),
    ] {
        let errors: Vec<String> = validate(&doc, today)
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| format!("{}: {}", p.path, p.en))
            .collect();
        assert!(errors.is_empty(), "errors on {today}: {errors:#?}");
    }
}

#[test]
fn sample_follows_its_own_composition_rules() {
    let doc = sample();
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
    let broken: Vec<String> = validate(&doc, today)
        .into_iter()
        .filter(|p| p.path.contains(".composition["))
        .map(|p| format!("{}: {}", p.path, p.en))
        .collect();
    assert!(broken.is_empty(), "broken composition rules: {broken:#?}");
}

#[test]
fn sample_is_written_canonically() {
    let doc = sample();
    assert_eq!(
        samverkan::io::to_string(&doc),
        samverkan::sample::SAMPLE_RON,
        "assets/sample.ron is the canonical text of its document"
    );
}

#[test]
fn the_sixteen_municipalities_and_the_region() {
    let doc = sample();
    let expected = [
        "Arvika",
        "Eda",
        "Filipstad",
        "Forshaga",
        "Grums",
        "Hagfors",
        "Hammarö",
        "Karlstad",
        "Kil",
        "Kristinehamn",
        "Munkfors",
        "Storfors",
        "Sunne",
        "Säffle",
        "Torsby",
        "Årjäng",
    ];
    let mut municipalities: Vec<&str> = doc
        .organisations
        .iter()
        .filter(|o| o.kind == OrganisationKind::Municipality)
        .map(|o| o.short_name.as_str())
        .collect();
    municipalities.sort_unstable();
    let mut expected_sorted = expected.to_vec();
    expected_sorted.sort_unstable();
    assert_eq!(municipalities, expected_sorted);
    for name in expected {
        let org = doc
            .organisations
            .iter()
            .find(|o| o.short_name == name)
            .unwrap_or_else(|| panic!("municipality {name}"));
        assert!(
            org.name.starts_with(name) && org.name.ends_with(" kommun"),
            "{}",
            org.name
        );
    }
    let kinds = [
        ("Region Värmland", OrganisationKind::Region),
        ("Länsstyrelsen Värmland", OrganisationKind::CountyBoard),
        ("Karlstads universitet", OrganisationKind::University),
        ("Värmlands läns vårdförbund", OrganisationKind::Federation),
    ];
    for (name, kind) in kinds {
        let org = doc
            .organisations
            .iter()
            .find(|o| o.name == name)
            .unwrap_or_else(|| panic!("organisation {name}"));
        assert_eq!(org.kind, kind, "{name}");
    }
}

#[test]
fn the_political_steering_group() {
    let doc = sample();
    let psg = body(&doc, "Politisk styrgrupp Nya Perspektiv");
    assert_eq!(psg.kind, BodyKind::SteeringGroup);
    assert_eq!(psg.level, Level::Political);
    let expected = [
        (
            "Fredrik Larsson",
            "M",
            "Region Värmland",
            "regionråd",
            Role::Chair,
        ),
        (
            "Åsa Hååkman Eriksson",
            "S",
            "Filipstads kommun",
            "kommunalråd",
            Role::Member,
        ),
        (
            "Johanna Söderberg",
            "C",
            "Eda kommun",
            "kommunalråd",
            Role::Member,
        ),
        (
            "Peter Söderström",
            "S",
            "Arvika kommun",
            "kommunalråd",
            Role::Member,
        ),
        (
            "Per-Samuel Nisser",
            "M",
            "Karlstads kommun",
            "kommunalråd",
            Role::Member,
        ),
        (
            "Daniel Schützer",
            "S",
            "Årjängs kommun",
            "kommunalråd",
            Role::Member,
        ),
    ];
    assert_eq!(psg.memberships.len(), expected.len());
    for (name, party, org, title, role) in expected {
        let p = person(&doc, name);
        assert_eq!(p.kind, PersonKind::Elected, "{name}");
        assert_eq!(p.party.as_deref(), Some(party), "{name}");
        assert_eq!(p.title, title, "{name}");
        assert_eq!(org_name(&doc, p.organisation.as_ref()), Some(org), "{name}");
        let s = seat(&doc, psg, name);
        assert_eq!(s.role, role, "{name}");
        assert_eq!(org_name(&doc, s.represents.as_ref()), Some(org), "{name}");
    }
}

#[test]
fn the_beredningsgrupp() {
    let doc = sample();
    let bg = body(&doc, "Beredningsgruppen");
    assert_eq!(bg.short_name, "BG");
    assert_eq!(bg.kind, BodyKind::PreparationGroup);
    assert_eq!(bg.level, Level::Officials);
    assert_eq!(bg.mandate.len(), 8, "the eight \"ska\" duties");
    assert!(
        bg.mandate
            .iter()
            .any(|m| m.starts_with("Årligen anordna en aktualitetskonferens")),
        "the aktualitetskonferens duty"
    );
    let members = [
        (
            "Per-Joel Sewelén",
            "verksamhetschef lärande och stöd",
            "Arvika kommun",
        ),
        (
            "Yvonne Nordenberg",
            "medicinskt ansvarig sjuksköterska",
            "Grums kommun",
        ),
        ("Torbjörn Falk", "kommunchef", "Forshaga kommun"),
        (
            "Eva-Lotta Lindskog",
            "förvaltningschef för stöd, vård och omsorgsförvaltningen",
            "Kristinehamns kommun",
        ),
        (
            "Gunilla Öberg",
            "vård- och omsorgsdirektör",
            "Karlstads kommun",
        ),
        (
            "Wolmer Edqvist",
            "tf områdeschef samverkan",
            "Region Värmland",
        ),
        (
            "Petra Lundgren",
            "områdeschef vårdkvalitet",
            "Region Värmland",
        ),
        (
            "Kristin Törnqvist",
            "samordnare Nära vård",
            "Region Värmland",
        ),
        ("Anna Frödin", "strategiskt ledningsstöd", "Region Värmland"),
        ("Anna Beata Brunzell", "folkhälsochef", "Region Värmland"),
    ];
    assert_eq!(bg.memberships.len(), 11);
    for (name, title, org) in members {
        let p = person(&doc, name);
        assert_eq!(p.kind, PersonKind::Official, "{name}");
        assert_eq!(p.title, title, "{name}");
        assert_eq!(org_name(&doc, p.organisation.as_ref()), Some(org), "{name}");
        let s = seat(&doc, bg, name);
        assert_eq!(s.role, Role::Member, "{name}");
        assert_eq!(org_name(&doc, s.represents.as_ref()), Some(org), "{name}");
    }
    let convener = seat(&doc, bg, "Yvonne Lennemyr");
    assert_eq!(convener.role, Role::Convener);
    assert_eq!(
        convener.represents, None,
        "the convener convenes for all parties"
    );
    let lennemyr = person(&doc, "Yvonne Lennemyr");
    assert_eq!(lennemyr.title, "enhetschef Nya Perspektiv");
    assert_eq!(
        org_name(&doc, lennemyr.organisation.as_ref()),
        Some("Region Värmland")
    );

    assert!(bg.composition.contains(&CompositionRule::SeatsFrom {
        kind: OrganisationKind::Municipality,
        min: Some(5),
        max: Some(5),
    }));
    assert!(bg.composition.contains(&CompositionRule::SeatsFrom {
        kind: OrganisationKind::Region,
        min: Some(5),
        max: Some(5),
    }));
    assert!(bg.composition.contains(&CompositionRule::SeatsWithRole {
        role: Role::Convener,
        min: Some(1),
        max: Some(1),
    }));
}

#[test]
fn the_life_stage_groups_and_their_coordinators() {
    let doc = sample();
    let groups = [
        (
            "Samverkansgruppen för utmaningen Barnalivet",
            [
                ("Thea Kristiansson", Some("Säffle kommun")),
                ("Monica Hammar", Some("Region Värmland")),
            ],
        ),
        (
            "Samverkansgruppen för utmaningen Ungdomslivet",
            [
                ("Erica Andrén", Some("Säffle kommun")),
                ("Åsa Wahlén", Some("Region Värmland")),
            ],
        ),
        (
            "Samverkansgruppen för utmaningen Vuxenlivet",
            [
                ("Mattias Hallberg", None),
                ("Ingela Agnarsson", Some("Region Värmland")),
            ],
        ),
        (
            "Samverkansgruppen för utmaningen Äldrelivet",
            [
                ("Isa Nyberg", Some("Hagfors kommun")),
                ("Annika Dahlgren", Some("Region Värmland")),
            ],
        ),
    ];
    let bg = &body(&doc, "Beredningsgruppen").id;
    for (group, coordinators) in groups {
        let b = body(&doc, group);
        assert_eq!(b.kind, BodyKind::CollaborationGroup, "{group}");
        assert_eq!(b.memberships.len(), 2, "{group}");
        for (name, org) in coordinators {
            let s = seat(&doc, b, name);
            assert_eq!(s.role, Role::Coordinator, "{name} in {group}");
            assert_eq!(
                org_name(&doc, s.represents.as_ref()),
                org,
                "{name} in {group}"
            );
        }
        let has_link = |from: &samverkan::model::BodyId, to: &samverkan::model::BodyId, kind| {
            doc.links
                .iter()
                .any(|l| &l.from == from && &l.to == to && l.kind == kind)
        };
        assert!(
            has_link(bg, &b.id, LinkKind::Appoints),
            "BG appoints {group}"
        );
        assert!(
            has_link(&b.id, bg, LinkKind::ReportsTo),
            "{group} reports to BG"
        );
    }
    assert_eq!(
        person(&doc, "Mattias Hallberg").title,
        "personligt ombud Värmland"
    );
}

#[test]
fn rkph_has_two_koordinators_and_is_steered_by_bg() {
    let doc = sample();
    let rkph = body(&doc, "Regional koordinering psykisk hälsa");
    assert_eq!(rkph.short_name, "RKPH");
    assert_eq!(rkph.kind, BodyKind::CoordinationGroup);
    let alm = seat(&doc, rkph, "Sophia Alm");
    assert_eq!(alm.role, Role::Koordinator);
    assert_eq!(
        org_name(&doc, alm.represents.as_ref()),
        Some("Karlstads kommun")
    );
    let johansson = seat(&doc, rkph, "Anna-Carin Johansson");
    assert_eq!(johansson.role, Role::Koordinator);
    assert_eq!(
        org_name(&doc, johansson.represents.as_ref()),
        Some("Region Värmland")
    );
    let bg = &body(&doc, "Beredningsgruppen").id;
    for kind in [LinkKind::Appoints, LinkKind::Steers] {
        assert!(
            doc.links
                .iter()
                .any(|l| &l.from == bg && l.to == rkph.id && l.kind == kind),
            "BG {kind:?} RKPH"
        );
    }
    assert!(
        doc.links
            .iter()
            .any(|l| l.from == rkph.id && &l.to == bg && l.kind == LinkKind::ReportsTo),
        "RKPH reports to BG"
    );
}

#[test]
fn other_groups_and_their_coordinators() {
    let doc = sample();
    let nara = body(&doc, "Samordningsgrupp Nära vård");
    assert_eq!(seat(&doc, nara, "Linnea Grankvist").role, Role::Coordinator);
    assert_eq!(
        seat(&doc, nara, "Kristin Törnqvist").role,
        Role::Coordinator
    );
    let utskrivning = body(
        &doc,
        "Samordningsgrupp för samverkan vid utskrivning från slutenvård",
    );
    assert_eq!(
        seat(&doc, utskrivning, "Birgit Häger").role,
        Role::Coordinator
    );
    let um = body(&doc, "Samordningsgrupp ungdomsmottagningar");
    assert_eq!(seat(&doc, um, "Carina Mäkinen").role, Role::Coordinator);
    for name in ["Linnea Grankvist", "Birgit Häger", "Carina Mäkinen"] {
        let p = person(&doc, name);
        assert_eq!(p.title, "utvecklingsledare Nya Perspektiv", "{name}");
        assert_eq!(
            org_name(&doc, p.organisation.as_ref()),
            Some("Region Värmland"),
            "{name}"
        );
    }
}

#[test]
fn the_councils_and_the_chain_of_reporting() {
    let doc = sample();
    let vr = body(&doc, "Värmlandsrådet");
    let or = body(&doc, "Ordföranderådet");
    let psg = body(&doc, "Politisk styrgrupp Nya Perspektiv");
    let bg = body(&doc, "Beredningsgruppen");
    assert_eq!((vr.short_name.as_str(), vr.kind), ("VR", BodyKind::Council));
    assert_eq!(
        (or.short_name.as_str(), or.kind),
        ("OR", BodyKind::ChairCouncil)
    );
    let has = |from: &Body, to: &Body, kind: LinkKind| {
        doc.links
            .iter()
            .any(|l| l.from == from.id && l.to == to.id && l.kind == kind)
    };
    assert!(has(vr, psg, LinkKind::Appoints));
    assert!(has(vr, psg, LinkKind::HomeOf));
    // Bilaga 4 calls OR Värmlandsrådets ordföranderåd but states no line between them.
    assert!(!has(or, vr, LinkKind::ReportsTo));
    assert!(has(psg, vr, LinkKind::ReportsTo));
    assert!(has(psg, bg, LinkKind::Steers));
    assert!(has(bg, psg, LinkKind::ReportsTo));
    assert!(
        !has(vr, psg, LinkKind::ReportsTo),
        "reporting goes upwards only"
    );
}

#[test]
fn the_twenty_four_goals_of_bilaga_1() {
    let doc = sample();
    assert_eq!(doc.goals.len(), 24);
    let per_area = |area: &str| doc.goals.iter().filter(|g| g.area == area).count();
    assert_eq!(per_area("En god och jämlik hälsa"), 11);
    assert_eq!(
        per_area("God kvalitet genom elev-, brukar- och patientupplevelser"),
        9
    );
    assert_eq!(per_area("Hållbart och uthålligt"), 4);
    for g in &doc.goals {
        assert_eq!(g.baseline_year, Some(2017), "{}", g.text);
        assert_eq!(g.target_year, Some(2022), "{}", g.text);
        assert!(
            g.target_change.is_some() || !g.target_note.is_empty() || g.text.contains("självmord"),
            "{} has a target",
            g.text
        );
    }
    let goal = |start: &str| {
        doc.goals
            .iter()
            .find(|g| g.text.starts_with(start))
            .unwrap_or_else(|| panic!("goal {start}"))
    };
    let falls = goal("Minska antalet äldre (80+)");
    assert_eq!(falls.direction, Direction::Decrease);
    assert_eq!(falls.target_change, Some(1000.0));
    assert_eq!(falls.unit, "per 100 000 invånare");
    let newcomers = goal("Fler nyanlända i arbete");
    assert_eq!(newcomers.direction, Direction::Increase);
    assert_eq!(newcomers.target_change, Some(7.0));
    assert_eq!(newcomers.unit, "procentenheter");
    let suicide = goal("Antal självmord");
    assert_eq!(suicide.direction, Direction::Decrease);
    assert_eq!(suicide.target_change, None);
    let life = goal("Medellivslängden");
    assert_eq!(life.direction, Direction::Increase);
    assert_eq!(life.target_note, "skillnader mellan grupper ska minska");
}

#[test]
fn bilaga_4_has_a_beredningsgrupp_meeting_every_month_but_july() {
    let doc = sample();
    assert_eq!(doc.cycle.start_month, 8);
    let bg = &body(&doc, "Beredningsgruppen").id;
    for month in (1..=12).filter(|m| *m != 7) {
        assert!(
            doc.cycle
                .activities
                .iter()
                .any(|a| &a.body == bg && a.is_meeting && a.when == Recurrence::Month(month)),
            "BG meets in month {month}"
        );
    }
    assert!(
        !doc.cycle.activities.iter().any(|a| a.when.month() == 7),
        "nothing happens in July"
    );
    let psg = &body(&doc, "Politisk styrgrupp Nya Perspektiv").id;
    let mut psg_meetings: Vec<u8> = doc
        .cycle
        .activities
        .iter()
        .filter(|a| &a.body == psg && a.is_meeting)
        .map(|a| a.when.month())
        .collect();
    psg_meetings.sort_unstable();
    assert_eq!(
        psg_meetings,
        [3, 8, 10],
        "Möte politisk styrgrupp in Aug, Oct, Mar"
    );
    assert!(
        doc.cycle.activities.iter().any(|a| &a.body == bg
            && a.when == Recurrence::Month(9)
            && a.title.contains("aktualitetskonferens")),
        "the aktualitetskonferens in September"
    );
    assert!(
        doc.cycle.activities.iter().any(|a| &a.body == bg
            && a.when == Recurrence::Month(12)
            && a.description.contains("återrapportering")),
        "the report-back in December"
    );
}

#[test]
fn the_dated_meetings_of_2022() {
    let doc = sample();
    let expected = [
        ("2022-08-26", "OR"),
        ("2022-09-23", "VR"),
        ("2022-10-21", "OR"),
        ("2022-11-25", "VR"),
    ];
    for (date, body_label) in expected {
        let date: NaiveDate = date.parse().expect("date");
        let meeting = doc
            .meetings
            .iter()
            .find(|m| m.date == date)
            .unwrap_or_else(|| panic!("a meeting on {date}"));
        let labels: Vec<&str> = meeting
            .bodies
            .iter()
            .filter_map(|b| doc.body(b))
            .map(Body::label)
            .collect();
        assert_eq!(labels, [body_label], "{date}");
        assert_eq!(meeting.status, MeetingStatus::Held, "{date}");
    }
}

#[test]
fn one_record_per_person() {
    let doc = sample();
    let kristin = person(&doc, "Kristin Törnqvist");
    let bodies: Vec<&str> = doc
        .bodies
        .iter()
        .filter(|b| {
            b.memberships
                .iter()
                .any(|m| m.person.as_ref() == Some(&kristin.id))
        })
        .map(|b| b.name.as_str())
        .collect();
    assert_eq!(bodies, ["Beredningsgruppen", "Samordningsgrupp Nära vård"]);
    let mut names: Vec<&str> = doc.people.iter().map(|p| p.name.as_str()).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(names.len(), before, "no person appears twice");
}

/// The 16 municipalities, the region and the county board carry their official codes.
#[test]
fn organisations_carry_their_official_codes() {
    let doc = sample();
    let code = |name: &str| {
        doc.organisations
            .iter()
            .find(|o| o.name == name)
            .and_then(|o| o.code.clone())
            .unwrap_or_else(|| panic!("{name} has a code"))
    };
    assert_eq!(code("Karlstads kommun"), "1780");
    assert_eq!(code("Arvika kommun"), "1784");
    assert_eq!(code("Årjängs kommun"), "1765");
    assert_eq!(code("Region Värmland"), "0017");
    assert_eq!(code("Länsstyrelsen Värmland"), "17");
    for o in doc
        .organisations
        .iter()
        .filter(|o| o.kind == OrganisationKind::Municipality)
    {
        let c = o.code.as_deref().unwrap_or_default();
        let m = samverkan::model::county::municipality(c);
        assert_eq!(
            m.map(|m| m.official_name),
            Some(o.name.as_str()),
            "{}",
            o.name
        );
    }
}

/// Every indicator has values for 2017–2025 for the 16 municipalities and the county, and
/// every one of them is marked as an example, not real statistics. They are exactly what
/// `add_example_values` gives, so they can be made again. To write them into the sample
/// after changing the goals: `SAMVERKAN_WRITE_SAMPLE=1 cargo test --test sample`.
#[test]
fn the_samples_indicator_values_are_marked_examples_and_can_be_made_again() {
    use samverkan::generate::example_values::{EXAMPLE_SOURCE, EXAMPLE_YEARS, add_example_values};
    let doc = sample();
    let mut again = doc.clone();
    add_example_values(&mut again);
    if std::env::var_os("SAMVERKAN_WRITE_SAMPLE").is_some() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample.ron");
        std::fs::write(path, samverkan::io::to_string(&again)).unwrap();
        return;
    }
    assert_eq!(
        doc, again,
        "the sample's values are the generated example values"
    );
    let municipalities: Vec<_> = doc
        .organisations
        .iter()
        .filter(|o| o.kind == OrganisationKind::Municipality)
        .map(|o| o.id.clone())
        .collect();
    assert_eq!(municipalities.len(), 16);
    for indicator in doc.goals.iter().flat_map(|g| &g.indicators) {
        assert_eq!(indicator.source, EXAMPLE_SOURCE, "{}", indicator.name);
        for year in EXAMPLE_YEARS {
            for o in &municipalities {
                assert!(
                    indicator
                        .value(Some(o), year, samverkan::model::Gender::Total)
                        .is_some(),
                    "{} {o} {year}",
                    indicator.name
                );
            }
            assert!(
                indicator
                    .value(None, year, samverkan::model::Gender::Total)
                    .is_some(),
                "the county's {} in {year}",
                indicator.name
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// The sample, honest (issue 17, point 5): what it says about real people and bodies is what
// the source documents say, and everything else is marked as an example.
// ---------------------------------------------------------------------------------------

/// The source documents (`../shared/seeds/*.txt` beside the repository), one string each.
fn seed_texts() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let mut seeds: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the seeds are in {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p.file_name().unwrap().to_string_lossy().into_owned(), text)
        })
        .collect();
    seeds.sort();
    assert!(seeds.len() >= 5, "seeds 000–004 in {}", dir.display());
    seeds
}

/// A person the sample made up to show a feature says so in their record.
fn marked_example(p: &Person) -> bool {
    p.notes.contains("Påhittad exempelperson")
}

/// Does `title` stand beside `name` in `line`: after the name, before the next person's
/// name ("Petra Lundgren områdeschef vårdkvalitet, Kristin Törnqvist …"), or as the heading
/// of a list that the name belongs to, with only people of the same title before it
/// ("kommunalråden Åsa Hååkman Eriksson (S), Filipstads kommun, Johanna Söderberg (C) …")?
fn title_beside(line: &str, name: &str, title: &str, people: &[&Person]) -> bool {
    let lower = line.to_lowercase();
    let title = title.to_lowercase();
    let Some(at) = line.find(name) else {
        return false;
    };
    let mut names_at: Vec<(usize, &Person)> = people
        .iter()
        .flat_map(|p| {
            line.match_indices(p.name.as_str())
                .map(move |(i, _)| (i, *p))
        })
        .collect();
    names_at.sort_by_key(|(i, _)| *i);
    let after = at + name.len();
    let next = names_at
        .iter()
        .map(|(i, _)| *i)
        .find(|i| *i >= after)
        .unwrap_or(line.len());
    if lower.get(after..next).is_some_and(|s| s.contains(&title)) {
        return true;
    }
    // A heading: the title (or its plural, "kommunalråden") is followed directly by the
    // first name of the list, and everyone listed before this name has the same title.
    // Lower-casing keeps byte offsets here: the seeds' capitals are all two-byte or ASCII.
    let Some(t) = lower.get(..at).and_then(|s| s.rfind(&title)) else {
        return false;
    };
    let word_end = lower
        .get(t + title.len()..)
        .and_then(|rest| rest.find(|c: char| !c.is_alphanumeric()))
        .map_or(lower.len(), |n| t + title.len() + n);
    let listed: Vec<&(usize, &Person)> = names_at
        .iter()
        .filter(|(i, _)| *i > t && *i <= at)
        .collect();
    listed
        .first()
        .is_some_and(|(i, _)| lower.get(word_end..*i).is_some_and(|s| s.trim().is_empty()))
        && listed.iter().all(|(_, p)| p.title.to_lowercase() == title)
}

/// Every person in the sample is named in the sources, with the title and the party the
/// sources give them beside the name ("Fredrik Larsson (M) regionråd").
#[test]
fn every_name_title_and_party_in_the_sample_is_in_the_seeds() {
    let doc = sample();
    let seeds = seed_texts();
    let people: Vec<&Person> = doc.people.iter().collect();
    let mut wrong = Vec::new();
    for p in doc.people.iter().filter(|p| !marked_example(p)) {
        let lines: Vec<&str> = seeds
            .iter()
            .flat_map(|(_, text)| text.lines())
            .filter(|line| line.contains(p.name.as_str()))
            .collect();
        if lines.is_empty() {
            wrong.push(format!("{}: not in the seeds", p.name));
            continue;
        }
        if !p.title.is_empty()
            && !lines
                .iter()
                .any(|line| title_beside(line, &p.name, &p.title, &people))
        {
            wrong.push(format!(
                "{}: title {:?} not beside the name",
                p.name, p.title
            ));
        }
        match (&p.party, p.kind) {
            (Some(party), _) => {
                let written = format!("{} ({party})", p.name);
                if !lines.iter().any(|line| line.contains(&written)) {
                    wrong.push(format!("{}: party ({party}) not in the seeds", p.name));
                }
            }
            (None, PersonKind::Elected) => {
                wrong.push(format!(
                    "{}: elected without the party the seeds give",
                    p.name
                ));
            }
            (None, PersonKind::Official) => {}
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The people the sample's meetings name as free text (guests, presenters, attendance,
/// owners, secretaries, justerare) are named in the sources or marked as examples: no
/// invented analyst with a real-sounding name.
#[test]
fn named_participants_are_in_the_seeds_or_marked_examples() {
    use samverkan::model::Participant;
    let doc = sample();
    let seeds = seed_texts();
    let mut named: Vec<&Participant> = Vec::new();
    for b in &doc.bodies {
        named.extend(b.agenda_template.iter().flat_map(|t| &t.presenters));
    }
    for m in &doc.meetings {
        for item in &m.agenda {
            named.extend(item.presenters.iter().chain(&item.guests));
        }
        if let Some(min) = &m.minutes {
            named.extend(min.attendance.iter().map(|a| &a.who));
            named.extend(min.action_items.iter().filter_map(|a| a.owner.as_ref()));
            named.extend(min.secretary.iter());
            named.extend(min.sign_off.iter().flat_map(|s| &s.by));
        }
    }
    let unsupported: Vec<&str> = named
        .into_iter()
        .filter_map(|p| match p {
            Participant::Named(n) => Some(n.as_str()),
            Participant::Person(_) => None,
        })
        .filter(|n| !n.contains("exempel"))
        .filter(|n| !seeds.iter().any(|(_, text)| text.contains(n)))
        .collect();
    assert!(unsupported.is_empty(), "{unsupported:#?}");
}

/// The example meetings (the beredningsgrupp's from August 2026, the planned 2026/27
/// meetings) put no words, deeds, absences or figures on the real people of the sources:
/// they refer to no person record and mention no real person's name, whole or first.
#[test]
fn example_meetings_put_nothing_on_real_people() {
    let doc = sample();
    let first_day = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let mut found = Vec::new();
    for m in doc.meetings.iter().filter(|m| m.date >= first_day) {
        let text = ron::to_string(m).unwrap();
        if text.contains("Person(") {
            found.push(format!("{}: refers to a person record", m.id));
        }
        let words: Vec<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .collect();
        for p in doc.people.iter().filter(|p| !marked_example(p)) {
            let first = p.name.split(' ').next().unwrap_or_default();
            if text.contains(p.name.as_str()) || words.contains(&first) {
                found.push(format!("{}: mentions {}", m.id, p.name));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

fn has_link(doc: &Document, from: &str, to: &str) -> Vec<LinkKind> {
    let (from, to) = (&body(doc, from).id, &body(doc, to).id);
    doc.links
        .iter()
        .filter(|l| &l.from == from && &l.to == to)
        .map(|l| l.kind)
        .collect()
}

/// Links the text does not state are not drawn: the ordföranderåd is Värmlandsrådet's own
/// (no reporting line is given), and RSS supports the principals, not the beredningsgrupp.
#[test]
fn no_links_the_sources_do_not_state() {
    let doc = sample();
    assert_eq!(has_link(&doc, "Ordföranderådet", "Värmlandsrådet"), []);
    let fou = &body(&doc, "FoU Välfärd Värmland").id;
    assert!(
        !doc.links.iter().any(|l| &l.from == fou || &l.to == fou),
        "the seed draws no line from or to FoU Välfärd Värmland"
    );
}

/// Seed 002 names the 24 January and 7 March meetings as the strategy review's own årshjul
/// meetings ("Årshjulsmöten"), beside the existing forums, not as Värmlandsrådet's.
#[test]
fn the_strategy_reviews_arshjul_meetings_are_its_own() {
    let doc = sample();
    let arshjul = body(&doc, "Värmlandsstrategins årshjulsmöten");
    for (date, title) in [
        ("2025-01-24", "arbetsmöte"),
        ("2025-03-07", "riktningsmöte"),
    ] {
        let date: NaiveDate = date.parse().expect("date");
        let m = doc
            .meetings
            .iter()
            .find(|m| m.date == date)
            .unwrap_or_else(|| panic!("a meeting on {date}"));
        assert_eq!(m.bodies, std::slice::from_ref(&arshjul.id), "{date}");
        assert!(m.title.to_lowercase().contains(title), "{}", m.title);
    }
}

/// Bilaga 4: "Planeringsgrupp påbörjar arbetet med nästa seminarium" is the planning
/// group's activity, even though the table lists it in the beredningsgrupp's column.
#[test]
fn the_planning_group_starts_the_seminar_planning() {
    let doc = sample();
    let planning = body(&doc, "Planeringsgrupp för seminariet");
    let activity = doc
        .cycle
        .activities
        .iter()
        .find(|a| a.title.starts_with("Planeringsgrupp påbörjar"))
        .expect("the activity");
    assert_eq!(activity.body, planning.id);
    assert_eq!(activity.when, Recurrence::Month(9));
}

/// Seed 003 says the coordination group for utskrivning is to propose a county-wide
/// agreement for planned orthopaedic operations: a matter in preparation, not an agreement
/// between the parties.
#[test]
fn the_orthopaedic_agreement_is_only_to_be_proposed() {
    use samverkan::model::{MatterStatus, Origin};
    let doc = sample();
    assert!(
        !doc.agreements
            .iter()
            .any(|a| a.title.to_lowercase().contains("ortopedi")),
        "not among the agreements in force"
    );
    let matter = doc
        .matters
        .iter()
        .find(|m| m.title.to_lowercase().contains("ortopedi"))
        .expect("a matter for the proposal");
    assert_eq!(
        matter.origin,
        Origin::Body(
            body(
                &doc,
                "Samordningsgrupp för samverkan vid utskrivning från slutenvård"
            )
            .id
            .clone()
        )
    );
    assert_eq!(matter.status, MatterStatus::InPreparation);
}

/// Seed 002's existing forums and seed 003's Samhällsråd Värmland (Bilaga 2) are in the
/// sample, with no members the sources do not name and no links they do not state.
#[test]
fn the_forums_of_seed_002_and_bilaga_2() {
    let doc = sample();
    for name in [
        "Direktörsberedning",
        "Rådet för idéburen sektor",
        "Länsledning",
        "Samhällsråd Värmland",
        "Kultur- och bildningsforum",
        "Hälso- och sjukvårdsforum",
        "Värmlandsstrategins årshjulsmöten",
        "Regionala nätverk för suicidprevention",
        "Nätverket för myndighetssamverkan Våld i nära relationer",
    ] {
        let b = body(&doc, name);
        assert!(
            b.memberships.is_empty(),
            "{name}: the sources name no members"
        );
        assert!(
            !doc.links.iter().any(|l| l.from == b.id || l.to == b.id),
            "{name}: the sources state no links"
        );
    }
    let samhallsrad = body(&doc, "Samhällsråd Värmland");
    for org in [
        "Länsstyrelsen Värmland",
        "Polismyndigheten",
        "Region Värmland",
    ] {
        assert!(samhallsrad.description.contains(org), "{org}");
    }
    // "det gemensamma Kultur- och bildnings- samt hälso- och sjukvårdsforumet den 7 mars
    // 2024" gave the assignment behind the kraftsamling: a joint meeting of the two forums.
    let joint = doc
        .meetings
        .iter()
        .find(|m| m.date == NaiveDate::from_ymd_opt(2024, 3, 7).expect("date"))
        .expect("the forums' joint meeting of 7 March 2024");
    assert_eq!(
        joint.bodies,
        [
            body(&doc, "Kultur- och bildningsforum").id.clone(),
            body(&doc, "Hälso- och sjukvårdsforum").id.clone()
        ]
    );
}

/// The strategies and plans of Bilaga 2 and seed 002 are among the governing documents.
#[test]
fn the_documents_and_strategies_of_bilaga_2_and_seed_002() {
    let doc = sample();
    let titles: Vec<&str> = doc.documents.iter().map(|d| d.title.as_str()).collect();
    for title in [
        "Agenda 2030",
        "Strategi för hälsa (SKR)",
        "God och nära vård (SKR)",
        "Kraftsamling psykisk hälsa (SKR)",
        "Värmlandsstrategin 2040",
        "Region Värmlands folkhälsostrategiska plan 2022–2030",
        "Ett jämställt Värmland, länsstrategi för jämställdhetsintegrering 2018–2027",
        "Strategi ANDTS-förebyggande arbete i Värmland",
        "Handlingsplan kompetensförsörjning",
        "Trafikförsörjningsprogrammet",
        "Länstransportplan/Nationell transportplan",
        "Energi- och klimatstrategi",
        "Kulturplan",
        "Biblioteksplan",
        "Regionplan",
        "Kultur- och bildningsnämndens plan",
        "Färdplanen för god och nära vård, omsorg och hälsa",
    ] {
        assert!(titles.contains(&title), "{title} in {titles:#?}");
    }
}

/// The example year is one operating year, August 2026 to July 2027 (Bilaga 4 starts in
/// August): its meetings and report-backs fall in it, and when the beredningsgrupp reports
/// to the political steering group (August and October in Bilaga 4) the report is due on a
/// day the steering group meets, after the beredningsgrupp's own meeting that month.
#[test]
fn the_example_year_is_one_operating_year() {
    use samverkan::model::Assignee;
    let doc = sample();
    assert_eq!(doc.cycle.start_month, 8);
    let first = NaiveDate::from_ymd_opt(2026, 8, 1).expect("date");
    let last = NaiveDate::from_ymd_opt(2027, 7, 31).expect("date");
    let since_2026 = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    for m in doc.meetings.iter().filter(|m| m.date >= since_2026) {
        assert!((first..=last).contains(&m.date), "{} {}", m.id, m.date);
    }
    let psg = &body(&doc, "Politisk styrgrupp Nya Perspektiv").id;
    let bg = &body(&doc, "Beredningsgruppen").id;
    let meets = |body: &samverkan::model::BodyId, day: NaiveDate| {
        doc.meetings
            .iter()
            .any(|m| m.date == day && m.bodies.contains(body))
    };
    let mut from_bg = 0;
    for a in doc
        .assignments
        .iter()
        .filter(|a| a.due.is_some_and(|d| d >= since_2026))
    {
        let due = a.due.expect("due");
        assert!((first..=last).contains(&due), "{} due {due}", a.id);
        if a.report_to.as_ref() == Some(psg) && a.assignee == Assignee::Body(bg.clone()) {
            from_bg += 1;
            assert!(meets(psg, due), "{} is due on {due}, when PSG meets", a.id);
            let month_start = due.with_day(1).expect("day");
            assert!(
                doc.meetings
                    .iter()
                    .any(|m| m.bodies.contains(bg) && m.date >= month_start && m.date < due),
                "{}: the beredningsgrupp meets before it reports on {due}",
                a.id
            );
        }
    }
    assert_eq!(from_bg, 2, "August and October");
}
