//! The host's storage prover (DESIGN.md §5): the compiled circuit and its keys, loaded once on
//! first use, proving one slot challenge at a time on the blocking pool.
//!
//! A proof is built from the slot's blocks in the store (only the sampled blocks are read), the
//! slot's [`SlotTree`] and the [`VerifyTree`] over every slot root of the request; it is verified
//! in Rust before it is handed out, so an invalid proof never reaches the chain.

use std::sync::Arc;

use cairn_chain::{ANVIL_CHAIN_ID, B256, Groth16Proof, U256};
use cairn_commitments::{Fr, SlotTree, VerifyTree};
use cairn_primitives::Cid;
use cairn_prover::{CircuitSet, Keys, Prover, ProverError, calldata::SolidityProof};
use cairn_store::{Store, StoreError};
use tokio::sync::{Mutex, OnceCell};

use crate::{HostingSettings, dataset::commitments::CommitmentParams};

/// Why a proof could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ProvingError {
    /// The circuit, the keys or the proof failed.
    #[error("prover: {0}")]
    Prover(#[from] ProverError),
    /// Dev keys were asked for on a chain other than a devnet.
    #[error(
        "chain {0} is not a devnet: hosting needs the ceremony's proving key (--zkey); the dev \
         keys are public and only accepted on chain id {ANVIL_CHAIN_ID}"
    )]
    DevKeysOffDevnet(u64),
    /// The store failed reading a block.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The proof did not verify against its own statement (a bug or corrupt data).
    #[error("the proof does not verify against its public inputs; not submitted")]
    SelfCheck,
    /// The keys do not match the marketplace's verifier.
    #[error(
        "the proving key's verifying key hashes to {keys}, the marketplace's verifier to {verifier}: \
         proofs made with it would be rejected (use the zkey the verifier was made from)"
    )]
    VerifierKeyMismatch {
        /// The hash of the keys loaded here.
        keys: B256,
        /// What the verifier reports.
        verifier: B256,
    },
    /// The proving task failed.
    #[error("proving task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

/// Loads the circuit on first use and proves slot challenges, one at a time.
#[derive(Debug, Clone)]
pub struct SlotProver {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    settings: HostingSettings,
    chain_id: u64,
    set: CircuitSet,
    prover: OnceCell<Arc<Prover>>,
    /// One proof at a time: proving uses every core.
    busy: Mutex<()>,
    /// The verifying-key hash the marketplace's verifier reports (checked when the keys load).
    expected_key: std::sync::OnceLock<B256>,
    /// How long a proof takes here (milliseconds, a moving average; 0 before the first).
    typical_ms: std::sync::atomic::AtomicU64,
}

impl SlotProver {
    /// Reads the circuit set's description (cheap); the circuit and keys load on first proof.
    pub fn new(settings: HostingSettings, chain_id: u64) -> Result<Self, ProvingError> {
        if settings.zkey.is_none() && chain_id != ANVIL_CHAIN_ID {
            return Err(ProvingError::DevKeysOffDevnet(chain_id));
        }
        let set = CircuitSet::open(&settings.circuit_dir)?;
        Ok(Self {
            inner: Arc::new(Inner {
                settings,
                chain_id,
                set,
                prover: OnceCell::new(),
                expected_key: std::sync::OnceLock::new(),
                busy: Mutex::new(()),
                typical_ms: std::sync::atomic::AtomicU64::new(0),
            }),
        })
    }

    /// The circuit's bounds (slot depth, verification-tree depth).
    pub fn params(&self) -> CommitmentParams {
        CommitmentParams {
            max_slot_depth: self.inner.set.params.max_slot_depth,
            slots_depth: self.inner.set.params.slots_depth,
        }
    }

    /// The circuit set's name (`test`, `production`).
    pub fn set_name(&self) -> String {
        self.inner.set.name.clone()
    }

    /// Cells sampled per proof.
    pub fn samples(&self) -> u32 {
        self.inner.set.params.samples
    }

    /// Makes loading the keys fail unless their verifying key hashes to `hash` (what the
    /// marketplace's verifier reports).
    pub fn expect_verifying_key(&self, hash: B256) {
        let _ = self.inner.expected_key.set(hash);
    }

    /// How long a proof takes on this machine (a moving average of the proofs made so far, from
    /// reading the sampled blocks to the checked proof); `None` before the first.
    pub fn typical_duration(&self) -> Option<std::time::Duration> {
        match self
            .inner
            .typical_ms
            .load(std::sync::atomic::Ordering::Relaxed)
        {
            0 => None,
            ms => Some(std::time::Duration::from_millis(ms)),
        }
    }

    fn record_duration(&self, took: std::time::Duration) {
        let sample = u64::try_from(took.as_millis()).unwrap_or(u64::MAX).max(1);
        let typical = &self.inner.typical_ms;
        let old = typical.load(std::sync::atomic::Ordering::Relaxed);
        let new = if old == 0 {
            sample
        } else {
            (old.saturating_mul(3).saturating_add(sample)) / 4
        };
        typical.store(new.max(1), std::sync::atomic::Ordering::Relaxed);
    }

