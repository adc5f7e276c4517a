//! Content identifiers: CIDv1 with a sha2-256 multihash.
//!
//! Binary form: `varint(1) varint(codec) varint(0x12) varint(32) digest[32]`.
//! Text form: multibase base32 (RFC 4648, lower case, no padding) behind the prefix `b`,
//! e.g. `bafkrei...` for a raw block. Parsing is strict: one encoding per CID, no panics.

use std::{fmt, str::FromStr};

use data_encoding::BASE32_NOPAD;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};

use crate::varint::{self, VarintError};

/// CID version 1.
const CID_V1: u64 = 1;
/// Multihash code of sha2-256.
const SHA2_256: u64 = 0x12;
/// Digest length of sha2-256.
const DIGEST_LEN: usize = 32;
/// Multibase prefix of base32 lower case without padding.
const BASE32_PREFIX: char = 'b';
/// Binary CIDs we produce are 36 or 37 bytes; anything longer than this is not one of ours.
const MAX_BINARY_LEN: usize = 64;
/// Longest text form we accept (a 64-byte binary CID in base32 is 103 characters plus the prefix).
const MAX_TEXT_LEN: usize = 104;

/// What the addressed bytes are (the multicodec of the CID).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Codec {
    /// Raw bytes: a data block (multicodec 0x55).
    Raw,
    /// DAG-CBOR: a manifest (multicodec 0x71).
    DagCbor,
}

impl Codec {
    /// The multicodec code.
    pub const fn code(self) -> u64 {
        match self {
            Self::Raw => 0x55,
            Self::DagCbor => 0x71,
        }
    }

    /// The codec with multicodec `code`, if cairn uses it.
    pub const fn from_code(code: u64) -> Option<Self> {
        match code {
            0x55 => Some(Self::Raw),
            0x71 => Some(Self::DagCbor),
            _ => None,
        }
    }
}

/// Why bytes or text are not a CID cairn accepts.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CidError {
    /// The text is empty.
    #[error("empty CID")]
    Empty,
    /// The text is longer than any CID cairn produces.
    #[error("CID text is too long ({0} characters)")]
    TooLong(usize),
    /// The multibase prefix is not `b` (base32 lower case).
    #[error("unsupported multibase prefix {0:?}: cairn CIDs are base32 and start with 'b'")]
    UnsupportedMultibase(char),
    /// The text is not valid lower-case base32.
    #[error("invalid base32 in CID")]
    InvalidBase32,
    /// A CIDv0 (a bare sha2-256 multihash, "Qm...").
    #[error("CIDv0 is not supported; use CIDv1")]
    CidV0,
    /// A CID version other than 1.
    #[error("unsupported CID version {0}")]
    UnsupportedVersion(u64),
    /// A codec cairn does not use.
    #[error("unsupported codec 0x{0:x}")]
    UnsupportedCodec(u64),
    /// A hash function other than sha2-256.
    #[error("unsupported multihash code 0x{0:x}; cairn uses sha2-256 (0x12)")]
    UnsupportedHash(u64),
    /// The digest length does not match sha2-256.
    #[error("digest length {0} does not match sha2-256 (32)")]
    DigestLength(u64),
    /// The bytes end before the digest does.
    #[error("truncated CID")]
    Truncated,
    /// Bytes follow the digest.
    #[error("{0} trailing bytes after the CID")]
    TrailingBytes(usize),
    /// A varint in the CID is malformed.
    #[error("malformed varint in CID: {0}")]
    Varint(#[from] VarintError),
}

/// A CIDv1 with a sha2-256 digest.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cid {
    codec: Codec,
    digest: [u8; DIGEST_LEN],
}

impl Cid {
    /// The CID of `digest` (a SHA-256 of the addressed bytes) under `codec`.
    pub const fn new(codec: Codec, digest: [u8; DIGEST_LEN]) -> Self {
        Self { codec, digest }
    }

    /// The raw-codec CID of a data block: SHA-256 of `bytes`.
    pub fn for_block(bytes: &[u8]) -> Self {
        Self::new(Codec::Raw, Sha256::digest(bytes).into())
    }

