pragma circom 2.1.0;

// Cell hash (docs/PROTOCOL.md, "Proof commitments"): a 2 KiB cell is 67 field elements e_0..e_66
// (31-byte little-endian chunks; the element rule itself lives with the prover and the JS reference,
// the circuit only sees the elements). The hash is a chain of six 12-input Poseidon calls:
//   h = P(e_0, ..., e_11);  for k = 0..4: h = P(h, e_{12 + 11k}, ..., e_{22 + 11k}).
// The elements are not range-checked (< 2^248): a different preimage of the committed leaf would be a
// Poseidon collision, whatever the element sizes.
include "poseidon_lean.circom";

template CellHash() {
    signal input elements[67];
    signal output out;

    component chain[6];
    chain[0] = PoseidonLean(12);
    for (var i = 0; i < 12; i++) {
        chain[0].inputs[i] <== elements[i];
    }
    for (var k = 0; k < 5; k++) {
        chain[k + 1] = PoseidonLean(12);
        chain[k + 1].inputs[0] <== chain[k].out;
        for (var i = 0; i < 11; i++) {
            chain[k + 1].inputs[i + 1] <== elements[12 + 11 * k + i];
        }
    }
    out <== chain[5].out;
}
