#!/usr/bin/env bash
# cairn's local devnet: anvil on 127.0.0.1, the contracts deployed with `forge script --broadcast`,
# test tokens minted to anvil's dev accounts, and six cairn nodes connected to each other (a
# client, four hosts with availabilities, a validator: three slots of a request leave one host
# free to repair a slot whose host is stopped). Runs in the background; state lives in
# .devnet/ (every start is a fresh chain and fresh nodes).
#
#   scripts/devnet.sh start     (re)start everything; prints the nodes and how to buy storage
#   scripts/devnet.sh stop      stop everything the devnet started; leaves no process behind
#   scripts/devnet.sh status    show every devnet process
#
# Environment: CAIRN_DEVNET_PORT (anvil; default 8545), CAIRN_DEVNET_BLOCK_TIME (seconds per
# block; default 1, 0 = a block per transaction), CAIRN_DEVNET_ACCOUNTS (default 10, at least 7),
# CAIRN_DEVNET_API_PORT (first node's REST port; default 8080, the others follow),
# CAIRN_DEVNET_P2P_PORT (first node's libp2p TCP port; default 8070, the others follow),
# CAIRN_DEVNET_TIMEOUT (seconds to wait for each node; default 60), CAIRN_LOG (nodes' log filter).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

port="${CAIRN_DEVNET_PORT:-8545}"
accounts="${CAIRN_DEVNET_ACCOUNTS:-10}"
block_time="${CAIRN_DEVNET_BLOCK_TIME:-1}"
api_base="${CAIRN_DEVNET_API_PORT:-8080}"
p2p_base="${CAIRN_DEVNET_P2P_PORT:-8070}"
timeout="${CAIRN_DEVNET_TIMEOUT:-60}"
state="$root/.devnet"
rpc="http://127.0.0.1:${port}"
platform="$(scripts/foundry-platform.sh)"
anvil="$root/node_modules/@foundry-rs/anvil-${platform}/bin/anvil"
forge="$root/node_modules/@foundry-rs/forge-${platform}/bin/forge"
cast="$root/node_modules/@foundry-rs/cast-${platform}/bin/cast"
cairn="$root/target/debug/cairn"
circuits="$root/circuits/build/test"
export FOUNDRY_SOLC="$root/scripts/solc.cjs"

# anvil's dev accounts 0-6 (mnemonic "test test test test test test test test test test test
# junk"): public test keys, for local devnets only. Account 0 deploys.
dev_keys=(
  0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
  0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d
  0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a
  0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6
  0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a
  0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba
  0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e
)
deployer_key="${dev_keys[0]}"

# The nodes, in start order: name, role, anvil account. Node i gets API port api_base + i and
# libp2p port p2p_base + i.
nodes=(client host1 host2 host3 validator host4)
declare -A role=([client]="client (buys storage)" [host1]="host" [host2]="host" [host3]="host"
  [validator]="validator" [host4]="host")
declare -A account=([client]=1 [host1]=2 [host2]=3 [host3]=4 [validator]=5 [host4]=6)
hosts=(1 2 3 5)

# Repair policy of the devnet's hosts (PROTOCOL.md "Repair"; production defaults 600 s, 300 s,
# 3600 s): repair a lost slot at once, wait 20 s for the host that rebuilds a request's lost
# slots in one pass before rebuilding alone, give a slot up after 10 minutes without its data.
repair_args=(--repair-delay 0 --repair-peer-wait 20 --slot-data-timeout 600)

# Each host's availability. The market takes requests up to CAIRN_MARKET_MAX_DURATION (Deploy.s.sol:
# 30 days on the devnet). Every dev account holds 1,000,000 CAIRN (10^24 units, Deploy.s.sol's
# CAIRN_FUND_AMOUNT); a host locks at most a tenth of it, 10^23 units: enough for 1 GiB of slots
# at up to 93,132 units of collateral per byte (a slot locks slotSize x collateralPerByte).
avail_space="1GiB"
avail_duration="${CAIRN_MARKET_MAX_DURATION:-2592000}"
avail_min_price=1
avail_max_collateral=100000000000000000000000

die() { echo "devnet: $*" >&2; exit 1; }

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

api_port() { echo $((api_base + $1)); }
p2p_port() { echo $((p2p_base + $1)); }
api_url() { echo "http://127.0.0.1:$(api_port "$1")/api/v1"; }

# True when pid $1 runs the program $2 (a path in its command line): a stale pid file never
# makes us signal someone else's process.
ours() {
  pid_alive "$1" && { ps -o args= -p "$1" 2>/dev/null || true; } | grep -qF -- "$2"
}

