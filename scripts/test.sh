#!/usr/bin/env bash
# npm test: installs what is missing, then every check: format, lints, the API docs, native
# tests, wasm tests in headless Chromium, the build, size budgets, the importer against a real
# WordPress, end-to-end tests in Chromium, and the cross-engine tests in Chromium, Firefox ESR
# and WebKitGTK (ENGINES=firefox bash scripts/test.sh for one), a WebKit webview and an old WebKit.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }

step "setup"
node scripts/setup.mjs --browser --engines

step "cargo fmt --check"
cargo fmt --check

step "clippy (native and wasm32), warnings are errors"
cargo clippy --all-targets -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings

step "cargo doc, warnings are errors (broken or stale intra-doc links)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps

step "native tests"
cargo test

step "wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=60 \
  cargo test --target wasm32-unknown-unknown --test wasm

step "build dist/"
node scripts/build.mjs

step "size budgets"
# Its last line says whether the budgets hold: without "budgets: ok" (the check did not run, or
# said nothing), the step fails.
budgets=$(node scripts/budgets.mjs) || { printf '%s\n' "$budgets"; exit 1; }
printf '%s\n' "$budgets"
[[ $(tail -n 1 <<<"$budgets") == "budgets: ok "* ]] || { echo 'size budgets: no "budgets: ok" line' >&2; exit 1; }

step "dist/: fixed names only where hosts write them, content hashes elsewhere"
node --test tests/dist.test.mjs

step "the JSON Schema against the fixtures (ajv)"
node --test tests/schema.test.mjs

step "the importer against a real WordPress (MariaDB + PHP's server, stopped afterwards)"
bash scripts/wordpress/test.sh

step "the test server's compression (node --test)"
node --test tests/server.test.mjs

step "dist/article-embed.d.ts: a TypeScript page type-checks, its lists match the code"
node --test tests/types.test.mjs

step "the npm package: npm pack, imported in Node, its types, a Vite app from it in Chromium (node --test)"
node --test tests/package.test.mjs

step "link previews: every published page read back by a metadata parser, metascraper (node --test)"
node --test tests/link-previews.test.mjs

step "language negotiation: the glue's guess against the table the shell's choice passes (node --test)"
node --test tests/lang-negotiation.test.mjs

step "end-to-end tests (node --test, playwright-core, system Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "cross-engine tests: ${ENGINES:-chromium,firefox,webkit}, the WebKit webview bridge, an old WebKit (node --test)"
node --test --test-concurrency=1 tests/engines/
