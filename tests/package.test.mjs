// The npm package as a framework user gets it: `npm pack` at the repository's root (its prepack
// builds dist/ and esm/), the tarball installed into an app of its own (offline: the package
// has no dependencies), then
// - imported in Node, as server-side rendering does: nothing thrown, nothing defined, and the
//   API rejects rather than touch a document;
// - type-checked: a TypeScript module importing it (tests/package/check.ts) compiles, and its
//   wrong uses are refused;
// - built by a real bundler (Vite, pinned in package.json) into a page that Chromium opens under
//   a strict Content-Security-Policy: the element renders an article and the named export mounts
//   another, with the wasm, glue, stylesheet and catalogues fetched from the bundle's own output.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../scripts/server.mjs';
import { launch, openPage, root } from './e2e/harness.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'article-embed-package-'));
const app = join(scratch, 'app');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let tarball, server, origin, browser;
const log = [];

before(async () => {
  // npm pack prints the tarball's name last.
  const packed = run('npm', ['pack', '--pack-destination', scratch, '--no-audit', '--no-fund'], root).trim().split('\n').pop();
  tarball = join(scratch, packed);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], app);
  for (const f of ['index.html', 'main.js', 'check.ts']) cpSync(join(root, 'tests', 'package', f), join(app, f));
  run(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', app, '--logLevel', 'warn'], app);
  server = await serve({
    log,
    // The browser's own request, which the app does not serve.
    routes: { '/favicon.ico': (req, res) => { res.writeHead(204); res.end(); } },
    mounts: [['/', join(app, 'dist')], ['/articles/', join(root, 'www', 'articles')]],
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" },
  });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise(r => server ? (server.closeAllConnections(), server.close(r)) : r());
  rmSync(scratch, { recursive: true, force: true });
});

test('the tarball holds the module, the files it names, the CDN build, the types, both licences and the changelog', () => {
  const files = run('tar', ['-tzf', tarball]).split('\n').filter(Boolean);
  const has = f => assert.ok(files.includes(`package/${f}`), `${f} in the tarball`);
  for (const f of ['esm/index.js', 'esm/loader.js', 'esm/catalogues.js', 'esm/article-embed.js', 'esm/article-embed.wasm',
    'esm/article-embed.css', 'esm/iframe-mode.js', 'esm/article-embed.d.ts', 'dist/loader.js', 'dist/embed.html',
    'LICENSE-MIT', 'LICENSE-APACHE', 'CHANGELOG.md', 'README.md', 'package.json']) has(f);
  const ui = readdirSync(join(root, 'locales')).filter(f => f.endsWith('.ftl') && f !== 'en.ftl');
  assert.ok(ui.length > 20, `UI languages found: ${ui.length}`);
  for (const f of ui) has(`esm/i18n/${f.replace('.ftl', '.json')}`);
  const installed = JSON.parse(readFileSync(join(app, 'node_modules', 'article-embed', 'package.json'), 'utf8'));
  assert.deepEqual(installed.exports['.'], { types: './esm/article-embed.d.ts', default: './esm/index.js' });
  assert.equal(installed.license, 'MIT OR Apache-2.0');
});

test("importing it in Node (server-side rendering) throws nothing, defines nothing, and the API rejects", () => {
  // Exactly what a server runs: nothing printed, status 0.
  assert.equal(run(process.execPath, ['-e', "import('article-embed')"], app), '');
  const probe = `
    const before = Object.getOwnPropertyNames(globalThis);
    const m = await import('article-embed');
    const added = Object.getOwnPropertyNames(globalThis).filter(n => !before.includes(n));
    const why = await m.mount({}, { src: '/a.json' }).then(() => 'resolved', e => e.message);
    console.log(JSON.stringify({ added, exports: Object.keys(m).sort(), types: [typeof m.mount, typeof m.unmount, typeof m.consent], why }));`;
  const seen = JSON.parse(run(process.execPath, ['--input-type=module', '-e', probe], app));
  assert.deepEqual(seen.added, [], 'no global defined');
  assert.deepEqual(seen.exports, ['consent', 'mount', 'unmount']);
  assert.deepEqual(seen.types, ['function', 'function', 'function']);
  assert.match(seen.why, /mount\(\) needs a browser's document/);
});

test('a TypeScript module importing the package type-checks against its types, and wrong uses are refused', () => {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const args = [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler',
    '--lib', 'es2022,dom', 'check.ts'];
  try {
    run(process.execPath, args, app);
  } catch (e) {
    assert.fail(`tsc: ${e.stdout}${e.stderr}`);
  }
  // The control: without the package's types the same module does not compile.
  rmSync(join(app, 'node_modules', 'article-embed', 'esm', 'article-embed.d.ts'));
  assert.throws(() => run(process.execPath, args, app), e => /article-embed/.test(e.stdout), 'the types came from the package');
});

test('a Vite app built from the tarball renders articles in Chromium from its own output, under a strict CSP', async t => {
  const p = await openPage(browser, `${origin}/`);
  try {
    await p.page.waitForFunction(() => window.__events.filter(e => e.name === 'mounted').length === 2, null, { timeout: 20000 });
    const shown = await p.page.evaluate(() => ['#declared', '#api'].map(sel => {
      const r = document.querySelector(sel).shadowRoot;
      return { lang: r.querySelector('article.ae').getAttribute('lang'), title: r.querySelector('#ae-title').textContent };
    }));
    assert.equal(shown[0].lang, 'da');
    assert.match(shown[0].title, /EU og Kasakhstan/);
    assert.equal(shown[1].lang, 'sw');
    assert.ok(shown[1].title.length > 10, shown[1].title);
    // Every request went to this origin; the widget's files came from Vite's output (assets/,
    // named by Vite's own hashes), none from a CDN build.
    assert.deepEqual(p.requests.filter(u => !u.startsWith(origin)), [], 'nothing from elsewhere');
    const own = (stem, ext) => p.requests.filter(u => new RegExp(`^${origin}/assets/${stem}-[\\w-]+\\.${ext}$`).test(u));
    const wasm = own('article-embed', 'wasm');
    assert.equal(wasm.length, 1, `the wasm, from the bundle's output: ${p.requests.join(' ')}`);
    t.diagnostic(`wasm fetched from ${wasm[0]}`);
    assert.ok(readdirSync(join(app, 'dist', 'assets')).includes(wasm[0].split('/').pop()), 'a file Vite wrote');
    for (const [stem, ext] of [['article-embed', 'js'], ['article-embed', 'css'], ['da', 'json'], ['sw', 'json']]) {
      assert.equal(own(stem, ext).length, 1, `${stem}.${ext} from the bundle's output`);
    }
    assert.deepEqual(p.requests.filter(u => /\/dist\/|data:/.test(u)), []);
    assert.deepEqual(p.consoleMessages.filter(m => m.type === 'error' || /Content Security Policy/.test(m.text)), []);
    assert.deepEqual(p.pageErrors, []);
  } finally {
    await p.context.close();
  }
});