    /// Loads the circuit and keys now (they load on first proof otherwise).
    pub async fn load(&self) -> Result<(), ProvingError> {
        self.prover().await.map(|_| ())
    }

    async fn prover(&self) -> Result<Arc<Prover>, ProvingError> {
        let inner = self.inner.clone();
        self.inner
            .prover
            .get_or_try_init(|| async move {
                let started = std::time::Instant::now();
                let prover = tokio::task::spawn_blocking(move || {
                    let circuit = inner.set.load()?;
                    let keys = match &inner.settings.zkey {
                        Some(path) => Keys::from_zkey(path, &circuit)?,
                        None if inner.chain_id == ANVIL_CHAIN_ID => {
                            inner.set.dev_keys(&circuit, cairn_prover::DEV_SEED)?
                        }
                        None => return Err(ProvingError::DevKeysOffDevnet(inner.chain_id)),
                    };
                    if let Some(expected) = inner.expected_key.get() {
                        let keys_hash =
                            B256::from(cairn_prover::verifying_key_hash(keys.verifying_key()));
                        if keys_hash != *expected {
                            return Err(ProvingError::VerifierKeyMismatch {
                                keys: keys_hash,
                                verifier: *expected,
                            });
                        }
                    }
                    Ok::<_, ProvingError>(Arc::new(Prover::new(circuit, keys)))
                })
                .await??;
                tracing::info!(set = %self.inner.set.name, elapsed = ?started.elapsed(), "storage-proof circuit loaded");
                Ok(prover)
            })
            .await
            .cloned()
    }

    /// Proves that the stored dataset `slot_cid` (slot `slot_index`'s blocks in row order, whose
    /// tree is `slot_tree`) answers the challenge `entropy` under `verify_tree`; the proof is
    /// checked before it is returned.
    pub async fn prove(
        &self,
        store: &Store,
        slot_cid: &Cid,
        slot_index: u64,
        slot_tree: Arc<SlotTree>,
        verify_tree: Arc<VerifyTree>,
        entropy: U256,
    ) -> Result<Groth16Proof, ProvingError> {
        let prover = self.prover().await?;
        let _one_at_a_time = self.inner.busy.lock().await;
        let reader = store.reader(slot_cid).await?;
        let slot_blocks = reader.manifest().block_count;
        let params = self.inner.set.params;
        let runtime = tokio::runtime::Handle::current();
        let entropy = fr_of(entropy);
        let started = std::time::Instant::now();
        let proof = tokio::task::spawn_blocking(move || {
            let (statement, inputs) = cairn_prover::storage_inputs(
                &params,
                entropy,
                &verify_tree,
                slot_index,
                &slot_tree,
                slot_blocks,
                |index| {
                    runtime
                        .block_on(reader.block(index))
                        .map(|(_, bytes)| bytes.to_vec())
                        .map_err(|e| ProverError::Witness(format!("reading block {index}: {e}")))
                },
            )?;
            let proved = prover.prove(&inputs)?;
            if !prover.verify(&proved.proof, &statement.public_inputs())? {
                return Err(ProvingError::SelfCheck);
            }
            Ok(to_chain(&SolidityProof::from_proof(&proved.proof)))
        })
        .await??;
        self.record_duration(started.elapsed());
        Ok(proof)
    }
}

/// A chain value (the challenge's entropy) as a field element (it is already reduced on chain).
pub fn fr_of(value: U256) -> Fr {
    let bytes = value.to_be_bytes::<32>();
    // On-chain entropy is reduced modulo the field; reduce again so any value maps.
    cairn_commitments::fr_from_be_bytes(&bytes).unwrap_or_else(|_| {
        let reduced = value % field_modulus();
        cairn_commitments::fr_from_be_bytes(&reduced.to_be_bytes::<32>()).unwrap_or_default()
    })
}

/// The BN254 scalar field's modulus (`SNARK_SCALAR_FIELD` in the contracts).
fn field_modulus() -> U256 {
    U256::from_str_radix(
        "21888242871839275222246405745257275088548364400416034343698204186575808495617",
        10,
    )
    .unwrap_or(U256::MAX)
}

/// A proof in the verifier's calldata layout as the marketplace binding's `Groth16Proof`.
pub fn to_chain(proof: &SolidityProof) -> Groth16Proof {
    let w = |word: &[u8; 32]| U256::from_be_bytes(*word);
    Groth16Proof {
        a: [w(&proof.a[0]), w(&proof.a[1])],
        b: [
            [w(&proof.b[0][0]), w(&proof.b[0][1])],
            [w(&proof.b[1][0]), w(&proof.b[1][1])],
        ],
        c: [w(&proof.c[0]), w(&proof.c[1])],
    }
}
