//! The marketplace's whole lifecycle on the real bytecode, driven through the generated bindings
//! the way cairn nodes will drive it: a client requests storage, four hosts fill the slots, periods
//! pass with proofs submitted, one host stops proving, a validator marks its proofs missing until
//! it is slashed out, a fifth host repairs the slot, the request finishes, and everyone is paid.
//! Every balance is checked against the rules in docs/MARKETPLACE.md, to the wei.
//!
//! Proofs: the Groth16 verifier arrives with the storage-proof circuit; until then the marketplace
//! is deployed here with `TestStorageProofVerifier`, whose valid "proof" for public inputs
//! `[entropy, verifyRoot, slotIndex]` is `a[0] = keccak256(abi.encode(inputs)) mod r`. The test
//! reads each challenge (`getChallenge`) from the chain exactly as a prover will.

use alloy::primitives::{Address, B256, U256, address, keccak256};
use cairn_bindings::{
    cairn_token::CairnToken,
    marketplace::{
        IMarketplace::{Ask, Config, Content, Request},
        Marketplace::{self, Groth16Proof},
    },
    test_storage_proof_verifier::TestStorageProofVerifier,
};
use cairn_tests::{TestChain, expect_failure};

use crate::support;

const DEPLOYER: Address = address!("0x00000000000000000000000000000000000000a1");
const CLIENT: Address = address!("0x00000000000000000000000000000000000000c1");
const VALIDATOR: Address = address!("0x00000000000000000000000000000000000000f1");
const HOSTS: [Address; 4] = [
    address!("0x00000000000000000000000000000000000000b0"),
    address!("0x00000000000000000000000000000000000000b1"),
    address!("0x00000000000000000000000000000000000000b2"),
    address!("0x00000000000000000000000000000000000000b3"),
];
const REPAIRER: Address = address!("0x00000000000000000000000000000000000000b4");

const PERIOD: u64 = 60;
const TIMEOUT: u64 = 120;
const SLOTS: u64 = 4;
const SLOT_SIZE: u64 = 1 << 20;
const DURATION: u64 = 40 * PERIOD;
const EXPIRY: u64 = 10 * PERIOD;
const PRICE_PER_BYTE_PER_SECOND: u64 = 1_000;
const COLLATERAL_PER_BYTE: u64 = 1_000_000_000;
const SLASH_PERCENTAGE: u8 = 20;
const MAX_SLASHES: u8 = 2;
const VALIDATOR_REWARD_PERCENTAGE: u8 = 20;
const REPAIR_REWARD_PERCENTAGE: u8 = 10;

/// RequestState / SlotState values (IMarketplace's enums).
const REQUEST_NEW: u8 = 1;
const REQUEST_STARTED: u8 = 2;
const REQUEST_FINISHED: u8 = 4;
const SLOT_FILLED: u8 = 2;
const SLOT_FINISHED: u8 = 3;
const SLOT_PAID: u8 = 5;
const SLOT_REPAIR: u8 = 7;

/// The BN254 scalar field modulus.
fn snark_field() -> U256 {
    U256::from_str_radix(
        "21888242871839275222246405745257275088548364400416034343698204186575808495617",
        10,
    )
    .expect("modulus")
}

struct Market {
    chain: TestChain,
    token: Address,
    verifier: Address,
    market: Address,
}

impl Market {
    fn deploy() -> Self {
        let mut chain = TestChain::new();
        let token = support::deploy_token(&mut chain, DEPLOYER);
        let verifier = chain
            .deploy(
                DEPLOYER,
                &TestStorageProofVerifier::BYTECODE,
                &TestStorageProofVerifier::constructorCall {},
            )
            .expect("verifier")
            .value;
        let config = Config {
            period: PERIOD,
            timeout: TIMEOUT,
            minProofProbability: 1,
            maxProofProbability: 100,
            slashPercentage: SLASH_PERCENTAGE,
            maxNumberOfSlashes: MAX_SLASHES,
            validatorRewardPercentage: VALIDATOR_REWARD_PERCENTAGE,
            repairRewardPercentage: REPAIR_REWARD_PERCENTAGE,
            maxReservations: 3,
            reservationTimeout: 60,
            maxRequestDuration: 30 * 24 * 3600,
        };
        let market = support::deploy_marketplace(&mut chain, DEPLOYER, token, verifier, config);
        let mut this = Self {
            chain,
            token,
            verifier,
            market,
        };
        support::fund(
            &mut this.chain,
            token,
            DEPLOYER,
            market,
            [CLIENT, REPAIRER].into_iter().chain(HOSTS),
        );
        this
    }

    fn balance(&mut self, who: Address) -> U256 {
        self.chain
            .call(
                DEPLOYER,
                self.token,
                &CairnToken::balanceOfCall { account: who },
            )
            .expect("balanceOf")
    }

