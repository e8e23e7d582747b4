// A prerendered snippet (`article-embed render`) with the loader on the page: the shell hydrates
// the declarative shadow root in place. The article's nodes are the same before and after, nothing
// moves, focus and scroll stay, no wasm is asked for before the reader moves towards the widget or
// the page is idle; then switching language, sharing and consent work; and when the document
// cannot be had, the prerendered article stays.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launch, openPage, tool, Widget, waitForEvent, stillWorks, crashes, events, until } from './harness.mjs';

const FOLDER = 'eu-kazakhstan-closer-ties';
let site, browser, snippet;

/** A host page: the snippet, the loader (async, as the README gives it), and maybe an image that never loads. */
const host = (body, { hang = false, sync = false } = {}) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Hydration</title><script ${sync ? '' : 'async '}src="/dist/loader.js"></script></head><body><main><h1>A host page</h1>
${body}${hang ? '<img src="/__test/hang" alt="">' : ''}<p>After the embed.</p></main></body></html>`;

before(async () => {
  site = await startSite({
    extraRoutes: {
      '/test/hydrate.html': (req, res, url) => {
        const missing = url.searchParams.has('missing');
        let body = missing ? snippet.replace(/src="[^"]*article\.json"/, `src="${site.origin}/articles/gone/article.json"`) : snippet;
        // The host gives the embed an ad creative the publisher's tool did not know of.
        if (url.searchParams.has('ad')) body = body.replace('<article-embed ', '<article-embed ad-src="/ads/creative.html" ');
        // A page whose policy blocks WebAssembly (no 'wasm-unsafe-eval'); inline styles allowed for the snippet's.
        const csp = url.searchParams.has('csp') ? { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'" } : {};
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...csp });
        res.end(host(body, { hang: url.searchParams.has('hang'), sync: url.searchParams.has('sync') }));
      },
    },
  });
  snippet = tool.render(FOLDER, 'da', `${site.origin}/articles/${FOLDER}/`);
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); });

/** Before any script of ours runs: keep the article's nodes, and count every layout shift. */
function watch(page) {
  return page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      const r = document.querySelector('article-embed').shadowRoot;
      window.__nodes = ['article.ae', '#ae-title', '.ae-body > p', '.ae-figure img', '.ae-share a'].map(s => r.querySelector(s));
    });
  });
}

const timing = page => page.evaluate(() => {
  const wasm = performance.getEntriesByType('resource').find(e => /\.wasm$/.test(e.name));
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return { wasm: wasm?.startTime ?? null, load: nav.loadEventEnd, paint: paint?.startTime ?? null };
});

// The loader async (it may run after the snippet is parsed) and blocking in the head (it runs before).
for (const query of ['', 'sync']) test(`hydration keeps the prerendered nodes: no re-render, no shift, no wasm before idle; then language, share and consent work${query ? ' (the loader runs before the snippet is parsed)' : ''}`, async () => {
  const p = await openPage(browser, null);
  await watch(p.page);
  await p.page.goto(`${site.origin}/test/hydrate.html?${query}`);
  const w = new Widget(p.page, 'article-embed');
  await waitForEvent(p.page, 'mounted', { detail: { lang: 'da' } });
  const t = await timing(p.page);
  assert.ok(t.wasm != null, 'the wasm was fetched once the page was idle');
  assert.ok(t.paint != null && t.paint < t.wasm, `the article painted (${t.paint} ms) before the wasm was asked for (${t.wasm} ms)`);
  assert.ok(t.wasm >= t.load, `no wasm before the load event (${t.load} ms): asked for at ${t.wasm} ms`);
  const kept = await p.page.evaluate(() => {
    const r = document.querySelector('article-embed').shadowRoot;
    return {
      same: window.__nodes.map(n => !!n && n.isConnected && r.contains(n)),
      shift: window.__shift, scrollY, active: document.activeElement.tagName,
      state: document.querySelector('article-embed').getAttribute('data-state'),
    };
  });
  assert.deepEqual(kept.same, [true, true, true, true, true], 'the article, headline, first paragraph, image and share link are the nodes the snippet painted');
  assert.equal(kept.shift, 0, 'nothing moved');
  assert.equal(kept.scrollY, 0, 'scroll untouched');
  assert.equal(kept.active, 'BODY', 'focus untouched');
  assert.equal(kept.state, 'mounted');
  assert.equal(p.requests.filter(u => /\.wasm$/.test(u)).length, 1, 'one wasm request');

  // The language links of the prerendered disclosure now switch in place: no navigation.
  const url = p.page.url();
  await w.switchTo('en');
  await waitForEvent(p.page, 'language', { detail: { lang: 'en' } });
  assert.equal(p.page.url(), url, 'switched in place, not by following the link');
  assert.equal(await w.focused().then(f => f?.className), 'ae-lang-btn', 'focus back on the language button');
  // Now rendered by the wasm: the controls that need script are there and work.
  await stillWorks(w, 'ar');
  await p.page.evaluate(() => ArticleEmbed.consent({ advertising: false }));
  await waitForEvent(p.page, 'consent', { detail: { source: 'host' } });
  assert.deepEqual(p.pageErrors, []);
  assert.deepEqual(crashes(p), []);
  await p.context.close();
});

test('an embed with an ad creative is rendered again when hydrated: the banner asks first, no ad frame before consent', async () => {
  const p = await openPage(browser, `${site.origin}/test/hydrate.html?ad`);
  const w = new Widget(p.page, 'article-embed');
  await waitForEvent(p.page, 'mounted', { detail: { lang: 'da' } });
  await w.banner().waitFor();
  assert.equal(await w.adFrames().count(), 0, 'no ad frame before consent');
  assert.equal(p.requests.filter(u => u.includes('/ads/')).length, 0, 'nothing asked of the ad partner');
  await w.consentButton('accept').click();
  await w.adFrames().first().waitFor();
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});

test('a hydrated snippet moved in the page, or unmounted and mounted again, keeps its article and its nodes', async () => {
  const p = await openPage(browser, null);
  await watch(p.page);
  await p.page.goto(`${site.origin}/test/hydrate.html`);
  await waitForEvent(p.page, 'mounted', { detail: { lang: 'da' } });
  const kept = () => p.page.evaluate(() => window.__nodes.every(n => n.isConnected));
  await p.page.evaluate(() => ArticleEmbed.unmount(document.querySelector('article-embed')));
  assert.ok(await kept(), 'unmounted, the prerendered article is still there');
  await p.page.evaluate(() => ArticleEmbed.mount(document.querySelector('article-embed')));
  await waitForEvent(p.page, 'mounted', { detail: { lang: 'da' }, count: 2 });
  assert.ok(await kept(), 'mounted again: hydrated again, not rebuilt');
  // Moved (an app's re-render): disconnected, connected again, hydrated again on idle.
  await p.page.evaluate(() => document.querySelector('main').append(document.querySelector('article-embed')));
  await waitForEvent(p.page, 'mounted', { detail: { lang: 'da' }, count: 3 });
  assert.ok(await kept(), 'moved: the same nodes');
  const w = new Widget(p.page, 'article-embed');
  await w.switchTo('en');
  await waitForEvent(p.page, 'language', { detail: { lang: 'en' } });
  assert.deepEqual(p.pageErrors, []);
  assert.deepEqual(crashes(p), []);
  await p.context.close();
});

test('the reader moving towards the widget wakes it before the page is idle', async () => {
  // An image that never loads keeps the load event (and so the idle wake) from coming.
  const p = await openPage(browser, null);
  await p.page.goto(`${site.origin}/test/hydrate.html?hang`, { waitUntil: 'domcontentloaded' });
  // The loader has run and taken the snippet. Then two idle periods and two frames: whatever
  // its wake could start without the reader (an idle callback, and in it the queue's drain in
  // another, or its IntersectionObserver at a frame) has run, the wasm's request included. A
  // request of the test's own, made after that, is then seen after any the page made before.
  await p.page.waitForFunction(() => window.ArticleEmbed);
  await p.page.evaluate(async () => {
    for (let i = 0; i < 2; i++) {
      await new Promise(r => requestIdleCallback(r));
      await new Promise(r => requestAnimationFrame(r));
    }
    fetch('/__test/after-idle').catch(() => {});
  });
  await until(() => p.requests.some(u => u.endsWith('/__test/after-idle')));
  assert.equal(p.requests.filter(u => /\.wasm$/.test(u)).length, 0, 'no wasm while the reader has not come near');
  const w = new Widget(p.page, 'article-embed');
  await w.inShadow('#ae-title').hover();
  await waitForEvent(p.page, 'mounted', { detail: { lang: 'da' } });
  assert.equal(p.requests.filter(u => /\.wasm$/.test(u)).length, 1);
  await w.switchTo('sw');
  await waitForEvent(p.page, 'language', { detail: { lang: 'sw' } });
  await p.context.close();
});

for (const [why, query, kind] of [['the document cannot be had', 'missing', 'not-found'], ['the page blocks WebAssembly', 'csp', 'load']]) test(`when ${why}, the prerendered article stays; one warning and an error event`, async () => {
  const p = await openPage(browser, null);
  await watch(p.page);
  await p.page.goto(`${site.origin}/test/hydrate.html?${query}`);
  await waitForEvent(p.page, 'error', { detail: { kind } });
  const left = await p.page.evaluate(() => ({
    same: window.__nodes.every(n => n.isConnected), shift: window.__shift,
    title: document.querySelector('article-embed').shadowRoot.querySelector('#ae-title')?.textContent,
  }));
  assert.ok(left.same, 'the prerendered nodes are still there');
  assert.ok(left.title?.length > 10, 'the headline is still shown');
  assert.equal(left.shift, 0);
  assert.equal((await events(p.page)).filter(e => e.name === 'error').length, 1);
  assert.equal(p.consoleMessages.filter(m => m.type === 'warning' && /article-embed/.test(m.text)).length, 1, 'one warning');
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});
