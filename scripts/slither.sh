#!/usr/bin/env bash
# Static analysis of the contracts with slither (PyPI slither-analyzer, pinned with its dependencies
# in scripts/slither-requirements.txt), installed once into .venv-slither. Fails on any finding of
# medium or high severity; a finding accepted on purpose carries a `slither-disable-next-line`
# comment with its reason in the source.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

venv=.venv-slither
stamp="$venv/.installed"
if [ ! -f "$stamp" ] || [ scripts/slither-requirements.txt -nt "$stamp" ]; then
  echo "slither: installing slither-analyzer into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r scripts/slither-requirements.txt
  touch "$stamp"
fi

# slither drives forge through crytic-compile, which looks it up on PATH: give it the project's own.
platform="$(scripts/foundry-platform.sh)"
export PATH="$root/node_modules/@foundry-rs/forge-$platform/bin:$PATH"
export FOUNDRY_SOLC="$root/scripts/solc.cjs"
"$venv/bin/slither" . --filter-paths "node_modules|contracts/test|script" --exclude-informational \
  --exclude-low --fail-medium
