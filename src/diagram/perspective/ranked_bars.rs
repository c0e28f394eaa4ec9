//! One goal, one year: the organisations ranked by their value, best first in the goal's
//! direction, each bar in its status's colour, the county's bar grey among them, and those
//! without a value listed last.

use super::{organisation_label, status_colour, text};
use crate::diagram::scene::{Anchor, Scene, Shape};
use crate::i18n::{Label, Lang, perspective as p};
use crate::model::progress::{Status, goal_progress};
use crate::model::{Direction, Document, Goal, OrganisationId};
use crate::palette;

const ROW: f32 = 17.0;
const NAME: f32 = 110.0;
const BAR: f32 = 260.0;
const VALUE: f32 = 60.0;

/// The bars of `goal` in `year` for `organisations` and the county.
pub fn ranked_bars(
    doc: &Document,
    goal: &Goal,
    organisations: &[OrganisationId],
    year: i32,
    lang: Lang,
) -> Scene {
    let mut rows: Vec<(Option<&OrganisationId>, Option<f64>, Status)> = organisations
        .iter()
        .map(Some)
        .chain(std::iter::once(None))
        .map(|o| {
            let progress = goal_progress(goal, o, year);
            (o, progress.value, progress.status)
        })
        .collect();
    let better = |a: f64, b: f64| match goal.direction {
        Direction::Increase => b.total_cmp(&a),
        Direction::Decrease => a.total_cmp(&b),
    };
    rows.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) => better(x, y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    let max = rows
        .iter()
        .filter_map(|r| r.1)
        .fold(0.0_f64, |m, v| m.max(v.abs()))
        .max(f64::EPSILON);
    let mut shapes = Vec::new();
    for (k, (org, value, status)) in rows.iter().enumerate() {
        let y = k as f32 * ROW;
        let county = org.is_none();
        let mut name = text(
            [NAME - 6.0, y + 12.0],
            &organisation_label(doc, *org, lang),
            10.0,
            palette::INK,
            Anchor::End,
        );
        if let Shape::Text { bold, .. } = &mut name {
            *bold = county;
        }
        shapes.push(name);
        match value {
            Some(v) => {
                #[allow(clippy::cast_possible_truncation)] // a share, 0..=1
                let w = (BAR * (v.abs() / max) as f32).max(1.0);
                shapes.push(Shape::Rect {
                    min: [NAME, y + 3.0],
                    max: [NAME + w, y + ROW - 2.0],
                    radius: 1.0,
                    fill: Some(if county {
                        palette::COUNTY
                    } else {
                        status_colour(*status)
                    }),
                    stroke: None,
                });
                shapes.push(text(
                    [NAME + w + 4.0, y + 12.0],
                    &p::number(*v, lang),
                    9.0,
                    palette::INK,
                    Anchor::Start,
                ));
            }
            None => shapes.push(text(
                [NAME, y + 12.0],
                Status::Missing.label(lang),
                9.0,
                palette::MUTED,
                Anchor::Start,
            )),
        }
    }
    Scene {
        size: [NAME + BAR + VALUE, rows.len() as f32 * ROW + 4.0],
        background: Some(palette::PAPER),
        shapes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Gender, GoalId, Indicator, IndicatorId, IndicatorValue, Organisation, OrganisationKind,
    };

    #[test]
    fn bars_are_ranked_best_first_in_the_goals_direction_with_missing_last() {
        let mut doc = Document::new("T");
        for (id, name) in [("a", "Arvika"), ("b", "Eda"), ("c", "Kil")] {
            doc.organisations.push(Organisation::new(
                OrganisationId::new(id),
                name,
                OrganisationKind::Municipality,
            ));
        }
        let mut ind = Indicator::new(IndicatorId::new("i"), "I");
        for (o, v) in [("a", 10.0), ("b", 30.0)] {
            ind.values.push(IndicatorValue::number(
                2020,
                Some(OrganisationId::new(o)),
                Gender::Total,
                v,
            ));
        }
        let goal = Goal {
            direction: Direction::Decrease,
            indicators: vec![ind],
            ..Goal::new(GoalId::new("g"), "Mål")
        };
        let orgs: Vec<OrganisationId> = ["a", "b", "c"]
            .into_iter()
            .map(OrganisationId::new)
            .collect();
        let names: Vec<String> = ranked_bars(&doc, &goal, &orgs, 2020, Lang::Sv)
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text {
                    text,
                    anchor: Anchor::End,
                    ..
                } => Some(text.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(
            names,
            ["Arvika", "Eda", "Kil", "Länet"],
            "lowest first for a decrease goal"
        );
    }
}
