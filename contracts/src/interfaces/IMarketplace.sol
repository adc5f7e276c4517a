// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {Groth16Proof} from "./IStorageProofVerifier.sol";

/// @title IMarketplace
/// @notice cairn's storage marketplace (DESIGN.md §6, docs/MARKETPLACE.md): clients pay up front for
/// a dataset to be kept in `slots` erasure-coded slots for `duration` seconds; hosts fill slots with
/// collateral and a storage proof, prove again whenever a period challenges their slot, are slashed
/// when a required proof is missing, and are paid when the request ends. Freed slots are repaired by
/// new hosts, who earn a repair reward out of the forfeited collateral.
interface IMarketplace {
    // ------------------------------------------------------------------------------------------
    // Types
    // ------------------------------------------------------------------------------------------

    /// @notice Deployment-time parameters.
    struct Config {
        /// Seconds per proof period.
        uint64 period;
        /// Seconds after a period's end during which its missing proofs can be marked.
        uint64 timeout;
        /// Smallest and largest `Ask.proofProbability` accepted (a proof is required with probability
        /// 1 / proofProbability per period).
        uint64 minProofProbability;
        uint64 maxProofProbability;
        /// Percent of a slot's collateral slashed per missing proof.
        uint8 slashPercentage;
        /// Slashes after which the host is removed and its slot freed for repair.
        uint8 maxNumberOfSlashes;
        /// Percent of each slashed amount paid to whoever marked the proof as missing.
        uint8 validatorRewardPercentage;
        /// Percent of a slot's collateral paid to the host that repairs it (from forfeited collateral).
        uint8 repairRewardPercentage;
        /// Hosts that may reserve one slot at the same time.
        uint8 maxReservations;
        /// Seconds a reservation lasts; after that anyone may reserve the slot again (the lapsed
        /// reservation's deposit goes to the client).
        uint64 reservationTimeout;
        /// Longest `Ask.duration` accepted, in seconds.
        uint64 maxRequestDuration;
    }

    /// @notice What a client asks for.
    struct Ask {
        /// Number of slots N = K + M; one host per slot.
        uint64 slots;
        /// Bytes per slot.
        uint64 slotSize;
        /// Seconds from the request until it ends.
        uint64 duration;
        /// A filled slot must prove, on average, once every `proofProbability` periods.
        uint64 proofProbability;
        /// Payment per byte per second, in token units.
        uint256 pricePerBytePerSecond;
        /// Collateral per byte of a slot, in token units.
        uint256 collateralPerByte;
        /// Slots that may be freed at the same time before the request fails (at most M).
        uint64 maxSlotLoss;
    }

    /// @notice What is stored.
    struct Content {
        /// The protected manifest's CID (bytes of the CIDv1).
        bytes cid;
        /// Poseidon root over the slot roots (DESIGN.md §4), an element of the BN254 scalar field.
        bytes32 verifyRoot;
    }

    /// @notice A storage request. `requestId = keccak256(abi.encode(request))`.
    struct Request {
        address client;
        Ask ask;
        Content content;
        /// Seconds after the request by which every slot must be filled, or it is cancelled.
        uint64 expiry;
        /// Makes otherwise equal requests distinct.
        bytes32 nonce;
    }

    /// @notice Request states. Cancelled and Finished follow from time (expiry, end) and need no call.
    enum RequestState {
        /// No such request.
        None,
        /// Waiting for its slots to be filled.
        New,
        /// Every slot was filled; hosts prove until the end.
        Started,
        /// Not every slot was filled by the expiry.
        Cancelled,
        /// Ran to its end.
        Finished,
        /// More than `maxSlotLoss` slots were free at the same time.
        Failed
    }

    /// @notice Slot states.
    enum SlotState {
        /// No such slot.
        None,
        /// Never filled, waiting for a host.
        Free,
        /// Held by a host.
        Filled,
        /// The request finished; the host can collect.
        Finished,
        /// The request failed; the host can collect.
        Failed,
        /// The host collected its payout.
        Paid,
        /// The request was cancelled; a host that filled the slot can collect.
        Cancelled,
        /// Freed after the host was slashed out or left; open to a new host with the repair reward.
        Repair
    }

