// JS reference of docs/PROTOCOL.md "Proof commitments (Poseidon over BN254)", with circomlibjs's
// Poseidon (identical to circomlib's, and to light-poseidon `new_circom` in Rust). Used by the witness
// tests to build circuit inputs; every value is a BigInt.
//
//   const ref = await require('./reference').build();
//   ref.cellElements(cell)          67 elements of a 2,048-byte cell
//   ref.cellHash(elements)          the 6-call Poseidon(12) chain
//   ref.zeroLeaf                    cell hash of an all-zero cell
//   ref.slotTree(cells)             slot tree over cells (Buffers, or null for an all-zero cell)
//   ref.verifyTree(slotRoots, slotsDepth)
//   ref.sampleIndex(entropy, slotRoot, j, depth)
//   ref.proofInputs({...})          the circuit's input object for one storage proof
'use strict';
const { buildPoseidon } = require('circomlibjs');

const CELL_BYTES = 2048;
const BLOCK_CELLS = 32;
const ELEMENT_BYTES = 31;
const CELL_ELEMENTS = 67; // ceil(2048 / 31)
const MIN_SLOT_DEPTH = 5; // at least one block (32 cells)

// Element i of a cell: bytes [31 i, 31 i + 31) as a little-endian integer (the last one has 2 bytes).
function cellElements(cell) {
  if (cell.length !== CELL_BYTES) throw new Error(`cell of ${cell.length} bytes, expected ${CELL_BYTES}`);
  const out = [];
  for (let i = 0; i < CELL_ELEMENTS; i++) {
    const chunk = cell.subarray(ELEMENT_BYTES * i, Math.min(ELEMENT_BYTES * (i + 1), CELL_BYTES));
    let x = 0n;
    for (let b = chunk.length - 1; b >= 0; b--) x = (x << 8n) | BigInt(chunk[b]);
    out.push(x);
  }
  return out;
}

async function build() {
  const poseidon = await buildPoseidon();
  const F = poseidon.F;
  const P = (inputs) => {
    if (inputs.length > 12) throw new Error('Poseidon call with more than 12 inputs');
    return F.toObject(poseidon(inputs));
  };
  // Poseidon(2) with a memo: padded trees hash the same pairs over and over.
  const memo = new Map();
  const P2 = (l, r) => {
    const key = `${l},${r}`;
    let h = memo.get(key);
    if (h === undefined) {
      h = P([l, r]);
      if (memo.size > 1 << 20) memo.clear();
      memo.set(key, h);
    }
    return h;
  };

  // h = P(e_0..e_11); then for k = 0..4: h = P(h, e_{12+11k}..e_{22+11k}).
  function cellHash(elements) {
    if (elements.length !== CELL_ELEMENTS) throw new Error(`${elements.length} elements, expected ${CELL_ELEMENTS}`);
    let h = P(elements.slice(0, 12));
    for (let k = 0; k < 5; k++) h = P([h, ...elements.slice(12 + 11 * k, 23 + 11 * k)]);
    return h;
  }
  const zeroCell = Buffer.alloc(CELL_BYTES);
  const zeroLeaf = cellHash(cellElements(zeroCell));

  // Binary Merkle tree of the given depth over `leaves`, padded with `pad` leaves to 2^depth.
  // levels[k][i] is node i of level k (level 0 = leaves, level depth = [root]).
  function merkleTree(leaves, depth, pad) {
    if (leaves.length > 2 ** depth) throw new Error(`${leaves.length} leaves do not fit depth ${depth}`);
    const levels = [leaves.slice()];
    while (levels[0].length < 2 ** depth) levels[0].push(pad);
    for (let k = 0; k < depth; k++) {
      const below = levels[k];
      const level = [];
      for (let i = 0; i < below.length; i += 2) level.push(P2(below[i], below[i + 1]));
      levels.push(level);
    }
    return {
      depth,
      levels,
      root: levels[depth][0],
      // Siblings from the leaf upwards.
      path: (index) => levels.slice(0, depth).map((level, k) => level[Math.floor(index / 2 ** k) ^ 1]),
    };
  }

  // Slot tree: leaf 32 row + c = cell hash of cell c of the slot's block row; padded with the zero
  // leaf to the next power of two, at least 32 leaves. `cells[i]` is a 2,048-byte Buffer, or null for
  // an all-zero cell (so that large, mostly-empty slots stay cheap to build).
  function slotTree(cells) {
    if (cells.length === 0) throw new Error('empty slot');
    let depth = MIN_SLOT_DEPTH;
    while (2 ** depth < cells.length) depth++;
    const leaves = cells.map((c) => (c === null ? zeroLeaf : cellHash(cellElements(c))));
    const tree = merkleTree(leaves, depth, zeroLeaf);
    // Cell i's bytes (all-zero for nulls and padding).
    tree.cell = (i) => (i < cells.length && cells[i] !== null ? cells[i] : zeroCell);
    return tree;
  }

  // Verification tree: fixed depth slotsDepth over the slot roots, padded with the field element 0.
  function verifyTree(slotRoots, slotsDepth) {
    return merkleTree(slotRoots, slotsDepth, 0n);
  }

  // Sample j's cell index: the low `depth` bits of P(entropy, slotRoot, j).
  function sampleIndex(entropy, slotRoot, j, depth) {
    return Number(P([entropy, slotRoot, BigInt(j)]) & ((1n << BigInt(depth)) - 1n));
  }

  // Circuit inputs for a storage proof of slot `slotIndex` (its tree: `slot`) of a dataset whose
  // verification tree is `verify`, for the parameter set `params` (circuits/circuits.json).
  function proofInputs({ params, entropy, verify, slotIndex, slot }) {
    const { samples, maxSlotDepth, slotsDepth } = params;
    if (verify.depth !== slotsDepth) throw new Error('verification tree depth != slotsDepth');
    if (slot.depth > maxSlotDepth) throw new Error(`slot depth ${slot.depth} > maxSlotDepth ${maxSlotDepth}`);
    const indices = [];
    const cellData = [];
    const cellPaths = [];
    for (let j = 0; j < samples; j++) {
      const index = sampleIndex(entropy, slot.root, j, slot.depth);
      indices.push(index);
      cellData.push(cellElements(slot.cell(index)));
      const path = slot.path(index);
      while (path.length < maxSlotDepth) path.push(0n);
      cellPaths.push(path);
    }
    return {
      indices,
      input: {
        entropy,
        verifyRoot: verify.root,
        slotIndex: BigInt(slotIndex),
        slotRoot: slot.root,
        slotPath: verify.path(slotIndex),
        slotDepth: BigInt(slot.depth),
        cellData,
        cellPaths,
      },
    };
  }

  return { P, cellHash, zeroLeaf, merkleTree, slotTree, verifyTree, sampleIndex, proofInputs, F };
}

module.exports = { build, cellElements, CELL_BYTES, BLOCK_CELLS, CELL_ELEMENTS, MIN_SLOT_DEPTH };
