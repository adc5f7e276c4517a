//! Test support: deterministic pseudo-random data for tests and benchmarks (xorshift64; not for
//! cryptography; different seeds give different bytes, and no two 64 KiB blocks of one output
//! repeat, so block deduplication never hides a bug in a test), and the drift check for committed
//! generated files (test vectors, the generated verifier).

/// Fills `out` with the xorshift64 stream started from `seed`.
pub fn fill_pseudo_random(out: &mut [u8], seed: u64) {
    let mut state = 0x9e37_79b9_7f4a_7c15u64 ^ seed.wrapping_mul(0x1000_0000_01b3);
    for chunk in out.chunks_mut(8) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        chunk.copy_from_slice(&state.to_le_bytes()[..chunk.len()]);
    }
}

/// `len` pseudo-random bytes from `seed`.
pub fn pseudo_random_bytes(len: usize, seed: u64) -> Vec<u8> {
    let mut out = vec![0u8; len];
    fill_pseudo_random(&mut out, seed);
    out
}

/// Drift check for a committed generated file: when the environment variable `update_var` is `1`
/// writes `generated` to
/// `path`; otherwise panics, saying `how_to_update`, unless the file holds exactly `generated`.
pub fn check_or_update_file(
    path: &std::path::Path,
    generated: &str,
    update_var: &str,
    how_to_update: &str,
) {
    if std::env::var(update_var).is_ok_and(|v| v == "1") {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create the folder of a generated file");
        }
        std::fs::write(path, generated).expect("write a generated file");
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is missing or out of date: {how_to_update}, and commit it",
        path.display()
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_seed_dependent() {
        assert_eq!(pseudo_random_bytes(100, 1), pseudo_random_bytes(100, 1));
        assert_ne!(pseudo_random_bytes(100, 1), pseudo_random_bytes(100, 2));
        assert_eq!(
            pseudo_random_bytes(13, 5)[..],
            pseudo_random_bytes(64, 5)[..13]
        );
        let data = pseudo_random_bytes(4 * 65536, 3);
        assert_ne!(data[..65536], data[65536..131072]);
    }
}
