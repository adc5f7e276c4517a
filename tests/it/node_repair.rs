//! Repair end to end, in one process, against the real contracts and real proofs (see
//! `node_lifecycle.rs` for the setting): N = 5 slots, K = 3, M = 2.
//!
//! Seven hosts with availabilities race for the five slots; the two left without one are the
//! spares. Once the request has started, the client deletes every local copy (`DELETE /data` of
//! each dataset). Two hosts stop for good; the validator marks their missed proofs and frees both
//! slots. The two spares take the slots in repair, one rebuilds both lost slots in one pass from
//! three surviving slots (none from the client), the other fetches its slot from it: K + 1 slots
//! of transfer for two repairs. Both fill with real proofs and prove to the end. After the last
//! period that requires proofs, two other original hosts stop, and the client gets the file back,
//! bit-exact, from the three slots left, both repaired slots among them; they are then started
//! again to collect. Every balance is checked to the wei (repair rewards to the repairers,
//! collateral lost by the slashed hosts, the client's payout), and the marketplace's balance
//! against what it owes after every period.

use std::time::{Duration, Instant};

use alloy::primitives::{Address, B256, U256};
use cairn_chain::{RequestState, SlotState, slot_id};
use cairn_node::{HostingSettings, MarketplaceSettings, NodeConfig};
use cairn_primitives::{BLOCK_SIZE, testing::pseudo_random_bytes};
use cairn_tests::RpcNode;
use serde_json::json;

use super::nodes::{
    Stack, TestNode, WAIT, address_of, advance_to_period, assert_conserved, chain_config, connect,
    deploy_stack, fund, init_logs, quick_roles, test_circuit, wait_until,
};

const CLIENT_KEY: B256 = B256::with_last_byte(0xc2);
const VALIDATOR_KEY: B256 = B256::with_last_byte(0xf2);
/// Seven hosts for five slots: two spares.
const HOSTS: u8 = 7;
fn host_key(index: u8) -> B256 {
    B256::with_last_byte(0xd0 + index)
}

