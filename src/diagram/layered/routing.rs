//! Edge routes through their dummies' positions, and self-loops.

use crate::diagram::layered::dummies::Layered;

/// Why: a route leaves the upper box at its bottom centre, drops straight out
/// of its band, runs vertically through each dummy's slot in the bands it
/// crosses, and enters the lower box at its top centre, so it never passes
/// through a box. Reversed edges get the same polyline backwards.
pub(super) fn route_edges(
    lg: &Layered,
    x: &[f64],
    y: &[f64],
    band_top: &[f64],
    band_height: &[f64],
    reversed: &[bool],
) -> Vec<Vec<[f64; 2]>> {
    lg.chains
        .iter()
        .zip(reversed)
        .map(|(chain, &rev)| {
            let mut points: Vec<[f64; 2]> = Vec::with_capacity(2 * chain.len() + 2);
            let mut push = |p: [f64; 2]| {
                if points.last() != Some(&p) {
                    points.push(p);
                }
            };
            if let (Some(&top), Some(&bottom)) = (chain.first(), chain.last()) {
                let rt = lg.rank[top];
                push([x[top], y[top] + lg.height[top] / 2.0]);
                push([x[top], band_top[rt] + band_height[rt]]);
                for &d in &chain[1..chain.len() - 1] {
                    let r = lg.rank[d];
                    push([x[d], band_top[r]]);
                    push([x[d], band_top[r] + band_height[r]]);
                }
                push([x[bottom], band_top[lg.rank[bottom]]]);
                push([x[bottom], y[bottom] - lg.height[bottom] / 2.0]);
            }
            if rev {
                points.reverse();
            }
            points
        })
        .collect()
}

/// Why: a self-loop has no rank span; a small loop off the right border stays
/// inside the node gap, clear of the neighbouring box.
pub(super) fn self_loop_route(cx: f64, cy: f64, w: f64, h: f64, node_gap: f64) -> Vec<[f64; 2]> {
    let right = cx + w / 2.0;
    let out = right + node_gap * 0.4;
    let (y0, y1) = (cy - h / 4.0, cy + h / 4.0);
    vec![[right, y0], [out, y0], [out, y1], [right, y1]]
}
