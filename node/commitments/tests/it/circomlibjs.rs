//! Cross-check of the vectors against circomlibjs: `tests/circomlibjs-check.js` recomputes every
//! value of the generated vectors with circomlibjs's `buildPoseidon` and its own implementation
//! of the PROTOCOL.md rules. Skipped with a notice when `node` or circomlibjs is missing, except
//! under CI (`CI` set), where that is a failure.

use std::{path::PathBuf, process::Command};

#[test]
fn circomlibjs_recomputes_every_vector() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let workspace = manifest.join("../..");
    let has_node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let has_circomlibjs = workspace
        .join("node_modules/circomlibjs/package.json")
        .exists();
    if !has_node || !has_circomlibjs {
        let missing = if has_node {
            "node_modules/circomlibjs (run `make setup`)"
        } else {
            "node"
        };
        assert!(
            std::env::var_os("CI").is_none(),
            "circomlibjs cross-check cannot run under CI: {missing} is missing"
        );
        eprintln!("NOTICE: skipping the circomlibjs cross-check: {missing} is missing");
        return;
    }
    // Check the vectors as generated now (equal to the committed file, see the drift test), so
    // that a run with CAIRN_UPDATE_VECTORS=1 does not race with the rewrite of the file.
    let json = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(super::vectors::FILE);
    std::fs::write(&json, super::vectors::generated_json()).expect("write vectors");
    let output = Command::new("node")
        .arg(manifest.join("tests/circomlibjs-check.js"))
        .arg(&json)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}");
    assert!(
        output.status.success(),
        "circomlibjs disagrees with the vectors:\n{stdout}\n{stderr}"
    );
}
