//! Unsigned LEB128 varints as multiformats uses them: minimal encoding, at most 9 bytes.

/// The longest varint multiformats allows (63 bits of payload).
const MAX_LEN: usize = 9;

/// Why a varint could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum VarintError {
    /// The input ended inside the varint.
    #[error("truncated varint")]
    Truncated,
    /// The varint is longer than 9 bytes.
    #[error("varint longer than 9 bytes")]
    Overlong,
    /// The varint has a redundant trailing zero byte (not minimally encoded).
    #[error("varint is not minimally encoded")]
    NotMinimal,
}

/// Appends `value` as a varint to `out`.
pub(crate) fn encode(mut value: u64, out: &mut Vec<u8>) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Reads one varint from the front of `input`; returns it and the rest of the input.
pub(crate) fn decode(input: &[u8]) -> Result<(u64, &[u8]), VarintError> {
    let mut value: u64 = 0;
    for (i, &byte) in input.iter().enumerate() {
        if i == MAX_LEN {
            return Err(VarintError::Overlong);
        }
        value |= u64::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            if byte == 0 && i > 0 {
                return Err(VarintError::NotMinimal);
            }
            return Ok((value, &input[i + 1..]));
        }
    }
    if input.len() >= MAX_LEN {
        Err(VarintError::Overlong)
    } else {
        Err(VarintError::Truncated)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_encodings() {
        let cases: [(u64, &[u8]); 5] = [
            (0, &[0]),
            (1, &[1]),
            (127, &[0x7f]),
            (128, &[0x80, 0x01]),
            (300, &[0xac, 0x02]),
        ];
        for (value, bytes) in cases {
            let mut out = Vec::new();
            encode(value, &mut out);
            assert_eq!(out, bytes);
            assert_eq!(decode(bytes), Ok((value, &[][..])));
        }
    }

    #[test]
    fn rejects_bad_varints() {
        assert_eq!(decode(&[]), Err(VarintError::Truncated));
        assert_eq!(decode(&[0x80]), Err(VarintError::Truncated));
        assert_eq!(decode(&[0x81, 0x00]), Err(VarintError::NotMinimal));
        assert_eq!(decode(&[0xff; 10]), Err(VarintError::Overlong));
    }

    proptest! {
        #[test]
        fn round_trips(value in 0u64..(1 << 63)) {
            let mut out = Vec::new();
            encode(value, &mut out);
            prop_assert_eq!(decode(&out), Ok((value, &[][..])));
        }

        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..16)) {
            let _ = decode(&bytes);
        }
    }
}
