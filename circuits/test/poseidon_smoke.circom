pragma circom 2.1.0;

// Toolchain smoke test: circom2 (WASI) compiles against circomlib from node_modules, snarkjs computes
// the witness, and Poseidon(1, 2) equals the circomlib / light-poseidon reference value.
include "poseidon.circom";

template PoseidonSmoke() {
    signal input a;
    signal input b;
    signal output h;

    component hash = Poseidon(2);
    hash.inputs[0] <== a;
    hash.inputs[1] <== b;
    h <== hash.out;
}

component main = PoseidonSmoke();
