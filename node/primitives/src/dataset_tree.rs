//! The dataset tree: a binary SHA-256 Merkle tree over a dataset's block hashes (DESIGN.md §2).
//!
//! Rules (RFC 6962 style, see docs/PROTOCOL.md):
//! - leaf node  = SHA-256(0x00 || block hash)
//! - inner node = SHA-256(0x01 || left || right)
//! - on a level with an odd number of nodes the last node is promoted unchanged to the next level
//!   (the same tree as RFC 6962's split at the largest power of two);
//! - a tree has at least one leaf; a one-leaf tree's root is that leaf node.
//!
//! An inclusion proof carries the leaf index, the leaf count and the siblings from the leaf up.
//! Its length is fixed by (index, leaf count), so a proof has exactly one valid form. The root does
//! not commit to the leaf count, so a verifier checks a proof against the position it asked for and
//! the block count it knows from the manifest (which the manifest CID commits to), never against
//! what the proof claims.

use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::block::BlockHash;

const LEAF_PREFIX: u8 = 0x00;
const INNER_PREFIX: u8 = 0x01;
/// Largest leaf count a proof may claim: 2^40 blocks of 64 KiB = 64 PiB.
pub const MAX_LEAF_COUNT: u64 = 1 << 40;
/// Longest path a proof may carry (enough for [`MAX_LEAF_COUNT`]).
pub const MAX_PATH_LEN: usize = 64;

crate::hash_newtype::hash_newtype!(
    /// The root of a dataset tree.
    TreeRoot
);

/// Why a tree could not be built or a proof not produced.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TreeError {
    /// A tree needs at least one leaf.
    #[error("a dataset tree needs at least one block")]
    Empty,
    /// More leaves than [`MAX_LEAF_COUNT`].
    #[error("{0} blocks exceed the maximum of 2^40")]
    TooManyLeaves(u64),
    /// The requested leaf does not exist.
    #[error("block index {index} out of range for {leaf_count} blocks")]
    IndexOutOfRange {
        /// Requested index.
        index: u64,
        /// Leaves in the tree.
        leaf_count: u64,
    },
}

/// Why an inclusion proof does not prove what it claims.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    /// The leaf count is zero or above [`MAX_LEAF_COUNT`].
    #[error("invalid leaf count {0}")]
    InvalidLeafCount(u64),
    /// The index is not below the leaf count.
    #[error("index {index} out of range for {leaf_count} leaves")]
    IndexOutOfRange {
        /// Claimed index.
        index: u64,
        /// Claimed leaf count.
        leaf_count: u64,
    },
    /// The path does not have the length fixed by (index, leaf count).
    #[error("path has {got} siblings, expected {expected}")]
    PathLength {
        /// Siblings in the proof.
        got: usize,
        /// Siblings the position requires.
        expected: usize,
    },
    /// The proof is for another position than the one asked for.
    #[error(
        "proof is for block {got_index} of {got_leaf_count}, expected block {index} of {leaf_count}"
    )]
    WrongPosition {
        /// Index the verifier asked for.
        index: u64,
        /// Leaf count the verifier knows.
        leaf_count: u64,
        /// Index the proof claims.
        got_index: u64,
        /// Leaf count the proof claims.
        got_leaf_count: u64,
    },
    /// The path leads to a different root.
    #[error("the proof leads to a different root")]
    RootMismatch,
    /// The byte encoding is malformed.
    #[error("malformed proof encoding: {0}")]
    Encoding(&'static str),
}

/// SHA-256(0x00 || block hash).
pub fn leaf_node(block: &BlockHash) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update([LEAF_PREFIX]);
    hasher.update(block.0);
    hasher.finalize().into()
}

/// SHA-256(0x01 || left || right).
pub fn inner_node(left: &[u8; 32], right: &[u8; 32]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update([INNER_PREFIX]);
    hasher.update(left);
    hasher.update(right);
    hasher.finalize().into()
}

fn next_level(level: &[[u8; 32]]) -> Vec<[u8; 32]> {
    level
        .chunks(2)
        .map(|pair| match pair {
            [left, right] => inner_node(left, right),
            [last] => *last,
            _ => unreachable!("chunks(2) yields one or two nodes"),
        })
        .collect()
}

fn check_leaf_count(count: usize) -> Result<(), TreeError> {
    match count as u64 {
        0 => Err(TreeError::Empty),
        n if n > MAX_LEAF_COUNT => Err(TreeError::TooManyLeaves(n)),
        _ => Ok(()),
    }
}

