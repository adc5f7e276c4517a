//! Reorgs under filled slots, end to end on anvil with real node processes (issue 16): anvil
//! mining a block a second, the real contracts with the generated Groth16 verifier, a client and
//! three hosts, all `cairn node` processes on 127.0.0.1, each acting at 0 confirmations (anvil's
//! default), the worst case for a reorg.
//!
//! The request starts (3 slots, K = 2, M = 1) and every host proves. Then `anvil_reorg` replaces
//! every block from the first fill on: every fill and the request's start are gone, the slots are
//! free again. No host deletes anything: each sees its slot is nobody's, fills it again with its
//! data (its account's nonce went back with the dropped transactions, which the sender notices),
//! and the request starts again with the same hosts, which prove again. Then a shallow reorg drops
//! the last proofs (and the seed commits they carried): the validator commits the seeds again and
//! every host proves again. Each slot's dataset is still stored.

use std::{
    collections::HashMap,
    time::{Duration, Instant},
};

mod common;
use common::market::{
    NodeProcess, bootstrap_address, get_json, http, market_args, nodes_root, post_json,
    test_circuit_dir, wait_for,
};

use cairn_chain::{B256, ChainClient, MarketplaceEvents, RequestState, U256, slot_id};
use cairn_testkit::{Devnet, dev_address};

const HOSTS: [usize; 3] = [2, 3, 4];

/// Every `(event, block number)` of the marketplace from the devnet's start to the head.
async fn events_until_head(chain: &ChainClient, from: u64) -> Vec<(MarketplaceEvents, u64)> {
    let head = chain.block_number().await.expect("head");
    let mut events = chain.events(from);
    let mut found = Vec::new();
    while let Ok(Some(Ok(event))) =
        tokio::time::timeout(Duration::from_secs(3), events.recv()).await
    {
        let number = event.block_number;
        found.push((event.event, number));
        if number >= head {
            break;
        }
    }
    found
}

/// The sale of `request_id` on `host`, as `GET /sales/slots` shows it.
fn sale_of(host: &NodeProcess, request_id: B256) -> Option<serde_json::Value> {
    get_json(host, "/sales/slots")["slots"]
        .as_array()?
        .iter()
        .find(|s| s["requestId"] == request_id.to_string() && s["state"] != "ignored")
        .cloned()
}