    /// The CID of bytes encoded with `codec` (e.g. a manifest's DAG-CBOR encoding).
    pub fn for_bytes(codec: Codec, bytes: &[u8]) -> Self {
        Self::new(codec, Sha256::digest(bytes).into())
    }

    /// The codec.
    pub const fn codec(&self) -> Codec {
        self.codec
    }

    /// The sha2-256 digest.
    pub const fn digest(&self) -> &[u8; DIGEST_LEN] {
        &self.digest
    }

    /// The binary form.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(4 + DIGEST_LEN);
        varint::encode(CID_V1, &mut out);
        varint::encode(self.codec.code(), &mut out);
        varint::encode(SHA2_256, &mut out);
        varint::encode(DIGEST_LEN as u64, &mut out);
        out.extend_from_slice(&self.digest);
        out
    }

    /// Parses the binary form; all of `bytes` must be the CID.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, CidError> {
        if bytes.len() > MAX_BINARY_LEN {
            return Err(CidError::TrailingBytes(bytes.len() - MAX_BINARY_LEN));
        }
        // A CIDv0 is a bare multihash: 0x12 0x20 followed by 32 bytes.
        if bytes.len() == 2 + DIGEST_LEN && bytes[0] == 0x12 && bytes[1] == 0x20 {
            return Err(CidError::CidV0);
        }
        let (version, rest) = varint::decode(bytes)?;
        if version != CID_V1 {
            return Err(CidError::UnsupportedVersion(version));
        }
        let (code, rest) = varint::decode(rest)?;
        let codec = Codec::from_code(code).ok_or(CidError::UnsupportedCodec(code))?;
        let (hash, rest) = varint::decode(rest)?;
        if hash != SHA2_256 {
            return Err(CidError::UnsupportedHash(hash));
        }
        let (len, rest) = varint::decode(rest)?;
        if len != DIGEST_LEN as u64 {
            return Err(CidError::DigestLength(len));
        }
        if rest.len() < DIGEST_LEN {
            return Err(CidError::Truncated);
        }
        if rest.len() > DIGEST_LEN {
            return Err(CidError::TrailingBytes(rest.len() - DIGEST_LEN));
        }
        let mut digest = [0u8; DIGEST_LEN];
        digest.copy_from_slice(rest);
        Ok(Self { codec, digest })
    }
}

impl fmt::Display for Cid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = BASE32_NOPAD.encode(&self.to_bytes()).to_ascii_lowercase();
        write!(f, "{BASE32_PREFIX}{text}")
    }
}

impl fmt::Debug for Cid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Cid({self})")
    }
}

impl FromStr for Cid {
    type Err = CidError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if text.len() > MAX_TEXT_LEN {
            return Err(CidError::TooLong(text.len()));
        }
        let mut chars = text.chars();
        let prefix = chars.next().ok_or(CidError::Empty)?;
        if prefix == 'Q' && text.len() == 46 {
            return Err(CidError::CidV0);
        }
        if prefix != BASE32_PREFIX {
            return Err(CidError::UnsupportedMultibase(prefix));
        }
        let body = chars.as_str();
        // Lower case only, so that every CID has exactly one text form.
        if body.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(CidError::InvalidBase32);
        }
        let bytes = BASE32_NOPAD
            .decode(body.to_ascii_uppercase().as_bytes())
            .map_err(|_| CidError::InvalidBase32)?;
        Self::from_bytes(&bytes)
    }
}

impl Serialize for Cid {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Cid {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // Reference values: the raw-codec CIDv1 of these byte strings as the multiformats reference
    // implementations print them (`ipfs add --raw-leaves --cid-version 1`).
    const EMPTY: &str = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";
    const HELLO: &str = "bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq";

    #[test]
    fn block_cids_match_reference() {
        assert_eq!(Cid::for_block(b"").to_string(), EMPTY);
        assert_eq!(Cid::for_block(b"hello").to_string(), HELLO);
    }

