//! Dataset manifests as peers send them: decoding never panics, and what decodes is canonical
//! (it encodes back to the same bytes and decodes to the same manifest).
#![no_main]

use cairn_primitives::Manifest;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(manifest) = Manifest::decode(data) {
        let encoded = manifest.encode();
        let again = Manifest::decode(&encoded).expect("a decoded manifest encodes validly");
        assert_eq!(again, manifest);
        assert_eq!(encoded, data, "only the canonical encoding decodes");
    }
});
