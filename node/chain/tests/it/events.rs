//! The event stream: chain order across small log ranges, resuming from a block or a cursor
//! without gaps or duplicates, following new blocks live.

use std::time::Duration;

use cairn_chain::{ANVIL_CHAIN_ID, ChainClient, EventStream, MarketEvent};

use cairn_testkit::{Devnet, next_named, request};

/// Reads events until one from block `last_block` (or later) arrived, then whatever follows within
/// a short quiet period (the rest of that range is already in the channel).
async fn collect_through(events: &mut EventStream, last_block: u64) -> Vec<MarketEvent> {
    let mut out: Vec<MarketEvent> = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while out.last().is_none_or(|e| e.block_number < last_block) {
        let item = tokio::time::timeout_at(deadline, events.recv())
            .await
            .unwrap_or_else(|_| panic!("no events through block {last_block}: got {out:?}"))
            .expect("open")
            .expect("event");
        out.push(item);
    }
    while let Ok(Some(item)) = tokio::time::timeout(Duration::from_millis(500), events.recv()).await
    {
        out.push(item.expect("event"));
    }
    out
}

fn assert_strictly_ordered(events: &[MarketEvent]) {
    for pair in events.windows(2) {
        assert!(
            pair[0].cursor() < pair[1].cursor(),
            "out of order or duplicated: {:?} then {:?}",
            pair[0].cursor(),
            pair[1].cursor()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_resume_without_gaps_or_duplicates_and_follow_the_chain() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let mut config = devnet.config(devnet.anvil.http_url(), 1);
    // Two blocks per eth_getLogs: the history spans many ranges.
    config.max_log_range = 2;
    config.event_buffer = 4;
    let client = ChainClient::connect(config).await.expect("connect");
    let host = devnet.client(2).await;

    let (first, _) = client
        .request_storage(&request(client.address(), 1))
        .await
        .expect("request 1");
    let (second, _) = client
        .request_storage(&request(client.address(), 2))
        .await
        .expect("request 2");
    host.reserve_slot(first, 0).await.expect("reserve");
    host.reserve_slot(second, 1).await.expect("reserve");
    let last = host.reserve_slot(first, 2).await.expect("reserve");

    let mut stream = client.events(devnet.start_block);
    let all = collect_through(&mut stream, last.block_number).await;
    assert_strictly_ordered(&all);
    let count = |name: &str| all.iter().filter(|e| e.name() == name).count();
    assert_eq!(count("StorageRequested"), 2, "{all:?}");
    assert_eq!(count("SlotReserved"), 3, "{all:?}");
    assert!(count("RandomnessCommitted") >= 1, "{all:?}");
    assert!(all.iter().all(|e| e.block_number >= devnet.start_block));

    // From a block: the same events from that block on, again.
    let from = all
        .iter()
        .find(|e| e.name() == "StorageRequested")
        .map(|e| e.block_number + 1)
        .expect("a request");
    let mut resumed = client.events(from);
    let again = collect_through(&mut resumed, last.block_number).await;
    let expected: Vec<_> = all
        .iter()
        .filter(|e| e.block_number >= from)
        .cloned()
        .collect();
    assert_eq!(again, expected);

    // After a cursor: exactly what follows it, even within the cursor's block.
    for split in [1, all.len() / 2, all.len() - 2] {
        let cursor = all[split].cursor();
        let mut after = client.events_after(cursor);
        let rest = collect_through(&mut after, last.block_number).await;
        assert_eq!(rest, all[split + 1..].to_vec(), "after {cursor:?}");
    }

    // The first stream keeps following the chain: a new event arrives on it, once.
    let live = host.reserve_slot(second, 3).await.expect("reserve");
    let event = next_named(&mut stream, "SlotReserved").await;
    assert_eq!(event.block_number, live.block_number);
    assert_eq!(event.tx_hash, Some(live.tx_hash));
    assert!(
        tokio::time::timeout(Duration::from_millis(500), stream.recv())
            .await
            .is_err(),
        "nothing more"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_wait_for_confirmations() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let mut config = devnet.config(devnet.anvil.http_url(), 1);
    config.confirmations = 2;
    let client = ChainClient::connect(config).await.expect("connect");
    let (id, outcome) = {
        // Sent by a client without confirmations, so the send itself does not wait.
        let sender = devnet.client(1).await;
        sender
            .request_storage(&request(sender.address(), 1))
            .await
            .expect("request")
    };
    let mut stream = client.events(outcome.block_number);
    assert!(
        tokio::time::timeout(Duration::from_millis(700), stream.recv())
            .await
            .is_err(),
        "nothing before two more blocks"
    );
    devnet.mine().await;
    devnet.mine().await;
    let event = next_named(&mut stream, "StorageRequested").await;
    assert_eq!(event.block_number, outcome.block_number);
    let cairn_chain::MarketplaceEvents::StorageRequested(requested) = event.event else {
        unreachable!("named StorageRequested");
    };
    assert_eq!(requested.requestId, id);
}