#[test]
fn reorgs_under_filled_slots_delete_nothing_and_the_hosts_fill_again() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let Some(devnet) = runtime.block_on(Devnet::start_with(
        cairn_chain::ANVIL_CHAIN_ID,
        Some(1),
        true,
    )) else {
        return;
    };
    let tokens = U256::from(10u64).pow(U256::from(24u64));
    runtime.block_on(devnet.mint(4, tokens));
    let circuit_dir = test_circuit_dir();
    let (root_path, _root) = nodes_root();
    let client = NodeProcess::start("client", &root_path, market_args(&devnet, 1));
    let bootstrap = bootstrap_address(&client);
    let names = ["host1", "host2", "host3"];
    let hosts: Vec<NodeProcess> = HOSTS
        .iter()
        .zip(names)
        .map(|(&key, name)| {
            let mut args = market_args(&devnet, key);
            args.extend([
                "--bootstrap".to_owned(),
                bootstrap.clone(),
                "--circuit-dir".to_owned(),
                circuit_dir.clone(),
            ]);
            NodeProcess::start(name, &root_path, args)
        })
        .collect();
    // The validator keeps each period's seed committed before the period starts (a seed a reorg
    // dropped is committed again in time): without one, nothing is challenged once no
    // transaction lands in the period before.
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
                "totalSize": 64u64 << 20,
                "maxDuration": 3600,
                "minPricePerBytePerSecond": "1",
                "maxCollateral": "1000000000000000000000",
            }),
        );
    }
    let logs = || {
        hosts
            .iter()
            .map(|h| {
                let log = h.log();
                let tail: Vec<&str> = log.lines().rev().take(40).collect();
                format!(
                    "--- {} (last 40 lines)\n{}",
                    h.name,
                    tail.into_iter().rev().collect::<Vec<_>>().join("\n")
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };

    let data: Vec<u8> = (0..(3u32 << 17))
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
        .collect();
    let uploaded = http()
        .post(format!("{}/data", client.api))
        .header("content-type", "application/octet-stream")
        .body(data)
        .send()
        .expect("upload");
    assert!(uploaded.status().is_success(), "{}", uploaded.status());
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
            "expiry": 240,
        }),
    );
    let request_id: B256 = purchase["requestId"]
        .as_str()
        .expect("request id")
        .parse()
        .expect("request id");
    let slot_ids: Vec<B256> = (0..3).map(|i| slot_id(request_id, i)).collect();
    let chain = runtime.block_on(devnet.client(0));
    let request_state = |runtime: &tokio::runtime::Runtime| {
        runtime
            .block_on(chain.request_state(request_id))
            .expect("state")
    };
    let holders = |runtime: &tokio::runtime::Runtime| -> Vec<Option<cairn_chain::Address>> {
        runtime.block_on(async {
            let mut holders = Vec::new();
            for id in &slot_ids {
                holders.push(chain.get_host(*id).await.expect("host"));
            }
            holders
        })
    };
    wait_for("the request to start", Duration::from_secs(180), || {
        (request_state(&runtime) == RequestState::Started).then_some(())
    });
    let first_holders = holders(&runtime);
    let host_addresses: Vec<_> = HOSTS.iter().map(|&k| dev_address(k)).collect();
    assert!(
        first_holders
            .iter()
            .all(|h| h.is_some_and(|h| host_addresses.contains(&h))),
        "{first_holders:?}"
    );
    let slot_cids: HashMap<&str, String> = hosts
        .iter()
        .map(|h| {
            let sale = sale_of(h, request_id).expect("a sale");
            (
                h.name,
                sale["slotCid"].as_str().expect("slot cid").to_owned(),
            )
        })
        .collect();

    // Every host proves (its sale is past filling) before the reorg.
    let proofs_after = |runtime: &tokio::runtime::Runtime, after: u64| -> Vec<B256> {
        runtime.block_on(async {
            events_until_head(&chain, after + 1)
                .await
                .into_iter()
                .filter_map(|(event, _)| match event {
                    MarketplaceEvents::ProofSubmitted(p) => Some(p.slotId),
                    _ => None,
                })
                .collect()
        })
    };
    let every_slot_proved_after = |runtime: &tokio::runtime::Runtime, after: u64| {
        let proved = proofs_after(runtime, after);
        slot_ids.iter().all(|id| proved.contains(id)).then_some(())
    };
    wait_for("a proof of every slot", Duration::from_secs(60), || {
        every_slot_proved_after(&runtime, devnet.start_block)
    });

    // Every block from the first fill on is replaced by an empty one.
    let (first_fill, head) = runtime.block_on(async {
        let fills: Vec<u64> = events_until_head(&chain, devnet.start_block)
            .await
            .into_iter()
            .filter_map(|(event, number)| match event {
                MarketplaceEvents::SlotFilled(f) if f.requestId == request_id => Some(number),
                _ => None,
            })
            .collect();
        assert_eq!(fills.len(), 3, "three fills");
        let head = chain.block_number().await.expect("head");
        (fills.into_iter().min().expect("a fill"), head)
    });
    let depth = head - first_fill + 1;
    runtime.block_on(devnet.reorg(depth));
    let reorged = Instant::now();
    eprintln!("FIGURE reorg of {depth} blocks (from block {first_fill}, the first fill)");
    assert_eq!(
        request_state(&runtime),
        RequestState::New,
        "the start was reorganised away"
    );
    assert_eq!(
        holders(&runtime),
        vec![None; 3],
        "every fill was reorganised away"
    );

    // Each host fills its slot again, with the data it kept: the request starts again.
    let restarted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        wait_for(
            "the request to start again",
            Duration::from_secs(150),
            || (request_state(&runtime) == RequestState::Started).then_some(()),
        )
    }));
    if let Err(panic) = restarted {
        eprintln!("{}", logs());
        std::panic::resume_unwind(panic);
    }
    eprintln!(
        "FIGURE reorg to the request started again: {:.1?}",
        reorged.elapsed()
    );
    assert_eq!(
        holders(&runtime),
        first_holders,
        "each slot filled again by its host"
    );
    for host in &hosts {
        assert!(
            host.log().contains("filling the slot again"),
            "{} saw its fill gone: {}",
            host.name,
            logs()
        );
    }

    // Each host proves again after the refill.
    let started_again = runtime.block_on(chain.block_number()).expect("head");
    wait_for("a proof of every slot", Duration::from_secs(60), || {
        every_slot_proved_after(&runtime, started_again)
    });
    assert_eq!(holders(&runtime), first_holders, "nobody lost a slot");
    assert_eq!(request_state(&runtime), RequestState::Started);

    // A shallow reorg that drops proofs: each host whose proof is gone proves again.
    let (last_proof, head) = runtime.block_on(async {
        let proofs: Vec<u64> = events_until_head(&chain, started_again + 1)
            .await
            .into_iter()
            .filter_map(|(event, number)| {
                matches!(event, MarketplaceEvents::ProofSubmitted(_)).then_some(number)
            })
            .collect();
        let head = chain.block_number().await.expect("head");
        (proofs.into_iter().max().expect("a proof"), head)
    });
    let shallow = head - last_proof + 1;
    runtime.block_on(devnet.reorg(shallow));
    eprintln!("FIGURE shallow reorg of {shallow} blocks (from block {last_proof}, a proof)");
    let after_shallow = runtime.block_on(chain.block_number()).expect("head");
    let shallow_at = Instant::now();
    let proved_again = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        wait_for(
            "a proof of every slot after the shallow reorg",
            Duration::from_secs(60),
            || every_slot_proved_after(&runtime, after_shallow),
        )
    }));
    if let Err(panic) = proved_again {
        eprintln!("{}", logs());
        std::panic::resume_unwind(panic);
    }
    eprintln!(
        "FIGURE shallow reorg to every slot proved again: {:.1?}",
        shallow_at.elapsed()
    );

    // Nothing was deleted: each host's sale proves and its slot's dataset is stored.
    for host in &hosts {
        let sale = sale_of(host, request_id).expect("a sale");
        assert_eq!(sale["state"], "proving", "{}: {sale}", host.name);
        let slot_cid = &slot_cids[host.name];
        assert_eq!(sale["slotCid"].as_str(), Some(slot_cid.as_str()));
        let stored = http()
            .get(format!("{}/data/{slot_cid}", host.api))
            .send()
            .expect("download");
        assert!(
            stored.status().is_success(),
            "{} still stores {slot_cid}: {}",
            host.name,
            stored.status()
        );
    }
}