    fn slot_id(&mut self, request_id: B256, index: u64) -> B256 {
        self.chain
            .call(
                DEPLOYER,
                self.market,
                &Marketplace::slotIdCall {
                    requestId: request_id,
                    slotIndex: index,
                },
            )
            .expect("slotId")
    }

    fn request_state(&mut self, request_id: B256) -> u8 {
        self.chain
            .call(
                DEPLOYER,
                self.market,
                &Marketplace::requestStateCall {
                    requestId: request_id,
                },
            )
            .expect("requestState")
    }

    fn slot_state(&mut self, slot_id: B256) -> u8 {
        self.chain
            .call(
                DEPLOYER,
                self.market,
                &Marketplace::slotStateCall { id: slot_id },
            )
            .expect("slotState")
    }

    fn proof_required(&mut self, slot_id: B256) -> bool {
        self.chain
            .call(
                DEPLOYER,
                self.market,
                &Marketplace::isProofRequiredCall { id: slot_id },
            )
            .expect("isProofRequired")
    }

    fn current_period(&mut self) -> u64 {
        self.chain
            .call(DEPLOYER, self.market, &Marketplace::currentPeriodCall {})
            .expect("currentPeriod")
            .saturating_to()
    }

    /// The proof the stand-in verifier accepts for the slot's current challenge, built from the
    /// chain's views the way the prover will build its public inputs.
    fn proof(
        &mut self,
        request_id: B256,
        index: u64,
        verify_root: B256,
        host: Address,
    ) -> Groth16Proof {
        let slot_id = self.slot_id(request_id, index);
        let entropy = self
            .chain
            .call(
                DEPLOYER,
                self.market,
                &Marketplace::getChallengeCall { id: slot_id, host },
            )
            .expect("getChallenge");
        assert!(!entropy.is_zero(), "the challenge must be known");
        let inputs = [
            entropy,
            U256::from_be_bytes(verify_root.0),
            U256::from(index),
        ];
        let mut encoded = Vec::with_capacity(96);
        for input in inputs {
            encoded.extend_from_slice(&input.to_be_bytes::<32>());
        }
        let a0 = U256::from_be_bytes(keccak256(&encoded).0) % snark_field();
        // The Rust rule matches the verifier contract's own.
        let expected = self
            .chain
            .call(
                DEPLOYER,
                self.verifier,
                &TestStorageProofVerifier::proofForCall {
                    publicInputs: inputs,
                },
            )
            .expect("proofFor");
        assert_eq!(expected.a[0], a0);
        Groth16Proof {
            a: [a0, U256::ZERO],
            b: [[U256::ZERO; 2]; 2],
            c: [U256::ZERO; 2],
        }
    }

    /// Moves to the first second of the next period (one new block).
    fn next_period(&mut self) {
        let now = self.chain.timestamp();
        self.chain.advance_time(PERIOD - now % PERIOD);
    }

    fn commit_randomness(&mut self) {
        self.chain
            .send(
                VALIDATOR,
                self.market,
                &Marketplace::commitRandomnessCall {},
            )
            .expect("commitRandomness");
    }
}

fn request(verify_root: B256) -> Request {
    Request {
        client: CLIENT,
        ask: Ask {
            slots: SLOTS,
            slotSize: SLOT_SIZE,
            duration: DURATION,
            proofProbability: 1,
            pricePerBytePerSecond: U256::from(PRICE_PER_BYTE_PER_SECOND),
            collateralPerByte: U256::from(COLLATERAL_PER_BYTE),
            maxSlotLoss: 1,
        },
        content: Content {
            cid: b"\x01\x71\x12\x20cairn test manifest".to_vec().into(),
            verifyRoot: verify_root,
        },
        expiry: EXPIRY,
        nonce: B256::repeat_byte(7),
    }
}

