//! The DHT's record store with provider records capped per remote peer.
//!
//! libp2p's `MemoryStore` caps provider keys in all (1,024 by default), local and remote
//! together: a few peers announcing junk keys fill it, and this node can no longer announce its
//! own datasets. [`ProviderStore`] keeps this node's own records apart (up to
//! [`ProviderLimits::local_keys`]) and bounds what remote peers put in it: at most
//! [`ProviderLimits::keys_per_peer`] keys per peer and [`ProviderLimits::remote_entries`] entries
//! in all. A peer at its cap first loses its own expired entries; beyond that its new ones are
//! refused.

use std::{borrow::Cow, collections::HashMap, time::Instant};

use libp2p::{
    PeerId,
    kad::{
        ProviderRecord, Record, RecordKey,
        store::{self, MemoryStore, MemoryStoreConfig, RecordStore},
    },
};

/// How many provider records the store keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProviderLimits {
    /// Keys this node provides itself.
    pub local_keys: usize,
    /// Keys one remote peer may provide here.
    pub keys_per_peer: usize,
    /// (key, remote provider) entries in all.
    pub remote_entries: usize,
}

impl Default for ProviderLimits {
    fn default() -> Self {
        Self {
            local_keys: 1 << 20,
            keys_per_peer: 1_024,
            remote_entries: 1 << 16,
        }
    }
}

/// See the module docs.
pub struct ProviderStore {
    inner: MemoryStore,
    local: PeerId,
    limits: ProviderLimits,
    /// Remote providers' keys and when each entry expires.
    remote: HashMap<PeerId, HashMap<RecordKey, Option<Instant>>>,
    remote_entries: usize,
    /// Keys this node provides.
    local_entries: usize,
}

impl std::fmt::Debug for ProviderStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProviderStore")
            .field("local", &self.local)
            .field("limits", &self.limits)
            .field("remote_entries", &self.remote_entries)
            .field("local_entries", &self.local_entries)
            .finish_non_exhaustive()
    }
}

impl ProviderStore {
    /// A store for the node `local`.
    pub fn new(local: PeerId, limits: ProviderLimits) -> Self {
        let config = MemoryStoreConfig {
            max_provided_keys: limits.local_keys.saturating_add(limits.remote_entries),
            ..MemoryStoreConfig::default()
        };
        Self {
            inner: MemoryStore::with_config(local, config),
            local,
            limits,
            remote: HashMap::new(),
            remote_entries: 0,
            local_entries: 0,
        }
    }

    /// Entries remote peers hold here now.
    pub fn remote_entries(&self) -> usize {
        self.remote_entries
    }

    /// Whether `peer` provides `key` here.
    fn holds(&self, key: &RecordKey, peer: &PeerId) -> bool {
        self.inner
            .providers(key)
            .iter()
            .any(|p| p.provider == *peer)
    }

    /// Drops `peer`'s expired entries.
    fn purge_expired(&mut self, peer: &PeerId) {
        let now = Instant::now();
        let expired: Vec<RecordKey> = self
            .remote
            .get(peer)
            .map(|keys| {
                keys.iter()
                    .filter(|(_, expires)| expires.is_some_and(|e| e <= now))
                    .map(|(key, _)| key.clone())
                    .collect()
            })
            .unwrap_or_default();
        for key in expired {
            self.remove_provider(&key, peer);
        }
    }
}

impl RecordStore for ProviderStore {
    type RecordsIter<'a> = <MemoryStore as RecordStore>::RecordsIter<'a>;
    type ProvidedIter<'a> = <MemoryStore as RecordStore>::ProvidedIter<'a>;

