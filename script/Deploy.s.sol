// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {VM} from "../contracts/test/base/Vm.sol";
import {CairnToken} from "../contracts/src/CairnToken.sol";
import {PaymentChannels} from "../contracts/src/PaymentChannels.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title Deploy
/// @notice Deploys cairn's contracts and writes their addresses to `deployments/<chainid>.json`.
/// @dev Run with `forge script script/Deploy.s.sol --rpc-url <url> --broadcast` and a signer
/// (`--account <keystore name>`, `--keystore <file>` or, on devnets only, `--private-key`).
/// Environment (all optional):
///   CAIRN_TOKEN_OWNER    owner of the token (may mint); default: the broadcasting account
///   CAIRN_TOKEN_NAME     default "Cairn Test Token"
///   CAIRN_TOKEN_SYMBOL   default "CAIRN"
///   CAIRN_FUND_ACCOUNTS  comma-separated accounts to mint test tokens to (needs owner = broadcaster)
///   CAIRN_FUND_AMOUNT    tokens (in wei units) minted to each of them; default 1,000,000 tokens
///   CAIRN_CHANNEL_CHALLENGE_WINDOW  seconds after a channel's expiry reserved for the host's last
///                        redeem; default 1 day (devnets: set it short)
///   CAIRN_DEPLOYMENTS_OUT  file to write; default deployments/<chainid>.json
contract Deploy {
    /// @dev Marks this contract as a script for forge.
    bool public IS_SCRIPT = true;

    /// @notice Deploys everything and records the addresses.
    function run() external returns (CairnToken token, PaymentChannels channels) {
        address deployer = msg.sender;
        address owner = VM.envOr("CAIRN_TOKEN_OWNER", deployer);
        string memory name = VM.envOr("CAIRN_TOKEN_NAME", string("Cairn Test Token"));
        string memory symbol = VM.envOr("CAIRN_TOKEN_SYMBOL", string("CAIRN"));
        address[] memory fund = VM.envOr("CAIRN_FUND_ACCOUNTS", ",", new address[](0));
        uint256 fundAmount = VM.envOr("CAIRN_FUND_AMOUNT", uint256(1_000_000 ether));
        uint64 challengeWindow = uint64(VM.envOr("CAIRN_CHANNEL_CHALLENGE_WINDOW", uint256(1 days)));

        VM.startBroadcast();
        token = new CairnToken(name, symbol, owner);
        channels = new PaymentChannels(IERC20(address(token)), challengeWindow);
        for (uint256 i = 0; i < fund.length; i++) {
            token.mint(fund[i], fundAmount);
        }
        VM.stopBroadcast();

        string memory out = VM.envOr(
            "CAIRN_DEPLOYMENTS_OUT",
            string.concat(VM.projectRoot(), "/deployments/", VM.toString(block.chainid), ".json")
        );
        string memory key = "deployment";
        VM.serializeUint(key, "chainId", block.chainid);
        VM.serializeAddress(key, "deployer", deployer);
        VM.serializeUint(key, "startBlock", block.number);
        VM.serializeAddress(key, "token", address(token));
        string memory json = VM.serializeAddress(key, "paymentChannels", address(channels));
        VM.writeJson(json, out);
    }
}
