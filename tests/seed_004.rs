//! Seed 004, real minutes of Region Örebro län's chefsgrupp folkhälsa (4 November 2021),
//! entered as they are written: the letterhead, Närvarande with roles and guests for their
//! items, numbers that skip (8 → 12), several presenters, notes, questions and decisions in
//! the order they came, the sub-items of "Rapporter", the proposed dates of next year with
//! the joint and the two-day meeting. The exported minutes must read like the original.
//! (The text is the seed's own, as a public body published it.)

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use chrono::{NaiveDate, NaiveTime};
use common::pdftotext;
use samverkan::export::ics::calendar;
use samverkan::export::{MeetingDoc, TextFormat, meeting_document};
use samverkan::i18n::Lang;
use samverkan::model::minutes_flow;
use samverkan::model::*;

mod common;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const PEOPLE: [(&str, &str, &str, Role); 13] = [
    (
        "ia",
        "Ingmar Ångman",
        "områdeschef välfärd och folkhälsa",
        Role::Chair,
    ),
    (
        "aj",
        "Anna Jakobsson",
        "chef staben för hållbar utveckling",
        Role::Member,
    ),
    (
        "kl",
        "Katrin Larsson",
        "hållbarhetschef Örebro kommun",
        Role::Member,
    ),
    (
        "akj",
        "Annika Karlsson Juliusen",
        "folkhälsochef södra länsdelen",
        Role::Member,
    ),
    (
        "cl",
        "Cecilia Ljung",
        "folkhälsochef västra länsdelen",
        Role::Member,
    ),
    (
        "mj",
        "Margareta Johansson",
        "folkhälsochef RF SISU Örebro län",
        Role::Member,
    ),
    (
        "kls",
        "Kristin Lundström",
        "folkhälsokommunikatör ÖLBF",
        Role::Member,
    ),
    (
        "ib",
        "Ida Broman",
        "folkhälsochef norra Örebro län",
        Role::Member,
    ),
    (
        "lh",
        "Linnea Hedkvist",
        "utvecklingsledare välfärd och folkhälsa",
        Role::Member,
    ),
    // Guests for one item each, not members.
    (
        "jbh",
        "Johanna Bernström Höglom",
        "processledare lokalt suicidpreventivt arbete Örebro kommun",
        Role::Expert,
    ),
    (
        "js",
        "Jan Sundelius",
        "utvecklingsledare nära vård",
        Role::Expert,
    ),
    (
        "jh",
        "Johanna Häll",
        "utvecklingsledare välfärd och folkhälsa",
        Role::Expert,
    ),
    ("x", "", "", Role::Expert),
];

fn p(id: &str) -> Participant {
    Participant::Person(PersonId::new(id))
}

fn item(n: u32, title: &str, kind: AgendaItemKind, presenters: &[&str]) -> AgendaItem {
    AgendaItem {
        id: AgendaItemId::new(format!("ai{n}")),
        number: n,
        title: title.into(),
        kind,
        presenters: presenters.iter().map(|id| p(id)).collect(),
        duration: 0,
        description: String::new(),
        guests: Vec::new(),
        sub_items: Vec::new(),
        matter: None,
        report_backs: Vec::new(),
    }
}

fn notes(s: &str) -> Block {
    Block::Notes(s.into())
}

fn section(n: u32, blocks: Vec<Block>) -> ItemMinutes {
    ItemMinutes {
        blocks,
        ..ItemMinutes::new(AgendaItemId::new(format!("ai{n}")))
    }
}

