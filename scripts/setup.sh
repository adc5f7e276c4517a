#!/usr/bin/env bash
# Installs everything cairn needs that is not part of the machine, from the package registries only:
# the pinned npm toolchain (forge, anvil, cast, solc-js, circom2, circomlib, snarkjs) from
# package-lock.json. Idempotent: when nothing changed it only checks and returns in well under a second.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "setup: $*" >&2; exit 1; }

command -v node >/dev/null || die "node is missing: install Node.js >= 18 (e.g. apt-get install nodejs npm)"
command -v npm >/dev/null || die "npm is missing: install npm (e.g. apt-get install npm)"
command -v cargo >/dev/null || die "cargo is missing: install Rust (rustup) with clippy and rustfmt"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 18 ] || die "node $(node --version) is too old: cairn needs Node.js >= 18"

stamp=node_modules/.cairn-setup
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  echo "setup: installing the pinned npm toolchain from package-lock.json"
  # Not `npm ci`: npm leaves the optional per-platform foundry packages that the registry does not
  # publish out of the lock file, and `npm ci` then refuses the lock. `npm install` installs exactly
  # the locked versions and leaves the lock file untouched.
  npm install --no-audit --no-fund --prefer-offline --loglevel=error
  touch "$stamp"
fi

# The native foundry binaries ship inside per-platform npm packages.
platform="$(scripts/foundry-platform.sh)"
for tool in forge anvil cast; do
  bin="node_modules/@foundry-rs/${tool}-${platform}/bin/${tool}"
  [ -x "$bin" ] || die "$bin is missing: delete node_modules and run 'make setup' again"
done
[ -x scripts/solc.cjs ] || die "scripts/solc.cjs is not executable"
