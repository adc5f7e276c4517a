//! The network task: owns the swarm, serves commands from [`NetworkHandle`]s, emits
//! [`NetworkEvent`]s.

use std::{
    collections::{HashMap, HashSet},
    sync::Arc,
    time::Duration,
};

use futures::StreamExt;
use libp2p::{
    Multiaddr, PeerId, Swarm, SwarmBuilder,
    core::PeerRecord,
    identify,
    identity::Keypair,
    kad::{self, QueryId, QueryResult, RecordKey},
    multiaddr::Protocol,
    noise,
    swarm::SwarmEvent,
    tcp, yamux,
};
use tokio::sync::{mpsc, oneshot};

use crate::{
    NetworkError,
    behaviour::{Behaviour, BehaviourEvent},
    blockexc::{BLOCKEXC_PROTOCOL, BlockClient, BlockSource, ServeLimits},
};

/// Commands waiting in the channel before callers wait.
const COMMAND_QUEUE: usize = 64;
/// Events waiting for the consumer; past that, events are dropped (the swarm never blocks).
const EVENT_QUEUE: usize = 256;

/// How the node networks.
#[derive(Debug, Clone)]
pub struct NetworkConfig {
    /// Addresses to listen on (e.g. `/ip4/127.0.0.1/tcp/0`, `/ip4/127.0.0.1/udp/0/quic-v1`).
    pub listen: Vec<Multiaddr>,
    /// Peers to join the DHT through; each ends in `/p2p/<peer id>`.
    pub bootstrap: Vec<Multiaddr>,
    /// How long a provider record lives; the node re-announces at half of it.
    pub provider_ttl: Duration,
    /// Idle connections are closed after this long.
    pub idle_timeout: Duration,
    /// Most established connections in all (a peer beyond it is refused).
    pub max_connections: u32,
    /// Most established connections with one peer.
    pub max_connections_per_peer: u32,
    /// Most inbound connections still being set up (a flood of handshakes).
    pub max_pending_incoming: u32,
}

impl Default for NetworkConfig {
    fn default() -> Self {
        Self {
            listen: vec![
                "/ip4/127.0.0.1/tcp/0".parse().expect("valid address"),
                "/ip4/127.0.0.1/udp/0/quic-v1"
                    .parse()
                    .expect("valid address"),
            ],
            bootstrap: Vec::new(),
            provider_ttl: Duration::from_secs(24 * 3600),
            idle_timeout: Duration::from_secs(60),
            max_connections: 256,
            max_connections_per_peer: 4,
            max_pending_incoming: 64,
        }
    }
}

/// What happens on the network, for the node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetworkEvent {
    /// The node listens on this address.
    Listening(Multiaddr),
    /// A connection to the peer opened (its first).
    PeerConnected(PeerId),
    /// The last connection to the peer closed.
    PeerDisconnected(PeerId),
    /// The peer told us who it is and where it listens.
    PeerIdentified {
        /// The peer.
        peer: PeerId,
        /// Its listen addresses.
        listen_addrs: Vec<Multiaddr>,
    },
}

enum Command {
    ListenAddrs(oneshot::Sender<Vec<Multiaddr>>),
    Dial(Multiaddr, oneshot::Sender<Result<(), NetworkError>>),
    DialPeer(PeerId, oneshot::Sender<Result<(), NetworkError>>),
    StartProviding(Vec<u8>, oneshot::Sender<Result<(), NetworkError>>),
    FindProviders(
        Vec<u8>,
        oneshot::Sender<Result<HashSet<PeerId>, NetworkError>>,
    ),
    ConnectedPeers(oneshot::Sender<Vec<PeerId>>),
}

/// A cloneable way to use the network from anywhere in the node.
#[derive(Clone)]
pub struct NetworkHandle {
    peer_id: PeerId,
    key: Keypair,
    commands: mpsc::Sender<Command>,
    streams: libp2p_stream::Control,
}

impl std::fmt::Debug for NetworkHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NetworkHandle")
            .field("peer_id", &self.peer_id)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Command {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::ListenAddrs(_) => "ListenAddrs",
            Self::Dial(..) => "Dial",
            Self::DialPeer(..) => "DialPeer",
            Self::StartProviding(..) => "StartProviding",
            Self::FindProviders(..) => "FindProviders",
            Self::ConnectedPeers(_) => "ConnectedPeers",
        })
    }
}

