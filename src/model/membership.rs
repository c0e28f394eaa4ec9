//! Seats in a body: who sits there, in what role, representing whom, for what term.

use super::ids::{MembershipId, OrganisationId, PersonId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    pub id: MembershipId,
    /// `None` is a vacant seat ("En plats i arbetsgruppen är vakant").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonId>,
    pub role: Role,
    /// The organisation the seat represents, which may differ from the person's employer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub represents: Option<OrganisationId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Membership {
    /// A seat with no term, representing nobody in particular.
    pub fn new(id: MembershipId, person: Option<PersonId>, role: Role) -> Self {
        Self {
            id,
            person,
            role,
            represents: None,
            from: None,
            to: None,
            note: String::new(),
        }
    }

    pub fn is_vacant(&self) -> bool {
        self.person.is_none()
    }

    /// Whether the term covers `date` (open ends count as covering).
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= date) && self.to.is_none_or(|to| date <= to)
    }
}

/// The role of a seat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    /// ordförande
    Chair,
    /// vice ordförande
    ViceChair,
    /// sammankallande
    Convener,
    /// samordnare
    Coordinator,
    /// koordinator
    Koordinator,
    /// ledamot
    Member,
    /// ersättare
    Deputy,
    /// adjungerad
    CoOpted,
    /// sekreterare
    Secretary,
    /// sakkunnig
    Expert,
}

impl Role {
    pub const ALL: [Role; 10] = [
        Self::Chair,
        Self::ViceChair,
        Self::Convener,
        Self::Coordinator,
        Self::Koordinator,
        Self::Member,
        Self::Deputy,
        Self::CoOpted,
        Self::Secretary,
        Self::Expert,
    ];

    /// Roles that lead a body: shown on the org chart's box.
    pub fn leads(self) -> bool {
        matches!(
            self,
            Role::Chair | Role::Convener | Role::Coordinator | Role::Koordinator
        )
    }
}
