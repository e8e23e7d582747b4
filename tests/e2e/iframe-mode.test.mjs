// The loader's mode="iframe": the embed becomes an iframe of the article's page, from another
// origin (a CDN), sized by that page's own height messages over a MessageChannel, as its content
// and its width and text size change; links open in the top window or a new tab, never in the
// frame; the last height is reserved on the next visit; and messages from any
// other window or frame, on the channel or on `window`, change nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, launch, openPage, waitForEvent, until, tool } from './harness.mjs';

const SLUG = 'eu-kazakhstan-closer-ties';
const published = mkdtempSync(join(tmpdir(), 'article-embed-iframe-'));
let host, cdn, browser;

/** A host page on one origin, the loader and the frame's page on the CDN's. */
const hostPage = embedAttrs => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script async src="${cdn.origin}/dist/loader.js"></script></head>
<body style="margin:0"><main id="main" style="width:900px">
<article-embed id="e" mode="iframe" ${embedAttrs}><a href="https://www.eureporter.co/a">EU and Kazakhstan aim to create "ever closer" ties</a></article-embed>
<p id="after">After the embed.</p>
<iframe id="sibling" src="/test/sibling.html" style="width:10px;height:10px"></iframe>
</main></body></html>`;

before(async () => {
  cdn = await startSite({ extraMounts: [['/pub/', published]] });
  const html = (res, body) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(body); };
  host = await startSite({
    extraRoutes: {
      '/test/iframe-widget.html': (req, res) => html(res, hostPage(`src="${cdn.origin}/articles/${SLUG}/article.json" lang="da"`)),
      '/test/iframe-published.html': (req, res) => html(res, hostPage(`src="${cdn.origin}/pub/article.json" embed="${cdn.origin}/pub/embed/en.html"`)),
      '/test/iframe-missing.html': (req, res) => html(res, hostPage(`src="${cdn.origin}/articles/no-such-article/article.json"`)),
      '/test/iframe-one-tag.html': (req, res) => html(res, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One tag</title></head>
<body><main><script async src="${cdn.origin}/dist/loader.js" data-article="${cdn.origin}/pub/article.json" data-mode="iframe"
  data-embed="${cdn.origin}/pub/embed/da.html"></script></main></body></html>`),
      '/test/sibling.html': (req, res) => html(res, '<!doctype html><title>sibling</title>'),
    },
  });
  tool.publish(SLUG, published, `${cdn.origin}/pub/`);
  browser = await launch();
});
after(async () => {
  await browser?.close(); await host?.close(); await cdn?.close();
  rmSync(published, { recursive: true, force: true });
});

const frameOf = async p => (await p.page.locator('#e iframe').elementHandle()).contentFrame();
/** The iframe's height on the host page, and its document's height inside. */
const heights = async p => {
  const outer = await p.page.locator('#e iframe').evaluate(f => f.getBoundingClientRect().height);
  const inner = await (await frameOf(p)).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { outer, inner };
};
/** Waits until the iframe is as tall as its document (within 1 px), and returns that height. */
const sized = async (p, { not } = {}) => {
  const end = Date.now() + 15000;
  for (;;) {
    const h = await heights(p);
    if (Math.abs(h.outer - h.inner) <= 1 && h.outer !== not) return h.outer;
    if (Date.now() > end) throw new Error(`not sized: ${JSON.stringify(h)}`);
    await new Promise(r => setTimeout(r, 100));
  }
};

