//! The node's marketplace roles end to end, in one process, against the real contracts and real
//! proofs: CairnToken, the Groth16 `StorageProofVerifier` generated from the `test` circuit set's
//! dev keys, and the Marketplace with the devnet parameters, on [`RpcNode`] (revm behind an
//! in-process JSON-RPC endpoint).
//!
//! Five real nodes (`cairn_node::Node`, each on a tokio runtime and thread of its own, like a
//! process) talk to that chain through `cairn_chain::ChainClient` (alloy over HTTP, signed
//! transactions, receipts, `eth_getLogs`) and to each other over libp2p on loopback:
//!
//! - client: uploads through its REST API and buys storage (`POST /storage/request/{cid}`: protect
//!   with K = 2 data and M = 1 parity slots, commitments, storage manifest, `requestStorage`); its
//!   purchasing follower sees the request start and finish and withdraws what is left;
//! - three hosts with availabilities: their sales role queues the request's slots, reserves one
//!   each, downloads the slot from the client over block exchange, checks it against the request's
//!   verification root, proves and fills, proves in every period that requires it, and collects
//!   the payout when the request ends;
//! - validator: marks the missed proofs.
//!
//! The clock moves only when the test advances it, period by period (devnet: period 10 s, timeout
//! 20 s; proofProbability 1, so every period requires a proof of every slot). A host is killed as
//! soon as it takes a slot and started again: it still fills one. In one period a host
//! is killed (its runtime dropped, whatever step it was at) right after the period begins and
//! started again on the same data directory: it must still prove that period and keep its slot.
//! After three periods of proofs the host of slot 2 is killed for good; the validator marks its
//! two missed proofs (20 % of the collateral slashed each time, 20 % of that to the validator),
//! the second removes it and frees the slot (SlotFreed with the 10 % repair reward); nobody
//! repairs (the other hosts hold a slot of the request already, and one lost slot is within the
//! tolerance), the other two keep proving to the end; the request finishes, the follower
//! withdraws, the hosts collect. Every token balance is checked to the wei against
//! docs/MARKETPLACE.md, and the marketplace's balance against what it owes after every period.

use std::time::Instant;

use alloy::{
    primitives::{Address, B256, U256},
    rpc::types::Filter,
};
use cairn_chain::{MarketEvent, MarketplaceEvents, RequestState, SlotState, slot_id};
use cairn_node::{
    HostingSettings, MarketplaceSettings, NodeConfig,
    market::db as market_db,
    market::validator::{MarkStatus, Validator, ValidatorConfig},
};
use cairn_primitives::{BLOCK_SIZE, testing::pseudo_random_bytes};
use cairn_tests::RpcNode;
use serde_json::{Value, json};

use super::nodes::{
    Stack, TestNode, address_of, advance_to_period, assert_conserved, chain_config, connect,
    deploy_stack, fund, quick_roles, test_circuit, wait_until,
};

/// Signing keys of the nodes (test values; chain id 31337 is the only one that accepts dev keys).
const CLIENT_KEY: B256 = B256::with_last_byte(0xc1);
const HOST_KEYS: [B256; 3] = [
    B256::with_last_byte(0xb0),
    B256::with_last_byte(0xb1),
    B256::with_last_byte(0xb2),
];
const VALIDATOR_KEY: B256 = B256::with_last_byte(0xf1);

/// Token units minted to the client and each host.
const MINTED: u64 = 1_000_000_000_000;

/// The request: 3 slots (K = 2, M = 1) of 2 blocks, every period requires a proof.
const SLOTS: u32 = 3;
const TOLERANCE: u32 = 1;
const DURATION: u64 = 70;
const EXPIRY: u64 = 30;
const PRICE_PER_BYTE_PER_SECOND: u64 = 3;
const COLLATERAL_PER_BYTE: u64 = 5;
/// 3 blocks of data: 2 rows of K = 2 blocks, so 2 blocks (128 KiB) per slot.
const DATA_LEN: usize = 2 * BLOCK_SIZE + 5_000;

