//! Deployment helpers shared by the lifecycle tests: the token, the marketplace, funded actors.

use alloy::primitives::{Address, U256};
use cairn_bindings::{
    cairn_token::CairnToken,
    marketplace::{IMarketplace::Config, Marketplace},
};
use cairn_tests::TestChain;

/// Deploys the payment token, owned (and mintable) by `owner`.
pub(crate) fn deploy_token(chain: &mut TestChain, owner: Address) -> Address {
    chain
        .deploy(
            owner,
            &CairnToken::BYTECODE,
            &CairnToken::constructorCall {
                name_: "Cairn Test Token".into(),
                symbol_: "CAIRN".into(),
                owner_: owner,
            },
        )
        .expect("deploy the token")
        .value
}

/// Deploys the marketplace over `token` and `verifier`.
pub(crate) fn deploy_marketplace(
    chain: &mut TestChain,
    deployer: Address,
    token: Address,
    verifier: Address,
    config: Config,
) -> Address {
    chain
        .deploy(
            deployer,
            &Marketplace::BYTECODE,
            &Marketplace::constructorCall {
                token_: token,
                verifier_: verifier,
                config_: config,
            },
        )
        .expect("deploy the marketplace")
        .value
}

/// Mints 10^24 token units to each account (as the token's `owner`) and lets `spender` take them.
pub(crate) fn fund(
    chain: &mut TestChain,
    token: Address,
    owner: Address,
    spender: Address,
    accounts: impl IntoIterator<Item = Address>,
) {
    for who in accounts {
        chain
            .send(
                owner,
                token,
                &CairnToken::mintCall {
                    to: who,
                    amount: U256::from(10u64).pow(U256::from(24u64)),
                },
            )
            .expect("mint");
        chain
            .send(
                who,
                token,
                &CairnToken::approveCall {
                    spender,
                    value: U256::MAX,
                },
            )
            .expect("approve");
    }
}