/// The root of the tree over `blocks`, without keeping the levels.
pub fn root_of(blocks: &[BlockHash]) -> Result<TreeRoot, TreeError> {
    check_leaf_count(blocks.len())?;
    let mut level: Vec<[u8; 32]> = blocks.iter().map(leaf_node).collect();
    while level.len() > 1 {
        level = next_level(&level);
    }
    Ok(TreeRoot(level[0]))
}

/// Number of siblings on the path of leaf `index` in a tree of `leaf_count` leaves, or `None` if the
/// position does not exist.
pub fn path_len(index: u64, leaf_count: u64) -> Option<usize> {
    if leaf_count == 0 || leaf_count > MAX_LEAF_COUNT || index >= leaf_count {
        return None;
    }
    let (mut index, mut width, mut len) = (index, leaf_count, 0);
    while width > 1 {
        // The last node of an odd level has no sibling: it is promoted.
        if !(index == width - 1 && width % 2 == 1) {
            len += 1;
        }
        index /= 2;
        width = width.div_ceil(2);
    }
    Some(len)
}

/// A dataset tree with all its levels, able to produce inclusion proofs.
#[derive(Clone)]
pub struct DatasetTree {
    /// levels[0] are the leaf nodes, the last level is the root.
    levels: Vec<Vec<[u8; 32]>>,
}

impl fmt::Debug for DatasetTree {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DatasetTree")
            .field("leaf_count", &self.leaf_count())
            .field("root", &self.root())
            .finish()
    }
}

impl DatasetTree {
    /// Builds the tree over `blocks` (in dataset order).
    pub fn build(blocks: &[BlockHash]) -> Result<Self, TreeError> {
        check_leaf_count(blocks.len())?;
        let mut levels = vec![blocks.iter().map(leaf_node).collect::<Vec<_>>()];
        while levels.last().is_some_and(|level| level.len() > 1) {
            let next = next_level(levels.last().map(Vec::as_slice).unwrap_or_default());
            levels.push(next);
        }
        Ok(Self { levels })
    }

    /// The root.
    pub fn root(&self) -> TreeRoot {
        TreeRoot(
            self.levels
                .last()
                .and_then(|top| top.first())
                .copied()
                .unwrap_or_default(),
        )
    }

    /// Number of leaves (blocks).
    pub fn leaf_count(&self) -> u64 {
        self.levels.first().map_or(0, Vec::len) as u64
    }

    /// The inclusion proof of block `index`.
    pub fn proof(&self, index: u64) -> Result<InclusionProof, TreeError> {
        let leaf_count = self.leaf_count();
        if index >= leaf_count {
            return Err(TreeError::IndexOutOfRange { index, leaf_count });
        }
        let mut path = Vec::new();
        let mut position = index as usize;
        for level in &self.levels[..self.levels.len() - 1] {
            let sibling = position ^ 1;
            if let Some(node) = level.get(sibling) {
                path.push(*node);
            }
            position /= 2;
        }
        Ok(InclusionProof {
            index,
            leaf_count,
            path,
        })
    }
}

/// Proof that a block sits at `index` in a tree of `leaf_count` blocks.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InclusionProof {
    /// Position of the block in the dataset.
    pub index: u64,
    /// Number of blocks in the dataset.
    pub leaf_count: u64,
    /// Sibling nodes from the leaf level up (promoted levels contribute none).
    #[serde(with = "hex_path")]
    pub path: Vec<[u8; 32]>,
}

impl InclusionProof {
    /// Checks that `block` is block `index` of the `leaf_count`-block dataset with tree `root`.
    /// `index` and `leaf_count` come from the verifier (what it requested, what the manifest says).
    pub fn verify(
        &self,
        root: &TreeRoot,
        leaf_count: u64,
        index: u64,
        block: &BlockHash,
    ) -> Result<(), ProofError> {
        if (self.index, self.leaf_count) != (index, leaf_count) {
            return Err(ProofError::WrongPosition {
                index,
                leaf_count,
                got_index: self.index,
                got_leaf_count: self.leaf_count,
            });
        }
        if self.leaf_count == 0 || self.leaf_count > MAX_LEAF_COUNT {
            return Err(ProofError::InvalidLeafCount(self.leaf_count));
        }
        let expected =
            path_len(self.index, self.leaf_count).ok_or(ProofError::IndexOutOfRange {
                index: self.index,
                leaf_count: self.leaf_count,
            })?;
        if self.path.len() != expected {
            return Err(ProofError::PathLength {
                got: self.path.len(),
                expected,
            });
        }
        let (mut index, mut width) = (self.index, self.leaf_count);
        let mut node = leaf_node(block);
        let mut siblings = self.path.iter();
        while width > 1 {
            let promoted = index == width - 1 && width % 2 == 1;
            if !promoted {
                let sibling = siblings.next().ok_or(ProofError::PathLength {
                    got: self.path.len(),
                    expected,
                })?;
                node = if index % 2 == 0 {
                    inner_node(&node, sibling)
                } else {
                    inner_node(sibling, &node)
                };
            }
            index /= 2;
            width = width.div_ceil(2);
        }
        if node == root.0 {
            Ok(())
        } else {
            Err(ProofError::RootMismatch)
        }
    }

