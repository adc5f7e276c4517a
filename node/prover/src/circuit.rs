//! A compiled circom circuit: its constraints and its witness generator.

use std::{
    fs::File,
    io::BufReader,
    path::{Path, PathBuf},
    sync::Mutex,
};

use ark_bn254::Fr;
use ark_circom::{
    WitnessCalculator,
    circom::{R1CS, R1CSFile},
};
use wasmer::Store;

use crate::{CircuitInputs, ProverError, matrices::Matrices};

/// A circom circuit loaded from its `.r1cs` and witness `.wasm` (load once, prove many times).
pub struct Circuit {
    matrices: Matrices,
    witness: Mutex<WitnessEngine>,
    r1cs_path: PathBuf,
}

struct WitnessEngine {
    store: Store,
    calculator: WitnessCalculator,
}

impl std::fmt::Debug for Circuit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Circuit")
            .field("r1cs", &self.r1cs_path)
            .field("constraints", &self.num_constraints())
            .field("public_inputs", &self.num_public_inputs())
            .finish()
    }
}

impl Circuit {
    /// Loads the circuit: parses the constraints and compiles the witness wasm (seconds for large
    /// circuits: do it once).
    pub fn load(wasm: &Path, r1cs: &Path) -> Result<Self, ProverError> {
        let file = File::open(r1cs).map_err(|e| ProverError::io(r1cs, e))?;
        let parsed =
            R1CSFile::<Fr>::new(BufReader::new(file)).map_err(|e| ProverError::Artifact {
                path: r1cs.to_path_buf(),
                reason: e.to_string(),
            })?;
        let mut r1cs_data: R1CS<Fr> = parsed.into();
        // circom 2 witnesses are in wire order already.
        r1cs_data.wire_mapping = None;
        if !wasm.is_file() {
            return Err(ProverError::io(
                wasm,
                std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
            ));
        }
        let mut store = Store::default();
        let calculator =
            WitnessCalculator::from_file(&mut store, wasm).map_err(|e| ProverError::Artifact {
                path: wasm.to_path_buf(),
                reason: e.to_string(),
            })?;
        let matrices = Matrices::from_r1cs(r1cs_data);
        Ok(Self {
            matrices,
            witness: Mutex::new(WitnessEngine { store, calculator }),
            r1cs_path: r1cs.to_path_buf(),
        })
    }

    /// Public inputs (and outputs) of the circuit, the constant 1 not counted.
    pub fn num_public_inputs(&self) -> usize {
        self.matrices.num_inputs - 1
    }

    /// Number of constraints.
    pub fn num_constraints(&self) -> usize {
        self.matrices.num_constraints
    }

    /// Number of wires (the constant 1, public and private signals).
    pub fn num_wires(&self) -> usize {
        self.matrices.num_variables
    }

    /// Computes the full witness (wire order; `[0]` is 1, then the public signals). Fails when an
    /// input is missing or unknown, or the inputs violate a constraint.
    pub fn witness(&self, inputs: &CircuitInputs) -> Result<Vec<Fr>, ProverError> {
        let mut engine = self
            .witness
            .lock()
            .map_err(|_| ProverError::Witness("the witness engine was poisoned".into()))?;
        let WitnessEngine { store, calculator } = &mut *engine;
        let witness = calculator
            .calculate_witness_element::<Fr, _>(store, inputs.to_signals(), true)
            .map_err(|e| ProverError::Witness(format!("{e:#}")))?;
        if witness.len() != self.matrices.num_variables {
            return Err(ProverError::Witness(format!(
                "the wasm produced {} wires, the r1cs has {}",
                witness.len(),
                self.matrices.num_variables
            )));
        }
        self.check_satisfied(&witness)?;
        Ok(witness)
    }

    /// Checks every constraint `<A, w> * <B, w> = <C, w>`: a witness that violates one (missing
    /// inputs leave the circuit uncomputed, for one) is refused before any proving work.
    fn check_satisfied(&self, witness: &[Fr]) -> Result<(), ProverError> {
        let eval = |terms: &[(Fr, usize)]| -> Fr {
            terms
                .iter()
                .map(|(coeff, index)| witness[*index] * coeff)
                .sum()
        };
        let [a, b, c] = &self.matrices.abc;
        for (i, ((ra, rb), rc)) in a.iter().zip(b).zip(c).enumerate() {
            if eval(ra) * eval(rb) != eval(rc) {
                return Err(ProverError::Witness(format!(
                    "constraint {i} is not satisfied: the inputs are incomplete or the statement is false"
                )));
            }
        }
        Ok(())
    }

    /// The public signals of a witness.
    pub fn public_inputs(&self, witness: &[Fr]) -> Vec<Fr> {
        witness[1..self.matrices.num_inputs].to_vec()
    }

    pub(crate) fn matrices(&self) -> &Matrices {
        &self.matrices
    }
}
