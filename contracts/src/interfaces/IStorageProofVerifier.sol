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
}
