pragma circom 2.1.0;

// circomlib's Poseidon(nInputs) (PoseidonEx(nInputs, 1) with initial state 0: same constants, same
// rounds, same output), written with the linear layers (round constants, MDS mixes, the sparse
// partial-round mixes) kept as expressions instead of signals. Only the S-boxes x^5 are signals
// (3 constraints each), so the compiler never materialises the ~2 linear constraints per S-box that
// circomlib's version creates and --O2 then removes again. Same constraint count after --O2, far
// less compiler memory: this is what lets the production parameter set compile inside circom2's
// 4 GiB WASM heap. The witness tests check it against circomlibjs.
include "poseidon_constants.circom";

template PoseidonLean(nInputs) {
    signal input inputs[nInputs];
    signal output out;

    var N_ROUNDS_P[16] = [56, 57, 56, 60, 60, 63, 64, 63, 60, 66, 60, 65, 70, 60, 64, 68];
    var t = nInputs + 1;
    var nRoundsF = 8;
    var nRoundsP = N_ROUNDS_P[t - 2];
    var C[t * nRoundsF + nRoundsP] = POSEIDON_C(t);
    var S[N_ROUNDS_P[t - 2] * (t * 2 - 1)] = POSEIDON_S(t);
    var M[t][t] = POSEIDON_M(t);
    var P[t][t] = POSEIDON_P(t);

    // S-box signals, numbered in evaluation order: x2 = x^2 and x4 = x^4 of every S-box, x5 = x^5 of
    // the full rounds' S-boxes (index kf), u (below) for the partial rounds'.
    signal x2[nRoundsF * t + nRoundsP];
    signal x4[nRoundsF * t + nRoundsP];
    signal x5[nRoundsF * t];
    var k = 0;
    var kf = 0;

    var state[t];
    var next[t];
    // Ark of round 0 (initial state 0).
    state[0] = C[0];
    for (var j = 1; j < t; j++) {
        state[j] = inputs[j - 1] + C[j];
    }

    // First half of the full rounds: S-box, ark, mix (M; P for the last one).
    for (var r = 0; r < nRoundsF \ 2; r++) {
        for (var j = 0; j < t; j++) {
            x2[k] <== state[j] * state[j];
            x4[k] <== x2[k] * x2[k];
            x5[kf] <== x4[k] * state[j];
            next[j] = x5[kf] + C[(r + 1) * t + j];
            k++;
            kf++;
        }
        for (var i = 0; i < t; i++) {
            state[i] = 0;
            for (var j = 0; j < t; j++) {
                state[i] += (r < nRoundsF \ 2 - 1 ? M[j][i] : P[j][i]) * next[j];
            }
        }
    }

    // Partial rounds: S-box on element 0, its constant, then the sparse mix S. The signal u[r]
    // is the new element 0 (the next S-box input), tied to this S-box by one quadratic constraint;
    // x^5 itself is not a signal here, it is recovered linearly from u[r], so the long linear
    // combination of the other elements appears in one constraint per round instead of three.
    signal u[nRoundsP];
    for (var r = 0; r < nRoundsP; r++) {
        var b = (t * 2 - 1) * r;
        var rest = 0;
        for (var i = 1; i < t; i++) {
            rest += S[b + i] * state[i];
        }
        x2[k] <== state[0] * state[0];
        x4[k] <== x2[k] * x2[k];
        // u = S_0 (x^5 + c) + rest
        u[r] <== S[b] * (x4[k] * state[0]) + S[b] * C[(nRoundsF \ 2 + 1) * t + r] + rest;
        k++;
        // in0 = x^5 + c = (u - rest) / S_0 (S_0 != 0)
        var in0 = (u[r] - rest) * (1 / S[b]);
        for (var i = 1; i < t; i++) {
            state[i] = state[i] + in0 * S[b + t + i - 1];
        }
        state[0] = u[r];
    }

    // Second half of the full rounds: S-box, ark, mix M; the last round has no ark, and only
    // output 0 of its mix is needed.
    for (var r = 0; r < nRoundsF \ 2; r++) {
        for (var j = 0; j < t; j++) {
            x2[k] <== state[j] * state[j];
            x4[k] <== x2[k] * x2[k];
            x5[kf] <== x4[k] * state[j];
            if (r < nRoundsF \ 2 - 1) {
                next[j] = x5[kf] + C[(nRoundsF \ 2 + 1) * t + nRoundsP + r * t + j];
            } else {
                next[j] = x5[kf];
            }
            k++;
            kf++;
        }
        if (r < nRoundsF \ 2 - 1) {
            for (var i = 0; i < t; i++) {
                state[i] = 0;
                for (var j = 0; j < t; j++) {
                    state[i] += M[j][i] * next[j];
                }
            }
        }
    }
    var lcOut = 0;
    for (var j = 0; j < t; j++) {
        lcOut += M[j][0] * next[j];
    }
    out <== lcOut;
}