test('the widget page in an iframe from the CDN sizes itself as its content and its width change', async () => {
  const p = await openPage(browser, `${host.origin}/test/iframe-widget.html`);
  try {
    await waitForEvent(p.page, 'mounted', { id: 'e', detail: { mode: 'iframe' } });
    const f = p.page.locator('#e iframe');
    const src = new URL(await f.getAttribute('src'));
    assert.equal(src.origin + src.pathname, `${cdn.origin}/dist/embed.html`);
    assert.equal(src.searchParams.get('article'), `${cdn.origin}/articles/${SLUG}/article.json`);
    assert.equal(src.searchParams.get('lang'), 'da');
    assert.equal(await f.getAttribute('title'), 'EU and Kazakhstan aim to create "ever closer" ties');
    assert.match(await f.getAttribute('sandbox'), /^(?=.*allow-scripts)(?=.*allow-popups)(?=.*allow-top-navigation-by-user-activation)(?!.*allow-top-navigation )/);
    assert.equal(await f.getAttribute('referrerpolicy'), 'strict-origin-when-cross-origin');
    // The widget in the frame shows the article; the iframe is its height.
    const frame = await frameOf(p);
    await frame.waitForFunction(() => document.querySelector('article-embed')?.getAttribute('data-state') === 'mounted');
    const wide = await sized(p);
    assert.ok(wide > 1500, `a whole article: ${wide}`);
    // Content: 400 px more inside the frame.
    await frame.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div id="more" style="height:400px"></div>'));
    const longer = await sized(p, { not: wide });
    assert.ok(Math.abs(longer - wide - 400) <= 1, `${wide} + 400 → ${longer}`);
    // Width: a narrow column makes the text taller, and the frame follows.
    await p.page.evaluate(() => { document.getElementById('main').style.width = '340px'; });
    const narrow = await sized(p, { not: longer });
    assert.ok(narrow > longer + 300, `340 px wide: ${narrow} against ${longer}`);
    // Nothing on the host page jumped: the paragraph after the embed sits right under it.
    const gap = await p.page.evaluate(() => document.getElementById('after').getBoundingClientRect().top
      - document.getElementById('e').getBoundingClientRect().bottom);
    assert.ok(gap >= 0 && gap < 40, `gap ${gap}`);
    assert.deepEqual(p.pageErrors, []);
    // The host page's console warns of nothing about our frame (no unknown feature, no sandbox warning).
    assert.deepEqual(p.consoleMessages.filter(m => m.type === 'warning').map(m => m.text), []);
  } finally {
    await p.context.close();
  }
});

test('the published embed page in an iframe: text zoom followed, links never open in the frame, its height reserved on the next visit', async () => {
  const p = await openPage(browser, `${host.origin}/test/iframe-published.html`);
  try {
    await waitForEvent(p.page, 'mounted', { id: 'e', detail: { mode: 'iframe', lang: 'en' } });
    assert.equal(await p.page.locator('#e iframe').getAttribute('src'), `${cdn.origin}/pub/embed/en.html`);
    const h = await sized(p);
    assert.ok(h > 1500, `a whole article: ${h}`);
    // Bigger text (the reader's default font size, as the browser's text setting makes it; the
    // widget sizes itself from it, not from a page's root): taller, and followed.
    const frame = await frameOf(p);
    const cdp = await p.context.newCDPSession(p.page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 20 } });
    const zoomed = await sized(p, { not: h });
    assert.ok(zoomed > h * 1.2, `${h} → ${zoomed}`);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
    assert.equal(await sized(p, { not: zoomed }), h);
    // Links never open inside the frame: the article's links in a new tab, the others in the
    // top window (the reader's click is the user activation the sandbox asks for).
    await p.context.route('https://www.eeas.europa.eu/**', r => r.fulfill({ contentType: 'text/html', body: 'EEAS' }));
    await p.context.route('https://www.eureporter.co/**', r => r.fulfill({ contentType: 'text/html', body: 'EU Reporter' }));
    const [tab] = await Promise.all([p.context.waitForEvent('page'),
      frame.locator('.ae-body a[href^="https://www.eeas.europa.eu"]').first().click()]);
    await tab.waitForLoadState();
    assert.equal(tab.url(), 'https://www.eeas.europa.eu/');
    await tab.close();
    assert.equal(frame.url(), `${cdn.origin}/pub/embed/en.html`);
    await frame.locator('.ae-lang-btn').click();
    await Promise.all([p.page.waitForURL(/^https:\/\/www\.eureporter\.co\//),
      frame.locator('a[data-lang="da"]').click()]);
    await p.page.goBack();
    // Next visit, with a frame that never answers: the iframe keeps the last height it had.
    await p.page.route(`${cdn.origin}/pub/embed/en.html`, route => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>silent</title>' }));
    await p.page.reload();
    // The silent document has loaded and the host has handed it its port (the frame's load
    // handler, where an answer would be listened for, has run).
    await p.page.locator('#e iframe').waitFor({ state: 'attached' });
    await p.page.waitForFunction(() => document.querySelector('#e').shadowRoot.querySelector('iframe').port);
    assert.equal(await (await frameOf(p)).title(), 'silent');
    const kept = await p.page.locator('#e iframe').evaluate(f => f.getBoundingClientRect().height);
    assert.equal(kept, h);
  } finally {
    await p.context.close();
  }
});

