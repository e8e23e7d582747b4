// The README's one-line host rule reserves each embed's `height` before any script has run, so
// the page does not shift when the article arrives; its CSP hash in the README is the right one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, launch, openPage, root, Widget } from './harness.mjs';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const RULE = readme.match(/<style>(article-embed\{[^<]*)<\/style>/)?.[1];
const HASH = readme.match(/style-src '(sha256-[^']+)'/)?.[1];

const page = loader => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>${RULE}</style>
${loader ? '<script async src="/dist/loader.js"></script>' : ''}
</head><body><h1>Host</h1><p>Above the embed.</p>
<article-embed src="/articles/eu-kazakhstan-closer-ties/article.json" lang="da" height="1800"><a href="https://example.org/a">The article</a></article-embed>
<p id="below">Below the embed.</p>${'<p>More of the host page.</p>'.repeat(20)}</body></html>`;
const CSP = () => `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' '${HASH}'`;
const send = body => (req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP() });
  res.end(body);
};

let site, browser;
before(async () => {
  site = await startSite({ extraRoutes: { '/__test/rule-only': send(page(false)), '/__test/rule-loader': send(page(true)) } });
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); });

test('the README gives the rule and its hash, and the hash is the rule\'s', () => {
  assert.ok(RULE, 'a <style> rule for article-embed in the README');
  assert.equal(HASH, 'sha256-' + createHash('sha256').update(RULE).digest('base64'));
});

test('without any script, the rule reserves the declared height under the README\'s CSP', async () => {
  const p = await openPage(browser, site.origin + '/__test/rule-only');
  const h = await p.page.evaluate(() => document.querySelector('article-embed').getBoundingClientRect().height);
  assert.equal(h, 1800);
  assert.deepEqual(p.consoleMessages.filter(m => /Content Security Policy/.test(m.text)), []);
  await p.context?.close?.();
});

test('with the loader, nothing on the page shifts while the article arrives', async () => {
  const p = await openPage(browser, site.origin + '/__test/rule-loader');
  await p.page.evaluate(() => {
    window.__shifts = [];
    new PerformanceObserver(l => window.__shifts.push(...l.getEntries().map(e => e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  const w = new Widget(p.page, 'article-embed');
  assert.equal(await w.settled(), 'mounted');
  await p.page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.deepEqual(await p.page.evaluate(() => window.__shifts), []);
  assert.equal(await p.page.evaluate(() => document.querySelector('article-embed').getBoundingClientRect().height >= 1800), true);
});
