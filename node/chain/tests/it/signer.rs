//! The encrypted keystore signer: written with alloy's keystore support, loaded by the client.

use alloy::signers::local::PrivateKeySigner;
use cairn_chain::{ChainClient, ChainError, SignerConfig};

use cairn_testkit::{DEV_KEYS, Devnet, dev_address};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keystore_signer_round_trip() {
    // A chain that is not anvil's 31337: a keystore is accepted where a dev key is not.
    let Some(devnet) = Devnet::start(1337).await else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let (written, _uuid) = PrivateKeySigner::encrypt_keystore(
        dir.path(),
        &mut rand08::thread_rng(),
        DEV_KEYS[3],
        "correct horse",
        Some("node.json"),
    )
    .expect("write the keystore");
    assert_eq!(written.address(), dev_address(3));
    let path = dir.path().join("node.json");

    let mut config = devnet.config(devnet.anvil.http_url(), 3);
    config.signer = SignerConfig::Keystore {
        path: path.clone(),
        password: "correct horse".into(),
    };
    let client = ChainClient::connect(config.clone())
        .await
        .expect("connect with the keystore");
    assert_eq!(client.chain_id(), 1337);
    assert_eq!(client.address(), dev_address(3));
    // It signs: a transaction from the keystore's account goes through.
    let outcome = client.commit_randomness().await.expect("send");
    let tx =
        alloy::providers::Provider::get_transaction_by_hash(client.provider(), outcome.tx_hash)
            .await
            .expect("tx")
            .expect("known");
    assert_eq!(tx.inner.signer(), dev_address(3));

    config.signer = SignerConfig::Keystore {
        path: path.clone(),
        password: "wrong".into(),
    };
    let err = ChainClient::connect(config.clone())
        .await
        .expect_err("wrong password");
    assert!(matches!(err, ChainError::Keystore { .. }), "{err}");
    assert!(err.to_string().contains("node.json"), "{err}");

    config.signer = SignerConfig::Keystore {
        path: dir.path().join("missing.json"),
        password: "correct horse".into(),
    };
    let err = ChainClient::connect(config)
        .await
        .expect_err("missing file");
    assert!(matches!(err, ChainError::Keystore { .. }), "{err}");
}
