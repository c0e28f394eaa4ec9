//! Synthetic documents for benchmarks and tests: `scale` regions' worth of organisations,
//! people, bodies, memberships, meetings with agendas and minutes, cycle entries and goals.
//! Deterministic: the same scale always gives the same document.

pub mod example_values;

use crate::model::{
    ActionItem, ActionItemId, Activity, ActivityId, AgendaItem, AgendaItemId, AgendaItemKind,
    Agreement, AgreementId, Assignee, Assignment, AssignmentId, AssignmentStatus, Block, Body,
    BodyId, BodyKind, BodyStatus, Cadence, Decision, Direction, Document, Gender, Goal, GoalId,
    Indicator, IndicatorId, IndicatorValue, ItemMinutes, Level, Link, LinkId, LinkKind, Matter,
    MatterId, MatterStatus, Meeting, MeetingId, MeetingStatus, Membership, MembershipId, Minutes,
    Missing, Organisation, OrganisationId, OrganisationKind, Origin, Participant, Person, PersonId,
    PersonKind, Recurrence, ReportBack, Role,
};
use chrono::{Datelike, Days, NaiveDate, NaiveTime, Weekday};

/// A small, fast, deterministic generator (`SplitMix64`); no dependency needed for test data.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub(crate) fn below(&mut self, n: usize) -> usize {
        // Modulo bias is irrelevant for test data.
        usize::try_from(self.next() % (n.max(1) as u64)).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const FIRST: [&str; 24] = [
    "Anna",
    "Åsa",
    "Björn",
    "Cecilia",
    "Daniel",
    "Eva-Lotta",
    "Fredrik",
    "Gunilla",
    "Håkan",
    "Ingela",
    "Johanna",
    "Karin",
    "Lars",
    "Märta",
    "Nils",
    "Örjan",
    "Per-Olof",
    "Rebecka",
    "Sofia",
    "Torbjörn",
    "Ulla",
    "Viktor",
    "Yvonne",
    "Zacharias",
];
const LAST: [&str; 20] = [
    "Andersson",
    "Bäckström",
    "Carlsson",
    "Dahlgren",
    "Ekström",
    "Fält",
    "Gustafsson",
    "Hååkman",
    "Isaksson",
    "Johansson",
    "Karlsson",
    "Lindqvist",
    "Mäkinen",
    "Nordenberg",
    "Öberg",
    "Persson",
    "Söderberg",
    "Törnqvist",
    "Wahlén",
    "Åström",
];
const PARTIES: [&str; 8] = ["S", "M", "C", "V", "KD", "L", "MP", "SD"];
const TITLES: [&str; 8] = [
    "kommunchef",
    "socialchef",
    "förvaltningschef",
    "verksamhetschef",
    "folkhälsostrateg",
    "utvecklingsledare",
    "områdeschef",
    "medicinskt ansvarig sjuksköterska",
];
const GROUPS: [(&str, BodyKind); 10] = [
    ("Barnalivet", BodyKind::CollaborationGroup),
    ("Ungdomslivet", BodyKind::CollaborationGroup),
    ("Vuxenlivet", BodyKind::CollaborationGroup),
    ("Äldrelivet", BodyKind::CollaborationGroup),
    ("Nära vård", BodyKind::CoordinationGroup),
    ("Psykisk hälsa", BodyKind::CoordinationGroup),
    ("Utskrivning från slutenvård", BodyKind::CoordinationGroup),
    ("Ungdomsmottagningar", BodyKind::CoordinationGroup),
    ("Suicidprevention", BodyKind::Network),
    ("Våld i nära relationer", BodyKind::Network),
];
const ITEMS: [(&str, AgendaItemKind); 8] = [
    ("Mötets öppnande", AgendaItemKind::Information),
    ("Föregående minnesanteckningar", AgendaItemKind::Decision),
    ("Aktuellt perspektiv – analys", AgendaItemKind::Discussion),
    ("Rapporter från samverkansgrupperna", AgendaItemKind::Report),
    (
        "Överenskommelse om \"utskrivning\" – revidering",
        AgendaItemKind::Decision,
    ),
    ("Dialog: invånarperspektivet", AgendaItemKind::Dialogue),
    ("Nästa möte", AgendaItemKind::Information),
    ("Driv och hinder", AgendaItemKind::Discussion),
];

