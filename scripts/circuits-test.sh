#!/usr/bin/env bash
# Circuit checks run by `make test-circuits`: the circom2 toolchain smoke test, then the storage-proof
# witness tests for the "test" parameter set (circuits/circuits.json). The compile is cached under
# circuits/build/test/ by a hash of the circuit sources, so re-runs only compute witnesses.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/circuits-smoke.sh
node circuits/test/witness-tests.js test
