//! The user guide (Hjälp › Användarhandledning): the first hour of a secretary and of a unit
//! head, two people and one document, and where copies of the work are kept. The keyboard
//! shortcuts and the folders of this computer are added where the guide is shown.

use super::Tr;

/// One section of the guide: a title and its paragraphs.
pub struct Section {
    pub title: Tr,
    pub paragraphs: &'static [Tr],
}

pub const GUIDE: Tr = Tr("Användarhandledning", "User guide");
pub const SHORTCUTS_INTRO: Tr = Tr(
    "De här kommandona har egna kortkommandon (Ctrl är Cmd på Mac):",
    "These commands have shortcuts of their own (Ctrl is Cmd on a Mac):",
);
pub const FOLDERS_TITLE: Tr = Tr("Säkerhetskopior och återställning", "Backups and recovery");
pub const FOLDERS: &[Tr] = &[
    Tr(
        "Varje gång du sparar behålls den förra versionen i en mapp bredvid dokumentet: plan.ron sparar sina tio senaste versioner i plan.ron.backups/. Varje säkerhetskopia är ett vanligt dokument som du kan öppna.",
        "Every time you save, the previous version is kept in a folder beside the document: plan.ron keeps its last ten versions in plan.ron.backups/. Each backup is an ordinary document you can open.",
    ),
    Tr(
        "Medan du har osparade ändringar skrivs en återställningskopia några sekunder efter din senaste ändring (alltid inom 30 sekunder). Om Samverkan eller datorn stängs av oväntat erbjuds du att återställa den nästa gång. Att spara, eller att stänga utan att spara, tar bort den.",
        "While you have unsaved changes, a recovery copy is written a few seconds after your last change (always within 30 seconds). If Samverkan or the computer stops unexpectedly, you are offered to restore it the next time. Saving, or closing without saving, removes it.",
    ),
];
pub const THIS_DOCUMENTS_BACKUPS: Tr = Tr(
    "Det här dokumentets säkerhetskopior:",
    "This document's backups:",
);
pub const RECOVERY_FOLDER: Tr = Tr(
    "Återställningskopior på den här datorn:",
    "Recovery copies on this computer:",
);
pub const CONFIG_FOLDER: Tr = Tr(
    "Senaste filer och inställningar:",
    "Recent files and settings:",
);
pub const NO_FOLDER: Tr = Tr(
    "(ingen mapp för användardata hittades)",
    "(no folder for user data was found)",
);

