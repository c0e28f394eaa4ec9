//! The words for the model's enums, and a role in a few letters for tables.

use super::{Label, Lang};
use crate::model::FollowUp;
use crate::model::progress::Status;
use crate::model::{
    AgendaItemKind, AssignmentStatus, BodyKind, BodyStatus, Direction, Gender, Level, LinkKind,
    MatterStatus, MeetingStatus, Missing, OrganisationKind, PersonKind, Presence, Role,
};

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
    Proposed => "förslag", "proposed";
    Planned => "planerat", "planned";
    NoticeSent => "kallelse skickad", "notice sent";
    Held => "genomfört", "held";
    MinutesForReview => "anteckningar för justering", "minutes for review";
    MinutesApproved => "anteckningar justerade", "minutes approved";
    Cancelled => "inställt", "cancelled";
});

labels!(AgendaItemKind {
    Information => "information", "information";
    Decision => "beslut", "decision";
    Discussion => "diskussion", "discussion";
    Dialogue => "dialog", "dialogue";
    Report => "rapport", "report";
    Evaluation => "utvärdering", "evaluation";
    Review => "genomgång", "review";
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

labels!(MatterStatus {
    Initiated => "väckt", "initiated";
    InPreparation => "under beredning", "in preparation";
    SentOn => "skickat vidare", "sent on";
    Decided => "beslutat", "decided";
    Closed => "avslutat", "closed";
});

labels!(FollowUp {
    Nothing => "ingen uppföljning", "no follow-up";
    Open => "pågår", "open";
    Overdue => "försenat", "overdue";
    Done => "klart", "done";
});

labels!(Status {
    Reached => "nått målet", "target reached";
    Partly => "rätt riktning, en del av målet", "right way, part of the target";
    Unchanged => "oförändrat", "unchanged";
    WrongWay => "fel riktning", "wrong way";
    Missing => "värde saknas", "no value";
});

labels!(Missing {
    NotReported => "inte rapporterat", "not reported";
    NotApplicable => "gäller inte", "not applicable";
    Confidential => "sekretess (för få)", "confidential (too few)";
});

labels!(Gender {
    Total => "totalt", "total";
    Women => "kvinnor", "women";
    Men => "män", "men";
});

labels!(Direction {
    Increase => "öka", "increase";
    Decrease => "minska", "decrease";
});

/// A role in a few letters, for the representation matrix.
pub fn role_short(role: Role, lang: Lang) -> &'static str {
    match (role, lang) {
        (Role::Chair, Lang::Sv) => "ordf",
        (Role::ViceChair, Lang::Sv) => "v ordf",
        (Role::Convener, Lang::Sv) => "samm",
        (Role::Coordinator, Lang::Sv) => "samo",
        (Role::Koordinator, Lang::Sv) => "koord",
        (Role::Member, Lang::Sv) => "led",
        (Role::Deputy, Lang::Sv) => "ers",
        (Role::CoOpted, Lang::Sv) => "adj",
        (Role::Secretary, Lang::Sv) => "sekr",
        (Role::Expert, Lang::Sv) => "sakk",
        (Role::Chair, Lang::En) => "chair",
        (Role::ViceChair, Lang::En) => "vice",
        (Role::Convener, Lang::En) => "conv",
        (Role::Coordinator, Lang::En) => "coord",
        (Role::Koordinator, Lang::En) => "liais",
        (Role::Member, Lang::En) => "mem",
        (Role::Deputy, Lang::En) => "dep",
        (Role::CoOpted, Lang::En) => "co-opt",
        (Role::Secretary, Lang::En) => "secr",
        (Role::Expert, Lang::En) => "exp",
    }
}