    /// Compact encoding: index (u64 BE), leaf count (u64 BE), path length (u8), path nodes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(17 + 32 * self.path.len());
        out.extend_from_slice(&self.index.to_be_bytes());
        out.extend_from_slice(&self.leaf_count.to_be_bytes());
        // Paths are at most MAX_PATH_LEN (64) long; a longer one cannot be produced by `proof`.
        out.push(self.path.len().min(MAX_PATH_LEN) as u8);
        for node in self.path.iter().take(MAX_PATH_LEN) {
            out.extend_from_slice(node);
        }
        out
    }

    /// Parses [`Self::to_bytes`]; rejects malformed or oversized input. The result still has to be
    /// checked with [`Self::verify`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ProofError> {
        let header = bytes
            .get(..17)
            .ok_or(ProofError::Encoding("shorter than the 17-byte header"))?;
        let index = u64::from_be_bytes(
            header[0..8]
                .try_into()
                .map_err(|_| ProofError::Encoding("index"))?,
        );
        let leaf_count = u64::from_be_bytes(
            header[8..16]
                .try_into()
                .map_err(|_| ProofError::Encoding("leaf count"))?,
        );
        let len = usize::from(header[16]);
        if len > MAX_PATH_LEN {
            return Err(ProofError::Encoding("path longer than 64 nodes"));
        }
        if leaf_count == 0 || leaf_count > MAX_LEAF_COUNT {
            return Err(ProofError::InvalidLeafCount(leaf_count));
        }
        let body = &bytes[17..];
        if body.len() != 32 * len {
            return Err(ProofError::Encoding("path length does not match the bytes"));
        }
        let path = body
            .chunks_exact(32)
            .map(|chunk| {
                let mut node = [0u8; 32];
                node.copy_from_slice(chunk);
                node
            })
            .collect();
        Ok(Self {
            index,
            leaf_count,
            path,
        })
    }
}

mod hex_path {
    use serde::{Deserialize, Deserializer, Serializer, ser::SerializeSeq};