const MINTED: u64 = 1_000_000_000_000;
const SLOTS: u32 = 5;
const K: u64 = 3;
const TOLERANCE: u32 = 2;
/// Long enough for: fill (p0), 2 honest periods, 2 missed, the repair, 2 periods of proofs.
const DURATION: u64 = 85;
const EXPIRY: u64 = 30;
const PRICE_PER_BYTE_PER_SECOND: u64 = 3;
const COLLATERAL_PER_BYTE: u64 = 5;
/// 9 blocks of data: 3 rows of K = 3, so 3 blocks (192 KiB) per slot.
const DATA_LEN: usize = 8 * BLOCK_SIZE + 5_000;
/// The slots whose hosts stop for good, and the periods every host proves before that.
const LOST: [usize; 2] = [1, 3];
const HONEST_PERIODS: u64 = 2;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_lost_slots_are_rebuilt_by_spares_without_the_client_and_the_data_survives() {
    let started = Instant::now();
    init_logs();
    let circuit = tokio::task::spawn_blocking(test_circuit);
    let rpc = RpcNode::start().await.expect("the RPC endpoint");
    let Stack {
        token,
        marketplace,
        config,
        ..
    } = deploy_stack(&rpc);
    let client = address_of(CLIENT_KEY);
    let hosts: Vec<Address> = (0..HOSTS).map(|i| address_of(host_key(i))).collect();
    let validator = address_of(VALIDATOR_KEY);
    let minted: Vec<Address> = std::iter::once(client)
        .chain(hosts.iter().copied())
        .collect();
    fund(&rpc, token, &minted, &[validator], MINTED);
    let chain = connect(&rpc, marketplace, CLIENT_KEY).await;
    let (period, timeout) = (config.period, config.timeout);

    // ---- The nodes -----------------------------------------------------------------------------
    let (circuit_dir, circuit) = circuit.await.expect("the circuit set");
    let root = tempfile::tempdir().expect("tempdir");
    let mut roles = quick_roles();
    // Lazy repair: a spare that took the first freed slot waits for the second loss (it comes
    // within the validator's same pass), then one pass rebuilds both.
    roles.sales.repair_delay = Duration::from_secs(30);
    roles.sales.repair_peer_wait = Duration::from_secs(60);
    roles.sales.repair_probe_timeout = Duration::from_secs(5);
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
            roles: roles.clone(),
        }),
        ..NodeConfig::default()
    };
    let client_node = TestNode::start("client", node_config("client", CLIENT_KEY, None)).await;
    let bootstrap = client_node.p2p_address().await;
    let mut host_nodes = Vec::new();
    for index in 0..HOSTS {
        let name = format!("host{index}");
        let mut config = node_config(&name, host_key(index), Some(&bootstrap));
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
    let _validator_node = TestNode::start("validator", validator_config).await;
    let client_before = chain.balance().await.expect("balance");
    let mut hosts_before = Vec::new();
    for host in &hosts {
        hosts_before.push(chain.token_balance(*host).await.expect("balance"));
    }

    // ---- Upload and request (period p0); every slot filled ------------------------------------
    let data = pseudo_random_bytes(DATA_LEN, 0x7e9a);
    let cid = client_node.upload(data.clone()).await;
    let p0 = rpc.timestamp() / period + 1;
    advance_to_period(&rpc, p0, period);
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
    let request = chain.get_request(request_id).await.expect("the request");
    let content_cid = cairn_primitives::Cid::from_bytes(&request.content.cid)
        .expect("content.cid")
        .to_string();
    let slot_size = U256::from(request.ask.slotSize);
    assert_eq!(request.ask.slotSize, K * BLOCK_SIZE as u64);
    let rate = slot_size * U256::from(PRICE_PER_BYTE_PER_SECOND);
    let price = rate * U256::from(DURATION) * U256::from(SLOTS);
    let collateral = slot_size * U256::from(COLLATERAL_PER_BYTE);
    let slot_ids: Vec<B256> = (0..u64::from(SLOTS))
        .map(|i| slot_id(request_id, i))
        .collect();
    wait_until("the hosts to fill every slot", async || {
        chain.request_state(request_id).await.expect("state") == RequestState::Started
    })
    .await;
    assert_eq!(rpc.timestamp() / period, p0, "filled within p0");
    let ends_at = chain
        .get_request_info(request_id)
        .await
        .expect("info")
        .endsAt;
    let mut holder = Vec::new();
    for slot in &slot_ids {
        let record = chain.get_slot(*slot).await.expect("slot");
        holder.push(
            hosts
                .iter()
                .position(|h| *h == record.host)
                .expect("held by a host"),
        );
    }
    let spares: Vec<usize> = (0..HOSTS as usize)
        .filter(|h| !holder.contains(h))
        .collect();
    assert_eq!(spares.len(), 2, "two hosts hold no slot: {holder:?}");
    assert_conserved(&chain, request_id, &slot_ids, "started").await;

    // ---- The client deletes every local copy ---------------------------------------------------
    let stored = client_node.get("/data").await;
    let datasets: Vec<String> = stored["content"]
        .as_array()
        .expect("content")
        .iter()
        .filter_map(|d| d["cid"].as_str().map(str::to_owned))
        .collect();
    assert!(datasets.len() >= 2 + SLOTS as usize, "{stored}");
    for cid in &datasets {
        client_node.delete(&format!("/data/{cid}")).await;
    }
    assert_eq!(
        client_node.get("/data").await["content"],
        json!([]),
        "the client holds nothing"
    );

    // ---- Periods: two hosts stop for good, are slashed out, the spares repair -----------------
    let slash = collateral * U256::from(config.slashPercentage) / U256::from(100);
    let reward = slash * U256::from(config.validatorRewardPercentage) / U256::from(100);
    let repair_reward = collateral * U256::from(config.repairRewardPercentage) / U256::from(100);
    let max_slashes = u64::from(config.maxNumberOfSlashes);
    let last_required = ends_at / period - 1;
    let first_missed = p0 + HONEST_PERIODS + 1;
    let freed_in = first_missed + max_slashes;
    assert!(
        freed_in + 2 <= last_required,
        "two periods of proofs after the repair"
    );
    let mut repaired_at = None;
    let started_at = chain
        .get_request_info(request_id)
        .await
        .expect("info")
        .startedAt;
    let mut repair_earned = vec![U256::ZERO; SLOTS as usize];
    for p in p0 + 1..=last_required {
        advance_to_period(&rpc, p, period);
        if p == first_missed {
            for slot in LOST {
                host_nodes[holder[slot]].kill().await;
            }
            eprintln!("period {p}: the hosts of slots {LOST:?} were killed for good");
        }
        if p == freed_in {
            for slot in LOST {
                wait_until(&format!("slot {slot} to be freed"), async || {
                    chain.slot_state(slot_ids[slot]).await.expect("state") != SlotState::Filled
                })
                .await;
            }
            let freed = Instant::now();
            let deadline = Instant::now() + WAIT;
            for slot in LOST {
                while chain.slot_state(slot_ids[slot]).await.expect("state") != SlotState::Filled {
                    if Instant::now() > deadline {
                        for spare in &spares {
                            let node = &host_nodes[*spare];
                            eprintln!("{}: {:#}", node.name, node.get("/sales/slots").await);
                        }
                        panic!("timed out waiting for a spare to refill slot {slot}");
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
            eprintln!(
                "FIGURE repair: both freed slots refilled {:?} after they were freed",
                freed.elapsed()
            );
            repaired_at = Some(p);
            for slot in LOST {
                let record = chain.get_slot(slot_ids[slot]).await.expect("slot");
                let host = hosts
                    .iter()
                    .position(|h| *h == record.host)
                    .expect("a host");
                assert!(spares.contains(&host), "slot {slot} refilled by a spare");
                // Earned in proportion to the time left; the rest went back to the client.
                let earned = repair_reward * U256::from(ends_at - record.filledAt)
                    / U256::from(ends_at - started_at);
                assert_eq!(record.repairReward, earned);
                repair_earned[slot] = earned;
                holder[slot] = host;
            }
            assert_ne!(holder[LOST[0]], holder[LOST[1]], "one slot per spare");
        }
        for (index, slot) in slot_ids.iter().enumerate() {
            // A slot proves from the first period it is held for in full: not the one it was
            // (re)filled in.
            if LOST.contains(&index) && p >= first_missed && repaired_at.is_none_or(|at| at == p) {
                continue;
            }
            wait_until(&format!("slot {index}'s proof of period {p}"), async || {
                chain.proof_received(*slot, p).await.expect("received")
            })
            .await;
        }
        assert_conserved(&chain, request_id, &slot_ids, &format!("period {p}")).await;
        eprintln!("period {p} (p0 + {}): proofs in", p - p0);
    }
    assert_eq!(
        chain.request_state(request_id).await.expect("state"),
        RequestState::Started
    );

    let mut filled_at = Vec::new();
    for slot in &slot_ids {
        filled_at.push(chain.get_slot(*slot).await.expect("slot").filledAt);
    }

    // ---- What the repairers did: one pass for both slots, K + 1 slots moved --------------------
    let mut moved = 0u64;
    let mut steps = Vec::new();
    for slot in LOST {
        let sale = host_nodes[holder[slot]]
            .sale(request_id)
            .await
            .expect("the spare's record");
        assert_eq!(sale["slotIndex"], slot as u64, "{sale}");
        assert_eq!(sale["state"], "proving", "{sale}");
        let repair = &sale["repair"];
        moved += repair["bytesFetched"]
            .as_u64()
            .unwrap_or_else(|| panic!("a repair record with bytesFetched: {sale:#}"));
        steps.push(repair["step"].as_str().unwrap_or_default().to_owned());
        assert_eq!(repair["rowsDone"], repair["rowsTotal"], "{sale}");
    }
    steps.sort();
    if steps != ["fetched-from-peer", "rebuilt"] {
        for slot in LOST {
            let node = &host_nodes[holder[slot]];
            eprintln!("{}: {:#}", node.name, node.get("/sales/slots").await);
        }
        panic!("lazy repair: one pass, the other slot fetched from it; steps {steps:?}");
    }
    let slots_moved = moved as f64 / request.ask.slotSize as f64;
    eprintln!(
        "FIGURE repair: {slots_moved} slots moved for two repairs (K + 1 = {})",
        K + 1
    );
    assert!(
        moved <= (K + 1) * request.ask.slotSize,
        "moved {moved} bytes"
    );

    // ---- Two other original hosts stop; the data comes back from the three slots left ----------
    let others: Vec<usize> = (0..SLOTS as usize)
        .filter(|s| !LOST.contains(s))
        .take(2)
        .collect();
    for slot in &others {
        host_nodes[holder[*slot]].kill().await;
    }
    let retrieved = client_node
        .post(&format!("/storage/retrieve/{content_cid}"), &json!({}))
        .await;
    assert_eq!(retrieved["cid"], cid.as_str(), "{retrieved}");
    assert_eq!(client_node.download(&cid).await, data, "bit-exact");
    for slot in &others {
        host_nodes[holder[*slot]].restart().await;
    }

    // ---- The end: everyone collects; every balance to the wei ----------------------------------
    let end = ends_at + timeout + 1;
    rpc.advance(end - rpc.timestamp());
    for (slot, host) in holder.iter().enumerate() {
        let node = &host_nodes[*host];
        wait_until(&format!("the host of slot {slot} to collect"), async || {
            node.sale(request_id)
                .await
                .is_some_and(|s| s["state"] == "finished")
        })
        .await;
    }
    wait_until("the follower to finish and withdraw", async || {
        let view = client_node
            .get(&format!("/storage/purchases/{request_id}"))
            .await;
        view["state"] == "finished" && view["withdrawn"] == true
    })
    .await;
    let mut hosts_paid = U256::ZERO;
    for (slot, host) in holder.iter().enumerate() {
        let pay = rate * U256::from(ends_at - filled_at[slot]);
        hosts_paid += pay;
        let extra = repair_earned[slot];
        assert_eq!(
            chain.token_balance(hosts[*host]).await.expect("balance"),
            hosts_before[*host] + pay + extra,
            "the host of slot {slot}: collateral back, pay for its time{}",
            if extra.is_zero() {
                ""
            } else {
                ", the repair reward"
            }
        );
    }
    let marks = U256::from(max_slashes);
    let lost = U256::from(LOST.len());
    // Per lost slot: its collateral, less the validator's rewards and the repair reward earned.
    let earned: U256 = repair_earned.iter().copied().sum();
    let client_payout = price + lost * (collateral - reward * marks) - earned - hosts_paid;
    assert_eq!(
        chain.balance().await.expect("balance"),
        client_before - price + client_payout,
        "client"
    );
    // The original holders of the lost slots: no slot at the end, and no spare.
    let slashed: Vec<usize> = (0..HOSTS as usize)
        .filter(|h| !holder.contains(h))
        .collect();
    assert_eq!(slashed.len(), LOST.len());
    for host in slashed {
        assert_eq!(
            chain.token_balance(hosts[host]).await.expect("balance"),
            hosts_before[host] - collateral,
            "a slashed-out host lost its collateral"
        );
    }
    assert_eq!(
        chain.token_balance(validator).await.expect("balance"),
        reward * marks * lost,
        "validator"
    );
    assert_eq!(
        chain.token_balance(marketplace).await.expect("balance"),
        U256::ZERO,
        "the marketplace owes nothing any more"
    );
    assert_conserved(&chain, request_id, &slot_ids, "the end").await;
    eprintln!("repair lifecycle: {:?}", started.elapsed());
}

trait ClientApi {
    async fn upload(&self, data: Vec<u8>) -> String;
    async fn delete(&self, path: &str);
    async fn download(&self, cid: &str) -> Vec<u8>;
}

impl ClientApi for TestNode {
    async fn upload(&self, data: Vec<u8>) -> String {
        let response = reqwest::Client::new()
            .post(format!("{}/data", self.api))
            .body(data)
            .send()
            .await
            .expect("upload");
        assert!(
            response.status().is_success(),
            "upload: {}",
            response.status()
        );
        response.text().await.expect("cid").trim().to_owned()
    }

    async fn delete(&self, path: &str) {
        let response = reqwest::Client::new()
            .delete(format!("{}{path}", self.api))
            .send()
            .await
            .expect("delete");
        assert!(
            response.status().is_success(),
            "DELETE {path}: {}",
            response.status()
        );
    }

    async fn download(&self, cid: &str) -> Vec<u8> {
        let response = reqwest::get(format!("{}/data/{cid}", self.api))
            .await
            .expect("download");
        assert!(
            response.status().is_success(),
            "download: {}",
            response.status()
        );
        response.bytes().await.expect("bytes").to_vec()
    }
}
