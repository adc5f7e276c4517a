// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {Groth16Proof, IStorageProofVerifier} from "../../src/interfaces/IStorageProofVerifier.sol";

/// @title TestStorageProofVerifier
/// @notice A stand-in verifier for tests of the marketplace before the Groth16 verifier exists:
/// a "proof" is valid when `a[0]` equals `keccak256(abi.encode(publicInputs))` reduced into the
/// BN254 scalar field, so tests can make valid and invalid proofs for any challenge. It proves
/// nothing about storage: never deploy it anywhere but a local test chain.
contract TestStorageProofVerifier is IStorageProofVerifier {
    /// @notice The BN254 scalar field modulus.
    uint256 public constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;

    /// @dev Declared so that the bindings carry a constructor to deploy with.
    constructor() {}

    /// @notice The proof this verifier accepts for `publicInputs`.
    function proofFor(uint256[3] memory publicInputs) public pure returns (Groth16Proof memory proof) {
        proof.a[0] = uint256(keccak256(abi.encode(publicInputs))) % SNARK_SCALAR_FIELD;
    }

    /// @inheritdoc IStorageProofVerifier
    function verifyStorageProof(Groth16Proof calldata proof, uint256[3] calldata publicInputs)
        external
        pure
        returns (bool)
    {
        return proof.a[0] == uint256(keccak256(abi.encode(publicInputs))) % SNARK_SCALAR_FIELD;
    }
}
