//! Proving and verifying.

use ark_bn254::{Bn254, Fr};
use ark_circom::CircomReduction;
use ark_ff::UniformRand;
use ark_groth16::{Groth16, Proof, r1cs_to_qap::LibsnarkReduction};
use ark_std::rand::rngs::OsRng;

use crate::{Circuit, CircuitInputs, Keys, ProverError, Reduction};

/// A proof and the public inputs it proves.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvedStatement {
    /// The Groth16 proof.
    pub proof: Proof<Bn254>,
    /// The public inputs, in the circuit's order.
    pub public_inputs: Vec<Fr>,
}

/// Proves statements of one circuit with one set of keys.
#[derive(Debug)]
pub struct Prover {
    circuit: Circuit,
    keys: Keys,
}

impl Prover {
    /// A prover for `circuit` with `keys` (made for it).
    pub fn new(circuit: Circuit, keys: Keys) -> Self {
        Self { circuit, keys }
    }

    /// The circuit.
    pub fn circuit(&self) -> &Circuit {
        &self.circuit
    }

    /// The keys.
    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// Computes the witness and proves it (zero-knowledge: fresh randomness per proof).
    pub fn prove(&self, inputs: &CircuitInputs) -> Result<ProvedStatement, ProverError> {
        let witness = self.circuit.witness(inputs)?;
        self.prove_witness(&witness)
    }

    /// Proves an already computed witness (see [`Circuit::witness`]).
    pub fn prove_witness(&self, witness: &[Fr]) -> Result<ProvedStatement, ProverError> {
        let mut rng = OsRng;
        let r = Fr::rand(&mut rng);
        let s = Fr::rand(&mut rng);
        let matrices = self.circuit.matrices();
        let abc = self.keys.zkey_matrices.as_ref().unwrap_or(&matrices.abc);
        let proving = &self.keys.proving;
        let (inputs, constraints) = (matrices.num_inputs, matrices.num_constraints);
        let proof = match self.keys.reduction {
            Reduction::Libsnark => {
                Groth16::<Bn254, LibsnarkReduction>::create_proof_with_reduction_and_matrices(
                    proving,
                    r,
                    s,
                    abc,
                    inputs,
                    constraints,
                    witness,
                )
            }
            Reduction::Circom => {
                Groth16::<Bn254, CircomReduction>::create_proof_with_reduction_and_matrices(
                    proving,
                    r,
                    s,
                    abc,
                    inputs,
                    constraints,
                    witness,
                )
            }
        }
        .map_err(|e| ProverError::Proving(e.to_string()))?;
        Ok(ProvedStatement {
            proof,
            public_inputs: self.circuit.public_inputs(witness),
        })
    }

    /// Checks a proof against public inputs with this prover's verifying key.
    pub fn verify(&self, proof: &Proof<Bn254>, public_inputs: &[Fr]) -> Result<bool, ProverError> {
        verify(&self.keys, proof, public_inputs)
    }
}

/// Checks a proof against public inputs with `keys`' verifying key.
pub fn verify(
    keys: &Keys,
    proof: &Proof<Bn254>,
    public_inputs: &[Fr],
) -> Result<bool, ProverError> {
    verify_prepared(&keys.prepared, proof, public_inputs)
}

/// Checks a proof against public inputs with a verifying key (e.g. read from snarkjs JSON).
pub fn verify_with(
    vk: &ark_groth16::VerifyingKey<Bn254>,
    proof: &Proof<Bn254>,
    public_inputs: &[Fr],
) -> Result<bool, ProverError> {
    verify_prepared(
        &ark_groth16::prepare_verifying_key(vk),
        proof,
        public_inputs,
    )
}

fn verify_prepared(
    prepared: &ark_groth16::PreparedVerifyingKey<Bn254>,
    proof: &Proof<Bn254>,
    public_inputs: &[Fr],
) -> Result<bool, ProverError> {
    let expected = prepared.vk.gamma_abc_g1.len() - 1;
    if public_inputs.len() != expected {
        return Err(ProverError::PublicInputs {
            expected,
            got: public_inputs.len(),
        });
    }
    Groth16::<Bn254>::verify_proof(prepared, proof, public_inputs)
        .map_err(|e| ProverError::Proving(e.to_string()))
}
