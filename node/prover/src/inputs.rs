//! Circuit inputs: named signals with their values, as circom's witness calculator takes them.

use std::collections::BTreeMap;

use ark_bn254::Fr;
use ark_ff::{BigInteger, PrimeField};
use num_bigint::{BigInt, Sign};

/// The input signals of one proof, by name; arrays are flattened in row-major order (circom's
/// rule for multi-dimensional signals).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CircuitInputs {
    signals: BTreeMap<String, Vec<BigInt>>,
}

impl CircuitInputs {
    /// No signals yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets a scalar signal.
    pub fn set(&mut self, name: &str, value: Fr) -> &mut Self {
        self.signals.insert(name.to_owned(), vec![to_bigint(value)]);
        self
    }

    /// Sets an array signal (flattened row-major).
    pub fn set_array(&mut self, name: &str, values: impl IntoIterator<Item = Fr>) -> &mut Self {
        self.signals
            .insert(name.to_owned(), values.into_iter().map(to_bigint).collect());
        self
    }

    /// The signal names and values, for the witness calculator.
    pub(crate) fn to_signals(&self) -> Vec<(String, Vec<BigInt>)> {
        self.signals
            .iter()
            .map(|(name, values)| (name.clone(), values.clone()))
            .collect()
    }

    /// The inputs as circom's `input.json` (decimal strings), for snarkjs and debugging.
    pub fn to_json(&self) -> serde_json::Value {
        let object = self
            .signals
            .iter()
            .map(|(name, values)| {
                let value = if values.len() == 1 {
                    serde_json::Value::String(values[0].to_string())
                } else {
                    serde_json::Value::Array(
                        values
                            .iter()
                            .map(|v| serde_json::Value::String(v.to_string()))
                            .collect(),
                    )
                };
                (name.clone(), value)
            })
            .collect();
        serde_json::Value::Object(object)
    }
}

fn to_bigint(value: Fr) -> BigInt {
    BigInt::from_bytes_le(Sign::Plus, &value.into_bigint().to_bytes_le())
}
