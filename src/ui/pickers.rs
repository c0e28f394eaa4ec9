//! The choices of the pickers (people, bodies, organisations by name), built once per
//! document version rather than every frame: sorting 6,000 names sixty times a second is
//! what made large documents slow.

use crate::model::{BodyId, Document, OrganisationId, PersonId};
use crate::session::Version;

/// Every person, body and organisation by name, for the drop-downs of the forms.
#[derive(Debug, Default)]
pub struct Pickers {
    /// The version these were built from.
    pub version: Version,
    /// By display name, sorted.
    pub people: Vec<(PersonId, String)>,
    /// In the document's order.
    pub bodies: Vec<(BodyId, String)>,
    /// In the document's order.
    pub organisations: Vec<(OrganisationId, String)>,
}

impl Pickers {
    pub fn build(doc: &Document, version: Version) -> Self {
        let mut people: Vec<(PersonId, String)> = doc
            .people
            .iter()
            .map(|p| (p.id.clone(), p.display_name()))
            .collect();
        people.sort_by(|a, b| a.1.cmp(&b.1));
        Self {
            version,
            people,
            bodies: doc
                .bodies
                .iter()
                .map(|b| (b.id.clone(), b.name.clone()))
                .collect(),
            organisations: doc
                .organisations
                .iter()
                .map(|o| (o.id.clone(), o.name.clone()))
                .collect(),
        }
    }
}
