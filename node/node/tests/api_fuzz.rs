//! The REST API under a schema-driven fuzzer: schemathesis (`.venv-schemathesis`, made by
//! `make api-fuzz-setup`, settings in scripts/schemathesis.toml) generates requests from
//! `/api/v1/openapi.json` and checks every answer against it (status codes, content types, bodies,
//! no server errors, schema-valid input accepted, invalid input refused), against a real node
//! without a marketplace and one connected to a real anvil devnet. Zero failures are allowed.
//!
//! Without the venv the tests are skipped with a notice, except under CI (`CI` set), where that is
//! a failure.

use std::{path::PathBuf, time::Duration};

use cairn_chain::{ANVIL_CHAIN_ID, ChainConfig, SignerConfig};
use cairn_node::{
    MarketplaceSettings, Node, NodeConfig, RoleSettings, dataset::commitments::CommitmentParams,
};
use cairn_testkit::{DEV_KEYS, Devnet};

fn schemathesis() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let st = root.join(".venv-schemathesis/bin/st");
    if st.exists() {
        return Some(st);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{} is missing: run `make api-fuzz-setup`",
        st.display()
    );
    eprintln!(
        "skipped: {} is missing (run `make api-fuzz-setup`)",
        st.display()
    );
    None
}

/// Runs schemathesis against the node serving `base` (`http://127.0.0.1:<port>/api/v1`).
async fn fuzz(st: &PathBuf, base: &str, examples: u32) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let output = tokio::time::timeout(
        Duration::from_secs(600),
        tokio::process::Command::new(st)
            .arg("--config-file")
            .arg(root.join("scripts/schemathesis.toml"))
            .arg("run")
            .arg(format!("{base}/openapi.json"))
            .args([
                "--max-examples",
                &examples.to_string(),
                "--seed",
                "20261207",
            ])
            .args(["--no-color", "--workers", "1"])
            .output(),
    )
    .await
    .expect("schemathesis finished in 10 minutes")
    .expect("schemathesis runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let summary: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains("passed") || l.contains("failures") || l.contains("generated"))
        .collect();
    eprintln!("schemathesis on {base}: {}", summary.join(" | "));
    if !output.status.success() {
        // The report's end: the failures (or errors) and the summary.
        let lines: Vec<&str> = stdout.lines().collect();
        let tail = lines[lines.len().saturating_sub(200)..].join("\n");
        panic!(
            "schemathesis found failures:\n{tail}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

async fn serve(config: NodeConfig) -> (String, tokio::sync::oneshot::Sender<()>) {
    let node = Node::start(config).await.expect("node starts");
    let base = format!("http://{}/api/v1", node.api_addr().expect("addr"));
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(node.run(async move {
        let _ = rx.await;
    }));
    (base, tx)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_of_a_node_without_a_marketplace_meets_its_schema() {
    let Some(st) = schemathesis() else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let (base, _stop) = serve(NodeConfig {
        data_dir: dir.path().to_path_buf(),
        api_port: 0,
        quota_bytes: 64 << 20,
        ..NodeConfig::default()
    })
    .await;
    fuzz(&st, &base, 60).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_of_a_node_with_a_marketplace_meets_its_schema() {
    let Some(st) = schemathesis() else {
        return;
    };
    let Some(devnet) = Devnet::start(ANVIL_CHAIN_ID).await else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut chain = ChainConfig::new(
        devnet.anvil.http_url(),
        devnet.marketplace,
        SignerConfig::DevKey(DEV_KEYS[1]),
    );
    chain.poll_interval = Duration::from_millis(200);
    let (base, _stop) = serve(NodeConfig {
        data_dir: dir.path().to_path_buf(),
        api_port: 0,
        quota_bytes: 64 << 20,
        marketplace: Some(MarketplaceSettings {
            chain,
            circuit: CommitmentParams {
                max_slot_depth: 16,
                slots_depth: 4,
            },
            validator: false,
            hosting: None,
            roles: RoleSettings::default(),
        }),
        ..NodeConfig::default()
    })
    .await;
    fuzz(&st, &base, 40).await;
}
