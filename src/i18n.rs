//! Every user-visible word for the model's enums, in Swedish and English. Swedish is the
//! default; the UI's own strings join this module when the app grows.

use crate::model::{
    AgendaItemKind, AssignmentStatus, BodyKind, BodyStatus, Cadence, Direction, Level, LinkKind,
    MeetingStatus, OrganisationKind, PersonKind, Presence, Role,
};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    /// Pick the Swedish or the English text.
    pub fn pick<'a>(self, sv: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Sv => sv,
            Lang::En => en,
        }
    }
}

/// A label in the user's language.
pub trait Label {
    fn label(&self, lang: Lang) -> &'static str;
}

macro_rules! labels {
    ($ty:ty { $($variant:ident => $sv:literal, $en:literal;)* }) => {
        impl Label for $ty {
            fn label(&self, lang: Lang) -> &'static str {
                match self {
                    $(<$ty>::$variant => lang.pick($sv, $en),)*
                }
            }
        }
    };
}

labels!(OrganisationKind {
    Municipality => "kommun", "municipality";
    Region => "region", "region";
    CountyBoard => "länsstyrelse", "county board";
    University => "universitet", "university";
    CivilSociety => "idéburen organisation", "civil society";
    Agency => "myndighet", "agency";
    Federation => "förbund", "federation";
    Other => "annan", "other";
});

labels!(PersonKind {
    Elected => "förtroendevald", "elected";
    Official => "tjänsteperson", "official";
});

labels!(BodyKind {
    Council => "råd", "council";
    ChairCouncil => "ordföranderåd", "chairs' council";
    SteeringGroup => "styrgrupp", "steering group";
    PreparationGroup => "beredningsgrupp", "preparation group";
    CollaborationGroup => "samverkansgrupp", "collaboration group";
    CoordinationGroup => "samordningsgrupp", "coordination group";
    Network => "nätverk", "network";
    WorkingGroup => "arbetsgrupp", "working group";
    ReferenceGroup => "referensgrupp", "reference group";
    ManagementGroup => "chefsgrupp", "management group";
    Forum => "forum", "forum";
    Other => "annat", "other";
});

labels!(Level {
    Political => "politisk", "political";
    Officials => "tjänstepersoner", "officials";
    Mixed => "blandad", "mixed";
});

labels!(BodyStatus {
    Proposed => "föreslagen", "proposed";
    Active => "aktiv", "active";
    Closed => "avslutad", "closed";
});

labels!(Role {
    Chair => "ordförande", "chair";
    ViceChair => "vice ordförande", "vice chair";
    Convener => "sammankallande", "convener";
    Coordinator => "samordnare", "coordinator";
    Koordinator => "koordinator", "liaison coordinator";
    Member => "ledamot", "member";
    Deputy => "ersättare", "deputy";
    CoOpted => "adjungerad", "co-opted";
    Secretary => "sekreterare", "secretary";
    Expert => "sakkunnig", "expert";
});

labels!(LinkKind {
    Appoints => "utser", "appoints";
    ReportsTo => "rapporterar till", "reports to";
    Steers => "är styrgrupp för", "steers";
    HomeOf => "är hemvist för", "is home of";
    Advises => "ger råd till", "advises";
});

labels!(MeetingStatus {
    Planned => "planerat", "planned";
    NoticeSent => "kallelse skickad", "notice sent";
    Held => "genomfört", "held";
    MinutesApproved => "anteckningar justerade", "minutes approved";
    Cancelled => "inställt", "cancelled";
});

labels!(AgendaItemKind {
    Information => "information", "information";
    Decision => "beslut", "decision";
    Discussion => "diskussion", "discussion";
    Dialogue => "dialog", "dialogue";
    Report => "rapport", "report";
});

labels!(Presence {
    Present => "närvarande", "present";
    Absent => "frånvarande", "absent";
    Guest => "gäst", "guest";
});

labels!(AssignmentStatus {
    NotStarted => "ej påbörjat", "not started";
    InProgress => "pågår", "in progress";
    Reported => "återrapporterat", "reported";
    Closed => "avslutat", "closed";
});

labels!(Direction {
    Increase => "öka", "increase";
    Decrease => "minska", "decrease";
});

/// Month names, January first.
pub fn month_name(month: u32, lang: Lang) -> &'static str {
    const SV: [&str; 12] = [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let i = usize::try_from(month.clamp(1, 12) - 1).unwrap_or(0);
    match lang {
        Lang::Sv => SV[i],
        Lang::En => EN[i],
    }
}

/// How often a body meets, in words.
pub fn cadence_text(cadence: Cadence, lang: Lang) -> String {
    match cadence {
        Cadence::Irregular => lang.pick("vid behov", "as needed").to_owned(),
        Cadence::Weekly => lang.pick("varje vecka", "weekly").to_owned(),
        Cadence::Monthly => lang.pick("en gång i månaden", "monthly").to_owned(),
        Cadence::EveryOtherMonth => lang.pick("varannan månad", "every other month").to_owned(),
        Cadence::Quarterly => lang.pick("en gång i kvartalet", "quarterly").to_owned(),
        Cadence::TimesPerYear(n) => match lang {
            Lang::Sv => format!("{n} gånger per år"),
            Lang::En => format!("{n} times a year"),
        },
    }
}