    /// @notice The marketplace's view of a request, for nodes.
    struct RequestInfo {
        RequestState state;
        uint64 requestedAt;
        uint64 expiresAt;
        uint64 endsAt;
        uint64 startedAt;
        uint64 failedAt;
        /// Slots held by a host now.
        uint64 slotsFilled;
        /// Slots freed (in Repair) now.
        uint64 slotsFreed;
        /// Whether the client withdrew its funds.
        bool clientWithdrawn;
    }

    /// @notice A slot's record.
    struct SlotInfo {
        SlotState state;
        bytes32 requestId;
        uint64 slotIndex;
        address host;
        uint64 filledAt;
        /// Missing proofs marked against the current host.
        uint8 missedProofs;
        /// Collateral the current host still has in the slot.
        uint256 collateral;
        /// Repair reward waiting for the next host (state Repair) or earned by the current host.
        uint256 repairReward;
    }

    // ------------------------------------------------------------------------------------------
    // Events
    // ------------------------------------------------------------------------------------------

    /// @notice A client requested storage and paid `price`.
    event StorageRequested(
        bytes32 indexed requestId, address indexed client, Ask ask, uint64 expiresAt, uint256 price
    );
    /// @notice A host reserved a slot until `expiresAt`, with `deposit` (see `reservationDeposit`).
    event SlotReserved(
        bytes32 indexed requestId,
        uint64 indexed slotIndex,
        address indexed host,
        uint64 expiresAt,
        uint256 deposit
    );
    /// @notice A host filled a slot with `collateral`; `repair` when it refilled a freed slot.
    event SlotFilled(
        bytes32 indexed requestId,
        uint64 indexed slotIndex,
        address indexed host,
        uint256 collateral,
        bool repair
    );
    /// @notice Every slot was filled at least once: proving starts.
    event RequestStarted(bytes32 indexed requestId);
    /// @notice A proof for `period` was accepted.
    event ProofSubmitted(bytes32 indexed slotId, uint256 indexed period);
    /// @notice A required proof was marked missing: `slashed` taken from the host, `reward` paid to
    /// `validator`, the rest credited to the client.
    event ProofMissed(
        bytes32 indexed slotId,
        uint256 indexed period,
        address indexed validator,
        uint256 slashed,
        uint256 reward
    );
    /// @notice The host left or was slashed out; the slot waits for repair with `repairReward`.
    event SlotFreed(
        bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host, uint256 repairReward
    );
    /// @notice A host left a slot of a request that had not started; its collateral was returned.
    event SlotAbandoned(bytes32 indexed requestId, uint64 indexed slotIndex, address indexed host);
    /// @notice Too many slots were free at once: the request failed.
    event RequestFailed(bytes32 indexed requestId);
    /// @notice A host collected `amount` (collateral, payment and any repair reward) for a slot.
    event SlotPaid(bytes32 indexed slotId, address indexed host, uint256 amount);
    /// @notice The client withdrew `amount` after the request ended in `state`.
    event FundsWithdrawn(
        bytes32 indexed requestId, address indexed client, RequestState state, uint256 amount
    );
    /// @notice The randomness of `period` was fixed (and stored) in block `blockNumber`.
    event RandomnessCommitted(uint256 indexed period, uint256 blockNumber);

    // ------------------------------------------------------------------------------------------
    // Errors
    // ------------------------------------------------------------------------------------------

