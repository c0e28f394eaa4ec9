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
    /// The official code: a municipality's four-digit SCB code ("1780"), a region's as
    /// Kolada writes it ("0017"), a county board's county code ("17"). Imports of
    /// statistics match organisations on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

impl Organisation {
    /// An organisation with a name and kind and nothing else set.
    pub fn new(id: OrganisationId, name: &str, kind: OrganisationKind) -> Self {
        Self {
            id,
            name: name.to_owned(),
            short_name: String::new(),
            kind,
            code: None,
        }
    }
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
