// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "../base/Test.sol";
import {CairnToken} from "../../src/CairnToken.sol";
import {PaymentChannels} from "../../src/PaymentChannels.sol";
import {IPaymentChannels} from "../../src/interfaces/IPaymentChannels.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

contract PaymentChannelsTest is Test {
    event ChannelOpened(
        bytes32 indexed channelId,
        address indexed client,
        address indexed host,
        uint256 deposit,
        uint64 expiry
    );
    event ChannelToppedUp(bytes32 indexed channelId, uint256 amount, uint256 deposit);
    event ChannelExtended(bytes32 indexed channelId, uint64 expiry);
    event VoucherRedeemed(bytes32 indexed channelId, uint256 cumulativeAmount, uint256 paid);
    event ChannelClosed(bytes32 indexed channelId, uint256 refund);

    uint64 internal constant WINDOW = 1 days;
    uint256 internal constant SECP256K1_N =
        0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    CairnToken internal token;
    PaymentChannels internal channels;
    address internal client;
    uint256 internal clientKey;
    address internal host;
    address internal stranger;
    uint64 internal expiry;

    function setUp() public {
        (client, clientKey) = makeAccount("client");
        host = makeAddr("host");
        stranger = makeAddr("stranger");
        token = new CairnToken("Cairn Test Token", "CAIRN", address(this));
        channels = new PaymentChannels(IERC20(address(token)), WINDOW);
        token.mint(client, 1_000_000 ether);
        vm.prank(client);
        token.approve(address(channels), type(uint256).max);
        expiry = uint64(block.timestamp + 7 days);
    }

    function _open(uint256 amount) internal returns (bytes32 id) {
        vm.prank(client);
        id = channels.open(host, amount, expiry);
    }

    function _sign(uint256 key, bytes32 id, uint256 amount) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, channels.voucherDigest(id, amount));
        return abi.encodePacked(r, s, v);
    }

    function _redeem(bytes32 id, uint256 amount) internal {
        bytes memory signature = _sign(clientKey, id, amount);
        vm.prank(host);
        channels.redeem(id, amount, signature);
    }

    // ----- open -----

    function test_open_depositsAndRecordsTheChannel() public {
        bytes32 expected = keccak256(abi.encode(block.chainid, address(channels), client, host, uint256(0)));
        vm.expectEmit(address(channels));
        emit ChannelOpened(expected, client, host, 100 ether, expiry);
        bytes32 id = _open(100 ether);
        vm.assertEq(id, expected);
        IPaymentChannels.Channel memory c = channels.getChannel(id);
        vm.assertEq(c.client, client);
        vm.assertEq(c.host, host);
        vm.assertEq(uint256(c.expiry), uint256(expiry));
        vm.assertEq(c.deposit, 100 ether);
        vm.assertEq(c.redeemed, 0);
        vm.assertEq(token.balanceOf(address(channels)), 100 ether);
        vm.assertEq(channels.nonces(client), 1);
        vm.assertNotEq(_open(1 ether), id);
    }

    function test_RevertWhen_open_hostIsZeroOrClient() public {
        vm.startPrank(client);
        vm.expectRevert(IPaymentChannels.InvalidHost.selector);
        channels.open(address(0), 1, expiry);
        vm.expectRevert(IPaymentChannels.InvalidHost.selector);
        channels.open(client, 1, expiry);
        vm.stopPrank();
    }

    function test_RevertWhen_open_amountIsZero() public {
        vm.expectRevert(IPaymentChannels.ZeroAmount.selector);
        vm.prank(client);
        channels.open(host, 0, expiry);
    }

    function test_RevertWhen_open_expiryNotInFuture() public {
        vm.expectRevert(IPaymentChannels.InvalidExpiry.selector);
        vm.prank(client);
        channels.open(host, 1, uint64(block.timestamp));
    }

    function test_RevertWhen_open_withoutAllowance() public {
        vm.prank(stranger);
        vm.expectRevert();
        channels.open(host, 1, expiry);
    }

    // ----- topUp and extend -----

    function test_topUp_addsToTheDeposit() public {
        bytes32 id = _open(10 ether);
        vm.expectEmit(address(channels));
        emit ChannelToppedUp(id, 5 ether, 15 ether);
        vm.prank(client);
        channels.topUp(id, 5 ether);
        vm.assertEq(channels.getChannel(id).deposit, 15 ether);
        vm.assertEq(token.balanceOf(address(channels)), 15 ether);
    }

    function test_RevertWhen_topUp_unknownChannelZeroAmountOrNotClient() public {
        bytes32 id = _open(10 ether);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannels.UnknownChannel.selector, bytes32(uint256(1))));
        vm.prank(client);
        channels.topUp(bytes32(uint256(1)), 1);
        vm.expectRevert(IPaymentChannels.ZeroAmount.selector);
        vm.prank(client);
        channels.topUp(id, 0);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannels.NotAuthorized.selector, host));
        vm.prank(host);
        channels.topUp(id, 1);
    }

    function test_extend_movesExpiryLater() public {
        bytes32 id = _open(10 ether);
        vm.expectEmit(address(channels));
        emit ChannelExtended(id, expiry + 1);
        vm.prank(client);
        channels.extend(id, expiry + 1);
        vm.assertEq(uint256(channels.getChannel(id).expiry), uint256(expiry + 1));
    }

    function test_RevertWhen_extend_notLaterOrNotClient() public {
        bytes32 id = _open(10 ether);
        vm.expectRevert(IPaymentChannels.InvalidExpiry.selector);
        vm.prank(client);
        channels.extend(id, expiry);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannels.NotAuthorized.selector, stranger));
        vm.prank(stranger);
        channels.extend(id, expiry + 1);
    }

    // ----- redeem -----

    function test_redeem_paysTheDifferenceRepeatedly() public {
        bytes32 id = _open(10 ether);
        vm.expectEmit(address(channels));
        emit VoucherRedeemed(id, 3 ether, 3 ether);
        _redeem(id, 3 ether);
        _redeem(id, 7 ether);
        vm.assertEq(token.balanceOf(host), 7 ether);
        vm.assertEq(channels.getChannel(id).redeemed, 7 ether);
        vm.assertEq(token.balanceOf(address(channels)), 3 ether);
        // After expiry, within the challenge window, the host can still redeem.
        vm.warp(expiry + WINDOW - 1);
        _redeem(id, 10 ether);
        vm.assertEq(token.balanceOf(host), 10 ether);
    }

    function test_RevertWhen_redeem_voucherNotAboveRedeemed() public {
        bytes32 id = _open(10 ether);
        _redeem(id, 4 ether);
        bytes memory old = _sign(clientKey, id, 4 ether);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannels.NothingToRedeem.selector, 4 ether, 4 ether));
        vm.prank(host);
        channels.redeem(id, 4 ether, old);
    }

    /// Audit L-4: a voucher above the deposit used to pay nothing (and the client closed and took
    /// everything back); it pays the deposit now, and the rest after a top-up.
    function test_attack_L4_voucherAboveTheDepositPaysTheDeposit() public {
        bytes32 id = _open(10 ether);
        bytes memory signature = _sign(clientKey, id, 11 ether);
        uint256 before = token.balanceOf(host);
        vm.prank(host);
        channels.redeem(id, 11 ether, signature);
        vm.assertEq(token.balanceOf(host) - before, 10 ether);
        vm.assertEq(channels.getChannel(id).redeemed, 10 ether);
        // nothing more until a top-up
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannels.ExceedsDeposit.selector, 11 ether, 10 ether));
        vm.prank(host);
        channels.redeem(id, 11 ether, signature);
        vm.prank(client);
        channels.topUp(id, 5 ether);
        vm.prank(host);
        channels.redeem(id, 11 ether, signature);
        vm.assertEq(token.balanceOf(host) - before, 11 ether);
        vm.assertEq(channels.getChannel(id).redeemed, 11 ether);
    }

    function test_RevertWhen_constructor_zeroTokenOrWindow() public {
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannels.InvalidConfig.selector, "token is zero"));
        new PaymentChannels(IERC20(address(0)), WINDOW);
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannels.InvalidConfig.selector, "challengeWindow is zero")
        );
        new PaymentChannels(IERC20(address(token)), 0);
    }

    /// At exactly `expiry + window` the client may close; a redeem in the same second before the
    /// close still pays, after it the channel is gone.
    function test_redeemAndCloseInTheSameSecondAtClosableAt() public {
        bytes32 id = _open(10 ether);
        bytes memory signature = _sign(clientKey, id, 3 ether);
        vm.warp(uint256(expiry) + WINDOW - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannels.ChallengeWindowOpen.selector, uint256(expiry) + WINDOW)
        );
        vm.prank(client);
        channels.close(id);
        vm.warp(uint256(expiry) + WINDOW);
        vm.prank(host);
        channels.redeem(id, 3 ether, signature);
        uint256 before = token.balanceOf(client);
        vm.prank(client);
        channels.close(id);
        vm.assertEq(token.balanceOf(client) - before, 7 ether);
        bytes memory later = _sign(clientKey, id, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannels.UnknownChannel.selector, id));
        vm.prank(host);
        channels.redeem(id, 5 ether, later);
    }

    /// After the expiry the client may still top up (more for the host) and extend (a later close).
    function test_topUpAndExtendAfterTheExpiry() public {
        bytes32 id = _open(10 ether);
        vm.warp(uint256(expiry) + 1);
        vm.prank(client);
        channels.topUp(id, 1 ether);
        vm.prank(client);
        channels.extend(id, uint64(block.timestamp + 1 days));
        IPaymentChannels.Channel memory c = channels.getChannel(id);
        vm.assertEq(c.deposit, 11 ether);
        vm.assertEq(uint256(c.expiry), block.timestamp + 1 days);
        vm.warp(uint256(expiry) + WINDOW);
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannels.ChallengeWindowOpen.selector, uint256(c.expiry) + WINDOW)
        );
        vm.prank(client);
        channels.close(id);
    }

    function test_RevertWhen_redeem_callerIsNotTheHost() public {
        bytes32 id = _open(10 ether);
        bytes memory signature = _sign(clientKey, id, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannels.NotAuthorized.selector, stranger));
        vm.prank(stranger);
        channels.redeem(id, 1 ether, signature);
    }

    function test_RevertWhen_redeem_unknownChannel() public {
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannels.UnknownChannel.selector, bytes32(0)));
        vm.prank(host);
        channels.redeem(bytes32(0), 1, "");
    }

    function test_RevertWhen_redeem_signedByAnotherKey() public {
        bytes32 id = _open(10 ether);
        (, uint256 otherKey) = makeAccount("other");
        bytes memory signature = _sign(otherKey, id, 1 ether);
        vm.expectRevert(IPaymentChannels.InvalidSignature.selector);
        vm.prank(host);
        channels.redeem(id, 1 ether, signature);
    }

    function test_RevertWhen_redeem_malleableOrMalformedSignature() public {
        bytes32 id = _open(10 ether);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(clientKey, channels.voucherDigest(id, 1 ether));
        // The same signature with s' = n - s and the other v recovers the same key: rejected.
        bytes memory flipped =
            abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), v == 27 ? uint8(28) : uint8(27));
        vm.startPrank(host);
        vm.expectRevert(IPaymentChannels.InvalidSignature.selector);
        channels.redeem(id, 1 ether, flipped);
        vm.expectRevert(IPaymentChannels.InvalidSignature.selector);
        channels.redeem(id, 1 ether, abi.encodePacked(r, s));
        vm.expectRevert(IPaymentChannels.InvalidSignature.selector);
        channels.redeem(id, 1 ether, "");
        vm.stopPrank();
    }

    function test_RevertWhen_redeem_voucherOfAnotherChannel() public {
        bytes32 first = _open(10 ether);
        bytes32 second = _open(10 ether);
        bytes memory signature = _sign(clientKey, first, 1 ether);
        vm.expectRevert(IPaymentChannels.InvalidSignature.selector);
        vm.prank(host);
        channels.redeem(second, 1 ether, signature);
    }

    function test_RevertWhen_redeem_voucherOfAnotherContract() public {
        bytes32 id = _open(10 ether);
        PaymentChannels other = new PaymentChannels(IERC20(address(token)), WINDOW);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(clientKey, other.voucherDigest(id, 1 ether));
        vm.expectRevert(IPaymentChannels.InvalidSignature.selector);
        vm.prank(host);
        channels.redeem(id, 1 ether, abi.encodePacked(r, s, v));
    }

    function test_RevertWhen_redeem_voucherOfAnotherChain() public {
        bytes32 id = _open(10 ether);
        bytes memory signature = _sign(clientKey, id, 1 ether);
        vm.chainId(block.chainid + 1);
        vm.expectRevert(IPaymentChannels.InvalidSignature.selector);
        vm.prank(host);
        channels.redeem(id, 1 ether, signature);
    }

    function test_voucherDigest_isEip712() public view {
        bytes32 domain = keccak256(
            abi.encode(
                keccak256(
                    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                ),
                keccak256("cairn PaymentChannels"),
                keccak256("1"),
                block.chainid,
                address(channels)
            )
        );
        vm.assertEq(channels.domainSeparator(), domain);
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Voucher(bytes32 channelId,uint256 cumulativeAmount)"), bytes32(uint256(7)), 42
            )
        );
        vm.assertEq(
            channels.voucherDigest(bytes32(uint256(7)), 42),
            keccak256(abi.encodePacked("\x19\x01", domain, structHash))
        );
    }

    // ----- close -----

    function test_close_refundsTheRestAfterTheWindow() public {
        bytes32 id = _open(10 ether);
        _redeem(id, 4 ether);
        uint256 before = token.balanceOf(client);
        vm.warp(expiry + WINDOW);
        vm.expectEmit(address(channels));
        emit ChannelClosed(id, 6 ether);
        vm.prank(client);
        channels.close(id);
        vm.assertEq(token.balanceOf(client), before + 6 ether);
        vm.assertEq(token.balanceOf(address(channels)), 0);
        vm.assertEq(channels.getChannel(id).client, address(0));
        // A closed channel is gone: nothing more can be redeemed.
        bytes memory signature = _sign(clientKey, id, 8 ether);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannels.UnknownChannel.selector, id));
        vm.prank(host);
        channels.redeem(id, 8 ether, signature);
    }

    function test_RevertWhen_close_beforeTheWindowEnds() public {
        bytes32 id = _open(10 ether);
        vm.warp(expiry + WINDOW - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannels.ChallengeWindowOpen.selector, expiry + WINDOW)
        );
        vm.prank(client);
        channels.close(id);
    }

    function test_RevertWhen_close_notClientOrTwice() public {
        bytes32 id = _open(10 ether);
        vm.warp(expiry + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannels.NotAuthorized.selector, host));
        vm.prank(host);
        channels.close(id);
        vm.prank(client);
        channels.close(id);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannels.UnknownChannel.selector, id));
        vm.prank(client);
        channels.close(id);
    }

    // ----- fuzz -----

    function testFuzz_redeem_paysExactlyTheSignedIncrements(uint256 deposit, uint256 first, uint256 second)
        public
    {
        deposit = bound(deposit, 1, 1_000_000 ether);
        first = bound(first, 1, deposit);
        second = bound(second, first, deposit);
        bytes32 id = _open(deposit);
        _redeem(id, first);
        if (second > first) _redeem(id, second);
        vm.assertEq(token.balanceOf(host), second);
        vm.assertEq(token.balanceOf(address(channels)), deposit - second);
        vm.warp(expiry + WINDOW);
        uint256 before = token.balanceOf(client);
        vm.prank(client);
        channels.close(id);
        vm.assertEq(token.balanceOf(client) - before, deposit - second);
    }

    function testFuzz_redeem_paysUpToTheDeposit(uint256 deposit, uint256 amount) public {
        deposit = bound(deposit, 1, 1_000_000 ether);
        amount = bound(amount, 1, type(uint256).max);
        bytes32 id = _open(deposit);
        bytes memory signature = _sign(clientKey, id, amount);
        uint256 before = token.balanceOf(host);
        vm.prank(host);
        channels.redeem(id, amount, signature);
        uint256 expected = amount < deposit ? amount : deposit;
        vm.assertEq(token.balanceOf(host) - before, expected);
        vm.assertEq(channels.getChannel(id).redeemed, expected);
        vm.assertLe(channels.getChannel(id).redeemed, channels.getChannel(id).deposit);
    }

    function testFuzz_close_onlyAfterTheWindow(uint256 at) public {
        bytes32 id = _open(1 ether);
        at = bound(at, block.timestamp, uint256(expiry) + 2 * WINDOW);
        vm.warp(at);
        if (at < uint256(expiry) + WINDOW) {
            vm.expectRevert(
                abi.encodeWithSelector(IPaymentChannels.ChallengeWindowOpen.selector, expiry + WINDOW)
            );
        }
        vm.prank(client);
        channels.close(id);
    }

    function testFuzz_open_rejectsPastExpiry(uint64 when) public {
        when = uint64(bound(when, 0, block.timestamp));
        vm.expectRevert(IPaymentChannels.InvalidExpiry.selector);
        vm.prank(client);
        channels.open(host, 1, when);
    }

    function testFuzz_topUp_onlyByClient(address caller, uint256 amount) public {
        amount = bound(amount, 1, 1000 ether);
        bytes32 id = _open(1 ether);
        if (caller != client) {
            vm.expectRevert(abi.encodeWithSelector(IPaymentChannels.NotAuthorized.selector, caller));
        }
        vm.prank(caller);
        channels.topUp(id, amount);
        vm.assertEq(channels.getChannel(id).deposit, caller == client ? 1 ether + amount : 1 ether);
    }

    function testFuzz_redeem_rejectsSignaturesOfOtherKeys(uint256 key) public {
        key = bound(key, 1, SECP256K1_N - 1);
        vm.assume(key != clientKey);
        bytes32 id = _open(1 ether);
        bytes memory signature = _sign(key, id, 1);
        vm.expectRevert(IPaymentChannels.InvalidSignature.selector);
        vm.prank(host);
        channels.redeem(id, 1, signature);
    }
}