    /// @notice The deployment configuration is inconsistent (`reason` says which rule).
    error InvalidConfig(string reason);
    /// @notice The request is malformed (`reason` says which field).
    error InvalidRequest(string reason);
    /// @notice The caller is not the party this function is for.
    error NotAuthorized(address caller);
    /// @notice A request with this id exists already.
    error RequestExists(bytes32 requestId);
    /// @notice No request has this id.
    error UnknownRequest(bytes32 requestId);
    /// @notice No slot has this id.
    error UnknownSlot(bytes32 slotId);
    /// @notice The slot index is not below the request's slot count.
    error InvalidSlotIndex(uint64 slotIndex);
    /// @notice The request is not in a state that allows this call.
    error InvalidRequestState(RequestState state);
    /// @notice The slot is not in a state that allows this call.
    error InvalidSlotState(SlotState state);
    /// @notice The slot has `maxReservations` reservations already.
    error ReservationsFull();
    /// @notice The caller reserved this slot already.
    error AlreadyReserved();
    /// @notice The slot is reserved by other hosts (live reservations).
    error NotReserved();
    /// @notice The caller holds a slot of this request already (one slot per host and request).
    error HostOfRequest(address host);
    /// @notice The caller left this slot or was slashed out of it: it may not take it again.
    error FormerHost(address host);
    /// @notice The randomness of this period is not known yet (commit it first).
    error ChallengeNotReady(uint256 period);
    /// @notice The storage proof is not valid for the challenge.
    error InvalidProof();
    /// @notice No proof is required from this slot in this period.
    error ProofNotRequired(bytes32 slotId, uint256 period);
    /// @notice A proof for this period was submitted already.
    error ProofAlreadySubmitted(bytes32 slotId, uint256 period);
    /// @notice The period has not ended yet.
    error PeriodNotEnded(uint256 period);
    /// @notice The period's missing proof can no longer be marked (its timeout passed).
    error ValidationTimedOut(uint256 period);
    /// @notice This period's missing proof was marked already.
    error AlreadyMarked(bytes32 slotId, uint256 period);
    /// @notice The client withdrew its funds already.
    error AlreadyWithdrawn(bytes32 requestId);

    // ------------------------------------------------------------------------------------------
    // Client
    // ------------------------------------------------------------------------------------------

    /// @notice Creates a storage request; the caller (`request.client`) pays
    /// `slots * slotSize * duration * pricePerBytePerSecond` (approve it first).
    function requestStorage(Request calldata request) external returns (bytes32 requestId);

    /// @notice After the request was cancelled, failed or finished, pays the client what is left of
    /// its payment plus its share of slashed and forfeited collateral.
    function withdrawFunds(bytes32 requestId) external;

    // ------------------------------------------------------------------------------------------
    // Host
    // ------------------------------------------------------------------------------------------

    /// @notice Reserves a slot (Free, or Repair) for `reservationTimeout` seconds, so that while any
    /// reservation is live only live reservers may fill it. Takes `reservationDeposit` (approve it
    /// first): it becomes part of the collateral when the reserver fills, is refunded when another
    /// host fills first, and goes to the client once the reservation lapses. Lapsed reservations
    /// make room for new ones; a lapsed reserver may reserve again (with a new deposit). Not for a
    /// host that holds a slot of the request, or that left or was slashed out of this slot.
    function reserveSlot(bytes32 requestId, uint64 slotIndex) external;

    /// @notice Fills a Free or Repair slot: posts `slotSize * collateralPerByte` (less the caller's
    /// live reservation deposit; approve it first) and a proof for the slot's challenge for the
    /// caller in the current period (`getChallenge(slotId, msg.sender)`), which counts as the
    /// period's proof. A repair earns the slot's repair reward in proportion to the time left until
    /// the request ends. One slot per host and request.
    function fillSlot(bytes32 requestId, uint64 slotIndex, Groth16Proof calldata proof) external;

    /// @notice Proves the slot is still held, for the current period, when a proof is required; the
    /// challenge is the one for the slot's host (`getChallenge(slotId, host)`).
    function submitProof(bytes32 slotId, Groth16Proof calldata proof) external;

    /// @notice Called by the slot's host: before the request starts, leaves and takes the collateral
    /// back; while it runs, leaves and forfeits collateral (the slot goes to repair); once the request
    /// ended (finished, failed, cancelled), collects collateral, payment and repair reward.
    function freeSlot(bytes32 slotId) external;

    // ------------------------------------------------------------------------------------------
    // Validator
    // ------------------------------------------------------------------------------------------

