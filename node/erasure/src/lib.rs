//! cairn-erasure (being written)
