#!/usr/bin/env bash
# Regenerates node/store/.sqlx: the offline query data that lets the sqlx query macros type-check
# without a database. Run after changing a migration or a query (`make sqlx-prepare`), and commit.
# With --check, writes into a temporary folder and fails if the committed data differs.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/schema.sqlite"
out="node/store/.sqlx"
[ "${1:-}" = "--check" ] && out="$work/sqlx" 
mkdir -p "$out"
[ "${1:-}" = "--check" ] || rm -f "$out"/query-*.json

# The schema the macros check against: the embedded migrations, applied in order.
python3 - "$db" node/store/migrations/*.sql <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for path in sorted(sys.argv[2:]):
    db.executescript(open(path).read())
db.commit()
PY

# Force the macros to expand again, online, saving their data into $out.
touch node/store/src/*.rs
DATABASE_URL="sqlite://$db" SQLX_OFFLINE_DIR="$(cd "$out" && pwd)" cargo check -q -p cairn-store --all-targets
touch node/store/src/*.rs

if [ "${1:-}" = "--check" ]; then
  if ! diff -r -q "$out" node/store/.sqlx >/dev/null; then
    diff -r "$out" node/store/.sqlx | head -20 >&2
    echo "node/store/.sqlx is out of date: run 'make sqlx-prepare' and commit it" >&2
    exit 1
  fi
  echo "sqlx offline query data: up to date ($(ls node/store/.sqlx | wc -l) queries)"
fi
