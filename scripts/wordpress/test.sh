#!/usr/bin/env bash
# The importer against a real WordPress (npm test's WordPress step): brings the test site up,
# runs tests/wordpress/*.test.mjs and the breadth corpus (tests/wordpress_corpus.rs) against
# it, and stops whatever it started, even on failure.
# Where WordPress cannot be installed (not root) it says so in one line and succeeds, so the
# rest of the suite still runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$(date +%s)
log=$(mktemp)
trap 'rm -f "$log"; bash scripts/wordpress/down.sh' EXIT
set +e
base=$(bash scripts/wordpress/up.sh 2>"$log" | tail -n 1)
status=$?
set -e
if [[ $status == 3 ]]; then
  echo "wordpress: SKIPPED the live importer test: $(tail -n 1 "$log" | sed 's/^wordpress: //')"
  exit 0
fi
cat "$log" >&2
[[ $status == 0 ]] || { echo "wordpress: the test site did not come up (status $status)" >&2; exit "$status"; }
setup=$(( $(date +%s) - started ))
cargo build --quiet --bin article-embed
WP_BASE="$base" ARTICLE_EMBED_BIN="target/debug/article-embed" node --test --test-concurrency=1 tests/wordpress/
# Breadth: WordPress's own block patterns and the site's posts, imported and rendered
# (tests/wordpress_corpus.rs); prints the figures, or everything when it fails.
corpus=$(mktemp)
if ! WP_BASE="$base" cargo test --quiet --test wordpress_corpus -- --ignored --nocapture >"$corpus" 2>&1; then
  cat "$corpus" >&2; rm -f "$corpus"; exit 1
fi
grep -E '^corpus: ([0-9]+ posts|parts|share|refused)' "$corpus"; rm -f "$corpus"
echo "wordpress: setup ${setup} s, whole step $(( $(date +%s) - started )) s"