/// The sections of the guide, in the order they are read.
pub const SECTIONS: &[Section] = &[
    Section {
        title: Tr("Kom igång", "Getting started"),
        paragraphs: &[
            Tr(
                "Samverkan håller ett dokument: organisationerna, personerna, organen med sina platser, mötena med dagordningar och anteckningar, årshjulet, de gemensamma målen, uppdragen och överenskommelserna. Dokumentet är en fil som du sparar var du vill, till exempel på en gemensam enhet.",
                "Samverkan holds one document: the organisations, the people, the bodies with their seats, the meetings with agendas and minutes, the annual cycle, the shared goals, the assignments and the agreements. The document is a file you save wherever you like, for example on a shared drive.",
            ),
            Tr(
                "Utan en fil öppnar Samverkan ett exempel (Nya Perspektiv i Värmland). Fönstrets namnlist och statusraden säger att det är ett exempel. Börja ditt eget med Arkiv › Nytt, eller Arkiv › Ny struktur för ett län … som lägger in regionen, länsstyrelsen och länets kommuner med deras koder. Öppna ett befintligt dokument med Arkiv › Öppna …",
                "Without a file Samverkan opens an example (Nya Perspektiv in Värmland). The window's title bar and the status bar say it is an example. Start your own with Arkiv › Nytt, or Arkiv › Ny struktur för ett län …, which puts in the region, the county board and the county's municipalities with their codes. Open an existing document with Arkiv › Öppna …",
            ),
            Tr(
                "Sidorna till vänster visar dokumentet på olika sätt. Varje lista har ett filter överst; välj en rad så visas och redigeras posten till höger. Allt du ändrar kan ångras (Redigera › Ångra). Problem visar det som saknas eller inte stämmer, till exempel vakanta platser eller möten som krockar.",
                "The pages on the left show the document in different ways. Each list has a filter at the top; choose a row and the record is shown and edited on the right. Everything you change can be undone (Redigera › Ångra). Problem shows what is missing or does not add up, for example vacant seats or meetings that clash.",
            ),
        ],
    },
    Section {
        title: Tr("Sekreterarens första timme", "The secretary's first hour"),
        paragraphs: &[
            Tr(
                "1. Organ: välj organet (eller + Nytt organ) och fyll i namn, kortnamn och typ. Under Ledamöter lägger du till platser med Lägg till plats: person, roll och vilken organisation platsen företräder. En plats utan person är vakant.",
                "1. Organ: choose the body (or + Nytt organ) and fill in name, short name and kind. Under Ledamöter you add seats with Lägg till plats: person, role and the organisation the seat represents. A seat without a person is vacant.",
            ),
            Tr(
                "2. Personer: + Ny person för den som saknas, med titel, organisation och e-post.",
                "2. Personer: + Ny person for anyone missing, with title, organisation and e-mail.",
            ),
            Tr(
                "3. Möten: + Nytt möte. Dagordningen börjar från organets mall. Lägg till punkter, flytta dem, ange föredragande och tid; punkter från tidigare möten (öppna åtgärder, återrapporteringar) föreslås. Exportera … ger kallelsen med dagordningen som PDF, Word eller text.",
                "3. Möten: + Nytt möte. The agenda starts from the body's template. Add items, move them, set presenters and times; items from earlier meetings (open actions, report-backs) are offered. Exportera … gives the notice with the agenda as PDF, Word or text.",
            ),
            Tr(
                "4. Under mötet: Anteckningar. Närvaron börjar från organets platser. Under varje punkt lägger du till anteckning, frågor, beslut och åtgärder (ansvarig, klart senast) i den ordning de kommer.",
                "4. During the meeting: Anteckningar. Attendance starts from the body's seats. Under each item you add notes, questions, decisions and actions (owner, due date) in the order they come.",
            ),
            Tr(
                "5. Efteråt: Skicka för justering, och Justera när justerarna godkänt. Justerade anteckningar är låsta; Öppna igen … frågar efter ett skäl och noterar det. Exportera anteckningarna som PDF eller Word och skicka dem.",
                "5. Afterwards: Skicka för justering, and Justera when the justerare have approved. Signed-off minutes are locked; Öppna igen … asks for a reason and records it. Export the minutes as PDF or Word and send them.",
            ),
        ],
    },
    Section {
        title: Tr("Enhetschefens första timme", "The unit head's first hour"),
        paragraphs: &[
            Tr(
                "1. Årshjul: verksamhetsårets återkommande aktiviteter per organ, ritade som ett hjul och på Tidslinje som en tidslinje. Planera ett år föreslår årets möten och återrapporteringar utifrån årshjulet, utan helgdagar; att skapa planen är ett steg som kan ångras.",
                "1. Årshjul: the operating year's recurring activities per body, drawn as a wheel and on Tidslinje as a timeline. Planera ett år proposes the year's meetings and report-backs from the cycle, avoiding public holidays; creating the plan is one step that can be undone.",
            ),
            Tr(
                "2. Mål och Uppföljning: de gemensamma målen med indikatorer. Uppföljning visar läget kommun för kommun mot målen (nått, rätt riktning, oförändrat, fel riktning). Hämta värden med Arkiv › Importera indikatorvärden (Kolada, Excel, CSV) …, skriv årets analys per mål och ta ut rapporten med Exportera rapport.",
                "2. Mål and Uppföljning: the shared goals with indicators. Uppföljning shows, municipality by municipality, where things stand against the goals (reached, right direction, unchanged, wrong direction). Bring in values with Arkiv › Importera indikatorvärden (Kolada, Excel, CSV) …, write the year's analysis per goal and take out the report with Exportera rapport.",
            ),
            Tr(
                "3. Uppdrag, Ärenden och Beslut: vem som är skyldig vad till vem. Översikt listar försenade återrapporteringar och beslut att följa upp; ett ärende visar var det har behandlats, organ för organ.",
                "3. Uppdrag, Ärenden and Beslut: who owes what to whom. Översikt lists late report-backs and decisions to follow up; a matter shows where it has been handled, body by body.",
            ),
            Tr(
                "4. Struktur: organen och hur de hänger ihop, som ett organisationsschema att exportera som bild (SVG eller PNG).",
                "4. Struktur: the bodies and how they are linked, as an org chart to export as a picture (SVG or PNG).",
            ),
        ],
    },
    Section {
        title: Tr("Två personer, ett dokument", "Two people, one document"),
        paragraphs: &[
            Tr(
                "Den som öppnar ett dokument först kan ändra det; den som öppnar det sedan får det skrivskyddat och ser vem som har det öppet. Med skrivskydd sparar du ditt arbete med Arkiv › Spara en kopia …",
                "Whoever opens a document first can change it; whoever opens it after gets it read-only and sees who has it open. Read-only, you keep your work with Arkiv › Spara en kopia …",
            ),
            Tr(
                "Har någon annan sparat filen medan du arbetade frågar Samverkan när du sparar. Slå ihop för samman din och deras version post för post och frågar bara där ni ändrat samma sak; du ser vad som kom från vem. En kopia förs in med Arkiv › Slå ihop med … Sammanslagningen är ett steg som kan ångras.",
                "If someone else saved the file while you worked, Samverkan asks when you save. Slå ihop brings your version and theirs together record by record and asks only where you both changed the same thing; you see what came from whom. A copy is brought in with Arkiv › Slå ihop med … The merge is one step that can be undone.",
            ),
        ],
    },
];

/// "Filformat 6 (dokument i äldre format uppdateras när de öppnas)".
pub fn file_format(version: u32, lang: super::Lang) -> String {
    match lang {
        super::Lang::Sv => format!(
            "Filformat {version} (dokument i äldre format uppdateras när de öppnas; ett äldre original sparas bland säkerhetskopiorna)"
        ),
        super::Lang::En => format!(
            "File format {version} (documents in older formats are updated when opened; an older original is kept among the backups)"
        ),
    }
}