# Stops the devnet processes named $2... (pid files in $state) that run program $1, each with its
# whole process group (each was started with setsid): SIGTERM, then SIGKILL after 10 s.
stop_all() {
  local program="$1" name pid pids=()
  shift
  for name in "$@"; do
    [ -f "$state/$name.pid" ] || continue
    pid="$(cat "$state/$name.pid")"
    if ours "$pid" "$program"; then
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid")
    fi
    rm -f "$state/$name.pid"
    stopped=1
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 100); do pid_alive "$pid" || break; sleep 0.1; done
    if pid_alive "$pid"; then
      echo "devnet: pid $pid did not stop within 10 s of SIGTERM; killing it" >&2
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      for _ in $(seq 1 20); do pid_alive "$pid" || break; sleep 0.1; done
    fi
  done
}

stop() {
  local stopped=0
  # The nodes first (they talk to anvil), then anvil.
  stop_all "$cairn" "${nodes[@]}"
  stop_all "$anvil" anvil
  if [ "$stopped" = 1 ]; then echo "devnet: stopped"; else echo "devnet: not running"; fi
}

status() {
  local running=0 i name pid what
  printf '  %-10s %-8s %-8s %s\n' process pid state where
  for i in "${!nodes[@]}" anvil; do
    if [ "$i" = anvil ]; then name=anvil; what="$rpc"; else name="${nodes[$i]}"; what="$(api_url "$i")"; fi
    pid="$(cat "$state/$name.pid" 2>/dev/null || true)"
    if pid_alive "$pid"; then
      running=$((running + 1))
      printf '  %-10s %-8s %-8s %s\n' "$name" "$pid" running "$what"
    else
      printf '  %-10s %-8s %-8s %s\n' "$name" "${pid:--}" stopped "$what"
    fi
  done
  if [ "$running" = 0 ]; then
    echo "devnet: not running"
    return 1
  fi
  [ "$running" = $((${#nodes[@]} + 1)) ] && echo "devnet: running" || {
    echo "devnet: partly running (see the logs in $state/; 'make devnet' restarts it)"
    return 1
  }
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# GET $1 and print the field $2 of the JSON answer; fails when the node does not answer.
api_get() {
  node -e '
    fetch(process.argv[1], { signal: AbortSignal.timeout(2000) })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.status))))
      .then((j) => console.log(j[process.argv[2]]))
      .catch(() => process.exit(1));' "$1" "$2" 2>/dev/null
}

# Starts node $1 (index into nodes) with extra flags "${@:2}".
start_node() {
  local i="$1" name="${nodes[$1]}"
  shift
  local data="$state/nodes/$name"
  mkdir -p "$data"
  # Only the flags below configure the nodes: drop the caller's CAIRN_* settings (but CAIRN_LOG);
  # NO_COLOR: plain log files.
  local unset=() var
  for var in $(compgen -e | grep '^CAIRN_' | grep -vx CAIRN_LOG || true); do unset+=(-u "$var"); done
  setsid env "${unset[@]}" NO_COLOR=1 "$cairn" node --data-dir "$data" --api-port "$(api_port "$i")" \
    --listen "/ip4/127.0.0.1/tcp/$(p2p_port "$i")" --eth-rpc "$rpc" --marketplace "$marketplace" \
    --payment-channels "$channels" --eth-key "${dev_keys[${account[$name]}]}" "$@" >"$state/$name.log" 2>&1 </dev/null &
  echo $! >"$state/$name.pid"
}

# Waits until node $1 (index) answers GET /node/info; prints its peer id.
wait_node() {
  local i="$1" name="${nodes[$1]}" peer deadline=$((SECONDS + timeout))
  while :; do
    peer="$(api_get "$(api_url "$i")/node/info" peerId)" && { echo "$peer"; return 0; }
    if ! pid_alive "$(cat "$state/$name.pid")"; then
      echo "devnet: node $name exited; the end of $state/$name.log:" >&2
      tail -n 15 "$state/$name.log" >&2
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "devnet: node $name did not answer on $(api_url "$i")/node/info within $timeout s (CAIRN_DEVNET_TIMEOUT); see $state/$name.log" >&2
      return 1
    fi
    sleep 0.3
  done
}

