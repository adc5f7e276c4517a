//! The circuit's constraints as arkworks matrices, and a synthesizer over a borrowed R1CS.
//!
//! Circom wire indices already follow arkworks' variable layout (0 = the constant one, then the
//! public signals, then the private ones), so the matrices are the constraints as they are. The
//! prover uses them directly (`create_proof_with_reduction_and_matrices`): no constraint
//! synthesis per proof.

use ark_bn254::Fr;
use ark_circom::circom::R1CS;
use ark_relations::{
    gr1cs::{
        ConstraintSynthesizer, ConstraintSystemRef, LinearCombination, SynthesisError, Variable,
    },
    utils::matrix::Matrix,
};

/// The A, B and C matrices of a circuit.
#[derive(Debug, Clone)]
pub(crate) struct Matrices {
    pub(crate) abc: [Matrix<Fr>; 3],
    pub(crate) num_inputs: usize,
    pub(crate) num_constraints: usize,
}

impl Matrices {
    pub(crate) fn from_r1cs(r1cs: &R1CS<Fr>) -> Self {
        let row = |lc: &[(usize, Fr)]| lc.iter().map(|(index, coeff)| (*coeff, *index)).collect();
        let mut a = Vec::with_capacity(r1cs.constraints.len());
        let mut b = Vec::with_capacity(r1cs.constraints.len());
        let mut c = Vec::with_capacity(r1cs.constraints.len());
        for (ra, rb, rc) in &r1cs.constraints {
            a.push(row(ra));
            b.push(row(rb));
            c.push(row(rc));
        }
        Self {
            abc: [a, b, c],
            num_inputs: r1cs.num_inputs,
            num_constraints: r1cs.constraints.len(),
        }
    }
}

/// The circuit's shape for key generation (no witness).
pub(crate) struct SetupCircuit<'a> {
    pub(crate) r1cs: &'a R1CS<Fr>,
}

impl ConstraintSynthesizer<Fr> for SetupCircuit<'_> {
    fn generate_constraints(self, cs: ConstraintSystemRef<Fr>) -> Result<(), SynthesisError> {
        let r1cs = self.r1cs;
        for _ in 1..r1cs.num_inputs {
            let _ = cs.new_input_variable(|| Ok(Fr::from(1u64)))?;
        }
        for _ in 0..r1cs.num_aux {
            let _ = cs.new_witness_variable(|| Ok(Fr::from(1u64)))?;
        }
        let variable = |index: usize| {
            if index < r1cs.num_inputs {
                Variable::instance(index)
            } else {
                Variable::witness(index - r1cs.num_inputs)
            }
        };
        let lc = |terms: &[(usize, Fr)]| {
            LinearCombination(terms.iter().map(|(i, c)| (*c, variable(*i))).collect())
        };
        for (a, b, c) in &r1cs.constraints {
            let (a, b, c) = (lc(a), lc(b), lc(c));
            cs.enforce_r1cs_constraint(|| a, || b, || c)?;
        }
        Ok(())
    }
}
