//! Connecting over HTTP and WebSocket, the values read on connect, views and the chain id rule.

use alloy::{
    primitives::{Address, B256},
    providers::Provider,
};
use cairn_bindings::marketplace::Marketplace;
use cairn_chain::{
    ANVIL_CHAIN_ID, ChainClient, ChainConfig, ChainError, RequestState, SignerConfig, SlotState,
    slot_id,
};

use cairn_testkit::{DEV_KEYS, Devnet, dev_address, devnet_config};

#[tokio::test]
async fn connect_over_http_and_ws_reads_the_marketplace() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    for url in [devnet.anvil.http_url(), devnet.anvil.ws_url()] {
        let client = ChainClient::connect(devnet.config(url.clone(), 1))
            .await
            .unwrap_or_else(|e| panic!("connect over {url}: {e}"));
        assert_eq!(client.chain_id(), ANVIL_CHAIN_ID);
        assert_eq!(client.address(), dev_address(1));
        assert_eq!(client.marketplace(), devnet.marketplace);
        assert_eq!(
            client.token(),
            devnet.token,
            "token() read from the marketplace"
        );
        assert_eq!(client.verifier(), devnet.verifier);
        assert_eq!(client.market_config(), &devnet_config());

        // Time is the chain's: the current period follows the latest block's timestamp.
        // (A block may be mined between the calls: the period is that of a block in between.)
        let before = client.latest_block_timestamp().await.expect("timestamp");
        assert!(before > 1_600_000_000, "timestamp {before}");
        let period = client.current_period().await.expect("period");
        let after = client.latest_block_timestamp().await.expect("timestamp");
        let start = client.period_start(period).await.expect("period start");
        assert!(
            start <= after && before < start + 10,
            "period start {start}, timestamps {before}..{after}"
        );
        assert_eq!(client.period_end(period).await.expect("end"), start + 10);
        assert!(client.block_number().await.expect("block") >= devnet.start_block - 1);

        // Views of things that do not exist.
        let nothing = B256::repeat_byte(0x42);
        assert_eq!(
            client.request_state(nothing).await.expect("state"),
            RequestState::None
        );
        assert_eq!(
            client.slot_state(nothing).await.expect("slot state"),
            SlotState::None
        );
        assert_eq!(client.get_host(nothing).await.expect("host"), None);
        assert!(
            client
                .get_reservations(nothing)
                .await
                .expect("reservations")
                .is_empty()
        );
        assert_eq!(
            client.balance().await.expect("balance"),
            alloy::primitives::U256::from(10u64).pow(alloy::primitives::U256::from(24u64))
        );

        // slot_id follows the contract's rule.
        let market = Marketplace::new(devnet.marketplace, client.provider().clone());
        let on_chain = market.slotId(nothing, 3).call().await.expect("slotId");
        assert_eq!(slot_id(nothing, 3), on_chain);
    }
}

#[tokio::test]
async fn dev_key_is_refused_off_the_anvil_chain_id() {
    let Some(devnet) = Devnet::start(1337).await else {
        return;
    };
    assert_eq!(
        devnet.anvil.provider(0).get_chain_id().await.expect("id"),
        1337
    );
    let err = ChainClient::connect(devnet.config(devnet.anvil.http_url(), 1))
        .await
        .expect_err("a dev key on chain 1337");
    assert!(
        matches!(err, ChainError::DevKeyRefused { chain_id: 1337 }),
        "{err}"
    );
    let message = err.to_string();
    assert!(
        message.contains("1337") && message.contains("keystore"),
        "{message}"
    );
}

#[tokio::test]
async fn connect_errors_are_clear() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    // No contract at the address.
    let mut config = devnet.config(devnet.anvil.http_url(), 1);
    config.marketplace = Address::repeat_byte(0x77);
    let err = ChainClient::connect(config)
        .await
        .expect_err("no marketplace");
    assert!(matches!(err, ChainError::NoMarketplace(_)), "{err}");

    // Nobody listening: a connect error after the retries, not a hang.
    let mut config = ChainConfig::new(
        "http://127.0.0.1:1".parse().expect("url"),
        devnet.marketplace,
        SignerConfig::DevKey(DEV_KEYS[1]),
    );
    config.rpc_attempts = 2;
    config.initial_backoff = std::time::Duration::from_millis(10);
    let err = ChainClient::connect(config)
        .await
        .expect_err("nothing there");
    assert!(matches!(err, ChainError::Connect { .. }), "{err}");
    assert!(err.to_string().contains("127.0.0.1:1"), "{err}");
}
