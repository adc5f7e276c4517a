//! The token's real bytecode, deployed from the bindings into revm and driven through the generated
//! types. This is the pattern the marketplace lifecycle tests follow.

use alloy_primitives::{Address, U256, address};
use alloy_sol_types::{SolError, SolEvent, SolInterface};
use cairn_bindings::cairn_token::CairnToken;
use cairn_tests::{TestChain, TestChainError, expect_failure};

const OWNER: Address = address!("0x00000000000000000000000000000000000000a1");
const ALICE: Address = address!("0x00000000000000000000000000000000000000b2");
const BOB: Address = address!("0x00000000000000000000000000000000000000c3");

fn deploy(chain: &mut TestChain) -> Address {
    let constructor = CairnToken::constructorCall {
        name_: "Cairn Test Token".into(),
        symbol_: "CAIRN".into(),
        owner_: OWNER,
    };
    chain
        .deploy(OWNER, &CairnToken::BYTECODE, &constructor)
        .expect("token deploys")
        .value
}

fn balance(chain: &mut TestChain, token: Address, who: Address) -> U256 {
    chain
        .call(who, token, &CairnToken::balanceOfCall { account: who })
        .expect("balanceOf")
}

fn decode_error(err: &TestChainError) -> CairnToken::CairnTokenErrors {
    let data = err.revert_data().expect("a revert");
    CairnToken::CairnTokenErrors::abi_decode(data).expect("a CairnToken error")
}

#[test]
fn token_deploys_with_metadata_and_owner() {
    let mut chain = TestChain::new();
    let token = deploy(&mut chain);
    assert_eq!(
        chain
            .call(ALICE, token, &CairnToken::nameCall {})
            .expect("name"),
        "Cairn Test Token"
    );
    assert_eq!(
        chain
            .call(ALICE, token, &CairnToken::symbolCall {})
            .expect("symbol"),
        "CAIRN"
    );
    assert_eq!(
        chain
            .call(ALICE, token, &CairnToken::decimalsCall {})
            .expect("decimals"),
        18
    );
    assert_eq!(
        chain
            .call(ALICE, token, &CairnToken::ownerCall {})
            .expect("owner"),
        OWNER
    );
    assert!(
        chain
            .call(ALICE, token, &CairnToken::mintingEnabledCall {})
            .expect("mintingEnabled")
    );
}

#[test]
fn owner_mints_and_holders_transfer() {
    let mut chain = TestChain::new();
    let token = deploy(&mut chain);
    let amount = U256::from(1_000u64) * U256::from(10u64).pow(U256::from(18u64));

    let minted = chain
        .send(OWNER, token, &CairnToken::mintCall { to: ALICE, amount })
        .expect("owner mints");
    assert_eq!(minted.logs.len(), 1);
    let transfer = CairnToken::Transfer::decode_log(&minted.logs[0]).expect("Transfer event");
    assert_eq!(
        (transfer.from, transfer.to, transfer.value),
        (Address::ZERO, ALICE, amount)
    );
    assert_eq!(balance(&mut chain, token, ALICE), amount);

    let sent = chain
        .send(
            ALICE,
            token,
            &CairnToken::transferCall {
                to: BOB,
                value: U256::from(250u64),
            },
        )
        .expect("alice transfers");
    assert!(sent.value, "transfer returns true");
    assert!(
        sent.gas_used > 21_000 && sent.gas_used < 100_000,
        "gas used {}",
        sent.gas_used
    );
    assert_eq!(
        balance(&mut chain, token, ALICE),
        amount - U256::from(250u64)
    );
    assert_eq!(balance(&mut chain, token, BOB), U256::from(250u64));
    assert_eq!(
        chain
            .call(BOB, token, &CairnToken::totalSupplyCall {})
            .expect("supply"),
        amount
    );
}

#[test]
fn allowance_is_spent_by_transfer_from() {
    let mut chain = TestChain::new();
    let token = deploy(&mut chain);
    chain
        .send(
            OWNER,
            token,
            &CairnToken::mintCall {
                to: ALICE,
                amount: U256::from(100u64),
            },
        )
        .expect("mint");
    chain
        .send(
            ALICE,
            token,
            &CairnToken::approveCall {
                spender: BOB,
                value: U256::from(60u64),
            },
        )
        .expect("approve");
    chain
        .send(
            BOB,
            token,
            &CairnToken::transferFromCall {
                from: ALICE,
                to: BOB,
                value: U256::from(45u64),
            },
        )
        .expect("transferFrom");
    let left = chain
        .call(
            BOB,
            token,
            &CairnToken::allowanceCall {
                owner: ALICE,
                spender: BOB,
            },
        )
        .expect("allowance");
    assert_eq!(left, U256::from(15u64));
    assert_eq!(balance(&mut chain, token, BOB), U256::from(45u64));
}

#[test]
fn reverts_decode_to_the_contract_errors_and_change_nothing() {
    let mut chain = TestChain::new();
    let token = deploy(&mut chain);

    let err = expect_failure(
        chain.send(
            ALICE,
            token,
            &CairnToken::mintCall {
                to: ALICE,
                amount: U256::from(1u64),
            },
        ),
        "only the owner mints",
    );
    match decode_error(&err) {
        CairnToken::CairnTokenErrors::OwnableUnauthorizedAccount(e) => assert_eq!(e.account, ALICE),
        other => panic!("unexpected error {other:?}"),
    }
    assert_eq!(balance(&mut chain, token, ALICE), U256::ZERO);

    let err = chain
        .send(
            ALICE,
            token,
            &CairnToken::transferCall {
                to: BOB,
                value: U256::from(1u64),
            },
        )
        .expect_err("no balance");
    match decode_error(&err) {
        CairnToken::CairnTokenErrors::ERC20InsufficientBalance(e) => {
            assert_eq!(
                (e.sender, e.balance, e.needed),
                (ALICE, U256::ZERO, U256::from(1u64))
            );
        }
        other => panic!("unexpected error {other:?}"),
    }

    chain
        .send(OWNER, token, &CairnToken::disableMintingCall {})
        .expect("disable minting");
    let err = expect_failure(
        chain.send(
            OWNER,
            token,
            &CairnToken::mintCall {
                to: ALICE,
                amount: U256::from(1u64),
            },
        ),
        "minting is disabled",
    );
    assert_eq!(
        err.revert_data().map(|d| d.to_vec()),
        Some(CairnToken::MintingIsDisabled {}.abi_encode()),
    );
    assert_eq!(
        chain
            .call(ALICE, token, &CairnToken::totalSupplyCall {})
            .expect("supply"),
        U256::ZERO
    );
}

#[test]
fn time_moves_forward_with_blocks() {
    let mut chain = TestChain::new();
    let (t0, b0) = (chain.timestamp(), chain.block_number());
    chain.advance_time(120);
    assert_eq!(chain.timestamp(), t0 + 120);
    assert_eq!(chain.block_number(), b0 + 1);
}
