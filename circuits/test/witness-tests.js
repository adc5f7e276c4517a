#!/usr/bin/env node
// Witness tests of the storage-proof circuit for the "test" parameter set (circuits/circuits.json).
//
//   node circuits/test/witness-tests.js [set]      (SEED=<text> to change the random data)
//
// Compiles the set (cached by source hash, circuits/compile.js), builds slots and a dataset with the
// JS reference of docs/PROTOCOL.md (reference.js), and computes witnesses with the circuit's own
// witness_calculator.js: the honest input must pass (and, once, satisfy every R1CS constraint per
// snarkjs wtns check), and every tampered input must fail a constraint ("Assert Failed").
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { compile } = require('../compile');
const { build, cellElements, CELL_BYTES, BLOCK_CELLS, MIN_SLOT_DEPTH } = require('./reference');

const R = 21888242871839275222246405745257275088548364400416224852749480583038010065617n;

// Deterministic random bytes: sha256(seed || counter) blocks.
function rng(seed) {
  let counter = 0;
  return (n) => {
    const out = [];
    let len = 0;
    while (len < n) {
      const b = crypto.createHash('sha256').update(`${seed}/${counter++}`).digest();
      out.push(b);
      len += b.length;
    }
    return Buffer.concat(out).subarray(0, n);
  };
}

// The Rust side's vectors (testdata/vectors/commitments.json, written and committed by
// node/commitments): the JS reference must agree with them value for value.
function checkVectors(ref, report) {
  const file = path.join(__dirname, '..', '..', 'testdata', 'vectors', 'commitments.json');
  if (!fs.existsSync(file)) {
    throw new Error('testdata/vectors/commitments.json is missing: regenerate it with CAIRN_UPDATE_VECTORS=1 cargo test -p cairn-commitments');
  }
  const v = JSON.parse(fs.readFileSync(file, 'utf8'));
  const big = (xs) => xs.map(BigInt);
  const same = (a, b) => a.length === b.length && a.every((x, i) => BigInt(x) === BigInt(b[i]));
  let n = 0;
  let bad = 0;
  const check = (ok, what) => {
    n++;
    if (!ok) {
      bad++;
      report(false, `vectors: ${what}`, 'JS reference differs');
    }
  };
  for (const p of v.poseidon || []) check(ref.P(big(p.inputs)) === BigInt(p.output), `Poseidon(${p.inputs.length})`);
  for (const c of v.cells || []) {
    const elements = cellElements(Buffer.from(c.bytesHex, 'hex'));
    check(same(elements, c.elements), `cell elements (seed ${c.seed})`);
    check(ref.cellHash(elements) === BigInt(c.hash), `cell hash (seed ${c.seed})`);
  }
  if (v.zeroLeaf !== undefined) check(ref.zeroLeaf === BigInt(v.zeroLeaf), 'zero leaf');
  for (const t of v.slotTrees || []) {
    const real = t.blocks * BLOCK_CELLS;
    check(t.leaves.slice(real).every((l) => BigInt(l) === ref.zeroLeaf), `slot tree (${t.blocks} blocks): padding`);
    const tree = ref.merkleTree(big(t.leaves.slice(0, real)), t.depth, ref.zeroLeaf);
    check(tree.root === BigInt(t.root), `slot tree (${t.blocks} blocks): root`);
    for (const p of t.paths || []) check(same(tree.path(p.index), p.siblings), `slot tree path ${p.index}`);
  }
  if (v.verifyTree) {
    const t = v.verifyTree;
    const tree = ref.verifyTree(big(t.slotRoots), t.slotsDepth);
    check(tree.root === BigInt(t.root), 'verification tree root');
    for (const p of t.paths || []) check(same(tree.path(p.index), p.siblings), `verification path ${p.index}`);
  }
  for (const s of v.samples || []) {
    for (const x of s.samples) {
      check(ref.P([BigInt(s.entropy), BigInt(s.slotRoot), BigInt(x.j)]) === BigInt(x.hash), `sample hash j=${x.j}`);
      check(ref.sampleIndex(BigInt(s.entropy), BigInt(s.slotRoot), x.j, s.depth) === x.index, `sample index j=${x.j}`);
    }
  }
  if (bad === 0) {
    report(true, `vectors: ${n} values of testdata/vectors/commitments.json agree with the JS reference`);
    console.log(`circuits: ${n} values of testdata/vectors/commitments.json (Rust) agree with the JS reference`);
  }
}

const clone = (x) => (Array.isArray(x) ? x.map(clone) : x);
const cloneInput = (input) => Object.fromEntries(Object.entries(input).map(([k, v]) => [k, clone(v)]));