start() {
  [ -x "$anvil" ] && [ -x "$forge" ] && [ -x "$cast" ] || die "foundry is not installed: run 'make setup'"
  [ "$accounts" -ge 7 ] || die "CAIRN_DEVNET_ACCOUNTS must be at least 7 (the deployer and six nodes)"
  stop >/dev/null
  local i p
  port_in_use "$port" && die "port $port on 127.0.0.1 is taken by another process: set CAIRN_DEVNET_PORT"
  for i in "${!nodes[@]}"; do
    p="$(api_port "$i")"
    port_in_use "$p" && die "port $p on 127.0.0.1 (REST API of ${nodes[$i]}) is taken: set CAIRN_DEVNET_API_PORT"
    p="$(p2p_port "$i")"
    port_in_use "$p" && die "port $p on 127.0.0.1 (libp2p of ${nodes[$i]}) is taken: set CAIRN_DEVNET_P2P_PORT"
  done
  rm -rf "$state"
  mkdir -p "$state/nodes"

  echo "devnet: building the node (cargo build --locked -p cairn-cli --bin cairn)"
  "${CARGO:-cargo}" build --locked -p cairn-cli --bin cairn || die "building the node failed"
  echo "devnet: compiling the test circuit set (node circuits/compile.js test)"
  node circuits/compile.js test || die "compiling the circuits failed"

  local args=(--host 127.0.0.1 --port "$port" --accounts "$accounts" --chain-id 31337)
  [ "$block_time" != 0 ] && args+=(--block-time "$block_time")
  # setsid: every process gets its own session, so it outlives this script but not `devnet.sh stop`.
  setsid "$anvil" "${args[@]}" >"$state/anvil.log" 2>&1 < /dev/null &
  echo $! >"$state/anvil.pid"

  for _ in $(seq 1 100); do
    "$cast" chain-id --rpc-url "$rpc" >/dev/null 2>&1 && break
    pid_alive "$(cat "$state/anvil.pid")" || die "anvil exited; see $state/anvil.log"
    sleep 0.1
  done
  "$cast" chain-id --rpc-url "$rpc" >/dev/null 2>&1 || { stop; die "anvil did not answer on $rpc"; }

  # Fund every dev account anvil created with test tokens (anvil gives each 10,000 ETH).
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

  echo "devnet: starting the nodes (logs in $state/<name>.log)"
  local client_peer bootstrap
  start_node 0
  client_peer="$(wait_node 0)" || { stop >/dev/null; exit 1; }
  bootstrap="/ip4/127.0.0.1/tcp/$(p2p_port 0)/p2p/$client_peer"
  for i in "${hosts[@]}"; do
    start_node "$i" --bootstrap "$bootstrap" --circuit-dir "$circuits" "${repair_args[@]}"
  done
  start_node 4 --bootstrap "$bootstrap" --validator
  for i in 1 2 3 4 5; do
    wait_node "$i" >/dev/null || { stop >/dev/null; exit 1; }
  done
  local out
  for i in "${hosts[@]}"; do
    out="$("$cairn" sales add-availability --space "$avail_space" --max-duration "$avail_duration" \
      --min-price "$avail_min_price" --max-collateral "$avail_max_collateral" \
      --api "$(api_url "$i")" 2>&1)" || {
      echo "$out" >&2
      stop >/dev/null
      die "adding ${nodes[$i]}'s availability failed; see $state/${nodes[$i]}.log"
    }
  done

  local table="" name
  for i in "${!nodes[@]}"; do
    name="${nodes[$i]}"
    table+="$(printf '  %-10s %-22s %-32s %s' "$name" "${role[$name]}" "$(api_url "$i")" \
      "$("$cast" wallet address --private-key "${dev_keys[${account[$name]}]}")")"$'\n'
  done
  local api0 api1 cli="target/debug/cairn"
  api0="$(api_url 0)"
  api1="$(api_url 1)"
  cat <<MSG

cairn devnet is up
  RPC            $rpc  (chain id 31337, a block every ${block_time} s; 0 = per transaction)
  token          $token  (CAIRN; 1,000,000 minted to each of the $accounts dev accounts)
  marketplace    $marketplace  (Marketplace: period ${CAIRN_MARKET_PERIOD:-10} s, timeout ${CAIRN_MARKET_TIMEOUT:-20} s)
  verifier       $verifier  (Groth16 StorageProofVerifier: test circuit set, dev keys)
  channels       $channels  (PaymentChannels, challenge window ${CAIRN_CHANNEL_CHALLENGE_WINDOW:-60} s)
  deployment     $deployment
  logs           $state/{anvil,deploy,client,host1,host2,host3,host4,validator}.log

Nodes (libp2p on 127.0.0.1 TCP $(p2p_port 0)-$(p2p_port 5), joined through $bootstrap):
  name       role                   API                              account
$table
Each host offers $avail_space for up to $avail_duration s at >= $avail_min_price unit/byte/s, with <= $avail_max_collateral units of collateral.
Hosts repair lost slots: ${repair_args[*]} (README: "Watch a repair").

Upload a file to the client (prints its CID), buy storage for it, follow the purchase:
  $cli upload FILE --api $api0
  $cli storage request CID --duration 3600 --price 1 --proof-probability 3 \\
      --collateral 1 --slots 3 --tolerance 1 --expiry 300 --api $api0
  $cli storage purchases --api $api0
  $cli storage purchases REQUEST_ID --api $api0     (each slot: state, host)
On a host: its availability and the slots it holds:
  $cli sales availability --api $api1
  $cli sales slots --api $api1
Status and stop:
  make devnet-status
  make devnet-stop
MSG
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: $0 start|stop|status" ;;
esac
