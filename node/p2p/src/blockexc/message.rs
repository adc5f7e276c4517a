//! The messages of `/cairn/blockexc/1` and their wire encoding (PROTOCOL.md, "Block exchange").
//!
//! A frame is a 4-byte big-endian payload length followed by the payload; the payload's first byte
//! says which message it is. Every length is checked before anything is allocated: a frame longer
//! than [`MAX_FRAME`] or a message whose fields do not fill its frame exactly is refused.

use std::ops::Range;

use bytes::Bytes;
use cairn_primitives::{BLOCK_SIZE, Cid, InclusionProof, TreeRoot};
use futures::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use super::BlockExchangeError;

/// Largest payload of one frame: a block, its inclusion path and headers fit with room to spare.
pub const MAX_FRAME: usize = BLOCK_SIZE + 16 * 1024;
/// Most blocks one want may ask for (16 MiB).
pub const MAX_WANT_BLOCKS: u64 = 256;
/// Most ranges in one want.
pub const MAX_WANT_RANGES: usize = 256;
/// Longest error text a provider sends.
const MAX_REASON: usize = 512;

const WANT_MANIFEST: u8 = 0x01;
const WANT: u8 = 0x02;
const CANCEL: u8 = 0x03;
const PAY: u8 = 0x04;
const MANIFEST: u8 = 0x10;
const NO_MANIFEST: u8 = 0x11;
const PRESENCE: u8 = 0x12;
const BLOCK: u8 = 0x13;
const DONE: u8 = 0x14;
const REJECT: u8 = 0x15;

/// A cumulative payment voucher (PaymentChannels' EIP-712 `Voucher`): everything up to
/// `cumulative_amount` of channel `channel_id` belongs to the provider. The provider checks the
/// signature and the channel before it credits the peer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pay {
    /// The channel (`PaymentChannels` channel id).
    pub channel_id: [u8; 32],
    /// All paid over the channel so far, a big-endian uint256.
    pub cumulative_amount: [u8; 32],
    /// r, s and v (27 or 28).
    pub signature: [u8; 65],
}

/// A request for blocks of the dataset whose tree has `root` and `leaf_count` leaves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Want {
    /// Chosen by the requester, unique among its open wants on the stream.
    pub id: u64,
    /// The dataset tree's root.
    pub root: TreeRoot,
    /// The dataset's block count (the tree's leaf count).
    pub leaf_count: u64,
    /// Tree indexes wanted, as ascending, non-overlapping, non-empty ranges.
    pub ranges: Vec<Range<u64>>,
}

impl Want {
    /// Number of blocks asked for.
    pub fn block_count(&self) -> u64 {
        self.ranges.iter().map(|r| r.end - r.start).sum()
    }

    /// The wanted indexes in order.
    pub fn indexes(&self) -> impl Iterator<Item = u64> + '_ {
        self.ranges.iter().flat_map(|r| r.clone())
    }

    /// Groups `indexes` (ascending) into ranges.
    pub fn ranges_of(indexes: &[u64]) -> Vec<Range<u64>> {
        let mut ranges: Vec<Range<u64>> = Vec::new();
        for &i in indexes {
            match ranges.last_mut() {
                Some(last) if last.end == i => last.end += 1,
                _ => ranges.push(i..i + 1),
            }
        }
        ranges
    }

    /// Checks the limits and the shape of the ranges.
    pub fn validate(&self) -> Result<(), BlockExchangeError> {
        let bad = |reason: &str| Err(BlockExchangeError::Malformed(reason.into()));
        if self.ranges.is_empty() {
            return bad("a want with no ranges");
        }
        if self.ranges.len() > MAX_WANT_RANGES {
            return bad("too many ranges in a want");
        }
        let mut previous_end = 0;
        let mut total = 0u64;
        for (n, range) in self.ranges.iter().enumerate() {
            if range.start >= range.end || (n > 0 && range.start < previous_end) {
                return bad("want ranges must be non-empty, ascending and disjoint");
            }
            if range.end > self.leaf_count {
                return bad("a wanted index is beyond the dataset");
            }
            previous_end = range.end;
            total += range.end - range.start;
        }
        if total > MAX_WANT_BLOCKS {
            return bad("a want asks for more than 256 blocks");
        }
        Ok(())
    }
}

