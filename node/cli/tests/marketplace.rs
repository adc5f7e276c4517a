//! End to end on anvil with real node processes (issue 7): anvil mining a block a second, the
//! real contracts with the generated Groth16 verifier, a client node, three hosts and a
//! validator, all `cairn node` processes on 127.0.0.1.
//!
//! The client uploads a file and buys storage with 3 slots (K = 2, M = 1); every slot is filled
//! by a host with a real proof; proofs appear on chain (`ProofSubmitted`) for at least three
//! periods per slot; one host is killed while proving and restarted on the same data directory,
//! and it keeps its slot and proves again; the client deletes every local copy and rebuilds the
//! file from the hosts, byte-identical; the request finishes and every host is paid exactly what
//! the contract's rules give it.
//!
//! Figures for the note are printed (`FIGURE ...` lines): time from the request to all
//! slots filled, how far into its period each proof landed, and the gas per proof.

use std::{
    collections::HashMap,
    time::{Duration, Instant},
};

mod common;
use common::market::{
    NodeProcess, bootstrap_address, get_json, http, market_args, nodes_root, post_json,
    test_circuit_dir, wait_for,
};

use alloy::providers::Provider;
use cairn_chain::{B256, MarketplaceEvents, U256, slot_id};
use cairn_testkit::{Devnet, dev_address};

