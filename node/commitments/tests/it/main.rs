//! Integration tests of cairn-commitments (one test binary): the fixed vectors in
//! `testdata/vectors/commitments.json` and their cross-check against circomlibjs.

mod circomlibjs;
mod vectors;
