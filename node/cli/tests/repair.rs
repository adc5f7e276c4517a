//! Repair end to end on anvil with real node processes (issue 14): anvil mining a block a second,
//! the real contracts with the generated Groth16 verifier, a client, three hosts and a validator,
//! all `cairn node` processes on 127.0.0.1; at small size (3 slots, K = 2, M = 1: one slot lost,
//! on 2 cores nine proving processes would not keep up with 10 s periods).
//!
//! The request starts; the client deletes every local copy; a spare host is started only then
//! (it finds the slot through the marketplace's events); the host of one slot is killed for good.
//! The validator frees the slot; the spare takes it, is killed while it is getting the slot's data
//! (whatever step it is at) and started again on the same data directory; it rebuilds the slot
//! from the two surviving slots (the client has nothing), fills it with a real proof and proves.
//! Then another original host is killed, and the client gets the file back, byte-identical, from
//! the two slots left, the repaired one among them.
//!
//! Squatters: before the spare starts, three other addresses reserve the freed slot (every
//! reservation it has) and never fill. The spare finds the reservations full, waits for the first
//! to lapse (`reservationTimeout`), reserves and repairs; each squatter lost its deposit.

use std::time::{Duration, Instant};

mod common;
use common::market::{
    NodeProcess, bootstrap_address, get_json, http, market_args, nodes_root, post_json,
    test_circuit_dir, wait_for,
};

use cairn_chain::{B256, SlotState, U256, slot_id};
use cairn_testkit::{Devnet, dev_address};

/// Dev keys: client, hosts, validator, spare (key 0 deployed the contracts; the test only reads
/// with it after the setup).
const CLIENT: usize = 1;
const HOSTS: [usize; 3] = [2, 3, 4];
const VALIDATOR: usize = 5;
const SPARE: usize = 0;
/// Addresses that reserve the freed slot and never fill it.
const SQUATTERS: [usize; 3] = [6, 7, 8];

fn availability(node: &NodeProcess) {
    post_json(
        node,
        "/sales/availability",
        &serde_json::json!({
            "totalSize": 256u64 << 20,
            "maxDuration": 3600,
            "minPricePerBytePerSecond": "1",
            "maxCollateral": "1000000000000000000000",
        }),
    );
}

