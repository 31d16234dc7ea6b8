//! Stable sorting through one compiled sort. The standard library's sort is compiled anew for
//! every element type and comparison: about 3.7 KB of WebAssembly each, and the app had twelve.
//! These functions sort the elements' positions instead (always `usize`, compared through one
//! `dyn` call), then move the elements into that order: one sort in the whole bundle, and the
//! generic part that remains per call is a few dozen instructions.
//!
//! They behave as `slice::sort_by`, `sort_by_key` and `sort`: stable, and in O(n log n)
//! comparisons. Use them for the domain's sorts that run in the browser.

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| cmp(&items[a], &items[b]));
    arrange(items, &order);
}

/// Sorts `items` stably by the key `key` gives, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their own order, as `slice::sort` does.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The one compiled sort: positions, compared by what is at them.
#[inline(never)]
fn sort_positions(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Moves the elements so that position `k` holds what was at `order[k]`, by swaps: `at[p]` is
/// the original position of what is now at `p`, `now[i]` where the original `i` is now.
fn arrange<T>(items: &mut [T], order: &[usize]) {
    let mut at: Vec<usize> = (0..items.len()).collect();
    let mut now = at.clone();
    for (k, &wanted) in order.iter().enumerate() {
        let p = now[wanted];
        if p != k {
            items.swap(k, p);
            let displaced = at[k];
            at[p] = displaced;
            now[displaced] = p;
            at[k] = wanted;
            now[wanted] = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut items, |i| i.0);
        assert_eq!(items, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn empty_and_single_lists_stay() {
        let mut none: Vec<u8> = Vec::new();
        sort(&mut none);
        assert!(none.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, [7]);
    }

    proptest! {
        /// The same order as the standard library's stable sort, ties included.
        #[test]
        fn sorts_as_the_standard_sort_does(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..64)) {
            let mut ours = items.clone();
            let mut std = items;
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            std.sort_by_key(|x| std::cmp::Reverse(x.0));
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn sorts_whole_values_as_sort_does(items in proptest::collection::vec(any::<i16>(), 0..64)) {
            let mut ours = items.clone();
            let mut std = items;
            sort(&mut ours);
            std.sort();
            prop_assert_eq!(ours, std);
        }
    }
}
