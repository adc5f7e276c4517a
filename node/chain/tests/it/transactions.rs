//! Transactions: approve + requestStorage, concurrent senders, nonce recovery, reverts (pre-flight
//! and mined), receipt timeouts, and a host filling a slot with the test verifier.

use std::{collections::BTreeSet, time::Duration};

use alloy::consensus::Transaction as _;
use alloy::{
    network::TransactionBuilder,
    primitives::{B256, U256},
    providers::Provider,
    rpc::types::TransactionRequest,
};
use cairn_chain::{
    ANVIL_CHAIN_ID, ChainClient, ChainError, MarketplaceEvents, RequestState, SlotState,
    collateral_of, price_of, request_id, slot_id,
};
use futures::future::join_all;

use cairn_testkit::{Devnet, dev_address, next_named, request};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn request_storage_approves_the_price_and_emits_the_event() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let client = ChainClient::connect(devnet.config(devnet.anvil.ws_url(), 1))
        .await
        .expect("connect over ws");
    let request = request(client.address(), 1);
    let before = client.balance().await.expect("balance");

    let (id, outcome) = client
        .request_storage(&request)
        .await
        .expect("request storage");
    assert_eq!(id, request_id(&request));
    assert!(outcome.block_number >= devnet.start_block);
    assert_eq!(
        client.request_state(id).await.expect("state"),
        RequestState::New
    );
    assert_eq!(client.get_request(id).await.expect("request"), request);
    let info = client.get_request_info(id).await.expect("info");
    assert_eq!(
        RequestState::try_from(info.state).ok(),
        Some(RequestState::New)
    );
    let price = price_of(&request.ask);
    assert_eq!(client.balance().await.expect("balance"), before - price);
    assert_eq!(
        client.allowance().await.expect("allowance"),
        U256::ZERO,
        "exact approval"
    );
    assert_eq!(client.client_payout(id).await.expect("payout"), price);

    let mut events = client.events(devnet.start_block);
    let event = next_named(&mut events, "StorageRequested").await;
    assert_eq!(event.block_number, outcome.block_number);
    assert_eq!(event.tx_hash, Some(outcome.tx_hash));
    assert_eq!(event.name(), "StorageRequested");
    let MarketplaceEvents::StorageRequested(requested) = event.event else {
        panic!("not StorageRequested: {event:?}");
    };
    assert_eq!(requested.requestId, id);
    assert_eq!(requested.client, client.address());
    assert_eq!(requested.price, price);
    assert_eq!(requested.ask, request.ask);

    // The request's client must be the signer.
    let other = cairn_testkit::request(dev_address(2), 2);
    let err = client
        .request_storage(&other)
        .await
        .expect_err("foreign client");
    assert!(matches!(err, ChainError::InvalidArgument(_)), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_senders_do_not_collide_on_nonces() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let client = devnet.client(1).await;
    let start = devnet
        .anvil
        .provider(0)
        .get_transaction_count(client.address())
        .await
        .expect("nonce");
    let tasks = (0..2).map(|_| {
        let client = client.clone();
        tokio::spawn(async move {
            let mut outcomes = Vec::new();
            for _ in 0..5 {
                outcomes.push(client.commit_randomness().await.expect("commit randomness"));
            }
            outcomes
        })
    });
    let outcomes: Vec<_> = join_all(tasks)
        .await
        .into_iter()
        .flat_map(|r| r.expect("task"))
        .collect();
    let nonces: BTreeSet<u64> = outcomes.iter().map(|o| o.nonce).collect();
    assert_eq!(
        nonces,
        (start..start + 10).collect(),
        "ten distinct, consecutive nonces"
    );
    let hashes: BTreeSet<B256> = outcomes.iter().map(|o| o.tx_hash).collect();
    assert_eq!(hashes.len(), 10);

    // Another process with the same key uses the next nonce behind the client's back: the client
    // sees "nonce too low", re-reads the pending nonce and still gets its transaction in.
    let same_key = devnet.anvil.provider(1);
    let tx = TransactionRequest::default()
        .with_to(dev_address(3))
        .with_value(U256::from(1));
    same_key
        .send_transaction(tx)
        .await
        .expect("send")
        .get_receipt()
        .await
        .expect("receipt");
    let outcome = client
        .commit_randomness()
        .await
        .expect("recovered from nonce too low");
    assert_eq!(outcome.nonce, start + 11);
}

