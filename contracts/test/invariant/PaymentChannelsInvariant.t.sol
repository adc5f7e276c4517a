// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "../base/Test.sol";
import {VM} from "../base/Vm.sol";
import {CairnToken} from "../../src/CairnToken.sol";
import {PaymentChannels} from "../../src/PaymentChannels.sol";
import {IPaymentChannels} from "../../src/interfaces/IPaymentChannels.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice Bounded channel actions by two clients and two hosts, with ghost totals.
contract PaymentChannelsHandler {
    uint64 internal constant WINDOW = 1 days;

    CairnToken public immutable token;
    PaymentChannels public immutable channels;
    address[2] public clients;
    uint256[2] internal clientKeys;
    address[2] public hosts;

    bytes32[] public openIds;
    mapping(bytes32 => uint256) internal clientOf;

    uint256 public ghostDeposited;
    uint256 public ghostRedeemed;
    uint256 public ghostRefunded;
    mapping(address => uint256) public ghostPaidTo;
    /// The largest voucher the client signed for each channel.
    mapping(bytes32 => uint256) public ghostMaxSigned;
    /// Set if a redeem that should have added nothing succeeded.
    bool public ghostPaidForNothing;
    /// The latest voucher above the deposit per channel, which the host keeps to redeem the rest
    /// after a top-up (audit L-4).
    mapping(bytes32 => uint256) internal heldAmount;
    mapping(bytes32 => bytes) internal heldSignature;

    constructor(CairnToken token_, PaymentChannels channels_) {
        token = token_;
        channels = channels_;
        for (uint256 i = 0; i < 2; i++) {
            clientKeys[i] = uint256(keccak256(abi.encode("client", i)));
            clients[i] = VM.addr(clientKeys[i]);
            hosts[i] = VM.addr(uint256(keccak256(abi.encode("host", i))));
        }
    }

    function openCount() external view returns (uint256) {
        return openIds.length;
    }

    function open(uint256 clientSeed, uint256 hostSeed, uint256 amount, uint256 duration) external {
        uint256 c = clientSeed % 2;
        amount = 1 + amount % 1_000 ether;
        uint64 expiry = uint64(block.timestamp + 1 + duration % 30 days);
        token.mint(clients[c], amount);
        VM.startPrank(clients[c]);
        token.approve(address(channels), amount);
        bytes32 id = channels.open(hosts[hostSeed % 2], amount, expiry);
        VM.stopPrank();
        openIds.push(id);
        clientOf[id] = c;
        ghostDeposited += amount;
    }

    function topUp(uint256 idSeed, uint256 amount) external {
        if (openIds.length == 0) return;
        bytes32 id = openIds[idSeed % openIds.length];
        address client = clients[clientOf[id]];
        amount = 1 + amount % 100 ether;
        token.mint(client, amount);
        VM.startPrank(client);
        token.approve(address(channels), amount);
        channels.topUp(id, amount);
        VM.stopPrank();
        ghostDeposited += amount;
    }

    function extend(uint256 idSeed, uint256 more) external {
        if (openIds.length == 0) return;
        bytes32 id = openIds[idSeed % openIds.length];
        IPaymentChannels.Channel memory c = channels.getChannel(id);
        VM.prank(c.client);
        channels.extend(id, c.expiry + 1 + uint64(more % 7 days));
    }

    function redeem(uint256 idSeed, uint256 amount) external {
        if (openIds.length == 0) return;
        bytes32 id = openIds[idSeed % openIds.length];
        IPaymentChannels.Channel memory c = channels.getChannel(id);
        if (c.redeemed == c.deposit) return;
        uint256 cumulative = c.redeemed + 1 + amount % (c.deposit - c.redeemed);
        _redeem(id, c, cumulative, _sign(id, cumulative));
    }

    /// A voucher above the deposit: pays the deposit, and is kept for after a top-up.
    function redeemAboveDeposit(uint256 idSeed, uint256 excess) external {
        if (openIds.length == 0) return;
        bytes32 id = openIds[idSeed % openIds.length];
        IPaymentChannels.Channel memory c = channels.getChannel(id);
        if (c.redeemed == c.deposit) return;
        uint256 cumulative = c.deposit + 1 + excess % 1_000 ether;
        bytes memory signature = _sign(id, cumulative);
        _redeem(id, c, cumulative, signature);
        heldAmount[id] = cumulative;
        heldSignature[id] = signature;
    }

    /// The held voucher again: pays up to a grown deposit, and must revert when it adds nothing.
    function redeemHeldVoucher(uint256 idSeed) external {
        if (openIds.length == 0) return;
        bytes32 id = openIds[idSeed % openIds.length];
        uint256 cumulative = heldAmount[id];
        if (cumulative == 0) return;
        IPaymentChannels.Channel memory c = channels.getChannel(id);
        uint256 owed = cumulative < c.deposit ? cumulative : c.deposit;
        if (owed > c.redeemed) {
            _redeem(id, c, cumulative, heldSignature[id]);
            return;
        }
        VM.prank(c.host);
        try channels.redeem(id, cumulative, heldSignature[id]) {
            ghostPaidForNothing = true;
        } catch {}
    }

    function _sign(bytes32 id, uint256 cumulative) internal returns (bytes memory) {
        if (cumulative > ghostMaxSigned[id]) ghostMaxSigned[id] = cumulative;
        (uint8 v, bytes32 r, bytes32 s) =
            VM.sign(clientKeys[clientOf[id]], channels.voucherDigest(id, cumulative));
        return abi.encodePacked(r, s, v);
    }

    /// Redeems and checks the payment is `min(cumulative, deposit) - redeemed`.
    function _redeem(
        bytes32 id,
        IPaymentChannels.Channel memory c,
        uint256 cumulative,
        bytes memory signature
    ) internal {
        uint256 owed = cumulative < c.deposit ? cumulative : c.deposit;
        uint256 before = token.balanceOf(c.host);
        VM.prank(c.host);
        channels.redeem(id, cumulative, signature);
        uint256 paid = token.balanceOf(c.host) - before;
        VM.assertEq(paid, owed - c.redeemed, "paid other than min(voucher, deposit) - redeemed");
        VM.assertEq(channels.getChannel(id).redeemed, owed, "redeemed other than min(voucher, deposit)");
        ghostRedeemed += paid;
        ghostPaidTo[c.host] += paid;
    }

    function warp(uint256 seconds_) external {
        VM.warp(block.timestamp + seconds_ % 10 days);
    }

    function close(uint256 idSeed) external {
        if (openIds.length == 0) return;
        uint256 index = idSeed % openIds.length;
        bytes32 id = openIds[index];
        IPaymentChannels.Channel memory c = channels.getChannel(id);
        if (block.timestamp < uint256(c.expiry) + WINDOW) return;
        VM.prank(c.client);
        channels.close(id);
        ghostRefunded += c.deposit - c.redeemed;
        delete heldAmount[id];
        delete heldSignature[id];
        openIds[index] = openIds[openIds.length - 1];
        openIds.pop();
    }
}

