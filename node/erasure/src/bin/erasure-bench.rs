//! Erasure-coding throughput: raw reed-solomon-simd (one encoder/decoder looping over rows, as
//! its own benchmarks do) next to cairn's batch pipeline (`BatchCodec` over batches of 16 rows,
//! as `protect` runs it, in parallel on the rayon pool), same shards, same run.
//!
//! `cargo run --release -p cairn-erasure --bin erasure-bench [MiB of data per shape, default 128]`
//! Prints a markdown table; MB/s are of original data (10^6 bytes per second).

use std::{hint::black_box, time::Instant};

// The allocator the `cairn` binary uses too: glibc malloc returns freed parity buffers to the OS
// and page-faults them back in on the next batch, which costs more than the coding itself.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use cairn_erasure::BatchCodec;
use reed_solomon_simd::{ReedSolomonDecoder, ReedSolomonEncoder};

const SHARD: usize = 64 * 1024;
const BATCH_ROWS: usize = 16;
const SHAPES: [(usize, usize); 4] = [(2, 1), (4, 2), (10, 5), (32, 32)];

fn random_shards(count: usize) -> Vec<Vec<u8>> {
    (0..count)
        .map(|i| cairn_primitives::testing::pseudo_random_bytes(SHARD, i as u64))
        .collect()
}

/// Timed runs per measurement; the best is reported (the first run also warms the allocator).
const RUNS: usize = 3;

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;

/// Best throughput (MB/s of `bytes`) over `runs` runs of `f`.
fn best_of(runs: usize, bytes: usize, mut f: impl FnMut() -> BenchResult<()>) -> BenchResult<f64> {
    let mut best = f64::INFINITY;
    for _ in 0..runs {
        let start = Instant::now();
        f()?;
        best = best.min(start.elapsed().as_secs_f64());
    }
    Ok(bytes as f64 / best / 1e6)
}

fn main() -> BenchResult<()> {
    let mib: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(128);
    println!(
        "erasure-bench: {mib} MiB of data per shape, 64 KiB shards, best of {RUNS} runs, pipeline on {} threads",
        rayon::current_num_threads()
    );
    println!();
    println!(
        "| K+M | raw encode MB/s | pipeline encode MB/s | ratio | raw rebuild MB/s | pipeline rebuild MB/s | ratio |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (k, m) in SHAPES {
        let rows = (mib << 20) / (k * SHARD);
        let data = random_shards(rows * k);
        let bytes = rows * k * SHARD;
        let rows_data: Vec<Vec<&[u8]>> = data
            .chunks(k)
            .map(|row| row.iter().map(Vec::as_slice).collect())
            .collect();

        let codec = BatchCodec::new(k, m, SHARD)?;
        let mut encoder = ReedSolomonEncoder::new(k, m, SHARD)?;
        let mut decoder = ReedSolomonDecoder::new(k, m, SHARD)?;

        // Parity for the rebuild runs (not timed).
        let mut parity: Vec<Vec<Vec<u8>>> = Vec::with_capacity(rows);
        for row in &rows_data {
            encoder.reset(k, m, SHARD)?;
            for shard in row {
                encoder.add_original_shard(shard)?;
            }
            parity.push(
                encoder
                    .encode()?
                    .recovery_iter()
                    .map(<[u8]>::to_vec)
                    .collect(),
            );
        }

        // Raw encode: one encoder, row after row; each row's parity copied out, as the pipeline does.
        let raw_encode = best_of(RUNS, bytes, || {
            for row in &rows_data {
                encoder.reset(k, m, SHARD)?;
                for shard in row {
                    encoder.add_original_shard(shard)?;
                }
                let result = encoder.encode()?;
                black_box(
                    result
                        .recovery_iter()
                        .map(<[u8]>::to_vec)
                        .collect::<Vec<_>>(),
                );
            }
            Ok(())
        })?;

        // Pipeline encode: batches of rows through the rayon pool.
        let pipeline_encode = best_of(RUNS, bytes, || {
            for batch in rows_data.chunks(BATCH_ROWS) {
                black_box(codec.encode_rows(batch)?);
            }
            Ok(())
        })?;

        // Raw rebuild: the first M data slots are lost; one decoder, row after row.
        let lost = m.min(k);
        let raw_rebuild = best_of(RUNS, bytes, || {
            for (row, row_parity) in rows_data.iter().zip(&parity) {
                decoder.reset(k, m, SHARD)?;
                for (i, shard) in row.iter().enumerate().skip(lost) {
                    decoder.add_original_shard(i, shard)?;
                }
                for (i, shard) in row_parity.iter().enumerate() {
                    decoder.add_recovery_shard(i, shard)?;
                }
                let result = decoder.decode()?;
                black_box(
                    result
                        .restored_original_iter()
                        .map(|(i, b)| (i, b.to_vec()))
                        .collect::<Vec<_>>(),
                );
            }
            Ok(())
        })?;

        // Pipeline rebuild: the same losses, batches of rows.
        let pipeline_rebuild = best_of(RUNS, bytes, || {
            for (batch, batch_parity) in rows_data.chunks(BATCH_ROWS).zip(parity.chunks(BATCH_ROWS))
            {
                let damaged: Vec<Vec<Option<&[u8]>>> = batch
                    .iter()
                    .zip(batch_parity)
                    .map(|(row, p)| {
                        row.iter()
                            .enumerate()
                            .map(|(i, s)| (i >= lost).then_some(*s))
                            .chain(p.iter().map(|s| Some(s.as_slice())))
                            .collect()
                    })
                    .collect();
                black_box(codec.rebuild_rows(&damaged)?);
            }
            Ok(())
        })?;

        println!(
            "| {k}+{m} | {raw_encode:.0} | {pipeline_encode:.0} | {:.2} | {raw_rebuild:.0} | {pipeline_rebuild:.0} | {:.2} |",
            pipeline_encode / raw_encode,
            pipeline_rebuild / raw_rebuild
        );
    }
    Ok(())
}