#[tokio::test]
async fn reverts_name_the_custom_error() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let client = devnet.client(1).await;
    let unknown = B256::repeat_byte(0x99);

    // A transaction that would revert fails in the pre-flight estimate, before using a nonce.
    let err = client
        .withdraw_funds(unknown)
        .await
        .expect_err("unknown request");
    assert_eq!(err.revert_name(), Some("UnknownRequest"), "{err}");
    let message = err.to_string();
    assert!(
        message.contains("withdrawFunds") && message.contains("UnknownRequest"),
        "{message}"
    );

    // A view that reverts.
    let err = client
        .get_request(unknown)
        .await
        .expect_err("unknown request");
    assert_eq!(err.revert_name(), Some("UnknownRequest"), "{err}");

    // An argument the contract refuses, with its arguments decoded.
    let (id, _) = client
        .request_storage(&request(client.address(), 1))
        .await
        .expect("request");
    let err = client.reserve_slot(id, 9).await.expect_err("slot 9 of 4");
    assert_eq!(err.revert_name(), Some("InvalidSlotIndex"), "{err}");
    assert!(err.to_string().contains('9'), "{err}");
    let err = client
        .request_storage(&request(client.address(), 1))
        .await
        .expect_err("twice");
    assert_eq!(err.revert_name(), Some("RequestExists"), "{err}");

    // The client is still usable afterwards (no nonce was lost).
    client.reserve_slot(id, 0).await.expect("reserve");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transaction_reverting_on_chain_is_an_error_with_its_reason() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let client = devnet.client(2).await;
    let requester = devnet.client(1).await;
    let (id, _) = requester
        .request_storage(&request(requester.address(), 1))
        .await
        .expect("request");
    // The reservation's deposit approved beforehand: the reservation is then one transaction.
    let deposit = client.reservation_deposit(id).await.expect("deposit");
    client.ensure_allowance(deposit).await.expect("approve");
    let start = client
        .provider()
        .get_transaction_count(client.address())
        .await
        .expect("nonce");

    // The reservation passes the pre-flight estimate (the request is open), but the block that
    // includes it is past the request's expiry: mined, it reverts with InvalidRequestState.
    // (Deterministic: no race between two senders decides which one reverts.)
    devnet.set_automine(false).await;
    let reservation = tokio::spawn({
        let client = client.clone();
        async move { client.reserve_slot(id, 0).await }
    });
    let provider = devnet.anvil.provider(0);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while provider
        .get_transaction_count(client.address())
        .pending()
        .await
        .expect("pending nonce")
        < start + 1
    {
        assert!(tokio::time::Instant::now() < deadline, "sent");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let now = devnet.latest_timestamp().await;
    devnet.mine_at(now + 10_000).await;
    devnet.set_automine(true).await;
    let err = reservation
        .await
        .expect("task")
        .expect_err("reverted when mined");
    let ChainError::Reverted { tx_hash, .. } = &err else {
        panic!("not a revert: {err}");
    };
    assert!(tx_hash.is_some(), "mined: {err}");
    assert_eq!(err.revert_name(), Some("InvalidRequestState"), "{err}");
    assert!(
        client
            .get_reservations(slot_id(id, 0))
            .await
            .expect("reservations")
            .is_empty()
    );
    // The nonce was used by the mined (reverted) transaction; the client goes on from there.
    assert_eq!(
        client
            .provider()
            .get_transaction_count(client.address())
            .await
            .expect("nonce"),
        start + 1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_receipt_timeout_is_reported_and_the_next_send_recovers() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let mut config = devnet.config(devnet.anvil.http_url(), 1);
    config.receipt_timeout = Duration::from_secs(1);
    let client = ChainClient::connect(config).await.expect("connect");
    devnet.set_automine(false).await;
    let err = client
        .commit_randomness()
        .await
        .expect_err("nothing is mined");
    let ChainError::ReceiptTimeout { tx_hash, .. } = err else {
        panic!("not a receipt timeout: {err}");
    };
    devnet.mine().await;
    devnet.set_automine(true).await;
    let receipt = client
        .provider()
        .get_transaction_receipt(tx_hash)
        .await
        .expect("receipt")
        .expect("mined after all");
    assert!(receipt.status());
    client.commit_randomness().await.expect("next send");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transaction_behind_one_a_reorg_dropped_is_reported_and_the_next_send_recovers() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let client = devnet.client(1).await;
    let before = devnet.nonce(client.address()).await;
    let dropped = client.commit_randomness().await.expect("mined");
    assert_eq!(dropped.nonce, before);
    // The block holding it is replaced: the account's nonce is back where it was, and the
    // client's next transaction (nonce + 1) would wait behind a free nonce for ever.
    devnet.reorg(1).await;
    assert_eq!(devnet.nonce(client.address()).await, before);
    let err = client
        .commit_randomness()
        .await
        .expect_err("queued behind the dropped nonce");
    let ChainError::NonceGap { nonce, pending, .. } = err else {
        panic!("not a nonce gap: {err}");
    };
    assert_eq!((nonce, pending), (before + 1, before));
    // The next send asks the node for the nonce again, is mined, and so is the one queued.
    let outcome = client.commit_randomness().await.expect("next send");
    assert_eq!(outcome.nonce, before);
    devnet.mine().await;
    assert_eq!(devnet.nonce(client.address()).await, before + 2);
}

/// A transaction mined but not yet confirmed is reorganised away: anvil forgets it, and the wait
/// ends with `Dropped` within seconds (not after the 45 s replacement delay); the next send uses
/// the freed nonce.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transaction_a_reorg_dropped_before_its_confirmations_is_reported_and_sent_again() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let mut config = devnet.config(devnet.anvil.http_url(), 1);
    config.confirmations = 3;
    let client = std::sync::Arc::new(ChainClient::connect(config).await.expect("connect"));
    let before = devnet.nonce(client.address()).await;
    let waiting = tokio::spawn({
        let client = client.clone();
        async move { client.commit_randomness().await }
    });
    // Mined (automine), waiting for its confirmations: the block is replaced.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while devnet.nonce(client.address()).await < before + 1 {
        assert!(std::time::Instant::now() < deadline, "never mined");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    devnet.reorg(1).await;
    assert_eq!(devnet.nonce(client.address()).await, before);
    let started = std::time::Instant::now();
    let err = tokio::time::timeout(Duration::from_secs(30), waiting)
        .await
        .expect("the drop is seen")
        .expect("task")
        .expect_err("dropped");
    let ChainError::Dropped { nonce, .. } = err else {
        panic!("not a dropped transaction: {err}");
    };
    assert_eq!(nonce, before);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    // Sent again with the same nonce; blocks are mined for its confirmations meanwhile.
    let miner = tokio::spawn({
        let devnet_url = devnet.anvil.http_url();
        async move {
            let provider = alloy::providers::ProviderBuilder::new().connect_http(devnet_url);
            loop {
                let _: Result<serde_json::Value, _> =
                    alloy::providers::Provider::raw_request(&provider, "evm_mine".into(), ()).await;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    });
    let outcome = client.commit_randomness().await.expect("sent again");
    miner.abort();
    assert_eq!(outcome.nonce, before);
}

/// The reorg comes while the next transaction waits in the pool: the node still counts it as
/// pending, so only the dropped transaction's absence shows the gap.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reorg_under_a_pending_transaction_is_a_nonce_gap_and_the_next_send_fills_it() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let client = std::sync::Arc::new(devnet.client(1).await);
    let before = devnet.nonce(client.address()).await;
    let dropped = client.commit_randomness().await.expect("mined");
    assert_eq!(dropped.nonce, before);
    devnet.set_automine(false).await;
    let waiting = tokio::spawn({
        let client = client.clone();
        async move { client.commit_randomness().await }
    });
    // Once the second transaction is in the pool, the block of the first is replaced.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while devnet.pending_nonce(client.address()).await < before + 2 {
        assert!(std::time::Instant::now() < deadline, "never in the pool");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    devnet.reorg(1).await;
    assert_eq!(devnet.nonce(client.address()).await, before);
    let err = tokio::time::timeout(Duration::from_secs(30), waiting)
        .await
        .expect("the gap is seen")
        .expect("task")
        .expect_err("queued behind the dropped nonce");
    let ChainError::NonceGap { nonce, pending, .. } = err else {
        panic!("not a nonce gap: {err}");
    };
    assert_eq!((nonce, pending), (before + 1, before));
    // The next send fills the free nonce (anvil then drops the stale one queued behind it, geth
    // would mine it), and the send after that finds its nonce whichever happened.
    devnet.set_automine(true).await;
    let outcome = client.commit_randomness().await.expect("next send");
    assert_eq!(outcome.nonce, before);
    devnet.mine().await;
    let next = devnet.nonce(client.address()).await;
    assert!(next == before + 1 || next == before + 2, "{next}");
    let later = client.commit_randomness().await.expect("later send");
    assert_eq!(later.nonce, next);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_host_reserves_and_fills_a_slot() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let requester = devnet.client(1).await;
    let host = devnet.client(2).await;
    let request = request(requester.address(), 1);
    let (id, _) = requester.request_storage(&request).await.expect("request");
    let slot = slot_id(id, 0);
    host.reserve_slot(id, 0).await.expect("reserve");
    assert_eq!(
        host.get_reservations(slot).await.expect("reservations"),
        vec![host.address()]
    );
    // The reservation took its deposit; the fill takes the rest of the collateral.
    let deposit = host.reservation_deposit(id).await.expect("deposit");
    assert!(!deposit.is_zero());
    assert!(
        host.reservation_expiry(slot, host.address())
            .await
            .expect("expiry")
            .is_some()
    );
    let before = host.balance().await.expect("balance");

    // The challenge is known one block after the seed was committed; a period boundary between
    // reading it and filling changes it, so try again then.
    let mut filled = None;
    for _ in 0..3 {
        host.commit_randomness().await.expect("commit");
        devnet.mine().await;
        let entropy = host.get_challenge(slot).await.expect("challenge");
        assert_ne!(entropy, U256::ZERO, "the challenge is known");
        let proof = devnet
            .proof_for(entropy, request.content.verifyRoot, 0)
            .await;
        match host.fill_slot(id, 0, &proof).await {
            Ok(outcome) => {
                filled = Some(outcome);
                break;
            }
            Err(err)
                if matches!(
                    err.revert_name(),
                    Some("InvalidProof" | "ChallengeNotReady")
                ) =>
            {
                continue;
            }
            Err(err) => panic!("fill: {err}"),
        }
    }
    let outcome = filled.expect("filled within three periods");
    assert_eq!(
        host.slot_state(slot).await.expect("state"),
        SlotState::Filled
    );
    assert_eq!(
        host.get_host(slot).await.expect("host"),
        Some(host.address())
    );
    let info = host.get_slot(slot).await.expect("slot");
    assert_eq!(info.collateral, collateral_of(&request.ask));
    assert_eq!(
        host.balance().await.expect("balance"),
        before - (collateral_of(&request.ask) - deposit)
    );
    let (active, index) = host.get_active_slot(slot).await.expect("active slot");
    assert_eq!((active, index), (request.clone(), 0));
    assert!(!host.is_proof_required(slot).await.expect("required"));
    let period = host.current_period().await.expect("period");
    assert!(host.period_seed(period).await.expect("seed").known);

    let mut events = host.events(outcome.block_number);
    let event = next_named(&mut events, "SlotFilled").await;
    assert_eq!(event.tx_hash, Some(outcome.tx_hash));
    let MarketplaceEvents::SlotFilled(filled) = event.event else {
        panic!("not SlotFilled: {event:?}");
    };
    assert_eq!((filled.requestId, filled.slotIndex), (id, 0));
    assert_eq!(filled.host, host.address());
    assert!(!filled.repair);

    // Leaving before the request started returns the collateral (the deposit was part of it).
    host.free_slot(slot).await.expect("free");
    assert_eq!(host.slot_state(slot).await.expect("state"), SlotState::Free);
    assert_eq!(host.balance().await.expect("balance"), before + deposit);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stuck_transaction_is_replaced_with_higher_fees_and_fees_stay_under_the_cap() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    // Nothing is mined for a while: the transaction is replaced, same nonce, fees 25 % higher.
    let mut config = devnet.config(devnet.anvil.http_url(), 1);
    config.replace_after = Duration::from_millis(400);
    config.receipt_timeout = Duration::from_secs(20);
    let client = ChainClient::connect(config.clone()).await.expect("connect");
    let estimate = client
        .provider()
        .estimate_eip1559_fees()
        .await
        .expect("fees");
    let nonce = client
        .provider()
        .get_transaction_count(client.address())
        .await
        .expect("nonce");
    devnet.set_automine(false).await;
    let sending = {
        let client = client.clone();
        tokio::spawn(async move { client.commit_randomness().await })
    };
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    // The pool holds one version per nonce: the latest replacement.
    let pool: serde_json::Value = client
        .provider()
        .raw_request("txpool_content".into(), ())
        .await
        .expect("txpool");
    let pending = &pool["pending"][client.address().to_string().to_lowercase()];
    assert_eq!(pending.as_object().map(|p| p.len()), Some(1), "{pool}");
    devnet.mine().await;
    devnet.set_automine(true).await;
    let outcome = sending.await.expect("task").expect("mined");
    assert_eq!(outcome.nonce, nonce, "one nonce for every version");
    let mined = client
        .provider()
        .get_transaction_by_hash(outcome.tx_hash)
        .await
        .expect("tx")
        .expect("known");
    let max_fee = mined.inner.max_fee_per_gas();
    assert!(
        max_fee >= estimate.max_fee_per_gas * 125 / 100,
        "a replacement was mined: {max_fee} vs the first {}",
        estimate.max_fee_per_gas
    );
    assert_eq!(
        client
            .provider()
            .get_transaction_count(client.address())
            .await
            .expect("nonce"),
        nonce + 1
    );

    // A fee cap below the estimate: the transaction offers the cap, no more.
    let fees = client
        .provider()
        .estimate_eip1559_fees()
        .await
        .expect("fees");
    let cap = fees.max_fee_per_gas - 1;
    config.max_fee_per_gas = Some(cap);
    let capped = ChainClient::connect(config).await.expect("connect");
    let outcome = capped.commit_randomness().await.expect("mined at the cap");
    let mined = client
        .provider()
        .get_transaction_by_hash(outcome.tx_hash)
        .await
        .expect("tx")
        .expect("known");
    assert_eq!(mined.inner.max_fee_per_gas(), cap);
    assert!(mined.inner.max_priority_fee_per_gas().unwrap_or_default() <= cap);
}