    fn get(&self, k: &RecordKey) -> Option<Cow<'_, Record>> {
        self.inner.get(k)
    }

    fn put(&mut self, r: Record) -> store::Result<()> {
        self.inner.put(r)
    }

    fn remove(&mut self, k: &RecordKey) {
        self.inner.remove(k)
    }

    fn records(&self) -> Self::RecordsIter<'_> {
        self.inner.records()
    }

    fn add_provider(&mut self, record: ProviderRecord) -> store::Result<()> {
        let peer = record.provider;
        if peer == self.local {
            let key = record.key.clone();
            let known = self.holds(&key, &peer);
            if !known && self.local_entries >= self.limits.local_keys {
                return Err(store::Error::MaxProvidedKeys);
            }
            self.inner.add_provider(record)?;
            if !known && self.holds(&key, &peer) {
                self.local_entries += 1;
            }
            return Ok(());
        }
        let known = self
            .remote
            .get(&peer)
            .is_some_and(|keys| keys.contains_key(&record.key));
        if !known {
            let held = self.remote.get(&peer).map_or(0, HashMap::len);
            if held >= self.limits.keys_per_peer {
                self.purge_expired(&peer);
            }
            let held = self.remote.get(&peer).map_or(0, HashMap::len);
            if held >= self.limits.keys_per_peer
                || self.remote_entries >= self.limits.remote_entries
            {
                return Err(store::Error::MaxProvidedKeys);
            }
        }
        let (key, expires) = (record.key.clone(), record.expires);
        self.inner.add_provider(record)?;
        // The inner store ignores a provider beyond its per-key list: count only what it kept.
        if self.holds(&key, &peer) {
            let keys = self.remote.entry(peer).or_default();
            if keys.insert(key, expires).is_none() {
                self.remote_entries += 1;
            }
        }
        Ok(())
    }

    fn providers(&self, key: &RecordKey) -> Vec<ProviderRecord> {
        self.inner.providers(key)
    }

    fn provided(&self) -> Self::ProvidedIter<'_> {
        self.inner.provided()
    }

    fn remove_provider(&mut self, k: &RecordKey, p: &PeerId) {
        if *p == self.local && self.holds(k, p) {
            self.local_entries -= 1;
        }
        self.inner.remove_provider(k, p);
        if let Some(keys) = self.remote.get_mut(p)
            && keys.remove(k).is_some()
        {
            self.remote_entries -= 1;
            if keys.is_empty() {
                self.remote.remove(p);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn key(i: u32) -> RecordKey {
        RecordKey::new(&i.to_be_bytes())
    }

    fn record(key: RecordKey, provider: PeerId, expires: Option<Instant>) -> ProviderRecord {
        ProviderRecord {
            key,
            provider,
            expires,
            addresses: Vec::new(),
        }
    }

    #[test]
    fn remote_peers_cannot_crowd_out_the_nodes_own_records() {
        let local = PeerId::random();
        let limits = ProviderLimits {
            local_keys: 10,
            keys_per_peer: 5,
            remote_entries: 8,
        };
        let mut store = ProviderStore::new(local, limits);
        let (spammer, other) = (PeerId::random(), PeerId::random());
        for i in 0..5 {
            store
                .add_provider(record(key(i), spammer, None))
                .expect("within the peer's cap");
        }
        assert!(store.add_provider(record(key(99), spammer, None)).is_err());
        // Updating a key it already provides is fine.
        store
            .add_provider(record(key(0), spammer, None))
            .expect("an update");
        // Another peer fills the rest of the remote room.
        for i in 100..103 {
            store
                .add_provider(record(key(i), other, None))
                .expect("room");
        }
        assert!(
            store.add_provider(record(key(103), other, None)).is_err(),
            "remote room full"
        );
        assert_eq!(store.remote_entries(), 8);
        // This node still announces its own datasets.
        for i in 200..210 {
            store
                .add_provider(record(key(i), local, None))
                .expect("local records have their own room");
        }
        assert!(store.add_provider(record(key(210), local, None)).is_err());
        assert_eq!(store.provided().count(), 10);

        // A peer's expired entries make room for its new ones; removal frees room too.
        let past = Instant::now() - Duration::from_secs(1);
        let mut store = ProviderStore::new(local, limits);
        for i in 0..5 {
            store
                .add_provider(record(key(i), spammer, Some(past)))
                .expect("room");
        }
        store
            .add_provider(record(key(50), spammer, None))
            .expect("expired entries purged first");
        assert_eq!(store.remote_entries(), 1);
        store.remove_provider(&key(50), &spammer);
        assert_eq!(store.remote_entries(), 0);
        assert!(store.providers(&key(50)).is_empty());
    }
}