#[test]
fn a_freed_slot_is_rebuilt_from_the_survivors_by_a_spare_killed_midway() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let Some(devnet) = runtime.block_on(Devnet::start_with(
        cairn_chain::ANVIL_CHAIN_ID,
        Some(1),
        true,
    )) else {
        return;
    };
    let tokens = U256::from(10u64).pow(U256::from(24u64));
    runtime.block_on(async {
        for key in HOSTS.iter().chain([&CLIENT, &SPARE]).chain(&SQUATTERS) {
            devnet.mint(*key, tokens).await;
        }
    });
    let circuit_dir = test_circuit_dir();
    let (root_path, _root) = nodes_root();

    let client = NodeProcess::start("client", &root_path, market_args(&devnet, CLIENT));
    let bootstrap = bootstrap_address(&client);
    let host_args = |key: usize| {
        let mut args = market_args(&devnet, key);
        args.extend(
            [
                "--bootstrap",
                &bootstrap,
                "--circuit-dir",
                &circuit_dir,
                "--repair-delay",
                "0",
                "--repair-peer-wait",
                "5",
                "--slot-data-timeout",
                "600",
            ]
            .map(str::to_owned),
        );
        args
    };
    let mut hosts: Vec<NodeProcess> = ["host1", "host2", "host3"]
        .into_iter()
        .zip(HOSTS)
        .map(|(name, key)| NodeProcess::start(name, &root_path, host_args(key)))
        .collect();
    let mut validator_args = market_args(&devnet, VALIDATOR);
    validator_args.extend([
        "--bootstrap".to_owned(),
        bootstrap.clone(),
        "--validator".to_owned(),
    ]);
    let _validator = NodeProcess::start("validator", &root_path, validator_args);
    for host in &hosts {
        availability(host);
    }

    // 1 MiB: 16 blocks, 8 rows of K = 2; slots of 8 blocks.
    let data: Vec<u8> = (0..(1u32 << 20))
        .map(|i| (i.wrapping_mul(2_246_822_519) >> 11) as u8)
        .collect();
    let uploaded = http()
        .post(format!("{}/data", client.api))
        .header("content-type", "application/octet-stream")
        .body(data.clone())
        .send()
        .expect("upload");
    assert!(
        uploaded.status().is_success(),
        "upload: {}",
        uploaded.status()
    );
    let cid = uploaded.text().expect("cid").trim().to_owned();
    let purchase = post_json(
        &client,
        &format!("/storage/request/{cid}"),
        &serde_json::json!({
            "duration": 600,
            "pricePerBytePerSecond": "1000",
            "proofProbability": 1,
            "collateralPerByte": "10",
            "slots": 3,
            "tolerance": 1,
            "expiry": 90,
        }),
    );
    let request_id: B256 = purchase["requestId"]
        .as_str()
        .expect("request id")
        .parse()
        .expect("request id");
    let content_cid = purchase["contentCid"]
        .as_str()
        .expect("content cid")
        .to_owned();
    wait_for("the request to start", Duration::from_secs(150), || {
        let view = get_json(&client, &format!("/storage/purchases/{request_id}"));
        (view["state"] == "started").then_some(())
    });
    let slot_ids: Vec<B256> = (0..3).map(|i| slot_id(request_id, i)).collect();
    let chain = runtime.block_on(devnet.client(0));
    let holder = |slot: usize| -> usize {
        let host = runtime
            .block_on(chain.get_host(slot_ids[slot]))
            .expect("host")
            .expect("filled");
        HOSTS
            .iter()
            .position(|k| dev_address(*k) == host)
            .expect("an original host")
    };
    let holders: Vec<usize> = (0..3).map(holder).collect();

    // The client keeps nothing.
    let stored = get_json(&client, "/data");
    for entry in stored["content"].as_array().expect("content") {
        let cid = entry["cid"].as_str().expect("cid");
        let response = http()
            .delete(format!("{}/data/{cid}", client.api))
            .send()
            .expect("delete");
        assert!(response.status().is_success(), "delete {cid}");
    }
    assert_eq!(get_json(&client, "/data")["content"], serde_json::json!([]));

    // The host of slot 2 stops for good.
    let lost = 2;
    let killed = &mut hosts[holders[lost]];
    let _ = killed.child.kill();
    let _ = killed.child.wait();
    let stopped = Instant::now();
    wait_for(
        "the validator to free the slot",
        Duration::from_secs(120),
        || {
            let state = runtime
                .block_on(chain.slot_state(slot_ids[lost]))
                .expect("state");
            (state != SlotState::Filled).then_some(())
        },
    );
    let freed = Instant::now();
    eprintln!(
        "FIGURE repair e2e: slot freed {:.1?} after its host stopped",
        freed - stopped
    );

    // Squatters take every reservation of the freed slot and never fill.
    let squatters: Vec<_> = SQUATTERS
        .iter()
        .map(|key| runtime.block_on(devnet.client(*key)))
        .collect();
    let deposit = runtime
        .block_on(chain.reservation_deposit(request_id))
        .expect("deposit");
    assert!(!deposit.is_zero());
    let mut squat_ends = 0;
    for squatter in &squatters {
        runtime
            .block_on(squatter.reserve_slot(request_id, lost as u64))
            .expect("a squatter reserves");
        squat_ends = runtime
            .block_on(squatter.reservation_expiry(slot_ids[lost], squatter.address()))
            .expect("expiry")
            .expect("live");
    }
    assert_eq!(
        runtime
            .block_on(chain.get_reservations(slot_ids[lost]))
            .expect("reservations")
            .len(),
        3
    );

    // A spare joins after the request started and the slot was squatted.
    let mut spare = NodeProcess::start("spare", &root_path, host_args(SPARE));
    availability(&spare);

    // The spare takes it; it is killed while getting the data (downloading), and started again.
    let step = wait_for(
        "the spare to get the slot's data",
        Duration::from_secs(240),
        || {
            let slots = get_json(&spare, "/sales/slots");
            slots["slots"].as_array().and_then(|s| {
                s.iter()
                    .find(|s| {
                        // Downloading is what the kill is for; a quick spare (one row here) may
                        // be past it by the next poll: killed then, it resumes from there.
                        s["slotIndex"] == lost as u64
                            && ["downloading", "filling", "proving"]
                                .contains(&s["state"].as_str().unwrap_or_default())
                    })
                    .map(|s| format!("{} / {}", s["state"], s["repair"]["step"]))
            })
        },
    );
    spare.kill_and_restart();
    eprintln!("the spare was killed at {step} and restarted");
    wait_for(
        "the spare to refill the slot",
        Duration::from_secs(300),
        || {
            let host = runtime
                .block_on(chain.get_host(slot_ids[lost]))
                .expect("host");
            (host == Some(dev_address(SPARE))).then_some(())
        },
    );
    eprintln!(
        "FIGURE repair e2e: slot refilled {:.1?} after it was freed (squatted until {squat_ends})",
        freed.elapsed()
    );
    let refilled = runtime
        .block_on(chain.get_slot(slot_ids[lost]))
        .expect("slot");
    assert!(
        refilled.filledAt >= squat_ends,
        "filled at {} while squatted until {squat_ends}",
        refilled.filledAt
    );
    for (squatter, key) in squatters.iter().zip(SQUATTERS) {
        assert_eq!(
            runtime
                .block_on(squatter.token_balance(dev_address(key)))
                .expect("balance"),
            tokens - deposit,
            "a squatter loses its deposit to the client"
        );
    }
    let sale = get_json(&spare, "/sales/slots")["slots"]
        .as_array()
        .and_then(|s| {
            s.iter()
                .find(|s| s["slotIndex"] == lost as u64 && s["state"] != "ignored")
                .cloned()
        })
        .expect("the spare's record");
    let repair = &sale["repair"];
    assert_eq!(repair["step"], "rebuilt", "{sale}");
    assert_eq!(repair["rowsDone"], repair["rowsTotal"], "{sale}");
    let slot_size = runtime
        .block_on(chain.get_request(request_id))
        .expect("request")
        .ask
        .slotSize;
    assert!(
        repair["bytesFetched"].as_u64().expect("bytes") <= 2 * slot_size,
        "at most K slots fetched: {sale}"
    );
    wait_for("the spare to prove", Duration::from_secs(60), || {
        let period = runtime.block_on(chain.current_period()).expect("period");
        runtime
            .block_on(chain.proof_received(slot_ids[lost], period.saturating_sub(1)))
            .expect("received")
            .then_some(())
            .or_else(|| {
                runtime
                    .block_on(chain.proof_received(slot_ids[lost], period))
                    .expect("received")
                    .then_some(())
            })
    });

    // Another original host stops: the two slots left, the repaired one among them, suffice.
    let other = (0..3).find(|s| *s != lost).expect("another slot");
    let gone = &mut hosts[holders[other]];
    let _ = gone.child.kill();
    let _ = gone.child.wait();
    let retrieved = post_json(
        &client,
        &format!("/storage/retrieve/{content_cid}"),
        &serde_json::json!({}),
    );
    assert_eq!(retrieved["cid"], cid.as_str(), "{retrieved}");
    let back = http()
        .get(format!("{}/data/{cid}", client.api))
        .send()
        .expect("download")
        .bytes()
        .expect("bytes");
    assert!(back[..] == data[..], "the file came back byte-identical");
    assert!(
        !spare.log().contains(" ERROR "),
        "spare log:\n{}",
        spare.log()
    );
}
