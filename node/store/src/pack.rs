//! Pack files: blocks appended back to back, addressed by (pack name, offset).

use std::{
    fs::{self, File, OpenOptions},
    io::{self, Write},
    os::unix::fs::FileExt,
    path::{Path, PathBuf},
};

use cairn_primitives::BLOCK_SIZE;
use rand::RngCore;

/// Sub-folder of finished pack files.
pub(crate) const PACKS_DIR: &str = "packs";
/// Sub-folder of packs being written.
pub(crate) const TMP_DIR: &str = "tmp";
const EXTENSION: &str = "pack";

/// A fresh random pack name (128 bits, hex).
pub(crate) fn new_name() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Path of finished pack `name`.
pub(crate) fn path(root: &Path, name: &str) -> PathBuf {
    root.join(PACKS_DIR).join(format!("{name}.{EXTENSION}"))
}

/// Name of a finished pack file, if `file_name` is one.
pub(crate) fn name_of(file_name: &str) -> Option<&str> {
    file_name
        .strip_suffix(".pack")
        .filter(|name| name.len() == 32 && name.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// A pack being written in `tmp/`.
#[derive(Debug)]
pub(crate) struct PackWriter {
    pub(crate) name: String,
    tmp_path: PathBuf,
    file: io::BufWriter<File>,
    pub(crate) len: u64,
}

impl PackWriter {
    pub(crate) fn create(root: &Path) -> io::Result<Self> {
        let name = new_name();
        let tmp_path = root.join(TMP_DIR).join(format!("{name}.{EXTENSION}"));
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp_path)?;
        Ok(Self {
            name,
            tmp_path,
            file: io::BufWriter::with_capacity(4 * BLOCK_SIZE, file),
            len: 0,
        })
    }

    /// Appends a block; returns its offset.
    pub(crate) fn append(&mut self, block: &[u8]) -> io::Result<u64> {
        let offset = self.len;
        self.file.write_all(block)?;
        self.len += block.len() as u64;
        Ok(offset)
    }

    /// Makes the pack durable and moves it to `packs/`. Until the database records it, a crash
    /// leaves an orphan that [`crate::Store::open`] removes.
    pub(crate) fn finish(mut self, root: &Path) -> io::Result<()> {
        self.file.flush()?;
        self.file.get_ref().sync_all()?;
        let final_path = path(root, &self.name);
        fs::rename(&self.tmp_path, &final_path)?;
        File::open(root.join(PACKS_DIR))?.sync_all()?;
        Ok(())
    }

    /// Deletes the temporary file.
    pub(crate) fn discard(self) {
        drop(self.file);
        if let Err(err) = fs::remove_file(&self.tmp_path) {
            tracing::warn!(path = %self.tmp_path.display(), %err, "could not remove an abandoned upload");
        }
    }
}

/// Reads one block from a pack file.
pub(crate) fn read_block(file: &File, offset: u64, out: &mut [u8]) -> io::Result<()> {
    file.read_exact_at(out, offset)
}
