//! The deterministic CBOR subset manifests are written in (DAG-CBOR rules).
//!
//! Unsigned integers, byte strings, text strings, arrays and maps with text keys; every length and
//! integer in its shortest form, definite lengths only, map keys sorted by length then bytewise, no
//! duplicate keys. Decoding accepts exactly that and nothing else, so every value has one encoding
//! and hashing the bytes identifies the value.

/// A decoded CBOR value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    Uint(u64),
    Bytes(Vec<u8>),
    Text(String),
    Array(Vec<Value>),
    /// Entries in canonical key order.
    Map(Vec<(String, Value)>),
}

/// Why bytes are not canonical CBOR of the supported subset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CborError {
    /// The input ended early.
    #[error("truncated CBOR")]
    Truncated,
    /// Bytes follow the top-level value.
    #[error("trailing bytes after the CBOR value")]
    TrailingBytes,
    /// A major type or simple value outside the subset (negative ints, tags, floats, ...).
    #[error("unsupported CBOR item (major type {0})")]
    Unsupported(u8),
    /// An integer or length not in its shortest form, or an indefinite length.
    #[error("non-canonical CBOR length or integer")]
    NonCanonical,
    /// Map keys not sorted, duplicated, or not text.
    #[error("map keys are not canonical (sorted, unique, text)")]
    KeyOrder,
    /// Text that is not UTF-8.
    #[error("text is not UTF-8")]
    Utf8,
    /// Nested deeper than allowed.
    #[error("CBOR nested too deeply")]
    TooDeep,
    /// A length larger than the remaining input.
    #[error("CBOR length exceeds the input")]
    LengthTooLarge,
}

const MAX_DEPTH: usize = 8;

fn key_order(a: &str, b: &str) -> std::cmp::Ordering {
    a.len()
        .cmp(&b.len())
        .then_with(|| a.as_bytes().cmp(b.as_bytes()))
}

fn write_head(major: u8, value: u64, out: &mut Vec<u8>) {
    let m = major << 5;
    match value {
        0..=23 => out.push(m | value as u8),
        24..=0xff => out.extend_from_slice(&[m | 24, value as u8]),
        0x100..=0xffff => {
            out.push(m | 25);
            out.extend_from_slice(&(value as u16).to_be_bytes());
        }
        0x1_0000..=0xffff_ffff => {
            out.push(m | 26);
            out.extend_from_slice(&(value as u32).to_be_bytes());
        }
        _ => {
            out.push(m | 27);
            out.extend_from_slice(&value.to_be_bytes());
        }
    }
}

impl Value {
    /// Appends the canonical encoding; map entries are sorted here, whatever order they came in.
    pub(crate) fn encode(&self, out: &mut Vec<u8>) {
        match self {
            Self::Uint(v) => write_head(0, *v, out),
            Self::Bytes(b) => {
                write_head(2, b.len() as u64, out);
                out.extend_from_slice(b);
            }
            Self::Text(t) => {
                write_head(3, t.len() as u64, out);
                out.extend_from_slice(t.as_bytes());
            }
            Self::Array(items) => {
                write_head(4, items.len() as u64, out);
                for item in items {
                    item.encode(out);
                }
            }
            Self::Map(entries) => {
                let mut sorted: Vec<&(String, Value)> = entries.iter().collect();
                sorted.sort_by(|a, b| key_order(&a.0, &b.0));
                write_head(5, sorted.len() as u64, out);
                for (key, value) in sorted {
                    write_head(3, key.len() as u64, out);
                    out.extend_from_slice(key.as_bytes());
                    value.encode(out);
                }
            }
        }
    }

    /// Decodes exactly one canonical value filling all of `bytes`.
    pub(crate) fn decode(bytes: &[u8]) -> Result<Self, CborError> {
        let mut reader = Reader { bytes, pos: 0 };
        let value = reader.value(0)?;
        if reader.pos != bytes.len() {
            return Err(CborError::TrailingBytes);
        }
        Ok(value)
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], CborError> {
        let end = self.pos.checked_add(n).ok_or(CborError::LengthTooLarge)?;
        let slice = self.bytes.get(self.pos..end).ok_or(CborError::Truncated)?;
        self.pos = end;
        Ok(slice)
    }

    fn head(&mut self) -> Result<(u8, u64), CborError> {
        let first = *self.take(1)?.first().ok_or(CborError::Truncated)?;
        let (major, info) = (first >> 5, first & 0x1f);
        // Negative integers, tags, floats and simple values are outside the subset.
        if matches!(major, 1 | 6 | 7) {
            return Err(CborError::Unsupported(major));
        }
        let value = match info {
            0..=23 => u64::from(info),
            24 => {
                let v = u64::from(self.take(1)?[0]);
                if v < 24 {
                    return Err(CborError::NonCanonical);
                }
                v
            }
            25 => {
                let v = u64::from(u16::from_be_bytes([self.take(1)?[0], self.take(1)?[0]]));
                if v <= 0xff {
                    return Err(CborError::NonCanonical);
                }
                v
            }
            26 => {
                let b = self.take(4)?;
                let v = u64::from(u32::from_be_bytes([b[0], b[1], b[2], b[3]]));
                if v <= 0xffff {
                    return Err(CborError::NonCanonical);
                }
                v
            }
            27 => {
                let b = self.take(8)?;
                let v = u64::from_be_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
                if v <= 0xffff_ffff {
                    return Err(CborError::NonCanonical);
                }
                v
            }
            31 => return Err(CborError::NonCanonical),
            _ => return Err(CborError::Unsupported(major)),
        };
        Ok((major, value))
    }

    fn len(&mut self, value: u64) -> Result<usize, CborError> {
        let remaining = (self.bytes.len() - self.pos) as u64;
        if value > remaining {
            return Err(CborError::LengthTooLarge);
        }
        Ok(value as usize)
    }