    pub(super) fn serialize<S: Serializer>(
        path: &[[u8; 32]],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(path.len()))?;
        for node in path {
            seq.serialize_element(&hex::encode(node))?;
        }
        seq.end()
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<[u8; 32]>, D::Error> {
        let texts = Vec::<String>::deserialize(deserializer)?;
        if texts.len() > super::MAX_PATH_LEN {
            return Err(serde::de::Error::custom("path longer than 64 nodes"));
        }
        texts
            .iter()
            .map(|text| {
                let mut node = [0u8; 32];
                hex::decode_to_slice(text, &mut node).map_err(serde::de::Error::custom)?;
                Ok(node)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn blocks(n: usize) -> Vec<BlockHash> {
        (0..n)
            .map(|i| BlockHash::of(&(i as u64).to_le_bytes()))
            .collect()
    }

    /// RFC 6962 MTH, written independently of the level-by-level builder: split at the largest
    /// power of two below the leaf count.
    fn rfc6962_root(leaves: &[[u8; 32]]) -> [u8; 32] {
        let n = leaves.len();
        if n == 1 {
            return leaves[0];
        }
        let k = 1usize << (usize::BITS - 1 - (n - 1).leading_zeros());
        inner_node(&rfc6962_root(&leaves[..k]), &rfc6962_root(&leaves[k..]))
    }

    #[test]
    fn empty_tree_is_an_error() {
        assert_eq!(DatasetTree::build(&[]).err(), Some(TreeError::Empty));
        assert_eq!(root_of(&[]), Err(TreeError::Empty));
    }

    #[test]
    fn small_trees_by_hand() {
        let b = blocks(3);
        let (l0, l1, l2) = (leaf_node(&b[0]), leaf_node(&b[1]), leaf_node(&b[2]));
        assert_eq!(root_of(&b[..1]), Ok(TreeRoot(l0)));
        assert_eq!(root_of(&b[..2]), Ok(TreeRoot(inner_node(&l0, &l1))));
        assert_eq!(
            root_of(&b),
            Ok(TreeRoot(inner_node(&inner_node(&l0, &l1), &l2)))
        );
        let tree = DatasetTree::build(&b).expect("tree");
        let proof = tree.proof(2).expect("proof");
        assert_eq!(proof.path, vec![inner_node(&l0, &l1)]);
        assert_eq!(proof.verify(&tree.root(), 3, 2, &b[2]), Ok(()));
        assert!(matches!(
            proof.verify(&tree.root(), 4, 2, &b[2]),
            Err(ProofError::WrongPosition { .. })
        ));
        assert!(matches!(
            proof.verify(&tree.root(), 3, 1, &b[2]),
            Err(ProofError::WrongPosition { .. })
        ));
        assert_eq!(
            tree.proof(3).err(),
            Some(TreeError::IndexOutOfRange {
                index: 3,
                leaf_count: 3
            })
        );
    }

    #[test]
    fn leaves_and_inner_nodes_are_domain_separated() {
        // A two-leaf tree's root must not verify as a leaf of a one-leaf tree.
        let b = blocks(2);
        let tree = DatasetTree::build(&b).expect("tree");
        let forged = BlockHash(tree.root().0);
        assert_ne!(root_of(&[forged]), Ok(tree.root()));
    }

    #[test]
    fn matches_rfc6962_split_rule() {
        for n in 1..80 {
            let b = blocks(n);
            let leaves: Vec<_> = b.iter().map(leaf_node).collect();
            assert_eq!(
                root_of(&b),
                Ok(TreeRoot(rfc6962_root(&leaves))),
                "{n} leaves"
            );
        }
    }

    #[test]
    fn path_lengths() {
        assert_eq!(path_len(0, 1), Some(0));
        assert_eq!(path_len(0, 2), Some(1));
        assert_eq!(path_len(2, 3), Some(1));
        assert_eq!(path_len(4, 5), Some(1));
        assert_eq!(path_len(0, 5), Some(3));
        assert_eq!(path_len(5, 5), None);
        assert_eq!(path_len(0, 0), None);
    }

    proptest! {
        #[test]
        fn every_proof_verifies_and_tampering_fails(n in 1usize..300, seed in any::<u64>(), bit in 0usize..256) {
            let b = blocks(n);
            let tree = DatasetTree::build(&b).expect("tree");
            prop_assert_eq!(tree.root(), root_of(&b).expect("root"));
            let index = (seed % n as u64) as usize;
            let proof = tree.proof(index as u64).expect("proof");
            prop_assert_eq!(proof.path.len(), path_len(index as u64, n as u64).expect("len"));
            let (count, at) = (n as u64, index as u64);
            prop_assert_eq!(proof.verify(&tree.root(), count, at, &b[index]), Ok(()));

            // Wrong block.
            prop_assert!(proof.verify(&tree.root(), count, at, &BlockHash::of(b"other")).is_err());
            // Flipped bit in a path node.
            if !proof.path.is_empty() {
                let mut bad = proof.clone();
                let node = (bit / 8) % bad.path.len();
                bad.path[node][bit % 32] ^= 1 << (bit % 8);
                prop_assert!(bad.verify(&tree.root(), count, at, &b[index]).is_err());
            }
            // Other index or leaf count, claimed by the proof or asked by the verifier.
            if n > 1 {
                let other = (at + 1) % count;
                let mut bad = proof.clone();
                bad.index = other;
                prop_assert!(bad.verify(&tree.root(), count, at, &b[index]).is_err());
                prop_assert!(bad.verify(&tree.root(), count, other, &b[index]).is_err());
            }
            // Other leaf count.
            let mut bad = proof.clone();
            bad.leaf_count += 1;
            prop_assert!(bad.verify(&tree.root(), count, at, &b[index]).is_err());
            prop_assert!(proof.verify(&tree.root(), count + 1, at, &b[index]).is_err());
            // Truncated and extended paths.
            let mut bad = proof.clone();
            bad.path.push([0u8; 32]);
            prop_assert!(bad.verify(&tree.root(), count, at, &b[index]).is_err());
            if !proof.path.is_empty() {
                let mut bad = proof.clone();
                bad.path.pop();
                prop_assert!(bad.verify(&tree.root(), count, at, &b[index]).is_err());
            }
            // Byte and JSON encodings round trip.
            prop_assert_eq!(InclusionProof::from_bytes(&proof.to_bytes()), Ok(proof.clone()));
            let json = serde_json::to_string(&proof).expect("json");
            prop_assert_eq!(serde_json::from_str::<InclusionProof>(&json).expect("parse"), proof);
        }

        #[test]
        fn proof_decoding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = InclusionProof::from_bytes(&bytes);
        }
    }
}