/// The document with the chefsgrupp, its people, the meeting of 4 November 2021 and the
/// proposed meetings of 2022.
fn seed_004() -> Document {
    let mut doc = Document::new("Välfärd och folkhälsa – Region Örebro län");
    doc.info.region = "Örebro län".into();
    for (id, name, title, _) in PEOPLE.iter().filter(|p| !p.1.is_empty()) {
        doc.people.push(Person {
            id: PersonId::new(*id),
            name: (*name).into(),
            kind: PersonKind::Official,
            party: None,
            title: (*title).into(),
            organisation: None,
            email: None,
            phone: None,
            notes: String::new(),
        });
    }
    let mut body = Body::new(BodyId::new("cgf"), "Chefsgrupp folkhälsa");
    body.short_name = "CGF".into();
    body.letterhead = Letterhead {
        unit: "Välfärd och folkhälsa".into(),
        address: "Postadress: Region Örebro län, Regional utveckling, Box 1613, 701 16 Örebro\nE-post: regionen@regionorebrolan.se\nBesöksadress: Eklundavägen 1, Örebro · Tel: 019-602 70 00\nOrganisationsnummer: 232100-0164".into(),
        guests_with_present: true,
    };
    for (i, (id, _, _, role)) in PEOPLE.iter().take(9).enumerate() {
        body.memberships.push(Membership {
            id: MembershipId::new(format!("ms{i}")),
            person: Some(PersonId::new(*id)),
            role: *role,
            represents: None,
            from: None,
            to: None,
            note: String::new(),
        });
    }
    doc.bodies.push(body);
    doc.bodies.push(Body::new(
        BodyId::new("cgsv"),
        "Chefsgrupp social välfärd samt vård och omsorg",
    ));
    doc.meetings.push(meeting());
    // "Förslag mötestider 2022 … Beslut tas vid nästa chefsgruppmöte den 8 december".
    let proposed: [(u32, u32, Option<u32>, &str, bool); 8] = [
        (1, 27, None, "fm eller em", false),
        (3, 11, None, "", true),
        (4, 21, None, "fm", false),
        (6, 16, None, "fm eller em", false),
        (8, 25, None, "fm eller em", false),
        (10, 27, None, "fm eller em", false),
        (12, 1, Some(2), "internat?", false),
        (12, 16, None, "", false),
    ];
    for (m, d, last, when, joint) in proposed {
        let mut bodies = vec![BodyId::new("cgf")];
        if joint {
            bodies.push(BodyId::new("cgsv"));
        }
        let mut x = Meeting::new(
            MeetingId::new(format!("m-2022-{m:02}-{d:02}")),
            bodies,
            day(2022, m, d),
        );
        x.status = MeetingStatus::Proposed;
        x.last_day = last.map(|l| day(2022, m, l));
        x.tentative_time = when.into();
        if (m, d) == (12, 16) {
            x.title = "Uppföljningsdag".into();
        }
        doc.meetings.push(x);
    }
    doc
}

