// Installs what the build and tests need, idempotently: npm packages (the link-preview test's
// apart), the wasm target, the wasm-bindgen CLI at the version Cargo.lock pins, and (with
// --browser) Debian's Chromium.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, opts = {}) => execSync(cmd, { stdio: 'inherit', cwd: root, ...opts });
const quiet = cmd => spawnSync(cmd, { shell: true, cwd: root, encoding: 'utf8' });
const step = msg => console.log(`setup: ${msg}`);

if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  step('installing npm packages');
  run('npm ci --no-audit --no-fund');
}
// The metadata parser of tests/link-previews.test.mjs, apart (its package.json says why).
if (!existsSync(join(root, 'tests', 'link-previews', 'node_modules', '.package-lock.json'))) {
  step('installing the link-preview test\'s metadata parser (tests/link-previews/)');
  run('npm ci --ignore-scripts --no-audit --no-fund --loglevel=error', { cwd: join(root, 'tests', 'link-previews') });
}
if (!quiet('rustup target list --installed').stdout.includes('wasm32-unknown-unknown')) {
  step('adding the wasm32 target');
  run('rustup target add wasm32-unknown-unknown');
}
if (!existsSync(join(root, 'Cargo.lock'))) run('cargo generate-lockfile');
const lock = readFileSync(join(root, 'Cargo.lock'), 'utf8');
const want = /name = "wasm-bindgen"\nversion = "([^"]+)"/.exec(lock)[1];
const have = quiet('wasm-bindgen --version').stdout || '';
if (!have.includes(want)) {
  step(`installing wasm-bindgen-cli ${want} (a few minutes, once)`);
  // No --locked: the registry here lacks some of the CLI's locked dependency versions.
  run(`cargo install wasm-bindgen-cli --version ${want}`);
}
if (process.argv.includes('--browser') && !existsSync('/usr/bin/chromium')) {
  if (process.getuid && process.getuid() === 0) {
    step('installing Chromium and ChromeDriver from Debian');
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver');
  } else {
    console.error('setup: Chromium is missing: install the Debian packages chromium and chromium-driver');
    process.exit(1);
  }
}
