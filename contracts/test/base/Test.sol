// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {Vm, VM} from "./Vm.sol";

/// @title Test
/// @notice cairn's forge test base: the cheatcodes, input bounding for fuzz tests, named actors, and the
/// target lists forge's invariant runner reads (`targetContracts`, `targetSelectors`, `targetSenders`,
/// `excludeSenders`).
abstract contract Test {
    /// @dev Marks this contract as a test contract for forge.
    bool public IS_TEST = true;

    Vm internal constant vm = VM;

    /// @notice One contract plus the functions of it the invariant runner may call.
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    address[] private targetContracts_;
    FuzzSelector[] private targetSelectors_;
    address[] private targetSenders_;
    address[] private excludeSenders_;

    // ----- actors -----

    /// @notice A deterministic, labelled address for `name`.
    function makeAddr(string memory name) internal returns (address account) {
        account = vm.addr(uint256(keccak256(bytes(name))));
        vm.label(account, name);
    }

    /// @notice A deterministic, labelled account with its private key, for tests that sign.
    function makeAccount(string memory name) internal returns (address account, uint256 privateKey) {
        privateKey = uint256(keccak256(bytes(name)));
        account = vm.addr(privateKey);
        vm.label(account, name);
    }

    // ----- fuzz input bounding -----

    /// @notice Maps `x` into [min, max] uniformly enough for fuzzing, keeping small values unchanged.
    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "Test.bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min;
        if (size == type(uint256).max) return x;
        return min + (x % (size + 1));
    }

    // ----- invariant targets -----

    function targetContract(address target) internal {
        targetContracts_.push(target);
    }

    function targetSelector(FuzzSelector memory selector) internal {
        targetSelectors_.push(selector);
    }

    function targetSender(address sender) internal {
        targetSenders_.push(sender);
    }

    function excludeSender(address sender) internal {
        excludeSenders_.push(sender);
    }

    /// @dev Read by forge's invariant runner.
    function targetContracts() public view returns (address[] memory) {
        return targetContracts_;
    }

    /// @dev Read by forge's invariant runner.
    function targetSelectors() public view returns (FuzzSelector[] memory) {
        return targetSelectors_;
    }

    /// @dev Read by forge's invariant runner.
    function targetSenders() public view returns (address[] memory) {
        return targetSenders_;
    }

    /// @dev Read by forge's invariant runner.
    function excludeSenders() public view returns (address[] memory) {
        return excludeSenders_;
    }
}
