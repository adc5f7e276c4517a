//! The swarm's behaviours: connection limits, identify (addresses and protocols), ping
//! (liveness) and Kademlia (routing and provider records, on cairn's own protocol name), and raw
//! application streams (block exchange).

use std::time::Duration;

use crate::provider_store::{ProviderLimits, ProviderStore};

use libp2p::{
    StreamProtocol, connection_limits, identify, identity::Keypair, kad, ping,
    swarm::NetworkBehaviour,
};

/// cairn's Kademlia protocol: a DHT of cairn nodes only.
pub const KAD_PROTOCOL: StreamProtocol = StreamProtocol::new("/cairn/kad/1.0.0");
/// cairn's identify protocol version string.
pub const PROTOCOL_VERSION: &str = "/cairn/1.0.0";

/// Every behaviour of a cairn node.
#[derive(NetworkBehaviour)]
pub struct Behaviour {
    /// Bounds on connections: in total, per peer, and half-open inbound ones.
    pub limits: connection_limits::Behaviour,
    /// Address and protocol exchange.
    pub identify: identify::Behaviour,
    /// Liveness.
    pub ping: ping::Behaviour,
    /// Routing and provider records.
    pub kad: kad::Behaviour<ProviderStore>,
    /// Application protocols on raw streams (block exchange).
    pub stream: libp2p_stream::Behaviour,
}

impl std::fmt::Debug for Behaviour {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Behaviour").finish_non_exhaustive()
    }
}

impl Behaviour {
    /// The behaviours for `key`; provider records expire after `provider_ttl`; connections are
    /// bounded by `limits`.
    pub fn new(
        key: &Keypair,
        provider_ttl: Duration,
        limits: connection_limits::ConnectionLimits,
    ) -> Self {
        let peer_id = key.public().to_peer_id();
        let mut config = kad::Config::new(KAD_PROTOCOL);
        config.set_provider_record_ttl(Some(provider_ttl));
        config.set_query_timeout(Duration::from_secs(30));
        let store = ProviderStore::new(peer_id, ProviderLimits::default());
        let mut kad = kad::Behaviour::with_config(peer_id, store, config);
        kad.set_mode(Some(kad::Mode::Server));
        Self {
            limits: connection_limits::Behaviour::new(limits),
            identify: identify::Behaviour::new(identify::Config::new(
                PROTOCOL_VERSION.into(),
                key.public(),
            )),
            ping: ping::Behaviour::new(ping::Config::new()),
            kad,
            stream: libp2p_stream::Behaviour::new(),
        }
    }
}