/// One message of the protocol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Requester: send me the manifest with this CID.
    WantManifest(Cid),
    /// Requester: send me these blocks.
    Want(Want),
    /// Requester: stop sending the blocks of want `id`.
    Cancel(u64),
    /// Requester: a payment voucher for a priced provider (see [`Pay`]).
    Pay(Pay),
    /// Provider: the manifest's canonical bytes (the requester checks them against the CID).
    Manifest {
        /// The CID asked for.
        cid: Cid,
        /// The encoded manifest.
        bytes: Bytes,
    },
    /// Provider: I do not have this manifest.
    NoManifest(Cid),
    /// Provider: whether I will serve want `id`, and on what terms.
    Presence {
        /// The want.
        id: u64,
        /// True: every wanted block follows, in order. False: none follows.
        have: bool,
        /// Price per byte served, in token base units (0: free).
        price_per_byte: u64,
        /// The account vouchers pay (zero when free).
        payee: [u8; 20],
        /// Bytes the provider serves a peer beyond what it paid for (0 when free).
        credit_bytes: u64,
    },
    /// Provider: one wanted block and its inclusion path.
    Block {
        /// The want it answers.
        id: u64,
        /// The block's bytes.
        data: Bytes,
        /// Path from the block to the tree root.
        proof: InclusionProof,
    },
    /// Provider: want `id` is closed (all sent, cancelled or refused); nothing more follows for it.
    Done(u64),
    /// Provider: the request broke a rule (limits, shape); the stream closes after this.
    Reject {
        /// The want concerned, if any.
        id: Option<u64>,
        /// Why.
        reason: String,
    },
}

fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_be_bytes());
}

