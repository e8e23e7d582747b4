// Installs what the build and tests need, idempotently: npm packages (the link-preview test's
// apart), the wasm target, the wasm-bindgen CLI at the version Cargo.lock pins, with --browser
// Debian's Chromium, and with --engines the other engines the cross-engine tests and the bench
// run in (Debian's Firefox ESR, WebKitGTK's WebDriver and MiniBrowser under Xvfb, a WebKit
// webview app's Python bindings, and WPE WebKit 2.38 with cog, an old engine).
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, opts = {}) => execSync(cmd, { stdio: 'inherit', cwd: root, ...opts });
const quiet = cmd => spawnSync(cmd, { shell: true, cwd: root, encoding: 'utf8' });
const step = msg => console.log(`setup: ${msg}`);

// Installed, and each devDependency there (a checkout that had node_modules before a package
// was added installs again).
const devDependencies = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies || {});
if (!existsSync(join(root, 'node_modules', '.package-lock.json'))
  || devDependencies.some(d => !existsSync(join(root, 'node_modules', d, 'package.json')))) {
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
/** Installs the Debian `packages` not installed yet (as root; else says which are missing). */
function debian(what, packages, options = '') {
  const missing = packages.filter(p => !/^install ok installed$/m.test(quiet(`dpkg-query -W -f='\${Status}\n' ${p}`).stdout || ''));
  if (!missing.length) return;
  if (process.getuid && process.getuid() === 0) {
    step(`installing ${what} from Debian: ${missing.join(' ')}`);
    run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${options} ${missing.join(' ')}`);
  } else {
    console.error(`setup: ${what} missing: install the Debian packages ${missing.join(' ')}`);
    process.exit(1);
  }
}
if (process.argv.includes('--browser')) debian('Chromium and ChromeDriver', ['chromium', 'chromium-driver']);
if (process.argv.includes('--engines')) {
  debian('Firefox ESR, WebKitGTK (WebDriver, MiniBrowser, Xvfb), a WebKit webview and WPE WebKit', [
    'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth', 'python3-gi', 'gir1.2-webkit2-4.1', 'wpewebkit-driver', 'cog',
  ], '--no-install-recommends');
}
