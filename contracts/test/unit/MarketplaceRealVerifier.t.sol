// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "../base/Test.sol";
import {CairnToken} from "../../src/CairnToken.sol";
import {Marketplace} from "../../src/Marketplace.sol";
import {IMarketplace} from "../../src/interfaces/IMarketplace.sol";
import {Groth16Proof, IStorageProofVerifier} from "../../src/interfaces/IStorageProofVerifier.sol";
import {StorageProofVerifier} from "../../src/verifiers/StorageProofVerifier.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

library Log {
    function log(string memory label, uint256 value) internal view {
        (bool ok,) = address(0x000000000000000000636F6e736F6c652e6c6f67)
            .staticcall(abi.encodeWithSignature("log(string,uint256)", label, value));
        ok;
    }
}

/// @notice `fillSlot` and `submitProof` with the generated Groth16 verifier and real proofs (the
/// `test` set's dev keys), so that `.gas-snapshot` carries their real gas. The chain is pinned
/// (time, block, prevrandao, the seed's block hash, addresses) so that the challenges are fixed;
/// the proofs were made for them with `cairn proof prove` over a 64 KiB slot (see
/// `_fixtureNote`).
contract MarketplaceRealVerifierTest is Test {
    uint64 internal constant PERIOD = 60;
    uint256 internal constant P0 = 1_000_000;
    uint256 internal constant T0 = P0 * PERIOD;
    uint256 internal constant B0 = 1000;
    bytes32 internal constant VERIFY_ROOT =
        bytes32(uint256(10870948956179381485234041595477583900389221971274712751174503244796597212654));

    CairnToken internal token;
    Marketplace internal market;
    address internal client;
    address internal host;
    bytes32 internal rid;
    bytes32 internal id;

    function setUp() public {
        vm.roll(B0);
        vm.warp(T0);
        vm.prevrandao(bytes32(uint256(0xbeac0)));
        vm.setBlockhash(B0 - 2, bytes32(uint256(0xb10c)));
        client = makeAddr("client");
        host = makeAddr("host");
        token = new CairnToken("Cairn Test Token", "CAIRN", address(this));
        StorageProofVerifier verifier = new StorageProofVerifier();
        market = new Marketplace(
            IERC20(address(token)),
            IStorageProofVerifier(address(verifier)),
            IMarketplace.Config({
                period: PERIOD,
                timeout: 30,
                minProofProbability: 1,
                maxProofProbability: 1000,
                slashPercentage: 20,
                maxNumberOfSlashes: 2,
                validatorRewardPercentage: 20,
                repairRewardPercentage: 10,
                maxReservations: 3,
                reservationTimeout: 120,
                maxRequestDuration: 30 days
            })
        );
        for (uint256 i = 0; i < 2; i++) {
            address account = i == 0 ? client : host;
            token.mint(account, 1e30);
            vm.prank(account);
            token.approve(address(market), type(uint256).max);
        }
        IMarketplace.Request memory request = IMarketplace.Request({
            client: client,
            ask: IMarketplace.Ask({
                slots: 1,
                slotSize: 65536,
                duration: 100 * PERIOD,
                proofProbability: 1,
                pricePerBytePerSecond: 1,
                collateralPerByte: 10,
                maxSlotLoss: 0
            }),
            content: IMarketplace.Content({cid: hex"01711220aabbccdd", verifyRoot: VERIFY_ROOT}),
            expiry: 10 * PERIOD,
            nonce: bytes32(uint256(1))
        });
        vm.prank(client);
        rid = market.requestStorage(request); // commits P0 and P0 + 1
        id = keccak256(abi.encode(rid, uint64(0)));
    }

    /// Prints the two challenges the fixture proofs answer (`forge test -vv --match-test Challenges`).
    function test_realVerifier_challenges() public {
        uint256 fill = market.getChallenge(id, host);
        Log.log("fill challenge", fill);
        Log.log("P0 + 1 challenge", market.getChallengeIn(id, P0 + 1, host));
        vm.assertNotEq(fill, 0);
    }

    /// @dev `cairn proof prove --slot <64 KiB: byte i = (i * 2654435761) >> 13> --slot-index 0
    /// --entropy <fill challenge>` (dev keys of the `test` set), calldata.json.
    function _fillProof() internal pure returns (Groth16Proof memory proof) {
        proof.a = [
            uint256(5884876544375605946324841651404073420581540427210025193028891137979082356481),
            uint256(20498661046328045056676851808296350887316711796882934193104866357789049136881)
        ];
        proof.b = [
            [
                uint256(18234846171925338826345521790840650503354339399403418164935996469147153513651),
                uint256(1920815936869210762275489052180927320375365284563467123536854043996990013363)
            ],
            [
                uint256(7987830082886229256963415234820579306671749734374474363681878125901031735209),
                uint256(5036374846538834058260074680226574072714219057376606345793491562538255548535)
            ]
        ];
        proof.c = [
            uint256(18222739638891341652148024975643714833523633420230138834226595298571306167510),
            uint256(16259523148415335239343084821167535346881066123420614477076019767348961939024)
        ];
    }

    /// @dev The same for the challenge of period P0 + 1.
    function _periodProof() internal pure returns (Groth16Proof memory proof) {
        proof.a = [
            uint256(17809998734842108198862895400945345872831806124376439818485679648594822258175),
            uint256(17447417504816165254697669906918799321313705377809206022787895188285280119525)
        ];
        proof.b = [
            [
                uint256(4061731309701811331546915866766242772957771516856002004336022785564061956295),
                uint256(15510878633305871956825293490983045749237160024000725831607534528884694823672)
            ],
            [
                uint256(8966058122700352877076071041924790830281578249532547374057770103732137525649),
                uint256(9532293517339045621145597286878940631120893726112510980714686343811285462558)
            ]
        ];
        proof.c = [
            uint256(1717029373066314227709690475804474068162050292359599930316221620190680211101),
            uint256(6152288544301668024841565115006328253739499942469958303709012283560210478403)
        ];
    }

    function test_realVerifier_fillSlotAndSubmitProof() public {
        Groth16Proof memory fill = _fillProof();
        vm.prank(host);
        market.fillSlot(rid, 0, fill);
        vm.assertEq(market.getHost(id), host);
        vm.assertEq(uint256(market.requestState(rid)), uint256(IMarketplace.RequestState.Started));
        vm.warp(T0 + PERIOD);
        vm.roll(B0 + 10);
        vm.assertTrue(market.isProofRequired(id));
        Groth16Proof memory proof = _periodProof();
        vm.prank(host);
        market.submitProof(id, proof);
        vm.assertTrue(market.proofReceived(id, P0 + 1));
    }

    /// The proof is bound to its host and its period: another address, or the fill's proof in the
    /// next period, does not verify.
    function test_RevertWhen_realVerifier_proofOfAnotherHostOrPeriod() public {
        Groth16Proof memory fill = _fillProof();
        address copier = makeAddr("copier");
        token.mint(copier, 1e30);
        vm.prank(copier);
        token.approve(address(market), type(uint256).max);
        vm.expectRevert(IMarketplace.InvalidProof.selector);
        vm.prank(copier);
        market.fillSlot(rid, 0, fill);
        vm.prank(host);
        market.fillSlot(rid, 0, fill);
        vm.warp(T0 + PERIOD);
        vm.roll(B0 + 10);
        vm.expectRevert(IMarketplace.InvalidProof.selector);
        market.submitProof(id, fill);
    }

    /// A proof with a mutated point is refused (the verifier returns false, never reverts).
    function test_RevertWhen_realVerifier_mutatedProof() public {
        Groth16Proof memory bad = _fillProof();
        bad.a[0] ^= 1;
        vm.expectRevert(IMarketplace.InvalidProof.selector);
        vm.prank(host);
        market.fillSlot(rid, 0, bad);
    }
}
