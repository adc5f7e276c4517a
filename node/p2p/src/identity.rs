//! The node's persistent identity: an ed25519 key in `<data dir>/node.key` (protobuf encoding,
//! created with mode 0600 on first start).

use std::{io::Write, path::Path};

use libp2p::identity::Keypair;

use crate::NetworkError;

/// Loads the key in `path`, or creates and stores a new one.
pub fn load_or_create(path: &Path) -> Result<Keypair, NetworkError> {
    let bad = |reason: String| NetworkError::Key {
        path: path.to_path_buf(),
        reason,
    };
    if path.exists() {
        let bytes = std::fs::read(path).map_err(|e| bad(e.to_string()))?;
        return Keypair::from_protobuf_encoding(&bytes)
            .map_err(|e| bad(format!("not a libp2p key: {e}")));
    }
    let keypair = Keypair::generate_ed25519();
    let bytes = keypair
        .to_protobuf_encoding()
        .map_err(|e| bad(e.to_string()))?;
    let partial = path.with_extension("tmp");
    {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&partial).map_err(|e| bad(e.to_string()))?;
        file.write_all(&bytes).map_err(|e| bad(e.to_string()))?;
        file.sync_all().map_err(|e| bad(e.to_string()))?;
    }
    std::fs::rename(&partial, path).map_err(|e| bad(e.to_string()))?;
    Ok(keypair)
}
