//! Storage manifests (a request's content): decoding never panics, and what decodes encodes back
//! to a storage manifest equal to it.
#![no_main]

use cairn_primitives::StorageManifest;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(manifest) = StorageManifest::decode(data) {
        let again = StorageManifest::decode(&manifest.encode())
            .expect("a decoded storage manifest encodes validly");
        assert_eq!(again, manifest);
    }
});