impl NetworkHandle {
    /// This node's peer id.
    pub fn peer_id(&self) -> PeerId {
        self.peer_id
    }

    /// A block-exchange client on this network.
    pub fn block_client(&self) -> BlockClient {
        BlockClient::new(self.streams.clone())
    }

    /// Opens streams of `protocol` to peers (dialing known peers as needed).
    pub fn stream_control(&self) -> libp2p_stream::Control {
        self.streams.clone()
    }

    /// Starts answering block-exchange streams from `source` (the task ends with the network).
    pub fn serve_blocks<S: BlockSource>(
        &self,
        source: Arc<S>,
        limits: ServeLimits,
    ) -> Result<tokio::task::JoinHandle<()>, NetworkError> {
        let incoming = self
            .streams
            .clone()
            .accept(BLOCKEXC_PROTOCOL)
            .map_err(|_| NetworkError::Transport("block exchange is already served".into()))?;
        Ok(tokio::spawn(crate::blockexc::serve(
            incoming, source, limits,
        )))
    }

    /// A peer record for this node (peer id and `addresses`) signed with the node key, in libp2p's
    /// signed-envelope encoding (protobuf): others can check where the node says it listens.
    pub fn signed_peer_record(&self, addresses: Vec<Multiaddr>) -> Result<Vec<u8>, NetworkError> {
        let record = PeerRecord::new(&self.key, addresses)
            .map_err(|e| NetworkError::Transport(format!("sign the peer record: {e}")))?;
        Ok(record.into_signed_envelope().into_protobuf_encoding())
    }

    async fn ask<T>(
        &self,
        make: impl FnOnce(oneshot::Sender<T>) -> Command,
    ) -> Result<T, NetworkError> {
        let (tx, rx) = oneshot::channel();
        self.commands
            .send(make(tx))
            .await
            .map_err(|_| NetworkError::Stopped)?;
        rx.await.map_err(|_| NetworkError::Stopped)
    }

    /// The addresses the node listens on now.
    pub async fn listen_addrs(&self) -> Result<Vec<Multiaddr>, NetworkError> {
        self.ask(Command::ListenAddrs).await
    }

    /// Dials `address` (with or without `/p2p/<peer id>`); the connection shows up as
    /// [`NetworkEvent::PeerConnected`].
    pub async fn dial(&self, address: Multiaddr) -> Result<(), NetworkError> {
        self.ask(|tx| Command::Dial(address, tx)).await?
    }

    /// Dials `peer` at the addresses the node already knows for it (from the DHT or identify).
    pub async fn dial_peer(&self, peer: PeerId) -> Result<(), NetworkError> {
        self.ask(|tx| Command::DialPeer(peer, tx)).await?
    }

    /// Announces in the DHT that this node provides `key` (a manifest CID or slot root).
    pub async fn start_providing(&self, key: Vec<u8>) -> Result<(), NetworkError> {
        self.ask(|tx| Command::StartProviding(key, tx)).await?
    }

    /// Finds the peers that announced `key`.
    pub async fn find_providers(&self, key: Vec<u8>) -> Result<HashSet<PeerId>, NetworkError> {
        self.ask(|tx| Command::FindProviders(key, tx)).await?
    }

    /// The peers connected now.
    pub async fn connected_peers(&self) -> Result<Vec<PeerId>, NetworkError> {
        self.ask(Command::ConnectedPeers).await
    }
}

/// Providers found so far by a DHT query, and who waits for them.
type ProviderSearch = (
    HashSet<PeerId>,
    oneshot::Sender<Result<HashSet<PeerId>, NetworkError>>,
);

/// The network task.
pub struct Network {
    swarm: Swarm<Behaviour>,
    commands: mpsc::Receiver<Command>,
    events: mpsc::Sender<NetworkEvent>,
    providing: HashMap<QueryId, oneshot::Sender<Result<(), NetworkError>>>,
    finding: HashMap<QueryId, ProviderSearch>,
    provided: HashSet<Vec<u8>>,
    reannounce: Duration,
}

