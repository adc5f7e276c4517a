// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IMarketplace} from "./interfaces/IMarketplace.sol";
import {Groth16Proof, IStorageProofVerifier} from "./interfaces/IStorageProofVerifier.sol";

/// @title Marketplace
/// @notice cairn's storage marketplace (see IMarketplace and docs/MARKETPLACE.md).
/// @dev Accounting. A request's client pays D = slots * rate * duration up front (rate = slotSize *
/// pricePerBytePerSecond). A host that holds a slot from `filledAt` is owed rate * (T - filledAt)
/// where T is the request's end, its expiry (cancelled) or the moment it failed. The request keeps
/// `slotsFilled` and `sumFilledAt` over the slots held now, so the hosts' total is
/// rate * (T * slotsFilled - sumFilledAt) in O(1), and the client is owed
/// clientFunds + pendingRepairRewards - hostsTotal, where clientFunds is D plus the slashed and
/// forfeited collateral credited to it. At every moment the token balance of this contract equals
/// the sum of `clientPayout` over requests plus `slotPayout` over slots (the invariant suite checks).
///
/// Randomness. Period p's seed is fixed and stored by the first state-changing call made in period
/// p - 1 (or, late, in p), in block b: the first 24 bytes of
/// `keccak256(prevrandao(b), blockhash(b - 2), p)`. On a
/// proof-of-stake L1, prevrandao is the beacon chain's RANDAO mix: the producer of b cannot change
/// it (it was fixed by the blocks before), only withhold its block; the producer of b - 2, who
/// could grind that block's hash, does not know prevrandao(b). No single block producer chooses a
/// seed. On chains whose prevrandao is set by a sequencer, the sequencer is trusted for challenges
/// (docs/PROTOCOL.md, "Randomness"). Seeds are stored when committed: none is ever lost to the
/// block-hash window. Only a seed committed before the period began ("binding") can require
/// proofs, so a period's duties are fixed when it starts. Validators call `commitRandomness` once a
/// period to keep seeds binding.
///
/// Binding. A proof's entropy mixes in the host that proves (the filler for `fillSlot`, the slot's
/// host for `submitProof`): a proof copied from the mempool or the chain is worthless to anyone
/// else. Reservations last `reservationTimeout` and take a deposit of one slash (refunded to a
/// reserver that fills or loses the race to another, the client's when the reservation lapses).
contract Marketplace is IMarketplace {
    using SafeERC20 for IERC20;

    /// @notice The BN254 scalar field modulus: every public input of a proof is below it.
    uint256 public constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice Most slots a request may have (the circuit's max slots depth is 8).
    uint64 public constant MAX_SLOTS = 256;
    /// @notice Prices and collateral per byte stay below this, so no amount can overflow.
    uint256 public constant MAX_PRICE = 2 ** 96;
    /// @notice Longest CID accepted, in bytes.
    uint256 public constant MAX_CID_LENGTH = 128;
    /// @notice The local devnet's chain id: the only chain a dev-key verifier may be used on.
    uint256 public constant DEVNET_CHAIN_ID = 31337;

    /// @notice The token payments and collateral are made in.
    IERC20 public immutable token;
    /// @notice The storage-proof verifier.
    IStorageProofVerifier public immutable verifier;

    uint64 internal immutable _period;
    uint64 internal immutable _timeout;
    uint64 internal immutable _minProofProbability;
    uint64 internal immutable _maxProofProbability;
    uint8 internal immutable _slashPercentage;
    uint8 internal immutable _maxNumberOfSlashes;
    uint8 internal immutable _validatorRewardPercentage;
    uint8 internal immutable _repairRewardPercentage;
    uint8 internal immutable _maxReservations;
    uint64 internal immutable _reservationTimeout;
    uint64 internal immutable _maxRequestDuration;

    /// @dev A request's bookkeeping, with the terms the hot paths need copied out of `Request`.
    struct Context {
        RequestState state; // New, Started or Failed (the rest follow from time)
        bool clientWithdrawn;
        uint64 requestedAt;
        uint64 expiresAt;
        uint64 endsAt;
        uint64 startedAt;
        uint64 failedAt;
        uint64 slotsFilled;
        uint64 slotsFreed;
        uint64 slots;
        uint64 maxSlotLoss;
        uint64 proofProbability;
        address client;
        bytes32 verifyRoot;
        uint256 rate; // slotSize * pricePerBytePerSecond
        uint256 collateral; // slotSize * collateralPerByte
        uint256 sumFilledAt;
        uint256 clientFunds;
        uint256 pendingRepairRewards;
        // Deposits of reservations neither refunded nor turned into collateral: the client's.
        uint256 reservationDeposits;
    }

    /// @dev A reservation: live while `block.timestamp < expiresAt`.
    struct Reservation {
        address host;
        uint64 expiresAt;
    }

    /// @dev A slot's record; created on its first reservation or fill.
    struct Slot {
        bytes32 requestId;
        address host;
        uint64 slotIndex;
        uint64 filledAt;
        uint8 missedProofs;
        SlotState state; // Free, Filled, Repair or Paid
        uint256 collateral;
        uint256 repairReward;
    }

    /// @dev A period's seed and when it was fixed (0: not yet), in one storage slot: the seed keeps
    /// 192 bits of its hash, plenty for challenges and one cold read less per proof.
    struct SeedCommit {
        uint64 committedAt;
        bytes24 seed;
    }

    mapping(bytes32 requestId => Request) private _requests;
    mapping(bytes32 requestId => Context) private _contexts;
    mapping(bytes32 slotId => Slot) private _slots;
    mapping(bytes32 slotId => Reservation[]) private _reservations;
    /// @dev Hosts that hold a slot of the request now (one slot per host and request).
    mapping(bytes32 requestId => mapping(address host => bool)) private _holdsSlot;
    /// @dev Hosts that left or were slashed out of the slot: they may not take it again.
    mapping(bytes32 slotId => mapping(address host => bool)) private _formerHosts;
    /// @dev Received proofs as bits: word `period >> 8`, bit `period & 255` (after a slot's first
    /// proof in a 256-period window, recording one rewrites a warm word instead of a new slot).
    mapping(bytes32 slotId => mapping(uint256 word => uint256 bits)) private _received;
    mapping(bytes32 slotId => mapping(uint256 period => bool)) private _marked;
    mapping(uint256 period => SeedCommit) private _seedCommits;

    /// @param token_ The payment and collateral token.
    /// @param verifier_ The storage-proof verifier.
    /// @param config_ The parameters (checked: see `InvalidConfig`).
    constructor(IERC20 token_, IStorageProofVerifier verifier_, Config memory config_) {
        if (address(token_) == address(0)) revert InvalidConfig("token is zero");
        if (address(verifier_).code.length == 0) revert InvalidConfig("verifier has no code");
        if (verifier_.verifierInfo().devKeys && block.chainid != DEVNET_CHAIN_ID) {
            revert InvalidConfig("dev-key verifier (forgeable proofs) off the devnet");
        }
        if (config_.period == 0) revert InvalidConfig("period is zero");
        if (config_.timeout == 0) revert InvalidConfig("timeout is zero");
        if (config_.minProofProbability == 0 || config_.minProofProbability > config_.maxProofProbability) {
            revert InvalidConfig("proof probability bounds");
        }
        if (config_.maxNumberOfSlashes == 0) revert InvalidConfig("maxNumberOfSlashes is zero");
        if (uint256(config_.slashPercentage) * config_.maxNumberOfSlashes > 100) {
            revert InvalidConfig("slashes exceed the collateral");
        }
        if (
            uint256(config_.repairRewardPercentage)
                > 100 - uint256(config_.slashPercentage) * config_.maxNumberOfSlashes
        ) revert InvalidConfig("repair reward exceeds what is left after slashing");
        if (config_.validatorRewardPercentage > 100) revert InvalidConfig("validator reward over 100%");
        if (config_.maxReservations == 0) revert InvalidConfig("maxReservations is zero");
        if (config_.reservationTimeout == 0) revert InvalidConfig("reservationTimeout is zero");
        if (config_.maxRequestDuration == 0) revert InvalidConfig("maxRequestDuration is zero");
        token = token_;
        verifier = verifier_;
        _period = config_.period;
        _timeout = config_.timeout;
        _minProofProbability = config_.minProofProbability;
        _maxProofProbability = config_.maxProofProbability;
        _slashPercentage = config_.slashPercentage;
        _maxNumberOfSlashes = config_.maxNumberOfSlashes;
        _validatorRewardPercentage = config_.validatorRewardPercentage;
        _repairRewardPercentage = config_.repairRewardPercentage;
        _maxReservations = config_.maxReservations;
        _reservationTimeout = config_.reservationTimeout;
        _maxRequestDuration = config_.maxRequestDuration;
    }

    // ==========================================================================================
    // Client
    // ==========================================================================================

    /// @inheritdoc IMarketplace
    function requestStorage(Request calldata request) external returns (bytes32 requestId) {
        _checkRequest(request);
        requestId = keccak256(abi.encode(request));
        Context storage ctx = _contexts[requestId];
        if (ctx.state != RequestState.None) revert RequestExists(requestId);
        _commitSeeds();

        Ask calldata ask = request.ask;
        uint256 rate = uint256(ask.slotSize) * ask.pricePerBytePerSecond;
        uint256 price = rate * ask.duration * ask.slots;
        uint64 now_ = uint64(block.timestamp);
        _requests[requestId] = request;
        ctx.state = RequestState.New;
        ctx.requestedAt = now_;
        ctx.expiresAt = now_ + request.expiry;
        ctx.endsAt = now_ + ask.duration;
        ctx.slots = ask.slots;
        ctx.maxSlotLoss = ask.maxSlotLoss;
        ctx.proofProbability = ask.proofProbability;
        ctx.client = request.client;
        ctx.verifyRoot = request.content.verifyRoot;
        ctx.rate = rate;
        ctx.collateral = uint256(ask.slotSize) * ask.collateralPerByte;
        ctx.clientFunds = price;

        emit StorageRequested(requestId, request.client, ask, ctx.expiresAt, price);
        token.safeTransferFrom(msg.sender, address(this), price);
    }

    /// @inheritdoc IMarketplace
    function withdrawFunds(bytes32 requestId) external {
        Context storage ctx = _existing(requestId);
        if (msg.sender != ctx.client) revert NotAuthorized(msg.sender);
        RequestState state = _requestState(ctx);
        if (state == RequestState.New || state == RequestState.Started) revert InvalidRequestState(state);
        _checkMarksSettled(ctx, state);
        if (ctx.clientWithdrawn) revert AlreadyWithdrawn(requestId);
        uint256 amount = _clientPayout(ctx, state);
        ctx.clientWithdrawn = true;
        emit FundsWithdrawn(requestId, msg.sender, state, amount);
        if (amount > 0) token.safeTransfer(msg.sender, amount);
    }

    // ==========================================================================================
    // Host
    // ==========================================================================================

    /// @inheritdoc IMarketplace
    function reserveSlot(bytes32 requestId, uint64 slotIndex) external {
        Context storage ctx = _existing(requestId);
        (bytes32 id, Slot storage slot) = _slotOf(requestId, slotIndex, ctx);
        _checkFillable(ctx, slot);
        _checkMayHost(requestId, id);
        Reservation[] storage reservations = _reservations[id];
        // Lapsed reservations make room (their deposits stay with the client).
        uint256 i = 0;
        while (i < reservations.length) {
            if (reservations[i].expiresAt <= block.timestamp) {
                reservations[i] = reservations[reservations.length - 1];
                reservations.pop();
            } else {
                if (reservations[i].host == msg.sender) revert AlreadyReserved();
                i++;
            }
        }
        if (reservations.length >= _maxReservations) revert ReservationsFull();
        _commitSeeds();
        uint64 expiresAt = uint64(block.timestamp) + _reservationTimeout;
        reservations.push(Reservation({host: msg.sender, expiresAt: expiresAt}));
        uint256 deposit = _reservationDeposit(ctx);
        ctx.reservationDeposits += deposit;
        emit SlotReserved(requestId, slotIndex, msg.sender, expiresAt, deposit);
        if (deposit > 0) token.safeTransferFrom(msg.sender, address(this), deposit);
    }

    /// @inheritdoc IMarketplace
    function fillSlot(bytes32 requestId, uint64 slotIndex, Groth16Proof calldata proof) external {
        Context storage ctx = _existing(requestId);
        (bytes32 id, Slot storage slot) = _slotOf(requestId, slotIndex, ctx);
        bool repair = _checkFillable(ctx, slot);
        _checkMayHost(requestId, id);
        (address[] memory refunds, bool ownDeposit) = _settleReservations(id);
        _commitSeeds();
        uint256 period = _currentPeriod();
        (bytes32 seed, bool known,) = _seedOf(period);
        if (!known) revert ChallengeNotReady(period);
        _verify(proof, _entropy(seed, id, msg.sender), ctx.verifyRoot, slotIndex);
        // The fill's proof answers this period's challenge: it counts as the period's proof.
        _received[id][period >> 8] |= 1 << (period & 255);
        _take(ctx, slot, requestId, repair);
        // The filler's live deposit becomes part of its collateral; the other live ones go back.
        uint256 deposit = _reservationDeposit(ctx);
        uint256 owed = ctx.collateral;
        if (ownDeposit) owed -= deposit;
        ctx.reservationDeposits -= deposit * (refunds.length + (ownDeposit ? 1 : 0));
        if (owed > 0) token.safeTransferFrom(msg.sender, address(this), owed);
        for (uint256 i = 0; i < refunds.length; i++) {
            token.safeTransfer(refunds[i], deposit);
        }
    }

    /// @inheritdoc IMarketplace
    function submitProof(bytes32 id, Groth16Proof calldata proof) external {
        Slot storage slot = _existingSlot(id);
        Context storage ctx = _contexts[slot.requestId];
        _commitSeeds();
        uint256 period = _currentPeriod();
        (bool required, bytes32 seed) = _proofRequired(ctx, slot, id, period);
        if (!required) revert ProofNotRequired(id, period);
        if (_isReceived(id, period)) revert ProofAlreadySubmitted(id, period);
        _verify(proof, _entropy(seed, id, slot.host), ctx.verifyRoot, slot.slotIndex);
        _received[id][period >> 8] |= 1 << (period & 255);
        emit ProofSubmitted(id, period);
    }

    /// @inheritdoc IMarketplace
    function freeSlot(bytes32 id) external {
        Slot storage slot = _existingSlot(id);
        if (msg.sender != slot.host) revert NotAuthorized(msg.sender);
        bytes32 requestId = slot.requestId;
        Context storage ctx = _contexts[requestId];
        RequestState state = _requestState(ctx);
        if (state == RequestState.New) {
            _abandon(ctx, slot, requestId);
        } else if (state == RequestState.Started) {
            _commitSeeds();
            _evict(ctx, slot, requestId);
        } else {
            // A Paid slot keeps its host and `filledAt`: without this, it would be paid again.
            if (slot.state == SlotState.Paid) revert InvalidSlotState(SlotState.Paid);
            _checkMarksSettled(ctx, state);
            _payOut(ctx, slot, id, state);
        }
    }

    // ==========================================================================================
    // Validator
    // ==========================================================================================

    /// @inheritdoc IMarketplace
    function markProofAsMissing(bytes32 id, uint256 period) external {
        Slot storage slot = _existingSlot(id);
        Context storage ctx = _contexts[slot.requestId];
        if (period >= _currentPeriod()) revert PeriodNotEnded(period);
        uint256 end = _periodEnd(period);
        if (block.timestamp >= end + _timeout) revert ValidationTimedOut(period);
        _commitSeeds();
        (bool required,) = _proofRequired(ctx, slot, id, period);
        if (!required) revert ProofNotRequired(id, period);
        if (_isReceived(id, period)) revert ProofAlreadySubmitted(id, period);
        if (_marked[id][period]) revert AlreadyMarked(id, period);
        _marked[id][period] = true;

        uint256 slashed = ctx.collateral * _slashPercentage / 100;
        if (slashed > slot.collateral) slashed = slot.collateral;
        // The reward is a share of what was actually slashed (rounded down), never more.
        // slither-disable-next-line divide-before-multiply
        uint256 reward = slashed * _validatorRewardPercentage / 100;
        // A host marking its own miss earns nothing: the whole slash goes to the client.
        if (msg.sender == slot.host) reward = 0;
        slot.collateral -= slashed;
        ctx.clientFunds += slashed - reward;
        slot.missedProofs += 1;
        emit ProofMissed(id, period, msg.sender, slashed, reward);
        if (slot.missedProofs >= _maxNumberOfSlashes) _evict(ctx, slot, slot.requestId);
        if (reward > 0) token.safeTransfer(msg.sender, reward);
    }

    /// @inheritdoc IMarketplace
    function commitRandomness() external {
        _commitSeeds();
    }

    // ==========================================================================================
    // Views
    // ==========================================================================================

    /// @inheritdoc IMarketplace
    function config() external view returns (Config memory) {
        return Config({
            period: _period,
            timeout: _timeout,
            minProofProbability: _minProofProbability,
            maxProofProbability: _maxProofProbability,
            slashPercentage: _slashPercentage,
            maxNumberOfSlashes: _maxNumberOfSlashes,
            validatorRewardPercentage: _validatorRewardPercentage,
            repairRewardPercentage: _repairRewardPercentage,
            maxReservations: _maxReservations,
            reservationTimeout: _reservationTimeout,
            maxRequestDuration: _maxRequestDuration
        });
    }

    /// @inheritdoc IMarketplace
    function getRequest(bytes32 requestId) external view returns (Request memory) {
        _existing(requestId);
        return _requests[requestId];
    }

    /// @inheritdoc IMarketplace
    function getRequestInfo(bytes32 requestId) external view returns (RequestInfo memory) {
        Context storage ctx = _existing(requestId);
        return RequestInfo({
            state: _requestState(ctx),
            requestedAt: ctx.requestedAt,
            expiresAt: ctx.expiresAt,
            endsAt: ctx.endsAt,
            startedAt: ctx.startedAt,
            failedAt: ctx.failedAt,
            slotsFilled: ctx.slotsFilled,
            slotsFreed: ctx.slotsFreed,
            clientWithdrawn: ctx.clientWithdrawn
        });
    }

    /// @inheritdoc IMarketplace
    function requestState(bytes32 requestId) external view returns (RequestState) {
        return _requestState(_contexts[requestId]);
    }

    /// @inheritdoc IMarketplace
    function slotState(bytes32 id) external view returns (SlotState) {
        Slot storage slot = _slots[id];
        if (slot.requestId == bytes32(0)) return SlotState.None;
        return _slotState(_contexts[slot.requestId], slot);
    }

    /// @notice The state of slot `slotIndex` of a request, also before anyone reserved or filled it
    /// (then Free, or Cancelled/Finished/Failed after the request ended).
    function slotStateAt(bytes32 requestId, uint64 slotIndex) external view returns (SlotState) {
        Context storage ctx = _contexts[requestId];
        if (ctx.state == RequestState.None || slotIndex >= ctx.slots) return SlotState.None;
        return _slotState(ctx, _slots[_slotId(requestId, slotIndex)]);
    }

    /// @inheritdoc IMarketplace
    function getSlot(bytes32 id) external view returns (SlotInfo memory) {
        Slot storage slot = _existingSlot(id);
        return SlotInfo({
            state: _slotState(_contexts[slot.requestId], slot),
            requestId: slot.requestId,
            slotIndex: slot.slotIndex,
            host: slot.host,
            filledAt: slot.filledAt,
            missedProofs: slot.missedProofs,
            collateral: slot.collateral,
            repairReward: slot.repairReward
        });
    }

    /// @inheritdoc IMarketplace
    function getActiveSlot(bytes32 id) external view returns (Request memory request, uint64 slotIndex) {
        Slot storage slot = _existingSlot(id);
        return (_requests[slot.requestId], slot.slotIndex);
    }

    /// @inheritdoc IMarketplace
    function getHost(bytes32 id) external view returns (address) {
        return _slots[id].host;
    }

    /// @inheritdoc IMarketplace
    function getReservations(bytes32 id) external view returns (address[] memory hosts) {
        Reservation[] storage reservations = _reservations[id];
        uint256 live = 0;
        for (uint256 i = 0; i < reservations.length; i++) {
            if (reservations[i].expiresAt > block.timestamp) live++;
        }
        hosts = new address[](live);
        uint256 next = 0;
        for (uint256 i = 0; i < reservations.length; i++) {
            if (reservations[i].expiresAt > block.timestamp) hosts[next++] = reservations[i].host;
        }
    }

    /// @inheritdoc IMarketplace
    function getReservationExpiry(bytes32 id, address host) external view returns (uint64) {
        Reservation[] storage reservations = _reservations[id];
        for (uint256 i = 0; i < reservations.length; i++) {
            if (reservations[i].host == host && reservations[i].expiresAt > block.timestamp) {
                return reservations[i].expiresAt;
            }
        }
        return 0;
    }

    /// @inheritdoc IMarketplace
    function reservationDeposit(bytes32 requestId) external view returns (uint256) {
        return _reservationDeposit(_existing(requestId));
    }

    /// @inheritdoc IMarketplace
    function slotId(bytes32 requestId, uint64 slotIndex) external pure returns (bytes32) {
        return _slotId(requestId, slotIndex);
    }

    /// @inheritdoc IMarketplace
    function missingProofs(bytes32 id) external view returns (uint256) {
        return _slots[id].missedProofs;
    }

    /// @inheritdoc IMarketplace
    function proofReceived(bytes32 id, uint256 period) external view returns (bool) {
        return _isReceived(id, period);
    }

    /// @inheritdoc IMarketplace
    function currentPeriod() external view returns (uint256) {
        return _currentPeriod();
    }

    /// @inheritdoc IMarketplace
    function periodStart(uint256 period) external view returns (uint256) {
        return _periodStart(period);
    }

    /// @inheritdoc IMarketplace
    function periodEnd(uint256 period) external view returns (uint256) {
        return _periodEnd(period);
    }

    /// @inheritdoc IMarketplace
    function periodSeed(uint256 period) external view returns (bytes32 seed, bool known, bool binding) {
        return _seedOf(period);
    }

    /// @inheritdoc IMarketplace
    function isProofRequired(bytes32 id) external view returns (bool required) {
        (required,) = _proofRequiredView(id, _currentPeriod());
    }

    /// @inheritdoc IMarketplace
    function willProofBeRequired(bytes32 id) external view returns (bool required) {
        (required,) = _proofRequiredView(id, _currentPeriod() + 1);
    }

    /// @inheritdoc IMarketplace
    function isProofRequiredIn(bytes32 id, uint256 period) external view returns (bool required) {
        (required,) = _proofRequiredView(id, period);
    }

    /// @inheritdoc IMarketplace
    function getChallenge(bytes32 id, address host) external view returns (uint256) {
        return _challenge(id, _currentPeriod(), host);
    }

    /// @inheritdoc IMarketplace
    function getChallengeIn(bytes32 id, uint256 period, address host) external view returns (uint256) {
        return _challenge(id, period, host);
    }

    /// @inheritdoc IMarketplace
    function clientPayout(bytes32 requestId) external view returns (uint256) {
        Context storage ctx = _contexts[requestId];
        if (ctx.state == RequestState.None || ctx.clientWithdrawn) return 0;
        return _clientPayout(ctx, _requestState(ctx));
    }

    /// @inheritdoc IMarketplace
    function slotPayout(bytes32 id) external view returns (uint256) {
        Slot storage slot = _slots[id];
        if (slot.state != SlotState.Filled) return 0;
        Context storage ctx = _contexts[slot.requestId];
        return _hostPayout(ctx, slot, _requestState(ctx));
    }

    // ==========================================================================================
    // Internals: requests and slots
    // ==========================================================================================

    function _checkRequest(Request calldata request) private view {
        Ask calldata ask = request.ask;
        if (request.client != msg.sender) revert NotAuthorized(msg.sender);
        if (ask.slots == 0 || ask.slots > MAX_SLOTS) revert InvalidRequest("slots");
        if (ask.maxSlotLoss >= ask.slots) revert InvalidRequest("maxSlotLoss");
        if (ask.slotSize == 0) revert InvalidRequest("slotSize");
        if (ask.duration == 0 || ask.duration > _maxRequestDuration) revert InvalidRequest("duration");
        if (request.expiry == 0 || request.expiry >= ask.duration) revert InvalidRequest("expiry");
        if (ask.proofProbability < _minProofProbability || ask.proofProbability > _maxProofProbability) {
            revert InvalidRequest("proofProbability");
        }
        if (ask.pricePerBytePerSecond == 0 || ask.pricePerBytePerSecond >= MAX_PRICE) {
            revert InvalidRequest("pricePerBytePerSecond");
        }
        if (ask.collateralPerByte == 0 || ask.collateralPerByte >= MAX_PRICE) {
            revert InvalidRequest("collateralPerByte");
        }
        uint256 cidLength = request.content.cid.length;
        if (cidLength == 0 || cidLength > MAX_CID_LENGTH) revert InvalidRequest("cid");
        if (uint256(request.content.verifyRoot) >= SNARK_SCALAR_FIELD) revert InvalidRequest("verifyRoot");
    }

    function _existing(bytes32 requestId) private view returns (Context storage ctx) {
        ctx = _contexts[requestId];
        if (ctx.state == RequestState.None) revert UnknownRequest(requestId);
    }

    function _existingSlot(bytes32 id) private view returns (Slot storage slot) {
        slot = _slots[id];
        if (slot.requestId == bytes32(0)) revert UnknownSlot(id);
    }

    /// @dev The slot's record, created (Free) on first use.
    function _slotOf(bytes32 requestId, uint64 slotIndex, Context storage ctx)
        private
        returns (bytes32 id, Slot storage slot)
    {
        if (slotIndex >= ctx.slots) revert InvalidSlotIndex(slotIndex);
        id = _slotId(requestId, slotIndex);
        slot = _slots[id];
        if (slot.requestId == bytes32(0)) {
            slot.requestId = requestId;
            slot.slotIndex = slotIndex;
            slot.state = SlotState.Free;
        }
    }

    /// @dev Reverts unless a host may take the slot now; returns whether that is a repair.
    function _checkFillable(Context storage ctx, Slot storage slot) private view returns (bool repair) {
        RequestState state = _requestState(ctx);
        SlotState stored = slot.state;
        if (state == RequestState.New) {
            if (stored != SlotState.Free) revert InvalidSlotState(stored);
            return false;
        }
        if (state == RequestState.Started) {
            if (stored != SlotState.Repair) revert InvalidSlotState(stored);
            return true;
        }
        revert InvalidRequestState(state);
    }

    /// @dev The caller takes the slot: host, collateral, the request's counts; starts the request
    /// when this was its last slot, or earns the repair reward in proportion to the time left (a
    /// repair in the request's last second earns nothing; the rest goes back to the client).
    function _take(Context storage ctx, Slot storage slot, bytes32 requestId, bool repair) private {
        uint64 now_ = uint64(block.timestamp);
        uint256 collateral = ctx.collateral;
        slot.host = msg.sender;
        slot.filledAt = now_;
        slot.missedProofs = 0;
        slot.state = SlotState.Filled;
        slot.collateral = collateral;
        _holdsSlot[requestId][msg.sender] = true;
        ctx.slotsFilled += 1;
        ctx.sumFilledAt += now_;
        emit SlotFilled(requestId, slot.slotIndex, msg.sender, collateral, repair);
        if (repair) {
            uint256 reward = slot.repairReward;
            uint256 earned = reward * (ctx.endsAt - now_) / (ctx.endsAt - ctx.startedAt);
            slot.repairReward = earned;
            ctx.slotsFreed -= 1;
            ctx.pendingRepairRewards -= reward;
            ctx.clientFunds += reward - earned;
        } else if (ctx.slotsFilled >= ctx.slots) {
            ctx.state = RequestState.Started;
            ctx.startedAt = now_;
            emit RequestStarted(requestId);
        }
    }

    /// @dev Reverts unless the caller may take slot `id` of the request: it holds no slot of the
    /// request, and was never removed from this slot.
    function _checkMayHost(bytes32 requestId, bytes32 id) private view {
        if (_holdsSlot[requestId][msg.sender]) revert HostOfRequest(msg.sender);
        if (_formerHosts[id][msg.sender]) revert FormerHost(msg.sender);
    }

    /// @dev The deposit a reservation takes: one slash of the slot's collateral.
    function _reservationDeposit(Context storage ctx) private view returns (uint256) {
        return ctx.collateral * _slashPercentage / 100;
    }

    /// @dev Before a fill by the caller: reverts if others hold live reservations and the caller
    /// does not; clears the slot's reservations and returns the other live reservers (refunded)
    /// and whether the caller's own live deposit turns into collateral. Lapsed deposits stay with
    /// the client.
    function _settleReservations(bytes32 id) private returns (address[] memory refunds, bool ownDeposit) {
        Reservation[] storage reservations = _reservations[id];
        uint256 count = reservations.length;
        if (count == 0) return (refunds, false);
        uint256 others = 0;
        for (uint256 i = 0; i < count; i++) {
            if (reservations[i].expiresAt <= block.timestamp) continue;
            if (reservations[i].host == msg.sender) ownDeposit = true;
            else others++;
        }
        if (others > 0 && !ownDeposit) revert NotReserved();
        refunds = new address[](others);
        uint256 next = 0;
        for (uint256 i = 0; i < count; i++) {
            Reservation storage reservation = reservations[i];
            if (reservation.expiresAt > block.timestamp && reservation.host != msg.sender) {
                refunds[next++] = reservation.host;
            }
        }
        delete _reservations[id];
    }

    /// @dev In Finished and Failed, reverts while missed proofs of the last periods can still be
    /// marked (for `timeout` after the end or the failure): payouts wait for them.
    function _checkMarksSettled(Context storage ctx, RequestState state) private view {
        if (state == RequestState.Finished && block.timestamp <= uint256(ctx.endsAt) + _timeout) {
            revert InvalidRequestState(RequestState.Started);
        }
        if (state == RequestState.Failed && block.timestamp <= uint256(ctx.failedAt) + _timeout) {
            revert InvalidRequestState(RequestState.Failed);
        }
    }

    /// @dev A host leaves a request that has not started: collateral back, slot Free again.
    function _abandon(Context storage ctx, Slot storage slot, bytes32 requestId) private {
        address host = slot.host;
        uint256 collateral = slot.collateral;
        ctx.slotsFilled -= 1;
        ctx.sumFilledAt -= slot.filledAt;
        slot.host = address(0);
        slot.filledAt = 0;
        slot.collateral = 0;
        slot.state = SlotState.Free;
        _holdsSlot[requestId][host] = false;
        emit SlotAbandoned(requestId, slot.slotIndex, host);
        token.safeTransfer(host, collateral);
    }

    /// @dev Removes the host of a running request: its collateral (and any repair reward it held) is
    /// forfeited; up to `repairRewardPercentage` of a slot's collateral waits for the repairing host,
    /// the rest goes to the client. Fails the request when too many slots are free at once.
    function _evict(Context storage ctx, Slot storage slot, bytes32 requestId) private {
        address host = slot.host;
        uint256 forfeited = slot.collateral + slot.repairReward;
        uint256 reward = ctx.collateral * _repairRewardPercentage / 100;
        if (reward > forfeited) reward = forfeited;
        ctx.slotsFilled -= 1;
        ctx.sumFilledAt -= slot.filledAt;
        ctx.slotsFreed += 1;
        ctx.clientFunds += forfeited - reward;
        ctx.pendingRepairRewards += reward;
        slot.host = address(0);
        slot.filledAt = 0;
        slot.missedProofs = 0;
        slot.collateral = 0;
        slot.repairReward = reward;
        slot.state = SlotState.Repair;
        _holdsSlot[requestId][host] = false;
        _formerHosts[_slotId(requestId, slot.slotIndex)][host] = true;
        emit SlotFreed(requestId, slot.slotIndex, host, reward);
        if (
            ctx.state == RequestState.Started && ctx.slotsFreed > ctx.maxSlotLoss
                && block.timestamp <= ctx.endsAt
        ) {
            ctx.state = RequestState.Failed;
            ctx.failedAt = uint64(block.timestamp);
            emit RequestFailed(requestId);
        }
    }

    /// @dev Pays a host of an ended request: collateral left, repair reward, payment for its time.
    function _payOut(Context storage ctx, Slot storage slot, bytes32 id, RequestState state) private {
        uint256 amount = _hostPayout(ctx, slot, state);
        slot.state = SlotState.Paid;
        slot.collateral = 0;
        slot.repairReward = 0;
        emit SlotPaid(id, msg.sender, amount);
        if (amount > 0) token.safeTransfer(msg.sender, amount);
    }

    function _requestState(Context storage ctx) private view returns (RequestState) {
        RequestState state = ctx.state;
        if (state == RequestState.New && block.timestamp > ctx.expiresAt) return RequestState.Cancelled;
        if (state == RequestState.Started && block.timestamp > ctx.endsAt) return RequestState.Finished;
        return state;
    }

    function _slotState(Context storage ctx, Slot storage slot) private view returns (SlotState) {
        if (slot.state == SlotState.Paid) return SlotState.Paid;
        RequestState state = _requestState(ctx);
        if (state == RequestState.Cancelled) return SlotState.Cancelled;
        if (state == RequestState.Failed) return SlotState.Failed;
        if (state == RequestState.Finished) return SlotState.Finished;
        if (slot.requestId == bytes32(0)) return SlotState.Free;
        return slot.state;
    }

    /// @dev The moment up to which hosts are paid, by the request's state.
    function _payUntil(Context storage ctx, RequestState state) private view returns (uint256) {
        if (state == RequestState.Cancelled) return ctx.expiresAt;
        if (state == RequestState.Failed) return ctx.failedAt;
        return ctx.endsAt;
    }

    function _clientPayout(Context storage ctx, RequestState state) private view returns (uint256) {
        uint256 hostsTotal = ctx.rate * (_payUntil(ctx, state) * ctx.slotsFilled - ctx.sumFilledAt);
        return ctx.clientFunds + ctx.pendingRepairRewards + ctx.reservationDeposits - hostsTotal;
    }

    function _hostPayout(Context storage ctx, Slot storage slot, RequestState state)
        private
        view
        returns (uint256)
    {
        return slot.collateral + slot.repairReward + ctx.rate * (_payUntil(ctx, state) - slot.filledAt);
    }

    function _isReceived(bytes32 id, uint256 period) private view returns (bool) {
        return (_received[id][period >> 8] >> (period & 255)) & 1 != 0;
    }

    function _slotId(bytes32 requestId, uint64 slotIndex) private pure returns (bytes32) {
        return keccak256(abi.encode(requestId, slotIndex));
    }

    // ==========================================================================================
    // Internals: periods, randomness, proofs
    // ==========================================================================================

    function _currentPeriod() private view returns (uint256) {
        return block.timestamp / _period;
    }

    function _periodStart(uint256 period) private view returns (uint256) {
        return period * _period;
    }

    function _periodEnd(uint256 period) private view returns (uint256) {
        return (period + 1) * _period;
    }

    /// @dev Commits the current period (late, if nobody did during the previous one) and the next.
    function _commitSeeds() private {
        uint256 period = _currentPeriod();
        _commitSeed(period);
        _commitSeed(period + 1);
    }

    function _commitSeed(uint256 period) private {
        SeedCommit storage commit = _seedCommits[period];
        if (commit.committedAt != 0) return;
        // See the contract's notes: prevrandao cannot be chosen by this block's producer, and the
        // producer of block - 2 did not know it.
        bytes32 older = block.number > 2 ? blockhash(block.number - 2) : bytes32(0);
        commit.committedAt = uint64(block.timestamp);
        commit.seed = bytes24(keccak256(abi.encode(block.prevrandao, older, period)));
        emit RandomnessCommitted(period, block.number);
    }

    function _seedOf(uint256 period) private view returns (bytes32 seed, bool known, bool binding) {
        SeedCommit storage commit = _seedCommits[period];
        uint64 committedAt = commit.committedAt;
        if (committedAt == 0) return (bytes32(0), false, false);
        return (bytes32(commit.seed), true, committedAt < _periodStart(period));
    }

    /// @dev The proof's entropy for `host` proving slot `id` under `seed`.
    function _entropy(bytes32 seed, bytes32 id, address host) private pure returns (uint256) {
        // Not a PRNG of its own: the seed is committed randomness (see the contract's notes); the
        // modulo only maps the hash into the proof's field.
        // slither-disable-next-line weak-prng
        return uint256(keccak256(abi.encode(seed, id, host))) % SNARK_SCALAR_FIELD;
    }

    function _challenge(bytes32 id, uint256 period, address host) private view returns (uint256) {
        (bytes32 seed, bool known,) = _seedOf(period);
        if (!known) return 0;
        return _entropy(seed, id, host);
    }

    function _proofRequiredView(bytes32 id, uint256 period) private view returns (bool, bytes32) {
        Slot storage slot = _slots[id];
        if (slot.requestId == bytes32(0)) return (false, bytes32(0));
        return _proofRequired(_contexts[slot.requestId], slot, id, period);
    }

    /// @dev A slot must prove in `period` when the request ran and the host held the slot for the
    /// whole period, the period's seed was binding, and the slot's draw hits 1 / proofProbability.
    function _proofRequired(Context storage ctx, Slot storage slot, bytes32 id, uint256 period)
        private
        view
        returns (bool, bytes32)
    {
        if (slot.state != SlotState.Filled) return (false, bytes32(0));
        // A failed request still owes the proofs of the periods that ended before it failed.
        RequestState state = ctx.state;
        if (
            state != RequestState.Started
                && !(state == RequestState.Failed && _periodEnd(period) <= ctx.failedAt)
        ) return (false, bytes32(0));
        // Periods beyond the next one have no seed yet (and absurd ones would overflow below).
        if (period > _currentPeriod() + 1) return (false, bytes32(0));
        uint256 start = _periodStart(period);
        if (ctx.startedAt > start || slot.filledAt > start || _periodEnd(period) > ctx.endsAt) {
            return (false, bytes32(0));
        }
        (bytes32 seed, bool known, bool binding) = _seedOf(period);
        if (!known || !binding) return (false, bytes32(0));
        // Whether a slot is challenged does not depend on its host (only what it proves does).
        uint256 draw = uint256(keccak256(abi.encode(seed, id)));
        // The draw hits with probability 1 / proofProbability; the seed is a committed block hash.
        // slither-disable-next-line weak-prng,incorrect-equality
        return (draw % ctx.proofProbability == 0, seed);
    }

    function _verify(Groth16Proof calldata proof, uint256 entropy, bytes32 verifyRoot, uint64 slotIndex)
        private
        view
    {
        uint256[3] memory inputs = [entropy, uint256(verifyRoot), uint256(slotIndex)];
        if (!verifier.verifyStorageProof(proof, inputs)) revert InvalidProof();
    }
}
