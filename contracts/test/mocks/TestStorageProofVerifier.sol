// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {
    Groth16Proof,
    IStorageProofVerifier,
    VerifierInfo
} from "../../src/interfaces/IStorageProofVerifier.sol";

/// @title TestStorageProofVerifier
/// @notice A stand-in verifier for tests of the marketplace before the Groth16 verifier exists:
/// a "proof" is valid when `a[0]` equals `keccak256(abi.encode(publicInputs))` reduced into the
/// BN254 scalar field, so tests can make valid and invalid proofs for any challenge. It proves
/// nothing about storage: never deploy it anywhere but a local test chain.
contract TestStorageProofVerifier is IStorageProofVerifier {
    /// @notice The BN254 scalar field modulus.
    uint256 public constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;

    /// @notice What `verifierInfo` reports as `devKeys` (true unless a test of another chain id
    /// than the devnet's turns it off: the marketplace refuses dev-key verifiers there).
    bool public reportsDevKeys = true;

    /// @dev Declared so that the bindings carry a constructor to deploy with.
    constructor() {}

    /// @notice For tests on chain ids other than the devnet's only.
    function setReportsDevKeys(bool value) external {
        reportsDevKeys = value;
    }

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

    /// @inheritdoc IStorageProofVerifier
    function verifierInfo() external view returns (VerifierInfo memory) {
        return VerifierInfo({
            verifyingKeyHash: bytes32(0),
            circuitSet: "mock",
            samples: 5,
            maxSlotDepth: 16,
            slotsDepth: 4,
            devKeys: reportsDevKeys
        });
    }
}
