//! Blocks: the unit of storage, transfer and erasure coding.

use sha2::{Digest, Sha256};

use crate::cid::{Cid, Codec};

/// Block size in bytes (DESIGN.md §2, param): 64 KiB. The last block of a dataset is zero-padded;
/// the manifest keeps the real byte length.
pub const BLOCK_SIZE: usize = 64 * 1024;

/// Number of blocks of a dataset of `byte_len` bytes. An empty dataset has one all-zero block, so
/// every dataset has a tree root.
pub const fn block_count(byte_len: u64) -> u64 {
    if byte_len == 0 {
        1
    } else {
        byte_len.div_ceil(BLOCK_SIZE as u64)
    }
}

crate::hash_newtype::hash_newtype!(
    /// SHA-256 of a block's bytes: its address.
    BlockHash
);

impl BlockHash {
    /// Hashes `bytes`.
    pub fn of(bytes: &[u8]) -> Self {
        Self(Sha256::digest(bytes).into())
    }

    /// The raw-codec CID of the block.
    pub const fn to_cid(self) -> Cid {
        Cid::new(Codec::Raw, self.0)
    }

    /// The hash inside a raw-codec CID, or `None` for other codecs.
    pub fn from_cid(cid: &Cid) -> Option<Self> {
        (cid.codec() == Codec::Raw).then_some(Self(*cid.digest()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_counts() {
        let b = BLOCK_SIZE as u64;
        assert_eq!(block_count(0), 1);
        assert_eq!(block_count(1), 1);
        assert_eq!(block_count(b), 1);
        assert_eq!(block_count(b + 1), 2);
        assert_eq!(block_count(10 * b), 10);
    }

    #[test]
    fn hash_cid_and_hex_agree() {
        let hash = BlockHash::of(b"hello");
        assert_eq!(
            hash.to_hex(),
            "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
        );
        assert_eq!(hash.to_cid(), Cid::for_block(b"hello"));
        assert_eq!(BlockHash::from_cid(&hash.to_cid()), Some(hash));
        assert_eq!(
            BlockHash::from_cid(&Cid::for_bytes(Codec::DagCbor, b"hello")),
            None
        );
        assert_eq!(BlockHash::from_hex(&hash.to_hex()), Ok(hash));
        assert!(BlockHash::from_hex("zz").is_err());
        let json = serde_json::to_string(&hash).expect("serialize");
        assert_eq!(
            serde_json::from_str::<BlockHash>(&json).expect("deserialize"),
            hash
        );
    }
}
