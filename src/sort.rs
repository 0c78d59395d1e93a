//! Stable sorting for the short lists of the page and the engine (saved drafts, states by name, a
//! school calendar's closures, reminder days, a year's holidays, a timeline's order of about 20
//! deadline keys).
//!
//! The standard library's sorts are fast on long slices, but each call site instantiates several
//! kilobytes of WebAssembly; a binary insertion sort is a few hundred bytes and is as quick on
//! lists this short. Both functions keep equal elements in their original order, like
//! [`slice::sort_by`].

use std::cmp::Ordering;

/// Sorts `v` by `compare`, keeping equal elements in order. `n log n` comparisons; the moves
/// are `memmove`s, quadratic only in the worst case of a long list in reverse order.
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        // After the last element not greater than v[i], so that equal elements keep their order.
        let at = v[..i].partition_point(|x| compare(x, &v[i]) != Ordering::Greater);
        v[at..=i].rotate_right(1);
    }
}

/// Sorts `v` by the key `key` gives each element, keeping equal elements in order.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_equal_elements_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(
            v,
            [(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
        let mut w: Vec<u32> = vec![];
        sort_by(&mut w, |a, b| a.cmp(b));
        assert!(w.is_empty());
        let mut desc = vec![1, 5, 2, 5, 3];
        sort_by(&mut desc, |a, b| b.cmp(a));
        assert_eq!(desc, [5, 5, 3, 2, 1]);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            /// The same order as the standard library's stable sort, on any list.
            #[test]
            fn agrees_with_the_standard_stable_sort(list in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
                let mut ours = list.clone();
                let mut std = list;
                sort_by_key(&mut ours, |x| x.0);
                std.sort_by_key(|x| x.0);
                prop_assert_eq!(ours, std);
            }
        }
    }
}
