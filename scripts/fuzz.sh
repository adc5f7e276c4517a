#!/usr/bin/env bash
# `make fuzz`: runs each cargo-fuzz target in fuzz/ for FUZZ_SECONDS (default 60) seconds, from the
# committed seed corpus (fuzz/corpus/<target>, read only) plus a working corpus in
# fuzz/.work/<target> (kept between runs, not committed). cargo-fuzz is installed once, pinned,
# into .cargo-tools. libFuzzer runs without a sanitizer: the stable toolchain has none, and the
# targets check their own properties (no panic, canonical round trips).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
version=0.13.2
tools="$root/.cargo-tools"
if [ "$("$tools/bin/cargo-fuzz" --version 2>/dev/null || true)" != "cargo-fuzz $version" ]; then
  echo "fuzz: installing cargo-fuzz $version into .cargo-tools"
  cargo install --quiet --locked --root "$tools" cargo-fuzz --version "$version"
fi
export PATH="$tools/bin:$PATH"
seconds="${FUZZ_SECONDS:-60}"
cd fuzz
for target in manifest storage_manifest blockexc_message; do
  mkdir -p ".work/$target"
  echo "fuzz: $target for ${seconds}s"
  cargo fuzz run --sanitizer none "$target" ".work/$target" "corpus/$target" -- \
    -max_total_time="$seconds" -max_len=131072 -print_final_stats=1 2>&1 | grep -E "^(Done|stat::|==|SUMMARY|.*panicked)" || true
  # A crash leaves its input in artifacts/<target>/ and fails the run.
  if compgen -G "artifacts/$target/*" > /dev/null; then
    echo "fuzz: $target found a failing input: fuzz/artifacts/$target/" >&2
    exit 1
  fi
done
echo "fuzz: every target ran ${seconds}s without a failure"
