// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IPaymentChannels} from "./interfaces/IPaymentChannels.sol";

/// @title PaymentChannels
/// @notice Many unidirectional client -> host channels in one ERC-20 (see IPaymentChannels).
/// @dev Replay protection: a voucher names its channel id, and is signed over the EIP-712 domain
/// (name, version, chain id, this contract), so it is valid for one channel on one chain in one
/// contract. Channel ids are unique per (chain, contract, client, host, client nonce). Signatures
/// are checked with OpenZeppelin's ECDSA, which rejects malleable (high-s) signatures. The contract
/// holds exactly the sum over open channels of `deposit - redeemed`.
contract PaymentChannels is IPaymentChannels, EIP712 {
    using SafeERC20 for IERC20;

    /// @notice keccak256 of the voucher type.
    bytes32 public constant VOUCHER_TYPEHASH =
        keccak256("Voucher(bytes32 channelId,uint256 cumulativeAmount)");

    /// @notice The token channels are paid in.
    IERC20 public immutable token;
    /// @inheritdoc IPaymentChannels
    uint64 public immutable challengeWindow;

    /// @notice Channels opened so far by each client (part of the channel id).
    mapping(address client => uint256) public nonces;
    mapping(bytes32 channelId => Channel) private _channels;

    /// @param token_ The payment token.
    /// @param challengeWindow_ Seconds after expiry reserved for the host's last redeem.
    constructor(IERC20 token_, uint64 challengeWindow_) EIP712("cairn PaymentChannels", "1") {
        if (address(token_) == address(0)) revert InvalidConfig("token is zero");
        if (challengeWindow_ == 0) revert InvalidConfig("challengeWindow is zero");
        token = token_;
        challengeWindow = challengeWindow_;
    }

    /// @inheritdoc IPaymentChannels
    function open(address host, uint256 amount, uint64 expiry) external returns (bytes32 channelId) {
        if (host == address(0) || host == msg.sender) revert InvalidHost();
        if (amount == 0) revert ZeroAmount();
        if (expiry <= block.timestamp) revert InvalidExpiry();
        channelId =
            keccak256(abi.encode(block.chainid, address(this), msg.sender, host, nonces[msg.sender]++));
        _channels[channelId] =
            Channel({client: msg.sender, host: host, expiry: expiry, deposit: amount, redeemed: 0});
        emit ChannelOpened(channelId, msg.sender, host, amount, expiry);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IPaymentChannels
    function topUp(bytes32 channelId, uint256 amount) external {
        Channel storage channel = _clientChannel(channelId);
        if (amount == 0) revert ZeroAmount();
        channel.deposit += amount;
        emit ChannelToppedUp(channelId, amount, channel.deposit);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IPaymentChannels
    function extend(bytes32 channelId, uint64 expiry) external {
        Channel storage channel = _clientChannel(channelId);
        if (expiry <= channel.expiry) revert InvalidExpiry();
        channel.expiry = expiry;
        emit ChannelExtended(channelId, expiry);
    }

    /// @inheritdoc IPaymentChannels
    /// @dev Only the host calls this; the voucher stays valid until the channel is closed.
    function redeem(bytes32 channelId, uint256 cumulativeAmount, bytes calldata signature) external {
        Channel storage channel = _channels[channelId];
        address client = channel.client;
        if (client == address(0)) revert UnknownChannel(channelId);
        if (msg.sender != channel.host) revert NotAuthorized(msg.sender);
        uint256 redeemed = channel.redeemed;
        if (cumulativeAmount <= redeemed) revert NothingToRedeem(cumulativeAmount, redeemed);
        // A voucher above the deposit pays up to the deposit; the rest after a top-up.
        uint256 payable_ = cumulativeAmount < channel.deposit ? cumulativeAmount : channel.deposit;
        if (payable_ <= redeemed) revert ExceedsDeposit(cumulativeAmount, channel.deposit);
        // The third value only details the failure (bad length or s); any failure is InvalidSignature.
        // slither-disable-next-line unused-return
        (address signer, ECDSA.RecoverError failure,) =
            ECDSA.tryRecover(voucherDigest(channelId, cumulativeAmount), signature);
        if (failure != ECDSA.RecoverError.NoError || signer != client) revert InvalidSignature();
        uint256 paid = payable_ - redeemed;
        channel.redeemed = payable_;
        emit VoucherRedeemed(channelId, payable_, paid);
        token.safeTransfer(msg.sender, paid);
    }

    /// @inheritdoc IPaymentChannels
    function close(bytes32 channelId) external {
        Channel storage channel = _clientChannel(channelId);
        uint256 closableAt = uint256(channel.expiry) + challengeWindow;
        if (block.timestamp < closableAt) revert ChallengeWindowOpen(closableAt);
        uint256 refund = channel.deposit - channel.redeemed;
        delete _channels[channelId];
        emit ChannelClosed(channelId, refund);
        if (refund > 0) token.safeTransfer(msg.sender, refund);
    }

    /// @inheritdoc IPaymentChannels
    function getChannel(bytes32 channelId) external view returns (Channel memory) {
        return _channels[channelId];
    }

    /// @inheritdoc IPaymentChannels
    function voucherDigest(bytes32 channelId, uint256 cumulativeAmount) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(VOUCHER_TYPEHASH, channelId, cumulativeAmount)));
    }

    /// @notice The EIP-712 domain separator of this contract on this chain.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _clientChannel(bytes32 channelId) private view returns (Channel storage channel) {
        channel = _channels[channelId];
        if (channel.client == address(0)) revert UnknownChannel(channelId);
        if (msg.sender != channel.client) revert NotAuthorized(msg.sender);
    }
}
