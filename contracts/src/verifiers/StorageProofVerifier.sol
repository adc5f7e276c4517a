// SPDX-License-Identifier: MIT OR Apache-2.0
// GENERATED FILE: do not edit. Groth16 verifier for the `test` circuit set (circuits/circuits.json) with the dev keys of seed 0xca1e: `cairn proof solidity --set test --out contracts/src/verifiers/StorageProofVerifier.sol`.
pragma solidity ^0.8.30;

import {Groth16Proof, IStorageProofVerifier, VerifierInfo} from "../interfaces/IStorageProofVerifier.sol";

/// @title StorageProofVerifier
/// @notice Groth16 (BN254) verifier of cairn's storage proof for one verifying key, with
/// 3 public inputs [entropy, verifyRoot, slotIndex].
/// @dev Checks e(-A, B) * e(alpha, beta) * e(vk_x, gamma) * e(C, delta) == 1 with the EIP-197
/// pairing precompile, vk_x = IC0 + sum(inputs[i] * IC[i+1]). G2 coordinates are [c1, c0].
/// Malformed proofs make it return false; it never reverts on input.
contract StorageProofVerifier is IStorageProofVerifier {
    /// @notice The BN254 scalar field modulus: every public input is below it.
    uint256 public constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @dev The BN254 base field modulus.
    uint256 internal constant Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583;

    uint256 internal constant ALPHA_X = 12775141369249817622569548122705718995790658947278063967810207980446311755503;
    uint256 internal constant ALPHA_Y = 15622475146352550427473171003711722579610820417487028881150988037690553533070;
    uint256 internal constant BETA_X1 = 13467647218773756940815912394627125384164413639996732651185297879240013529760;
    uint256 internal constant BETA_X0 = 14361965252304030967380620894755138840983912189715260184845017060034183626895;
    uint256 internal constant BETA_Y1 = 13936993650725819508909502964418289138611874650353812404541717220318975375974;
    uint256 internal constant BETA_Y0 = 14551694454816010961562423301278864064999531680919487127804245956807780550865;
    uint256 internal constant GAMMA_X1 = 19230045723955187595547216018887126328622650720779445208126565184233348291989;
    uint256 internal constant GAMMA_X0 = 10898987500781722788682529555392311587302098137820471194587674477326293382913;
    uint256 internal constant GAMMA_Y1 = 5751371033273772563633114649486804950608898324864432757465066653305503523149;
    uint256 internal constant GAMMA_Y0 = 10589386891480417695390706481489696075603237338147536737052320148973304908382;
    uint256 internal constant DELTA_X1 = 3912023254480641000741109572785729419916608875498235424792962655057425316283;
    uint256 internal constant DELTA_X0 = 21297238696828928893775041126143069693617552531877951234931692749200416066496;
    uint256 internal constant DELTA_Y1 = 2440262043970383731180064907914738382180040451570518520796218385201436131984;
    uint256 internal constant DELTA_Y0 = 2933899171491177384804379837349173554384774210476164452907891623688332218299;
    uint256 internal constant IC0_X = 20909212806412524826915281654577780917640833019894959351063685249231785555816;
    uint256 internal constant IC0_Y = 1251569001741783814935329004761171240597584548620859400926484594171031349380;
    uint256 internal constant IC1_X = 10520414926121633078824611031202573418718332787851862815811470551711875723660;
    uint256 internal constant IC1_Y = 18513447251917502219799927788427710806607179299669326121184430267411010971144;
    uint256 internal constant IC2_X = 15162045385977878806247990396207384472248361752399454925883282167961126567924;
    uint256 internal constant IC2_Y = 4154192656499001412327524101824822561943165837115800714004522332219868210;
    uint256 internal constant IC3_X = 16596719536034310000166257964012465982862415059777427016490016572341195546411;
    uint256 internal constant IC3_Y = 160665922581762590481708135178011713810149431366105792055414118860123028813;

    /// @dev keccak256 of the points above (IStorageProofVerifier's `VerifierInfo`).
    bytes32 internal constant VERIFYING_KEY_HASH = 0xaf744be5f5eff15c87e18213a1eeacdb34e40c7044ab2aba9bfc43a7eb5b21b3;
    /// @dev The circuit parameter set (circuits/circuits.json) the key was made for, and its parameters.
    string internal constant CIRCUIT_SET = "test";
    uint64 internal constant SAMPLES = 5;
    uint64 internal constant MAX_SLOT_DEPTH = 16;
    uint64 internal constant SLOTS_DEPTH = 4;
    /// @dev True for keys anyone can forge proofs for: local devnets only.
    bool internal constant DEV_KEYS = true;

    /// @dev Declared so that the generated bindings carry a constructor to deploy with.
    constructor() {}

    /// @inheritdoc IStorageProofVerifier
    function verifyStorageProof(Groth16Proof calldata proof, uint256[3] calldata publicInputs)
        external
        view
        returns (bool)
    {
        return verifyProof(proof.a, proof.b, proof.c, publicInputs);
    }

    /// @inheritdoc IStorageProofVerifier
    function verifierInfo() external pure returns (VerifierInfo memory) {
        return VerifierInfo({
            verifyingKeyHash: VERIFYING_KEY_HASH,
            circuitSet: CIRCUIT_SET,
            samples: SAMPLES,
            maxSlotDepth: MAX_SLOT_DEPTH,
            slotsDepth: SLOTS_DEPTH,
            devKeys: DEV_KEYS
        });
    }

    /// @notice True when (a, b, c) is a valid proof for `inputs`.
    function verifyProof(
        uint256[2] calldata a,
        uint256[2][2] calldata b,
        uint256[2] calldata c,
        uint256[3] calldata inputs
    ) public view returns (bool) {
        for (uint256 i = 0; i < 3; i++) {
            if (inputs[i] >= SNARK_SCALAR_FIELD) return false;
        }
        if (a[0] >= Q || a[1] >= Q || c[0] >= Q || c[1] >= Q) return false;
        if (b[0][0] >= Q || b[0][1] >= Q || b[1][0] >= Q || b[1][1] >= Q) return false;
        (uint256 x, uint256 y) = (IC0_X, IC0_Y);
        bool ok;
        (x, y, ok) = _mulAdd(x, y, IC1_X, IC1_Y, inputs[0]);
        if (!ok) return false;
        (x, y, ok) = _mulAdd(x, y, IC2_X, IC2_Y, inputs[1]);
        if (!ok) return false;
        (x, y, ok) = _mulAdd(x, y, IC3_X, IC3_Y, inputs[2]);
        if (!ok) return false;

        uint256[24] memory pairing = [
            a[0],
            (Q - a[1]) % Q,
            b[0][0],
            b[0][1],
            b[1][0],
            b[1][1],
            ALPHA_X,
            ALPHA_Y,
            BETA_X1,
            BETA_X0,
            BETA_Y1,
            BETA_Y0,
            x,
            y,
            GAMMA_X1,
            GAMMA_X0,
            GAMMA_Y1,
            GAMMA_Y0,
            c[0],
            c[1],
            DELTA_X1,
            DELTA_X0,
            DELTA_Y1,
            DELTA_Y0
        ];
        bytes memory result;
        (ok, result) = address(0x08).staticcall(abi.encodePacked(pairing));
        return ok && result.length == 32 && abi.decode(result, (uint256)) == 1;
    }

    /// @dev (x, y) + s * (px, py) with the ecMul and ecAdd precompiles.
    function _mulAdd(uint256 x, uint256 y, uint256 px, uint256 py, uint256 s)
        private
        view
        returns (uint256, uint256, bool)
    {
        (bool ok, bytes memory product) = address(0x07).staticcall(abi.encode(px, py, s));
        if (!ok || product.length != 64) return (0, 0, false);
        (uint256 mx, uint256 my) = abi.decode(product, (uint256, uint256));
        bytes memory sum;
        (ok, sum) = address(0x06).staticcall(abi.encode(x, y, mx, my));
        if (!ok || sum.length != 64) return (0, 0, false);
        (x, y) = abi.decode(sum, (uint256, uint256));
        return (x, y, true);
    }
}
