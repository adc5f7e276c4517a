//! The streaming pipeline behind [`crate::DatasetCodec`]: two batch buffers, so that coding one
//! batch on the rayon pool overlaps the caller's IO for the others.
//!
//! Step by step: batch `i` is coded on the pool while the calling thread drains batch `i - 1` into
//! the sink and then fills the same buffer with batch `i + 1` from the source. The source and the
//! sink are therefore only ever called on the calling thread, in order, and need not be `Send`.
//! Memory: the two buffers, nothing else.

use std::ops::Range;

use crate::{ErasureError, StreamError};

/// Runs `fill` (caller thread), `compute` (rayon pool) and `drain` (caller thread) over every
/// batch of rows of `batches`, in order, with `buffers` alternating between the stages.
pub(crate) fn run<T, E>(
    mut batches: impl Iterator<Item = Range<u64>>,
    buffers: &mut [T; 2],
    mut fill: impl FnMut(&mut T, Range<u64>) -> Result<(), StreamError<E>>,
    compute: impl Fn(&mut T) -> Result<(), ErasureError> + Sync,
    mut drain: impl FnMut(&mut T) -> Result<(), StreamError<E>>,
) -> Result<(), StreamError<E>>
where
    T: Send,
{
    let [mut current, mut other] = buffers.each_mut();
    let Some(first) = batches.next() else {
        return Ok(());
    };
    fill(current, first)?;
    // Whether `other` holds a coded batch that has not been drained yet.
    let mut other_coded = false;
    loop {
        let next = batches.next();
        let last = next.is_none();
        let mut computed = Ok(());
        let io = rayon::in_place_scope(|scope| {
            let (computing, computed, compute) = (&mut *current, &mut computed, &compute);
            scope.spawn(move |_| *computed = compute(computing));
            if other_coded {
                drain(other)?;
            }
            match next {
                Some(rows) => fill(other, rows),
                None => Ok(()),
            }
        });
        computed?;
        io?;
        if last {
            return drain(current);
        }
        std::mem::swap(&mut current, &mut other);
        other_coded = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A buffer that records which batch it holds and whether it was coded.
    #[derive(Debug, Default)]
    struct Probe {
        rows: Option<Range<u64>>,
        coded: bool,
    }

    fn batches(count: u64) -> impl Iterator<Item = Range<u64>> {
        (0..count).map(|i| i * 10..i * 10 + 10)
    }

    #[test]
    fn every_batch_is_filled_coded_and_drained_in_order() {
        for count in 0..5 {
            let mut buffers = [Probe::default(), Probe::default()];
            let mut filled = Vec::new();
            let mut drained = Vec::new();
            run::<_, String>(
                batches(count),
                &mut buffers,
                |probe, rows| {
                    assert!(
                        !probe.coded || probe.rows.is_none(),
                        "refilled before drain"
                    );
                    filled.push(rows.start);
                    *probe = Probe {
                        rows: Some(rows),
                        coded: false,
                    };
                    Ok(())
                },
                |probe| {
                    probe.coded = true;
                    Ok(())
                },
                |probe| {
                    assert!(probe.coded);
                    drained.push(probe.rows.take().map(|r| r.start));
                    probe.coded = false;
                    Ok(())
                },
            )
            .unwrap();
            let expected: Vec<u64> = batches(count).map(|r| r.start).collect();
            assert_eq!(filled, expected);
            assert_eq!(drained, expected.into_iter().map(Some).collect::<Vec<_>>());
        }
    }

    #[test]
    fn errors_stop_the_pipeline() {
        let mut buffers = [Probe::default(), Probe::default()];
        let result = run::<_, String>(
            batches(5),
            &mut buffers,
            |_, rows| {
                if rows.start == 20 {
                    Err(StreamError::Source("no".into()))
                } else {
                    Ok(())
                }
            },
            |_| Ok(()),
            |_| Ok(()),
        );
        assert!(matches!(result, Err(StreamError::Source(s)) if s == "no"));

        let mut drains = 0;
        let result = run::<_, String>(
            batches(5),
            &mut buffers,
            |_, _| Ok(()),
            |_| Err(ErasureError::NotRestored(1)),
            |_| {
                drains += 1;
                Ok(())
            },
        );
        assert!(matches!(
            result,
            Err(StreamError::Erasure(ErasureError::NotRestored(1)))
        ));
        assert_eq!(drains, 0);
    }
}