/// Bodies per generated region.
pub const BODIES_PER_REGION: usize = 4 + GROUPS.len();

/// A document about `scale` times the size of one region.
pub fn generate(scale: u32) -> Document {
    let mut rng = Rng(0x5A3E_0000 ^ u64::from(scale));
    let mut doc = Document::new(&format!("Genererat dokument, skala {scale}"));
    doc.info.region = "Syntetisk".into();
    doc.info.description = "Skapat av `samverkan generate` för tester och mätningar.".into();
    doc.cycle.start_month = 8;
    let year_start = NaiveDate::from_ymd_opt(2026, 8, 1).unwrap_or_default();
    for r in 0..scale.max(1) {
        region(&mut doc, &mut rng, r, year_start);
    }
    doc
}

/// One region whose first body meets `meetings` times on the same morning, all its members
/// called to every meeting: the worst case for the double-booking check.
pub fn one_busy_day(meetings: usize) -> Document {
    let mut doc = generate(1);
    let Some(body) = doc.bodies.first_mut() else {
        return doc;
    };
    for seat in &mut body.memberships {
        seat.from = None;
        seat.to = None;
    }
    let body = body.id.clone();
    let day = NaiveDate::from_ymd_opt(2027, 3, 10).unwrap_or_default();
    for i in 0..meetings {
        let mut m = crate::model::Meeting::new(
            crate::model::MeetingId::new(format!("busy-{i}")),
            vec![body.clone()],
            day,
        );
        m.start = chrono::NaiveTime::from_hms_opt(9, 0, 0);
        m.end = chrono::NaiveTime::from_hms_opt(12, 0, 0);
        doc.meetings.push(m);
    }
    doc
}

/// How many matters each region follows.
const MATTERS: u32 = 5;

