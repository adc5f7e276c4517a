// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title CairnToken
/// @notice The ERC-20 token in which the marketplace takes payment and collateral.
/// @dev On devnets and testnets the owner mints test tokens freely. On a network where the supply must
/// be fixed, the owner calls `disableMinting` once: from then on nobody can mint, ever.
contract CairnToken is ERC20, Ownable {
    /// @notice True while the owner may still mint.
    bool public mintingEnabled = true;

    /// @notice Minting was disabled for good.
    event MintingDisabled();

    /// @notice `mint` was called after minting was disabled.
    error MintingIsDisabled();

    /// @param name_ Token name.
    /// @param symbol_ Token symbol.
    /// @param owner_ The account allowed to mint (and to disable minting).
    constructor(string memory name_, string memory symbol_, address owner_)
        ERC20(name_, symbol_)
        Ownable(owner_)
    {}

    /// @notice Mints `amount` tokens to `to`.
    /// @dev Reverts with `OwnableUnauthorizedAccount` for anyone but the owner, `MintingIsDisabled` after
    /// `disableMinting`, and `ERC20InvalidReceiver` for the zero address.
    /// @param to The receiver.
    /// @param amount The amount, in the token's smallest unit.
    function mint(address to, uint256 amount) external onlyOwner {
        if (!mintingEnabled) revert MintingIsDisabled();
        _mint(to, amount);
    }

    /// @notice Disables minting permanently; the supply is fixed from then on.
    /// @dev Only the owner; reverts with `MintingIsDisabled` if it was already disabled.
    function disableMinting() external onlyOwner {
        if (!mintingEnabled) revert MintingIsDisabled();
        mintingEnabled = false;
        emit MintingDisabled();
    }
}
