// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

/// @notice A Groth16 proof over BN254 in the order Ethereum's pairing precompile takes it.
/// @dev `b` holds the G2 point with each coordinate as [c1, c0] (imaginary part first): swapped
/// relative to arkworks and snarkjs JSON (TOOLCHAIN.md, "calldata trap").
struct Groth16Proof {
    uint256[2] a;
    uint256[2][2] b;
    uint256[2] c;
}

/// @notice What a verifier verifies: its verifying key and the circuit set it was made for.
/// @dev `verifyingKeyHash` is keccak256 of the key's points as 256-bit words, in this order:
/// alpha (x, y), beta, gamma, delta (each x1, x0, y1, y0: imaginary part first), then every IC
/// point (x, y). A node compares it with the hash of its own key before it proves or validates.
struct VerifierInfo {
    bytes32 verifyingKeyHash;
    /// The circuit parameter set (circuits/circuits.json), e.g. "test" or "production".
    string circuitSet;
    /// Cells sampled per proof.
    uint64 samples;
    /// Deepest slot tree (log2 of the most cells a slot may have).
    uint64 maxSlotDepth;
    /// log2 of the most slots a request may have.
    uint64 slotsDepth;
    /// True for keys anyone can forge proofs for (a dev key from a public seed, or no key at all):
    /// such a verifier is for local devnets only (chain id 31337).
    bool devKeys;
}

/// @title IStorageProofVerifier
/// @notice Verifies a storage proof (DESIGN.md §5): the prover holds the cells of slot `slotIndex`
/// sampled by `entropy`, under the slot root committed to by the dataset's `verifyRoot`.
/// @dev The marketplace calls this with the public inputs in this exact order:
/// `[entropy, verifyRoot, slotIndex]`, each an element of the BN254 scalar field.
interface IStorageProofVerifier {
    /// @notice True when `proof` is valid for the public inputs `[entropy, verifyRoot, slotIndex]`.
    function verifyStorageProof(Groth16Proof calldata proof, uint256[3] calldata publicInputs)
        external
        view
        returns (bool);

    /// @notice The verifying key's hash, its circuit set and whether its keys are dev keys.
    function verifierInfo() external view returns (VerifierInfo memory);
}
