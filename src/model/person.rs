//! People: elected representatives and officials.

use super::ids::{OrganisationId, PersonId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    pub kind: PersonKind,
    /// Party abbreviation for elected representatives, e.g. "S", "M", "C".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    /// Title or position, e.g. "kommunchef" or "regionråd".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The organisation the person is employed by or elected in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<OrganisationId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// förtroendevald or tjänsteperson.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PersonKind {
    Elected,
    Official,
}

impl Person {
    /// The name as it is written in Swedish documents: "Fredrik Larsson (M)".
    pub fn display_name(&self) -> String {
        match &self.party {
            Some(party) if !party.is_empty() => format!("{} ({party})", self.name),
            _ => self.name.clone(),
        }
    }
}
