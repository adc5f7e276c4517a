//! Payment channels (`PaymentChannels.sol`, DESIGN.md §8): a client pays a host for bandwidth
//! with cumulative EIP-712 vouchers over a deposit it locked in a channel.
//!
//! - [`Voucher`] is the signed statement "everything up to `cumulative_amount` of channel
//!   `channel_id` is the host's"; [`voucher_digest`] is the contract's `voucherDigest` computed
//!   locally (domain "cairn PaymentChannels", version "1", the chain id and the contract), so a
//!   host checks a voucher without a chain call. [`Voucher::signer`] refuses what the contract's
//!   OpenZeppelin ECDSA refuses (a `v` other than 27 / 28, a high `s`).
//! - [`ChainClient`] wraps the contract: `open_channel` (approves the exact deposit first and
//!   returns the channel id), `top_up_channel`, `extend_channel`, `redeem_voucher`,
//!   `close_channel`, `get_channel`, and `sign_voucher` with the client's key.

use alloy::{
    primitives::{Address, B256, Signature, U256, keccak256},
    signers::SignerSync,
    sol_types::{Eip712Domain, SolStruct, SolValue, eip712_domain},
};
use cairn_bindings::payment_channels::PaymentChannels;

use crate::{ChainClient, ChainError, TxOutcome};

mod typed {
    alloy::sol! {
        /// The EIP-712 type the contract checks (`VOUCHER_TYPEHASH`; the name is part of it).
        struct Voucher {
            bytes32 channelId;
            uint256 cumulativeAmount;
        }
    }
}

/// The EIP-712 domain of the `PaymentChannels` contract at `contract` on chain `chain_id`.
pub fn channels_domain(chain_id: u64, contract: Address) -> Eip712Domain {
    eip712_domain! {
        name: "cairn PaymentChannels",
        version: "1",
        chain_id: chain_id,
        verifying_contract: contract,
    }
}

/// What a voucher signs: the contract's `voucherDigest(channelId, cumulativeAmount)`.
pub fn voucher_digest(domain: &Eip712Domain, channel_id: B256, cumulative_amount: U256) -> B256 {
    typed::Voucher {
        channelId: channel_id,
        cumulativeAmount: cumulative_amount,
    }
    .eip712_signing_hash(domain)
}

/// Why a voucher is refused before any chain call.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VoucherError {
    /// Not 65 bytes of r, s and v.
    #[error("a voucher signature is 65 bytes, not {0}")]
    Length(usize),
    /// `v` is not 27 or 28 (the contract's `ecrecover` takes no other).
    #[error("voucher signature v is {0}, not 27 or 28")]
    V(u8),
    /// `s` in the upper half of the curve order (malleable; the contract refuses it).
    #[error("voucher signature s is not in the lower half of the curve order")]
    HighS,
    /// No address recovers from it.
    #[error("voucher signature does not recover: {0}")]
    Recover(String),
}

/// A client's signed statement that everything up to `cumulative_amount` of channel
/// `channel_id` belongs to the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voucher {
    /// The channel.
    pub channel_id: B256,
    /// All paid so far over the channel's life (not an increment).
    pub cumulative_amount: U256,
    /// r (32 bytes), s (32 bytes), v (27 or 28).
    pub signature: [u8; 65],
}

impl Voucher {
    /// Builds a voucher from untrusted parts (a peer's message): the signature must be 65 bytes.
    pub fn from_parts(
        channel_id: B256,
        cumulative_amount: U256,
        signature: &[u8],
    ) -> Result<Self, VoucherError> {
        let signature: [u8; 65] = signature
            .try_into()
            .map_err(|_| VoucherError::Length(signature.len()))?;
        Ok(Self {
            channel_id,
            cumulative_amount,
            signature,
        })
    }

    /// Signs `cumulative_amount` of `channel_id` under `domain` with `signer`.
    pub fn sign(
        signer: &impl SignerSync,
        domain: &Eip712Domain,
        channel_id: B256,
        cumulative_amount: U256,
    ) -> Result<Self, ChainError> {
        let digest = voucher_digest(domain, channel_id, cumulative_amount);
        let signature = signer
            .sign_hash_sync(&digest)
            .map_err(|e| ChainError::Signing {
                call: "voucher",
                reason: e.to_string(),
            })?;
        Ok(Self {
            channel_id,
            cumulative_amount,
            signature: signature.as_bytes(),
        })
    }