fn meeting() -> Meeting {
    let mut m = Meeting::new(
        MeetingId::new("m-2021-11-04"),
        vec![BodyId::new("cgf")],
        day(2021, 11, 4),
    );
    m.status = MeetingStatus::Held;
    m.start = NaiveTime::from_hms_opt(9, 0, 0);
    m.end = NaiveTime::from_hms_opt(12, 0, 0);
    let mut reports = item(7, "Rapporter", AgendaItemKind::Report, &["lh"]);
    reports.sub_items = vec![
        "Healthy Cities Sverige".into(),
        "Pågående ansökningar".into(),
        "Från protokoll".into(),
        "Från arbetsgrupper".into(),
        "Cherries ny utlysning".into(),
    ];
    m.agenda = vec![
        item(
            1,
            "Föregående minnesanteckningar",
            AgendaItemKind::Review,
            &[],
        ),
        item(
            2,
            "Processtöd suicidprevention",
            AgendaItemKind::Information,
            &["jbh"],
        ),
        item(
            3,
            "Främjande och förebyggande arbete inom Strategi för hälsa/psykisk hälsa/nära vård",
            AgendaItemKind::Decision,
            &["ia", "js", "jh"],
        ),
        item(
            4,
            "Inför mötet med specifika samverkansrådet för folkhälsa den 19 november",
            AgendaItemKind::Discussion,
            &["aj", "ia"],
        ),
        item(
            5,
            "Uppföljningsdag 17 december 2021",
            AgendaItemKind::Decision,
            &["lh"],
        ),
        item(
            6,
            "Kvalitativt arbete med Liv & hälsa ung",
            AgendaItemKind::Discussion,
            &["aj"],
        ),
        reports,
        item(
            8,
            "Förslag mötestider 2022",
            AgendaItemKind::Information,
            &[],
        ),
        item(
            12,
            "Driv och hinder under dagens möte",
            AgendaItemKind::Evaluation,
            &[],
        ),
    ];
    let present = ["ia", "aj", "kl", "akj", "cl", "mj", "kls", "ib", "lh"];
    let mut attendance: Vec<Attendance> = present
        .iter()
        .map(|id| Attendance {
            who: p(id),
            presence: Presence::Present,
            items: vec![],
            note: String::new(),
        })
        .collect();
    for (id, n) in [("jbh", 2), ("js", 3), ("jh", 3)] {
        attendance.push(Attendance {
            who: p(id),
            presence: Presence::Guest,
            items: vec![AgendaItemId::new(format!("ai{n}"))],
            note: String::new(),
        });
    }
    let items = vec![
        section(1, vec![notes("Anteckningarna från mötet 2021-08-26 lades till handlingarna.")]),
        section(2, vec![
            notes("Johanna Bernström Höglom, processledare för lokalt suicidpreventivt arbete, informerade om det uppdrag hon nyss påbörjat. Johanna är anställd av Örebro kommun. Johanna kommer också att samordna MHFA länsövergripande."),
            Block::Questions("Inkluderas det civila samhället i uppdraget? Arbetet kommer att inledas med kommunerna men det civila samhällets arbete är viktigt.".into()),
            notes("Johanna hänvisade också till det brev som tidigare skickats till chefsgruppen med beskrivning av processledarens uppdrag."),
        ]),
        section(3, vec![
            notes("Ingmar inledde med att prata kring perspektiven hälsofrämjande och förebyggande som viktiga delar av arbetet med omställningen till god och nära vård, psykisk hälsa och Strategi för hälsa."),
            notes("Jan Sundelius redovisade bakgrund och slutförslag till målbild för Nära vård."),
            notes("Johanna Häll presenterade förslag till ny organisation för samverkan i arbetet med omställningen till Nära vård, psykisk hälsa samt Strategi för hälsa."),
            notes("Johanna avser att återkomma till chefsgruppen vid nästa möte i december för fortsatta diskussioner."),
            Block::Decision("Chefsgruppen beslutade att ställa sig bakom utkastet till förslag och är positiva till att arbetet drivs vidare.".into()),
            notes("De bilder som visades finns i Projify."),
            notes("Ingmar redovisade den idébeskrivning som funnits tillgänglig i Projify.\n\nFörslaget, som sker med stöd av nationella medel för Nära vård, innebär ett arbete med tre faser:\n- Fas 1 innebär en förstudie under ett år.\n- Fas 2 innebär projektarbete under ett år.\n- Fas 3 som omfattar spridning och implementering ingår ej i projektiden."),
            Block::Questions("Innebär projektet en länsövergripande kartläggning? Ja.\n\nTidplanen måste justeras.".into()),
            Block::Decision("Chefsgruppen beslutade att ställa sig bakom idébeskrivningen och var positiva till att arbetet med att realisera den går vidare.".into()),
        ]),
        section(4, vec![
            notes("Anna J och Ingmar informerade om att önskemål finns från specifika samverkansrådet om tema \"Närmiljöer och trygghetsskapande arbete\" vid mötet den 19 november."),
            notes("Diskussionen gav följande synpunkter:\n- Viktigt att betona sociala frågor och inte enbart brott och skjutningar\n- Trygghet och brottslighet är en maskulinitets- och genusfråga"),
            notes("Anna och Ingmar tackade för inspelen och tar med dessa i planering av temat vid specifika samverkansrådets kommande möte."),
        ]),
        section(5, vec![
            notes("Linnea informerade från arbetsgruppens arbete med programmet för uppföljningsdagen. Ett preliminärt program redovisades, se bilder i Projify."),
            Block::Questions("Kommer det att finnas tid för reflektion kring samverkan och överenskommelser? Detta tas med till arbetsgruppen.".into()),
            Block::Decision("Chefsgruppen beslutade att ställa sig positiva till inriktningen på Uppföljningsdagen 2021".into()),
        ]),
        section(6, vec![
            notes("Anna informerade om att det vid redovisning av resultat från Liv & hälsa ung-undersökningarna, återkommande ställs frågor från politiker och tjänstepersoner om varför svaren ser ut som de gör."),
            notes("Anna betonade att arbetet är under utveckling och uppmanade chefsgruppen att återkoppla tankar från folkhälsoteamen till henne."),
        ]),
        section(7, vec![
            Block::Heading("Healthy Cities Sverige".into()),
            notes("Linnea informerade om att regionstyrelsen vid möte den 31 augusti beslutade att ansöka om medlemskap i WHO-nätverket Healthy Cities Sverige."),
            Block::Heading("Pågående ansökningar".into()),
            notes("RF SISU: Margareta rapporterade att de fått länsstyrelsemedel för att implementera kvinna till kvinna i ord verksamhet\n\nÖrebro kommun: Katrin rapporterade att Vinnova beviljat 4 miljoner kronor till projekt Den lekfulla staden."),
            Block::Heading("Från protokoll".into()),
            notes("Sammanställningen av protokoll från olika grupperingar inom den regionala samverkansstrukturen och regionens politiska organisation lades till handlingarna."),
            Block::Heading("Från arbetsgrupper".into()),
            notes("Arbetsgrupp kunskapslyft folkhälsa. En plats i arbetsgruppen är vakant. Cecilia fick uppdraget att utse person från västra länsdelen."),
            Block::Heading("Cherries ny utlysning".into()),
            notes("Ingmar informerade om den nya utlysningen av medel inom ramen för projekt Cherries."),
        ]),
        section(8, vec![
            notes("27 januari fm eller em\n11 mars (gemensamt med chefsgrupp social välfärd samt vård och omsorg)\n21 april fm\n16 juni fm eller em\n25 augusti fm eller em\n27 oktober fm eller em\n1–2 december internat?\n16 december uppföljningsdag"),
            notes("Beslut tas vid nästa chefsgruppmöte den 8 december"),
        ]),
        section(12, vec![
            notes("Driv:\n- Bra och innehållsrikt möte\n- Bra koppling till specifika rådet\n- Bra diskussion om nära vård"),
            notes("Hinder:\n- En person hade stundtals dålig uppkoppling"),
        ]),
    ];
    m.minutes = Some(Minutes {
        attendance,
        items,
        secretary: Some(p("lh")),
        ..Minutes::default()
    });
    m
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn in_order(text: &str, needles: &[&str]) {
    let mut from = 0;
    for n in needles {
        let at = text[from..].find(n).unwrap_or_else(|| {
            panic!("{n:?} missing or out of order after byte {from} in:\n{text}")
        });
        from += at + n.len();
    }
}

/// What the minutes must say, in the seed's order.
const READS: [&str; 24] = [
    // The letterhead's labels stand over their values, in three columns.
    "Tjänsteställe, handläggare Datum Beteckning Välfärd och folkhälsa, Linnea Hedkvist 2021-11-04 Mötesanteckningar",
    "Mötesanteckningar 4 november 2021",
    "Närvarande:",
    "Ingmar Ångman, områdeschef välfärd och folkhälsa, ordförande",
    "Katrin Larsson, hållbarhetschef Örebro kommun",
    "Johanna Bernström Höglom, processledare lokalt suicidpreventivt arbete Örebro kommun punkt 2",
    "Jan Sundelius, utvecklingsledare nära vård punkt 3",
    "1. Föregående minnesanteckningar",
    "lades till handlingarna.",
    "2. Processtöd suicidprevention",
    "Föredragande: Johanna Bernström Höglom",
    "Frågor/synpunkter: Inkluderas det civila samhället",
    "Johanna hänvisade också",
    "Föredragande: Ingmar Ångman, Jan Sundelius och Johanna Häll",
    "Chefsgruppen beslutade att ställa sig bakom utkastet",
    "De bilder som visades finns i Projify.",
    "Chefsgruppen beslutade att ställa sig bakom idébeskrivningen",
    "7. Rapporter",
    "Healthy Cities Sverige",
    "Pågående ansökningar",
    "Cherries ny utlysning",
    "8. Förslag mötestider 2022",
    "12. Driv och hinder under dagens möte",
    "Linnea Hedkvist, utvecklingsledare välfärd och folkhälsa",
];

#[test]
fn seed_004s_minutes_read_like_the_original_in_pdf_and_markdown() {
    let doc = seed_004();
    // To look at it in the app or export it: SAMVERKAN_WRITE_SEED_004=/tmp/cgf.ron.
    if let Some(path) = std::env::var_os("SAMVERKAN_WRITE_SEED_004") {
        std::fs::write(path, samverkan::io::to_string(&doc)).unwrap();
    }
    let problems = samverkan::model::validate::validate(&doc, day(2021, 11, 4));
    assert!(
        problems
            .iter()
            .all(|p| p.severity != samverkan::model::validate::Severity::Error),
        "{problems:#?}"
    );
    let m = doc.meeting(&MeetingId::new("m-2021-11-04")).unwrap();
    // Signed off, as the published minutes are.
    let signed = minutes_flow::approve(m, day(2021, 11, 10));
    let pdf = meeting_document(
        &doc,
        &signed,
        MeetingDoc::Minutes,
        TextFormat::Pdf,
        Lang::Sv,
    )
    .unwrap();
    let text = pdftotext(&pdf);
    let text_flat = flat(&text);
    in_order(&text_flat, &READS);
    // The bullets of the three phases and of "Driv", the address block, no draft stamp.
    for bullet in [
        "• Fas 1 innebär",
        "• Viktigt att betona",
        "• Bra och innehållsrikt möte",
        "• En person hade",
    ] {
        assert!(text_flat.contains(bullet), "{bullet}");
    }
    assert!(text_flat.contains("Organisationsnummer: 232100-0164"));
    assert!(!text_flat.contains("UTKAST"));
    // The address block is on the first page only.
    let pages: Vec<&str> = text.split('\u{c}').collect();
    assert!(pages[0].contains("Organisationsnummer"));
    assert!(
        pages
            .iter()
            .skip(1)
            .all(|p| !p.contains("Organisationsnummer"))
    );
    // Guests stand inside Närvarande, not under a heading of their own.
    assert!(!text_flat.contains("Gäster:"));

    // The draft says so on every page.
    let draft = meeting_document(&doc, m, MeetingDoc::Minutes, TextFormat::Pdf, Lang::Sv).unwrap();
    let draft = pdftotext(&draft);
    let pages: Vec<&str> = draft
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(pages.len() > 1);
    assert!(
        pages.iter().all(|p| p.contains("UTKAST")),
        "every page of the draft"
    );

    let md = meeting_document(
        &doc,
        &signed,
        MeetingDoc::Minutes,
        TextFormat::Markdown,
        Lang::Sv,
    )
    .unwrap();
    let md = String::from_utf8(md).unwrap();
    let md_flat = flat(&md.replace(['\\', '*'], ""));
    assert!(md_flat.starts_with(
        "Tjänsteställe, handläggare: Välfärd och folkhälsa, Linnea Hedkvist Datum: 2021-11-04 Beteckning: Mötesanteckningar"
    ));
    in_order(&md_flat, &READS[1..]);
    assert!(
        md.contains("### Healthy Cities Sverige") || md.contains("#### Healthy Cities Sverige"),
        "{md}"
    );
    assert!(md.contains("- Bra och innehållsrikt möte\n"), "{md}");
}

/// The notice prints the sub-items of "Rapporter" under it and the roles as the minutes do.
#[test]
fn seed_004s_notice_lists_the_sub_items_and_the_chair() {
    let doc = seed_004();
    let m = doc.meeting(&MeetingId::new("m-2021-11-04")).unwrap();
    let pdf = meeting_document(&doc, m, MeetingDoc::Notice, TextFormat::Pdf, Lang::Sv).unwrap();
    let text = flat(&pdftotext(&pdf));
    in_order(
        &text,
        &[
            "Välfärd och folkhälsa",
            "Ingmar Ångman, områdeschef välfärd och folkhälsa, ordförande",
            "7. Rapporter",
            "• Healthy Cities Sverige",
            "• Cherries ny utlysning",
            "12. Driv och hinder under dagens möte",
            "utvärdering",
        ],
    );
}

/// Next year's proposed dates: tentative in a calendar, the internat one event over two
/// days, the joint meeting on both bodies' calendars.
#[test]
fn seed_004s_proposed_dates_export_as_tentative_events() {
    let doc = seed_004();
    let proposed: Vec<&Meeting> = doc
        .meetings
        .iter()
        .filter(|m| m.status == MeetingStatus::Proposed)
        .collect();
    assert_eq!(proposed.len(), 8);
    let ics = calendar(&doc, &proposed, Lang::Sv).unwrap();
    assert_eq!(ics.matches("STATUS:TENTATIVE").count(), 8);
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20221201\r\nDTEND;VALUE=DATE:20221203"),
        "{ics}"
    );
    let joint = doc.meeting(&MeetingId::new("m-2022-03-11")).unwrap();
    assert_eq!(joint.bodies.len(), 2);
    assert!(joint.is_on(day(2022, 3, 11)));
    let internat = doc.meeting(&MeetingId::new("m-2022-12-01")).unwrap();
    assert!(internat.is_on(day(2022, 12, 2)) && !internat.is_on(day(2022, 12, 3)));
}

