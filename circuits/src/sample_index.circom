pragma circom 2.1.0;

// Sampled cell index (docs/PROTOCOL.md, "Sampled cells"): sample j's cell index is the low d bits of
// P(entropy, slotRoot, j). The hash is decomposed into all 254 bits with the alias check
// (Num2Bits_strict: the bits are the canonical representative < r, not hash + r), then the low
// MAX_DEPTH bits are masked with the depth thermometer active[i] = (i < d), so bits at levels >= d
// are 0 and index = sum of bits[i] 2^i is exactly the low d bits.
include "poseidon_lean.circom";
include "bitify.circom";

template SampleIndex(MAX_DEPTH) {
    signal input entropy;
    signal input slotRoot;
    signal input sample;
    signal input active[MAX_DEPTH];
    signal output bits[MAX_DEPTH];
    signal output index;

    assert(MAX_DEPTH <= 254);

    component hash = PoseidonLean(3);
    hash.inputs[0] <== entropy;
    hash.inputs[1] <== slotRoot;
    hash.inputs[2] <== sample;

    component n2b = Num2Bits_strict();
    n2b.in <== hash.out;

    var sum = 0;
    for (var i = 0; i < MAX_DEPTH; i++) {
        bits[i] <== n2b.out[i] * active[i];
        sum += bits[i] * (1 << i);
    }
    index <== sum;
}
