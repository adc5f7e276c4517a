//! Proving and verifying keys: a seeded dev setup, snarkjs zkeys, and a cache file format.

use std::{
    fs::File,
    io::{BufReader, BufWriter, Read, Write},
    path::Path,
};

use ark_bn254::{Bn254, Fr};
use ark_crypto_primitives::snark::SNARK;
use ark_groth16::{Groth16, PreparedVerifyingKey, ProvingKey, VerifyingKey};
use ark_relations::utils::matrix::Matrix;
use ark_serialize::{CanonicalDeserialize, CanonicalSerialize, Compress, Validate};
use ark_std::rand::{SeedableRng, rngs::StdRng};

use crate::{Circuit, ProverError, matrices::SetupCircuit};

/// Magic prefix of a cached key file (followed by the reduction byte and the proving key).
const KEY_FILE_MAGIC: &[u8; 8] = b"cairnpk1";

/// How the QAP witness map is computed: it must be the one the proving key was made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reduction {
    /// arkworks' own (keys from [`Keys::dev_setup`]).
    Libsnark,
    /// snarkjs's (keys from a `.zkey`).
    Circom,
}

/// Groth16 keys for one circuit.
pub struct Keys {
    pub(crate) proving: ProvingKey<Bn254>,
    pub(crate) prepared: PreparedVerifyingKey<Bn254>,
    pub(crate) reduction: Reduction,
    /// Constraint matrices that came with a zkey (snarkjs's own view of the circuit).
    pub(crate) zkey_matrices: Option<[Matrix<Fr>; 3]>,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys")
            .field("reduction", &self.reduction)
            .field("public_inputs", &(self.proving.vk.gamma_abc_g1.len() - 1))
            .finish()
    }
}

impl Keys {
    /// A deterministic single-party setup from `seed`: the same circuit and seed always give the
    /// same keys. Its toxic waste is derivable from the seed, so anyone can forge proofs: for
    /// devnets and tests only, never for production.
    pub fn dev_setup(circuit: &Circuit, seed: u64) -> Result<Self, ProverError> {
        let mut rng = StdRng::seed_from_u64(seed);
        let (proving, _) = Groth16::<Bn254>::circuit_specific_setup(
            SetupCircuit {
                matrices: circuit.matrices(),
            },
            &mut rng,
        )
        .map_err(|e| ProverError::Proving(format!("setup: {e}")))?;
        Ok(Self::from_parts(proving, Reduction::Libsnark, None))
    }

    /// Keys from a snarkjs `.zkey` (a ceremony's output). Reading a large zkey takes seconds.
    pub fn from_zkey(path: &Path, circuit: &Circuit) -> Result<Self, ProverError> {
        let file = File::open(path).map_err(|e| ProverError::io(path, e))?;
        let mut reader = BufReader::new(file);
        let (proving, index) =
            ark_circom::read_zkey(&mut reader).map_err(|e| ProverError::Key {
                path: path.to_path_buf(),
                reason: e.to_string(),
            })?;
        let keys = Self::from_parts(
            proving,
            Reduction::Circom,
            Some([index.a, index.b, index.c]),
        );
        keys.check_circuit(circuit, path)?;
        Ok(keys)
    }

    /// Loads keys written by [`Keys::save`], checking that they fit `circuit`.
    pub fn load(path: &Path, circuit: &Circuit) -> Result<Self, ProverError> {
        let bad = |reason: String| ProverError::Key {
            path: path.to_path_buf(),
            reason,
        };
        let file = File::open(path).map_err(|e| ProverError::io(path, e))?;
        let mut reader = BufReader::new(file);
        let mut magic = [0u8; 8];
        reader
            .read_exact(&mut magic)
            .map_err(|e| bad(format!("cannot read the header: {e}")))?;
        if &magic != KEY_FILE_MAGIC {
            return Err(bad("not a cairn key file".into()));
        }
        // Our own cache file: points were checked when the keys were made; skipping the subgroup
        // checks makes loading several times faster.
        let proving =
            ProvingKey::<Bn254>::deserialize_with_mode(&mut reader, Compress::No, Validate::No)
                .map_err(|e| bad(e.to_string()))?;
        let keys = Self::from_parts(proving, Reduction::Libsnark, None);
        keys.check_circuit(circuit, path)?;
        Ok(keys)
    }

    /// Writes the proving key (it contains the verifying key) to `path`.
    pub fn save(&self, path: &Path) -> Result<(), ProverError> {
        if self.reduction != Reduction::Libsnark {
            return Err(ProverError::Key {
                path: path.to_path_buf(),
                reason: "only dev keys are cached; keep the .zkey for ceremony keys".into(),
            });
        }
        let file = File::create(path).map_err(|e| ProverError::io(path, e))?;
        let mut writer = BufWriter::new(file);
        writer
            .write_all(KEY_FILE_MAGIC)
            .map_err(|e| ProverError::io(path, e))?;
        self.proving
            .serialize_with_mode(&mut writer, Compress::No)
            .map_err(|e| ProverError::Key {
                path: path.to_path_buf(),
                reason: e.to_string(),
            })?;
        writer.flush().map_err(|e| ProverError::io(path, e))
    }

    /// The verifying key.
    pub fn verifying_key(&self) -> &VerifyingKey<Bn254> {
        &self.proving.vk
    }

    /// The reduction proofs must use with these keys.
    pub fn reduction(&self) -> Reduction {
        self.reduction
    }

    fn from_parts(
        proving: ProvingKey<Bn254>,
        reduction: Reduction,
        zkey_matrices: Option<[Matrix<Fr>; 3]>,
    ) -> Self {
        let prepared = ark_groth16::prepare_verifying_key(&proving.vk);
        Self {
            proving,
            prepared,
            reduction,
            zkey_matrices,
        }
    }

    fn check_circuit(&self, circuit: &Circuit, path: &Path) -> Result<(), ProverError> {
        let public = self.proving.vk.gamma_abc_g1.len() - 1;
        let wires = self.proving.a_query.len();
        if public != circuit.num_public_inputs() || wires != circuit.num_wires() {
            return Err(ProverError::Key {
                path: path.to_path_buf(),
                reason: format!(
                    "made for a circuit with {public} public inputs and {wires} wires, this one has {} and {}",
                    circuit.num_public_inputs(),
                    circuit.num_wires()
                ),
            });
        }
        Ok(())
    }
}
