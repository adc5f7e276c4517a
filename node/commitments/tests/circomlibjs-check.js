#!/usr/bin/env node
// Recomputes every value of testdata/vectors/commitments.json (or the file given as the first
// argument) with circomlibjs's Poseidon and an independent implementation of the rules in
// docs/PROTOCOL.md, "Proof commitments". Exits non-zero on any mismatch.
//
//   node node/commitments/tests/circomlibjs-check.js [path/to/commitments.json]
"use strict";

const fs = require("fs");
const path = require("path");
const { buildPoseidon } = require("circomlibjs");

const CELL_SIZE = 2048;
const BLOCK_SIZE = 65536;
const MASK64 = (1n << 64n) - 1n;

// cairn_primitives::testing::pseudo_random_bytes (xorshift64).
function pseudoRandomBytes(len, seed) {
  const out = Buffer.alloc(len);
  let state = 0x9e3779b97f4a7c15n ^ ((BigInt(seed) * 0x1000000001b3n) & MASK64);
  for (let off = 0; off < len; off += 8) {
    state ^= (state << 13n) & MASK64;
    state ^= state >> 7n;
    state ^= (state << 17n) & MASK64;
    const word = Buffer.alloc(8);
    word.writeBigUInt64LE(state);
    word.copy(out, off, 0, Math.min(8, len - off));
  }
  return out;
}

// Element i of a cell: bytes [31 i, 31 i + 31) as a little-endian integer.
function cellElements(cell) {
  const out = [];
  for (let i = 0; i < cell.length; i += 31) {
    let x = 0n;
    const chunk = cell.subarray(i, Math.min(i + 31, cell.length));
    for (let k = chunk.length - 1; k >= 0; k--) x = (x << 8n) | BigInt(chunk[k]);
    out.push(x);
  }
  return out;
}

async function main() {
  const file =
    process.argv[2] || path.join(__dirname, "../../../testdata/vectors/commitments.json");
  const v = JSON.parse(fs.readFileSync(file, "utf8"));
  const poseidon = await buildPoseidon();
  const F = poseidon.F;
  const P = (inputs) => {
    if (inputs.length < 1 || inputs.length > 12) throw new Error(`arity ${inputs.length}`);
    return F.toObject(poseidon(inputs.map((x) => BigInt(x))));
  };

  let checks = 0;
  let failures = 0;
  const eq = (what, got, want) => {
    checks++;
    if (String(got) !== String(want)) {
      failures++;
      console.log(`MISMATCH ${what}: circomlibjs ${got}, vectors ${want}`);
    }
  };

  const cellHash = (cell) => {
    const e = cellElements(cell);
    let h = P(e.slice(0, 12));
    for (let k = 0; k < 5; k++) h = P([h, ...e.slice(12 + 11 * k, 23 + 11 * k)]);
    return h;
  };
  const zeroLeaf = cellHash(Buffer.alloc(CELL_SIZE));

  // Returns the levels of a binary tree over `leaves` (a power of two), inner node P(l, r).
  const levelsOf = (leaves) => {
    const levels = [leaves];
    while (levels[levels.length - 1].length > 1) {
      const below = levels[levels.length - 1];
      const level = [];
      for (let i = 0; i < below.length; i += 2) level.push(P([below[i], below[i + 1]]));
      levels.push(level);
    }
    return levels;
  };
  const pathOf = (levels, index) =>
    levels.slice(0, -1).map((level, k) => level[Number(BigInt(index) >> BigInt(k)) ^ 1]);
  const slotLevels = (seeds) => {
    const leaves = [];
    for (const seed of seeds) {
      const block = pseudoRandomBytes(BLOCK_SIZE, seed);
      for (let c = 0; c < BLOCK_SIZE / CELL_SIZE; c++)
        leaves.push(cellHash(block.subarray(c * CELL_SIZE, (c + 1) * CELL_SIZE)));
    }
    let size = 32;
    while (size < leaves.length) size *= 2;
    while (leaves.length < size) leaves.push(zeroLeaf);
    return levelsOf(leaves);
  };
  const checkPaths = (what, levels, paths) => {
    for (const p of paths) {
      eq(`${what} leaf ${p.index}`, levels[0][p.index], p.leaf);
      const want = pathOf(levels, p.index);
      eq(`${what} path ${p.index} length`, want.length, p.siblings.length);
      want.forEach((s, k) => eq(`${what} path ${p.index} sibling ${k}`, s, p.siblings[k]));
    }
  };

  eq("cellSize", v.cellSize, CELL_SIZE);
  eq("blockSize", v.blockSize, BLOCK_SIZE);
  eq("poseidon([1,2]) reference", P([1, 2]),
    "7853200120776062878684798364095072458815029376092732009249414926327459813530");
  for (const p of v.poseidon) eq(`poseidon(${p.inputs.length} inputs)`, P(p.inputs), p.output);

  v.cells.forEach((c, n) => {
    const cell = Buffer.from(c.bytesHex, "hex");
    eq(`cell ${n} length`, cell.length, CELL_SIZE);
    if (c.seed !== null) eq(`cell ${n} bytes from seed`, pseudoRandomBytes(CELL_SIZE, c.seed).toString("hex"), c.bytesHex);
    const e = cellElements(cell);
    eq(`cell ${n} element count`, e.length, c.elements.length);
    e.forEach((x, i) => eq(`cell ${n} element ${i}`, x, c.elements[i]));
    eq(`cell ${n} hash`, cellHash(cell), c.hash);
  });
  eq("zeroLeaf", zeroLeaf, v.zeroLeaf);

  for (const t of v.slotTrees) {
    const what = `slot tree (${t.blocks} blocks)`;
    eq(`${what} seeds`, t.blockSeeds.length, t.blocks);
    const levels = slotLevels(t.blockSeeds);
    eq(`${what} depth`, levels.length - 1, t.depth);
    eq(`${what} leaf count`, levels[0].length, t.leaves.length);
    levels[0].forEach((l, i) => eq(`${what} leaf ${i}`, l, t.leaves[i]));
    eq(`${what} root`, levels[levels.length - 1][0], t.root);
    checkPaths(what, levels, t.paths);
  }

  const vt = v.verifyTree;
  const roots = vt.slotBlockSeeds.map((seed) => {
    const levels = slotLevels([seed]);
    return levels[levels.length - 1][0];
  });
  roots.forEach((r, i) => eq(`verify tree slot root ${i}`, r, vt.slotRoots[i]));
  const leaves = roots.slice();
  while (leaves.length < 2 ** vt.slotsDepth) leaves.push(0n);
  const vLevels = levelsOf(leaves);
  eq("verify tree root", vLevels[vLevels.length - 1][0], vt.root);
  checkPaths("verify tree", vLevels, vt.paths);

  for (const set of v.samples) {
    for (const s of set.samples) {
      const h = P([set.entropy, set.slotRoot, s.j]);
      eq(`sample ${s.j} hash (depth ${set.depth})`, h, s.hash);
      eq(`sample ${s.j} index (depth ${set.depth})`, h & ((1n << BigInt(set.depth)) - 1n), s.index);
    }
  }

  console.log(`circomlibjs check of ${file}: ${checks - failures} passed, ${failures} failed`);
  process.exit(failures === 0 && checks > 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
