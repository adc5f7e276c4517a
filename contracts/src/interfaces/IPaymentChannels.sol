// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

/// @title IPaymentChannels
/// @notice Unidirectional client -> host payment channels for bandwidth (DESIGN.md §7), all in one
/// contract. The client deposits tokens, pays off-chain with EIP-712 vouchers carrying a cumulative
/// amount, and the host redeems the latest voucher (partially and repeatedly). After the expiry and a
/// challenge window the client closes the channel and takes back what was not redeemed.
interface IPaymentChannels {
    /// @notice A channel's state. A closed channel is deleted (all fields zero).
    struct Channel {
        address client;
        address host;
        uint64 expiry;
        uint256 deposit;
        uint256 redeemed;
    }

    /// @notice A channel was opened.
    event ChannelOpened(
        bytes32 indexed channelId,
        address indexed client,
        address indexed host,
        uint256 deposit,
        uint64 expiry
    );
    /// @notice The client added to the deposit.
    event ChannelToppedUp(bytes32 indexed channelId, uint256 amount, uint256 deposit);
    /// @notice The client moved the expiry later.
    event ChannelExtended(bytes32 indexed channelId, uint64 expiry);
    /// @notice The host redeemed a voucher; `cumulativeAmount` is the total redeemed now (the voucher's
    /// amount, capped at the deposit), `paid` what this call transferred.
    event VoucherRedeemed(bytes32 indexed channelId, uint256 cumulativeAmount, uint256 paid);
    /// @notice The channel was closed; `refund` went back to the client.
    event ChannelClosed(bytes32 indexed channelId, uint256 refund);

    /// @notice The host is the zero address or the client itself.
    error InvalidHost();
    /// @notice An amount of zero where tokens must move.
    error ZeroAmount();
    /// @notice The expiry is not in the future, or not later than the current one.
    error InvalidExpiry();
    /// @notice No open channel has this id.
    error UnknownChannel(bytes32 channelId);
    /// @notice The caller is not the party this function is for.
    error NotAuthorized(address caller);
    /// @notice The voucher's signature is not the client's (or is malformed or malleable).
    error InvalidSignature();
    /// @notice The voucher does not pay more than what was already redeemed.
    error NothingToRedeem(uint256 cumulativeAmount, uint256 redeemed);
    /// @notice The voucher is above the deposit and the whole deposit was redeemed already (top up).
    error ExceedsDeposit(uint256 cumulativeAmount, uint256 deposit);
    /// @notice The constructor's arguments cannot work (`reason` says which).
    error InvalidConfig(string reason);
    /// @notice The channel cannot be closed before expiry plus the challenge window.
    error ChallengeWindowOpen(uint256 closableAt);

    /// @notice Opens a channel to `host`, depositing `amount` (approve it first). Returns its id.
    function open(address host, uint256 amount, uint64 expiry) external returns (bytes32 channelId);
    /// @notice Adds `amount` to the deposit of the caller's channel.
    function topUp(bytes32 channelId, uint256 amount) external;
    /// @notice Moves the expiry of the caller's channel to a later time.
    function extend(bytes32 channelId, uint64 expiry) external;
    /// @notice Pays the host up to `cumulativeAmount` in total (at most the deposit: a voucher above
    /// it redeems the deposit now and the rest after a top-up), with the client's voucher signature.
    function redeem(bytes32 channelId, uint256 cumulativeAmount, bytes calldata signature) external;
    /// @notice Refunds the unredeemed deposit to the client after expiry plus the challenge window.
    function close(bytes32 channelId) external;
    /// @notice The channel's state.
    function getChannel(bytes32 channelId) external view returns (Channel memory);
    /// @notice The EIP-712 digest a client signs for a voucher.
    function voucherDigest(bytes32 channelId, uint256 cumulativeAmount) external view returns (bytes32);
    /// @notice Seconds after expiry during which the host can still redeem and the client cannot close.
    function challengeWindow() external view returns (uint64);
}
