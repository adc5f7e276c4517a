//! Payment channels on the real bytecode, with vouchers signed in Rust (EIP-712, alloy's local
//! signer) the way a cairn client node will sign them.

use alloy::{
    primitives::{Address, B256, U256, address},
    signers::{SignerSync, local::PrivateKeySigner},
    sol,
    sol_types::{SolEvent, SolInterface, SolStruct, eip712_domain},
};
use cairn_bindings::{cairn_token::CairnToken, payment_channels::PaymentChannels};
use cairn_tests::{TestChain, expect_failure};

sol! {
    /// The voucher a client signs: the cumulative amount the host may redeem from the channel.
    struct Voucher {
        bytes32 channelId;
        uint256 cumulativeAmount;
    }
}

const DEPLOYER: Address = address!("0x00000000000000000000000000000000000000a1");
const HOST: Address = address!("0x00000000000000000000000000000000000000c3");
const WINDOW: u64 = 3600;

struct Setup {
    chain: TestChain,
    token: Address,
    channels: Address,
    client: PrivateKeySigner,
}

fn ether(n: u64) -> U256 {
    U256::from(n) * U256::from(10u64).pow(U256::from(18u64))
}

fn setup() -> Setup {
    let mut chain = TestChain::new();
    let client = PrivateKeySigner::from_bytes(&B256::repeat_byte(0x42)).expect("key");
    let constructor = CairnToken::constructorCall {
        name_: "Cairn Test Token".into(),
        symbol_: "CAIRN".into(),
        owner_: DEPLOYER,
    };
    let token = chain
        .deploy(DEPLOYER, &CairnToken::BYTECODE, &constructor)
        .expect("token")
        .value;
    let constructor = PaymentChannels::constructorCall {
        token_: token,
        challengeWindow_: WINDOW,
    };
    let channels = chain
        .deploy(DEPLOYER, &PaymentChannels::BYTECODE, &constructor)
        .expect("channels")
        .value;
    chain
        .send(
            DEPLOYER,
            token,
            &CairnToken::mintCall {
                to: client.address(),
                amount: ether(100),
            },
        )
        .expect("mint");
    chain
        .send(
            client.address(),
            token,
            &CairnToken::approveCall {
                spender: channels,
                value: U256::MAX,
            },
        )
        .expect("approve");
    Setup {
        chain,
        token,
        channels,
        client,
    }
}

fn sign(
    setup: &Setup,
    chain_id: u64,
    contract: Address,
    channel: B256,
    amount: U256,
) -> alloy::primitives::Bytes {
    let domain = eip712_domain! {
        name: "cairn PaymentChannels",
        version: "1",
        chain_id: chain_id,
        verifying_contract: contract,
    };
    let voucher = Voucher {
        channelId: channel,
        cumulativeAmount: amount,
    };
    let signature = setup
        .client
        .sign_hash_sync(&voucher.eip712_signing_hash(&domain))
        .expect("sign");
    signature.as_bytes().to_vec().into()
}

fn balance(setup: &mut Setup, who: Address) -> U256 {
    setup
        .chain
        .call(
            DEPLOYER,
            setup.token,
            &CairnToken::balanceOfCall { account: who },
        )
        .expect("balance")
}

#[test]
fn a_voucher_signed_in_rust_is_redeemed_then_the_rest_refunded() {
    let mut s = setup();
    let client = s.client.address();
    let expiry = s.chain.timestamp() + 86_400;
    let opened = s
        .chain
        .send(
            client,
            s.channels,
            &PaymentChannels::openCall {
                host: HOST,
                amount: ether(10),
                expiry,
            },
        )
        .expect("open");
    let channel = opened.value;
    let event = opened
        .logs
        .iter()
        .find_map(|log| PaymentChannels::ChannelOpened::decode_log(log).ok())
        .expect("ChannelOpened");
    assert_eq!(
        (event.channelId, event.client, event.host, event.deposit),
        (channel, client, HOST, ether(10))
    );

    // The Rust digest equals the contract's.
    let digest = s
        .chain
        .call(
            client,
            s.channels,
            &PaymentChannels::voucherDigestCall {
                channelId: channel,
                cumulativeAmount: ether(3),
            },
        )
        .expect("digest");
    let domain = eip712_domain! { name: "cairn PaymentChannels", version: "1", chain_id: 31337, verifying_contract: s.channels, };
    assert_eq!(
        digest,
        Voucher {
            channelId: channel,
            cumulativeAmount: ether(3)
        }
        .eip712_signing_hash(&domain)
    );

    for amount in [ether(3), ether(7)] {
        let signature = sign(&s, 31337, s.channels, channel, amount);
        s.chain
            .send(
                HOST,
                s.channels,
                &PaymentChannels::redeemCall {
                    channelId: channel,
                    cumulativeAmount: amount,
                    signature,
                },
            )
            .expect("redeem");
    }
    assert_eq!(balance(&mut s, HOST), ether(7));

    // Early close is refused; after expiry + window the client gets the rest.
    let err = expect_failure(
        s.chain.send(
            client,
            s.channels,
            &PaymentChannels::closeCall { channelId: channel },
        ),
        "window still open",
    );
    let decoded =
        PaymentChannels::PaymentChannelsErrors::abi_decode(err.revert_data().expect("revert"))
            .expect("error");
    assert!(
        matches!(
            decoded,
            PaymentChannels::PaymentChannelsErrors::ChallengeWindowOpen(_)
        ),
        "{decoded:?}"
    );
    s.chain.advance_time(86_400 + WINDOW);
    s.chain
        .send(
            client,
            s.channels,
            &PaymentChannels::closeCall { channelId: channel },
        )
        .expect("close");
    assert_eq!(balance(&mut s, client), ether(93));
    let contract = s.channels;
    assert_eq!(balance(&mut s, contract), U256::ZERO);
}

#[test]
fn vouchers_for_another_chain_contract_or_amount_are_rejected() {
    let mut s = setup();
    let client = s.client.address();
    let expiry = s.chain.timestamp() + 86_400;
    let channel = s
        .chain
        .send(
            client,
            s.channels,
            &PaymentChannels::openCall {
                host: HOST,
                amount: ether(10),
                expiry,
            },
        )
        .expect("open")
        .value;
    let bad = [
        (sign(&s, 5, s.channels, channel, ether(1)), ether(1)),
        (sign(&s, 31337, s.token, channel, ether(1)), ether(1)),
        (sign(&s, 31337, s.channels, channel, ether(1)), ether(2)),
    ];
    for (signature, amount) in bad {
        let err = expect_failure(
            s.chain.send(
                HOST,
                s.channels,
                &PaymentChannels::redeemCall {
                    channelId: channel,
                    cumulativeAmount: amount,
                    signature,
                },
            ),
            "bad voucher",
        );
        let decoded =
            PaymentChannels::PaymentChannelsErrors::abi_decode(err.revert_data().expect("revert"))
                .expect("error");
        assert!(
            matches!(
                decoded,
                PaymentChannels::PaymentChannelsErrors::InvalidSignature(_)
            ),
            "{decoded:?}"
        );
    }
    assert_eq!(balance(&mut s, HOST), U256::ZERO, "no bad voucher paid");
    // A voucher above the deposit pays the deposit (not nothing).
    let signature = sign(&s, 31337, s.channels, channel, ether(11));
    s.chain
        .send(
            HOST,
            s.channels,
            &PaymentChannels::redeemCall {
                channelId: channel,
                cumulativeAmount: ether(11),
                signature,
            },
        )
        .expect("a voucher over the deposit redeems the deposit");
    assert_eq!(balance(&mut s, HOST), ether(10));
}
