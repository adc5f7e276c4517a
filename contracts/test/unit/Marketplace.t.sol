// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "../base/Test.sol";
import {CairnToken} from "../../src/CairnToken.sol";
import {Marketplace} from "../../src/Marketplace.sol";
import {IMarketplace} from "../../src/interfaces/IMarketplace.sol";
import {Groth16Proof, IStorageProofVerifier} from "../../src/interfaces/IStorageProofVerifier.sol";
import {TestStorageProofVerifier} from "../mocks/TestStorageProofVerifier.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

contract MarketplaceTest is Test {
    uint64 internal constant PERIOD = 60;
    uint64 internal constant TIMEOUT = 30;
    uint64 internal constant SLOTS = 4;
    uint64 internal constant SLOT_SIZE = 1024;
    uint64 internal constant DURATION = 100 * PERIOD;
    uint64 internal constant EXPIRY = 10 * PERIOD;
    uint256 internal constant PRICE_PER_BYTE = 3;
    uint256 internal constant COLLATERAL_PER_BYTE = 1000;
    uint256 internal constant RATE = uint256(SLOT_SIZE) * PRICE_PER_BYTE;
    uint256 internal constant PRICE = RATE * DURATION * SLOTS;
    uint256 internal constant COLLATERAL = uint256(SLOT_SIZE) * COLLATERAL_PER_BYTE;
    uint256 internal constant SLASHED = COLLATERAL * 20 / 100;
    uint256 internal constant VALIDATOR_REWARD = SLASHED * 20 / 100;
    uint256 internal constant REPAIR_REWARD = COLLATERAL * 10 / 100;
    uint64 internal constant RESERVATION_TIMEOUT = 2 * PERIOD;
    /// @dev A reservation's deposit: one slash.
    uint256 internal constant DEPOSIT = SLASHED;
    bytes32 internal constant ROOT = bytes32(uint256(0xc0ffee));
    uint256 internal constant FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @dev setUp's time: the start of period P0.
    uint256 internal constant P0 = 1_000_000;
    uint256 internal constant T0 = P0 * PERIOD;
    uint256 internal constant B0 = 1000;
    uint256 internal constant FUNDS = 1e40;

    CairnToken internal token;
    TestStorageProofVerifier internal verifier;
    Marketplace internal market;
    address internal client;
    address internal validator;
    address internal stranger;
    address[] internal hosts;
    uint256 internal nonce;

    function setUp() public {
        vm.roll(B0);
        vm.warp(T0);
        client = makeAddr("client");
        validator = makeAddr("validator");
        stranger = makeAddr("stranger");
        token = new CairnToken("Cairn Test Token", "CAIRN", address(this));
        verifier = new TestStorageProofVerifier();
        market = new Marketplace(IERC20(address(token)), IStorageProofVerifier(address(verifier)), _config());
        _fund(client);
        _fund(validator);
        for (uint256 i = 0; i < 6; i++) {
            address host = makeAddr(string.concat("host", vm.toString(i)));
            hosts.push(host);
            _fund(host);
        }
    }

    // ==========================================================================================
    // Helpers
    // ==========================================================================================

    function _fund(address account) internal {
        token.mint(account, FUNDS);
        vm.prank(account);
        token.approve(address(market), type(uint256).max);
    }

    function _config() internal pure returns (IMarketplace.Config memory) {
        return IMarketplace.Config({
            period: PERIOD,
            timeout: TIMEOUT,
            minProofProbability: 1,
            maxProofProbability: 1000,
            slashPercentage: 20,
            maxNumberOfSlashes: 2,
            validatorRewardPercentage: 20,
            repairRewardPercentage: 10,
            maxReservations: 3,
            reservationTimeout: RESERVATION_TIMEOUT,
            maxRequestDuration: 30 days
        });
    }

    function _ask() internal pure returns (IMarketplace.Ask memory) {
        return IMarketplace.Ask({
            slots: SLOTS,
            slotSize: SLOT_SIZE,
            duration: DURATION,
            proofProbability: 1,
            pricePerBytePerSecond: PRICE_PER_BYTE,
            collateralPerByte: COLLATERAL_PER_BYTE,
            maxSlotLoss: 1
        });
    }

    function _request(IMarketplace.Ask memory ask) internal returns (IMarketplace.Request memory) {
        return IMarketplace.Request({
            client: client,
            ask: ask,
            content: IMarketplace.Content({cid: hex"01711220aabbccdd", verifyRoot: ROOT}),
            expiry: EXPIRY,
            nonce: bytes32(++nonce)
        });
    }

    function _post(IMarketplace.Request memory r) internal returns (bytes32 rid) {
        vm.prank(r.client);
        rid = market.requestStorage(r);
    }

    function _post() internal returns (bytes32) {
        return _post(_request(_ask()));
    }

    /// @dev Computed here, not by calling `slotId`: an external call would consume a pending
    /// `prank` or `expectRevert` when used as an argument.
    function _slot(bytes32 rid, uint64 index) internal pure returns (bytes32) {
        return keccak256(abi.encode(rid, index));
    }

    /// @dev A valid proof for slot `index` of `rid` in `period` (the period's seed must be known).
    function _proof(bytes32 rid, uint64 index, uint256 period, address host)
        internal
        view
        returns (Groth16Proof memory)
    {
        uint256 entropy = market.getChallengeIn(_slot(rid, index), period, host);
        vm.assertNotEq(entropy, 0);
        uint256 root = uint256(market.getRequest(rid).content.verifyRoot);
        return verifier.proofFor([entropy, root, uint256(index)]);
    }

    /// @dev A valid proof for slot `index` of `rid` in `period` by the slot's current host.
    function _proof(bytes32 rid, uint64 index, uint256 period) internal view returns (Groth16Proof memory) {
        return _proof(rid, index, period, market.getHost(_slot(rid, index)));
    }

    /// @dev Makes the current period's seed known: commits it (if nobody did) and mines a block.
    function _ready() internal {
        (, bool known,) = market.periodSeed(market.currentPeriod());
        if (!known) {
            market.commitRandomness();
            vm.roll(block.number + 1);
        }
    }

    function _fill(bytes32 rid, uint64 index, address host) internal {
        _ready();
        Groth16Proof memory proof = _proof(rid, index, market.currentPeriod(), host);
        vm.prank(host);
        market.fillSlot(rid, index, proof);
    }

    function _fillAll(bytes32 rid) internal {
        uint64 slots = market.getRequest(rid).ask.slots;
        for (uint64 i = 0; i < slots; i++) {
            _fill(rid, i, hosts[i]);
        }
    }

    /// @dev A request whose slots were all filled at T0 by hosts[0..3].
    function _started() internal returns (bytes32 rid) {
        rid = _post();
        _fillAll(rid);
    }

    /// @dev A started request in which hosts 0 and 1 left: more than maxSlotLoss (1) slots free.
    function _failed() internal returns (bytes32 rid) {
        rid = _started();
        _warp(block.timestamp + 10);
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        vm.prank(hosts[1]);
        market.freeSlot(_slot(rid, 1));
        _assertRequestState(rid, IMarketplace.RequestState.Failed);
    }

    function _warp(uint256 timestamp) internal {
        vm.warp(timestamp);
        vm.roll(block.number + 1);
    }

    /// @dev Walks to the start of `period`, committing the randomness of every period on the way so
    /// that each one's seed is binding.
    function _toPeriod(uint256 period) internal {
        while (market.currentPeriod() < period) {
            market.commitRandomness();
            vm.warp(market.periodEnd(market.currentPeriod()));
            vm.roll(block.number + 1);
        }
    }

    function _bal(address account) internal view returns (uint256) {
        return token.balanceOf(account);
    }

    function _assertRequestState(bytes32 rid, IMarketplace.RequestState state) internal view {
        vm.assertEq(uint256(market.requestState(rid)), uint256(state), "request state");
    }

    function _assertSlotState(bytes32 id, IMarketplace.SlotState state) internal view {
        vm.assertEq(uint256(market.slotState(id)), uint256(state), "slot state");
    }

    function _endsAt(bytes32 rid) internal view returns (uint256) {
        return market.getRequestInfo(rid).endsAt;
    }

    function _expiresAt(bytes32 rid) internal view returns (uint256) {
        return market.getRequestInfo(rid).expiresAt;
    }

    function _deploy(IMarketplace.Config memory config_) internal returns (Marketplace) {
        return new Marketplace(IERC20(address(token)), IStorageProofVerifier(address(verifier)), config_);
    }

    function _expectInvalidConfig(IMarketplace.Config memory config_, string memory reason) internal {
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.InvalidConfig.selector, reason));
        _deploy(config_);
    }

    function _expectInvalidRequest(IMarketplace.Request memory r, string memory reason) internal {
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.InvalidRequest.selector, reason));
        vm.prank(client);
        market.requestStorage(r);
    }

    function _expectRequestState(IMarketplace.RequestState state) internal {
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.InvalidRequestState.selector, state));
    }

    function _expectSlotState(IMarketplace.SlotState state) internal {
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.InvalidSlotState.selector, state));
    }

    // ==========================================================================================
    // constructor and config
    // ==========================================================================================

    function test_constructor_storesTheConfig() public view {
        IMarketplace.Config memory c = market.config();
        vm.assertEq(uint256(c.period), PERIOD);
        vm.assertEq(uint256(c.timeout), TIMEOUT);
        vm.assertEq(uint256(c.minProofProbability), 1);
        vm.assertEq(uint256(c.maxProofProbability), 1000);
        vm.assertEq(uint256(c.slashPercentage), 20);
        vm.assertEq(uint256(c.maxNumberOfSlashes), 2);
        vm.assertEq(uint256(c.validatorRewardPercentage), 20);
        vm.assertEq(uint256(c.repairRewardPercentage), 10);
        vm.assertEq(uint256(c.maxReservations), 3);
        vm.assertEq(uint256(c.maxRequestDuration), 30 days);
        vm.assertEq(address(market.token()), address(token));
        vm.assertEq(address(market.verifier()), address(verifier));
        vm.assertEq(market.SNARK_SCALAR_FIELD(), FIELD);
        vm.assertEq(uint256(market.MAX_SLOTS()), 256);
        vm.assertEq(market.MAX_PRICE(), 2 ** 96);
        vm.assertEq(market.MAX_CID_LENGTH(), 128);
    }

    function test_constructor_acceptsTheBoundaries() public {
        IMarketplace.Config memory c = _config();
        c.minProofProbability = 7;
        c.maxProofProbability = 7;
        c.slashPercentage = 50;
        c.maxNumberOfSlashes = 2;
        c.repairRewardPercentage = 0;
        c.validatorRewardPercentage = 100;
        Marketplace m = _deploy(c);
        vm.assertEq(uint256(m.config().slashPercentage), 50);
        vm.assertEq(uint256(m.config().validatorRewardPercentage), 100);
        c = _config();
        c.repairRewardPercentage = 60; // exactly 100 - 20 * 2
        m = _deploy(c);
        vm.assertEq(uint256(m.config().repairRewardPercentage), 60);
    }

    function test_RevertWhen_constructor_tokenIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.InvalidConfig.selector, "token is zero"));
        new Marketplace(IERC20(address(0)), IStorageProofVerifier(address(verifier)), _config());
    }

    function test_RevertWhen_constructor_verifierIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.InvalidConfig.selector, "verifier has no code"));
        new Marketplace(IERC20(address(token)), IStorageProofVerifier(address(0)), _config());
    }

    function test_RevertWhen_constructor_verifierHasNoCode() public {
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.InvalidConfig.selector, "verifier has no code"));
        new Marketplace(IERC20(address(token)), IStorageProofVerifier(makeAddr("eoa")), _config());
    }

    /// @dev A verifier whose keys anyone can forge proofs for is refused everywhere but the devnet.
    function test_RevertWhen_constructor_devKeyVerifierOffTheDevnet() public {
        vm.assertTrue(verifier.verifierInfo().devKeys);
        vm.chainId(11155111);
        vm.expectRevert(
            abi.encodeWithSelector(
                IMarketplace.InvalidConfig.selector, "dev-key verifier (forgeable proofs) off the devnet"
            )
        );
        new Marketplace(IERC20(address(token)), IStorageProofVerifier(address(verifier)), _config());
        vm.chainId(31337);
        new Marketplace(IERC20(address(token)), IStorageProofVerifier(address(verifier)), _config());
    }

    function test_RevertWhen_constructor_reservationTimeoutIsZero() public {
        IMarketplace.Config memory c = _config();
        c.reservationTimeout = 0;
        vm.expectRevert(
            abi.encodeWithSelector(IMarketplace.InvalidConfig.selector, "reservationTimeout is zero")
        );
        new Marketplace(IERC20(address(token)), IStorageProofVerifier(address(verifier)), c);
    }

    function test_RevertWhen_constructor_periodIsZero() public {
        IMarketplace.Config memory c = _config();
        c.period = 0;
        _expectInvalidConfig(c, "period is zero");
    }

    function test_RevertWhen_constructor_timeoutIsZero() public {
        IMarketplace.Config memory c = _config();
        c.timeout = 0;
        _expectInvalidConfig(c, "timeout is zero");
    }

    function test_RevertWhen_constructor_proofProbabilityBoundsAreInvalid() public {
        IMarketplace.Config memory c = _config();
        c.minProofProbability = 0;
        _expectInvalidConfig(c, "proof probability bounds");
        c.minProofProbability = 1001;
        _expectInvalidConfig(c, "proof probability bounds");
    }

    function test_RevertWhen_constructor_maxNumberOfSlashesIsZero() public {
        IMarketplace.Config memory c = _config();
        c.maxNumberOfSlashes = 0;
        _expectInvalidConfig(c, "maxNumberOfSlashes is zero");
    }

    function test_RevertWhen_constructor_slashesExceedTheCollateral() public {
        IMarketplace.Config memory c = _config();
        c.slashPercentage = 51;
        c.repairRewardPercentage = 0;
        _expectInvalidConfig(c, "slashes exceed the collateral");
        c.slashPercentage = 1;
        c.maxNumberOfSlashes = 101;
        _expectInvalidConfig(c, "slashes exceed the collateral");
    }

    function test_RevertWhen_constructor_repairRewardExceedsWhatIsLeft() public {
        IMarketplace.Config memory c = _config();
        c.repairRewardPercentage = 61;
        _expectInvalidConfig(c, "repair reward exceeds what is left after slashing");
    }

    function test_RevertWhen_constructor_validatorRewardOver100() public {
        IMarketplace.Config memory c = _config();
        c.validatorRewardPercentage = 101;
        _expectInvalidConfig(c, "validator reward over 100%");
    }

    function test_RevertWhen_constructor_maxReservationsIsZero() public {
        IMarketplace.Config memory c = _config();
        c.maxReservations = 0;
        _expectInvalidConfig(c, "maxReservations is zero");
    }

    function test_RevertWhen_constructor_maxRequestDurationIsZero() public {
        IMarketplace.Config memory c = _config();
        c.maxRequestDuration = 0;
        _expectInvalidConfig(c, "maxRequestDuration is zero");
    }

    function testFuzz_constructor_percentageRules(
        uint8 slashPercentage,
        uint8 maxNumberOfSlashes,
        uint8 repairRewardPercentage,
        uint8 validatorRewardPercentage
    ) public {
        IMarketplace.Config memory c = _config();
        c.slashPercentage = slashPercentage;
        c.maxNumberOfSlashes = maxNumberOfSlashes;
        c.repairRewardPercentage = repairRewardPercentage;
        c.validatorRewardPercentage = validatorRewardPercentage;
        uint256 slashTotal = uint256(slashPercentage) * maxNumberOfSlashes;
        if (maxNumberOfSlashes == 0) {
            _expectInvalidConfig(c, "maxNumberOfSlashes is zero");
        } else if (slashTotal > 100) {
            _expectInvalidConfig(c, "slashes exceed the collateral");
        } else if (repairRewardPercentage > 100 - slashTotal) {
            _expectInvalidConfig(c, "repair reward exceeds what is left after slashing");
        } else if (validatorRewardPercentage > 100) {
            _expectInvalidConfig(c, "validator reward over 100%");
        } else {
            IMarketplace.Config memory stored = _deploy(c).config();
            vm.assertEq(uint256(stored.slashPercentage), slashPercentage);
            vm.assertEq(uint256(stored.maxNumberOfSlashes), maxNumberOfSlashes);
            vm.assertEq(uint256(stored.repairRewardPercentage), repairRewardPercentage);
            vm.assertEq(uint256(stored.validatorRewardPercentage), validatorRewardPercentage);
        }
    }

    function testFuzz_constructor_periodsAndBounds(uint64 period, uint64 timeout, uint64 minP, uint64 maxP)
        public
    {
        IMarketplace.Config memory c = _config();
        c.period = period;
        c.timeout = timeout;
        c.minProofProbability = minP;
        c.maxProofProbability = maxP;
        if (period == 0) {
            _expectInvalidConfig(c, "period is zero");
        } else if (timeout == 0) {
            _expectInvalidConfig(c, "timeout is zero");
        } else if (minP == 0 || minP > maxP) {
            _expectInvalidConfig(c, "proof probability bounds");
        } else {
            IMarketplace.Config memory stored = _deploy(c).config();
            vm.assertEq(uint256(stored.period), period);
            vm.assertEq(uint256(stored.timeout), timeout);
            vm.assertEq(uint256(stored.minProofProbability), minP);
            vm.assertEq(uint256(stored.maxProofProbability), maxP);
        }
    }

    // ==========================================================================================
    // requestStorage
    // ==========================================================================================

    function test_requestStorage_takesThePriceAndRecordsTheRequest() public {
        IMarketplace.Request memory r = _request(_ask());
        bytes32 expected = keccak256(abi.encode(r));
        vm.expectEmit(address(market));
        emit IMarketplace.StorageRequested(expected, client, r.ask, uint64(T0 + EXPIRY), PRICE);
        bytes32 rid = _post(r);
        vm.assertEq(rid, expected);
        vm.assertEq(_bal(client), FUNDS - PRICE);
        vm.assertEq(_bal(address(market)), PRICE);

        IMarketplace.Request memory stored = market.getRequest(rid);
        vm.assertEq(stored.client, client);
        vm.assertEq(uint256(stored.ask.slots), SLOTS);
        vm.assertEq(uint256(stored.ask.slotSize), SLOT_SIZE);
        vm.assertEq(uint256(stored.ask.duration), DURATION);
        vm.assertEq(uint256(stored.ask.proofProbability), 1);
        vm.assertEq(stored.ask.pricePerBytePerSecond, PRICE_PER_BYTE);
        vm.assertEq(stored.ask.collateralPerByte, COLLATERAL_PER_BYTE);
        vm.assertEq(uint256(stored.ask.maxSlotLoss), 1);
        vm.assertEq(stored.content.cid, r.content.cid);
        vm.assertEq(stored.content.verifyRoot, ROOT);
        vm.assertEq(uint256(stored.expiry), EXPIRY);
        vm.assertEq(stored.nonce, r.nonce);

        IMarketplace.RequestInfo memory info = market.getRequestInfo(rid);
        vm.assertEq(uint256(info.state), uint256(IMarketplace.RequestState.New));
        vm.assertEq(uint256(info.requestedAt), T0);
        vm.assertEq(uint256(info.expiresAt), T0 + EXPIRY);
        vm.assertEq(uint256(info.endsAt), T0 + DURATION);
        vm.assertEq(uint256(info.startedAt), 0);
        vm.assertEq(uint256(info.failedAt), 0);
        vm.assertEq(uint256(info.slotsFilled), 0);
        vm.assertEq(uint256(info.slotsFreed), 0);
        vm.assertFalse(info.clientWithdrawn);
        _assertRequestState(rid, IMarketplace.RequestState.New);
        vm.assertEq(market.clientPayout(rid), PRICE);
        vm.assertEq(uint256(market.slotStateAt(rid, 0)), uint256(IMarketplace.SlotState.Free));
        vm.assertEq(uint256(market.slotStateAt(rid, SLOTS)), uint256(IMarketplace.SlotState.None));
    }

    function test_requestStorage_commitsTheRandomnessOfThisAndTheNextPeriod() public {
        IMarketplace.Request memory r = _request(_ask());
        vm.expectEmit(address(market));
        emit IMarketplace.RandomnessCommitted(P0, B0);
        vm.expectEmit(address(market));
        emit IMarketplace.RandomnessCommitted(P0 + 1, B0);
        vm.expectEmit(address(market));
        emit IMarketplace.StorageRequested(
            keccak256(abi.encode(r)), client, r.ask, uint64(T0 + EXPIRY), PRICE
        );
        _post(r);
        (, bool known, bool binding) = market.periodSeed(P0 + 1);
        vm.assertTrue(known); // stored at the commit
        vm.assertTrue(binding);
    }

    function test_requestStorage_acceptsTheBoundaries() public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.slots = 256;
        r.ask.maxSlotLoss = 255;
        r.ask.slotSize = 1;
        r.ask.duration = 30 days;
        r.expiry = 30 days - 1;
        r.ask.proofProbability = 1000;
        r.ask.pricePerBytePerSecond = 2 ** 96 - 1;
        r.ask.collateralPerByte = 2 ** 96 - 1;
        r.content.cid = new bytes(128);
        r.content.verifyRoot = bytes32(FIELD - 1);
        uint256 price = uint256(2 ** 96 - 1) * 30 days * 256;
        token.mint(client, price);
        bytes32 rid = _post(r);
        vm.assertEq(_bal(address(market)), price);
        vm.assertEq(market.clientPayout(rid), price);
    }

    function test_RevertWhen_requestStorage_callerIsNotTheClient() public {
        IMarketplace.Request memory r = _request(_ask());
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.NotAuthorized.selector, stranger));
        vm.prank(stranger);
        market.requestStorage(r);
    }

    function test_RevertWhen_requestStorage_slotsInvalid() public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.slots = 0;
        r.ask.maxSlotLoss = 0;
        _expectInvalidRequest(r, "slots");
        r.ask.slots = 257;
        _expectInvalidRequest(r, "slots");
    }

    function test_RevertWhen_requestStorage_maxSlotLossNotBelowSlots() public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.maxSlotLoss = SLOTS;
        _expectInvalidRequest(r, "maxSlotLoss");
        r.ask.maxSlotLoss = SLOTS + 1;
        _expectInvalidRequest(r, "maxSlotLoss");
    }

    function test_RevertWhen_requestStorage_slotSizeIsZero() public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.slotSize = 0;
        _expectInvalidRequest(r, "slotSize");
    }

    function test_RevertWhen_requestStorage_durationInvalid() public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.duration = 0;
        _expectInvalidRequest(r, "duration");
        r.ask.duration = 30 days + 1;
        _expectInvalidRequest(r, "duration");
    }

    function test_RevertWhen_requestStorage_expiryInvalid() public {
        IMarketplace.Request memory r = _request(_ask());
        r.expiry = 0;
        _expectInvalidRequest(r, "expiry");
        r.expiry = DURATION;
        _expectInvalidRequest(r, "expiry");
        r.expiry = DURATION + 1;
        _expectInvalidRequest(r, "expiry");
    }

    function test_RevertWhen_requestStorage_proofProbabilityOutOfBounds() public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.proofProbability = 0;
        _expectInvalidRequest(r, "proofProbability");
        r.ask.proofProbability = 1001;
        _expectInvalidRequest(r, "proofProbability");
    }

    function test_RevertWhen_requestStorage_priceInvalid() public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.pricePerBytePerSecond = 0;
        _expectInvalidRequest(r, "pricePerBytePerSecond");
        r.ask.pricePerBytePerSecond = 2 ** 96;
        _expectInvalidRequest(r, "pricePerBytePerSecond");
    }

    function test_RevertWhen_requestStorage_collateralInvalid() public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.collateralPerByte = 0;
        _expectInvalidRequest(r, "collateralPerByte");
        r.ask.collateralPerByte = 2 ** 96;
        _expectInvalidRequest(r, "collateralPerByte");
    }

    function test_RevertWhen_requestStorage_cidInvalid() public {
        IMarketplace.Request memory r = _request(_ask());
        r.content.cid = "";
        _expectInvalidRequest(r, "cid");
        r.content.cid = new bytes(129);
        _expectInvalidRequest(r, "cid");
    }

    function test_RevertWhen_requestStorage_verifyRootNotAFieldElement() public {
        IMarketplace.Request memory r = _request(_ask());
        r.content.verifyRoot = bytes32(FIELD);
        _expectInvalidRequest(r, "verifyRoot");
        r.content.verifyRoot = bytes32(type(uint256).max);
        _expectInvalidRequest(r, "verifyRoot");
    }

    function test_RevertWhen_requestStorage_requestExists() public {
        IMarketplace.Request memory r = _request(_ask());
        bytes32 rid = _post(r);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.RequestExists.selector, rid));
        vm.prank(client);
        market.requestStorage(r);
    }

    function test_RevertWhen_requestStorage_notApproved() public {
        IMarketplace.Request memory r = _request(_ask());
        r.client = stranger;
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(market), 0, PRICE
            )
        );
        vm.prank(stranger);
        market.requestStorage(r);
    }

    function testFuzz_requestStorage_paysExactlyThePrice(
        uint64 slots,
        uint64 slotSize,
        uint64 duration,
        uint64 expiry,
        uint256 pricePerByte,
        uint256 collateralPerByte,
        uint64 proofProbability,
        uint64 maxSlotLoss
    ) public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.slots = uint64(bound(slots, 1, 256));
        r.ask.slotSize = uint64(bound(slotSize, 1, type(uint64).max));
        r.ask.duration = uint64(bound(duration, 2, 30 days));
        r.expiry = uint64(bound(expiry, 1, r.ask.duration - 1));
        r.ask.pricePerBytePerSecond = bound(pricePerByte, 1, 2 ** 96 - 1);
        r.ask.collateralPerByte = bound(collateralPerByte, 1, 2 ** 96 - 1);
        r.ask.proofProbability = uint64(bound(proofProbability, 1, 1000));
        r.ask.maxSlotLoss = uint64(bound(maxSlotLoss, 0, r.ask.slots - 1));
        uint256 price = uint256(r.ask.slotSize) * r.ask.pricePerBytePerSecond * r.ask.duration * r.ask.slots;
        token.mint(client, price);
        uint256 before = _bal(client);
        vm.expectEmit(address(market));
        emit IMarketplace.StorageRequested(
            keccak256(abi.encode(r)), client, r.ask, uint64(block.timestamp) + r.expiry, price
        );
        bytes32 rid = _post(r);
        vm.assertEq(before - _bal(client), price);
        vm.assertEq(_bal(address(market)), price);
        vm.assertEq(market.clientPayout(rid), price);
        IMarketplace.RequestInfo memory info = market.getRequestInfo(rid);
        vm.assertEq(uint256(info.expiresAt), block.timestamp + r.expiry);
        vm.assertEq(uint256(info.endsAt), block.timestamp + r.ask.duration);
    }

    function testFuzz_requestStorage_durationAndExpiryRules(uint64 duration, uint64 expiry) public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.slotSize = 1;
        r.ask.pricePerBytePerSecond = 1;
        r.ask.duration = duration;
        r.expiry = expiry;
        if (duration == 0 || duration > 30 days) {
            _expectInvalidRequest(r, "duration");
        } else if (expiry == 0 || expiry >= duration) {
            _expectInvalidRequest(r, "expiry");
        } else {
            bytes32 rid = _post(r);
            vm.assertEq(uint256(market.getRequestInfo(rid).endsAt), block.timestamp + duration);
            vm.assertEq(uint256(market.getRequestInfo(rid).expiresAt), block.timestamp + expiry);
        }
    }

    function testFuzz_requestStorage_priceAndCollateralRules(uint256 pricePerByte, uint256 collateralPerByte)
        public
    {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.slots = 1;
        r.ask.maxSlotLoss = 0;
        r.ask.slotSize = 1;
        r.ask.duration = 2;
        r.expiry = 1;
        r.ask.pricePerBytePerSecond = pricePerByte;
        r.ask.collateralPerByte = collateralPerByte;
        if (pricePerByte == 0 || pricePerByte >= 2 ** 96) {
            _expectInvalidRequest(r, "pricePerBytePerSecond");
        } else if (collateralPerByte == 0 || collateralPerByte >= 2 ** 96) {
            _expectInvalidRequest(r, "collateralPerByte");
        } else {
            _post(r);
            vm.assertEq(_bal(address(market)), pricePerByte * 2);
        }
    }

    function testFuzz_requestStorage_slotsProbabilityAndRootRules(
        uint64 slots,
        uint64 maxSlotLoss,
        uint64 proofProbability,
        uint256 root
    ) public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.slots = uint64(bound(slots, 0, 300));
        r.ask.maxSlotLoss = uint64(bound(maxSlotLoss, 0, 300));
        r.ask.proofProbability = uint64(bound(proofProbability, 0, 1100));
        r.content.verifyRoot = bytes32(root);
        if (r.ask.slots == 0 || r.ask.slots > 256) {
            _expectInvalidRequest(r, "slots");
        } else if (r.ask.maxSlotLoss >= r.ask.slots) {
            _expectInvalidRequest(r, "maxSlotLoss");
        } else if (r.ask.proofProbability == 0 || r.ask.proofProbability > 1000) {
            _expectInvalidRequest(r, "proofProbability");
        } else if (root >= FIELD) {
            _expectInvalidRequest(r, "verifyRoot");
        } else {
            bytes32 rid = _post(r);
            vm.assertEq(market.getRequest(rid).content.verifyRoot, bytes32(root));
            vm.assertEq(_bal(address(market)), RATE * DURATION * r.ask.slots);
        }
    }

    // ==========================================================================================
    // reserveSlot
    // ==========================================================================================

    function test_reserveSlot_recordsTheHost() public {
        bytes32 rid = _post();
        vm.expectEmit(address(market));
        emit IMarketplace.SlotReserved(
            rid, 2, hosts[0], uint64(block.timestamp) + RESERVATION_TIMEOUT, DEPOSIT
        );
        vm.prank(hosts[0]);
        market.reserveSlot(rid, 2);
        vm.prank(hosts[1]);
        market.reserveSlot(rid, 2);
        address[] memory reserved = market.getReservations(_slot(rid, 2));
        vm.assertEq(reserved.length, 2);
        vm.assertEq(reserved[0], hosts[0]);
        vm.assertEq(reserved[1], hosts[1]);
        _assertSlotState(_slot(rid, 2), IMarketplace.SlotState.Free);
        vm.assertEq(market.getHost(_slot(rid, 2)), address(0));
        vm.assertEq(market.getSlot(_slot(rid, 2)).slotIndex, 2);
    }

    function test_reserveSlot_repairSlotOfARunningRequest() public {
        bytes32 rid = _started();
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        vm.expectEmit(address(market));
        emit IMarketplace.SlotReserved(
            rid, 0, hosts[4], uint64(block.timestamp) + RESERVATION_TIMEOUT, DEPOSIT
        );
        vm.prank(hosts[4]);
        market.reserveSlot(rid, 0);
        // only the reserving host may repair it
        _ready();
        Groth16Proof memory proof = _proof(rid, 0, market.currentPeriod(), hosts[5]);
        vm.expectRevert(IMarketplace.NotReserved.selector);
        vm.prank(hosts[5]);
        market.fillSlot(rid, 0, proof);
        proof = _proof(rid, 0, market.currentPeriod(), hosts[4]);
        vm.prank(hosts[4]);
        market.fillSlot(rid, 0, proof);
        vm.assertEq(market.getHost(_slot(rid, 0)), hosts[4]);
        vm.assertEq(market.getReservations(_slot(rid, 0)).length, 0);
    }

    function test_RevertWhen_reserveSlot_unknownRequest() public {
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.UnknownRequest.selector, bytes32(uint256(1))));
        vm.prank(hosts[0]);
        market.reserveSlot(bytes32(uint256(1)), 0);
    }

    function test_RevertWhen_reserveSlot_slotIndexOutOfRange() public {
        bytes32 rid = _post();
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.InvalidSlotIndex.selector, SLOTS));
        vm.prank(hosts[0]);
        market.reserveSlot(rid, SLOTS);
    }

    function test_RevertWhen_reserveSlot_slotFilledBeforeStart() public {
        bytes32 rid = _post();
        _fill(rid, 0, hosts[0]);
        _expectSlotState(IMarketplace.SlotState.Filled);
        vm.prank(hosts[1]);
        market.reserveSlot(rid, 0);
    }

    function test_RevertWhen_reserveSlot_slotFilledWhileRunning() public {
        bytes32 rid = _started();
        _expectSlotState(IMarketplace.SlotState.Filled);
        vm.prank(hosts[4]);
        market.reserveSlot(rid, 1);
    }

    function test_RevertWhen_reserveSlot_requestCancelled() public {
        bytes32 rid = _post();
        _warp(T0 + EXPIRY + 1);
        _expectRequestState(IMarketplace.RequestState.Cancelled);
        vm.prank(hosts[0]);
        market.reserveSlot(rid, 0);
    }

    function test_RevertWhen_reserveSlot_requestFinished() public {
        bytes32 rid = _started();
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        _warp(T0 + DURATION + 1);
        _expectRequestState(IMarketplace.RequestState.Finished);
        vm.prank(hosts[4]);
        market.reserveSlot(rid, 0);
    }

    function test_RevertWhen_reserveSlot_requestFailed() public {
        bytes32 rid = _failed();
        _expectRequestState(IMarketplace.RequestState.Failed);
        vm.prank(hosts[4]);
        market.reserveSlot(rid, 0);
    }

    function test_RevertWhen_reserveSlot_reservationsFull() public {
        bytes32 rid = _post();
        for (uint256 i = 0; i < 3; i++) {
            vm.prank(hosts[i]);
            market.reserveSlot(rid, 1);
        }
        vm.expectRevert(IMarketplace.ReservationsFull.selector);
        vm.prank(hosts[3]);
        market.reserveSlot(rid, 1);
        // other slots are unaffected
        vm.prank(hosts[3]);
        market.reserveSlot(rid, 2);
    }

    function test_RevertWhen_reserveSlot_alreadyReserved() public {
        bytes32 rid = _post();
        vm.prank(hosts[0]);
        market.reserveSlot(rid, 1);
        vm.expectRevert(IMarketplace.AlreadyReserved.selector);
        vm.prank(hosts[0]);
        market.reserveSlot(rid, 1);
    }

    function testFuzz_reserveSlot_slotIndex(uint64 index) public {
        bytes32 rid = _post();
        if (index >= SLOTS) {
            vm.expectRevert(abi.encodeWithSelector(IMarketplace.InvalidSlotIndex.selector, index));
            vm.prank(hosts[0]);
            market.reserveSlot(rid, index);
        } else {
            vm.expectEmit(address(market));
            emit IMarketplace.SlotReserved(
                rid, index, hosts[0], uint64(block.timestamp) + RESERVATION_TIMEOUT, DEPOSIT
            );
            vm.prank(hosts[0]);
            market.reserveSlot(rid, index);
            vm.assertEq(market.getReservations(_slot(rid, index))[0], hosts[0]);
        }
    }

    function testFuzz_reserveSlot_upToMaxReservations(uint256 count, uint256 at) public {
        bytes32 rid = _post();
        count = bound(count, 1, 6);
        _warp(bound(at, T0, T0 + EXPIRY));
        for (uint256 i = 0; i < count; i++) {
            if (i >= 3) vm.expectRevert(IMarketplace.ReservationsFull.selector);
            vm.prank(hosts[i]);
            market.reserveSlot(rid, 3);
        }
        vm.assertEq(market.getReservations(_slot(rid, 3)).length, count < 3 ? count : 3);
    }

    // ==========================================================================================
    // fillSlot
    // ==========================================================================================

    function test_fillSlot_postsCollateralAndRecordsTheHost() public {
        bytes32 rid = _post();
        _warp(T0 + 100);
        _ready();
        bytes32 id = _slot(rid, 1);
        Groth16Proof memory proof = _proof(rid, 1, market.currentPeriod(), hosts[1]);
        vm.expectEmit(address(market));
        emit IMarketplace.SlotFilled(rid, 1, hosts[1], COLLATERAL, false);
        vm.prank(hosts[1]);
        market.fillSlot(rid, 1, proof);

        vm.assertEq(_bal(hosts[1]), FUNDS - COLLATERAL);
        vm.assertEq(_bal(address(market)), PRICE + COLLATERAL);
        IMarketplace.SlotInfo memory s = market.getSlot(id);
        vm.assertEq(uint256(s.state), uint256(IMarketplace.SlotState.Filled));
        vm.assertEq(s.requestId, rid);
        vm.assertEq(uint256(s.slotIndex), 1);
        vm.assertEq(s.host, hosts[1]);
        vm.assertEq(uint256(s.filledAt), block.timestamp);
        vm.assertEq(uint256(s.missedProofs), 0);
        vm.assertEq(s.collateral, COLLATERAL);
        vm.assertEq(s.repairReward, 0);
        vm.assertEq(market.getHost(id), hosts[1]);
        (IMarketplace.Request memory r, uint64 index) = market.getActiveSlot(id);
        vm.assertEq(keccak256(abi.encode(r)), rid);
        vm.assertEq(uint256(index), 1);
        _assertSlotState(id, IMarketplace.SlotState.Filled);
        vm.assertEq(uint256(market.slotStateAt(rid, 1)), uint256(IMarketplace.SlotState.Filled));
        vm.assertEq(uint256(market.getRequestInfo(rid).slotsFilled), 1);
        _assertRequestState(rid, IMarketplace.RequestState.New);
        uint256 pay = RATE * (T0 + DURATION - block.timestamp);
        vm.assertEq(market.slotPayout(id), COLLATERAL + pay);
        vm.assertEq(market.clientPayout(rid), PRICE - pay);
    }

    function test_fillSlot_lastFillStartsTheRequest() public {
        bytes32 rid = _post();
        for (uint64 i = 0; i < SLOTS - 1; i++) {
            _fill(rid, i, hosts[i]);
        }
        _assertRequestState(rid, IMarketplace.RequestState.New);
        _warp(T0 + 200);
        _ready();
        Groth16Proof memory proof = _proof(rid, 3, market.currentPeriod(), hosts[3]);
        vm.expectEmit(address(market));
        emit IMarketplace.SlotFilled(rid, 3, hosts[3], COLLATERAL, false);
        vm.expectEmit(address(market));
        emit IMarketplace.RequestStarted(rid);
        vm.prank(hosts[3]);
        market.fillSlot(rid, 3, proof);
        IMarketplace.RequestInfo memory info = market.getRequestInfo(rid);
        vm.assertEq(uint256(info.state), uint256(IMarketplace.RequestState.Started));
        vm.assertEq(uint256(info.startedAt), block.timestamp);
        vm.assertEq(uint256(info.slotsFilled), SLOTS);
        vm.assertEq(_bal(address(market)), PRICE + SLOTS * COLLATERAL);
    }

    function test_fillSlot_reservedHostFillsAndReservationsAreCleared() public {
        bytes32 rid = _post();
        vm.prank(hosts[0]);
        market.reserveSlot(rid, 0);
        vm.prank(hosts[1]);
        market.reserveSlot(rid, 0);
        _fill(rid, 0, hosts[1]);
        vm.assertEq(market.getReservations(_slot(rid, 0)).length, 0);
        vm.assertEq(market.getHost(_slot(rid, 0)), hosts[1]);
        // after the host leaves, the slot is open to anyone again
        vm.prank(hosts[1]);
        market.freeSlot(_slot(rid, 0));
        _fill(rid, 0, hosts[2]);
        vm.assertEq(market.getHost(_slot(rid, 0)), hosts[2]);
    }

    function test_RevertWhen_fillSlot_hostDidNotReserve() public {
        bytes32 rid = _post();
        vm.prank(hosts[0]);
        market.reserveSlot(rid, 0);
        _ready();
        Groth16Proof memory proof = _proof(rid, 0, market.currentPeriod(), hosts[1]);
        vm.expectRevert(IMarketplace.NotReserved.selector);
        vm.prank(hosts[1]);
        market.fillSlot(rid, 0, proof);
    }

    function test_RevertWhen_fillSlot_unknownRequest() public {
        Groth16Proof memory proof;
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.UnknownRequest.selector, bytes32(uint256(7))));
        vm.prank(hosts[0]);
        market.fillSlot(bytes32(uint256(7)), 0, proof);
    }

    function test_RevertWhen_fillSlot_slotIndexOutOfRange() public {
        bytes32 rid = _post();
        Groth16Proof memory proof;
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.InvalidSlotIndex.selector, uint64(9)));
        vm.prank(hosts[0]);
        market.fillSlot(rid, 9, proof);
    }

    function test_RevertWhen_fillSlot_slotFilledBeforeStart() public {
        bytes32 rid = _post();
        _fill(rid, 0, hosts[0]);
        Groth16Proof memory proof = _proof(rid, 0, market.currentPeriod(), hosts[1]);
        _expectSlotState(IMarketplace.SlotState.Filled);
        vm.prank(hosts[1]);
        market.fillSlot(rid, 0, proof);
    }

    function test_RevertWhen_fillSlot_slotFilledWhileRunning() public {
        bytes32 rid = _started();
        Groth16Proof memory proof = _proof(rid, 2, market.currentPeriod(), hosts[4]);
        _expectSlotState(IMarketplace.SlotState.Filled);
        vm.prank(hosts[4]);
        market.fillSlot(rid, 2, proof);
    }

    function test_RevertWhen_fillSlot_requestCancelled() public {
        bytes32 rid = _post();
        _warp(T0 + EXPIRY + 1);
        _ready();
        Groth16Proof memory proof = _proof(rid, 0, market.currentPeriod(), hosts[0]);
        _expectRequestState(IMarketplace.RequestState.Cancelled);
        vm.prank(hosts[0]);
        market.fillSlot(rid, 0, proof);
    }

    function test_RevertWhen_fillSlot_requestFinished() public {
        bytes32 rid = _started();
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        _warp(T0 + DURATION + 1);
        _ready();
        Groth16Proof memory proof = _proof(rid, 0, market.currentPeriod(), hosts[4]);
        _expectRequestState(IMarketplace.RequestState.Finished);
        vm.prank(hosts[4]);
        market.fillSlot(rid, 0, proof);
    }

    function test_RevertWhen_fillSlot_requestFailed() public {
        bytes32 rid = _failed();
        _ready();
        Groth16Proof memory proof = _proof(rid, 0, market.currentPeriod(), hosts[4]);
        _expectRequestState(IMarketplace.RequestState.Failed);
        vm.prank(hosts[4]);
        market.fillSlot(rid, 0, proof);
    }

    function test_fillSlot_inTheBlockThatCommitsTheSeed() public {
        bytes32 rid = _post(); // commits P0 in this very block: its seed is stored at once
        vm.assertNotEq(market.getChallenge(_slot(rid, 0), hosts[0]), 0);
        _fill(rid, 0, hosts[0]);
        vm.assertEq(market.getHost(_slot(rid, 0)), hosts[0]);
    }

    function test_fillSlot_periodNeverCommitted() public {
        bytes32 rid = _post();
        // P0 + 3 is not committed by anyone: the fill commits it late (stored at once) and goes on,
        // but the period is not binding, so it requires no proof of anyone.
        _warp(T0 + 3 * PERIOD + 5);
        (, bool known,) = market.periodSeed(P0 + 3);
        vm.assertFalse(known);
        vm.assertEq(market.getChallenge(_slot(rid, 0), hosts[0]), 0);
        market.commitRandomness();
        Groth16Proof memory proof = _proof(rid, 0, P0 + 3, hosts[0]);
        vm.prank(hosts[0]);
        market.fillSlot(rid, 0, proof);
        (,, bool binding) = market.periodSeed(P0 + 3);
        vm.assertFalse(binding);
    }

    function test_RevertWhen_fillSlot_invalidProof() public {
        bytes32 rid = _post();
        _ready();
        Groth16Proof memory wrongSlot = _proof(rid, 1, market.currentPeriod(), hosts[0]);
        vm.expectRevert(IMarketplace.InvalidProof.selector);
        vm.prank(hosts[0]);
        market.fillSlot(rid, 0, wrongSlot);
        Groth16Proof memory empty;
        vm.expectRevert(IMarketplace.InvalidProof.selector);
        vm.prank(hosts[0]);
        market.fillSlot(rid, 0, empty);
    }

    function test_RevertWhen_fillSlot_proofOfAnotherPeriod() public {
        bytes32 rid = _post();
        _ready();
        Groth16Proof memory old = _proof(rid, 0, market.currentPeriod(), hosts[0]);
        _toPeriod(P0 + 1);
        _ready();
        vm.expectRevert(IMarketplace.InvalidProof.selector);
        vm.prank(hosts[0]);
        market.fillSlot(rid, 0, old);
    }

    function test_RevertWhen_fillSlot_notApproved() public {
        bytes32 rid = _post();
        _ready();
        Groth16Proof memory proof = _proof(rid, 0, market.currentPeriod(), stranger);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(market), 0, COLLATERAL
            )
        );
        vm.prank(stranger);
        market.fillSlot(rid, 0, proof);
    }

    function testFuzz_fillSlot_anySlotAtAnyTimeBeforeExpiry(uint64 index, uint256 delay) public {
        bytes32 rid = _post();
        index = uint64(bound(index, 0, SLOTS - 1));
        _warp(T0 + bound(delay, 0, EXPIRY));
        _fill(rid, index, hosts[index]);
        bytes32 id = _slot(rid, index);
        IMarketplace.SlotInfo memory s = market.getSlot(id);
        vm.assertEq(uint256(s.filledAt), block.timestamp);
        vm.assertEq(s.host, hosts[index]);
        vm.assertEq(_bal(hosts[index]), FUNDS - COLLATERAL);
        uint256 pay = RATE * (T0 + DURATION - block.timestamp);
        vm.assertEq(market.slotPayout(id), COLLATERAL + pay);
        vm.assertEq(market.clientPayout(rid), PRICE - pay);
        // if the request is then cancelled, the host is paid until the expiry
        _warp(T0 + EXPIRY + 1);
        vm.assertEq(market.slotPayout(id), COLLATERAL + RATE * (T0 + EXPIRY - s.filledAt));
    }

    function testFuzz_fillSlot_afterExpiryIsCancelled(uint256 delay) public {
        bytes32 rid = _post();
        _warp(T0 + bound(delay, EXPIRY + 1, 30 days));
        _ready();
        Groth16Proof memory proof = _proof(rid, 0, market.currentPeriod(), hosts[0]);
        _expectRequestState(IMarketplace.RequestState.Cancelled);
        vm.prank(hosts[0]);
        market.fillSlot(rid, 0, proof);
    }

    // ==========================================================================================
    // submitProof
    // ==========================================================================================

    function test_submitProof_acceptsARequiredProof() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 2);
        vm.assertFalse(market.isProofRequired(id)); // P0: its seed was committed during P0
        vm.assertTrue(market.willProofBeRequired(id));
        _toPeriod(P0 + 1);
        vm.assertTrue(market.isProofRequired(id));
        vm.assertTrue(market.isProofRequiredIn(id, P0 + 1));
        vm.assertEq(market.getChallenge(id, hosts[2]), market.getChallengeIn(id, P0 + 1, hosts[2]));
        Groth16Proof memory proof = _proof(rid, 2, P0 + 1);
        vm.expectEmit(address(market));
        emit IMarketplace.ProofSubmitted(id, P0 + 1);
        vm.prank(hosts[2]);
        market.submitProof(id, proof);
        vm.assertTrue(market.proofReceived(id, P0 + 1));
        vm.assertFalse(market.proofReceived(id, P0 + 2));
    }

    function test_RevertWhen_submitProof_unknownSlot() public {
        Groth16Proof memory proof;
        bytes32 id = keccak256("nope");
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.UnknownSlot.selector, id));
        market.submitProof(id, proof);
    }

    function test_RevertWhen_submitProof_alreadySubmitted() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 1);
        Groth16Proof memory proof = _proof(rid, 0, P0 + 1);
        vm.prank(hosts[0]);
        market.submitProof(id, proof);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.ProofAlreadySubmitted.selector, id, P0 + 1));
        vm.prank(hosts[0]);
        market.submitProof(id, proof);
    }

    function test_RevertWhen_submitProof_seedCommittedDuringThePeriod() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        // P0's seed is known but was committed during P0: not binding, no proof required
        (, bool known, bool binding) = market.periodSeed(P0);
        vm.assertTrue(known);
        vm.assertFalse(binding);
        Groth16Proof memory proof = _proof(rid, 0, P0);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.ProofNotRequired.selector, id, P0));
        market.submitProof(id, proof);
        // nobody commits P0 + 3 before it starts: committed late, it is not binding either
        _warp(T0 + 3 * PERIOD);
        market.commitRandomness();
        vm.roll(block.number + 1);
        (, known, binding) = market.periodSeed(P0 + 3);
        vm.assertTrue(known);
        vm.assertFalse(binding);
        vm.assertFalse(market.isProofRequired(id));
        proof = _proof(rid, 0, P0 + 3);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.ProofNotRequired.selector, id, P0 + 3));
        market.submitProof(id, proof);
    }

    function test_RevertWhen_submitProof_requestNotStarted() public {
        bytes32 rid = _post();
        _fill(rid, 0, hosts[0]);
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 1);
        vm.assertFalse(market.isProofRequired(id));
        Groth16Proof memory proof = _proof(rid, 0, P0 + 1);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.ProofNotRequired.selector, id, P0 + 1));
        market.submitProof(id, proof);
    }

    function test_RevertWhen_submitProof_slotFilledDuringThePeriod() public {
        bytes32 rid = _started();
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        _warp(T0 + PERIOD + 10);
        _fill(rid, 0, hosts[4]); // repaired during P0 + 1
        bytes32 id = _slot(rid, 0);
        vm.assertFalse(market.isProofRequired(id));
        vm.assertTrue(market.isProofRequired(_slot(rid, 1)));
        Groth16Proof memory proof = _proof(rid, 0, P0 + 1);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.ProofNotRequired.selector, id, P0 + 1));
        market.submitProof(id, proof);
    }

    function test_submitProof_notRequiredInThePeriodThatOutlivesTheRequest() public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.duration = 10 * PERIOD + 30; // ends in the middle of P0 + 10
        bytes32 rid = _post(r);
        _fillAll(rid);
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 10);
        vm.assertTrue(market.isProofRequiredIn(id, P0 + 9));
        vm.assertFalse(market.isProofRequiredIn(id, P0 + 10));
        Groth16Proof memory proof = _proof(rid, 0, P0 + 10);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.ProofNotRequired.selector, id, P0 + 10));
        market.submitProof(id, proof);
    }

    function test_RevertWhen_submitProof_invalidProof() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 1);
        _toPeriod(P0 + 1);
        Groth16Proof memory stale = _proof(rid, 1, P0);
        vm.expectRevert(IMarketplace.InvalidProof.selector);
        market.submitProof(id, stale);
        Groth16Proof memory otherSlot = _proof(rid, 0, P0 + 1);
        vm.expectRevert(IMarketplace.InvalidProof.selector);
        market.submitProof(id, otherSlot);
    }

    function testFuzz_submitProof_inAnyPeriodOfTheRequest(uint256 k, uint256 offset, uint64 index) public {
        bytes32 rid = _started();
        index = uint64(bound(index, 0, SLOTS - 1));
        uint256 period = P0 + bound(k, 1, 99);
        _toPeriod(period);
        _warp(block.timestamp + bound(offset, 0, PERIOD - 1));
        bytes32 id = _slot(rid, index);
        vm.assertTrue(market.isProofRequired(id));
        Groth16Proof memory proof = _proof(rid, index, period);
        vm.expectEmit(address(market));
        emit IMarketplace.ProofSubmitted(id, period);
        market.submitProof(id, proof);
        vm.assertTrue(market.proofReceived(id, period));
    }

    function testFuzz_submitProof_requiredExactlyWhenTheDrawHits(uint64 probability, uint256 k) public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.proofProbability = uint64(bound(probability, 1, 4));
        bytes32 rid = _post(r);
        _fillAll(rid);
        uint256 period = P0 + bound(k, 1, 50);
        _toPeriod(period);
        for (uint64 i = 0; i < SLOTS; i++) {
            bytes32 id = _slot(rid, i);
            (bytes32 seed, bool known, bool binding) = market.periodSeed(period);
            vm.assertTrue(known && binding);
            uint256 entropy = uint256(keccak256(abi.encode(seed, id, hosts[i]))) % FIELD;
            vm.assertEq(market.getChallenge(id, hosts[i]), entropy);
            bool expected = uint256(keccak256(abi.encode(seed, id))) % r.ask.proofProbability == 0;
            vm.assertEq(market.isProofRequired(id), expected);
            Groth16Proof memory proof = _proof(rid, i, period);
            if (!expected) {
                vm.expectRevert(abi.encodeWithSelector(IMarketplace.ProofNotRequired.selector, id, period));
            }
            market.submitProof(id, proof);
            vm.assertEq(market.proofReceived(id, period), expected);
        }
    }

    // ==========================================================================================
    // markProofAsMissing
    // ==========================================================================================

    function test_markProofAsMissing_slashesTheHostAndRewardsTheValidator() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        uint256 clientBefore = market.clientPayout(rid);
        uint256 hostBefore = market.slotPayout(id);
        _toPeriod(P0 + 2);
        vm.expectEmit(address(market));
        emit IMarketplace.ProofMissed(id, P0 + 1, validator, SLASHED, VALIDATOR_REWARD);
        vm.prank(validator);
        market.markProofAsMissing(id, P0 + 1);
        vm.assertEq(_bal(validator), FUNDS + VALIDATOR_REWARD);
        vm.assertEq(market.missingProofs(id), 1);
        vm.assertEq(uint256(market.getSlot(id).missedProofs), 1);
        vm.assertEq(market.getSlot(id).collateral, COLLATERAL - SLASHED);
        vm.assertEq(market.slotPayout(id), hostBefore - SLASHED);
        vm.assertEq(market.clientPayout(rid), clientBefore + SLASHED - VALIDATOR_REWARD);
        _assertSlotState(id, IMarketplace.SlotState.Filled);
    }

    function test_markProofAsMissing_evictsAfterMaxSlashesAndTheRepairEarnsTheReward() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 2);
        vm.prank(validator);
        market.markProofAsMissing(id, P0 + 1);
        _toPeriod(P0 + 3);
        vm.expectEmit(address(market));
        emit IMarketplace.ProofMissed(id, P0 + 2, validator, SLASHED, VALIDATOR_REWARD);
        vm.expectEmit(address(market));
        emit IMarketplace.SlotFreed(rid, 0, hosts[0], REPAIR_REWARD);
        vm.prank(validator);
        market.markProofAsMissing(id, P0 + 2);

        _assertSlotState(id, IMarketplace.SlotState.Repair);
        IMarketplace.SlotInfo memory s = market.getSlot(id);
        vm.assertEq(s.host, address(0));
        vm.assertEq(s.collateral, 0);
        vm.assertEq(s.repairReward, REPAIR_REWARD);
        vm.assertEq(uint256(s.missedProofs), 0);
        vm.assertEq(uint256(market.getRequestInfo(rid).slotsFreed), 1);
        vm.assertEq(uint256(market.getRequestInfo(rid).slotsFilled), SLOTS - 1);
        _assertRequestState(rid, IMarketplace.RequestState.Started);
        vm.assertFalse(market.isProofRequired(id));

        // repair
        _warp(block.timestamp + 7);
        _ready();
        Groth16Proof memory proof = _proof(rid, 0, market.currentPeriod(), hosts[4]);
        vm.expectEmit(address(market));
        emit IMarketplace.SlotFilled(rid, 0, hosts[4], COLLATERAL, true);
        vm.prank(hosts[4]);
        market.fillSlot(rid, 0, proof);
        uint256 repairedAt = block.timestamp;
        uint256 endsAt = T0 + DURATION;
        // earned in proportion to the time left
        uint256 earned = REPAIR_REWARD * (endsAt - repairedAt) / DURATION;
        s = market.getSlot(id);
        vm.assertEq(s.host, hosts[4]);
        vm.assertEq(s.repairReward, earned);
        vm.assertEq(uint256(market.getRequestInfo(rid).slotsFreed), 0);
        vm.assertEq(market.slotPayout(id), COLLATERAL + earned + RATE * (endsAt - repairedAt));

        // run to the end; everyone collects
        _warp(endsAt + TIMEOUT + 1);
        vm.expectEmit(address(market));
        emit IMarketplace.SlotPaid(id, hosts[4], COLLATERAL + earned + RATE * (endsAt - repairedAt));
        vm.prank(hosts[4]);
        market.freeSlot(id);
        for (uint64 i = 1; i < SLOTS; i++) {
            vm.prank(hosts[i]);
            market.freeSlot(_slot(rid, i));
            vm.assertEq(_bal(hosts[i]), FUNDS + RATE * DURATION);
        }
        uint256 clientExpected = PRICE - 3 * RATE * DURATION - RATE * (endsAt - repairedAt) + 2
            * (SLASHED - VALIDATOR_REWARD) + (COLLATERAL - 2 * SLASHED - earned);
        vm.prank(client);
        market.withdrawFunds(rid);
        vm.assertEq(_bal(client), FUNDS - PRICE + clientExpected);
        vm.assertEq(_bal(hosts[0]), FUNDS - COLLATERAL);
        vm.assertEq(_bal(hosts[4]), FUNDS + earned + RATE * (endsAt - repairedAt));
        vm.assertEq(_bal(validator), FUNDS + 2 * VALIDATOR_REWARD);
        vm.assertEq(_bal(address(market)), 0);
    }

    function test_markProofAsMissing_evictionAfterTheEndDoesNotFailTheRequest() public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.duration = 5 * PERIOD;
        r.expiry = PERIOD;
        r.ask.maxSlotLoss = 0;
        bytes32 rid = _post(r);
        _fillAll(rid);
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 4);
        market.markProofAsMissing(id, P0 + 3);
        _toPeriod(P0 + 5);
        _warp(block.timestamp + 1); // past endsAt: Finished, within the timeout
        vm.expectEmit(address(market));
        emit IMarketplace.SlotFreed(rid, 0, hosts[0], REPAIR_REWARD);
        market.markProofAsMissing(id, P0 + 4);
        IMarketplace.RequestInfo memory info = market.getRequestInfo(rid);
        vm.assertEq(uint256(info.slotsFreed), 1); // more than maxSlotLoss, but the request had ended
        vm.assertEq(uint256(info.state), uint256(IMarketplace.RequestState.Finished));
        vm.assertEq(uint256(info.failedAt), 0);
        // the evicted host's pay, its forfeited collateral and the unclaimed repair reward go to the client
        _warp(T0 + 5 * PERIOD + TIMEOUT + 1);
        vm.prank(client);
        market.withdrawFunds(rid);
        vm.assertEq(
            _bal(client),
            FUNDS - 3 * RATE * 5 * PERIOD + 2 * (SLASHED - VALIDATOR_REWARD) + COLLATERAL - 2 * SLASHED
        );
        for (uint64 i = 1; i < SLOTS; i++) {
            vm.prank(hosts[i]);
            market.freeSlot(_slot(rid, i));
        }
        vm.assertEq(_bal(address(market)), 0);
    }

    function test_freeSlot_repairHostLeavingForfeitsTheRepairRewardToo() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        vm.prank(hosts[0]);
        market.freeSlot(id);
        _fill(rid, 0, hosts[4]);
        vm.assertEq(market.getSlot(id).repairReward, REPAIR_REWARD);
        uint256 clientBefore = market.clientPayout(rid);
        uint256 filledAt = block.timestamp;
        _warp(T0 + 1000);
        vm.expectEmit(address(market));
        emit IMarketplace.SlotFreed(rid, 0, hosts[4], REPAIR_REWARD);
        vm.prank(hosts[4]);
        market.freeSlot(id);
        // forfeited: its collateral and the repair reward it held. The new reward is again 10% of the
        // collateral (pending, so counted in the client's payout until someone repairs); the rest and
        // the host's pay until the end go to the client.
        vm.assertEq(market.getSlot(id).repairReward, REPAIR_REWARD);
        vm.assertEq(
            market.clientPayout(rid),
            clientBefore + COLLATERAL + REPAIR_REWARD + RATE * (T0 + DURATION - filledAt)
        );
        vm.assertEq(_bal(hosts[4]), FUNDS - COLLATERAL);
    }

    function test_RevertWhen_markProofAsMissing_unknownSlot() public {
        bytes32 id = keccak256("nope");
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.UnknownSlot.selector, id));
        market.markProofAsMissing(id, P0);
    }

    function test_RevertWhen_markProofAsMissing_periodNotEnded() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 1);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.PeriodNotEnded.selector, P0 + 1));
        market.markProofAsMissing(id, P0 + 1);
        _warp(T0 + 2 * PERIOD - 1); // the period's last second
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.PeriodNotEnded.selector, P0 + 1));
        market.markProofAsMissing(id, P0 + 1);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.PeriodNotEnded.selector, P0 + 5));
        market.markProofAsMissing(id, P0 + 5);
    }

    function test_RevertWhen_markProofAsMissing_absurdPeriod() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        uint256 huge = type(uint256).max;
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.PeriodNotEnded.selector, huge));
        market.markProofAsMissing(id, huge);
        vm.assertFalse(market.isProofRequiredIn(id, huge));
        vm.assertEq(market.getChallengeIn(id, huge, hosts[0]), 0);
    }

    function test_RevertWhen_markProofAsMissing_validationTimedOut() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 3);
        // the last second of P0 + 2's window still works
        _warp(T0 + 3 * PERIOD + TIMEOUT - 1);
        market.markProofAsMissing(id, P0 + 2);
        // P0 + 1's window closed at T0 + 2 * PERIOD + TIMEOUT
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.ValidationTimedOut.selector, P0 + 1));
        market.markProofAsMissing(id, P0 + 1);
        _warp(T0 + 3 * PERIOD + TIMEOUT);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.ValidationTimedOut.selector, P0 + 2));
        market.markProofAsMissing(id, P0 + 2);
    }

    function test_RevertWhen_markProofAsMissing_proofWasSubmitted() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 1);
        Groth16Proof memory proof = _proof(rid, 0, P0 + 1);
        market.submitProof(id, proof);
        _toPeriod(P0 + 2);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.ProofAlreadySubmitted.selector, id, P0 + 1));
        market.markProofAsMissing(id, P0 + 1);
    }

    function test_RevertWhen_markProofAsMissing_alreadyMarked() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 2);
        market.markProofAsMissing(id, P0 + 1);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.AlreadyMarked.selector, id, P0 + 1));
        vm.prank(validator);
        market.markProofAsMissing(id, P0 + 1);
    }

    function test_RevertWhen_markProofAsMissing_proofNotRequired() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 1);
        // P0's seed was not binding
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.ProofNotRequired.selector, id, P0));
        market.markProofAsMissing(id, P0);
        // a slot that was never filled
        bytes32 other = _post();
        vm.prank(hosts[0]);
        market.reserveSlot(other, 0);
        _toPeriod(P0 + 2);
        vm.expectRevert(
            abi.encodeWithSelector(IMarketplace.ProofNotRequired.selector, _slot(other, 0), P0 + 1)
        );
        market.markProofAsMissing(_slot(other, 0), P0 + 1);
    }

    function test_markProofAsMissing_afterTheEndWithinTheTimeout() public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.duration = 5 * PERIOD;
        r.expiry = PERIOD;
        bytes32 rid = _post(r);
        _fillAll(rid);
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 5); // the request ended at the start of P0 + 5
        _assertRequestState(rid, IMarketplace.RequestState.Started); // not after endsAt yet
        _warp(block.timestamp + 1);
        _assertRequestState(rid, IMarketplace.RequestState.Finished);
        market.markProofAsMissing(id, P0 + 4);
        vm.assertEq(market.missingProofs(id), 1);
        // host and client must wait for the timeout to pass
        _expectRequestState(IMarketplace.RequestState.Started);
        vm.prank(hosts[0]);
        market.freeSlot(id);
        _expectRequestState(IMarketplace.RequestState.Started);
        vm.prank(client);
        market.withdrawFunds(rid);
    }

    function testFuzz_markProofAsMissing_onlyWithinTheWindow(uint256 k, uint256 at) public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 1);
        uint256 period = P0 + bound(k, 1, 20);
        _toPeriod(period);
        uint256 end = market.periodEnd(period);
        uint256 t = bound(at, block.timestamp, end + 3 * TIMEOUT);
        _warp(t);
        if (t < end) {
            vm.expectRevert(abi.encodeWithSelector(IMarketplace.PeriodNotEnded.selector, period));
        } else if (t >= end + TIMEOUT) {
            vm.expectRevert(abi.encodeWithSelector(IMarketplace.ValidationTimedOut.selector, period));
        } else {
            vm.expectEmit(address(market));
            emit IMarketplace.ProofMissed(id, period, validator, SLASHED, VALIDATOR_REWARD);
        }
        vm.prank(validator);
        market.markProofAsMissing(id, period);
    }

    function testFuzz_markProofAsMissing_slashesExactly(
        uint256 collateralPerByte,
        uint64 slotSize,
        bool twice
    ) public {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.collateralPerByte = bound(collateralPerByte, 1, 2 ** 96 - 1);
        r.ask.slotSize = uint64(bound(slotSize, 1, 2 ** 32));
        uint256 collateral = uint256(r.ask.slotSize) * r.ask.collateralPerByte;
        for (uint256 i = 0; i < SLOTS; i++) {
            token.mint(hosts[i], collateral);
        }
        token.mint(client, uint256(r.ask.slotSize) * PRICE_PER_BYTE * DURATION * SLOTS);
        bytes32 rid = _post(r);
        _fillAll(rid);
        bytes32 id = _slot(rid, 0);
        uint256 slashed = collateral * 20 / 100;
        uint256 reward = slashed * 20 / 100;
        uint256 clientBefore = market.clientPayout(rid);
        _toPeriod(P0 + 2);
        vm.prank(validator);
        market.markProofAsMissing(id, P0 + 1);
        vm.assertEq(market.getSlot(id).collateral, collateral - slashed);
        vm.assertEq(market.clientPayout(rid), clientBefore + slashed - reward);
        vm.assertEq(_bal(validator), FUNDS + reward);
        if (twice) {
            _toPeriod(P0 + 3);
            vm.prank(validator);
            market.markProofAsMissing(id, P0 + 2);
            uint256 repair = collateral * 10 / 100;
            vm.assertEq(market.getSlot(id).repairReward, repair);
            vm.assertEq(_bal(validator), FUNDS + 2 * reward);
            // the evicted host's pay until the end goes back to the client too
            vm.assertEq(
                market.clientPayout(rid),
                clientBefore + 2 * (slashed - reward) + (collateral - 2 * slashed - repair) + RATE
                    * r.ask.slotSize / SLOT_SIZE * DURATION + repair
            );
        }
    }

    // ==========================================================================================
    // freeSlot
    // ==========================================================================================

    function test_freeSlot_beforeStartReturnsTheCollateral() public {
        bytes32 rid = _post();
        _fill(rid, 0, hosts[0]);
        bytes32 id = _slot(rid, 0);
        vm.expectEmit(address(market));
        emit IMarketplace.SlotAbandoned(rid, 0, hosts[0]);
        vm.prank(hosts[0]);
        market.freeSlot(id);
        vm.assertEq(_bal(hosts[0]), FUNDS);
        vm.assertEq(_bal(address(market)), PRICE);
        _assertSlotState(id, IMarketplace.SlotState.Free);
        vm.assertEq(market.getHost(id), address(0));
        vm.assertEq(uint256(market.getRequestInfo(rid).slotsFilled), 0);
        vm.assertEq(market.clientPayout(rid), PRICE);
        vm.assertEq(market.slotPayout(id), 0);
        // a second call is no longer the host's
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.NotAuthorized.selector, hosts[0]));
        vm.prank(hosts[0]);
        market.freeSlot(id);
    }

    function test_freeSlot_whileRunningForfeitsTheCollateral() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _warp(T0 + 500);
        vm.expectEmit(address(market));
        emit IMarketplace.SlotFreed(rid, 0, hosts[0], REPAIR_REWARD);
        vm.prank(hosts[0]);
        market.freeSlot(id);
        vm.assertEq(_bal(hosts[0]), FUNDS - COLLATERAL);
        _assertSlotState(id, IMarketplace.SlotState.Repair);
        _assertRequestState(rid, IMarketplace.RequestState.Started);
        IMarketplace.RequestInfo memory info = market.getRequestInfo(rid);
        vm.assertEq(uint256(info.slotsFreed), 1);
        vm.assertEq(uint256(info.slotsFilled), SLOTS - 1);
        vm.assertEq(market.getSlot(id).repairReward, REPAIR_REWARD);
        // the client gets the freed slot's pay and the forfeited collateral (incl. the reward, if
        // nobody repairs the slot)
        vm.assertEq(market.clientPayout(rid), RATE * DURATION + COLLATERAL);
        vm.assertEq(market.slotPayout(id), 0);
    }

    function test_freeSlot_failsTheRequestWhenTooManySlotsAreFree() public {
        bytes32 rid = _started();
        _warp(T0 + 1000);
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        vm.expectEmit(address(market));
        emit IMarketplace.SlotFreed(rid, 1, hosts[1], REPAIR_REWARD);
        vm.expectEmit(address(market));
        emit IMarketplace.RequestFailed(rid);
        vm.prank(hosts[1]);
        market.freeSlot(_slot(rid, 1));
        uint256 failedAt = block.timestamp;
        IMarketplace.RequestInfo memory info = market.getRequestInfo(rid);
        vm.assertEq(uint256(info.state), uint256(IMarketplace.RequestState.Failed));
        vm.assertEq(uint256(info.failedAt), failedAt);
        _assertSlotState(_slot(rid, 2), IMarketplace.SlotState.Failed);

        // remaining hosts are paid until the failure, once its missed proofs can no longer be marked
        vm.expectRevert(
            abi.encodeWithSelector(
                IMarketplace.InvalidRequestState.selector, IMarketplace.RequestState.Failed
            )
        );
        vm.prank(hosts[2]);
        market.freeSlot(_slot(rid, 2));
        _warp(failedAt + TIMEOUT + 1);
        uint256 hostPay = COLLATERAL + RATE * (failedAt - T0);
        vm.expectEmit(address(market));
        emit IMarketplace.SlotPaid(_slot(rid, 2), hosts[2], hostPay);
        vm.prank(hosts[2]);
        market.freeSlot(_slot(rid, 2));
        vm.prank(hosts[3]);
        market.freeSlot(_slot(rid, 3));
        vm.assertEq(_bal(hosts[2]), FUNDS + RATE * (failedAt - T0));
        uint256 clientExpected = PRICE - 2 * RATE * (failedAt - T0) + 2 * COLLATERAL;
        vm.expectEmit(address(market));
        emit IMarketplace.FundsWithdrawn(rid, client, IMarketplace.RequestState.Failed, clientExpected);
        vm.prank(client);
        market.withdrawFunds(rid);
        vm.assertEq(_bal(client), FUNDS - PRICE + clientExpected);
        vm.assertEq(_bal(address(market)), 0);
        _assertSlotState(_slot(rid, 2), IMarketplace.SlotState.Paid);
    }

    function test_freeSlot_afterTheEndPaysTheHost() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 3);
        _warp(T0 + DURATION + TIMEOUT + 1);
        _assertSlotState(id, IMarketplace.SlotState.Finished);
        vm.expectEmit(address(market));
        emit IMarketplace.SlotPaid(id, hosts[3], COLLATERAL + RATE * DURATION);
        vm.prank(hosts[3]);
        market.freeSlot(id);
        vm.assertEq(_bal(hosts[3]), FUNDS + RATE * DURATION);
        _assertSlotState(id, IMarketplace.SlotState.Paid);
        vm.assertEq(market.slotPayout(id), 0);
    }

    function test_RevertWhen_freeSlot_unknownSlot() public {
        bytes32 id = keccak256("nope");
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.UnknownSlot.selector, id));
        market.freeSlot(id);
    }

    function test_RevertWhen_freeSlot_notTheHost() public {
        bytes32 rid = _started();
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.NotAuthorized.selector, stranger));
        vm.prank(stranger);
        market.freeSlot(_slot(rid, 0));
        // nor can anyone free a slot waiting for repair
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.NotAuthorized.selector, hosts[0]));
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
    }

    function test_RevertWhen_freeSlot_finishedWithinTheTimeout() public {
        bytes32 rid = _started();
        _warp(T0 + DURATION + 1);
        _expectRequestState(IMarketplace.RequestState.Started);
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        _warp(T0 + DURATION + TIMEOUT);
        _expectRequestState(IMarketplace.RequestState.Started);
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
    }

    function test_RevertWhen_freeSlot_alreadyPaid() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _warp(T0 + DURATION + TIMEOUT + 1);
        vm.prank(hosts[0]);
        market.freeSlot(id);
        _expectSlotState(IMarketplace.SlotState.Paid);
        vm.prank(hosts[0]);
        market.freeSlot(id);
        vm.assertEq(_bal(hosts[0]), FUNDS + RATE * DURATION);
    }

    function test_RevertWhen_freeSlot_alreadyPaidAfterCancellation() public {
        bytes32 rid = _post();
        _fill(rid, 0, hosts[0]);
        bytes32 id = _slot(rid, 0);
        _warp(T0 + EXPIRY + 1);
        vm.prank(hosts[0]);
        market.freeSlot(id);
        _expectSlotState(IMarketplace.SlotState.Paid);
        vm.prank(hosts[0]);
        market.freeSlot(id);
    }

    function testFuzz_freeSlot_runningRequestAtAnyTime(uint256 at, uint64 index) public {
        bytes32 rid = _started();
        index = uint64(bound(index, 0, SLOTS - 1));
        bytes32 id = _slot(rid, index);
        uint256 endsAt = T0 + DURATION;
        uint256 t = bound(at, T0, endsAt + 3 * TIMEOUT);
        _warp(t);
        if (t <= endsAt) {
            vm.prank(hosts[index]);
            market.freeSlot(id);
            vm.assertEq(_bal(hosts[index]), FUNDS - COLLATERAL);
            _assertSlotState(id, IMarketplace.SlotState.Repair);
        } else if (t <= endsAt + TIMEOUT) {
            _expectRequestState(IMarketplace.RequestState.Started);
            vm.prank(hosts[index]);
            market.freeSlot(id);
        } else {
            vm.prank(hosts[index]);
            market.freeSlot(id);
            vm.assertEq(_bal(hosts[index]), FUNDS + RATE * DURATION);
            _assertSlotState(id, IMarketplace.SlotState.Paid);
        }
    }

    function testFuzz_freeSlot_newRequestAtAnyTime(uint256 fillDelay, uint256 at) public {
        bytes32 rid = _post();
        uint256 expiresAt = T0 + EXPIRY;
        _warp(T0 + bound(fillDelay, 0, EXPIRY));
        _fill(rid, 2, hosts[2]);
        uint256 filledAt = block.timestamp;
        uint256 t = bound(at, filledAt, expiresAt + 30 days);
        _warp(t);
        bytes32 id = _slot(rid, 2);
        vm.prank(hosts[2]);
        market.freeSlot(id);
        if (t <= expiresAt) {
            vm.assertEq(_bal(hosts[2]), FUNDS);
            _assertSlotState(id, IMarketplace.SlotState.Free);
            vm.assertEq(market.clientPayout(rid), PRICE);
        } else {
            vm.assertEq(_bal(hosts[2]), FUNDS + RATE * (expiresAt - filledAt));
            _assertSlotState(id, IMarketplace.SlotState.Paid);
            vm.assertEq(market.clientPayout(rid), PRICE - RATE * (expiresAt - filledAt));
        }
    }

    function testFuzz_freeSlot_failedRequestAtAnyTime(uint256 failAt, uint256 at) public {
        bytes32 rid = _started();
        _warp(bound(failAt, T0, T0 + DURATION));
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        vm.prank(hosts[1]);
        market.freeSlot(_slot(rid, 1));
        uint256 failedAt = block.timestamp;
        _assertRequestState(rid, IMarketplace.RequestState.Failed);
        _warp(bound(at, failedAt + TIMEOUT + 1, failedAt + 60 days));
        vm.prank(hosts[3]);
        market.freeSlot(_slot(rid, 3));
        vm.assertEq(_bal(hosts[3]), FUNDS + RATE * (failedAt - T0));
    }

    // ==========================================================================================
    // withdrawFunds
    // ==========================================================================================

    function test_withdrawFunds_refundsEverythingWhenCancelledUnfilled() public {
        bytes32 rid = _post();
        _warp(T0 + EXPIRY + 1);
        _assertRequestState(rid, IMarketplace.RequestState.Cancelled);
        vm.expectEmit(address(market));
        emit IMarketplace.FundsWithdrawn(rid, client, IMarketplace.RequestState.Cancelled, PRICE);
        vm.prank(client);
        market.withdrawFunds(rid);
        vm.assertEq(_bal(client), FUNDS);
        vm.assertTrue(market.getRequestInfo(rid).clientWithdrawn);
        vm.assertEq(market.clientPayout(rid), 0);
    }

    function test_withdrawFunds_cancelledPaysHostsUntilTheExpiry() public {
        bytes32 rid = _post();
        _warp(T0 + 100);
        _fill(rid, 0, hosts[0]);
        uint256 f0 = block.timestamp;
        _warp(T0 + 250);
        _fill(rid, 1, hosts[1]);
        uint256 f1 = block.timestamp;
        uint256 expiresAt = T0 + EXPIRY;
        _warp(expiresAt + 77);
        _assertSlotState(_slot(rid, 0), IMarketplace.SlotState.Cancelled);
        vm.assertEq(uint256(market.slotStateAt(rid, 3)), uint256(IMarketplace.SlotState.Cancelled));
        uint256 clientExpected = PRICE - RATE * (expiresAt - f0) - RATE * (expiresAt - f1);
        vm.expectEmit(address(market));
        emit IMarketplace.FundsWithdrawn(rid, client, IMarketplace.RequestState.Cancelled, clientExpected);
        vm.prank(client);
        market.withdrawFunds(rid);
        vm.expectEmit(address(market));
        emit IMarketplace.SlotPaid(_slot(rid, 0), hosts[0], COLLATERAL + RATE * (expiresAt - f0));
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        vm.prank(hosts[1]);
        market.freeSlot(_slot(rid, 1));
        vm.assertEq(_bal(client), FUNDS - PRICE + clientExpected);
        vm.assertEq(_bal(hosts[0]), FUNDS + RATE * (expiresAt - f0));
        vm.assertEq(_bal(hosts[1]), FUNDS + RATE * (expiresAt - f1));
        vm.assertEq(_bal(address(market)), 0);
    }

    function test_lifecycle_finishedPaysEveryone() public {
        bytes32 rid = _post();
        uint256[4] memory filledAt;
        for (uint64 i = 0; i < SLOTS; i++) {
            _warp(T0 + 90 * (i + 1));
            _fill(rid, i, hosts[i]);
            filledAt[i] = block.timestamp;
        }
        _assertRequestState(rid, IMarketplace.RequestState.Started);
        uint256 endsAt = T0 + DURATION;
        _warp(endsAt + TIMEOUT + 1);
        _assertRequestState(rid, IMarketplace.RequestState.Finished);
        uint256 hostsTotal;
        for (uint64 i = 0; i < SLOTS; i++) {
            uint256 pay = RATE * (endsAt - filledAt[i]);
            hostsTotal += pay;
            vm.assertEq(market.slotPayout(_slot(rid, i)), COLLATERAL + pay);
            vm.expectEmit(address(market));
            emit IMarketplace.SlotPaid(_slot(rid, i), hosts[i], COLLATERAL + pay);
            vm.prank(hosts[i]);
            market.freeSlot(_slot(rid, i));
            vm.assertEq(_bal(hosts[i]), FUNDS + pay);
        }
        vm.assertEq(market.clientPayout(rid), PRICE - hostsTotal);
        vm.expectEmit(address(market));
        emit IMarketplace.FundsWithdrawn(rid, client, IMarketplace.RequestState.Finished, PRICE - hostsTotal);
        vm.prank(client);
        market.withdrawFunds(rid);
        vm.assertEq(_bal(client), FUNDS - hostsTotal);
        vm.assertEq(_bal(address(market)), 0);
    }

    function test_RevertWhen_withdrawFunds_unknownRequest() public {
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.UnknownRequest.selector, bytes32(uint256(3))));
        vm.prank(client);
        market.withdrawFunds(bytes32(uint256(3)));
    }

    function test_RevertWhen_withdrawFunds_notTheClient() public {
        bytes32 rid = _post();
        _warp(T0 + EXPIRY + 1);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.NotAuthorized.selector, stranger));
        vm.prank(stranger);
        market.withdrawFunds(rid);
    }

    function test_RevertWhen_withdrawFunds_requestNew() public {
        bytes32 rid = _post();
        _warp(T0 + EXPIRY);
        _expectRequestState(IMarketplace.RequestState.New);
        vm.prank(client);
        market.withdrawFunds(rid);
    }

    function test_RevertWhen_withdrawFunds_requestRunning() public {
        bytes32 rid = _started();
        _warp(T0 + DURATION);
        _expectRequestState(IMarketplace.RequestState.Started);
        vm.prank(client);
        market.withdrawFunds(rid);
    }

    function test_RevertWhen_withdrawFunds_finishedWithinTheTimeout() public {
        bytes32 rid = _started();
        _warp(T0 + DURATION + 1);
        _expectRequestState(IMarketplace.RequestState.Started);
        vm.prank(client);
        market.withdrawFunds(rid);
        _warp(T0 + DURATION + TIMEOUT);
        _expectRequestState(IMarketplace.RequestState.Started);
        vm.prank(client);
        market.withdrawFunds(rid);
        _warp(T0 + DURATION + TIMEOUT + 1);
        vm.prank(client);
        market.withdrawFunds(rid);
    }

    function test_RevertWhen_withdrawFunds_alreadyWithdrawn() public {
        bytes32 rid = _failed();
        _warp(block.timestamp + TIMEOUT + 1);
        vm.prank(client);
        market.withdrawFunds(rid);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.AlreadyWithdrawn.selector, rid));
        vm.prank(client);
        market.withdrawFunds(rid);
    }

    function testFuzz_withdrawFunds_cancelledAtAnyTimeAfterExpiry(uint256 fillDelay, uint256 at) public {
        bytes32 rid = _post();
        uint256 expiresAt = T0 + EXPIRY;
        _warp(T0 + bound(fillDelay, 0, EXPIRY));
        _fill(rid, 1, hosts[1]);
        uint256 filledAt = block.timestamp;
        _warp(bound(at, expiresAt + 1, expiresAt + 365 days));
        uint256 expected = PRICE - RATE * (expiresAt - filledAt);
        vm.expectEmit(address(market));
        emit IMarketplace.FundsWithdrawn(rid, client, IMarketplace.RequestState.Cancelled, expected);
        vm.prank(client);
        market.withdrawFunds(rid);
        vm.assertEq(_bal(client), FUNDS - PRICE + expected);
    }

    function testFuzz_withdrawFunds_onlyAfterTheEndPlusTimeout(uint256 at) public {
        bytes32 rid = _started();
        uint256 endsAt = T0 + DURATION;
        uint256 t = bound(at, T0, endsAt + 10 * TIMEOUT);
        _warp(t);
        if (t <= endsAt + TIMEOUT) _expectRequestState(IMarketplace.RequestState.Started);
        vm.prank(client);
        market.withdrawFunds(rid);
        if (t > endsAt + TIMEOUT) {
            // every slot was filled at the request: hosts earn the whole price
            vm.assertEq(_bal(client), FUNDS - PRICE);
            vm.assertTrue(market.getRequestInfo(rid).clientWithdrawn);
        }
    }

    // ==========================================================================================
    // commitRandomness and randomness views
    // ==========================================================================================

    /// @dev The seed `commitRandomness` stores when called in the current block for `period`.
    function _expectedSeed(uint256 period) internal view returns (bytes32) {
        return bytes32(bytes24(keccak256(abi.encode(block.prevrandao, blockhash(block.number - 2), period))));
    }

    function test_commitRandomness_commitsTheCurrentAndNextPeriod() public {
        vm.prevrandao(bytes32(uint256(0xbeac0)));
        vm.expectEmit(address(market));
        emit IMarketplace.RandomnessCommitted(P0, B0);
        vm.expectEmit(address(market));
        emit IMarketplace.RandomnessCommitted(P0 + 1, B0);
        market.commitRandomness();
        (bytes32 seed, bool known, bool binding) = market.periodSeed(P0);
        vm.assertTrue(known); // stored at once
        vm.assertEq(seed, _expectedSeed(P0));
        vm.assertFalse(binding); // committed during P0
        (seed, known, binding) = market.periodSeed(P0 + 1);
        vm.assertTrue(known);
        vm.assertTrue(binding);
        vm.assertEq(seed, _expectedSeed(P0 + 1));
        (, known,) = market.periodSeed(P0 + 2);
        vm.assertFalse(known);
    }

    function test_commitRandomness_doesNotMoveACommit() public {
        market.commitRandomness();
        (bytes32 first,,) = market.periodSeed(P0 + 1);
        vm.roll(B0 + 5);
        vm.warp(T0 + PERIOD + 1);
        vm.prevrandao(bytes32(uint256(0x07e5)));
        // P0 and P0 + 1 stay committed to B0; only P0 + 2 is new
        vm.expectEmit(address(market));
        emit IMarketplace.RandomnessCommitted(P0 + 2, B0 + 5);
        market.commitRandomness();
        (bytes32 seed,,) = market.periodSeed(P0 + 1);
        vm.assertEq(seed, first);
        (,, bool binding) = market.periodSeed(P0 + 2);
        vm.assertTrue(binding);
    }

    function test_commitRandomness_seedsOutliveTheBlockhashWindow() public {
        market.commitRandomness();
        (bytes32 seed,,) = market.periodSeed(P0 + 1);
        vm.roll(B0 + 100_000);
        (bytes32 later, bool known,) = market.periodSeed(P0 + 1);
        vm.assertTrue(known);
        vm.assertEq(later, seed);
    }

    function test_markProofAsMissing_worksAfterTheBlockhashWindow() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 2);
        uint256 challenge = market.getChallengeIn(id, P0 + 1, hosts[0]);
        vm.roll(block.number + 500);
        vm.assertEq(market.getChallengeIn(id, P0 + 1, hosts[0]), challenge);
        vm.assertTrue(market.isProofRequiredIn(id, P0 + 1));
        market.markProofAsMissing(id, P0 + 1);
    }

    /// @dev The attack (audit M-2): the producer of the committing block varies its header
    /// (extraData) to try block hashes. The seed does not move with the committing block's hash,
    /// nor with the previous block's (whose producer knows the coming prevrandao).
    function testFuzz_commitRandomness_blockProducerCannotGrindTheSeed(bytes32 grind) public {
        vm.prevrandao(bytes32(uint256(0xbeac0)));
        bytes32 honest = _expectedSeed(P0 + 1);
        vm.setBlockhash(block.number, grind);
        vm.setBlockhash(block.number - 1, grind);
        market.commitRandomness();
        (bytes32 seed,,) = market.periodSeed(P0 + 1);
        vm.assertEq(seed, honest);
        // A different beacon mix is a different seed.
        vm.assertNotEq(
            seed,
            bytes32(
                bytes24(keccak256(abi.encode(bytes32(uint256(0xbeac1)), blockhash(block.number - 2), P0 + 1)))
            )
        );
    }

    function testFuzz_commitRandomness_atAnyTime(uint256 at) public {
        _warp(bound(at, T0, T0 + 1000 days));
        uint256 period = market.currentPeriod();
        uint256 commitBlock = block.number;
        vm.expectEmit(address(market));
        emit IMarketplace.RandomnessCommitted(period, commitBlock);
        vm.expectEmit(address(market));
        emit IMarketplace.RandomnessCommitted(period + 1, commitBlock);
        market.commitRandomness();
        (bytes32 seed, bool known, bool binding) = market.periodSeed(period);
        vm.assertTrue(known);
        vm.assertFalse(binding);
        vm.assertEq(seed, _expectedSeed(period));
        (seed, known, binding) = market.periodSeed(period + 1);
        vm.assertTrue(known);
        vm.assertTrue(binding);
        vm.assertEq(seed, _expectedSeed(period + 1));
    }

    // ==========================================================================================
    // Views
    // ==========================================================================================

    function test_views_unknownIds() public {
        bytes32 unknown = keccak256("unknown");
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.UnknownRequest.selector, unknown));
        market.getRequest(unknown);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.UnknownRequest.selector, unknown));
        market.getRequestInfo(unknown);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.UnknownSlot.selector, unknown));
        market.getSlot(unknown);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.UnknownSlot.selector, unknown));
        market.getActiveSlot(unknown);
        vm.assertEq(uint256(market.requestState(unknown)), uint256(IMarketplace.RequestState.None));
        vm.assertEq(uint256(market.slotState(unknown)), uint256(IMarketplace.SlotState.None));
        vm.assertEq(uint256(market.slotStateAt(unknown, 0)), uint256(IMarketplace.SlotState.None));
        vm.assertEq(market.getHost(unknown), address(0));
        vm.assertEq(market.getReservations(unknown).length, 0);
        vm.assertEq(market.missingProofs(unknown), 0);
        vm.assertFalse(market.proofReceived(unknown, P0));
        vm.assertFalse(market.isProofRequired(unknown));
        vm.assertFalse(market.willProofBeRequired(unknown));
        vm.assertFalse(market.isProofRequiredIn(unknown, P0));
        vm.assertEq(market.getChallenge(unknown, hosts[0]), 0); // no seed for P0 yet
        vm.assertEq(market.clientPayout(unknown), 0);
        vm.assertEq(market.slotPayout(unknown), 0);
    }

    function test_views_periodsAndIds() public view {
        vm.assertEq(market.currentPeriod(), P0);
        vm.assertEq(market.periodStart(P0), T0);
        vm.assertEq(market.periodEnd(P0), T0 + PERIOD);
        vm.assertEq(market.periodStart(0), 0);
        vm.assertEq(market.periodEnd(0), PERIOD);
        bytes32 rid = keccak256("r");
        vm.assertEq(market.slotId(rid, 5), keccak256(abi.encode(rid, uint64(5))));
    }

    function testFuzz_views_periods(uint256 at, uint256 period) public {
        period = bound(period, 0, type(uint64).max);
        _warp(bound(at, T0, type(uint64).max));
        vm.assertEq(market.currentPeriod(), block.timestamp / PERIOD);
        vm.assertLe(market.periodStart(market.currentPeriod()), block.timestamp);
        vm.assertGt(market.periodEnd(market.currentPeriod()), block.timestamp);
        vm.assertEq(market.periodStart(period), period * PERIOD);
        vm.assertEq(market.periodEnd(period), (period + 1) * PERIOD);
    }

    function testFuzz_views_slotId(bytes32 rid, uint64 index) public view {
        vm.assertEq(market.slotId(rid, index), keccak256(abi.encode(rid, index)));
    }

    function test_views_slotStatesFollowTheRequest() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _assertSlotState(id, IMarketplace.SlotState.Filled);
        _warp(T0 + DURATION + 1);
        _assertSlotState(id, IMarketplace.SlotState.Finished);
        vm.assertEq(uint256(market.getSlot(id).state), uint256(IMarketplace.SlotState.Finished));
        vm.assertEq(uint256(market.getRequestInfo(rid).state), uint256(IMarketplace.RequestState.Finished));
    }

    // ==========================================================================================
    // Fuzzed lifecycle: every party gets exactly what the formulas say, and it all adds up
    // ==========================================================================================

    struct Run {
        bytes32 rid;
        uint64 slots;
        uint64 maxSlotLoss;
        uint256 rate;
        uint256 collateral;
        uint256 price;
        uint256 expiresAt;
        uint256 endsAt;
        bool started;
        uint256 startedAt;
        bool failed;
        uint256 failedAt;
        uint64 freed;
        uint256 clientExtra; // slashed and forfeited shares credited to the client
        uint256 pending; // repair rewards waiting for a host
        uint256 validatorPaid;
        uint256 deposits; // price + every collateral posted
    }

    Run internal run;
    address[6] internal slotHost;
    uint256[6] internal slotFilledAt;
    uint256[6] internal slotCollateral;
    uint256[6] internal slotRepairReward;
    mapping(address => uint256) internal expectedNet; // what the actor gains, plus FUNDS
    mapping(address => uint256) internal deposited;

    function _pick(uint256 seed, uint256 salt, uint256 min, uint256 max) internal pure returns (uint256) {
        return bound(uint256(keccak256(abi.encode(seed, salt))), min, max);
    }

    function _runPost(uint256 shape, uint256 sizes, uint256 timing) internal {
        IMarketplace.Request memory r = _request(_ask());
        r.ask.slots = uint64(_pick(shape, 0, 1, 5));
        r.ask.maxSlotLoss = uint64(_pick(shape, 1, 0, r.ask.slots - 1));
        r.ask.slotSize = uint64(_pick(sizes, 0, 1, 1 << 30));
        r.ask.pricePerBytePerSecond = _pick(sizes, 1, 1, 1e12);
        r.ask.collateralPerByte = _pick(sizes, 2, 1, 1e12);
        r.ask.duration = uint64(_pick(timing, 0, 20, 200) * PERIOD + _pick(timing, 1, 0, PERIOD - 1));
        r.expiry = uint64(_pick(timing, 2, 1, 10 * PERIOD));
        run.slots = r.ask.slots;
        run.maxSlotLoss = r.ask.maxSlotLoss;
        run.rate = uint256(r.ask.slotSize) * r.ask.pricePerBytePerSecond;
        run.collateral = uint256(r.ask.slotSize) * r.ask.collateralPerByte;
        run.price = run.rate * r.ask.duration * r.ask.slots;
        run.expiresAt = block.timestamp + r.expiry;
        run.endsAt = block.timestamp + r.ask.duration;
        run.deposits = run.price;
        run.rid = _post(r);
        deposited[client] += run.price;
    }

    function _runFill(uint64 index, address host) internal {
        _fill(run.rid, index, host);
        slotHost[index] = host;
        slotFilledAt[index] = block.timestamp;
        slotCollateral[index] = run.collateral;
        deposited[host] += run.collateral;
        run.deposits += run.collateral;
    }

    function _runEvict(uint64 index) internal {
        uint256 forfeited = slotCollateral[index] + slotRepairReward[index];
        uint256 reward = run.collateral * 10 / 100;
        if (reward > forfeited) reward = forfeited;
        run.clientExtra += forfeited - reward;
        run.pending += reward;
        slotHost[index] = address(0);
        slotCollateral[index] = 0;
        slotRepairReward[index] = reward;
        run.freed += 1;
        if (run.freed > run.maxSlotLoss) {
            run.failed = true;
            run.failedAt = block.timestamp;
        }
    }

    function _runMarks(uint256 marks) internal {
        bytes32 id = _slot(run.rid, 0);
        uint256 q = market.currentPeriod() + 1;
        for (uint256 k = 0; k < marks; k++) {
            _toPeriod(q + k + 1);
            vm.prank(validator);
            market.markProofAsMissing(id, q + k);
            uint256 slashed = run.collateral * 20 / 100;
            if (slashed > slotCollateral[0]) slashed = slotCollateral[0];
            uint256 reward = slashed * 20 / 100;
            slotCollateral[0] -= slashed;
            run.clientExtra += slashed - reward;
            run.validatorPaid += reward;
        }
        if (marks == 2) _runEvict(0);
    }

    function _runRepair(uint256 timing) internal {
        _warp(block.timestamp + _pick(timing, 4, 0, 2 * PERIOD));
        uint256 reward = slotRepairReward[0];
        _runFill(0, hosts[5]);
        // earned in proportion to the time left; the rest back to the client
        uint256 earned = reward * (run.endsAt - block.timestamp) / (run.endsAt - run.startedAt);
        slotRepairReward[0] = earned;
        run.clientExtra += reward - earned;
        run.pending -= reward;
        run.freed -= 1;
    }

    function _runLeave() internal {
        vm.prank(hosts[1]);
        market.freeSlot(_slot(run.rid, 1));
        _runEvict(1);
    }

    function _runCollect() internal {
        uint256 until = run.failed ? run.failedAt : (run.started ? run.endsAt : run.expiresAt);
        uint256 hostsPay;
        for (uint64 i = 0; i < run.slots; i++) {
            address host = slotHost[i];
            if (host == address(0)) continue;
            uint256 pay = run.rate * (until - slotFilledAt[i]);
            hostsPay += pay;
            uint256 amount = slotCollateral[i] + slotRepairReward[i] + pay;
            vm.assertEq(market.slotPayout(_slot(run.rid, i)), amount, "slotPayout");
            vm.expectEmit(address(market));
            emit IMarketplace.SlotPaid(_slot(run.rid, i), host, amount);
            vm.prank(host);
            market.freeSlot(_slot(run.rid, i));
            expectedNet[host] += amount;
        }
        uint256 clientAmount = run.price - hostsPay + run.clientExtra + run.pending;
        vm.assertEq(market.clientPayout(run.rid), clientAmount, "clientPayout");
        vm.prank(client);
        market.withdrawFunds(run.rid);
        expectedNet[client] += clientAmount;
        expectedNet[validator] += run.validatorPaid;
    }

    function _runCheck() internal view {
        uint256 paidOut;
        address[] memory actors = new address[](8);
        actors[0] = client;
        actors[1] = validator;
        for (uint256 i = 0; i < 6; i++) {
            actors[i + 2] = hosts[i];
        }
        for (uint256 i = 0; i < actors.length; i++) {
            address a = actors[i];
            vm.assertEq(_bal(a) + deposited[a], FUNDS + expectedNet[a], "actor balance");
            paidOut += expectedNet[a];
        }
        vm.assertEq(paidOut, run.deposits, "payouts == deposits");
        vm.assertEq(_bal(address(market)), 0, "market drained");
    }

    function testFuzz_lifecycle_payoutsMatchTheFormulas(
        uint256 shape,
        uint256 sizes,
        uint256 timing,
        uint256 marks,
        bool cancel,
        bool repair,
        bool leave
    ) public {
        _runPost(shape, sizes, timing);
        uint64 toFill = cancel ? run.slots - 1 : run.slots;
        for (uint64 i = 0; i < toFill; i++) {
            _warp(block.timestamp + _pick(timing, 10 + i, 0, (run.expiresAt - T0) / run.slots));
            _runFill(i, hosts[i]);
        }
        if (cancel) {
            if (leave && toFill > 0) {
                // abandon before the start: collateral back
                vm.prank(hosts[0]);
                market.freeSlot(_slot(run.rid, 0));
                slotHost[0] = address(0);
                expectedNet[hosts[0]] += run.collateral;
            }
            _warp(run.expiresAt + 1 + _pick(timing, 3, 0, 10 days));
            _assertRequestState(run.rid, IMarketplace.RequestState.Cancelled);
        } else {
            run.started = true;
            run.startedAt = block.timestamp;
            _assertRequestState(run.rid, IMarketplace.RequestState.Started);
            _runMarks(bound(marks, 0, 2));
            if (repair && slotHost[0] == address(0) && !run.failed) _runRepair(timing);
            if (leave && run.slots >= 2 && !run.failed) _runLeave();
            if (run.failed) {
                _assertRequestState(run.rid, IMarketplace.RequestState.Failed);
                vm.assertEq(uint256(market.getRequestInfo(run.rid).failedAt), run.failedAt);
                _warp(block.timestamp + TIMEOUT + 1 + _pick(timing, 5, 0, 10 days));
            } else {
                vm.assertEq(uint256(market.getRequestInfo(run.rid).slotsFreed), run.freed);
                _warp(run.endsAt + TIMEOUT + 1 + _pick(timing, 5, 0, 10 days));
                _assertRequestState(run.rid, IMarketplace.RequestState.Finished);
            }
        }
        _runCollect();
        _runCheck();
    }

    // ==========================================================================================
    // Attacks (../shared/reviews/contracts-audit-2026-12.md): each one failed on the contracts
    // before the fix (the attacker won) and is refused now.
    // ==========================================================================================

    function _sybil(uint256 i) internal returns (address) {
        return makeAddr(string.concat("sybil", vm.toString(i)));
    }

    /// H-1: unfunded addresses could lock a request's last slot for good, force its cancellation
    /// and get the squatting host paid for the whole New phase. A reservation now takes a deposit.
    function test_attack_H1_unfundedSybilsCannotReserve() public {
        bytes32 rid = _post();
        address sybil = _sybil(0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(market), 0, DEPOSIT
            )
        );
        vm.prank(sybil);
        market.reserveSlot(rid, SLOTS - 1);
        vm.assertEq(market.getReservations(_slot(rid, SLOTS - 1)).length, 0);
    }

    /// H-1: funded squatters hold the slot only for `reservationTimeout`; then an honest host
    /// reserves and fills, and the squatters' deposits are the client's.
    function test_attack_H1_squattedSlotIsFilledOnceTheReservationsLapse() public {
        bytes32 rid = _post();
        bytes32 id = _slot(rid, SLOTS - 1);
        for (uint64 i = 0; i < SLOTS - 1; i++) {
            _fill(rid, i, hosts[i]);
        }
        for (uint256 i = 0; i < 3; i++) {
            address sybil = _sybil(i);
            _fund(sybil);
            vm.prank(sybil);
            market.reserveSlot(rid, SLOTS - 1);
        }
        vm.expectRevert(IMarketplace.ReservationsFull.selector);
        vm.prank(hosts[4]);
        market.reserveSlot(rid, SLOTS - 1);
        Groth16Proof memory proof = _proof(rid, SLOTS - 1, market.currentPeriod(), hosts[4]);
        vm.expectRevert(IMarketplace.NotReserved.selector);
        vm.prank(hosts[4]);
        market.fillSlot(rid, SLOTS - 1, proof);
        vm.assertEq(market.getReservationExpiry(id, _sybil(0)), T0 + RESERVATION_TIMEOUT);

        _warp(T0 + RESERVATION_TIMEOUT);
        vm.assertEq(market.getReservations(id).length, 0, "lapsed");
        vm.prank(hosts[4]);
        market.reserveSlot(rid, SLOTS - 1);
        _ready();
        proof = _proof(rid, SLOTS - 1, market.currentPeriod(), hosts[4]);
        vm.prank(hosts[4]);
        market.fillSlot(rid, SLOTS - 1, proof);
        _assertRequestState(rid, IMarketplace.RequestState.Started);
        // the honest host paid the deposit and the rest of the collateral: COLLATERAL in all
        vm.assertEq(_bal(hosts[4]), FUNDS - COLLATERAL);
        for (uint256 i = 0; i < 3; i++) {
            vm.assertEq(_bal(_sybil(i)), FUNDS - DEPOSIT, "squatters lose their deposits");
        }
        // ...to the client (who also keeps the pay of the slot for the time it was squatted)
        vm.assertEq(market.clientPayout(rid), 3 * DEPOSIT + RATE * RESERVATION_TIMEOUT);
    }

    /// H-1: the same lock on a slot in repair no longer stops its repair.
    function test_attack_H1_squattersCannotBlockARepair() public {
        bytes32 rid = _started();
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        for (uint256 i = 0; i < 3; i++) {
            address sybil = _sybil(i);
            _fund(sybil);
            vm.prank(sybil);
            market.reserveSlot(rid, 0);
        }
        _toPeriod(P0 + 3);
        vm.assertEq(market.getReservations(_slot(rid, 0)).length, 0);
        _fill(rid, 0, hosts[4]);
        vm.assertEq(market.getHost(_slot(rid, 0)), hosts[4]);
        vm.prank(hosts[1]);
        market.freeSlot(_slot(rid, 1));
        _assertRequestState(rid, IMarketplace.RequestState.Started);
    }

    /// Reservers that lose the race to another reserver get their deposits back; the filler's
    /// deposit is part of its collateral.
    function test_reserveSlot_depositsRefundedToTheOthersAndCountedForTheFiller() public {
        bytes32 rid = _post();
        vm.prank(hosts[0]);
        market.reserveSlot(rid, 0);
        vm.prank(hosts[1]);
        market.reserveSlot(rid, 0);
        vm.assertEq(_bal(hosts[0]), FUNDS - DEPOSIT);
        vm.assertEq(market.reservationDeposit(rid), DEPOSIT);
        _fill(rid, 0, hosts[1]);
        vm.assertEq(_bal(hosts[0]), FUNDS, "refunded");
        vm.assertEq(_bal(hosts[1]), FUNDS - COLLATERAL, "deposit + the rest = collateral");
        vm.assertEq(market.getSlot(_slot(rid, 0)).collateral, COLLATERAL);
        vm.assertEq(market.clientPayout(rid), PRICE - RATE * DURATION);
    }

    /// A lapsed reserver may reserve again, with a new deposit (the lapsed one is the client's).
    function test_reserveSlot_againAfterItLapsed() public {
        bytes32 rid = _post();
        vm.prank(hosts[0]);
        market.reserveSlot(rid, 0);
        vm.expectRevert(IMarketplace.AlreadyReserved.selector);
        vm.prank(hosts[0]);
        market.reserveSlot(rid, 0);
        _warp(T0 + RESERVATION_TIMEOUT);
        vm.prank(hosts[0]);
        market.reserveSlot(rid, 0);
        vm.assertEq(_bal(hosts[0]), FUNDS - 2 * DEPOSIT);
        vm.assertEq(market.getReservations(_slot(rid, 0)).length, 1);
    }

    function testFuzz_reserveSlot_liveUntilTheTimeout(uint256 after_) public {
        bytes32 rid = _post();
        vm.prank(hosts[0]);
        market.reserveSlot(rid, 0);
        uint256 at = T0 + bound(after_, 0, 3 * RESERVATION_TIMEOUT);
        vm.warp(at);
        bool live = at < T0 + RESERVATION_TIMEOUT;
        vm.assertEq(market.getReservations(_slot(rid, 0)).length, live ? 1 : 0);
        vm.assertEq(market.getReservationExpiry(_slot(rid, 0), hosts[0]), live ? T0 + RESERVATION_TIMEOUT : 0);
    }

    /// M-1 (a): a pending fill copied from the mempool is worthless to anyone else.
    function test_attack_M1_frontRunningAFillWithItsProofFails() public {
        bytes32 rid = _post();
        _ready();
        Groth16Proof memory pending = _proof(rid, 0, market.currentPeriod(), hosts[1]);
        vm.expectRevert(IMarketplace.InvalidProof.selector);
        vm.prank(hosts[5]);
        market.fillSlot(rid, 0, pending);
        vm.prank(hosts[1]);
        market.fillSlot(rid, 0, pending);
        vm.assertEq(market.getHost(_slot(rid, 0)), hosts[1]);
    }

    /// M-1 (b): a proof posted by `submitProof` cannot repair the slot for someone with no data.
    function test_attack_M1_repairWithAProofCopiedFromTheChainFails() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 1);
        Groth16Proof memory published = _proof(rid, 0, P0 + 1);
        vm.prank(hosts[0]);
        market.submitProof(id, published);
        _warp(block.timestamp + 30);
        vm.prank(hosts[0]);
        market.freeSlot(id);
        vm.expectRevert(IMarketplace.InvalidProof.selector);
        vm.prank(hosts[5]);
        market.fillSlot(rid, 0, published);
        _assertSlotState(id, IMarketplace.SlotState.Repair);
    }

    /// M-1: a proof is checked against the slot's host, whoever sends it (a relayer may).
    function test_submitProof_challengeIsTheHosts() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 1);
        Groth16Proof memory other = _proof(rid, 0, P0 + 1, hosts[1]);
        vm.expectRevert(IMarketplace.InvalidProof.selector);
        market.submitProof(id, other);
        Groth16Proof memory own = _proof(rid, 0, P0 + 1, hosts[0]);
        vm.prank(stranger);
        market.submitProof(id, own);
        vm.assertTrue(market.proofReceived(id, P0 + 1));
    }

    /// One host holds at most one slot of a request.
    function test_attack_oneHostCannotHoldTwoSlotsOfARequest() public {
        bytes32 rid = _post();
        _fill(rid, 0, hosts[0]);
        Groth16Proof memory proof = _proof(rid, 1, market.currentPeriod(), hosts[0]);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.HostOfRequest.selector, hosts[0]));
        vm.prank(hosts[0]);
        market.fillSlot(rid, 1, proof);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.HostOfRequest.selector, hosts[0]));
        vm.prank(hosts[0]);
        market.reserveSlot(rid, 1);
        // once it abandoned its slot before the start, it may take another
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        _fill(rid, 1, hosts[0]);
        vm.assertEq(market.getHost(_slot(rid, 1)), hosts[0]);
    }

    /// L-7: the evicted host (or one that left) cannot take its slot back.
    function test_attack_L7_evictedHostCannotRefillItsSlot() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 2);
        vm.prank(validator);
        market.markProofAsMissing(id, P0 + 1);
        _toPeriod(P0 + 3);
        vm.prank(validator);
        market.markProofAsMissing(id, P0 + 2);
        _assertSlotState(id, IMarketplace.SlotState.Repair);
        Groth16Proof memory proof = _proof(rid, 0, market.currentPeriod(), hosts[0]);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.FormerHost.selector, hosts[0]));
        vm.prank(hosts[0]);
        market.fillSlot(rid, 0, proof);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.FormerHost.selector, hosts[0]));
        vm.prank(hosts[0]);
        market.reserveSlot(rid, 0);
    }

    /// L-1: a fill exactly at a period's start: that period requires a proof, and the fill's
    /// proof is it, so the host is not slashed.
    function test_attack_L1_fillAtPeriodStartCountsAsThePeriodsProof() public {
        bytes32 rid = _post();
        for (uint64 i = 0; i < SLOTS - 1; i++) {
            _fill(rid, i, hosts[i]);
        }
        market.commitRandomness(); // P0 + 1 binding
        _warp(T0 + PERIOD);
        _fill(rid, SLOTS - 1, hosts[SLOTS - 1]);
        _assertRequestState(rid, IMarketplace.RequestState.Started);
        bytes32 id = _slot(rid, SLOTS - 1);
        vm.assertTrue(market.isProofRequired(id));
        vm.assertTrue(market.proofReceived(id, P0 + 1));
        _toPeriod(P0 + 2);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.ProofAlreadySubmitted.selector, id, P0 + 1));
        vm.prank(validator);
        market.markProofAsMissing(id, P0 + 1);
    }

    /// L-2: proofs missed before a request failed are still marked and slashed.
    function test_attack_L2_failureDoesNotVoidPendingSlashes() public {
        bytes32 rid = _started();
        _toPeriod(P0 + 2); // nobody proved P0 + 1
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        vm.prank(hosts[1]);
        market.freeSlot(_slot(rid, 1));
        _assertRequestState(rid, IMarketplace.RequestState.Failed);
        bytes32 id = _slot(rid, 2);
        vm.assertTrue(market.isProofRequiredIn(id, P0 + 1));
        vm.prank(validator);
        market.markProofAsMissing(id, P0 + 1);
        vm.assertEq(market.getSlot(id).collateral, COLLATERAL - SLASHED);
        // and the host waits for the mark window before it collects
        vm.expectRevert(
            abi.encodeWithSelector(
                IMarketplace.InvalidRequestState.selector, IMarketplace.RequestState.Failed
            )
        );
        vm.prank(hosts[3]);
        market.freeSlot(_slot(rid, 3));
        uint256 failedAt = market.getRequestInfo(rid).failedAt;
        // a period that ended after the failure owes nothing
        vm.assertFalse(market.isProofRequiredIn(id, P0 + 2));
        _warp(failedAt + TIMEOUT + 1);
        vm.prank(hosts[2]);
        market.freeSlot(id);
        vm.assertEq(_bal(hosts[2]), FUNDS - SLASHED + RATE * (failedAt - T0));
    }

    /// L-3: a host marking its own missed proof keeps no validator share.
    function test_attack_L3_selfMarkPaysNoReward() public {
        bytes32 rid = _started();
        bytes32 id = _slot(rid, 0);
        _toPeriod(P0 + 2);
        uint256 before = _bal(hosts[0]);
        vm.expectEmit(address(market));
        emit IMarketplace.ProofMissed(id, P0 + 1, hosts[0], SLASHED, 0);
        vm.prank(hosts[0]);
        market.markProofAsMissing(id, P0 + 1);
        vm.assertEq(_bal(hosts[0]), before, "no reward");
        vm.assertEq(market.getSlot(id).collateral, COLLATERAL - SLASHED);
    }

    /// L-5: a repair in the request's last second earns no repair reward.
    function test_attack_L5_lastSecondRepairEarnsNothing() public {
        bytes32 rid = _started();
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        _warp(T0 + DURATION);
        _fill(rid, 0, hosts[4]);
        vm.assertEq(market.getSlot(_slot(rid, 0)).repairReward, 0);
        _warp(T0 + DURATION + TIMEOUT + 1);
        vm.prank(hosts[4]);
        market.freeSlot(_slot(rid, 0));
        vm.assertEq(_bal(hosts[4]), FUNDS, "collateral back, nothing more");
    }

    function testFuzz_fillSlot_repairRewardInProportionToTheTimeLeft(uint256 at) public {
        bytes32 rid = _started();
        vm.prank(hosts[0]);
        market.freeSlot(_slot(rid, 0));
        uint256 when = bound(at, T0, T0 + DURATION);
        _warp(when);
        _fill(rid, 0, hosts[4]);
        uint256 earned = REPAIR_REWARD * (T0 + DURATION - when) / DURATION;
        vm.assertEq(market.getSlot(_slot(rid, 0)).repairReward, earned);
    }

    /// L-6: a seed is stored when committed, so a period's fills and proofs never depend on the
    /// block-hash window (or on EIP-2935).
    function test_attack_L6_seedIsNotLostAfter256Blocks() public {
        bytes32 rid = _post();
        (bytes32 seed,,) = market.periodSeed(P0);
        vm.roll(block.number + 10_000);
        (bytes32 later, bool known,) = market.periodSeed(P0);
        vm.assertTrue(known);
        vm.assertEq(later, seed);
        _fill(rid, 0, hosts[0]);
    }
}