impl std::fmt::Debug for Network {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Network")
            .field("peer_id", self.swarm.local_peer_id())
            .finish_non_exhaustive()
    }
}

impl Network {
    /// Builds the swarm, starts listening and dialing the bootstrap peers, and spawns the task on
    /// the current tokio runtime. Returns the handle and the event stream.
    pub fn spawn(
        key: Keypair,
        config: NetworkConfig,
    ) -> Result<(NetworkHandle, mpsc::Receiver<NetworkEvent>), NetworkError> {
        let ttl = config.provider_ttl;
        let idle = config.idle_timeout;
        let limits = libp2p::connection_limits::ConnectionLimits::default()
            .with_max_established(Some(config.max_connections))
            .with_max_established_per_peer(Some(config.max_connections_per_peer))
            .with_max_pending_incoming(Some(config.max_pending_incoming));
        let handle_key = key.clone();
        let mut swarm = SwarmBuilder::with_existing_identity(key)
            .with_tokio()
            .with_tcp(
                tcp::Config::default(),
                noise::Config::new,
                yamux::Config::default,
            )
            .map_err(|e| NetworkError::Transport(e.to_string()))?
            .with_quic()
            .with_behaviour(|key| Behaviour::new(key, ttl, limits))
            .map_err(|e| NetworkError::Transport(e.to_string()))?
            .with_swarm_config(|c| c.with_idle_connection_timeout(idle))
            .build();
        for address in &config.listen {
            swarm
                .listen_on(address.clone())
                .map_err(|e| NetworkError::Transport(format!("listen on {address}: {e}")))?;
        }
        for address in &config.bootstrap {
            let Some(Protocol::P2p(peer)) = address.iter().last() else {
                return Err(NetworkError::Dial {
                    address: address.to_string(),
                    reason: "a bootstrap address must end in /p2p/<peer id>".into(),
                });
            };
            swarm
                .behaviour_mut()
                .kad
                .add_address(&peer, address.clone());
            swarm
                .dial(address.clone())
                .map_err(|e| NetworkError::Dial {
                    address: address.to_string(),
                    reason: e.to_string(),
                })?;
        }
        let peer_id = *swarm.local_peer_id();
        let streams = swarm.behaviour().stream.new_control();
        let (command_tx, command_rx) = mpsc::channel(COMMAND_QUEUE);
        let (event_tx, event_rx) = mpsc::channel(EVENT_QUEUE);
        let network = Self {
            swarm,
            commands: command_rx,
            events: event_tx,
            providing: HashMap::new(),
            finding: HashMap::new(),
            provided: HashSet::new(),
            reannounce: ttl / 2,
        };
        tokio::spawn(network.run());
        Ok((
            NetworkHandle {
                peer_id,
                key: handle_key,
                commands: command_tx,
                streams,
            },
            event_rx,
        ))
    }

    async fn run(mut self) {
        let mut reannounce = tokio::time::interval(self.reannounce.max(Duration::from_secs(1)));
        reannounce.tick().await;
        loop {
            tokio::select! {
                event = self.swarm.select_next_some() => self.on_swarm_event(event),
                command = self.commands.recv() => match command {
                    Some(command) => self.on_command(command),
                    // Every handle is gone: the node is shutting down.
                    None => break,
                },
                _ = reannounce.tick() => self.reannounce(),
            }
        }
    }

    fn emit(&self, event: NetworkEvent) {
        if self.events.try_send(event).is_err() {
            tracing::warn!("network event dropped: the consumer is behind or gone");
        }
    }

    fn reannounce(&mut self) {
        for key in self.provided.clone() {
            if let Err(e) = self
                .swarm
                .behaviour_mut()
                .kad
                .start_providing(RecordKey::new(&key))
            {
                tracing::warn!(error = %e, "re-announcing a provider record failed");
            }
        }
    }

