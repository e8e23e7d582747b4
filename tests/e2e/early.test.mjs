// The first render's requests start before the wasm has arrived: the article (the loader), the
// UI catalogue and the chosen language's file (the glue's `early`, src/shell/requests.js), and
// the shell then reads those very requests: each file is fetched once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, launch, openPage, root, Widget, until } from './harness.mjs';

const manifest = JSON.parse(readFileSync(join(root, 'dist', 'manifest.json'), 'utf8'));
const WASM = '/dist/' + manifest.wasm;
let release;
const held = new Promise(r => { release = r; });

let site, browser, p;
before(async () => {
  site = await startSite({
    extraRoutes: {
      // The wasm is held back until the test lets it go.
      [WASM]: async (req, res) => {
        await held;
        res.writeHead(200, { 'content-type': 'application/wasm' });
        res.end(readFileSync(join(root, 'dist', manifest.wasm)));
      },
    },
  });
  browser = await launch();
  p = await openPage(browser, site.origin + '/');
});
after(async () => { release(); await browser?.close(); await site?.close(); });

const DA = [
  '/articles/eu-kazakhstan-closer-ties/article.json',
  '/articles/eu-kazakhstan-closer-ties/da.json',
  `/dist/${manifest.i18n}da.json`,
];

test('while the wasm is still on its way, the article, its Danish file and the Danish UI catalogue are requested', async () => {
  await until(() => DA.every(u => site.log.includes(u)), { timeout: 10000 }).catch(() => {});
  assert.deepEqual(DA.filter(u => !site.log.includes(u)), [], 'requested before the wasm arrived');
  assert.ok(site.log.includes(WASM), 'the wasm was asked for');
  assert.equal(await p.page.evaluate(() => document.querySelector('article-embed').shadowRoot), null, 'nothing mounted yet');
});

test('once the wasm arrives, the widget shows Danish, and each of those files was fetched once', async () => {
  release();
  const w = new Widget(p.page, 'article-embed[src*="closer-ties"]');
  assert.equal(await w.settled(), 'mounted');
  assert.equal(await w.articleLang(), 'da');
  for (const u of DA) assert.equal(site.log.filter(x => x === u).length, 1, `${u} requested once`);
  assert.deepEqual(p.consoleMessages.filter(m => m.type === 'error' || m.type === 'warning'), []);
  assert.deepEqual(p.pageErrors, []);
});