/// The slot whose host stops proving, and the periods every host proves before that.
const LAZY: usize = 2;
const HONEST_PERIODS: u64 = 3;
/// The slot whose host is killed and restarted, and in which period after the fill.
const RESTARTED: usize = 0;
const RESTART_IN: u64 = 2;

// ------------------------------------------------------------------------------------------------
// The lifecycle
// ------------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn request_fill_prove_slash_free_finish_and_pay_with_real_proofs() {
    let started = Instant::now();
    // The test circuit set and its dev keys, made once and cached on disk for the hosts.
    let circuit_dir = tokio::task::spawn_blocking(test_circuit);
    let rpc = RpcNode::start().await.expect("the RPC endpoint");
    assert_eq!(rpc.chain_id(), 31337);

    // The real contracts, the devnet parameters, tokens and gas money.
    let Stack {
        token,
        verifier,
        marketplace,
        config,
    } = deploy_stack(&rpc);
    let client = address_of(CLIENT_KEY);
    let hosts: Vec<Address> = HOST_KEYS.iter().map(|k| address_of(*k)).collect();
    let validator = address_of(VALIDATOR_KEY);
    let minted: Vec<Address> = std::iter::once(client)
        .chain(hosts.iter().copied())
        .collect();
    fund(&rpc, token, &minted, &[validator], MINTED);
    // The test's own view of the chain.
    let chain = connect(&rpc, marketplace, CLIENT_KEY).await;
    assert_eq!(chain.token(), token);
    assert_eq!(chain.verifier(), verifier);
    assert_eq!(*chain.market_config(), config);
    let (period, timeout) = (config.period, config.timeout);

    // ---- The nodes -----------------------------------------------------------------------------
    let (circuit_dir, circuit) = circuit_dir.await.expect("the circuit set");
    let root = tempfile::tempdir().expect("tempdir");
    let node_config = |name: &str, key: B256, bootstrap: Option<&str>| NodeConfig {
        data_dir: root.path().join(name),
        api_port: 0,
        quota_bytes: 1 << 30,
        listen: vec!["/ip4/127.0.0.1/tcp/0".parse().expect("multiaddr")],
        bootstrap: bootstrap
            .map(|b| vec![b.parse().expect("bootstrap multiaddr")])
            .unwrap_or_default(),
        marketplace: Some(MarketplaceSettings {
            chain: chain_config(&rpc, marketplace, key),
            circuit,
            validator: false,
            hosting: None,
            roles: quick_roles(),
        }),
        ..NodeConfig::default()
    };
    let client_node = TestNode::start("client", node_config("client", CLIENT_KEY, None)).await;
    let bootstrap = client_node.p2p_address().await;
    let mut host_nodes = Vec::new();
    for (index, key) in HOST_KEYS.iter().enumerate() {
        let name = format!("host{index}");
        let mut config = node_config(&name, *key, Some(&bootstrap));
        if let Some(market) = config.marketplace.as_mut() {
            market.hosting = Some(HostingSettings {
                circuit_dir: circuit_dir.clone(),
                zkey: None,
            });
        }
        let host = TestNode::start(&name, config).await;
        host.post(
            "/sales/availability",
            &json!({
                "totalSize": 64u64 << 20,
                "maxDuration": 3600,
                "minPricePerBytePerSecond": "1",
                "maxCollateral": "100000000000",
            }),
        )
        .await;
        host_nodes.push(host);
    }
    let mut validator_config = node_config("validator", VALIDATOR_KEY, Some(&bootstrap));
    if let Some(market) = validator_config.marketplace.as_mut() {
        market.validator = true;
    }
    let mut validator_node = TestNode::start("validator", validator_config.clone()).await;
    // A second handle on the validator's database (SQLite, WAL), to read what it recorded.
    let validator_view = Validator::new(
        connect(&rpc, marketplace, VALIDATOR_KEY).await,
        market_db::open(&validator_config.data_dir)
            .await
            .expect("the validator's database"),
        ValidatorConfig::default(),
    );

    let client_before = chain.balance().await.expect("balance");
    let mut hosts_before = Vec::new();
    for host in &hosts {
        hosts_before.push(chain.token_balance(*host).await.expect("balance"));
    }
    assert_eq!(client_before, U256::from(MINTED));

    // ---- Upload and request (period p0) --------------------------------------------------------
    let data = pseudo_random_bytes(DATA_LEN, 0x11fe);
    let uploaded = reqwest::Client::new()
        .post(format!("{}/data", client_node.api))
        .body(data)
        .send()
        .await
        .expect("upload");
    assert!(
        uploaded.status().is_success(),
        "upload: {}",
        uploaded.status()
    );
    let cid = uploaded.text().await.expect("cid").trim().to_owned();
    let p0 = rpc.timestamp() / period + 1;
    advance_to_period(&rpc, p0, period);
    let request_started = Instant::now();
    let purchase = client_node
        .post(
            &format!("/storage/request/{cid}"),
            &json!({
                "duration": DURATION,
                "pricePerBytePerSecond": PRICE_PER_BYTE_PER_SECOND.to_string(),
                "proofProbability": 1,
                "collateralPerByte": COLLATERAL_PER_BYTE.to_string(),
                "slots": SLOTS,
                "tolerance": TOLERANCE,
                "expiry": EXPIRY,
            }),
        )
        .await;
    let request_id: B256 = purchase["requestId"]
        .as_str()
        .expect("requestId")
        .parse()
        .expect("a request id");
    assert_eq!(purchase["state"], "submitted", "{purchase}");
    let request = chain.get_request(request_id).await.expect("the request");
    let ask = request.ask.clone();
    assert_eq!(ask.slotSize, 2 * BLOCK_SIZE as u64, "2 blocks per slot");
    assert_eq!(request.client, client);
    let slot_size = U256::from(ask.slotSize);
    let rate = slot_size * U256::from(PRICE_PER_BYTE_PER_SECOND);
    let price = rate * U256::from(DURATION) * U256::from(SLOTS);
    let collateral = slot_size * U256::from(COLLATERAL_PER_BYTE);
    assert_eq!(purchase["price"], price.to_string());
    assert_eq!(
        chain.balance().await.expect("balance"),
        client_before - price,
        "the client paid the price up front"
    );
    let slot_ids: Vec<B256> = (0..u64::from(SLOTS))
        .map(|i| slot_id(request_id, i))
        .collect();
    assert_conserved(&chain, request_id, &slot_ids, "requested").await;

    // ---- The hosts' sales fill every slot on their own (period p0) -----------------------------
    // One host is killed as soon as it has taken a slot (reserving, downloading or filling) and
    // started again: it resumes from its record and still fills a slot.
    let preparing = &mut host_nodes[0];
    wait_until("host 0 to take a slot", async || {
        !preparing.sales(request_id).await.is_empty()
    })
    .await;
    let killed_in: Vec<Value> = preparing
        .sales(request_id)
        .await
        .iter()
        .map(|s| s["state"].clone())
        .collect();
    preparing.restart().await;
    eprintln!("host 0 was killed in state {killed_in:?} and restarted");
    wait_until("the hosts to fill every slot", async || {
        chain.request_state(request_id).await.expect("state") == RequestState::Started
    })
    .await;
    eprintln!(
        "request to all slots filled: {:?}",
        request_started.elapsed()
    );
    assert_eq!(
        rpc.timestamp() / period,
        p0,
        "filled within the request's period"
    );
    let info = chain
        .get_request_info(request_id)
        .await
        .expect("request info");
    let ends_at = info.endsAt;
    // Which host holds which slot: one slot each.
    let mut holder = Vec::new();
    let mut filled_at = Vec::new();
    for slot in &slot_ids {
        let record = chain.get_slot(*slot).await.expect("slot");
        let host = hosts
            .iter()
            .position(|h| *h == record.host)
            .expect("a slot is held by one of the hosts");
        assert_eq!(record.collateral, collateral);
        holder.push(host);
        filled_at.push(record.filledAt);
    }
    let mut distinct = holder.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), SLOTS as usize, "each host holds one slot");
    for (index, host) in hosts.iter().enumerate() {
        assert_eq!(
            chain.token_balance(*host).await.expect("balance"),
            hosts_before[index] - collateral,
            "host {index} posted the collateral"
        );
    }
    for (slot, host) in holder.iter().enumerate() {
        let sale = host_nodes[*host]
            .sale(request_id)
            .await
            .expect("the host records its sale");
        assert_eq!(sale["slotIndex"], slot as u64, "{sale}");
        assert!(
            sale["slotCid"].is_string(),
            "the host downloaded its slot: {sale}"
        );
    }
    wait_until(
        "the client's follower to see the request start",
        async || {
            let view = client_node
                .get(&format!("/storage/purchases/{request_id}"))
                .await;
            view["state"] == "started" && view["slotsFilled"] == u64::from(SLOTS)
        },
    )
    .await;
    assert_conserved(&chain, request_id, &slot_ids, "started").await;

    // ---- Periods of proofs; a restart; the lazy host stops; the validator slashes it out -------
    let slash = collateral * U256::from(config.slashPercentage) / U256::from(100);
    let reward = slash * U256::from(config.validatorRewardPercentage) / U256::from(100);
    let repair_reward = collateral * U256::from(config.repairRewardPercentage) / U256::from(100);
    let max_slashes = u64::from(config.maxNumberOfSlashes);
    // The last period that requires proofs ends by `endsAt`.
    let last_required = ends_at / period - 1;
    let first_missed = p0 + HONEST_PERIODS + 1;
    let freed_in = first_missed + max_slashes;
    assert!(
        freed_in <= last_required,
        "the lazy host is slashed out while the request runs"
    );
    assert!(
        timeout >= period,
        "a missed proof can be marked in the next period"
    );
    let lazy_slot = slot_ids[LAZY];
    for p in p0 + 1..=last_required {
        advance_to_period(&rpc, p, period);
        let period_started = Instant::now();
        if p == p0 + RESTART_IN {
            // Killed wherever it is (the period has just begun: about to prove), then started
            // again on the same data: it resumes from its records and proves this period.
            host_nodes[holder[RESTARTED]].restart().await;
            eprintln!("period {p}: the host of slot {RESTARTED} was killed and restarted");
        }
        if p == first_missed {
            host_nodes[holder[LAZY]].kill().await;
            eprintln!("period {p}: the host of slot {LAZY} was killed for good");
        }
        // The validator marks the lazy host's miss of the previous period.
        let missed = p.saturating_sub(first_missed).min(max_slashes);
        if p > first_missed && p <= freed_in {
            let what = format!("the validator to mark period {} of slot {LAZY}", p - 1);
            if missed < max_slashes {
                wait_until(&what, async || {
                    chain.missing_proofs(lazy_slot).await.expect("missing") == missed
                })
                .await;
                let record = chain.get_slot(lazy_slot).await.expect("slot");
                assert_eq!(record.host, hosts[holder[LAZY]], "still the host");
                assert_eq!(
                    record.collateral,
                    collateral - slash * U256::from(missed),
                    "slashed {slash} per missed proof"
                );
            } else {
                wait_until(&what, async || {
                    chain.slot_state(lazy_slot).await.expect("state") == SlotState::Repair
                })
                .await;
                let record = chain.get_slot(lazy_slot).await.expect("slot");
                assert_eq!(record.host, Address::ZERO, "the lazy host was removed");
                assert_eq!(record.collateral, U256::ZERO);
                assert_eq!(record.repairReward, repair_reward);
                assert_eq!(
                    chain.request_state(request_id).await.expect("state"),
                    RequestState::Started,
                    "one lost slot is within the tolerance"
                );
            }
            assert_eq!(
                chain.token_balance(validator).await.expect("balance"),
                reward * U256::from(missed),
                "the validator's reward: {reward} per mark"
            );
        }
        // Every slot still held proves this period, on its host's own initiative.
        for (index, slot) in slot_ids.iter().enumerate() {
            if index == LAZY && p >= first_missed {
                continue;
            }
            assert!(
                chain.is_proof_required(*slot).await.expect("required"),
                "period {p}: slot {index} must prove (proofProbability 1)"
            );
            wait_until(&format!("slot {index}'s proof of period {p}"), async || {
                chain.proof_received(*slot, p).await.expect("received")
            })
            .await;
        }
        if p >= freed_in {
            assert!(
                !chain.is_proof_required(lazy_slot).await.expect("required"),
                "period {p}: the freed slot owes nothing"
            );
        }
        assert_conserved(&chain, request_id, &slot_ids, &format!("period {p}")).await;
        eprintln!(
            "period {p} (p0 + {}): proofs in {:?}",
            p - p0,
            period_started.elapsed()
        );
    }
    assert_eq!(
        chain.get_host(slot_ids[RESTARTED]).await.expect("host"),
        Some(hosts[holder[RESTARTED]]),
        "the restarted host kept its slot"
    );
    // Every period was checked: nothing more to mark.
    advance_to_period(&rpc, last_required + 1, period);
    wait_until("the validator to check the last period", async || {
        let slots = validator_view.followed_slots().await.expect("followed");
        slots.len() == SLOTS as usize - 1
            && slots
                .iter()
                .all(|s| s.checked_through.is_some_and(|c| c >= last_required))
    })
    .await;

    // ---- The end: finished, withdrawn, collected -----------------------------------------------
    let end = ends_at + timeout + 1;
    rpc.advance(end - rpc.timestamp());
    assert_eq!(
        chain.request_state(request_id).await.expect("state"),
        RequestState::Finished
    );
    let diligent: Vec<usize> = (0..SLOTS as usize).filter(|i| *i != LAZY).collect();
    for slot in diligent.iter().copied() {
        let host = &host_nodes[holder[slot]];
        wait_until(&format!("the host of slot {slot} to collect"), async || {
            host.sale(request_id)
                .await
                .is_some_and(|s| s["state"] == "finished")
        })
        .await;
        assert_eq!(
            chain.slot_state(slot_ids[slot]).await.expect("state"),
            SlotState::Paid
        );
    }
    wait_until("the follower to finish and withdraw", async || {
        let view = client_node
            .get(&format!("/storage/purchases/{request_id}"))
            .await;
        view["state"] == "finished" && view["withdrawn"] == true
    })
    .await;

    // ---- Every balance against the contract's rules --------------------------------------------
    let pay = |slot: usize| rate * U256::from(ends_at - filled_at[slot]);
    let hosts_paid: U256 = diligent.iter().map(|i| pay(*i)).sum();
    let marks = U256::from(max_slashes);
    // D + slashes (less rewards) + forfeited collateral + the unclaimed repair reward - the pay of
    // the hosts that stayed = D + C - rewards - their pay.
    let client_payout = price + collateral - reward * marks - hosts_paid;
    let done = client_node
        .get(&format!("/storage/purchases/{request_id}"))
        .await;
    assert_eq!(done["slotsFreed"], 1, "{done}");
    assert_eq!(done["withdrawal"], client_payout.to_string(), "{done}");
    assert_eq!(
        chain.balance().await.expect("balance"),
        client_before - price + client_payout,
        "client: paid the price, got back what the hosts did not earn plus the lazy host's collateral"
    );
    for slot in diligent.iter().copied() {
        let host = holder[slot];
        assert_eq!(
            chain.token_balance(hosts[host]).await.expect("balance"),
            hosts_before[host] + pay(slot),
            "the host of slot {slot}: collateral back plus rate x (endsAt - filledAt)"
        );
    }
    let lazy_host = holder[LAZY];
    assert_eq!(
        chain
            .token_balance(hosts[lazy_host])
            .await
            .expect("balance"),
        hosts_before[lazy_host] - collateral,
        "the lazy host lost its collateral and its pay"
    );
    assert_eq!(
        chain.token_balance(validator).await.expect("balance"),
        reward * marks,
        "validator: {reward} per missed proof"
    );
    assert_eq!(
        chain.token_balance(marketplace).await.expect("balance"),
        U256::ZERO,
        "the marketplace owes nothing any more"
    );
    assert_conserved(&chain, request_id, &slot_ids, "the end").await;

    // ---- What the validator recorded, and the events -------------------------------------------
    validator_node.kill().await;
    let recorded = validator_view.marks().await.expect("marks");
    let expected_marks: Vec<(B256, u64)> = (first_missed..first_missed + max_slashes)
        .map(|p| (lazy_slot, p))
        .collect();
    assert_eq!(
        recorded
            .iter()
            .map(|m| (m.slot_id, m.period))
            .collect::<Vec<_>>(),
        expected_marks
    );
    for mark in &recorded {
        assert_eq!(mark.status, MarkStatus::Marked);
        assert_eq!(mark.reward, Some(reward));
    }
    let events: Vec<MarketEvent> = rpc
        .logs(&Filter::new().address(marketplace).from_block(0))
        .iter()
        .map(|log| MarketEvent::from_log(log).expect("a marketplace event"))
        .collect();
    let mut proofs_per_slot = [0u64; SLOTS as usize];
    let mut missed = Vec::new();
    let mut freed = Vec::new();
    let mut paid = Vec::new();
    let mut withdrawn = Vec::new();
    for event in &events {
        match &event.event {
            MarketplaceEvents::ProofSubmitted(e) => {
                let index = slot_ids
                    .iter()
                    .position(|s| *s == e.slotId)
                    .expect("a slot");
                proofs_per_slot[index] += 1;
            }
            MarketplaceEvents::ProofMissed(e) => {
                missed.push((
                    e.slotId,
                    e.period.to::<u64>(),
                    e.validator,
                    e.slashed,
                    e.reward,
                ));
            }
            MarketplaceEvents::SlotFreed(e) => {
                freed.push((e.requestId, e.slotIndex, e.host, e.repairReward));
            }
            MarketplaceEvents::SlotPaid(e) => paid.push((e.slotId, e.host, e.amount)),
            MarketplaceEvents::FundsWithdrawn(e) => withdrawn.push((e.client, e.amount)),
            _ => {}
        }
    }
    for slot in diligent.iter().copied() {
        assert!(
            proofs_per_slot[slot] >= last_required - p0,
            "slot {slot} proved every period after the fill: {proofs_per_slot:?}"
        );
    }
    assert!(
        proofs_per_slot[LAZY] >= HONEST_PERIODS,
        "the lazy host proved until it stopped: {proofs_per_slot:?}"
    );
    assert_eq!(
        missed,
        expected_marks
            .iter()
            .map(|(slot, p)| (*slot, *p, validator, slash, reward))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        freed,
        vec![(request_id, LAZY as u64, hosts[lazy_host], repair_reward)]
    );
    let mut expected_paid: Vec<_> = diligent
        .iter()
        .map(|i| (slot_ids[*i], hosts[holder[*i]], collateral + pay(*i)))
        .collect();
    paid.sort();
    expected_paid.sort();
    assert_eq!(paid, expected_paid);
    assert_eq!(withdrawn, vec![(client, client_payout)]);
    eprintln!(
        "lifecycle: {} blocks, proofs per slot {:?}, {:?}",
        rpc.block_number(),
        proofs_per_slot,
        started.elapsed()
    );
}
