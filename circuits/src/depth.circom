pragma circom 2.1.0;

// Thermometer encoding of a tree depth d with MIN <= d <= MAX:
//   active[i] = 1 for i < d, 0 for d <= i < MAX.
// Constraints: active[i] = 1 for i < MIN (constants), every other active[i] is a bit, the bits never
// go from 0 back to 1 (active[i + 1] = 1 implies active[i] = 1), and their sum is d. A sum of MAX bits
// of which the first MIN are 1 lies in [MIN, MAX], so d is range-checked with no further comparison;
// levelIsTop[i] = active[i] - active[i + 1] is then the one-hot encoding of level d - 1.
template DepthThermometer(MIN, MAX) {
    signal input depth;
    signal output active[MAX];
    signal output levelIsTop[MAX];

    assert(MIN >= 1);
    assert(MIN <= MAX);

    var sum = 0;
    for (var i = 0; i < MAX; i++) {
        if (i < MIN) {
            active[i] <== 1;
        } else {
            active[i] <-- (depth > i) ? 1 : 0;
            active[i] * (active[i] - 1) === 0;
            // i >= MIN >= 1: active[i] = 1 only if active[i - 1] = 1.
            active[i] * (1 - active[i - 1]) === 0;
        }
        sum += active[i];
    }
    sum === depth;

    for (var i = 0; i < MAX - 1; i++) {
        levelIsTop[i] <== active[i] - active[i + 1];
    }
    levelIsTop[MAX - 1] <== active[MAX - 1];
}