impl Message {
    /// The payload (tag and fields) of this message.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(64);
        match self {
            Self::WantManifest(cid) => {
                out.push(WANT_MANIFEST);
                out.extend_from_slice(&cid.to_bytes());
            }
            Self::Want(want) => {
                out.push(WANT);
                put_u64(&mut out, want.id);
                out.extend_from_slice(&want.root.0);
                put_u64(&mut out, want.leaf_count);
                out.extend_from_slice(&(want.ranges.len() as u16).to_be_bytes());
                for range in &want.ranges {
                    put_u64(&mut out, range.start);
                    put_u64(&mut out, range.end);
                }
            }
            Self::Cancel(id) => {
                out.push(CANCEL);
                put_u64(&mut out, *id);
            }
            Self::Pay(pay) => {
                out.push(PAY);
                out.extend_from_slice(&pay.channel_id);
                out.extend_from_slice(&pay.cumulative_amount);
                out.extend_from_slice(&pay.signature);
            }
            Self::Manifest { cid, bytes } => {
                out.push(MANIFEST);
                let cid = cid.to_bytes();
                out.push(cid.len() as u8);
                out.extend_from_slice(&cid);
                out.extend_from_slice(bytes);
            }
            Self::NoManifest(cid) => {
                out.push(NO_MANIFEST);
                out.extend_from_slice(&cid.to_bytes());
            }
            Self::Presence {
                id,
                have,
                price_per_byte,
                payee,
                credit_bytes,
            } => {
                out.push(PRESENCE);
                put_u64(&mut out, *id);
                out.push(u8::from(*have));
                put_u64(&mut out, *price_per_byte);
                out.extend_from_slice(payee);
                put_u64(&mut out, *credit_bytes);
            }
            Self::Block { id, data, proof } => {
                let proof = proof.to_bytes();
                out.reserve(data.len() + proof.len() + 16);
                out.push(BLOCK);
                put_u64(&mut out, *id);
                out.extend_from_slice(&(proof.len() as u16).to_be_bytes());
                out.extend_from_slice(&proof);
                out.extend_from_slice(data);
            }
            Self::Done(id) => {
                out.push(DONE);
                put_u64(&mut out, *id);
            }
            Self::Reject { id, reason } => {
                out.push(REJECT);
                match id {
                    Some(id) => {
                        out.push(1);
                        put_u64(&mut out, *id);
                    }
                    None => out.push(0),
                }
                let reason = reason.as_bytes();
                let mut cut = reason.len().min(MAX_REASON);
                while std::str::from_utf8(&reason[..cut]).is_err() {
                    cut -= 1;
                }
                out.extend_from_slice(&reason[..cut]);
            }
        }
        out
    }

    /// Parses a payload; `payload` is one whole frame.
    pub fn decode(payload: Bytes) -> Result<Self, BlockExchangeError> {
        let mut r = Reader(payload);
        let tag = r.u8()?;
        let message = match tag {
            WANT_MANIFEST => Self::WantManifest(r.cid_rest()?),
            WANT => {
                let id = r.u64()?;
                let root = TreeRoot(r.array()?);
                let leaf_count = r.u64()?;
                let n = usize::from(u16::from_be_bytes(r.array()?));
                if n > MAX_WANT_RANGES {
                    return Err(malformed("too many ranges in a want"));
                }
                let mut ranges = Vec::with_capacity(n);
                for _ in 0..n {
                    let start = r.u64()?;
                    let end = r.u64()?;
                    ranges.push(start..end);
                }
                let want = Want {
                    id,
                    root,
                    leaf_count,
                    ranges,
                };
                want.validate()?;
                Self::Want(want)
            }
            CANCEL => Self::Cancel(r.u64()?),
            PAY => Self::Pay(Pay {
                channel_id: r.array()?,
                cumulative_amount: r.array()?,
                signature: r.array()?,
            }),
            MANIFEST => {
                let len = usize::from(r.u8()?);
                let cid =
                    Cid::from_bytes(&r.take(len)?).map_err(|e| malformed(&format!("CID: {e}")))?;
                Self::Manifest {
                    cid,
                    bytes: r.rest(),
                }
            }
            NO_MANIFEST => Self::NoManifest(r.cid_rest()?),
            PRESENCE => {
                let id = r.u64()?;
                let have = match r.u8()? {
                    0 => false,
                    1 => true,
                    _ => return Err(malformed("presence flag is not 0 or 1")),
                };
                Self::Presence {
                    id,
                    have,
                    price_per_byte: r.u64()?,
                    payee: r.array()?,
                    credit_bytes: r.u64()?,
                }
            }
            BLOCK => {
                let id = r.u64()?;
                let len = usize::from(u16::from_be_bytes(r.array()?));
                let proof = InclusionProof::from_bytes(&r.take(len)?)
                    .map_err(|e| malformed(&format!("inclusion proof: {e}")))?;
                let data = r.rest();
                if data.len() != BLOCK_SIZE {
                    return Err(malformed("a block is not 64 KiB"));
                }
                Self::Block { id, data, proof }
            }
            DONE => Self::Done(r.u64()?),
            REJECT => {
                let id = match r.u8()? {
                    0 => None,
                    1 => Some(r.u64()?),
                    _ => return Err(malformed("reject flag is not 0 or 1")),
                };
                let rest = r.rest();
                if rest.len() > MAX_REASON {
                    return Err(malformed("reject reason too long"));
                }
                let reason = String::from_utf8(rest.to_vec())
                    .map_err(|_| malformed("reject reason is not UTF-8"))?;
                Self::Reject { id, reason }
            }
            other => return Err(malformed(&format!("unknown message tag {other:#04x}"))),
        };
        if !r.0.is_empty() {
            return Err(malformed("trailing bytes after the message"));
        }
        Ok(message)
    }
}

fn malformed(reason: &str) -> BlockExchangeError {
    BlockExchangeError::Malformed(reason.to_owned())
}

/// Reads fields off the front of a payload.
struct Reader(Bytes);

