//! The manifest: what a dataset is, in a small deterministic encoding addressed by its own CID.
//!
//! Encoding (DAG-CBOR, canonical; see `docs/PROTOCOL.md`), a map with these keys:
//!
//! | key | value |
//! | --- | --- |
//! | `v` | manifest version, 1 |
//! | `root` | dataset tree root (32 bytes); for a protected dataset over all N·R blocks, slot-major |
//! | `blockSize` | block size in bytes (65536) |
//! | `len` | byte length of the original data |
//! | `blocks` | leaves of `root` |
//! | `name` | optional file name |
//! | `mime` | optional media type |
//! | `ec` | only for protected datasets: map `{k, m, origRoot}` (origRoot = tree root of the original) |
//!
//! The manifest CID is `Cid::for_bytes(Codec::DagCbor, encoding)`.

use serde::{Deserialize, Serialize};

use crate::{
    BLOCK_SIZE,
    block::block_count,
    cbor::{CborError, Value},
    cid::{Cid, Codec},
    dataset_tree::TreeRoot,
    slot_layout::{LayoutError, SlotLayout},
};

/// Manifest encoding version.
const VERSION: u64 = 1;
/// Longest file name or media type kept, in bytes.
pub const MAX_LABEL_LEN: usize = 255;
/// Largest manifest encoding accepted.
pub const MAX_MANIFEST_LEN: usize = 4096;

