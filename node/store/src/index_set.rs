//! A set of block indexes kept as sorted runs: memory grows with how fragmented the set is, not
//! with the dataset's size (a partial dataset of 2^40 blocks costs nothing until blocks arrive).

use std::collections::BTreeMap;

/// Block indexes as disjoint, non-adjacent runs `start..end`.
#[derive(Debug, Default, Clone)]
pub(crate) struct IndexSet {
    /// start -> end (exclusive).
    runs: BTreeMap<u64, u64>,
    len: u64,
}

impl IndexSet {
    /// Number of indexes in the set.
    pub(crate) fn len(&self) -> u64 {
        self.len
    }

    /// The run containing `index`, if any.
    fn run_of(&self, index: u64) -> Option<(u64, u64)> {
        self.runs
            .range(..=index)
            .next_back()
            .filter(|&(_, &end)| index < end)
            .map(|(&start, &end)| (start, end))
    }

    pub(crate) fn contains(&self, index: u64) -> bool {
        self.run_of(index).is_some()
    }

    /// Adds `index`; false if it was already there. `u64::MAX` cannot be stored (no block has it).
    pub(crate) fn insert(&mut self, index: u64) -> bool {
        if index == u64::MAX || self.contains(index) {
            return false;
        }
        let before = self
            .runs
            .range(..index)
            .next_back()
            .filter(|&(_, &end)| end == index)
            .map(|(&start, _)| start);
        let after = self.runs.remove(&(index + 1));
        let start = before.unwrap_or(index);
        let end = after.unwrap_or(index + 1);
        self.runs.insert(start, end);
        self.len += 1;
        true
    }

    /// Removes `index`; false if it was not there.
    pub(crate) fn remove(&mut self, index: u64) -> bool {
        let Some((start, end)) = self.run_of(index) else {
            return false;
        };
        self.runs.remove(&start);
        if start < index {
            self.runs.insert(start, index);
        }
        if index + 1 < end {
            self.runs.insert(index + 1, end);
        }
        self.len -= 1;
        true
    }

    /// The indexes in `0..count` not in the set, ascending.
    pub(crate) fn gaps(&self, count: u64) -> Vec<u64> {
        let mut out = Vec::new();
        let mut next = 0u64;
        for (&start, &end) in &self.runs {
            if start >= count {
                break;
            }
            out.extend(next..start);
            next = end;
        }
        out.extend(next..count);
        out
    }

    /// The lowest index in `0..count` not in the set.
    pub(crate) fn first_gap(&self, count: u64) -> Option<u64> {
        let first = match self.runs.first_key_value() {
            Some((&0, &end)) => end,
            _ => 0,
        };
        (first < count).then_some(first)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::*;

    #[test]
    fn runs_merge_and_split() {
        let mut set = IndexSet::default();
        for i in [5, 3, 4, 9, 0] {
            assert!(set.insert(i));
        }
        assert!(!set.insert(4));
        assert_eq!(set.len(), 5);
        assert_eq!(set.runs.len(), 3, "{:?}", set.runs);
        assert_eq!(set.gaps(11), vec![1, 2, 6, 7, 8, 10]);
        assert_eq!(set.first_gap(11), Some(1));
        assert!(set.remove(4));
        assert!(!set.remove(4));
        assert_eq!(set.gaps(6), vec![1, 2, 4]);
        assert_eq!(IndexSet::default().first_gap(3), Some(0));
        assert_eq!(IndexSet::default().first_gap(0), None);
    }

    proptest! {
        #[test]
        fn behaves_like_a_set(ops in prop::collection::vec((any::<bool>(), 0u64..64), 0..200)) {
            let mut set = IndexSet::default();
            let mut model = BTreeSet::new();
            for (add, index) in ops {
                if add {
                    prop_assert_eq!(set.insert(index), model.insert(index));
                } else {
                    prop_assert_eq!(set.remove(index), model.remove(&index));
                }
            }
            prop_assert_eq!(set.len(), model.len() as u64);
            let gaps: Vec<u64> = (0..70).filter(|i| !model.contains(i)).collect();
            prop_assert_eq!(set.gaps(70), gaps.clone());
            prop_assert_eq!(set.first_gap(70), gaps.first().copied());
            for i in 0..70 {
                prop_assert_eq!(set.contains(i), model.contains(&i));
            }
            // Runs stay disjoint and non-adjacent.
            let mut last_end = None;
            for (&start, &end) in &set.runs {
                prop_assert!(start < end);
                prop_assert!(last_end.is_none_or(|e| e < start));
                last_end = Some(end);
            }
        }
    }
}
