//! cairn's storage prover (DESIGN.md §5): Groth16 over BN254 for circom circuits.
//!
//! - [`Circuit`]: a compiled circom circuit (`.r1cs` + witness `.wasm`), loaded once; computes
//!   witnesses by running circom's wasm with wasmer and holds the constraint matrices.
//! - [`Keys`]: proving and verifying keys: a deterministic seeded setup for devnets and tests
//!   ([`Keys::dev_setup`], never for production), or a snarkjs `.zkey` from a ceremony
//!   ([`Keys::from_zkey`]); cached on disk with [`Keys::save`] / [`Keys::load`].
//! - [`Prover`]: proves from circuit inputs with the matrices (no per-proof synthesis) and
//!   verifies in Rust.
//! - [`storage_inputs`]: the storage-proof circuit's inputs for a slot, a challenge and the
//!   verification tree (docs/PROTOCOL.md, "Proof commitments"); [`CircuitSet`] finds a compiled
//!   parameter set (`circuits/build/<set>/info.json`).
//! - [`snarkjs`]: proof, public inputs and verifying key in snarkjs's JSON formats;
//!   [`calldata`]: the proof as the Solidity verifier takes it (G2 limbs swapped);
//!   [`solidity`]: renders the Groth16 verifier contract for a verifying key.
//!
//! Everything here is synchronous and CPU-bound: the async node calls it from
//! `tokio::task::spawn_blocking`.

pub mod calldata;
mod circuit;
mod error;
mod inputs;
mod keys;
mod matrices;
mod prover;
pub mod snarkjs;
pub mod solidity;
mod storage;

pub use ark_bn254::{Bn254, Fr};

/// The seed of cairn's dev keys: the committed Solidity verifier is made from the `test` set's
/// keys for this seed. Anyone can forge proofs for dev keys: devnets and tests only.
pub const DEV_SEED: u64 = 0xca1e;
pub use ark_groth16::{Proof, VerifyingKey};
pub use circuit::Circuit;
pub use error::ProverError;
pub use inputs::CircuitInputs;
pub use keys::{Keys, Reduction};
pub use prover::{ProvedStatement, Prover, verify, verify_with};
pub use solidity::verifying_key_hash;
pub use storage::{CircuitSet, StorageParams, StorageStatement, storage_inputs};
