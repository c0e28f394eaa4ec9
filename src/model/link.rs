//! Links between bodies. Bodies form a graph, not a tree: RKPH is steered by the
//! beredningsgrupp and reports to it; Värmlandsrådet is home of Nya Perspektiv.

use super::ids::{BodyId, LinkId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub id: LinkId,
    pub from: BodyId,
    pub to: BodyId,
    pub kind: LinkKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Read as "`from` <kind> `to`".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LinkKind {
    /// utser
    Appoints,
    /// rapporterar till
    ReportsTo,
    /// är styrgrupp för
    Steers,
    /// är hemvist för
    HomeOf,
    /// ger råd till
    Advises,
}

impl LinkKind {
    pub const ALL: [LinkKind; 5] = [
        Self::Appoints,
        Self::ReportsTo,
        Self::Steers,
        Self::HomeOf,
        Self::Advises,
    ];
}
