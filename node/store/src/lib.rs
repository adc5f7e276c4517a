//! cairn-store (being written)
