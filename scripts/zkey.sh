#!/usr/bin/env bash
# Makes a snarkjs .zkey for a compiled circuit set, offline: powers of tau of the needed size, a
# beacon instead of real contributions, phase 2 setup, a beacon on the zkey. It is a stand-in for a
# ceremony (its randomness is public), used to compare cairn's prover with snarkjs's on the same
# key (`make bench-proofs`). Slow: `prepare phase2` takes ~15 min at 2^16 on 2 cores and doubles
# per power.
#
#   scripts/zkey.sh <set> [power]     writes circuits/build/<set>/<set>.zkey
set -euo pipefail
cd "$(dirname "$0")/.."
set_name="${1:?usage: scripts/zkey.sh <set> [power]}"
dir="circuits/build/$set_name"
[ -f "$dir/info.json" ] || { echo "zkey: compile the set first: make circuits SET=$set_name" >&2; exit 1; }
constraints="$(node -p "require('./$dir/info.json').constraints")"
power="${2:-$(node -p "Math.max(10, Math.ceil(Math.log2($constraints + 4)))")}"
snarkjs="$(pwd)/node_modules/.bin/snarkjs"
beacon=0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
ptau="circuits/build/ptau/pot${power}_final.ptau"
mkdir -p circuits/build/ptau
if [ ! -f "$ptau" ]; then
  echo "zkey: powers of tau 2^$power (slow)"
  "$snarkjs" powersoftau new bn128 "$power" "circuits/build/ptau/pot${power}_0.ptau"
  "$snarkjs" powersoftau beacon "circuits/build/ptau/pot${power}_0.ptau" "circuits/build/ptau/pot${power}_b.ptau" "$beacon" 10 -n=beacon
  "$snarkjs" powersoftau prepare phase2 "circuits/build/ptau/pot${power}_b.ptau" "$ptau.tmp"
  mv "$ptau.tmp" "$ptau"
fi
r1cs="$(node -p "require('./$dir/info.json').r1cs")"
"$snarkjs" groth16 setup "$r1cs" "$ptau" "$dir/${set_name}_0.zkey"
"$snarkjs" zkey beacon "$dir/${set_name}_0.zkey" "$dir/$set_name.zkey" "$beacon" 10
rm -f "$dir/${set_name}_0.zkey"
echo "zkey: wrote $dir/$set_name.zkey"