    /// @notice Marks a proof that `period` required from the slot as missing and slashes the host;
    /// the caller earns the validator reward (none when the caller is the slot's host). Allowed after
    /// the period ended, within `timeout`; for a failed request, for the periods that ended before
    /// it failed.
    function markProofAsMissing(bytes32 slotId, uint256 period) external;

    /// @notice Fixes the randomness of the current period (if not yet) and of the next one. Any
    /// state-changing call does this; validators call it once a period so that every period has
    /// randomness committed before it starts.
    function commitRandomness() external;

    // ------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------

    /// @notice The deployment configuration.
    function config() external view returns (Config memory);
    /// @notice The request's terms.
    function getRequest(bytes32 requestId) external view returns (Request memory);
    /// @notice The request's state and bookkeeping.
    function getRequestInfo(bytes32 requestId) external view returns (RequestInfo memory);
    /// @notice The request's state (time-derived states included).
    function requestState(bytes32 requestId) external view returns (RequestState);
    /// @notice The slot's state (time-derived states included).
    function slotState(bytes32 slotId) external view returns (SlotState);
    /// @notice The slot's record.
    function getSlot(bytes32 slotId) external view returns (SlotInfo memory);
    /// @notice The request and slot index of a slot that has (or had) a host.
    function getActiveSlot(bytes32 slotId) external view returns (Request memory request, uint64 slotIndex);
    /// @notice The slot's current host (zero if none).
    function getHost(bytes32 slotId) external view returns (address);
    /// @notice Hosts whose reservation of the slot is live.
    function getReservations(bytes32 slotId) external view returns (address[] memory);
    /// @notice When `host`'s live reservation of the slot lapses (zero if it has none).
    function getReservationExpiry(bytes32 slotId, address host) external view returns (uint64);
    /// @notice The deposit a reservation of the request's slots takes: `slashPercentage` of a slot's
    /// collateral.
    function reservationDeposit(bytes32 requestId) external view returns (uint256);
    /// @notice `keccak256(abi.encode(requestId, slotIndex))`.
    function slotId(bytes32 requestId, uint64 slotIndex) external pure returns (bytes32);
    /// @notice Missing proofs marked against the slot's current host.
    function missingProofs(bytes32 slotId) external view returns (uint256);
    /// @notice Whether a proof for `period` was accepted.
    function proofReceived(bytes32 slotId, uint256 period) external view returns (bool);

    /// @notice The current period: `block.timestamp / period`.
    function currentPeriod() external view returns (uint256);
    /// @notice First second of `period`.
    function periodStart(uint256 period) external view returns (uint256);
    /// @notice First second after `period`.
    function periodEnd(uint256 period) external view returns (uint256);
    /// @notice The period's randomness: `known` once committed (it is stored then); `binding` when it
    /// was committed before the period began (only then can the period require proofs).
    function periodSeed(uint256 period) external view returns (bytes32 seed, bool known, bool binding);
    /// @notice Whether the slot must prove in the current period.
    function isProofRequired(bytes32 slotId) external view returns (bool);
    /// @notice Whether the slot will have to prove in the next period (false while unknown).
    function willProofBeRequired(bytes32 slotId) external view returns (bool);
    /// @notice Whether the slot had to prove in `period`.
    function isProofRequiredIn(bytes32 slotId, uint256 period) external view returns (bool);
    /// @notice The proof's `entropy` public input for `host` proving the slot in the current period
    /// (zero if unknown): `keccak256(seed, slotId, host) mod r`.
    function getChallenge(bytes32 slotId, address host) external view returns (uint256);
    /// @notice The proof's `entropy` public input for `host` proving the slot in `period` (zero if
    /// unknown).
    function getChallengeIn(bytes32 slotId, uint256 period, address host) external view returns (uint256);

    /// @notice What the client would be paid by `withdrawFunds` now (for a running request: if it
    /// ran to its end from here).
    function clientPayout(bytes32 requestId) external view returns (uint256);
    /// @notice What the slot's host would collect now (for a running request: at its end).
    function slotPayout(bytes32 slotId) external view returns (uint256);
}
