// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "../base/Test.sol";
import {Deploy} from "../../../script/Deploy.s.sol";
import {IMarketplace} from "../../src/interfaces/IMarketplace.sol";

/// @notice The deploy script's settings: defaults per chain, overrides, and range checks (audit
/// I-5: a uint8 setting of 300 used to become 44 silently).
contract DeployTest is Test {
    Deploy internal script;

    function setUp() public {
        script = new Deploy();
    }

    /// @dev One test: the environment is the process's, shared by tests running in parallel.
    function test_marketConfig_defaultsOverridesAndRangeChecks() public {
        IMarketplace.Config memory devnet = script.marketConfig(true);
        vm.assertEq(uint256(devnet.period), 10);
        vm.assertEq(uint256(devnet.reservationTimeout), 300);
        vm.assertEq(uint256(devnet.maxReservations), 3);
        IMarketplace.Config memory other = script.marketConfig(false);
        vm.assertEq(uint256(other.period), 120);
        vm.assertEq(uint256(other.timeout), 600);
        vm.assertEq(uint256(other.reservationTimeout), 1800);
        vm.assertEq(uint256(other.maxRequestDuration), 365 days);

        vm.setEnv("CAIRN_MARKET_SLASH_PERCENTAGE", "30");
        vm.setEnv("CAIRN_MARKET_RESERVATION_TIMEOUT", "77");
        IMarketplace.Config memory config = script.marketConfig(false);
        vm.assertEq(uint256(config.slashPercentage), 30);
        vm.assertEq(uint256(config.reservationTimeout), 77);

        vm.setEnv("CAIRN_MARKET_SLASH_PERCENTAGE", "300");
        vm.expectRevert(bytes("Deploy: CAIRN_MARKET_SLASH_PERCENTAGE=300 is above 255"));
        script.marketConfig(false);
        vm.setEnv("CAIRN_MARKET_SLASH_PERCENTAGE", "255");
        vm.assertEq(uint256(script.marketConfig(false).slashPercentage), 255);

        vm.setEnv("CAIRN_MARKET_PERIOD", "18446744073709551616");
        vm.expectRevert(bytes("Deploy: CAIRN_MARKET_PERIOD=18446744073709551616 is above 2^64 - 1"));
        script.marketConfig(false);
        vm.setEnv("CAIRN_MARKET_PERIOD", "18446744073709551615");
        vm.assertEq(uint256(script.marketConfig(false).period), type(uint64).max);
    }
}
