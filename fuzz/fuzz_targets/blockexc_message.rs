//! Block-exchange frames (`/cairn/blockexc/1`) from peers: decoding never panics or allocates
//! past the frame's bounds, and what decodes encodes back to a frame that decodes the same.
#![no_main]

use bytes::Bytes;
use cairn_p2p::blockexc::Message;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(message) = Message::decode(Bytes::copy_from_slice(data)) {
        let again = Message::decode(Bytes::from(message.encode()))
            .expect("a decoded message encodes validly");
        assert_eq!(format!("{again:?}"), format!("{message:?}"));
    }
});
