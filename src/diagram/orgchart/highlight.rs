//! Which bodies to light up for an organisation or a person, and the chart's scene in one call.

use crate::diagram::orgchart::ChartOptions;
use crate::diagram::orgchart::draw::Look;
use crate::diagram::orgchart::draw::scene;
use crate::diagram::orgchart::layout_chart;
use crate::diagram::scene::Scene;
use crate::diagram::text::Measure;
use crate::model::{BodyId, Document};
use std::collections::BTreeSet;

/// The bodies where an organisation sits: seats representing it, or held by its people.
pub fn bodies_of_organisation(
    doc: &Document,
    org: &crate::model::OrganisationId,
) -> BTreeSet<BodyId> {
    doc.bodies
        .iter()
        .filter(|b| {
            b.memberships.iter().any(|m| {
                m.represents.as_ref() == Some(org)
                    || m.person
                        .as_ref()
                        .and_then(|p| doc.person(p))
                        .is_some_and(|p| p.organisation.as_ref() == Some(org))
            })
        })
        .map(|b| b.id.clone())
        .collect()
}

/// The bodies where a person has a seat.
pub fn bodies_of_person(doc: &Document, person: &crate::model::PersonId) -> BTreeSet<BodyId> {
    doc.bodies
        .iter()
        .filter(|b| {
            b.memberships
                .iter()
                .any(|m| m.person.as_ref() == Some(person))
        })
        .map(|b| b.id.clone())
        .collect()
}

/// The chart as exported (SVG, PNG): the same layout and scene as on screen.
pub fn chart_scene(
    doc: &Document,
    options: &ChartOptions,
    highlight: Option<BTreeSet<BodyId>>,
) -> Scene {
    let Some(measure) = Measure::new() else {
        return Scene::default();
    };
    let layout = layout_chart(doc, options, &measure);
    scene(
        &layout,
        &Look {
            highlight,
            selected: None,
        },
        options.lang,
    )
}
