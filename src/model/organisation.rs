//! Organisations: the principals (huvudmän) that take part in the collaboration.

use super::ids::OrganisationId;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short_name: String,
    pub kind: OrganisationKind,
}

/// What kind of principal an organisation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum OrganisationKind {
    /// kommun
    Municipality,
    /// region
    Region,
    /// länsstyrelse
    CountyBoard,
    /// universitet, högskola
    University,
    /// idéburen organisation
    CivilSociety,
    /// myndighet
    Agency,
    /// förbund (kommunalförbund, vårdförbund)
    Federation,
    /// annan
    Other,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 8] = [
        Self::Municipality,
        Self::Region,
        Self::CountyBoard,
        Self::University,
        Self::CivilSociety,
        Self::Agency,
        Self::Federation,
        Self::Other,
    ];
}
