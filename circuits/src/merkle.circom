pragma circom 2.1.0;

// Binary Poseidon(2) Merkle paths (docs/PROTOCOL.md: inner node = P(left, right)).
// Path bits must be 0/1 (the callers take them from Num2Bits); bit 0 means the running node is the
// left child at that level.
include "poseidon_lean.circom";

// One level: P(node, sibling) if bit = 0, P(sibling, node) if bit = 1.
template MerkleLevel() {
    signal input node;
    signal input sibling;
    signal input bit;
    signal output parent;

    signal swap <== bit * (sibling - node);
    component hash = PoseidonLean(2);
    hash.inputs[0] <== node + swap;
    hash.inputs[1] <== sibling - swap;
    parent <== hash.out;
}

// Path of fixed depth DEPTH: siblings[i] and bits[i] belong to level i (0 = the leaf's level).
template MerkleRootFixed(DEPTH) {
    signal input leaf;
    signal input bits[DEPTH];
    signal input siblings[DEPTH];
    signal output root;

    signal nodes[DEPTH + 1];
    component levels[DEPTH];
    nodes[0] <== leaf;
    for (var i = 0; i < DEPTH; i++) {
        levels[i] = MerkleLevel();
        levels[i].node <== nodes[i];
        levels[i].sibling <== siblings[i];
        levels[i].bit <== bits[i];
        nodes[i + 1] <== levels[i].parent;
    }
    root <== nodes[DEPTH];
}

// Path of variable depth d <= MAX_DEPTH, given as the thermometer active[i] = (i < d) (depth.circom):
// levels i < d hash as above, levels i >= d pass the node through unchanged (their siblings and bits
// are ignored), so root is the node at level d. Every level still pays for its Poseidon(2).
template MerkleRootVariable(MAX_DEPTH) {
    signal input leaf;
    signal input bits[MAX_DEPTH];
    signal input siblings[MAX_DEPTH];
    signal input active[MAX_DEPTH];
    signal output root;

    signal nodes[MAX_DEPTH + 1];
    component levels[MAX_DEPTH];
    nodes[0] <== leaf;
    for (var i = 0; i < MAX_DEPTH; i++) {
        levels[i] = MerkleLevel();
        levels[i].node <== nodes[i];
        levels[i].sibling <== siblings[i];
        levels[i].bit <== bits[i];
        nodes[i + 1] <== nodes[i] + active[i] * (levels[i].parent - nodes[i]);
    }
    root <== nodes[MAX_DEPTH];
}