contract PaymentChannelsInvariantTest is Test {
    CairnToken internal token;
    PaymentChannels internal channels;
    PaymentChannelsHandler internal handler;

    function setUp() public {
        token = new CairnToken("Cairn Test Token", "CAIRN", address(this));
        channels = new PaymentChannels(IERC20(address(token)), 1 days);
        handler = new PaymentChannelsHandler(token, channels);
        token.transferOwnership(address(handler));
        targetContract(address(handler));
    }

    /// The contract holds exactly what open channels have not paid out.
    function invariant_balanceEqualsUnredeemedDeposits() public view {
        uint256 owed;
        for (uint256 i = 0; i < handler.openCount(); i++) {
            IPaymentChannels.Channel memory c = channels.getChannel(handler.openIds(i));
            vm.assertLe(c.redeemed, c.deposit, "a channel paid more than its deposit");
            owed += c.deposit - c.redeemed;
        }
        vm.assertEq(token.balanceOf(address(channels)), owed);
    }

    /// Every token deposited is held, paid to a host, or refunded: nothing is created or lost.
    function invariant_depositsAreConserved() public view {
        vm.assertEq(
            handler.ghostDeposited(),
            token.balanceOf(address(channels)) + handler.ghostRedeemed() + handler.ghostRefunded()
        );
    }

    /// No channel pays beyond the largest voucher its client signed, and a voucher that adds
    /// nothing (at most what was redeemed, after capping at the deposit) never succeeds.
    function invariant_redeemedWithinTheSignedVouchers() public view {
        for (uint256 i = 0; i < handler.openCount(); i++) {
            bytes32 id = handler.openIds(i);
            vm.assertLe(channels.getChannel(id).redeemed, handler.ghostMaxSigned(id));
        }
        vm.assertFalse(handler.ghostPaidForNothing(), "a voucher that added nothing was paid");
    }

    /// Hosts receive exactly what their clients' vouchers granted.
    function invariant_hostsGetExactlyTheirVouchers() public view {
        for (uint256 i = 0; i < 2; i++) {
            address host = handler.hosts(i);
            vm.assertEq(token.balanceOf(host), handler.ghostPaidTo(host));
        }
    }
}
