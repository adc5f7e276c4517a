//! cairn's networking (DESIGN.md §8), in the rust-libp2p application pattern: one task owns the
//! [`libp2p::Swarm`] ([`Network::spawn`]), callers talk to it through a cloneable [`NetworkHandle`]
//! over a bounded command channel and receive [`NetworkEvent`]s from a bounded stream.
//!
//! - [`identity`]: the node's persistent ed25519 key in the data dir.
//! - [`behaviour`]: identify, ping and Kademlia (provider records for manifests and slots).
//! - [`network`]: the event loop, commands and events.
//! - [`provider_store`]: the DHT's record store, provider records capped per remote peer.
//!
//! - [`blockexc`]: block exchange (`/cairn/blockexc/1`) on streams the swarm hands out: want-lists,
//!   presence, verified deliveries, per-peer limits.

pub mod behaviour;
pub mod blockexc;
mod error;
pub mod identity;
mod network;
pub mod provider_store;

pub use error::NetworkError;
pub use libp2p::{Multiaddr, PeerId, StreamProtocol, identity::Keypair, multiaddr};
pub use network::{Network, NetworkConfig, NetworkEvent, NetworkHandle};