    /// Who signed it under `domain`; refuses what the contract would refuse.
    pub fn signer(&self, domain: &Eip712Domain) -> Result<Address, VoucherError> {
        let v = self.signature[64];
        if v != 27 && v != 28 {
            return Err(VoucherError::V(v));
        }
        let signature = Signature::from_raw(&self.signature)
            .map_err(|e| VoucherError::Recover(e.to_string()))?;
        if signature.normalize_s().is_some() {
            return Err(VoucherError::HighS);
        }
        signature
            .recover_address_from_prehash(&voucher_digest(
                domain,
                self.channel_id,
                self.cumulative_amount,
            ))
            .map_err(|e| VoucherError::Recover(e.to_string()))
    }
}

/// A channel as the contract holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelInfo {
    /// Who pays.
    pub client: Address,
    /// Who is paid.
    pub host: Address,
    /// Until when vouchers are honoured for sure (unix seconds); the client may close after
    /// `expiry + challengeWindow`.
    pub expiry: u64,
    /// Tokens locked so far.
    pub deposit: U256,
    /// Tokens the host has redeemed so far.
    pub redeemed: U256,
}

/// The id `open` gives the `nonce`-th channel of `client` to `host` (the contract's formula).
pub fn channel_id(
    chain_id: u64,
    contract: Address,
    client: Address,
    host: Address,
    nonce: U256,
) -> B256 {
    keccak256((U256::from(chain_id), contract, client, host, nonce).abi_encode())
}

impl ChainClient {
    /// The `PaymentChannels` contract this client was connected with.
    pub fn payment_channels(&self) -> Result<Address, ChainError> {
        self.channels_address().ok_or_else(|| {
            ChainError::InvalidArgument("no payment channels contract is configured".into())
        })
    }

    /// The EIP-712 domain vouchers of this client's channels contract are signed under.
    pub fn voucher_domain(&self) -> Result<Eip712Domain, ChainError> {
        Ok(channels_domain(self.chain_id(), self.payment_channels()?))
    }

    /// Signs a voucher for `cumulative_amount` of `channel_id` with this client's key.
    pub fn sign_voucher(
        &self,
        channel_id: B256,
        cumulative_amount: U256,
    ) -> Result<Voucher, ChainError> {
        Voucher::sign(
            self.signer(),
            &self.voucher_domain()?,
            channel_id,
            cumulative_amount,
        )
    }

    /// Opens a channel to `host` with `deposit` locked until `expiry` (unix seconds): approves
    /// exactly the deposit, then `open`. Returns the channel id (checked on chain after the
    /// transaction).
    pub async fn open_channel(
        &self,
        host: Address,
        deposit: U256,
        expiry: u64,
    ) -> Result<(B256, TxOutcome), ChainError> {
        let contract = self.payment_channels()?;
        let _approval = self.approvals().lock().await;
        let nonce = self
            .call(
                contract,
                &PaymentChannels::noncesCall {
                    client: self.address(),
                },
            )
            .await?;
        self.approve_for(contract, deposit).await?;
        let outcome = self
            .send(
                contract,
                &PaymentChannels::openCall {
                    host,
                    amount: deposit,
                    expiry,
                },
            )
            .await?;
        let id = channel_id(self.chain_id(), contract, self.address(), host, nonce);
        match self.get_channel(id).await? {
            Some(channel) if channel.client == self.address() && channel.host == host => {
                Ok((id, outcome))
            }
            other => Err(ChainError::Decode(format!(
                "open mined in tx {} but channel {id} is {other:?}",
                outcome.tx_hash
            ))),
        }
    }

    /// Adds `amount` to the deposit of this client's channel `channel_id`.
    pub async fn top_up_channel(
        &self,
        channel_id: B256,
        amount: U256,
    ) -> Result<TxOutcome, ChainError> {
        let contract = self.payment_channels()?;
        let _approval = self.approvals().lock().await;
        self.approve_for(contract, amount).await?;
        self.send(
            contract,
            &PaymentChannels::topUpCall {
                channelId: channel_id,
                amount,
            },
        )
        .await
    }

    /// Moves the expiry of this client's channel `channel_id` to `expiry` (later only).
    pub async fn extend_channel(
        &self,
        channel_id: B256,
        expiry: u64,
    ) -> Result<TxOutcome, ChainError> {
        self.send(
            self.payment_channels()?,
            &PaymentChannels::extendCall {
                channelId: channel_id,
                expiry,
            },
        )
        .await
    }

