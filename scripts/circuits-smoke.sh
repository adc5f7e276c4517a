#!/usr/bin/env bash
# Circom toolchain check: compile a small circuit with circom2 (WASI) against circomlib, compute its
# witness with snarkjs, and compare Poseidon(1, 2) with the circomlib / light-poseidon reference value.
# The storage-proof circuit and its witness tests build on the same invocation.
set -euo pipefail
cd "$(dirname "$0")/.."

out=circuits/build/smoke
expected="7853200120776062878684798364095072458815029376092732009249414926327459813530"
mkdir -p "$out"
# circom2 runs in a WASI sandbox that sees only the current folder: run it from the project root,
# where node_modules/ lives, and pass include paths relative to it.
node_modules/.bin/circom2 circuits/test/poseidon_smoke.circom --r1cs --wasm --O2 \
  -l node_modules/circomlib/circuits -o "$out" >"$out/compile.log"
echo '{"a": "1", "b": "2"}' >"$out/input.json"
node_modules/.bin/snarkjs wtns calculate "$out/poseidon_smoke_js/poseidon_smoke.wasm" "$out/input.json" \
  "$out/witness.wtns" >/dev/null
node_modules/.bin/snarkjs wtns export json "$out/witness.wtns" "$out/witness.json" >/dev/null
got="$(node -p "require('./$out/witness.json')[1]")"
if [ "$got" != "$expected" ]; then
  echo "circuits: Poseidon(1, 2) = $got, expected $expected" >&2
  exit 1
fi
echo "circuits: smoke circuit compiled ($(grep -m1 'non-linear constraints' "$out/compile.log")), witness matches the reference"
