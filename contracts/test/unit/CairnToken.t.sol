// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "../base/Test.sol";
import {CairnToken} from "../../src/CairnToken.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

contract CairnTokenTest is Test {
    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);
    event MintingDisabled();

    CairnToken internal token;
    address internal owner;
    address internal alice;
    address internal bob;

    function setUp() public {
        owner = makeAddr("owner");
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        token = new CairnToken("Cairn Test Token", "CAIRN", owner);
    }

    // ----- constructor -----

    function test_constructor_setsMetadataAndOwner() public view {
        vm.assertEq(token.name(), "Cairn Test Token");
        vm.assertEq(token.symbol(), "CAIRN");
        vm.assertEq(uint256(token.decimals()), 18);
        vm.assertEq(token.owner(), owner);
        vm.assertEq(token.totalSupply(), 0);
        vm.assertTrue(token.mintingEnabled());
    }

    function test_RevertWhen_constructor_ownerIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0)));
        new CairnToken("x", "X", address(0));
    }

    // ----- mint -----

    function test_mint_creditsReceiverAndSupply() public {
        vm.expectEmit(address(token));
        emit Transfer(address(0), alice, 1000);
        vm.prank(owner);
        token.mint(alice, 1000);
        vm.assertEq(token.balanceOf(alice), 1000);
        vm.assertEq(token.totalSupply(), 1000);
    }

    function test_RevertWhen_mint_callerIsNotOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        token.mint(alice, 1);
    }

    function test_RevertWhen_mint_toZeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(owner);
        token.mint(address(0), 1);
    }

    function test_RevertWhen_mint_afterMintingDisabled() public {
        vm.startPrank(owner);
        token.disableMinting();
        vm.expectRevert(CairnToken.MintingIsDisabled.selector);
        token.mint(alice, 1);
        vm.stopPrank();
    }

    function test_RevertWhen_mint_overflowsSupply() public {
        vm.startPrank(owner);
        token.mint(alice, type(uint256).max);
        vm.expectRevert();
        token.mint(bob, 1);
        vm.stopPrank();
    }

    // ----- disableMinting -----

    function test_disableMinting_isPermanentAndEmits() public {
        vm.expectEmit(address(token));
        emit MintingDisabled();
        vm.prank(owner);
        token.disableMinting();
        vm.assertFalse(token.mintingEnabled());
    }

    function test_RevertWhen_disableMinting_callerIsNotOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, bob));
        vm.prank(bob);
        token.disableMinting();
    }

    function test_RevertWhen_disableMinting_alreadyDisabled() public {
        vm.startPrank(owner);
        token.disableMinting();
        vm.expectRevert(CairnToken.MintingIsDisabled.selector);
        token.disableMinting();
        vm.stopPrank();
    }

    // ----- transfer, approve, transferFrom -----

    function test_transfer_movesBalance() public {
        vm.prank(owner);
        token.mint(alice, 100);
        vm.expectEmit(address(token));
        emit Transfer(alice, bob, 40);
        vm.prank(alice);
        vm.assertTrue(token.transfer(bob, 40));
        vm.assertEq(token.balanceOf(alice), 60);
        vm.assertEq(token.balanceOf(bob), 40);
    }

    function test_RevertWhen_transfer_insufficientBalance() public {
        vm.prank(owner);
        token.mint(alice, 10);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 10, 11));
        vm.prank(alice);
        token.transfer(bob, 11);
    }

    function test_RevertWhen_transfer_toZeroAddress() public {
        vm.prank(owner);
        token.mint(alice, 10);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(alice);
        token.transfer(address(0), 1);
    }

    function test_approveAndTransferFrom_spendAllowance() public {
        vm.prank(owner);
        token.mint(alice, 100);
        vm.expectEmit(address(token));
        emit Approval(alice, bob, 70);
        vm.prank(alice);
        token.approve(bob, 70);
        vm.prank(bob);
        token.transferFrom(alice, bob, 50);
        vm.assertEq(token.allowance(alice, bob), 20);
        vm.assertEq(token.balanceOf(bob), 50);
    }

    function test_transferFrom_infiniteAllowanceIsNotSpent() public {
        vm.prank(owner);
        token.mint(alice, 100);
        vm.prank(alice);
        token.approve(bob, type(uint256).max);
        vm.prank(bob);
        token.transferFrom(alice, bob, 100);
        vm.assertEq(token.allowance(alice, bob), type(uint256).max);
    }

    function test_RevertWhen_transferFrom_allowanceTooLow() public {
        vm.prank(owner);
        token.mint(alice, 100);
        vm.prank(alice);
        token.approve(bob, 5);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, bob, 5, 6));
        vm.prank(bob);
        token.transferFrom(alice, bob, 6);
    }

    // ----- fuzz -----

    function testFuzz_mint_onlyOwnerCanMint(address caller, address to, uint256 amount) public {
        vm.assume(to != address(0));
        if (caller != owner) {
            vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller));
        }
        vm.prank(caller);
        token.mint(to, amount);
        vm.assertEq(token.balanceOf(to), caller == owner ? amount : 0);
        vm.assertEq(token.totalSupply(), caller == owner ? amount : 0);
    }

    function testFuzz_transfer_conservesSupply(uint256 minted, uint256 sent, address to) public {
        vm.assume(to != address(0) && to != alice);
        minted = bound(minted, 0, type(uint128).max);
        sent = bound(sent, 0, minted);
        vm.prank(owner);
        token.mint(alice, minted);
        vm.prank(alice);
        token.transfer(to, sent);
        vm.assertEq(token.balanceOf(alice), minted - sent);
        vm.assertEq(token.balanceOf(to), sent);
        vm.assertEq(token.totalSupply(), minted);
    }

    function testFuzz_transfer_revertsAboveBalance(uint256 minted, uint256 sent) public {
        minted = bound(minted, 0, type(uint128).max);
        sent = bound(sent, minted + 1, type(uint256).max);
        vm.prank(owner);
        token.mint(alice, minted);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, minted, sent)
        );
        vm.prank(alice);
        token.transfer(bob, sent);
    }

    function testFuzz_transferFrom_neverExceedsAllowance(uint256 allowance, uint256 amount) public {
        allowance = bound(allowance, 0, type(uint128).max - 1);
        amount = bound(amount, 0, type(uint128).max);
        vm.prank(owner);
        token.mint(alice, type(uint128).max);
        vm.prank(alice);
        token.approve(bob, allowance);
        if (amount > allowance) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IERC20Errors.ERC20InsufficientAllowance.selector, bob, allowance, amount
                )
            );
        }
        vm.prank(bob);
        token.transferFrom(alice, bob, amount);
        vm.assertEq(token.balanceOf(bob), amount > allowance ? 0 : amount);
        vm.assertEq(token.allowance(alice, bob), amount > allowance ? allowance : allowance - amount);
    }
}