async function main() {
  const set = process.argv[2] || 'test';
  const seed = process.env.SEED || 'cairn-circuits';
  const started = Date.now();
  const params = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'circuits.json'), 'utf8'))[set];
  if (!params) throw new Error(`unknown parameter set ${set}`);
  const { samples, maxSlotDepth, slotsDepth } = params;
  if (slotsDepth < 4 || maxSlotDepth < 8) throw new Error('the witness tests need slotsDepth >= 4, maxSlotDepth >= 8');

  const info = compile(set, params);
  console.log(
    `circuits: ${set}: ${info.constraints} constraints, ${info.perSample} per sample (total / samples)` +
      (info.cached ? ' (compile cached)' : ` (compiled in ${info.compileSeconds} s)`),
  );
  const root = path.resolve(__dirname, '..', '..');
  const builder = require(path.join(root, path.dirname(info.wasm), 'witness_calculator.js'));
  const wasm = fs.readFileSync(path.join(root, info.wasm));
  // A fresh instance per witness: an instance that trapped on a failed assert is not reused.
  const calculate = async (input) => (await builder(wasm)).calculateWitness(input, true);

  let passed = 0;
  let failed = 0;
  const report = (ok, what, detail) => {
    if (ok) {
      passed++;
      if (process.env.VERBOSE) console.log(`  ok   ${what}`);
    } else {
      failed++;
      console.log(`  FAIL ${what}${detail ? `: ${detail}` : ''}`);
    }
  };
  const ref = await build();
  checkVectors(ref, report);
  const random = rng(seed);
  const randomCell = () => random(CELL_BYTES);
  const randomField = () => BigInt('0x' + random(32).toString('hex')) % R;

  // Slots: a 3-block slot (96 cells, depth 7, a quarter of its leaves are padding), a 2-block slot
  // (64 cells, a power of two: no padding), a 1-block slot (the minimum depth 5), and a slot just over
  // 2^(maxSlotDepth - 1) cells (depth = maxSlotDepth; random first and last block, zero cells between,
  // which hash to the zero leaf like padding does).
  const bigCells = 2 ** (maxSlotDepth - 1) + BLOCK_CELLS;
  const slotSpecs = [
    { name: '3 blocks (96 cells, depth 7)', cells: Array.from({ length: 96 }, randomCell), at: 13 },
    { name: '2 blocks (64 cells, depth 6)', cells: Array.from({ length: 64 }, randomCell), at: 6 },
    { name: '1 block (32 cells, depth 5)', cells: Array.from({ length: 32 }, randomCell), at: 0 },
    {
      name: `${bigCells / BLOCK_CELLS} blocks (depth ${maxSlotDepth})`,
      cells: Array.from({ length: bigCells }, (_, i) =>
        i < BLOCK_CELLS || i >= bigCells - BLOCK_CELLS ? randomCell() : null),
      at: 9,
    },
  ];
  // The dataset has 14 slots; the ones not proved here are stand-in roots.
  const slotRoots = Array.from({ length: 14 }, randomField);
  const slots = slotSpecs.map((spec) => {
    const tree = ref.slotTree(spec.cells);
    slotRoots[spec.at] = tree.root;
    return { ...spec, tree };
  });
  const verify = ref.verifyTree(slotRoots, slotsDepth);
  if (slots[0].tree.depth !== 7 || slots[1].tree.depth !== 6 || slots[2].tree.depth !== MIN_SLOT_DEPTH ||
      slots[3].tree.depth !== maxSlotDepth) {
    throw new Error('unexpected slot depths');
  }

  const expectPass = async (what, input, check) => {
    try {
      const w = await calculate(input);
      const pub = [w[1], w[2], w[3]];
      const want = [input.entropy, input.verifyRoot, input.slotIndex].map((x) => BigInt(x) % R);
      if (pub.some((x, i) => x !== want[i])) return report(false, what, 'public signals != (entropy, verifyRoot, slotIndex)');
      if (check) await check(input);
      report(true, what);
    } catch (e) {
      report(false, what, `expected to pass, got ${e.message.split('\n').slice(0, 2).join(' ')}`);
    }
  };
  const expectFail = async (what, input) => {
    try {
      await calculate(input);
      report(false, what, 'expected a failed constraint, the witness was computed');
    } catch (e) {
      if (/Assert Failed/.test(e.message)) report(true, what);
      else report(false, what, `expected "Assert Failed", got ${e.message.split('\n')[0]}`);
    }
  };
  const mutate = (input, f) => {
    const copy = cloneInput(input);
    f(copy);
    return copy;
  };

  let r1csChecked = false;
  for (const slot of slots) {
    const d = slot.tree.depth;
    // Entropy: the first candidate whose samples hit a padding cell, if the slot has padding.
    const hasPadding = slot.cells.length < 2 ** d;
    let entropy;
    let proof;
    for (let k = 0; k < 64; k++) {
      entropy = randomField();
      proof = ref.proofInputs({ params, entropy, verify, slotIndex: slot.at, slot: slot.tree });
      if (!hasPadding || slot.cells.length !== 96 || proof.indices.some((i) => i >= slot.cells.length)) break;
    }
    const padded = proof.indices.filter((i) => i >= slot.cells.length).length;
    console.log(`circuits: slot ${slot.at}: ${slot.name}, sampled cells ${proof.indices.join(', ')}` +
      (padded ? ` (${padded} in padding)` : ''));
    const input = proof.input;
    const tag = (s) => `slot ${slot.at} (depth ${d}): ${s}`;

    await expectPass(tag('honest proof'), input, r1csChecked ? null : async (inp) => {
      // Once: the witness satisfies every R1CS constraint (not just the asserts the calculator runs).
      const snarkjs = require('snarkjs');
      const file = path.join(os.tmpdir(), `cairn-witness-${process.pid}.wtns`);
      fs.writeFileSync(file, await (await builder(wasm)).calculateWTNSBin(inp, true));
      const ok = await snarkjs.wtns.check(path.join(root, info.r1cs), file);
      fs.rmSync(file, { force: true });
      if (!ok) throw new Error('snarkjs wtns check: the witness does not satisfy the R1CS');
      r1csChecked = true;
    });
    if (slot.cells.length === 96 && !padded) report(false, tag('a sample in padding'), 'no entropy found');
    if (d < maxSlotDepth) {
      await expectPass(tag('sibling above the slot depth is ignored'),
        mutate(input, (x) => { x.cellPaths[0][d] = 12345n; }));
    }

    await expectFail(tag('wrong cell data'), mutate(input, (x) => { x.cellData[samples - 1][66] += 1n; }));
    await expectFail(tag('wrong first cell element'), mutate(input, (x) => { x.cellData[0][0] += 1n; }));
    await expectFail(tag('wrong cell path sibling (leaf level)'), mutate(input, (x) => { x.cellPaths[0][0] += 1n; }));
    await expectFail(tag('wrong cell path sibling (top level)'), mutate(input, (x) => { x.cellPaths[1][d - 1] += 1n; }));
    await expectFail(tag('wrong slot path sibling'), mutate(input, (x) => { x.slotPath[slotsDepth - 1] += 1n; }));
    await expectFail(tag('wrong entropy'), mutate(input, (x) => { x.entropy += 1n; }));
    await expectFail(tag('wrong slot index'), mutate(input, (x) => { x.slotIndex ^= 1n; }));
    await expectFail(tag('slot index + 2^slotsDepth'),
      mutate(input, (x) => { x.slotIndex += 1n << BigInt(slotsDepth); }));
    await expectFail(tag('wrong verifyRoot'), mutate(input, (x) => { x.verifyRoot += 1n; }));
    await expectFail(tag('wrong slotRoot'), mutate(input, (x) => { x.slotRoot += 1n; }));
    await expectFail(tag('slotDepth 4 (below 5)'), mutate(input, (x) => { x.slotDepth = 4n; }));
    await expectFail(tag(`slotDepth ${maxSlotDepth + 1} (above max)`),
      mutate(input, (x) => { x.slotDepth = BigInt(maxSlotDepth + 1); }));
    await expectFail(tag('slotDepth -1 (p - 1)'), mutate(input, (x) => { x.slotDepth = R - 1n; }));
    await expectFail(tag(`slotDepth d - 1 = ${d - 1}`), mutate(input, (x) => { x.slotDepth = BigInt(d - 1); }));
    await expectFail(tag(`slotDepth d + 1 = ${d + 1}`), mutate(input, (x) => { x.slotDepth = BigInt(d + 1); }));
    const j = proof.indices.findIndex((i) => i !== proof.indices[0]);
    if (j > 0) {
      await expectFail(tag('samples swapped'), mutate(input, (x) => {
        [x.cellData[0], x.cellData[j]] = [x.cellData[j], x.cellData[0]];
        [x.cellPaths[0], x.cellPaths[j]] = [x.cellPaths[j], x.cellPaths[0]];
      }));
    }
    // Another cell (the neighbour, or cell 0 or 1 when the neighbour has the same content) with its own
    // valid path: a valid membership proof, but of a cell that was not sampled.
    const leaves = slot.tree.levels[0];
    const other = [proof.indices[0] ^ 1, 0, 1].find((i) => leaves[i] !== leaves[proof.indices[0]]);
    await expectFail(tag(`cell ${other} instead of ${proof.indices[0]}, with its own path`), mutate(input, (x) => {
      x.cellData[0] = cellElements(slot.tree.cell(other));
      const p = slot.tree.path(other);
      while (p.length < maxSlotDepth) p.push(0n);
      x.cellPaths[0] = p;
    }));
  }

  const seconds = Math.round((Date.now() - started) / 100) / 10;
  console.log(`circuits: ${passed} passed, ${failed} failed (${set} set, ${seconds} s)`);
  return failed === 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (e) => {
    console.error(`circuits: ${e.stack || e.message}`);
    process.exit(1);
  },
);