#[test]
fn request_fill_prove_slash_repair_finish_and_pay_everyone() {
    let mut m = Market::deploy();
    let verify_root = B256::from(U256::from(123_456_789u64));
    let rate = U256::from(SLOT_SIZE) * U256::from(PRICE_PER_BYTE_PER_SECOND);
    let collateral = U256::from(SLOT_SIZE) * U256::from(COLLATERAL_PER_BYTE);
    let price = rate * U256::from(DURATION) * U256::from(SLOTS);
    let start: Vec<U256> = [CLIENT, VALIDATOR, REPAIRER]
        .into_iter()
        .chain(HOSTS)
        .map(|who| m.balance(who))
        .collect();
    let before = |who: Address| -> U256 {
        let index = [CLIENT, VALIDATOR, REPAIRER]
            .into_iter()
            .chain(HOSTS)
            .position(|a| a == who)
            .expect("actor");
        start[index]
    };

    // The client requests storage and pays the full price up front.
    let sent = m
        .chain
        .send(
            CLIENT,
            m.market,
            &Marketplace::requestStorageCall {
                request: request(verify_root),
            },
        )
        .expect("requestStorage");
    let request_id = sent.value;
    eprintln!("gas requestStorage: {}", sent.gas_used);
    assert_eq!(m.request_state(request_id), REQUEST_NEW);
    assert_eq!(m.balance(m.market), price);
    let duplicate = expect_failure(
        m.chain.send(
            CLIENT,
            m.market,
            &Marketplace::requestStorageCall {
                request: request(verify_root),
            },
        ),
        "the same request twice",
    );
    assert!(duplicate.revert_data().is_some());

    // The seed of the current period was committed by requestStorage; it is known one block later.
    m.chain.advance_time(1);
    let slot_ids: Vec<B256> = (0..SLOTS).map(|i| m.slot_id(request_id, i)).collect();
    let mut filled_at = Vec::new();
    for (index, host) in HOSTS.iter().enumerate() {
        let index = index as u64;
        let reserved = m
            .chain
            .send(
                *host,
                m.market,
                &Marketplace::reserveSlotCall {
                    requestId: request_id,
                    slotIndex: index,
                },
            )
            .expect("reserveSlot");
        eprintln!("gas reserveSlot: {}", reserved.gas_used);
        // A wrong proof is rejected and changes nothing.
        let mut bad = m.proof(request_id, index, verify_root, *host);
        bad.a[0] += U256::from(1);
        expect_failure(
            m.chain.send(
                *host,
                m.market,
                &Marketplace::fillSlotCall {
                    requestId: request_id,
                    slotIndex: index,
                    proof: bad,
                },
            ),
            "fillSlot with a wrong proof",
        );
        let proof = m.proof(request_id, index, verify_root, *host);
        let filled = m
            .chain
            .send(
                *host,
                m.market,
                &Marketplace::fillSlotCall {
                    requestId: request_id,
                    slotIndex: index,
                    proof,
                },
            )
            .expect("fillSlot");
        eprintln!("gas fillSlot: {}", filled.gas_used);
        filled_at.push(m.chain.timestamp());
        assert_eq!(m.slot_state(slot_ids[index as usize]), SLOT_FILLED);
        m.chain.advance_time(5);
    }
    assert_eq!(m.request_state(request_id), REQUEST_STARTED);
    assert_eq!(m.balance(m.market), price + collateral * U256::from(SLOTS));
    let info = m
        .chain
        .call(
            DEPLOYER,
            m.market,
            &Marketplace::getRequestInfoCall {
                requestId: request_id,
            },
        )
        .expect("getRequestInfo");
    let ends_at = info.endsAt;

    // Periods pass. Host 3 stops proving: the validator marks each missing proof, and after
    // MAX_SLASHES the host is out and slot 3 waits for repair. The repairer then fills it.
    let lazy = 3usize;
    let mut slashes = 0u32;
    let mut proofs = 0u32;
    let mut repaired_at = None;
    m.commit_randomness();
    loop {
        m.next_period();
        let period = m.current_period();
        if (period + 1) * PERIOD > ends_at {
            break;
        }
        for (index, slot_id) in slot_ids.iter().enumerate() {
            if !m.proof_required(*slot_id) {
                continue;
            }
            if index == lazy && repaired_at.is_none() {
                continue;
            }
            let prover = if index == lazy {
                REPAIRER
            } else {
                HOSTS[index]
            };
            let proof = m.proof(request_id, index as u64, verify_root, prover);
            let sent = m
                .chain
                .send(
                    prover,
                    m.market,
                    &Marketplace::submitProofCall {
                        id: *slot_id,
                        proof,
                    },
                )
                .expect("submitProof");
            proofs += 1;
            if proofs == 1 || proofs == 20 {
                eprintln!("gas submitProof (proof {proofs}): {}", sent.gas_used);
            }
        }
        // The validator keeps the next period's randomness binding.
        m.commit_randomness();
        // Mark the previous period's missing proof of the lazy host, while it is still in.
        if repaired_at.is_none() && slashes < u32::from(MAX_SLASHES) && period > 0 {
            let previous = U256::from(period - 1);
            let required = m
                .chain
                .call(
                    DEPLOYER,
                    m.market,
                    &Marketplace::isProofRequiredInCall {
                        id: slot_ids[lazy],
                        period: previous,
                    },
                )
                .expect("isProofRequiredIn");
            if required {
                let marked = m
                    .chain
                    .send(
                        VALIDATOR,
                        m.market,
                        &Marketplace::markProofAsMissingCall {
                            id: slot_ids[lazy],
                            period: previous,
                        },
                    )
                    .expect("markProofAsMissing");
                eprintln!("gas markProofAsMissing: {}", marked.gas_used);
                slashes += 1;
            }
        }
        if slashes == u32::from(MAX_SLASHES) && repaired_at.is_none() {
            assert_eq!(m.slot_state(slot_ids[lazy]), SLOT_REPAIR);
            assert_eq!(m.request_state(request_id), REQUEST_STARTED);
            m.chain.advance_time(1);
            let proof = m.proof(request_id, lazy as u64, verify_root, REPAIRER);
            m.chain
                .send(
                    REPAIRER,
                    m.market,
                    &Marketplace::fillSlotCall {
                        requestId: request_id,
                        slotIndex: lazy as u64,
                        proof,
                    },
                )
                .expect("repair fillSlot");
            repaired_at = Some(m.chain.timestamp());
            assert_eq!(m.slot_state(slot_ids[lazy]), SLOT_FILLED);
        }
    }
    assert_eq!(
        slashes,
        u32::from(MAX_SLASHES),
        "the lazy host was slashed out"
    );
    let repaired_at = repaired_at.expect("slot 3 was repaired");
    assert!(
        proofs > 20,
        "hosts proved in every period ({proofs} proofs)"
    );

    // The request finishes; payouts wait for the timeout of the last periods.
    m.chain.advance_time(ends_at - m.chain.timestamp() + 1);
    assert_eq!(m.request_state(request_id), REQUEST_FINISHED);
    assert_eq!(m.slot_state(slot_ids[0]), SLOT_FINISHED);
    expect_failure(
        m.chain.send(
            HOSTS[0],
            m.market,
            &Marketplace::freeSlotCall { id: slot_ids[0] },
        ),
        "payout before the timeout",
    );
    m.chain.advance_time(TIMEOUT);
    for (index, slot_id) in slot_ids.iter().enumerate() {
        let host = if index == lazy {
            REPAIRER
        } else {
            HOSTS[index]
        };
        let freed = m
            .chain
            .send(host, m.market, &Marketplace::freeSlotCall { id: *slot_id })
            .expect("freeSlot (payout)");
        eprintln!("gas freeSlot (payout): {}", freed.gas_used);
        assert_eq!(m.slot_state(*slot_id), SLOT_PAID);
    }
    expect_failure(
        m.chain.send(
            HOSTS[3],
            m.market,
            &Marketplace::freeSlotCall { id: slot_ids[lazy] },
        ),
        "the evicted host collects nothing",
    );
    m.chain
        .send(
            CLIENT,
            m.market,
            &Marketplace::withdrawFundsCall {
                requestId: request_id,
            },
        )
        .expect("withdrawFunds");

    // Every balance, to the wei.
    let slashed = collateral * U256::from(SLASH_PERCENTAGE) / U256::from(100u64);
    let reward = slashed * U256::from(VALIDATOR_REWARD_PERCENTAGE) / U256::from(100u64);
    let slashes_u = U256::from(MAX_SLASHES);
    // The repair reward is earned in proportion to the time left after the repair.
    let full_repair_reward = collateral * U256::from(REPAIR_REWARD_PERCENTAGE) / U256::from(100u64);
    let started_at = filled_at.iter().copied().max().expect("fills");
    let repair_reward =
        full_repair_reward * U256::from(ends_at - repaired_at) / U256::from(ends_at - started_at);
    let forfeited = collateral - slashed * slashes_u;
    let pay = |from: u64| rate * U256::from(ends_at - from);
    let mut hosts_paid = U256::ZERO;
    for (index, host) in HOSTS.iter().enumerate() {
        if index == lazy {
            assert_eq!(
                m.balance(*host),
                before(*host) - collateral,
                "the evicted host lost its collateral"
            );
            continue;
        }
        let earned = pay(filled_at[index]);
        hosts_paid += earned;
        assert_eq!(
            m.balance(*host),
            before(*host) + earned,
            "host {index} got collateral back plus pay from its fill to the end"
        );
    }
    let repair_pay = pay(repaired_at);
    hosts_paid += repair_pay;
    assert_eq!(
        m.balance(REPAIRER),
        before(REPAIRER) + repair_pay + repair_reward,
        "the repairer got collateral back, pay from the repair to the end, and the repair reward"
    );
    assert_eq!(
        m.balance(VALIDATOR),
        before(VALIDATOR) + reward * slashes_u,
        "the validator earned its share of each slash"
    );
    let client_credit = (slashed - reward) * slashes_u + forfeited - repair_reward;
    assert!(repair_reward < full_repair_reward);
    assert_eq!(
        m.balance(CLIENT),
        before(CLIENT) - price + (price - hosts_paid) + client_credit,
        "the client got back what hosts did not earn, plus slashed and forfeited collateral"
    );
    assert_eq!(m.balance(m.market), U256::ZERO, "nothing is left behind");
}