test('a message from another window or frame, on the channel or on window, changes nothing', async () => {
  const p = await openPage(browser, `${host.origin}/test/iframe-published.html`);
  try {
    await waitForEvent(p.page, 'mounted', { id: 'e', detail: { mode: 'iframe' } });
    const h = await sized(p);
    const fake = { ns: 'article-embed', v: 1, type: 'height', value: 5 };
    // On window: from the sibling frame, from the host page itself, and as WordPress's protocol.
    const sibling = p.page.frame({ url: /sibling\.html/ });
    await sibling.evaluate(m => {
      parent.postMessage(m, '*');
      parent.postMessage({ message: 'height', value: 5, secret: 'x' }, '*');
    }, fake);
    await p.page.evaluate(m => postMessage(m, '*'), fake);
    // A rogue port handed to the frame, by the sibling and then by the parent itself (a second
    // one): the frame takes neither, so neither hears anything.
    await sibling.evaluate(() => {
      const ch = new MessageChannel();
      window.__heard = [];
      ch.port1.onmessage = e => window.__heard.push(e.data);
      const f = parent.document.querySelector('#e').shadowRoot.querySelector('iframe');
      f.contentWindow.postMessage({ ns: 'article-embed', v: 1, type: 'port' }, '*', [ch.port2]);
    });
    await p.page.evaluate(() => {
      const ch = new MessageChannel();
      window.__heard = [];
      ch.port1.onmessage = e => window.__heard.push(e.data);
      document.querySelector('#e').shadowRoot.querySelector('iframe').contentWindow.postMessage({ ns: 'article-embed', v: 1, type: 'port' }, '*', [ch.port2]);
    });
    // Then the content changes: the real channel still sizes the frame, the rogue ones hear nothing.
    await (await frameOf(p)).evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div style="height:250px"></div>'));
    const after = await sized(p, { not: h });
    assert.ok(Math.abs(after - h - 250) <= 1, `${h} + 250 → ${after}`);
    assert.deepEqual(await sibling.evaluate(() => window.__heard), []);
    assert.deepEqual(await p.page.evaluate(() => window.__heard), []);
  } finally {
    await p.context.close();
  }
});

test("the page's own widget says on the embed whether it shows the article: an error comes through", async () => {
  const p = await openPage(browser, `${host.origin}/test/iframe-missing.html`);
  try {
    await waitForEvent(p.page, 'error', { id: 'e', detail: { kind: 'not-found', mode: 'iframe' } });
    assert.equal(await p.page.locator('#e').getAttribute('data-state'), 'error');
    assert.equal((await p.page.evaluate(() => window.__events)).filter(e => e.name === 'mounted').length, 0);
    // The frame shows the widget's error message and link, sized like anything else.
    assert.ok((await sized(p)) > 0);
  } finally {
    await p.context.close();
  }
});

test('the one-tag form takes data-mode="iframe" and data-embed too', async () => {
  const p = await openPage(browser, `${host.origin}/test/iframe-one-tag.html`);
  try {
    await waitForEvent(p.page, 'mounted', { detail: { mode: 'iframe', lang: 'da' } });
    const f = p.page.locator('article-embed iframe');
    assert.equal(await f.getAttribute('src'), `${cdn.origin}/pub/embed/da.html`);
    const frame = await (await f.elementHandle()).contentFrame();
    await until(async () => {
      const outer = await f.evaluate(el => el.getBoundingClientRect().height);
      const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      return inner > 1500 && Math.abs(outer - inner) <= 1;
    });
  } finally {
    await p.context.close();
  }
});
