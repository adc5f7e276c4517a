#!/usr/bin/env bash
# Installs schemathesis (PyPI, pinned with its dependencies in scripts/schemathesis-requirements.txt)
# once into .venv-schemathesis, for the REST API fuzz tests (node/node/tests/api_fuzz.rs run
# .venv-schemathesis/bin/st against real nodes, with scripts/schemathesis.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv-schemathesis
stamp="$venv/.installed"
if [ ! -f "$stamp" ] || [ scripts/schemathesis-requirements.txt -nt "$stamp" ]; then
  echo "schemathesis: installing into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r scripts/schemathesis-requirements.txt
  touch "$stamp"
fi
"$venv/bin/st" --version
