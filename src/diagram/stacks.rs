//! Compact org charts: a parent's leaf children (groups below it with nothing below them)
//! are stacked in columns under it instead of standing in one long row, joined to it by a
//! bus line down their left side, as printed org charts do. Nine collaboration groups under
//! one preparation group then take two or three columns instead of a row five slides wide.

/// A parent needs at least this many leaf children before they are stacked.
pub const MIN_STACKED: usize = 3;
/// At most this many boxes one above the other in a column.
pub const PER_COLUMN: usize = 4;
/// The parent of the block of bodies that have no links at all: none.
pub const NO_PARENT: usize = usize::MAX;
/// Room left of the boxes for the bus line.
pub const BUS_INDENT: f32 = 16.0;
/// Space between stacked boxes, vertically and between columns.
pub const GAP: f32 = 14.0;

/// The parents whose leaf children are stacked, each with those children in order.
/// `edges` are (parent, child) pairs between `n` nodes. A leaf child has no children and no
/// parent but this one.
pub fn find_stacks(n: usize, edges: &[(usize, usize)]) -> Vec<(usize, Vec<usize>)> {
    let mut children = vec![0usize; n];
    let mut parents: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(p, c) in edges {
        if p < n && c < n {
            children[p] += 1;
            parents[c].push(p);
        }
    }
    let mut leaves: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(p, c) in edges {
        if p < n && c < n && children[c] == 0 && parents[c].len() == 1 {
            leaves[p].push(c);
        }
    }
    leaves
        .into_iter()
        .enumerate()
        .filter(|(_, l)| l.len() >= MIN_STACKED)
        .map(|(p, mut l)| {
            l.dedup();
            (p, l)
        })
        .collect()
}

/// How many columns `count` stacked boxes take.
pub fn columns(count: usize) -> usize {
    count.div_ceil(PER_COLUMN).max(1)
}

/// The size of the block the stacked boxes (of these sizes, in order) fill, bus included:
/// columns side by side, each as wide as its widest box.
pub fn block_size(sizes: &[[f32; 2]]) -> [f32; 2] {
    let cols = columns(sizes.len());
    let mut width = 0.0;
    let mut height: f32 = 0.0;
    for col in sizes.chunks(sizes.len().div_ceil(cols).max(1)) {
        let w = col.iter().map(|s| s[0]).fold(0.0, f32::max);
        let h: f32 = col.iter().map(|s| s[1]).sum::<f32>() + GAP * (col.len() as f32 - 1.0);
        width += BUS_INDENT + w + GAP;
        height = height.max(h);
    }
    [width - GAP, height]
}

/// Where each stacked box goes (its top-left corner), given the block's top-left corner,
/// and the x of each column's bus line.
pub fn place(origin: [f32; 2], sizes: &[[f32; 2]]) -> (Vec<[f32; 2]>, Vec<f32>) {
    let cols = columns(sizes.len());
    let per = sizes.len().div_ceil(cols).max(1);
    let mut corners = Vec::with_capacity(sizes.len());
    let mut buses = Vec::with_capacity(cols);
    let mut x = origin[0];
    for col in sizes.chunks(per) {
        buses.push(x + BUS_INDENT / 2.0);
        let mut y = origin[1];
        for s in col {
            corners.push([x + BUS_INDENT, y]);
            y += s[1] + GAP;
        }
        x += BUS_INDENT + col.iter().map(|s| s[0]).fold(0.0, f32::max) + GAP;
    }
    (corners, buses)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_leaves_with_one_parent_are_stacked_and_only_from_three() {
        // 0 → 1, 2, 3, 4 (leaves); 0 → 5 → 6; 7 → 8, 9 (only two); 10 → 11, 12 → 11.
        let edges = [
            (0, 1),
            (0, 2),
            (0, 3),
            (0, 4),
            (0, 5),
            (5, 6),
            (7, 8),
            (7, 9),
            (10, 11),
            (12, 11),
        ];
        assert_eq!(find_stacks(13, &edges), vec![(0, vec![1, 2, 3, 4])]);
    }

    #[test]
    fn nine_boxes_make_three_columns_that_do_not_overlap() {
        let sizes = vec![[210.0, 70.0]; 9];
        assert_eq!(columns(9), 3);
        let size = block_size(&sizes);
        let (corners, buses) = place([100.0, 50.0], &sizes);
        assert_eq!(buses.len(), 3);
        for (i, a) in corners.iter().enumerate() {
            assert!(a[0] + 210.0 <= 100.0 + size[0] + 0.01 && a[1] + 70.0 <= 50.0 + size[1] + 0.01);
            for b in &corners[i + 1..] {
                let apart = a[0] + 210.0 <= b[0]
                    || b[0] + 210.0 <= a[0]
                    || a[1] + 70.0 <= b[1]
                    || b[1] + 70.0 <= a[1];
                assert!(apart, "{a:?} overlaps {b:?}");
            }
        }
        // Three boxes a column: 3 × 70 + 2 gaps high.
        assert!((size[1] - (3.0 * 70.0 + 2.0 * GAP)).abs() < 0.01);
    }
}
