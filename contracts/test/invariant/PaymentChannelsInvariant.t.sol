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
        (uint8 v, bytes32 r, bytes32 s) =
            VM.sign(clientKeys[clientOf[id]], channels.voucherDigest(id, cumulative));
        VM.prank(c.host);
        channels.redeem(id, cumulative, abi.encodePacked(r, s, v));
        ghostRedeemed += cumulative - c.redeemed;
        ghostPaidTo[c.host] += cumulative - c.redeemed;
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

    /// Hosts receive exactly what their clients' vouchers granted.
    function invariant_hostsGetExactlyTheirVouchers() public view {
        for (uint256 i = 0; i < 2; i++) {
            address host = handler.hosts(i);
            vm.assertEq(token.balanceOf(host), handler.ghostPaidTo(host));
        }
    }
}