    #[test]
    fn text_and_binary_round_trip() {
        let cid = Cid::for_block(b"cairn");
        assert_eq!(cid.to_string().parse::<Cid>(), Ok(cid));
        assert_eq!(Cid::from_bytes(&cid.to_bytes()), Ok(cid));
        let manifest = Cid::for_bytes(Codec::DagCbor, b"manifest");
        assert!(manifest.to_string().starts_with("bafyrei"));
        assert_eq!(manifest.to_string().parse::<Cid>(), Ok(manifest));
    }

    #[test]
    fn rejects_what_is_not_a_cairn_cid() {
        let good = Cid::for_block(b"x");
        let bytes = good.to_bytes();
        assert_eq!("".parse::<Cid>(), Err(CidError::Empty));
        assert_eq!(
            "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG".parse::<Cid>(),
            Err(CidError::CidV0)
        );
        assert_eq!(
            "zb2rh".parse::<Cid>(),
            Err(CidError::UnsupportedMultibase('z'))
        );
        assert_eq!(
            EMPTY.to_uppercase().parse::<Cid>(),
            Err(CidError::UnsupportedMultibase('B'))
        );
        assert_eq!(
            format!("b{}", &EMPTY[1..].to_uppercase()).parse::<Cid>(),
            Err(CidError::InvalidBase32)
        );
        assert_eq!("b!!!!".parse::<Cid>(), Err(CidError::InvalidBase32));
        assert_eq!("b".repeat(200).parse::<Cid>(), Err(CidError::TooLong(200)));

        let mut v2 = bytes.clone();
        v2[0] = 2;
        assert_eq!(Cid::from_bytes(&v2), Err(CidError::UnsupportedVersion(2)));
        let mut dag_pb = bytes.clone();
        dag_pb[1] = 0x70;
        assert_eq!(
            Cid::from_bytes(&dag_pb),
            Err(CidError::UnsupportedCodec(0x70))
        );
        let mut blake = bytes.clone();
        blake[2] = 0x13;
        assert_eq!(
            Cid::from_bytes(&blake),
            Err(CidError::UnsupportedHash(0x13))
        );
        let mut short = bytes.clone();
        short[3] = 31;
        assert_eq!(Cid::from_bytes(&short), Err(CidError::DigestLength(31)));
        assert_eq!(
            Cid::from_bytes(&bytes[..bytes.len() - 1]),
            Err(CidError::Truncated)
        );
        let mut long = bytes.clone();
        long.push(0);
        assert_eq!(Cid::from_bytes(&long), Err(CidError::TrailingBytes(1)));
        let mut v0 = vec![0x12, 0x20];
        v0.extend_from_slice(good.digest());
        assert_eq!(Cid::from_bytes(&v0), Err(CidError::CidV0));
        assert!(matches!(
            Cid::from_bytes(&[0x81, 0x00]),
            Err(CidError::Varint(_))
        ));
    }

    #[test]
    fn serde_uses_the_text_form() {
        let cid = Cid::for_block(b"hello");
        let json = serde_json::to_string(&cid).expect("serialize");
        assert_eq!(json, format!("\"{HELLO}\""));
        assert_eq!(
            serde_json::from_str::<Cid>(&json).expect("deserialize"),
            cid
        );
        assert!(serde_json::from_str::<Cid>("\"bnope\"").is_err());
    }

    proptest! {
        #[test]
        fn round_trips(data in proptest::collection::vec(any::<u8>(), 0..256), manifest in any::<bool>()) {
            let codec = if manifest { Codec::DagCbor } else { Codec::Raw };
            let cid = Cid::for_bytes(codec, &data);
            prop_assert_eq!(cid.to_string().parse::<Cid>(), Ok(cid));
            prop_assert_eq!(Cid::from_bytes(&cid.to_bytes()), Ok(cid));
        }

        #[test]
        fn parsing_garbage_never_panics(text in ".{0,120}", bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
            let _ = text.parse::<Cid>();
            let _ = format!("b{text}").parse::<Cid>();
            let _ = Cid::from_bytes(&bytes);
        }
    }
}
