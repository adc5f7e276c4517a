//! Block exchange, `/cairn/blockexc/1` (PROTOCOL.md, "Block exchange"): a requester opens a
//! stream to a provider and sends want-lists (a dataset tree root plus block indexes as ranges)
//! and manifest requests; the provider answers each want, in order, with a presence reply (have /
//! don't have, price per byte), the blocks with their inclusion paths, and a closing `Done`.
//! Cancels stop a want early. Requesters verify every block against the tree root before handing
//! it on ([`client`]); providers bound what each peer may ask for ([`server`]).

pub mod client;
pub mod message;
pub mod server;

use libp2p::StreamProtocol;

pub use client::{BlockClient, PeerSession, Terms, VerifiedBlock, WantBlocks};
pub use message::{MAX_WANT_BLOCKS, Message, Pay, Want};
pub use server::{BlockSource, PaymentGate, ServeLimits, serve};

/// The protocol name.
pub const BLOCKEXC_PROTOCOL: StreamProtocol = StreamProtocol::new("/cairn/blockexc/1");

/// What can go wrong exchanging blocks.
#[derive(Debug, thiserror::Error)]
pub enum BlockExchangeError {
    /// The stream failed.
    #[error("stream: {0}")]
    Io(#[from] std::io::Error),
    /// A stream to the peer could not be opened.
    #[error("open a stream to {peer}: {reason}")]
    Open {
        /// The peer.
        peer: libp2p::PeerId,
        /// Why.
        reason: String,
    },
    /// A message broke the wire format or the limits.
    #[error("malformed message: {0}")]
    Malformed(String),
    /// The peer sent something the protocol does not allow here (an unasked block, a block that
    /// fails its inclusion proof, a manifest that does not match its CID).
    #[error("peer misbehaved: {0}")]
    Misbehaved(String),
    /// The peer refused the request.
    #[error("peer refused: {0}")]
    Refused(String),
    /// The peer does not have what was asked.
    #[error("peer does not have it")]
    DontHave,
    /// The session ended before the answer was complete.
    #[error("the session with the peer closed")]
    Closed,
    /// A priced provider served the peer its credit and no payment came within `waited`.
    #[error("payment required: no voucher within {waited:?} past the credit")]
    PaymentRequired {
        /// How long the provider waited.
        waited: std::time::Duration,
    },
}

impl BlockExchangeError {
    /// True when the peer sent provably bad data: a downloader should stop using it.
    pub fn is_misbehaviour(&self) -> bool {
        matches!(self, Self::Misbehaved(_) | Self::Malformed(_))
    }
}
