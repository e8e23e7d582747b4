#!/usr/bin/env bash
# Runs the libFuzzer targets of fuzz/ (validate, render, ftl, url, import_html), each for FUZZ_SECONDS
# (default 600), at the lowest CPU priority. Not part of `npm test` (slow); the seed corpus in
# fuzz/seeds/ runs there as tests/fuzz_corpus.rs.
#
#   scripts/fuzz.sh                  # every target, 10 minutes each
#   FUZZ_SECONDS=60 scripts/fuzz.sh url render
#
# Needs a nightly toolchain (`rustup toolchain install nightly`) and cargo-fuzz
# (`cargo install cargo-fuzz`); both are installed here when missing. Inputs found along the
# way go to fuzz/target/corpus/<target>/ (not committed); a crash is written to
# fuzz/artifacts/<target>/ — add it to fuzz/seeds/<target>/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
secs=${FUZZ_SECONDS:-600}
if [ $# -gt 0 ]; then targets=("$@"); else targets=(validate render ftl url import_html); fi

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
cargo +nightly fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz

for t in "${targets[@]}"; do
  mkdir -p "$root/fuzz/target/corpus/$t"
  echo "fuzz: $t for ${secs}s"
  nice -n 19 cargo +nightly fuzz run "$t" "$root/fuzz/target/corpus/$t" "$root/fuzz/seeds/$t" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1
done
