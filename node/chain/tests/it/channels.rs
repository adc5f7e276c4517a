//! Payment channels on anvil: vouchers signed in Rust redeem on the real contract; what the
//! contract refuses (a stranger's signature, a lower amount, an early close) is refused with its
//! error, and a close after the challenge window refunds the rest.

use cairn_chain::{ANVIL_CHAIN_ID, B256, U256, Voucher, channels};
use cairn_testkit::{CHANNEL_CHALLENGE_WINDOW, Devnet};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_channel_opens_pays_by_voucher_and_closes_with_a_refund() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let client = devnet.client(1).await;
    let host = devnet.client(2).await;
    let stranger = devnet.client(3).await;
    let expiry = devnet.latest_timestamp().await + 3_600;
    let client_before = client.balance().await.expect("balance");
    let (id, _) = client
        .open_channel(host.address(), U256::from(1_000), expiry)
        .await
        .expect("open");
    let channel = client.get_channel(id).await.expect("get").expect("open");
    assert_eq!(
        (channel.client, channel.host, channel.expiry),
        (client.address(), host.address(), expiry)
    );
    assert_eq!(
        (channel.deposit, channel.redeemed),
        (U256::from(1_000), U256::ZERO)
    );
    // A second channel to the same host gets another id.
    let (second, _) = client
        .open_channel(host.address(), U256::from(1), expiry)
        .await
        .expect("open again");
    assert_ne!(second, id);

    // The digest computed here is the contract's.
    let domain = client.voucher_domain().expect("domain");
    assert_eq!(
        channels::voucher_digest(&domain, id, U256::from(300)),
        client
            .voucher_digest_on_chain(id, U256::from(300))
            .await
            .expect("digest")
    );

    // The host checks the voucher locally, then redeems it.
    let voucher = client.sign_voucher(id, U256::from(300)).expect("sign");
    assert_eq!(voucher.signer(&domain), Ok(client.address()));
    let host_before = host.balance().await.expect("balance");
    host.redeem_voucher(&voucher).await.expect("redeem");
    assert_eq!(
        host.balance().await.expect("balance"),
        host_before + U256::from(300)
    );

    // A lower amount, a stranger's signature, another channel's voucher: refused.
    let lower = client.sign_voucher(id, U256::from(200)).expect("sign");
    let err = host.redeem_voucher(&lower).await.expect_err("lower");
    assert_eq!(err.revert_name(), Some("NothingToRedeem"), "{err}");
    let forged = stranger.sign_voucher(id, U256::from(900)).expect("sign");
    assert_eq!(forged.signer(&domain), Ok(stranger.address()));
    let err = host.redeem_voucher(&forged).await.expect_err("forged");
    assert_eq!(err.revert_name(), Some("InvalidSignature"), "{err}");
    let other = client.sign_voucher(second, U256::from(900)).expect("sign");
    let moved = Voucher {
        channel_id: id,
        ..other
    };
    assert_ne!(moved.signer(&domain), Ok(client.address()));
    let err = host.redeem_voucher(&moved).await.expect_err("moved");
    assert_eq!(err.revert_name(), Some("InvalidSignature"), "{err}");
    let unknown = client
        .sign_voucher(B256::repeat_byte(9), U256::from(1))
        .expect("sign");
    let err = host.redeem_voucher(&unknown).await.expect_err("unknown");
    assert_eq!(err.revert_name(), Some("UnknownChannel"), "{err}");

    // Top-up and extension; a voucher above the deposit pays the deposit.
    client
        .top_up_channel(id, U256::from(500))
        .await
        .expect("top up");
    client
        .extend_channel(id, expiry + 60)
        .await
        .expect("extend");
    let above = client.sign_voucher(id, U256::from(10_000)).expect("sign");
    host.redeem_voucher(&above).await.expect("redeem above");
    let channel = client.get_channel(id).await.expect("get").expect("open");
    assert_eq!(
        (channel.deposit, channel.redeemed, channel.expiry),
        (U256::from(1_500), U256::from(1_500), expiry + 60)
    );

    // The second channel: closed early is refused; after expiry and window, the deposit returns.
    let err = client.close_channel(second).await.expect_err("early");
    assert_eq!(err.revert_name(), Some("ChallengeWindowOpen"), "{err}");
    assert_eq!(
        client.channel_challenge_window().await.expect("window"),
        CHANNEL_CHALLENGE_WINDOW
    );
    devnet.advance(3_600 + CHANNEL_CHALLENGE_WINDOW + 1).await;
    client.close_channel(second).await.expect("close");
    assert_eq!(client.get_channel(second).await.expect("get"), None);
    assert_eq!(
        client.balance().await.expect("balance"),
        client_before - U256::from(1_500)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_without_a_channels_contract_is_told_so() {
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let mut config = devnet.config(devnet.anvil.http_url(), 1);
    config.payment_channels = None;
    let client = cairn_chain::ChainClient::connect(config.clone())
        .await
        .expect("connect");
    let err = client
        .open_channel(cairn_testkit::dev_address(2), U256::from(1), u64::MAX)
        .await
        .expect_err("no contract");
    assert!(err.to_string().contains("no payment channels"), "{err}");
    // An address that is not a PaymentChannels contract is refused on connect.
    config.payment_channels = Some(devnet.token);
    let err = cairn_chain::ChainClient::connect(config.clone())
        .await
        .expect_err("not a channels contract");
    assert!(err.to_string().contains("token"), "{err}");
    config.payment_channels = Some(cairn_testkit::dev_address(4));
    let err = cairn_chain::ChainClient::connect(config)
        .await
        .expect_err("no contract");
    assert!(
        err.to_string().contains("no PaymentChannels contract"),
        "{err}"
    );
}
