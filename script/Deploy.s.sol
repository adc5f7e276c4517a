// SPDX-License-Identifier: MIT OR Apache-2.0
pragma solidity ^0.8.30;

import {VM} from "../contracts/test/base/Vm.sol";
import {CairnToken} from "../contracts/src/CairnToken.sol";
import {PaymentChannels} from "../contracts/src/PaymentChannels.sol";
import {Marketplace} from "../contracts/src/Marketplace.sol";
import {IMarketplace} from "../contracts/src/interfaces/IMarketplace.sol";
import {IStorageProofVerifier} from "../contracts/src/interfaces/IStorageProofVerifier.sol";
import {StorageProofVerifier} from "../contracts/src/verifiers/StorageProofVerifier.sol";
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
///   CAIRN_VERIFIER       address of a deployed IStorageProofVerifier (e.g. one generated with
///                        `cairn proof solidity --zkey <ceremony zkey>`). Required on every chain
///                        but the local devnet (chain id 31337), where the committed
///                        StorageProofVerifier (the `test` circuit set's dev keys, seed 0xca1e:
///                        anyone can forge proofs for them) is deployed when it is unset
///   Marketplace parameters (defaults: devnet | other chains):
///   CAIRN_MARKET_PERIOD                   seconds per proof period (10 | 120)
///   CAIRN_MARKET_TIMEOUT                  seconds to mark a missing proof after its period (20 | 600)
///   CAIRN_MARKET_MIN_PROOF_PROBABILITY    (1 | 1)
///   CAIRN_MARKET_MAX_PROOF_PROBABILITY    (100 | 1000)
///   CAIRN_MARKET_SLASH_PERCENTAGE         (20 | 20)
///   CAIRN_MARKET_MAX_SLASHES              (2 | 2)
///   CAIRN_MARKET_VALIDATOR_REWARD_PERCENTAGE (20 | 20)
///   CAIRN_MARKET_REPAIR_REWARD_PERCENTAGE (10 | 10)
///   CAIRN_MARKET_MAX_RESERVATIONS         (3 | 3)
///   CAIRN_MARKET_RESERVATION_TIMEOUT      seconds a reservation lasts (300 | 1800)
///   CAIRN_MARKET_MAX_DURATION             seconds (30 days | 365 days)
contract Deploy {
    /// @dev Marks this contract as a script for forge.
    bool public IS_SCRIPT = true;

    /// @notice Deploys everything and records the addresses.
    function run() external returns (CairnToken token, PaymentChannels channels, Marketplace marketplace) {
        bool devnet = block.chainid == DEVNET_CHAIN_ID;
        address verifierAddress = VM.envOr("CAIRN_VERIFIER", address(0));
        require(
            devnet || verifierAddress != address(0),
            "Deploy: set CAIRN_VERIFIER to a storage-proof verifier made from ceremony keys (the dev-key verifier is for the devnet only)"
        );
        IMarketplace.Config memory config = marketConfig(devnet);
        uint256 startBlock = block.number;

        VM.startBroadcast();
        (token, channels) = _deployPayments();
        if (verifierAddress == address(0)) verifierAddress = address(new StorageProofVerifier());
        // The marketplace's constructor refuses it too; say why here, before anything is deployed
        // with it.
        require(
            devnet || !IStorageProofVerifier(verifierAddress).verifierInfo().devKeys,
            "Deploy: CAIRN_VERIFIER uses dev keys (anyone can forge its proofs): only the devnet may use it"
        );
        marketplace = new Marketplace(IERC20(address(token)), IStorageProofVerifier(verifierAddress), config);
        VM.stopBroadcast();

        _record(startBlock, address(token), verifierAddress, address(marketplace), address(channels));
    }

    /// @dev The token (with test tokens minted to CAIRN_FUND_ACCOUNTS) and the payment channels.
    function _deployPayments() internal returns (CairnToken token, PaymentChannels channels) {
        address owner = VM.envOr("CAIRN_TOKEN_OWNER", msg.sender);
        string memory name = VM.envOr("CAIRN_TOKEN_NAME", string("Cairn Test Token"));
        string memory symbol = VM.envOr("CAIRN_TOKEN_SYMBOL", string("CAIRN"));
        address[] memory fund = VM.envOr("CAIRN_FUND_ACCOUNTS", ",", new address[](0));
        uint256 fundAmount = VM.envOr("CAIRN_FUND_AMOUNT", uint256(1_000_000 ether));
        uint64 challengeWindow = _u64("CAIRN_CHANNEL_CHALLENGE_WINDOW", 1 days);
        token = new CairnToken(name, symbol, owner);
        channels = new PaymentChannels(IERC20(address(token)), challengeWindow);
        for (uint256 i = 0; i < fund.length; i++) {
            token.mint(fund[i], fundAmount);
        }
    }

    /// @dev Writes deployments/<chainid>.json (or CAIRN_DEPLOYMENTS_OUT).
    function _record(
        uint256 startBlock,
        address token,
        address verifier,
        address marketplace,
        address channels
    ) internal {
        string memory out = VM.envOr(
            "CAIRN_DEPLOYMENTS_OUT",
            string.concat(VM.projectRoot(), "/deployments/", VM.toString(block.chainid), ".json")
        );
        string memory key = "deployment";
        VM.serializeUint(key, "chainId", block.chainid);
        VM.serializeAddress(key, "deployer", msg.sender);
        VM.serializeUint(key, "startBlock", startBlock);
        VM.serializeAddress(key, "token", token);
        VM.serializeAddress(key, "verifier", verifier);
        VM.serializeAddress(key, "marketplace", marketplace);
        string memory json = VM.serializeAddress(key, "paymentChannels", channels);
        VM.writeJson(json, out);
    }

    /// @notice The local anvil devnet's chain id.
    uint256 internal constant DEVNET_CHAIN_ID = 31337;

    /// @notice The marketplace parameters: short periods on the devnet, DESIGN.md's elsewhere, each
    /// overridable from the environment.
    function marketConfig(bool devnet) public view returns (IMarketplace.Config memory config) {
        config.period = _u64("CAIRN_MARKET_PERIOD", devnet ? 10 : 120);
        config.timeout = _u64("CAIRN_MARKET_TIMEOUT", devnet ? 20 : 600);
        config.minProofProbability = _u64("CAIRN_MARKET_MIN_PROOF_PROBABILITY", 1);
        config.maxProofProbability = _u64("CAIRN_MARKET_MAX_PROOF_PROBABILITY", devnet ? 100 : 1000);
        config.slashPercentage = _u8("CAIRN_MARKET_SLASH_PERCENTAGE", 20);
        config.maxNumberOfSlashes = _u8("CAIRN_MARKET_MAX_SLASHES", 2);
        config.validatorRewardPercentage = _u8("CAIRN_MARKET_VALIDATOR_REWARD_PERCENTAGE", 20);
        config.repairRewardPercentage = _u8("CAIRN_MARKET_REPAIR_REWARD_PERCENTAGE", 10);
        config.maxReservations = _u8("CAIRN_MARKET_MAX_RESERVATIONS", 3);
        config.reservationTimeout = _u64("CAIRN_MARKET_RESERVATION_TIMEOUT", devnet ? 300 : 1800);
        config.maxRequestDuration = _u64("CAIRN_MARKET_MAX_DURATION", devnet ? 30 days : 365 days);
    }

    /// @dev Environment variable `name` (or `byDefault`) as a uint8, refused (not truncated) when
    /// out of range.
    function _u8(string memory name, uint256 byDefault) internal view returns (uint8) {
        uint256 value = VM.envOr(name, byDefault);
        require(
            value <= type(uint8).max,
            string.concat("Deploy: ", name, "=", VM.toString(value), " is above 255")
        );
        return uint8(value);
    }

    /// @dev Environment variable `name` (or `byDefault`) as a uint64, refused when out of range.
    function _u64(string memory name, uint256 byDefault) internal view returns (uint64) {
        uint256 value = VM.envOr(name, byDefault);
        require(
            value <= type(uint64).max,
            string.concat("Deploy: ", name, "=", VM.toString(value), " is above 2^64 - 1")
        );
        return uint64(value);
    }
}
