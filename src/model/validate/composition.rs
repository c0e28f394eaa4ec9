//! Composition rules: seats by kind of organisation, sizes, balance.

use super::{Target, Validator};
use crate::i18n::{Label, Lang};
use crate::model::OrganisationKind;
use crate::model::body::CompositionRule;
use crate::model::validate::kind_en;
use crate::model::validate::kind_sv;
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
                        out_of_bounds(n, *min, *max).map(|bound| {
                            (
                                format!("{n} platser från {} ({bound})", kind_sv(*kind)),
                                format!("{n} seats from {} ({bound})", kind_en(*kind)),
                            )
                        })
                    }
                    CompositionRule::SeatsWithRole { role, min, max } => {
                        let n = body.memberships.iter().filter(|m| m.role == *role).count();
                        out_of_bounds(n, *min, *max).map(|bound| {
                            (
                                format!(
                                    "{n} platser med rollen {} ({bound})",
                                    role.label(Lang::Sv)
                                ),
                                format!("{n} seats with role {} ({bound})", role.label(Lang::En)),
                            )
                        })
                    }
                    CompositionRule::MaxMembers { max, excluding } => {
                        let n = body
                            .memberships
                            .iter()
                            .filter(|m| !m.is_vacant() && !excluding.contains(&m.role))
                            .count();
                        (n > usize::from(*max)).then(|| {
                            (
                                format!("{n} ledamöter, högst {max} tillåtna"),
                                format!("{n} members, at most {max} allowed"),
                            )
                        })
                    }
                    CompositionRule::Balance {
                        a,
                        b: kb,
                        max_difference,
                    } => {
                        let (na, nb) = (seats_of_kind(*a), seats_of_kind(*kb));
                        (na.abs_diff(nb) > usize::from(*max_difference)).then(|| {
                            (
                                format!(
                                    "obalans: {na} från {} mot {nb} från {}",
                                    kind_sv(*a),
                                    kind_sv(*kb)
                                ),
                                format!(
                                    "imbalance: {na} from {} against {nb} from {}",
                                    kind_en(*a),
                                    kind_en(*kb)
                                ),
                            )
                        })
                    }
                };
                if let Some((sv, en)) = broken {
                    self.warning(
                        format!("bodies[{b}].composition[{r}]"),
                        Target::Body(body.id.clone()),
                        format!("{}: sammansättningen följer inte regeln: {sv}", body.name),
                        format!("{}: the composition breaks a rule: {en}", body.name),
                    );
                }
            }
        }
    }
}