fn region(doc: &mut Document, rng: &mut Rng, r: u32, year_start: NaiveDate) {
    let pre = format!("r{r}");
    // Organisations: 16 municipalities, the region, the county board.
    let mut municipalities = Vec::new();
    for k in 0..16 {
        let id = OrganisationId::new(format!("{pre}-o{k}"));
        doc.organisations.push(Organisation {
            id: id.clone(),
            name: format!("{} kommun {r}", LAST[k % LAST.len()]),
            short_name: String::new(),
            kind: OrganisationKind::Municipality,
            code: None,
        });
        municipalities.push(id);
    }
    let region = OrganisationId::new(format!("{pre}-region"));
    doc.organisations.push(Organisation {
        id: region.clone(),
        name: format!("Region {r}"),
        short_name: format!("R{r}"),
        kind: OrganisationKind::Region,
        code: None,
    });
    doc.organisations.push(Organisation {
        id: OrganisationId::new(format!("{pre}-lst")),
        name: format!("Länsstyrelsen {r}"),
        short_name: String::new(),
        kind: OrganisationKind::CountyBoard,
        code: None,
    });

    // People: 60 a region, every fifth one elected.
    let mut people = Vec::new();
    for k in 0..60 {
        let elected = k % 5 == 0;
        let org = if k % 2 == 0 {
            region.clone()
        } else {
            rng.pick(&municipalities).clone()
        };
        let id = PersonId::new(format!("{pre}-p{k}"));
        doc.people.push(Person {
            id: id.clone(),
            name: format!("{} {}", rng.pick(&FIRST), rng.pick(&LAST)),
            kind: if elected {
                PersonKind::Elected
            } else {
                PersonKind::Official
            },
            party: elected.then(|| (*rng.pick(&PARTIES)).to_owned()),
            title: if elected {
                "kommunalråd".into()
            } else {
                (*rng.pick(&TITLES)).to_owned()
            },
            organisation: Some(org),
            email: Some(format!("person{k}.{pre}@example.se")),
            phone: None,
            notes: String::new(),
        });
        people.push((id, elected, k % 2 == 0));
    }

    // Bodies: council, chair council, steering group, preparation group, and the groups.
    let mut bodies: Vec<(BodyId, Level, Cadence)> = Vec::new();
    let top: [(&str, &str, BodyKind, Level, Cadence); 4] = [
        (
            "Länsrådet",
            "LR",
            BodyKind::Council,
            Level::Political,
            Cadence::TimesPerYear(4),
        ),
        (
            "Ordföranderådet",
            "OR",
            BodyKind::ChairCouncil,
            Level::Political,
            Cadence::TimesPerYear(4),
        ),
        (
            "Politisk styrgrupp",
            "PS",
            BodyKind::SteeringGroup,
            Level::Political,
            Cadence::TimesPerYear(4),
        ),
        (
            "Beredningsgrupp",
            "BG",
            BodyKind::PreparationGroup,
            Level::Officials,
            Cadence::Monthly,
        ),
    ];
    for (k, (name, short, kind, level, cadence)) in top.iter().enumerate() {
        bodies.push((BodyId::new(format!("{pre}-b{k}")), *level, *cadence));
        doc.bodies.push(body(
            &bodies[k].0,
            &format!("{name} {r}"),
            short,
            *kind,
            *level,
            *cadence,
        ));
    }
    for (k, (name, kind)) in GROUPS.iter().enumerate() {
        let id = BodyId::new(format!("{pre}-b{}", k + 4));
        let cadence = Cadence::TimesPerYear(6);
        doc.bodies.push(body(
            &id,
            &format!("{name} {r}"),
            "",
            *kind,
            Level::Officials,
            cadence,
        ));
        bodies.push((id, Level::Officials, cadence));
    }
    let prep = bodies[3].0.clone();
    let steering = bodies[2].0.clone();
    let council = bodies[0].0.clone();
    let link = |from: &BodyId, to: &BodyId, kind: LinkKind, doc: &mut Document| {
        let id = LinkId::new(format!("{pre}-l{}", doc.links.len()));
        doc.links.push(Link {
            id,
            from: from.clone(),
            to: to.clone(),
            kind,
            note: String::new(),
        });
    };
    link(&council, &steering, LinkKind::Appoints, doc);
    link(&bodies[1].0, &council, LinkKind::ReportsTo, doc);
    link(&steering, &council, LinkKind::ReportsTo, doc);
    link(&steering, &prep, LinkKind::Steers, doc);
    link(&prep, &steering, LinkKind::ReportsTo, doc);
    for (id, _, _) in &bodies[4..] {
        link(&prep, id, LinkKind::Appoints, doc);
        link(id, &prep, LinkKind::ReportsTo, doc);
    }

    // Memberships: elected people in political bodies, officials elsewhere.
    let mut seat = 0;
    for (b, (_, level, _)) in bodies.iter().enumerate() {
        let wanted = if b < 4 { 8 } else { 6 };
        let candidates: Vec<&(PersonId, bool, bool)> = people
            .iter()
            .filter(|(_, elected, _)| *elected == (*level == Level::Political))
            .collect();
        let body_index = doc.bodies.len() - bodies.len() + b;
        for k in 0..wanted {
            let (person, _, regional) = candidates[(b * 3 + k * 7) % candidates.len()];
            let role = match k {
                0 if b < 4 => Role::Chair,
                0 => Role::Coordinator,
                1 if b < 4 => Role::ViceChair,
                _ => Role::Member,
            };
            let vacant = rng.below(40) == 0;
            doc.bodies[body_index].memberships.push(Membership {
                id: MembershipId::new(format!("{pre}-ms{seat}")),
                person: (!vacant).then(|| person.clone()),
                role,
                represents: Some(if *regional {
                    region.clone()
                } else {
                    rng.pick(&municipalities).clone()
                }),
                from: Some(NaiveDate::from_ymd_opt(2023, 1, 1).unwrap_or_default()),
                to: Some(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap_or_default()),
                note: String::new(),
            });
            seat += 1;
        }
    }

    // Meetings for one operating year, by cadence, with agendas; the first half with minutes.
    let mut meeting_no = 0;
    for (body_id, _, cadence) in &bodies {
        let per_year = cadence.meetings_per_year().unwrap_or(4);
        for n in 0..per_year {
            let offset = u64::from(n) * 365 / u64::from(per_year) + rng.below(20) as u64;
            let mut date = year_start + Days::new(offset);
            while matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
                date = date + Days::new(1);
            }
            let start_hour = if rng.below(2) == 0 { 9 } else { 13 };
            let items: Vec<AgendaItem> = (0..5 + rng.below(4))
                .map(|i| {
                    let (title, kind) = ITEMS[i % ITEMS.len()];
                    AgendaItem {
                        id: AgendaItemId::new(format!("ai{i}")),
                        number: u32::try_from(i + 1).unwrap_or(1),
                        title: title.to_owned(),
                        kind,
                        presenters: vec![Participant::Person(rng.pick(&people).0.clone())],
                        duration: 10 + 5 * u32::try_from(rng.below(6)).unwrap_or(0),
                        description:
                            "Underlag skickas ut en vecka före mötet.\nFrågor till sammankallande."
                                .into(),
                        guests: Vec::new(),
                        sub_items: Vec::new(),
                        // Every meeting's third item handles one of the region's matters, so
                        // matters have trails across bodies.
                        matter: (i == 2)
                            .then(|| MatterId::new(format!("{pre}-e{}", meeting_no % MATTERS))),
                        report_backs: Vec::new(),
                    }
                })
                .collect();
            let held = date < NaiveDate::from_ymd_opt(2027, 2, 1).unwrap_or_default();
            let minutes = held.then(|| Minutes {
                attendance: Vec::new(),
                items: items
                    .iter()
                    .map(|it| {
                        let mut section = ItemMinutes::new(it.id.clone());
                        section.blocks.push(Block::Notes(format!(
                            "Punkten \"{}\" behandlades.",
                            it.title
                        )));
                        if it.kind == AgendaItemKind::Decision {
                            section.blocks.push(Block::Decision(
                                "Gruppen beslutade att lägga informationen till handlingarna."
                                    .into(),
                            ));
                            // Every other meeting's decision is to be followed up.
                            if meeting_no % 2 == 0 {
                                section.blocks.push(Block::Decision(Decision {
                                    text: "Gruppen gav samordnaren i uppdrag att återkomma.".into(),
                                    owner: Some(Participant::Person(rng.pick(&people).0.clone())),
                                    due: Some(date + Days::new(45)),
                                    done: meeting_no % 4 == 0,
                                }));
                            }
                        }
                        section
                    })
                    .collect(),
                action_items: vec![ActionItem {
                    id: ActionItemId::new(format!("{pre}-ac{meeting_no}")),
                    text: "Återkommer vid nästa möte".into(),
                    owner: Some(Participant::Person(rng.pick(&people).0.clone())),
                    due: Some(date + Days::new(30)),
                    item: None,
                    done: false,
                }],
                secretary: None,
                sign_off: None,
                history: Vec::new(),
            });
            doc.meetings.push(Meeting {
                id: MeetingId::new(format!("{pre}-m{meeting_no}")),
                bodies: vec![body_id.clone()],
                title: String::new(),
                date,
                last_day: None,
                start: NaiveTime::from_hms_opt(start_hour, 0, 0),
                end: NaiveTime::from_hms_opt(start_hour + 2, 0, 0),
                tentative_time: String::new(),
                place: "Regionens hus, sal Älven".into(),
                online: String::new(),
                status: if held {
                    MeetingStatus::Held
                } else {
                    MeetingStatus::Planned
                },
                reference: String::new(),
                agenda: items,
                minutes,
            });
            meeting_no += 1;
        }
    }

    // The annual cycle: each top body's months.
    for (b, (body_id, _, _)) in bodies.iter().take(4).enumerate() {
        for month in [8u8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6] {
            if (usize::from(month) + b) % 2 == 0 || b == 3 {
                doc.cycle.activities.push(Activity {
                    id: ActivityId::new(format!("{pre}-c{}", doc.cycle.activities.len())),
                    body: body_id.clone(),
                    title: format!("Möte ({month})"),
                    description: String::new(),
                    when: Recurrence::Month(month),
                    is_meeting: true,
                    report_back: None,
                });
            }
        }
    }

    // Goals with an indicator and values for every municipality and the region, every year
    // (a few missing, as real statistics are), as Aktuellt perspektiv follows them.
    let followers: Vec<OrganisationId> = municipalities
        .iter()
        .chain(std::iter::once(&region))
        .cloned()
        .collect();
    for g in 0..24 {
        let mut values = Vec::new();
        for o in &followers {
            for year in 2017..2025 {
                let value = if rng.below(20) == 0 {
                    IndicatorValue::missing(
                        year,
                        Some(o.clone()),
                        Gender::Total,
                        Missing::NotReported,
                    )
                } else {
                    let amount = f64::from(u32::try_from(rng.below(1000)).unwrap_or(0)) / 10.0;
                    IndicatorValue::number(year, Some(o.clone()), Gender::Total, amount)
                };
                values.push(value);
            }
        }
        doc.goals.push(Goal {
            id: GoalId::new(format!("{pre}-g{g}")),
            area: [
                "En god och jämlik hälsa",
                "God kvalitet",
                "Hållbart och uthålligt",
            ][g % 3]
                .into(),
            text: format!("Mål {g}: fler invånare ska uppleva god hälsa"),
            direction: if g % 2 == 0 {
                Direction::Increase
            } else {
                Direction::Decrease
            },
            target_change: Some(2.0),
            unit: "procentenheter".into(),
            target_note: String::new(),
            baseline_year: Some(2017),
            target_year: Some(2026),
            indicators: vec![Indicator {
                id: IndicatorId::new(format!("{pre}-i{g}")),
                name: format!("Indikator {g}"),
                source: "Genererade värden".into(),
                kolada: Some(format!("N{:05}", g * 17)),
                values,
            }],
            followed_by: Vec::new(),
            targets: Vec::new(),
            analyses: Vec::new(),
        });
    }

    // The groups report to the beredningsgrupp every December, as the cycle says.
    let report_back = ActivityId::new(format!("{pre}-c-rapport"));
    doc.cycle.activities.push(Activity {
        id: report_back.clone(),
        body: prep.clone(),
        title: "Gruppernas återrapportering".into(),
        description: String::new(),
        when: Recurrence::Month(12),
        is_meeting: false,
        report_back: Some(ReportBack {
            from: bodies.iter().skip(4).map(|(b, _, _)| b.clone()).collect(),
            from_kind: None,
            to: prep.clone(),
        }),
    });
    for m in 0..MATTERS {
        doc.matters.push(Matter {
            id: MatterId::new(format!("{pre}-e{m}")),
            title: format!("Ärende {m}: gemensam rutin"),
            description: String::new(),
            origin: Origin::Body(prep.clone()),
            owner: Some(rng.pick(&people).0.clone()),
            status: MatterStatus::InPreparation,
            opened: Some(year_start),
        });
    }
    // The beredningsgrupp's first December meeting takes the report-backs up.
    let assignments: Vec<AssignmentId> = bodies
        .iter()
        .enumerate()
        .skip(4)
        .map(|(k, _)| AssignmentId::new(format!("{pre}-u{k}")))
        .collect();
    if let Some(m) = doc
        .meetings
        .iter_mut()
        .filter(|m| m.bodies.contains(&prep) && m.date.month() == 12)
        .min_by_key(|m| m.date)
        && let Some(item) = m.agenda.get_mut(1)
    {
        item.report_backs.clone_from(&assignments);
    }

    for (k, (body_id, _, _)) in bodies.iter().enumerate().skip(4) {
        doc.assignments.push(Assignment {
            id: AssignmentId::new(format!("{pre}-u{k}")),
            title: "Återrapportering för året".into(),
            description: String::new(),
            given_by: prep.clone(),
            assignee: Assignee::Body(body_id.clone()),
            given: Some(year_start),
            due: Some(NaiveDate::from_ymd_opt(2026, 12, 15).unwrap_or_default()),
            report_to: Some(prep.clone()),
            status: AssignmentStatus::InProgress,
            activity: Some(report_back.clone()),
        });
    }
    let mut parties = municipalities.clone();
    parties.push(region.clone());
    doc.agreements.push(Agreement {
        id: AgreementId::new(format!("{pre}-a0")),
        title: "Överenskommelse om samverkan vid utskrivning från slutenvård".into(),
        description: String::new(),
        parties,
        signed: NaiveDate::from_ymd_opt(2023, 3, 1),
        review: NaiveDate::from_ymd_opt(2027, 3, 1),
        responsible: Some(prep.clone()),
    });
}

fn body(
    id: &BodyId,
    name: &str,
    short: &str,
    kind: BodyKind,
    level: Level,
    cadence: Cadence,
) -> Body {
    Body {
        id: id.clone(),
        name: name.to_owned(),
        short_name: short.to_owned(),
        kind,
        level,
        description: String::new(),
        mandate: vec!["Initiera, bevaka och sortera strategiska samverkansfrågor.".into()],
        cadence,
        composition: Vec::new(),
        status: BodyStatus::Active,
        established: None,
        ended: None,
        memberships: Vec::new(),
        agenda_template: Vec::new(),
        numbers_paragraphs: false,
        letterhead: crate::model::Letterhead::default(),
    }
}
