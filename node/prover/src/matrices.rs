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

/// The A, B and C matrices of a circuit, and its variable counts.
#[derive(Debug, Clone)]
pub(crate) struct Matrices {
    pub(crate) abc: [Matrix<Fr>; 3],
    /// The constant one plus the public signals.
    pub(crate) num_inputs: usize,
    /// Every wire.
    pub(crate) num_variables: usize,
    pub(crate) num_constraints: usize,
}

impl Matrices {
    /// Moves the constraints out of a parsed R1CS (no copy kept: the production circuit's
    /// constraints take hundreds of MB).
    pub(crate) fn from_r1cs(r1cs: R1CS<Fr>) -> Self {
        let num_constraints = r1cs.constraints.len();
        let row = |lc: Vec<(usize, Fr)>| {
            lc.into_iter()
                .map(|(index, coeff)| (coeff, index))
                .collect()
        };
        let mut a = Vec::with_capacity(num_constraints);
        let mut b = Vec::with_capacity(num_constraints);
        let mut c = Vec::with_capacity(num_constraints);
        for (ra, rb, rc) in r1cs.constraints {
            a.push(row(ra));
            b.push(row(rb));
            c.push(row(rc));
        }
        Self {
            abc: [a, b, c],
            num_inputs: r1cs.num_inputs,
            num_variables: r1cs.num_variables,
            num_constraints,
        }
    }
}

/// The circuit's shape for key generation (no witness).
pub(crate) struct SetupCircuit<'a> {
    pub(crate) matrices: &'a Matrices,
}

impl ConstraintSynthesizer<Fr> for SetupCircuit<'_> {
    fn generate_constraints(self, cs: ConstraintSystemRef<Fr>) -> Result<(), SynthesisError> {
        let m = self.matrices;
        for _ in 1..m.num_inputs {
            let _ = cs.new_input_variable(|| Ok(Fr::from(1u64)))?;
        }
        for _ in m.num_inputs..m.num_variables {
            let _ = cs.new_witness_variable(|| Ok(Fr::from(1u64)))?;
        }
        let variable = |index: usize| {
            if index < m.num_inputs {
                Variable::instance(index)
            } else {
                Variable::witness(index - m.num_inputs)
            }
        };
        let lc = |terms: &[(Fr, usize)]| {
            LinearCombination(terms.iter().map(|(c, i)| (*c, variable(*i))).collect())
        };
        let [a, b, c] = &m.abc;
        for ((ra, rb), rc) in a.iter().zip(b).zip(c) {
            let (la, lb, lc) = (lc(ra), lc(rb), lc(rc));
            cs.enforce_r1cs_constraint(|| la, || lb, || lc)?;
        }
        Ok(())
    }
}
