//! The order of a merged list: both sides' insertions and moves kept, as an ordered set of
//! keys.
//!
//! The side that moved records (if only one did) gives the skeleton; the other side's
//! records that are not in it go in after the record they follow on that side. Where both
//! inserted at the same place, the insertion whose first key sorts first goes first, so the
//! order does not depend on whose copy is "mine". Where both moved records differently, the
//! order is a conflict: mine's moves, or theirs'.

use super::By;
use std::collections::{HashMap, HashSet};

/// The merged order, and what decided it.
#[derive(Debug, PartialEq, Eq)]
pub struct Ordered {
    pub order: Vec<String>,
    /// Both moved records differently: the order with theirs' moves (the other choice).
    pub theirs_order: Option<Vec<String>>,
    /// Who moved records, if anyone.
    pub moved: Option<By>,
}

/// Merge the orders of `mine` and `theirs` (both from `base`), keeping the keys in `keep`.
pub fn merge_order(base: &[&str], mine: &[&str], theirs: &[&str], keep: &HashSet<&str>) -> Ordered {
    let in_base: HashSet<&str> = base.iter().copied().collect();
    let mine_moved = moved(base, mine, &in_base);
    let theirs_moved = moved(base, theirs, &in_base);
    match (mine_moved, theirs_moved) {
        (true, true) => {
            let in_mine: HashSet<&str> = mine.iter().copied().collect();
            let in_theirs: HashSet<&str> = theirs.iter().copied().collect();
            let in_all =
                |k: &&str| in_base.contains(k) && in_mine.contains(k) && in_theirs.contains(k);
            let same = mine
                .iter()
                .filter(|k| in_all(k))
                .eq(theirs.iter().filter(|k| in_all(k)));
            let order = weave(mine, theirs, keep);
            if same {
                Ordered {
                    order,
                    theirs_order: None,
                    moved: Some(By::Both),
                }
            } else {
                Ordered {
                    order,
                    theirs_order: Some(weave(theirs, mine, keep)),
                    moved: Some(By::Both),
                }
            }
        }
        (false, true) => Ordered {
            order: weave(theirs, mine, keep),
            theirs_order: None,
            moved: Some(By::Theirs),
        },
        (mine_moved, false) => Ordered {
            order: weave(mine, theirs, keep),
            theirs_order: None,
            moved: mine_moved.then_some(By::Mine),
        },
    }
}

/// Whether `side` has the records it shares with `base` in another order.
fn moved(base: &[&str], side: &[&str], in_base: &HashSet<&str>) -> bool {
    let in_side: HashSet<&str> = side.iter().copied().collect();
    !base
        .iter()
        .filter(|k| in_side.contains(*k))
        .eq(side.iter().filter(|k| in_base.contains(*k)))
}

/// `skeleton`'s kept keys in its order, with `other`'s kept keys that it lacks put in after
/// the key they follow in `other`.
fn weave(skeleton: &[&str], other: &[&str], keep: &HashSet<&str>) -> Vec<String> {
    let mut out: Vec<&str> = skeleton
        .iter()
        .copied()
        .filter(|k| keep.contains(k))
        .collect();
    let in_skeleton: HashSet<&str> = out.iter().copied().collect();
    let in_other: HashSet<&str> = other.iter().copied().collect();
    let mut anchor: Option<&str> = None;
    let mut run: Vec<&str> = Vec::new();
    for &k in other {
        if in_skeleton.contains(k) {
            insert_run(&mut out, anchor, &mut run, &in_other);
            anchor = Some(k);
        } else if keep.contains(k) {
            run.push(k);
        }
    }
    insert_run(&mut out, anchor, &mut run, &in_other);
    out.into_iter().map(str::to_owned).collect()
}

