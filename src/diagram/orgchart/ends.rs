//! Spreading the ends of lines along a box's edge, in the order of where they go.

use crate::diagram::orgchart::BodyBox;
use crate::diagram::orgchart::LinkLine;
use std::collections::BTreeMap;

/// Spread the ends of the lines along a box's bottom (and top) edge, in the order of where
/// the lines go, so ten groups under the beredningsgrupp do not all leave from one point.
pub(super) fn spread_ends(boxes: &[BodyBox], links: &mut [LinkLine]) {
    // Which box each end of each line touches: the nearest box edge to the point.
    let touching = |p: [f32; 2], bottom: bool| {
        boxes.iter().position(|b| {
            let y = if bottom { b.max[1] } else { b.min[1] };
            (p[1] - y).abs() < 1.0 && p[0] >= b.min[0] - 1.0 && p[0] <= b.max[0] + 1.0
        })
    };
    for at_start in [true, false] {
        let mut ends: BTreeMap<usize, Vec<(f32, usize)>> = BTreeMap::new();
        for (i, line) in links.iter().enumerate() {
            let n = line.points.len();
            if n < 2 {
                continue;
            }
            let (end, next) = if at_start {
                (line.points[0], line.points[1])
            } else {
                (line.points[n - 1], line.points[n - 2])
            };
            // Routes run from the upper box's bottom to the lower box's top.
            let bottom = end[1] <= next[1];
            if let Some(b) = touching(end, bottom) {
                ends.entry(b * 2 + usize::from(bottom))
                    .or_default()
                    .push((next[0], i));
            }
        }
        for (key, mut group) in ends {
            let b = &boxes[key / 2];
            group.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let n = group.len() as f32;
            let width = (b.max[0] - b.min[0]) * 0.8;
            let left = f32::midpoint(b.min[0], b.max[0]) - width / 2.0;
            for (k, &(_, i)) in group.iter().enumerate() {
                let x = left + width * (k as f32 + 0.5) / n;
                let points = &mut links[i].points;
                let last = points.len() - 1;
                let p = if at_start {
                    &mut points[0]
                } else {
                    &mut points[last]
                };
                p[0] = x;
            }
        }
    }
}
