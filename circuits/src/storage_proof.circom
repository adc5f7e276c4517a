pragma circom 2.1.0;

// Storage proof (docs/DESIGN.md §5, rules in docs/PROTOCOL.md "Proof commitments"): the prover knows
// a slot root that sits at position slotIndex of the dataset's verification tree (root verifyRoot),
// and, for each of SAMPLES cells of that slot chosen by the challenge entropy, the cell's 67 elements
// and their Merkle path to the slot root.
//
// Public inputs, in this order: entropy, verifyRoot, slotIndex.
// Private inputs:
//   slotRoot                             the slot tree's root
//   slotPath[SLOTS_DEPTH]                siblings from the slot root up to verifyRoot; the direction
//                                        at level i is bit i of slotIndex (0 = our node is the left child)
//   slotDepth                            d = depth of the slot tree, 5 <= d <= MAX_SLOT_DEPTH
//   cellData[SAMPLES][67]                the field elements of each sampled cell
//   cellPaths[SAMPLES][MAX_SLOT_DEPTH]   siblings from the leaf upwards; levels >= d are ignored
//                                        (the prover sets them to 0)
include "bitify.circom";
include "cell_hash.circom";
include "depth.circom";
include "merkle.circom";
include "sample_index.circom";

template StorageProof(SAMPLES, MAX_SLOT_DEPTH, SLOTS_DEPTH) {
    // Smallest slot tree: one 64 KiB block = 32 cells.
    var MIN_SLOT_DEPTH = 5;
    var CELL_ELEMENTS = 67;

    assert(SAMPLES >= 1);
    assert(MAX_SLOT_DEPTH >= MIN_SLOT_DEPTH);
    assert(MAX_SLOT_DEPTH <= 254);
    assert(SLOTS_DEPTH >= 1);
    assert(SLOTS_DEPTH <= 253);

    // Public inputs first: circom numbers the public signals in declaration order.
    signal input entropy;
    signal input verifyRoot;
    signal input slotIndex;

    signal input slotRoot;
    signal input slotPath[SLOTS_DEPTH];
    signal input slotDepth;
    signal input cellData[SAMPLES][CELL_ELEMENTS];
    signal input cellPaths[SAMPLES][MAX_SLOT_DEPTH];

    // The slot root is leaf slotIndex (< 2^SLOTS_DEPTH) of the verification tree.
    component slotBits = Num2Bits(SLOTS_DEPTH);
    slotBits.in <== slotIndex;
    component verifyPath = MerkleRootFixed(SLOTS_DEPTH);
    verifyPath.leaf <== slotRoot;
    verifyPath.bits <== slotBits.out;
    verifyPath.siblings <== slotPath;
    verifyPath.root === verifyRoot;

    // 5 <= slotDepth <= MAX_SLOT_DEPTH, as the level mask shared by every sample.
    component depth = DepthThermometer(MIN_SLOT_DEPTH, MAX_SLOT_DEPTH);
    depth.depth <== slotDepth;

    component index[SAMPLES];
    component cell[SAMPLES];
    component cellPath[SAMPLES];
    for (var j = 0; j < SAMPLES; j++) {
        index[j] = SampleIndex(MAX_SLOT_DEPTH);
        index[j].entropy <== entropy;
        index[j].slotRoot <== slotRoot;
        index[j].sample <== j;
        index[j].active <== depth.active;

        cell[j] = CellHash();
        cell[j].elements <== cellData[j];

        cellPath[j] = MerkleRootVariable(MAX_SLOT_DEPTH);
        cellPath[j].leaf <== cell[j].out;
        cellPath[j].bits <== index[j].bits;
        cellPath[j].siblings <== cellPaths[j];
        cellPath[j].active <== depth.active;
        cellPath[j].root === slotRoot;
    }
}
