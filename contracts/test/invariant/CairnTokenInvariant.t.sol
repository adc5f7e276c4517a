// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "../base/Test.sol";
import {VM} from "../base/Vm.sol";
import {CairnToken} from "../../src/CairnToken.sol";

/// @notice Bounded token actions by a fixed set of actors, with ghost totals.
contract CairnTokenHandler {
    CairnToken public immutable token;
    address public immutable owner;
    address[] public actors;

    uint256 public ghostMinted;
    bool public ghostMintingDisabled;

    constructor(CairnToken token_, address owner_, address[] memory actors_) {
        token = token_;
        owner = owner_;
        actors = actors_;
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function mint(uint256 actorSeed, uint256 amount) external {
        if (ghostMintingDisabled) return;
        amount = amount % 1e30;
        VM.prank(owner);
        token.mint(_actor(actorSeed), amount);
        ghostMinted += amount;
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        uint256 balance = token.balanceOf(from);
        if (balance == 0) return;
        VM.prank(from);
        token.transfer(_actor(toSeed), amount % (balance + 1));
    }

    function approve(uint256 ownerSeed, uint256 spenderSeed, uint256 amount) external {
        VM.prank(_actor(ownerSeed));
        token.approve(_actor(spenderSeed), amount);
    }

    function transferFrom(uint256 spenderSeed, uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address spender = _actor(spenderSeed);
        address from = _actor(fromSeed);
        uint256 limit = token.balanceOf(from);
        uint256 allowance = token.allowance(from, spender);
        if (allowance < limit) limit = allowance;
        if (limit == 0) return;
        VM.prank(spender);
        token.transferFrom(from, _actor(toSeed), amount % (limit + 1));
    }

    function disableMinting(uint256 chance) external {
        // Rarely, so that most runs keep minting.
        if (ghostMintingDisabled || chance % 50 != 0) return;
        VM.prank(owner);
        token.disableMinting();
        ghostMintingDisabled = true;
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }
}

contract CairnTokenInvariantTest is Test {
    CairnToken internal token;
    CairnTokenHandler internal handler;

    function setUp() public {
        address owner = makeAddr("owner");
        address[] memory actors = new address[](4);
        actors[0] = makeAddr("client");
        actors[1] = makeAddr("host1");
        actors[2] = makeAddr("host2");
        actors[3] = makeAddr("validator");
        token = new CairnToken("Cairn Test Token", "CAIRN", owner);
        handler = new CairnTokenHandler(token, owner, actors);
        targetContract(address(handler));
    }

    /// The supply is exactly what was minted, and it all sits with the actors.
    function invariant_supplyEqualsMintedAndActorBalances() public view {
        vm.assertEq(token.totalSupply(), handler.ghostMinted());
        uint256 sum;
        for (uint256 i = 0; i < handler.actorCount(); i++) {
            sum += token.balanceOf(handler.actors(i));
        }
        vm.assertEq(sum, token.totalSupply());
    }

    /// Once disabled, minting stays disabled.
    function invariant_mintingFlagMatchesGhost() public view {
        vm.assertEq(token.mintingEnabled(), !handler.ghostMintingDisabled());
    }
}