/// Why a manifest is invalid or its bytes are not a manifest.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ManifestError {
    /// The bytes are not canonical CBOR.
    #[error("manifest is not canonical CBOR: {0}")]
    Cbor(#[from] CborError),
    /// The encoding is larger than [`MAX_MANIFEST_LEN`].
    #[error("manifest encoding is {0} bytes, more than the maximum of {MAX_MANIFEST_LEN}")]
    TooLarge(usize),
    /// A field is missing, unknown or of the wrong type.
    #[error("malformed manifest: {0}")]
    Malformed(&'static str),
    /// The version is not one this node understands.
    #[error("unsupported manifest version {0}")]
    Version(u64),
    /// The fields contradict each other.
    #[error("inconsistent manifest: {0}")]
    Inconsistent(&'static str),
    /// A file name or media type is too long or has control characters.
    #[error("invalid {0}: at most 255 bytes, no control characters, no '/'")]
    Label(&'static str),
    /// The erasure-coding parameters are invalid.
    #[error("invalid erasure coding: {0}")]
    Layout(#[from] LayoutError),
    /// The bytes do not hash to the CID they were fetched by.
    #[error("manifest bytes do not match CID {0}")]
    CidMismatch(Cid),
    /// The CID is not a manifest CID.
    #[error("{0} is not a manifest CID (codec must be dag-cbor)")]
    NotAManifest(Cid),
}

/// Erasure coding of a protected dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Protection {
    /// Slots and rows.
    pub layout: SlotLayout,
    /// Tree root of the original (unprotected) dataset.
    pub original_root: TreeRoot,
}

/// A dataset's description.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    /// Root of the dataset tree over `block_count` blocks.
    pub tree_root: TreeRoot,
    /// Block size in bytes.
    pub block_size: u32,
    /// Byte length of the original data.
    pub byte_len: u64,
    /// Blocks under `tree_root`.
    pub block_count: u64,
    /// File name given at upload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// Media type given at upload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// Present for an erasure-coded dataset.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protection: Option<Protection>,
}

fn check_label(label: Option<&str>, what: &'static str) -> Result<(), ManifestError> {
    match label {
        Some(text)
            if text.is_empty()
                || text.len() > MAX_LABEL_LEN
                || text.chars().any(char::is_control) =>
        {
            Err(ManifestError::Label(what))
        }
        Some(text)
            if what == "file name" && (text.contains('/') || text == "." || text == "..") =>
        {
            Err(ManifestError::Label(what))
        }
        _ => Ok(()),
    }
}

impl Manifest {
    /// Checks that the fields agree with each other.
    pub fn validate(&self) -> Result<(), ManifestError> {
        if self.block_size as usize != BLOCK_SIZE {
            return Err(ManifestError::Inconsistent("block size must be 65536"));
        }
        check_label(self.filename.as_deref(), "file name")?;
        check_label(self.mime_type.as_deref(), "media type")?;
        let data_blocks = block_count(self.byte_len);
        match &self.protection {
            None if self.block_count != data_blocks => Err(ManifestError::Inconsistent(
                "block count does not match the byte length",
            )),
            Some(p) => {
                let layout = SlotLayout::new(p.layout.k, p.layout.m, p.layout.data_blocks)?;
                if layout.data_blocks != data_blocks {
                    return Err(ManifestError::Inconsistent(
                        "protected data blocks do not match the byte length",
                    ));
                }
                if self.block_count != layout.total_blocks() {
                    return Err(ManifestError::Inconsistent(
                        "block count is not slots x rows",
                    ));
                }
                Ok(())
            }
            None => Ok(()),
        }
    }

    /// The canonical encoding.
    pub fn encode(&self) -> Vec<u8> {
        let mut entries = vec![
            ("v".to_owned(), Value::Uint(VERSION)),
            ("root".to_owned(), Value::Bytes(self.tree_root.0.to_vec())),
            (
                "blockSize".to_owned(),
                Value::Uint(u64::from(self.block_size)),
            ),
            ("len".to_owned(), Value::Uint(self.byte_len)),
            ("blocks".to_owned(), Value::Uint(self.block_count)),
        ];
        if let Some(name) = &self.filename {
            entries.push(("name".to_owned(), Value::Text(name.clone())));
        }
        if let Some(mime) = &self.mime_type {
            entries.push(("mime".to_owned(), Value::Text(mime.clone())));
        }
        if let Some(p) = &self.protection {
            entries.push((
                "ec".to_owned(),
                Value::Map(vec![
                    ("k".to_owned(), Value::Uint(u64::from(p.layout.k))),
                    ("m".to_owned(), Value::Uint(u64::from(p.layout.m))),
                    (
                        "origRoot".to_owned(),
                        Value::Bytes(p.original_root.0.to_vec()),
                    ),
                ]),
            ));
        }
        let mut out = Vec::with_capacity(128);
        Value::Map(entries).encode(&mut out);
        out
    }

    /// The manifest's CID.
    pub fn cid(&self) -> Cid {
        Cid::for_bytes(Codec::DagCbor, &self.encode())
    }

    /// Decodes and validates a manifest.
    pub fn decode(bytes: &[u8]) -> Result<Self, ManifestError> {
        if bytes.len() > MAX_MANIFEST_LEN {
            return Err(ManifestError::TooLarge(bytes.len()));
        }
        let Value::Map(entries) = Value::decode(bytes)? else {
            return Err(ManifestError::Malformed("not a map"));
        };
        let mut fields = Fields(entries);
        let version = fields
            .uint("v")?
            .ok_or(ManifestError::Malformed("missing v"))?;
        if version != VERSION {
            return Err(ManifestError::Version(version));
        }
        let tree_root = TreeRoot(
            fields
                .hash("root")?
                .ok_or(ManifestError::Malformed("missing root"))?,
        );
        let block_size = u32::try_from(
            fields
                .uint("blockSize")?
                .ok_or(ManifestError::Malformed("missing blockSize"))?,
        )
        .map_err(|_| ManifestError::Malformed("blockSize out of range"))?;
        let byte_len = fields
            .uint("len")?
            .ok_or(ManifestError::Malformed("missing len"))?;
        let block_count = fields
            .uint("blocks")?
            .ok_or(ManifestError::Malformed("missing blocks"))?;
        let filename = fields.text("name")?;
        let mime_type = fields.text("mime")?;
        let protection = match fields.take("ec") {
            None => None,
            Some(Value::Map(ec)) => {
                let mut ec = Fields(ec);
                let k = ec.small("k")?;
                let m = ec.small("m")?;
                let original_root = TreeRoot(
                    ec.hash("origRoot")?
                        .ok_or(ManifestError::Malformed("missing ec.origRoot"))?,
                );
                ec.finish()?;
                Some(Protection {
                    layout: SlotLayout::new(k, m, block_count_of(byte_len))?,
                    original_root,
                })
            }
            Some(_) => return Err(ManifestError::Malformed("ec is not a map")),
        };
        fields.finish()?;
        let manifest = Self {
            tree_root,
            block_size,
            byte_len,
            block_count,
            filename,
            mime_type,
            protection,
        };
        manifest.validate()?;
        Ok(manifest)
    }

    /// Decodes a manifest fetched by `cid`, checking that the bytes hash to it.
    pub fn decode_verified(cid: &Cid, bytes: &[u8]) -> Result<Self, ManifestError> {
        if cid.codec() != Codec::DagCbor {
            return Err(ManifestError::NotAManifest(*cid));
        }
        if Cid::for_bytes(Codec::DagCbor, bytes) != *cid {
            return Err(ManifestError::CidMismatch(*cid));
        }
        Self::decode(bytes)
    }
}

const fn block_count_of(byte_len: u64) -> u64 {
    block_count(byte_len)
}

/// Map entries being taken apart; whatever is left at the end is an unknown key.
struct Fields(Vec<(String, Value)>);

impl Fields {
    fn take(&mut self, key: &str) -> Option<Value> {
        let index = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(index).1)
    }

    fn uint(&mut self, key: &'static str) -> Result<Option<u64>, ManifestError> {
        match self.take(key) {
            None => Ok(None),
            Some(Value::Uint(v)) => Ok(Some(v)),
            Some(_) => Err(ManifestError::Malformed(key)),
        }
    }

    fn small(&mut self, key: &'static str) -> Result<u32, ManifestError> {
        let value = self.uint(key)?.ok_or(ManifestError::Malformed(key))?;
        u32::try_from(value).map_err(|_| ManifestError::Malformed(key))
    }

    fn hash(&mut self, key: &'static str) -> Result<Option<[u8; 32]>, ManifestError> {
        match self.take(key) {
            None => Ok(None),
            Some(Value::Bytes(b)) => b
                .try_into()
                .map(Some)
                .map_err(|_| ManifestError::Malformed(key)),
            Some(_) => Err(ManifestError::Malformed(key)),
        }
    }

    fn text(&mut self, key: &'static str) -> Result<Option<String>, ManifestError> {
        match self.take(key) {
            None => Ok(None),
            Some(Value::Text(t)) => Ok(Some(t)),
            Some(_) => Err(ManifestError::Malformed(key)),
        }
    }

    fn finish(self) -> Result<(), ManifestError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ManifestError::Malformed("unknown key"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn plain(byte_len: u64) -> Manifest {
        Manifest {
            tree_root: TreeRoot([7; 32]),
            block_size: BLOCK_SIZE as u32,
            byte_len,
            block_count: block_count(byte_len),
            filename: Some("photo.jpg".into()),
            mime_type: Some("image/jpeg".into()),
            protection: None,
        }
    }

    fn protected(byte_len: u64, k: u32, m: u32) -> Manifest {
        let layout = SlotLayout::new(k, m, block_count(byte_len)).expect("layout");
        Manifest {
            tree_root: TreeRoot([9; 32]),
            block_count: layout.total_blocks(),
            protection: Some(Protection {
                layout,
                original_root: TreeRoot([7; 32]),
            }),
            ..plain(byte_len)
        }
    }

    #[test]
    fn encoding_is_fixed() {
        let m = Manifest {
            filename: None,
            mime_type: None,
            ..plain(100)
        };
        // a5 | 61 76 01 | 63 6c65 6e 18 64 | 64 726f6f74 5820 07.. | 66 626c6f636b73 01 | 69 626c6f636b53697a65 1a 00010000
        let expected = format!(
            "a5617601636c656e18646472{}{}5820{}66626c6f636b7301{}1a00010000",
            "6f",
            "6f74",
            "07".repeat(32),
            "69626c6f636b53697a65"
        );
        assert_eq!(hex::encode(m.encode()), expected);
        assert_eq!(m.cid().codec(), Codec::DagCbor);
    }

    #[test]
    fn round_trips_and_verifies_against_its_cid() {
        for m in [
            plain(0),
            plain(1 << 20),
            protected(5 * BLOCK_SIZE as u64 + 1, 4, 2),
        ] {
            let bytes = m.encode();
            assert_eq!(Manifest::decode(&bytes), Ok(m.clone()));
            assert_eq!(Manifest::decode_verified(&m.cid(), &bytes), Ok(m.clone()));
            let other = Cid::for_bytes(Codec::DagCbor, b"other");
            assert_eq!(
                Manifest::decode_verified(&other, &bytes),
                Err(ManifestError::CidMismatch(other))
            );
            let raw = Cid::for_block(&bytes);
            assert_eq!(
                Manifest::decode_verified(&raw, &bytes),
                Err(ManifestError::NotAManifest(raw))
            );
        }
    }

    #[test]
    fn rejects_inconsistent_manifests() {
        let mut m = plain(10);
        m.block_count = 2;
        assert!(matches!(
            Manifest::decode(&m.encode()),
            Err(ManifestError::Inconsistent(_))
        ));
        let mut m = protected(10, 2, 1);
        m.block_count += 1;
        assert!(matches!(
            Manifest::decode(&m.encode()),
            Err(ManifestError::Inconsistent(_))
        ));
        let mut m = plain(10);
        m.block_size = 1024;
        assert!(matches!(
            Manifest::decode(&m.encode()),
            Err(ManifestError::Inconsistent(_))
        ));
        for bad in ["", "a/b", "..", "x\u{7}", &"n".repeat(256)] {
            let m = Manifest {
                filename: Some(bad.into()),
                ..plain(10)
            };
            assert_eq!(
                m.validate(),
                Err(ManifestError::Label("file name")),
                "{bad:?}"
            );
        }
        assert_eq!(
            Manifest::decode(&[0x01]),
            Err(ManifestError::Malformed("not a map"))
        );
        assert_eq!(
            Manifest::decode(&vec![0; 5000]),
            Err(ManifestError::TooLarge(5000))
        );
        // Unknown key.
        let mut bytes = Vec::new();
        Value::Map(vec![
            ("v".into(), Value::Uint(1)),
            ("zz".into(), Value::Uint(1)),
        ])
        .encode(&mut bytes);
        assert!(Manifest::decode(&bytes).is_err());
        // Other version.
        let mut bytes = Vec::new();
        Value::Map(vec![("v".into(), Value::Uint(2))]).encode(&mut bytes);
        assert_eq!(Manifest::decode(&bytes), Err(ManifestError::Version(2)));
    }

    #[test]
    fn json_is_camel_case() {
        let json = serde_json::to_value(protected(10, 2, 1)).expect("json");
        assert_eq!(json["treeRoot"], "09".repeat(32));
        assert_eq!(json["protection"]["layout"]["k"], 2);
        assert_eq!(json["byteLen"], 10);
    }

    proptest! {
        #[test]
        fn any_valid_manifest_round_trips(len in 0u64..(1 << 40), k in 1u32..20, m in 1u32..20, ec in any::<bool>(), name in proptest::option::of("[a-z.]{1,20}")) {
            let mut manifest = if ec { protected(len, k, m) } else { plain(len) };
            manifest.filename = name.filter(|n| n != "." && n != "..");
            prop_assert_eq!(Manifest::decode(&manifest.encode()), Ok(manifest));
        }

        #[test]
        fn garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = Manifest::decode(&bytes);
        }
    }
}
