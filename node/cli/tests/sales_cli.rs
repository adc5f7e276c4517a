//! `cairn sales` end to end: the real binary against a real `cairn node` without a marketplace
//! (clear 503s), and argument checks that fail before any request is sent.

use std::process::{Command, Output};

mod common;
use common::{CAIRN, start_node};

/// Where nothing listens (the discard port): a command that got this far would say
/// "cannot reach the node" instead of its argument error.
const NOWHERE: &str = "http://127.0.0.1:9/api/v1";

fn cairn(api: &str, args: &[&str]) -> Output {
    Command::new(CAIRN)
        .args(args)
        .args(["--api", api])
        .output()
        .expect("run cairn")
}

fn failure(output: &Output) -> String {
    assert!(
        !output.status.success(),
        "expected a failure, got: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn add_availability<'a>(
    space: &'a str,
    duration: &'a str,
    price: &'a str,
    collateral: &'a str,
) -> [&'a str; 10] {
    [
        "sales",
        "add-availability",
        "--space",
        space,
        "--max-duration",
        duration,
        "--min-price",
        price,
        "--max-collateral",
        collateral,
    ]
}

#[test]
fn a_node_without_a_marketplace_answers_503_clearly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let node = start_node(&dir.path().join("node"), "64MiB");
    let no_market = "this node has no marketplace connection";

    let stderr = failure(&cairn(&node.api, &["sales", "availability"]));
    assert!(
        stderr.contains("503") && stderr.contains(no_market),
        "{stderr}"
    );
    let stderr = failure(&cairn(
        &node.api,
        &add_availability("1GiB", "2592000", "1", "1000"),
    ));
    assert!(
        stderr.contains("503") && stderr.contains(no_market),
        "{stderr}"
    );
    // GET /sales/slots is being added to the node: until then a clear "does not serve".
    let stderr = failure(&cairn(&node.api, &["sales", "slots"]));
    assert!(
        (stderr.contains("503") && stderr.contains(no_market))
            || (stderr.contains("404") && stderr.contains("does not serve /api/v1/sales/slots")),
        "{stderr}"
    );
}

#[test]
fn bad_arguments_fail_before_any_request() {
    let cases: [([&str; 4], &str); 12] = [
        (["lots", "60", "1", "1"], "invalid size \"lots\""),
        (["5XB", "60", "1", "1"], "unknown size unit \"xb\""),
        (["0", "60", "1", "1"], "the space must be more than 0 bytes"),
        (
            ["0GiB", "60", "1", "1"],
            "the space must be more than 0 bytes",
        ),
        (["99999999999TiB", "60", "1", "1"], "is too large"),
        (
            ["9000000000GiB", "60", "1", "1"],
            "the space must be at most",
        ),
        (["1GiB", "0", "1", "1"], "the duration must be more than 0"),
        (["1GiB", "30d", "1", "1"], "whole number of seconds"),
        (["1GiB", "60", "1.5", "1"], "whole number of token units"),
        (["1GiB", "60", "1e18", "1"], "whole number of token units"),
        (
            ["1GiB", "60", "1", "0"],
            "the collateral must be more than 0",
        ),
        (
            ["1GiB", "60", "1", &"9".repeat(80)],
            "does not fit in 256 bits",
        ),
    ];
    for ([space, duration, price, collateral], expected) in cases {
        let stderr = failure(&cairn(
            NOWHERE,
            &add_availability(space, duration, price, collateral),
        ));
        assert!(
            stderr.contains(expected) && !stderr.contains("cannot reach the node"),
            "{space} {duration} {price} {collateral}: {stderr}"
        );
    }
    // Good arguments do get as far as the (missing) node.
    let stderr = failure(&cairn(
        NOWHERE,
        &add_availability("512MiB", "2592000", "0", "1000"),
    ));
    assert!(stderr.contains("cannot reach the node"), "{stderr}");
}