    fn on_command(&mut self, command: Command) {
        match command {
            Command::ListenAddrs(reply) => {
                let _ = reply.send(self.swarm.listeners().cloned().collect());
            }
            Command::ConnectedPeers(reply) => {
                let _ = reply.send(self.swarm.connected_peers().copied().collect());
            }
            Command::Dial(address, reply) => {
                if let Some(Protocol::P2p(peer)) = address.iter().last() {
                    self.swarm
                        .behaviour_mut()
                        .kad
                        .add_address(&peer, address.clone());
                }
                let result = self
                    .swarm
                    .dial(address.clone())
                    .map_err(|e| NetworkError::Dial {
                        address: address.to_string(),
                        reason: e.to_string(),
                    });
                let _ = reply.send(result);
            }
            Command::DialPeer(peer, reply) => {
                let result = self
                    .swarm
                    .dial(libp2p::swarm::dial_opts::DialOpts::peer_id(peer).build())
                    .map_err(|e| NetworkError::Dial {
                        address: peer.to_string(),
                        reason: e.to_string(),
                    });
                let _ = reply.send(result);
            }
            Command::StartProviding(key, reply) => {
                match self
                    .swarm
                    .behaviour_mut()
                    .kad
                    .start_providing(RecordKey::new(&key))
                {
                    Ok(query) => {
                        self.provided.insert(key);
                        self.providing.insert(query, reply);
                    }
                    Err(e) => {
                        let _ = reply.send(Err(NetworkError::Dht(e.to_string())));
                    }
                }
            }
            Command::FindProviders(key, reply) => {
                let query = self
                    .swarm
                    .behaviour_mut()
                    .kad
                    .get_providers(RecordKey::new(&key));
                self.finding.insert(query, (HashSet::new(), reply));
            }
        }
    }

    fn on_swarm_event(&mut self, event: SwarmEvent<BehaviourEvent>) {
        match event {
            SwarmEvent::NewListenAddr { address, .. } => {
                self.emit(NetworkEvent::Listening(address))
            }
            SwarmEvent::ConnectionEstablished {
                peer_id,
                num_established,
                ..
            } if num_established.get() == 1 => self.emit(NetworkEvent::PeerConnected(peer_id)),
            SwarmEvent::ConnectionClosed {
                peer_id,
                num_established: 0,
                ..
            } => self.emit(NetworkEvent::PeerDisconnected(peer_id)),
            SwarmEvent::Behaviour(BehaviourEvent::Identify(identify::Event::Received {
                peer_id,
                info,
                ..
            })) => {
                // Only peers speaking cairn's DHT go into the routing table.
                if info.protocols.contains(&crate::behaviour::KAD_PROTOCOL) {
                    for address in &info.listen_addrs {
                        self.swarm
                            .behaviour_mut()
                            .kad
                            .add_address(&peer_id, address.clone());
                    }
                }
                self.emit(NetworkEvent::PeerIdentified {
                    peer: peer_id,
                    listen_addrs: info.listen_addrs,
                });
            }
            SwarmEvent::Behaviour(BehaviourEvent::Kad(kad::Event::OutboundQueryProgressed {
                id,
                result,
                step,
                ..
            })) => self.on_query(id, result, step.last),
            _ => {}
        }
    }

    fn on_query(&mut self, id: QueryId, result: QueryResult, last: bool) {
        match result {
            QueryResult::StartProviding(result) => {
                if let Some(reply) = self.providing.remove(&id) {
                    // With no other peer in the table the record is still stored locally: the
                    // node answers for it as soon as peers ask.
                    let outcome = match result {
                        Ok(_) | Err(kad::AddProviderError::Timeout { .. }) => Ok(()),
                    };
                    let _ = reply.send(outcome);
                }
            }
            QueryResult::GetProviders(result) => {
                if let Some((found, _)) = self.finding.get_mut(&id) {
                    match result {
                        Ok(kad::GetProvidersOk::FoundProviders { providers, .. }) => {
                            found.extend(providers);
                        }
                        Ok(kad::GetProvidersOk::FinishedWithNoAdditionalRecord { .. }) => {}
                        Err(e) => tracing::debug!(error = %e, "provider query ended with an error"),
                    }
                }
                if last && let Some((found, reply)) = self.finding.remove(&id) {
                    let _ = reply.send(Ok(found));
                }
            }
            _ => {}
        }
    }
}
