//! Pack files: blocks appended back to back, addressed by (pack name, offset).

use std::{
    fs::{self, File, OpenOptions},
    io::{self, Write},
    os::unix::fs::FileExt,
    path::{Path, PathBuf},
};

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

/// Written bytes after which the kernel is asked to start writing them back (so the fsync at
/// the end finds little left to do and writeback overlaps with receiving).
const WRITEBACK_CHUNK: u64 = 8 << 20;

/// A pack being written in `tmp/`. Blocks are written straight to the file (64 KiB writes: no
/// user-space buffer, no extra copy).
#[derive(Debug)]
pub(crate) struct PackWriter {
    pub(crate) name: String,
    tmp_path: PathBuf,
    file: File,
    pub(crate) len: u64,
    /// Bytes before this offset have had writeback started.
    writeback_from: u64,
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
            file,
            len: 0,
            writeback_from: 0,
        })
    }

    /// Appends a block; returns its offset.
    pub(crate) fn append(&mut self, block: &[u8]) -> io::Result<u64> {
        let offset = self.len;
        self.file.write_all(block)?;
        self.len += block.len() as u64;
        if self.len - self.writeback_from >= WRITEBACK_CHUNK {
            start_writeback(
                &self.file,
                self.writeback_from,
                self.len - self.writeback_from,
            );
            self.writeback_from = self.len;
        }
        Ok(offset)
    }

    /// Makes the pack durable and moves it to `packs/`. Until the database records it, a crash
    /// leaves an orphan that [`crate::Store::open`] removes.
    pub(crate) fn finish(mut self, root: &Path) -> io::Result<()> {
        self.file.flush()?;
        self.file.sync_all()?;
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
/// Asks the kernel to start writing `len` bytes at `offset` back to disk, without waiting: the
/// later fsync still makes them durable. A hint only; errors are ignored (fsync reports them).
#[cfg(target_os = "linux")]
fn start_writeback(file: &File, offset: u64, len: u64) {
    use std::os::fd::AsRawFd;
    // SAFETY: sync_file_range only reads its integer arguments; the descriptor is open for the
    // lifetime of `file`.
    unsafe {
        libc::sync_file_range(
            file.as_raw_fd(),
            offset as libc::off64_t,
            len as libc::off64_t,
            libc::SYNC_FILE_RANGE_WRITE,
        );
    }
}

#[cfg(not(target_os = "linux"))]
fn start_writeback(_file: &File, _offset: u64, _len: u64) {}

pub(crate) fn read_block(file: &File, offset: u64, out: &mut [u8]) -> io::Result<()> {
    file.read_exact_at(out, offset)
}
