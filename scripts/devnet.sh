#!/usr/bin/env bash
# cairn's local devnet: anvil on 127.0.0.1, the contracts deployed with `forge script --broadcast`,
# test tokens minted to anvil's dev accounts. Runs in the background; state lives in .devnet/.
#
#   scripts/devnet.sh start     (re)start the devnet and deploy; prints addresses and how to stop it
#   scripts/devnet.sh stop      stop everything the devnet started; leaves no process behind
#   scripts/devnet.sh status    say whether it runs
#
# Environment: CAIRN_DEVNET_PORT (default 8545), CAIRN_DEVNET_BLOCK_TIME (seconds; default: a block
# per transaction), CAIRN_DEVNET_ACCOUNTS (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

port="${CAIRN_DEVNET_PORT:-8545}"
accounts="${CAIRN_DEVNET_ACCOUNTS:-10}"
state="$root/.devnet"
rpc="http://127.0.0.1:${port}"
platform="$(scripts/foundry-platform.sh)"
anvil="$root/node_modules/@foundry-rs/anvil-${platform}/bin/anvil"
forge="$root/node_modules/@foundry-rs/forge-${platform}/bin/forge"
cast="$root/node_modules/@foundry-rs/cast-${platform}/bin/cast"
export FOUNDRY_SOLC="$root/scripts/solc.cjs"

# anvil's first dev account: a public test key, for local devnets only.
deployer_key="0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

die() { echo "devnet: $*" >&2; exit 1; }

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

stop() {
  local pidfile="$state/anvil.pid" pid
  [ -f "$pidfile" ] || { echo "devnet: not running"; return 0; }
  pid="$(cat "$pidfile")"
  if pid_alive "$pid"; then
    kill "$pid"
    for _ in $(seq 1 50); do pid_alive "$pid" || break; sleep 0.1; done
    pid_alive "$pid" && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  echo "devnet: stopped"
}

status() {
  if [ -f "$state/anvil.pid" ] && pid_alive "$(cat "$state/anvil.pid")"; then
    echo "devnet: running (anvil pid $(cat "$state/anvil.pid"), $rpc)"
  else
    echo "devnet: not running"
    return 1
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  [ -x "$anvil" ] && [ -x "$forge" ] && [ -x "$cast" ] || die "foundry is not installed: run 'make setup'"
  stop >/dev/null
  port_in_use "$port" && die "port $port on 127.0.0.1 is taken by another process: set CAIRN_DEVNET_PORT"
  mkdir -p "$state"

  local args=(--host 127.0.0.1 --port "$port" --accounts "$accounts" --chain-id 31337)
  [ -n "${CAIRN_DEVNET_BLOCK_TIME:-}" ] && args+=(--block-time "$CAIRN_DEVNET_BLOCK_TIME")
  # setsid: anvil gets its own session, so it outlives this script but not `devnet.sh stop`.
  setsid "$anvil" "${args[@]}" >"$state/anvil.log" 2>&1 < /dev/null &
  echo $! >"$state/anvil.pid"

  for _ in $(seq 1 100); do
    "$cast" chain-id --rpc-url "$rpc" >/dev/null 2>&1 && break
    pid_alive "$(cat "$state/anvil.pid")" || die "anvil exited; see $state/anvil.log"
    sleep 0.1
  done
  "$cast" chain-id --rpc-url "$rpc" >/dev/null 2>&1 || { stop; die "anvil did not answer on $rpc"; }

  # Fund every dev account anvil created with test tokens.
  local fund
  fund="$("$cast" rpc --rpc-url "$rpc" eth_accounts | tr -d '[]" ' )"
  echo "devnet: deploying contracts (forge script --broadcast)"
  if ! CAIRN_FUND_ACCOUNTS="$fund" CAIRN_CHANNEL_CHALLENGE_WINDOW="${CAIRN_CHANNEL_CHALLENGE_WINDOW:-60}" "$forge" script script/Deploy.s.sol --rpc-url "$rpc" --broadcast \
    --private-key "$deployer_key" --slow >"$state/deploy.log" 2>&1; then
    stop
    die "deployment failed; see $state/deploy.log"
  fi

  local deployment="deployments/31337.json" token channels marketplace verifier
  token="$(node -p "require('./$deployment').token")"
  channels="$(node -p "require('./$deployment').paymentChannels")"
  marketplace="$(node -p "require('./$deployment').marketplace")"
  verifier="$(node -p "require('./$deployment').verifier")"
  cat <<MSG

cairn devnet is up
  RPC            $rpc  (chain id 31337)
  token          $token  (CAIRN; 1,000,000 minted to each of the $accounts dev accounts)
  marketplace    $marketplace  (Marketplace: period ${CAIRN_MARKET_PERIOD:-10} s, timeout ${CAIRN_MARKET_TIMEOUT:-20} s)
  verifier       $verifier  (Groth16 StorageProofVerifier: test circuit set, dev keys)
  channels       $channels  (PaymentChannels, challenge window ${CAIRN_CHANNEL_CHALLENGE_WINDOW:-60} s)
  deployment     $deployment
  logs           $state/anvil.log, $state/deploy.log

Try it:
  npx cast call --rpc-url $rpc $token "name()(string)"
  npx cast call --rpc-url $rpc $marketplace "currentPeriod()(uint256)"
Stop it:
  make devnet-stop
MSG
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: $0 start|stop|status" ;;
esac