impl Reader {
    fn take(&mut self, n: usize) -> Result<Bytes, BlockExchangeError> {
        if self.0.len() < n {
            return Err(malformed("message shorter than its fields"));
        }
        Ok(self.0.split_to(n))
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], BlockExchangeError> {
        let bytes = self.take(N)?;
        let mut out = [0u8; N];
        out.copy_from_slice(&bytes);
        Ok(out)
    }

    fn u8(&mut self) -> Result<u8, BlockExchangeError> {
        Ok(self.array::<1>()?[0])
    }

    fn u64(&mut self) -> Result<u64, BlockExchangeError> {
        Ok(u64::from_be_bytes(self.array()?))
    }

    fn rest(&mut self) -> Bytes {
        std::mem::take(&mut self.0)
    }

    fn cid_rest(&mut self) -> Result<Cid, BlockExchangeError> {
        let bytes = self.rest();
        Cid::from_bytes(&bytes).map_err(|e| malformed(&format!("CID: {e}")))
    }
}

/// Writes one message as a frame (does not flush). A block's bytes are written as they are, not
/// copied into the frame first.
pub async fn write_message<W: AsyncWrite + Unpin>(
    writer: &mut W,
    message: &Message,
) -> Result<(), BlockExchangeError> {
    if let Message::Block { id, data, proof } = message {
        let proof = proof.to_bytes();
        let mut head = Vec::with_capacity(15 + proof.len());
        let len = 1 + 8 + 2 + proof.len() + data.len();
        if len > MAX_FRAME {
            return Err(malformed("message larger than a frame"));
        }
        head.extend_from_slice(&(len as u32).to_be_bytes());
        head.push(BLOCK);
        put_u64(&mut head, *id);
        head.extend_from_slice(&(proof.len() as u16).to_be_bytes());
        head.extend_from_slice(&proof);
        writer.write_all(&head).await?;
        writer.write_all(data).await?;
        return Ok(());
    }
    let payload = message.encode();
    if payload.len() > MAX_FRAME {
        return Err(malformed("message larger than a frame"));
    }
    writer
        .write_all(&(payload.len() as u32).to_be_bytes())
        .await?;
    writer.write_all(&payload).await?;
    Ok(())
}

