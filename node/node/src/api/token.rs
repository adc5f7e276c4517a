//! The API token (like bitcoind's cookie): 32 random bytes as hex in `<data dir>/api.token`,
//! made on the node's first start (readable by its owner only) and read from there by the CLI.
//! Every request must carry it as `Authorization: Bearer <token>` when the API listens beyond
//! loopback, and when `--api-require-token` asks for it on loopback too.

use std::{io, path::Path};

/// The token file's name in the data directory.
pub const TOKEN_FILE: &str = "api.token";

/// The token in `data_dir`, made if there is none.
pub fn load_or_create(data_dir: &Path) -> io::Result<String> {
    let path = data_dir.join(TOKEN_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) if is_token(text.trim()) => return Ok(text.trim().to_owned()),
        Ok(_) => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "{} does not hold an API token (64 hex digits): delete it to make a new one",
                    path.display()
                ),
            ));
        }
        Err(err) if err.kind() == io::ErrorKind::NotFound => {}
        Err(err) => return Err(err),
    }
    std::fs::create_dir_all(data_dir)?;
    let token = hex::encode(rand::random::<[u8; 32]>());
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    use std::io::Write;
    let mut file = options.open(&path)?;
    file.write_all(token.as_bytes())?;
    file.sync_all()?;
    Ok(token)
}

fn is_token(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether `given` is `token`, in time independent of where they differ.
pub(crate) fn matches(token: &str, given: &str) -> bool {
    token.len() == given.len()
        && token
            .bytes()
            .zip(given.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_made_once_kept_private_and_compared_whole() {
        let dir = tempfile::tempdir().expect("tempdir");
        let token = load_or_create(dir.path()).expect("made");
        assert!(is_token(&token));
        assert_eq!(load_or_create(dir.path()).expect("read"), token, "kept");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(TOKEN_FILE))
                .expect("metadata")
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "readable by its owner only: {mode:o}");
        }
        assert!(matches(&token, &token));
        assert!(!matches(&token, &token[1..]));
        let mut other = token.clone().into_bytes();
        other[63] = if other[63] == b'0' { b'1' } else { b'0' };
        assert!(!matches(&token, std::str::from_utf8(&other).expect("utf8")));
        std::fs::write(dir.path().join(TOKEN_FILE), "not a token").expect("write");
        assert!(
            load_or_create(dir.path()).is_err(),
            "a damaged file is not replaced silently"
        );
    }
}
