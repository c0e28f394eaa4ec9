//! Composition rules: seats by kind of organisation, sizes, balance.

use super::{Target, Validator};
use crate::i18n::problems::{self, BrokenRule};
use crate::model::OrganisationKind;
use crate::model::body::CompositionRule;
use crate::model::validate::out_of_bounds;
use std::collections::HashMap;

impl Validator<'_> {
    pub(super) fn composition(&mut self) {
        let d = self.doc;
        let kind_of: HashMap<&str, OrganisationKind> = d
            .organisations
            .iter()
            .map(|o| (o.id.as_str(), o.kind))
            .collect();
        for (b, body) in d.bodies.iter().enumerate() {
            for (r, rule) in body.composition.iter().enumerate() {
                let seats_of_kind = |kind: OrganisationKind| {
                    body.memberships
                        .iter()
                        .filter(|m| {
                            m.represents.as_ref().and_then(|o| kind_of.get(o.as_str()))
                                == Some(&kind)
                        })
                        .count()
                };
                let broken = match rule {
                    CompositionRule::SeatsFrom { kind, min, max } => {
                        let n = seats_of_kind(*kind);
                        out_of_bounds(n, *min, *max).map(|bound| BrokenRule::SeatsFrom {
                            n,
                            kind: *kind,
                            bound,
                        })
                    }
                    CompositionRule::SeatsWithRole { role, min, max } => {
                        let n = body.memberships.iter().filter(|m| m.role == *role).count();
                        out_of_bounds(n, *min, *max).map(|bound| BrokenRule::SeatsWithRole {
                            n,
                            role: *role,
                            bound,
                        })
                    }
                    CompositionRule::MaxMembers { max, excluding } => {
                        let n = body
                            .memberships
                            .iter()
                            .filter(|m| !m.is_vacant() && !excluding.contains(&m.role))
                            .count();
                        (n > usize::from(*max))
                            .then_some(BrokenRule::TooManyMembers { n, max: *max })
                    }
                    CompositionRule::Balance {
                        a,
                        b: kb,
                        max_difference,
                    } => {
                        let (na, nb) = (seats_of_kind(*a), seats_of_kind(*kb));
                        (na.abs_diff(nb) > usize::from(*max_difference)).then_some(
                            BrokenRule::Imbalance {
                                na,
                                a: *a,
                                nb,
                                b: *kb,
                            },
                        )
                    }
                };
                if let Some(rule) = broken {
                    self.warning(
                        format!("bodies[{b}].composition[{r}]"),
                        Target::Body(body.id.clone()),
                        |l| problems::composition_broken(&body.name, &rule, l),
                    );
                }
            }
        }
    }
}