#[test]
fn storage_is_bought_filled_proved_retrieved_and_paid() {
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
        devnet.mint(4, tokens).await;
        devnet.mint(5, tokens).await;
    });
    // Compile the test circuit set and make its dev keys once (hosts load them from the cache).
    let circuit_dir = test_circuit_dir();
    let (root_path, _root) = nodes_root();
    let client = NodeProcess::start("client", &root_path, market_args(&devnet, 1));
    let bootstrap = bootstrap_address(&client);
    let host_args = |key: usize| {
        let mut args = market_args(&devnet, key);
        args.extend([
            "--bootstrap".to_owned(),
            bootstrap.clone(),
            "--circuit-dir".to_owned(),
            circuit_dir.clone(),
        ]);
        args
    };
    let mut hosts = vec![
        NodeProcess::start("host1", &root_path, host_args(2)),
        NodeProcess::start("host2", &root_path, host_args(3)),
        NodeProcess::start("host3", &root_path, host_args(4)),
    ];
    let mut validator_args = market_args(&devnet, 5);
    validator_args.extend([
        "--bootstrap".to_owned(),
        bootstrap.clone(),
        "--validator".to_owned(),
    ]);
    let _validator = NodeProcess::start("validator", &root_path, validator_args);
    for host in &hosts {
        post_json(
            host,
            "/sales/availability",
            &serde_json::json!({
                "totalSize": 256u64 << 20,
                "maxDuration": 3600,
                "minPricePerBytePerSecond": "1",
                "maxCollateral": "1000000000000000000000",
            }),
        );
    }

    // The client uploads 1.5 MiB of random bytes and buys storage: 3 slots, any 2 rebuild it.
    let data: Vec<u8> = (0..(3u32 << 19))
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
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

    let balances_before: Vec<U256> = runtime.block_on(async {
        let chain = devnet.client(0).await;
        let mut balances = Vec::new();
        for key in [2, 3, 4] {
            balances.push(
                chain
                    .token_balance(dev_address(key))
                    .await
                    .expect("balance"),
            );
        }
        balances
    });
    let duration = 150u64;
    let requested = Instant::now();
    let purchase = post_json(
        &client,
        &format!("/storage/request/{cid}"),
        &serde_json::json!({
            "duration": duration,
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
    let protected_cid = purchase["protectedCid"]
        .as_str()
        .expect("protected cid")
        .to_owned();

    // Every slot filled: the request starts.
    wait_for("the request to start", Duration::from_secs(150), || {
        let view = get_json(&client, &format!("/storage/purchases/{request_id}"));
        match view["state"].as_str() {
            Some("started") => Some(()),
            Some("submitted") => None,
            other => panic!(
                "purchase state {other:?}: {view}\nhost logs:\n{}",
                hosts.iter().map(|h| h.log()).collect::<Vec<_>>().join("\n")
            ),
        }
    });
    let fill_time = requested.elapsed();
    eprintln!("FIGURE request to all slots filled: {fill_time:.1?}");
    let slot_ids: Vec<B256> = (0..3).map(|i| slot_id(request_id, i)).collect();
    // Which host holds which slot.
    let holders: HashMap<B256, usize> = runtime.block_on(async {
        let chain = devnet.client(0).await;
        let mut holders = HashMap::new();
        for id in &slot_ids {
            let host = chain.get_host(*id).await.expect("host").expect("filled");
            let index = [2, 3, 4]
                .iter()
                .position(|k| dev_address(*k) == host)
                .expect("a devnet host");
            holders.insert(*id, index);
        }
        holders
    });
    let mut seen: Vec<usize> = holders.values().copied().collect();
    seen.sort_unstable();
    assert_eq!(seen, vec![0, 1, 2], "each host holds one slot");

    // Proofs for at least 3 periods per slot.
    let proofs = |runtime: &tokio::runtime::Runtime| -> Vec<(B256, u64, B256)> {
        runtime.block_on(async {
            let chain = devnet.client(0).await;
            let mut events = chain.events(devnet.start_block);
            let head = chain.block_number().await.expect("head");
            let mut found = Vec::new();
            while let Ok(Some(Ok(event))) =
                tokio::time::timeout(Duration::from_secs(3), events.recv()).await
            {
                if let MarketplaceEvents::ProofSubmitted(p) = &event.event {
                    found.push((
                        p.slotId,
                        p.period.to::<u64>(),
                        event.tx_hash.unwrap_or_default(),
                    ));
                }
                if event.block_number >= head {
                    break;
                }
            }
            found
        })
    };
    wait_for(
        "3 periods of proofs per slot",
        Duration::from_secs(120),
        || {
            let found = proofs(&runtime);
            slot_ids
                .iter()
                .all(|id| found.iter().filter(|(s, _, _)| s == id).count() >= 3)
                .then_some(())
        },
    );

    // A host killed while proving and restarted keeps its slot and proves again.
    let victim_slot = slot_ids[0];
    let victim = holders[&victim_slot];
    let proved_before = proofs(&runtime)
        .iter()
        .filter(|(s, _, _)| *s == victim_slot)
        .count();
    hosts[victim].kill_and_restart();
    let proved_again = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        wait_for(
            "the restarted host to prove again",
            Duration::from_secs(60),
            || {
                (proofs(&runtime)
                    .iter()
                    .filter(|(s, _, _)| *s == victim_slot)
                    .count()
                    > proved_before)
                    .then_some(())
            },
        )
    }));
    if let Err(panic) = proved_again {
        let log = hosts[victim].log();
        let tail: Vec<&str> = log.lines().rev().take(60).collect();
        eprintln!(
            "the restarted host's log (last 60 lines):\n{}",
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        );
        std::panic::resume_unwind(panic);
    }
    let still_held = runtime.block_on(async {
        devnet
            .client(0)
            .await
            .get_host(victim_slot)
            .await
            .expect("host")
    });
    assert_eq!(
        still_held,
        Some(dev_address([2, 3, 4][victim])),
        "the restarted host kept its slot"
    );

    // The client deletes every local copy, then rebuilds the file from the hosts.
    let slot_datasets: Vec<String> = hosts
        .iter()
        .flat_map(|h| {
            get_json(h, "/sales/slots")["slots"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        // A slot a host prepared and then lost to another host ends `ignored`, its data released.
        .filter(|s| s["requestId"] == request_id.to_string() && s["state"] == "proving")
        .filter_map(|s| s["slotCid"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(
        slot_datasets.len(),
        3,
        "every host holds its slot's dataset"
    );
    for local in [&cid, &protected_cid, &content_cid]
        .into_iter()
        .chain(slot_datasets.iter())
    {
        let response = http()
            .delete(format!("{}/data/{local}", client.api))
            .send()
            .expect("delete");
        assert!(
            response.status().is_success() || response.status() == 404,
            "delete {local}: {}",
            response.status()
        );
    }
    let listed = get_json(&client, "/data");
    assert!(
        listed["datasets"].as_array().is_none_or(|d| d.is_empty()),
        "the client holds nothing: {listed}"
    );
    let retrieved = post_json(
        &client,
        &format!("/storage/retrieve/{content_cid}"),
        &serde_json::json!({}),
    );
    assert_eq!(retrieved["cid"].as_str(), Some(cid.as_str()), "same CID");
    let bytes = http()
        .get(format!("{}/data/{cid}", client.api))
        .send()
        .expect("download")
        .bytes()
        .expect("bytes");
    assert!(bytes[..] == data[..], "byte-identical");

    // The request finishes; every host collects exactly its pay and its collateral back.
    wait_for(
        "every host to collect its payout",
        Duration::from_secs(duration + 120),
        || {
            hosts
                .iter()
                .all(|h| {
                    get_json(h, "/sales/slots")["slots"]
                        .as_array()
                        .is_some_and(|s| s.iter().any(|s| s["state"] == "finished"))
                })
                .then_some(())
        },
    );
    let view = get_json(&client, &format!("/storage/purchases/{request_id}"));
    assert_eq!(view["state"], "finished", "{view}");
    runtime.block_on(async {
        let chain = devnet.client(0).await;
        let request = chain.get_request(request_id).await.expect("request");
        let info = chain.get_request_info(request_id).await.expect("info");
        let missed: Vec<_> = {
            let mut events = chain.events(devnet.start_block);
            let mut missed = Vec::new();
            let head = chain.block_number().await.expect("head");
            while let Ok(Some(Ok(event))) =
                tokio::time::timeout(Duration::from_secs(3), events.recv()).await
            {
                if let MarketplaceEvents::ProofMissed(m) = &event.event {
                    missed.push((m.slotId, m.slashed));
                }
                if event.block_number >= head {
                    break;
                }
            }
            missed
        };
        for (index, id) in slot_ids.iter().enumerate() {
            let slot = chain.get_slot(*id).await.expect("slot");
            let host = holders[id];
            let after = chain
                .token_balance(dev_address([2, 3, 4][host]))
                .await
                .expect("balance");
            let slashed: U256 = missed
                .iter()
                .filter(|(s, _)| s == id)
                .map(|(_, amount)| *amount)
                .fold(U256::ZERO, |a, b| a + b);
            let pay = request.ask.pricePerBytePerSecond
                * U256::from(request.ask.slotSize)
                * U256::from(info.endsAt - slot.filledAt);
            assert_eq!(
                after,
                balances_before[host] + pay - slashed,
                "slot {index}: the host is paid price x size x (end - filled), minus what was slashed"
            );
        }
    });

    // Figures: how far into its period each proof landed, and the gas of each proof.
    let all_proofs = proofs(&runtime);
    runtime.block_on(async {
        let chain = devnet.client(0).await;
        let provider = chain.provider().clone();
        let period = chain.market_config().period;
        let mut delays = Vec::new();
        let mut gas = Vec::new();
        for (_, proof_period, tx) in all_proofs {
            let Ok(Some(receipt)) = provider.get_transaction_receipt(tx).await else {
                continue;
            };
            gas.push(receipt.gas_used);
            if let Some(number) = receipt.block_number
                && let Ok(Some(block)) = provider.get_block_by_number(number.into()).await
            {
                delays.push(block.header.timestamp - proof_period * period);
            }
        }
        delays.sort_unstable();
        gas.sort_unstable();
        eprintln!(
            "FIGURE proofs: {} submitted; seconds into the {period} s period: min {} median {} max {}",
            delays.len(),
            delays.first().unwrap_or(&0),
            delays.get(delays.len() / 2).unwrap_or(&0),
            delays.last().unwrap_or(&0)
        );
        eprintln!(
            "FIGURE gas per proof (one host, one period): min {} median {} max {}",
            gas.first().unwrap_or(&0),
            gas.get(gas.len() / 2).unwrap_or(&0),
            gas.last().unwrap_or(&0)
        );
    });
}