/// Reads one frame and parses it; `Ok(None)` when the stream ended cleanly between frames.
pub async fn read_message<R: AsyncRead + Unpin>(
    reader: &mut R,
) -> Result<Option<Message>, BlockExchangeError> {
    let mut len = [0u8; 4];
    // A clean end of stream is only allowed before a frame starts.
    let mut got = 0;
    while got < len.len() {
        let n = reader.read(&mut len[got..]).await?;
        if n == 0 {
            return if got == 0 {
                Ok(None)
            } else {
                Err(malformed("stream ended inside a frame header"))
            };
        }
        got += n;
    }
    let len = u32::from_be_bytes(len) as usize;
    if len == 0 || len > MAX_FRAME {
        return Err(malformed(&format!(
            "frame of {len} bytes (allowed 1..={MAX_FRAME})"
        )));
    }
    let mut payload = vec![0u8; len];
    reader.read_exact(&mut payload).await?;
    Message::decode(Bytes::from(payload)).map(Some)
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use cairn_primitives::{BlockHash, DatasetTree};

    use super::*;

    fn sample_messages() -> Vec<Message> {
        let block = Bytes::from(vec![7u8; BLOCK_SIZE]);
        let hashes: Vec<BlockHash> = (0..5u8).map(|i| BlockHash::of(&[i])).collect();
        let tree = DatasetTree::build(&hashes).expect("tree");
        let cid = Cid::for_block(b"manifest");
        vec![
            Message::WantManifest(cid),
            Message::Want(Want {
                id: 9,
                root: tree.root(),
                leaf_count: 5,
                ranges: vec![0..2, 3..5],
            }),
            Message::Cancel(u64::MAX),
            Message::Manifest {
                cid,
                bytes: Bytes::from_static(b"\xa1abc"),
            },
            Message::NoManifest(cid),
            Message::Presence {
                id: 1,
                have: true,
                price_per_byte: 3,
                payee: [4; 20],
                credit_bytes: 1 << 20,
            },
            Message::Pay(Pay {
                channel_id: [1; 32],
                cumulative_amount: [2; 32],
                signature: [3; 65],
            }),
            Message::Block {
                id: 2,
                data: block,
                proof: tree.proof(3).expect("proof"),
            },
            Message::Done(4),
            Message::Reject {
                id: Some(5),
                reason: "too many wants".into(),
            },
            Message::Reject {
                id: None,
                reason: String::new(),
            },
        ]
    }

    #[test]
    fn every_message_round_trips() {
        for message in sample_messages() {
            let decoded = Message::decode(Bytes::from(message.encode())).expect("decodes");
            assert_eq!(decoded, message);
        }
    }

    #[tokio::test]
    async fn frames_round_trip_over_a_byte_stream() {
        let mut wire = Vec::new();
        for message in sample_messages() {
            write_message(&mut wire, &message).await.expect("write");
        }
        let mut reader = futures::io::Cursor::new(wire);
        for message in sample_messages() {
            let got = read_message(&mut reader).await.expect("read");
            assert_eq!(got, Some(message));
        }
        assert_eq!(read_message(&mut reader).await.expect("end"), None);
    }

    #[test]
    fn truncated_or_padded_messages_are_refused() {
        for message in sample_messages() {
            let bytes = message.encode();
            for cut in 0..bytes.len().min(60) {
                // A cut Manifest or NoManifest can still be a shorter valid message only if the
                // cut lands on a boundary the format allows; everything else must fail.
                if let Ok(decoded) = Message::decode(Bytes::copy_from_slice(&bytes[..cut])) {
                    assert!(
                        matches!(decoded, Message::Manifest { .. } | Message::Reject { .. }),
                        "a cut {message:?} decoded as {decoded:?}"
                    );
                }
            }
            let mut padded = bytes.clone();
            padded.push(0);
            if !matches!(message, Message::Manifest { .. } | Message::Reject { .. }) {
                assert!(Message::decode(Bytes::from(padded)).is_err(), "{message:?}");
            }
        }
    }

    #[tokio::test]
    async fn oversized_and_empty_frames_are_refused() {
        let mut wire = ((MAX_FRAME + 1) as u32).to_be_bytes().to_vec();
        wire.extend_from_slice(&[0; 16]);
        let err = read_message(&mut futures::io::Cursor::new(wire))
            .await
            .expect_err("too large");
        assert!(err.to_string().contains("frame of"), "{err}");
        let wire = 0u32.to_be_bytes().to_vec();
        assert!(
            read_message(&mut futures::io::Cursor::new(wire))
                .await
                .is_err()
        );
        // A header cut in the middle is an error, not a clean end.
        assert!(
            read_message(&mut futures::io::Cursor::new(vec![0, 0]))
                .await
                .is_err()
        );
    }

    #[test]
    fn wants_are_checked() {
        let want = |ranges: Vec<Range<u64>>| Want {
            id: 1,
            root: TreeRoot([0; 32]),
            leaf_count: 1000,
            ranges,
        };
        assert!(want(vec![0..10, 20..30]).validate().is_ok());
        assert!(want(vec![]).validate().is_err());
        assert!(want(vec![5..5]).validate().is_err());
        assert!(want(vec![10..20, 15..25]).validate().is_err());
        assert!(want(vec![20..30, 0..10]).validate().is_err());
        assert!(want(vec![990..1001]).validate().is_err());
        assert!(want(vec![0..257]).validate().is_err());
        assert!(want(vec![0..256]).validate().is_ok());
        assert_eq!(
            Want::ranges_of(&[1, 2, 3, 7, 9, 10]),
            vec![1..4, 7..8, 9..11]
        );
        let unknown = Bytes::from_static(&[0x7f, 0, 0]);
        assert!(Message::decode(unknown).is_err());
    }
}
