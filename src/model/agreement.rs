//! Agreements (överenskommelser, avtal) and governing documents (styrdokument).

use super::ids::{AgreementId, BodyId, DocumentId, OrganisationId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    pub id: AgreementId,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub parties: Vec<OrganisationId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<NaiveDate>,
    /// When it is next to be reviewed (revideras).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<NaiveDate>,
    /// The body that follows it up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<BodyId>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoverningDocument {
    pub id: DocumentId,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The organisation that owns and adopts it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<OrganisationId>,
    /// The body that keeps it current.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<BodyId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<NaiveDate>,
    /// Reviewed every this many years ("minst en gång varje mandatperiod" = 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_every_years: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_review: Option<NaiveDate>,
}
