//! What can go wrong while loading circuits and keys, proving and encoding.

use std::path::PathBuf;

/// An error of the prover.
#[derive(Debug, thiserror::Error)]
pub enum ProverError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A circuit artifact (`.r1cs`, `.wasm`) is malformed.
    #[error("invalid circuit artifact {path}: {reason}")]
    Artifact {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// The witness could not be computed: unknown or missing input signals, or inputs that
    /// violate the circuit's constraints (the statement is false).
    #[error("witness computation failed: {0}")]
    Witness(String),
    /// A key file is malformed or belongs to another circuit.
    #[error("invalid key {path}: {reason}")]
    Key {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// Groth16 proving failed.
    #[error("proving failed: {0}")]
    Proving(String),
    /// The number of public inputs does not match the circuit.
    #[error("the circuit has {expected} public inputs, got {got}")]
    PublicInputs {
        /// What the circuit declares.
        expected: usize,
        /// What was given.
        got: usize,
    },
    /// A JSON document does not have the expected shape.
    #[error("invalid {what}: {reason}")]
    Json {
        /// Which document.
        what: &'static str,
        /// What is wrong.
        reason: String,
    },
    /// A number is not a canonical element of its field (or not a point on the curve).
    #[error("{0}")]
    Encoding(String),
}

impl ProverError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }
}