    fn text(&mut self, len: u64) -> Result<String, CborError> {
        let len = self.len(len)?;
        String::from_utf8(self.take(len)?.to_vec()).map_err(|_| CborError::Utf8)
    }

    fn value(&mut self, depth: usize) -> Result<Value, CborError> {
        if depth > MAX_DEPTH {
            return Err(CborError::TooDeep);
        }
        let (major, arg) = self.head()?;
        match major {
            0 => Ok(Value::Uint(arg)),
            2 => {
                let len = self.len(arg)?;
                Ok(Value::Bytes(self.take(len)?.to_vec()))
            }
            3 => Ok(Value::Text(self.text(arg)?)),
            4 => {
                // Every item takes at least one byte, so `len` bounds the allocation.
                let len = self.len(arg)?;
                let mut items = Vec::with_capacity(len);
                for _ in 0..len {
                    items.push(self.value(depth + 1)?);
                }
                Ok(Value::Array(items))
            }
            5 => {
                let len = self.len(arg)?;
                let mut entries: Vec<(String, Value)> = Vec::with_capacity(len);
                for _ in 0..len {
                    let (key_major, key_len) = self.head()?;
                    if key_major != 3 {
                        return Err(CborError::KeyOrder);
                    }
                    let key = self.text(key_len)?;
                    if let Some((previous, _)) = entries.last()
                        && key_order(previous, &key) != std::cmp::Ordering::Less
                    {
                        return Err(CborError::KeyOrder);
                    }
                    let value = self.value(depth + 1)?;
                    entries.push((key, value));
                }
                Ok(Value::Map(entries))
            }
            other => Err(CborError::Unsupported(other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn enc(value: &Value) -> Vec<u8> {
        let mut out = Vec::new();
        value.encode(&mut out);
        out
    }

    #[test]
    fn known_encodings() {
        // RFC 8949 appendix A.
        assert_eq!(enc(&Value::Uint(0)), [0x00]);
        assert_eq!(enc(&Value::Uint(23)), [0x17]);
        assert_eq!(enc(&Value::Uint(24)), [0x18, 0x18]);
        assert_eq!(enc(&Value::Uint(1000)), [0x19, 0x03, 0xe8]);
        assert_eq!(
            enc(&Value::Uint(1_000_000_000_000)),
            hex::decode("1b000000e8d4a51000").expect("hex")
        );
        assert_eq!(
            enc(&Value::Text("IETF".into())),
            hex::decode("6449455446").expect("hex")
        );
        assert_eq!(
            enc(&Value::Bytes(vec![1, 2, 3, 4])),
            hex::decode("4401020304").expect("hex")
        );
        let map = Value::Map(vec![
            ("bb".into(), Value::Uint(2)),
            ("a".into(), Value::Uint(1)),
        ]);
        assert_eq!(enc(&map), hex::decode("a261610162626202").expect("hex"));
    }

    #[test]
    fn rejects_non_canonical_input() {
        assert_eq!(Value::decode(&[0x18, 0x17]), Err(CborError::NonCanonical));
        assert_eq!(
            Value::decode(&[0x19, 0x00, 0xff]),
            Err(CborError::NonCanonical)
        );
        assert_eq!(Value::decode(&[0x5f]), Err(CborError::NonCanonical));
        assert_eq!(Value::decode(&[0x20]), Err(CborError::Unsupported(1)));
        assert_eq!(Value::decode(&[0xc2, 0x40]), Err(CborError::Unsupported(6)));
        assert_eq!(Value::decode(&[0xf9, 0, 0]), Err(CborError::Unsupported(7)));
        assert_eq!(Value::decode(&[0x00, 0x00]), Err(CborError::TrailingBytes));
        assert_eq!(Value::decode(&[0x44, 1]), Err(CborError::LengthTooLarge));
        assert_eq!(Value::decode(&[]), Err(CborError::Truncated));
        // Unsorted and duplicate keys.
        assert_eq!(
            Value::decode(&hex::decode("a262626202616101").expect("hex")),
            Err(CborError::KeyOrder)
        );
        assert_eq!(
            Value::decode(&hex::decode("a261610161610102").expect("hex")),
            Err(CborError::KeyOrder)
        );
        // Non-text key.
        assert_eq!(Value::decode(&[0xa1, 0x01, 0x01]), Err(CborError::KeyOrder));
        assert_eq!(Value::decode(&[0x62, 0xff, 0xfe]), Err(CborError::Utf8));
        assert_eq!(Value::decode(&[0x81; 20]), Err(CborError::TooDeep));
        assert_eq!(
            Value::decode(&[0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
            Err(CborError::LengthTooLarge)
        );
    }

    fn arb_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            any::<u64>().prop_map(Value::Uint),
            proptest::collection::vec(any::<u8>(), 0..40).prop_map(Value::Bytes),
            "[a-z]{0,12}".prop_map(Value::Text),
        ];
        leaf.prop_recursive(3, 32, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::btree_map("[a-z]{1,6}", inner, 0..6).prop_map(|m| {
                    let mut entries: Vec<_> = m.into_iter().collect();
                    entries.sort_by(|a, b| key_order(&a.0, &b.0));
                    Value::Map(entries)
                }),
            ]
        })
    }

    proptest! {
        #[test]
        fn round_trips(value in arb_value()) {
            prop_assert_eq!(Value::decode(&enc(&value)), Ok(value));
        }

        #[test]
        fn garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            if let Ok(value) = Value::decode(&bytes) {
                // Whatever decodes re-encodes to the same bytes: one encoding per value.
                prop_assert_eq!(enc(&value), bytes);
            }
        }
    }
}
