//! Bodies (organ): councils, steering groups, the preparation group, collaboration and
//! coordination groups, networks, forums. Memberships live inside their body.

use super::agenda::TemplateItem;
use super::ids::BodyId;
use super::membership::{Membership, Role};
use super::organisation::OrganisationKind;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub id: BodyId,
    pub name: String,
    /// Short name used in tables and the årshjul, e.g. "VR", "OR", "BG".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short_name: String,
    pub kind: BodyKind,
    pub level: Level,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The body's duties (uppdrag), one a line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mandate: Vec<String>,
    pub cadence: Cadence,
    /// The rules its composition must follow (sammansättning).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub composition: Vec<CompositionRule>,
    pub status: BodyStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub established: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<NaiveDate>,
    /// Seats in the body, filled or vacant.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub memberships: Vec<Membership>,
    /// Items put on every new agenda of this body (dagordningsmall).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda_template: Vec<TemplateItem>,
    /// Whether its minutes number paragraphs continuously per year (§ 1, § 2 …).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub numbers_paragraphs: bool,
    /// How its notices and minutes are headed, where it differs from the document's.
    #[serde(default, skip_serializing_if = "super::Letterhead::is_empty")]
    pub letterhead: super::Letterhead,
}

impl Body {
    /// A new active working group with nothing else set.
    pub fn new(id: BodyId, name: &str) -> Self {
        Self {
            id,
            name: name.to_owned(),
            short_name: String::new(),
            kind: BodyKind::WorkingGroup,
            level: Level::Officials,
            description: String::new(),
            mandate: Vec::new(),
            cadence: Cadence::Irregular,
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

    /// The short name if there is one, else the name.
    pub fn label(&self) -> &str {
        if self.short_name.is_empty() {
            &self.name
        } else {
            &self.short_name
        }
    }
}

/// What kind of body it is. The Swedish names are in the UI's string table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum BodyKind {
    /// råd
    Council,
    /// ordföranderåd
    ChairCouncil,
    /// politisk styrgrupp, styrgrupp
    SteeringGroup,
    /// beredningsgrupp
    PreparationGroup,
    /// samverkansgrupp
    CollaborationGroup,
    /// samordningsgrupp
    CoordinationGroup,
    /// nätverk
    Network,
    /// arbetsgrupp
    WorkingGroup,
    /// referensgrupp
    ReferenceGroup,
    /// chefsgrupp
    ManagementGroup,
    /// forum
    Forum,
    /// stödstruktur, enhet, annat
    Other,
}

impl BodyKind {
    pub const ALL: [BodyKind; 12] = [
        Self::Council,
        Self::ChairCouncil,
        Self::SteeringGroup,
        Self::PreparationGroup,
        Self::CollaborationGroup,
        Self::CoordinationGroup,
        Self::Network,
        Self::WorkingGroup,
        Self::ReferenceGroup,
        Self::ManagementGroup,
        Self::Forum,
        Self::Other,
    ];
}

/// Political level, officials' level, or both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    Political,
    Officials,
    Mixed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum BodyStatus {
    Proposed,
    Active,
    Closed,
}

/// How often a body meets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cadence {
    /// No fixed rhythm.
    Irregular,
    Weekly,
    /// Once a month except July (the Swedish summer break).
    Monthly,
    EveryOtherMonth,
    Quarterly,
    TimesPerYear(u16),
}

impl Cadence {
    /// Meetings a year, where the cadence says.
    pub fn meetings_per_year(self) -> Option<u32> {
        match self {
            Cadence::Irregular => None,
            Cadence::Weekly => Some(44),
            Cadence::Monthly => Some(11),
            Cadence::EveryOtherMonth => Some(6),
            Cadence::Quarterly => Some(4),
            Cadence::TimesPerYear(n) => Some(u32::from(n)),
        }
    }
}

/// A rule about who sits in a body (seed 003: "fem tjänstepersoner från kommunerna och fem
/// från regionen samt enhetschefen … som sammankallande"; "inte fler än åtta personer samt
/// samordnarna"; "en balans mellan representanter från kommunerna och regionen").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum CompositionRule {
    /// Seats representing organisations of one kind, within bounds. Vacant seats count as seats.
    SeatsFrom {
        kind: OrganisationKind,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<u16>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<u16>,
    },
    /// Seats with one role, within bounds (e.g. exactly one convener).
    SeatsWithRole {
        role: Role,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<u16>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<u16>,
    },
    /// At most `max` filled seats, not counting the roles in `excluding`.
    MaxMembers {
        max: u16,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        excluding: Vec<Role>,
    },
    /// Seats from two kinds of organisation differ by at most `max_difference`.
    Balance {
        a: OrganisationKind,
        b: OrganisationKind,
        max_difference: u16,
    },
}