/// The text of the XML parts of a .docx whose names start with `prefix`.
fn docx_part(docx: &[u8], prefix: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut out = String::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        if file.name().unwrap().starts_with(prefix) {
            file.read_to_string(&mut out).unwrap();
        }
    }
    out
}

/// The Word document reads back with every item, decision and sub-item, real headings
/// and bullet lists, the letterhead, and "UTKAST" in the header while it is a draft; the
/// command line writes the same.
#[test]
fn seed_004s_minutes_as_word_have_every_item_and_decision() {
    let doc = seed_004();
    let m = doc.meeting(&MeetingId::new("m-2021-11-04")).unwrap();
    let docx = meeting_document(&doc, m, MeetingDoc::Minutes, TextFormat::Docx, Lang::Sv).unwrap();
    let body = docx_part(&docx, "word/document.xml");
    // Word's text, without its markup: runs joined, paragraphs apart.
    let text = {
        let mut t = String::new();
        let mut inside = false;
        for c in body.replace("</w:p>", " ").chars() {
            match c {
                '<' => inside = true,
                '>' => inside = false,
                c if !inside => t.push(c),
                _ => {}
            }
        }
        t.replace("&quot;", "\"").replace("&amp;", "&")
    };
    let text = flat(&text);
    for item in &m.agenda {
        assert!(
            text.contains(&format!("{}. {}", item.number, item.title)),
            "{}",
            item.title
        );
    }
    for decision in m
        .minutes
        .as_ref()
        .unwrap()
        .items
        .iter()
        .flat_map(ItemMinutes::decisions)
    {
        assert!(text.contains(decision), "{decision}");
    }
    in_order(&text, &READS[1..]);
    assert!(body.contains("w:val=\"Heading3\""), "items are headings");
    assert!(
        body.contains("w:val=\"Heading4\""),
        "sub-items are headings under them"
    );
    assert!(body.contains("<w:numPr>"), "dashed lines are a real list");
    assert!(docx_part(&docx, "word/header").contains("UTKAST"));
    assert!(docx_part(&docx, "word/footer").contains("Organisationsnummer: 232100-0164"));
    let styles = docx_part(&docx, "word/styles.xml");
    assert!(
        styles.contains("heading 3"),
        "Word knows them as its headings"
    );

    let signed = minutes_flow::approve(m, day(2021, 11, 10));
    let docx = meeting_document(
        &doc,
        &signed,
        MeetingDoc::Minutes,
        TextFormat::Docx,
        Lang::Sv,
    )
    .unwrap();
    assert!(!docx_part(&docx, "word/header").contains("UTKAST"));

    // The same from `samverkan export minutes … --format docx` and `export agenda`.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cgf.ron");
    std::fs::write(&file, samverkan::io::to_string(&doc)).unwrap();
    for (what, needle) in [
        (
            "minutes",
            "Chefsgruppen beslutade att ställa sig bakom utkastet",
        ),
        ("agenda", "Healthy Cities Sverige"),
    ] {
        let out_path = dir.path().join(format!("{what}.docx"));
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_samverkan"))
            .args(["export", what])
            .arg(&file)
            .args(["--meeting", "m-2021-11-04", "--format", "docx", "-o"])
            .arg(&out_path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let written = std::fs::read(&out_path).unwrap();
        assert!(
            docx_part(&written, "word/document.xml").contains(needle),
            "{what}"
        );
    }
}
