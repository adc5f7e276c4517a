//! Commitment throughput: cell hashing and slot tree building over a pseudo-random slot, with a
//! plain SHA-256 of the same bytes measured in the same run as the reference, plus single Poseidon
//! calls (this crate's optimised evaluation next to light-poseidon's straightforward one).
//!
//! `cargo run --release -p cairn-commitments --bin commitments-bench [MiB]` (default 64 MiB).
//!
//! MB/s are 10^6 bytes per second of slot data; best of a few runs. The slot tree build hashes
//! every cell (on the rayon pool: all cores) and then the inner nodes; "1 thread" is the same
//! build in a one-thread pool.

use std::{hint::black_box, time::Instant};

use ark_ff::PrimeField;
use cairn_commitments::{BLOCK_SIZE, CELL_SIZE, Fr, SlotTree, cell_hash, poseidon, poseidon2};
use cairn_primitives::{BlockHash, testing::pseudo_random_bytes};
use light_poseidon::{Poseidon, PoseidonHasher};

const RUNS: usize = 3;

/// Best wall time of [`RUNS`] runs of `f`, in seconds.
fn best(mut f: impl FnMut()) -> f64 {
    (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// Calls per second of `f`, timed over `n` calls.
fn per_second(n: usize, mut f: impl FnMut()) -> f64 {
    n as f64 / best(|| (0..n).for_each(|_| f()))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mib: usize = std::env::args().nth(1).map_or(Ok(64), |s| s.parse())?;
    let blocks = (mib << 20) / BLOCK_SIZE;
    let bytes = blocks * BLOCK_SIZE;
    let data: Vec<Vec<u8>> = (0..blocks)
        .map(|i| pseudo_random_bytes(BLOCK_SIZE, i as u64))
        .collect();
    let threads = rayon::current_num_threads();
    println!(
        "slot: {mib} MiB = {blocks} blocks = {} cells; rayon threads: {threads}\n",
        bytes / CELL_SIZE
    );

    let inputs12: Vec<Fr> = (1..=12u64).map(Fr::from).collect();
    let mut light12 = Poseidon::<Fr>::new_circom(12)?;
    let mut light2 = Poseidon::<Fr>::new_circom(2)?;
    let (a, b) = (Fr::from(1u64), Fr::from(2u64));
    println!("| Poseidon call | this crate (calls/s) | light-poseidon (calls/s) |");
    println!("| --- | ---: | ---: |");
    println!(
        "| 12 inputs | {:.0} | {:.0} |",
        per_second(2000, || {
            black_box(poseidon(black_box(&inputs12)).ok());
        }),
        per_second(500, || {
            black_box(light12.hash(black_box(&inputs12)).ok());
        })
    );
    println!(
        "| 2 inputs | {:.0} | {:.0} |\n",
        per_second(20000, || {
            black_box(poseidon2(black_box(a), black_box(b)));
        }),
        per_second(5000, || {
            black_box(light2.hash(black_box(&[a, b])).ok());
        })
    );

    let cell: &[u8; CELL_SIZE] = data[0][..CELL_SIZE].try_into()?;
    let cells_1t = per_second(500, || {
        black_box(cell_hash(black_box(cell)));
    });

    let sha = best(|| {
        for block in &data {
            black_box(BlockHash::of(block));
        }
    });
    let mut root = Fr::from(0u64);
    let tree = best(|| {
        root = SlotTree::build(&data).map(|t| t.root()).unwrap_or_default();
    });
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build()?;
    let tree_1t = pool.install(|| {
        best(|| {
            black_box(SlotTree::build(&data).ok());
        })
    });
    let cells = (bytes / CELL_SIZE) as f64;
    println!("| measurement | cells/s | MB/s |");
    println!("| --- | ---: | ---: |");
    println!(
        "| cell hash, 1 thread | {cells_1t:.0} | {:.2} |",
        cells_1t * CELL_SIZE as f64 / 1e6
    );
    println!(
        "| slot tree build, 1 thread ({mib} MiB) | {:.0} | {:.2} |",
        cells / tree_1t,
        bytes as f64 / tree_1t / 1e6
    );
    println!(
        "| slot tree build, {threads} threads ({mib} MiB) | {:.0} | {:.2} |",
        cells / tree,
        bytes as f64 / tree / 1e6
    );
    println!(
        "| SHA-256 of the same blocks, 1 thread | - | {:.0} |",
        bytes as f64 / sha / 1e6
    );
    println!(
        "\nslot root: {} (depth {})",
        root.into_bigint(),
        SlotTree::depth_for_blocks(blocks as u64)
    );
    Ok(())
}