/// Put `run` in after `anchor` (at the start for none). The skeleton's own insertions right
/// after the anchor stay before the run if their first key sorts first.
fn insert_run<'a>(
    out: &mut Vec<&'a str>,
    anchor: Option<&str>,
    run: &mut Vec<&'a str>,
    in_other: &HashSet<&str>,
) {
    if run.is_empty() {
        return;
    }
    let mut at = anchor
        .and_then(|a| out.iter().position(|k| *k == a))
        .map_or(0, |i| i + 1);
    let own = out[at..]
        .iter()
        .take_while(|k| !in_other.contains(*k))
        .count();
    if own > 0 && out[at] < run[0] {
        at += own;
    }
    out.splice(at..at, run.drain(..));
}

/// Put the elements of `items` (with their keys) in the order of `keys`; any not named keep
/// their order at the end.
pub fn reorder<T>(items: Vec<(String, T)>, keys: &[String]) -> Vec<T> {
    let rank: HashMap<&str, usize> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let mut ranked: Vec<(usize, usize, T)> = items
        .into_iter()
        .enumerate()
        .map(|(i, (k, v))| (rank.get(k.as_str()).copied().unwrap_or(usize::MAX), i, v))
        .collect();
    ranked.sort_by_key(|(r, i, _)| (*r, *i));
    ranked.into_iter().map(|(_, _, v)| v).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(base: &str, mine: &str, theirs: &str, keep: &str) -> Ordered {
        let keep: HashSet<&str> = keep.split_whitespace().collect();
        let b: Vec<&str> = base.split_whitespace().collect();
        let m: Vec<&str> = mine.split_whitespace().collect();
        let t: Vec<&str> = theirs.split_whitespace().collect();
        merge_order(&b, &m, &t, &keep)
    }

    fn order(o: &Ordered) -> String {
        o.order.join(" ")
    }

    #[test]
    fn insertions_from_both_sides_are_kept_where_they_were_made() {
        let o = run("a b c", "a x b c", "a b c y", "a b c x y");
        assert_eq!(order(&o), "a x b c y");
        assert_eq!(o.moved, None);
    }

    #[test]
    fn a_move_on_one_side_and_an_insertion_on_the_other_are_both_kept() {
        let o = run("a b c", "c a b", "a b y c", "a b c y");
        assert_eq!(order(&o), "c a b y");
        assert_eq!(o.moved, Some(By::Mine));
        let o = run("a b c", "a b y c", "c a b", "a b c y");
        assert_eq!(order(&o), "c a b y");
        assert_eq!(o.moved, Some(By::Theirs));
    }

    #[test]
    fn insertions_at_the_same_place_come_out_the_same_whichever_side_is_mine() {
        let one = run("a b", "a x1 x2 b", "a y b", "a b x1 x2 y");
        let two = run("a b", "a y b", "a x1 x2 b", "a b x1 x2 y");
        assert_eq!(one.order, two.order);
        assert_eq!(order(&one), "a x1 x2 y b");
    }

    #[test]
    fn different_moves_on_both_sides_are_a_conflict_with_both_orders() {
        let o = run("a b c", "c a b", "b a c", "a b c");
        assert_eq!(order(&o), "c a b");
        assert_eq!(
            o.theirs_order.as_deref().map(|v| v.join(" ")).as_deref(),
            Some("b a c")
        );
        let same = run("a b c", "c a b", "c a b", "a b c");
        assert_eq!(same.theirs_order, None);
    }

    #[test]
    fn deleted_keys_go_and_insertions_after_them_find_the_key_before() {
        let o = run("a b c", "a c", "a b y c", "a c y");
        assert_eq!(order(&o), "a y c");
    }

    #[test]
    fn reorder_follows_the_keys_and_keeps_the_rest_at_the_end() {
        let items = vec![
            ("a".to_owned(), 1),
            ("b".to_owned(), 2),
            ("c".to_owned(), 3),
        ];
        let keys = vec!["c".to_owned(), "a".to_owned()];
        assert_eq!(reorder(items, &keys), vec![3, 1, 2]);
    }
}
