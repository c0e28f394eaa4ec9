//! Marks on a ring (activities and meetings), spread so they do not overlap.

use crate::diagram::wheel::HitTarget;

/// A mark in a ring before it is drawn.
pub(super) struct Mark {
    pub(super) target: HitTarget,
    /// The middle of what it stands for.
    pub(super) angle: f32,
    pub(super) label: Option<String>,
    pub(super) tooltip: String,
    pub(super) style: MarkStyle,
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum MarkStyle {
    /// An activity that is a meeting of the body: a filled diamond.
    CycleMeeting,
    /// Another activity: a hollow diamond.
    Activity,
    /// A meeting held: a filled dot.
    Held,
    /// A meeting planned: a hollow dot.
    Planned,
}

/// Spreads marks that would touch along their track so they are `spacing` apart, each
/// cluster centred on where its marks belong, so each stays visible and clickable.
pub(super) fn spread(marks: &mut [Mark], radius: f32, spacing: f32) {
    let step = spacing / radius.max(1.0);
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by(|&a, &b| marks[a].angle.total_cmp(&marks[b].angle).then(a.cmp(&b)));
    // Clusters as (members in angle order, mean of their angles); a new mark joins the last
    // cluster while the two would come closer than a step, and merging may cascade back.
    let mut clusters: Vec<(Vec<usize>, f32)> = Vec::new();
    let half_span = |c: &(Vec<usize>, f32)| (c.0.len() as f32 - 1.0) / 2.0 * step;
    for i in order {
        clusters.push((vec![i], marks[i].angle));
        while clusters.len() > 1 {
            let n = clusters.len();
            let (a, b) = (&clusters[n - 2], &clusters[n - 1]);
            if a.1 + half_span(a) + step <= b.1 - half_span(b) + 1e-6 {
                break;
            }
            let Some((members, mean)) = clusters.pop() else {
                break;
            };
            if let Some(last) = clusters.last_mut() {
                let (na, nb) = (last.0.len() as f32, members.len() as f32);
                last.1 = (last.1 * na + mean * nb) / (na + nb);
                last.0.extend(members);
            }
        }
    }
    for cluster in &clusters {
        let first = cluster.1 - half_span(cluster);
        for (k, &i) in cluster.0.iter().enumerate() {
            marks[i].angle = first + k as f32 * step;
        }
    }
}