    /// Redeems `voucher` (this client is the channel's host): pays out what it adds to what was
    /// redeemed, up to the deposit.
    pub async fn redeem_voucher(&self, voucher: &Voucher) -> Result<TxOutcome, ChainError> {
        self.send(
            self.payment_channels()?,
            &PaymentChannels::redeemCall {
                channelId: voucher.channel_id,
                cumulativeAmount: voucher.cumulative_amount,
                signature: voucher.signature.to_vec().into(),
            },
        )
        .await
    }

    /// Closes this client's channel `channel_id` after its challenge window: the rest of the
    /// deposit comes back.
    pub async fn close_channel(&self, channel_id: B256) -> Result<TxOutcome, ChainError> {
        self.send(
            self.payment_channels()?,
            &PaymentChannels::closeCall {
                channelId: channel_id,
            },
        )
        .await
    }

    /// The channel `channel_id`, or `None` when there is none (never opened, or closed).
    pub async fn get_channel(&self, channel_id: B256) -> Result<Option<ChannelInfo>, ChainError> {
        let channel = self
            .call(
                self.payment_channels()?,
                &PaymentChannels::getChannelCall {
                    channelId: channel_id,
                },
            )
            .await?;
        Ok((channel.client != Address::ZERO).then_some(ChannelInfo {
            client: channel.client,
            host: channel.host,
            expiry: channel.expiry,
            deposit: channel.deposit,
            redeemed: channel.redeemed,
        }))
    }

    /// Seconds after a channel's expiry reserved for the host's last redeem.
    pub async fn channel_challenge_window(&self) -> Result<u64, ChainError> {
        self.call(
            self.payment_channels()?,
            &PaymentChannels::challengeWindowCall {},
        )
        .await
    }

    /// The contract's own digest of a voucher (a check of [`voucher_digest`]).
    pub async fn voucher_digest_on_chain(
        &self,
        channel_id: B256,
        cumulative_amount: U256,
    ) -> Result<B256, ChainError> {
        self.call(
            self.payment_channels()?,
            &PaymentChannels::voucherDigestCall {
                channelId: channel_id,
                cumulativeAmount: cumulative_amount,
            },
        )
        .await
    }
}

#[cfg(test)]
mod tests {
    use alloy::signers::local::PrivateKeySigner;

    use super::*;

    fn domain() -> Eip712Domain {
        channels_domain(31337, Address::repeat_byte(7))
    }

    #[test]
    fn a_signed_voucher_recovers_its_signer_and_nothing_else_does() {
        let signer = PrivateKeySigner::random();
        let id = B256::repeat_byte(1);
        let voucher = Voucher::sign(&signer, &domain(), id, U256::from(1000)).expect("sign");
        assert_eq!(voucher.signer(&domain()), Ok(signer.address()));
        // Another amount, channel or domain recovers someone else.
        let mut more = voucher.clone();
        more.cumulative_amount = U256::from(1001);
        assert_ne!(more.signer(&domain()), Ok(signer.address()));
        let mut other = voucher.clone();
        other.channel_id = B256::repeat_byte(2);
        assert_ne!(other.signer(&domain()), Ok(signer.address()));
        let elsewhere = channels_domain(1, Address::repeat_byte(7));
        assert_ne!(voucher.signer(&elsewhere), Ok(signer.address()));
    }

    #[test]
    fn malformed_signatures_are_refused() {
        let signer = PrivateKeySigner::random();
        let voucher = Voucher::sign(&signer, &domain(), B256::ZERO, U256::from(5)).expect("sign");
        assert_eq!(
            Voucher::from_parts(B256::ZERO, U256::from(5), &voucher.signature[..64]),
            Err(VoucherError::Length(64))
        );
        let mut bad_v = voucher.clone();
        bad_v.signature[64] = 1;
        assert_eq!(bad_v.signer(&domain()), Err(VoucherError::V(1)));
        // The same signature with s mirrored (n - s, v flipped) is valid maths but malleable.
        let signature = Signature::from_raw(&voucher.signature).expect("raw");
        const N: U256 = alloy::primitives::uint!(
            0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141_U256
        );
        let high = Signature::new(signature.r(), N - signature.s(), !signature.v());
        let mirrored = Voucher {
            signature: high.as_bytes(),
            ..voucher
        };
        assert_eq!(mirrored.signer(&domain()), Err(VoucherError::HighS));
    }
}
