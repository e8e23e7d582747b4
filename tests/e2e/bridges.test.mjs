// The app bridges of the frame script (www/frame.js): stand-ins for each app's handler are put
// in every frame before the page loads (iOS WKScriptMessageHandler, Android's
// addWebMessageListener object and an addJavascriptInterface object, React Native's WebView),
// on the widget's page (dist/embed.html) and on a published embed page (no script but the
// frame's). Each bridge gets each event type as a versioned JSON envelope; the page navigates
// nowhere on its own; a child frame's messages never reach the bridge; the app's consent and
// language messages take effect.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, launch, openPage, Widget, waitForEvent, until, tool } from './harness.mjs';

const SLUG = 'eu-kazakhstan-closer-ties';
const published = mkdtempSync(join(tmpdir(), 'article-embed-bridges-'));
let site, browser;

// Each records what the page sends in its own frame's window.__bridge.
const STANDINS = {
  ios: 'window.webkit = { messageHandlers: { articleEmbed: { postMessage: m => window.__bridge.push(m) } } };',
  'android listener': 'window.articleEmbed = { postMessage: m => window.__bridge.push(m), onmessage: null };',
  'android interface': 'window.ArticleEmbedAndroid = { postMessage: m => window.__bridge.push(m) };',
  'react native': 'window.ReactNativeWebView = { postMessage: m => window.__bridge.push(m) };',
};

before(async () => {
  site = await startSite({ extraMounts: [['/pub/', published]] });
  tool.publish(SLUG, published, `${site.origin}/pub/`);
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); rmSync(published, { recursive: true, force: true }); });

const widgetPage = () => `${site.origin}/dist/embed.html?article=${encodeURIComponent(`/articles/${SLUG}/article.json`)}&lang=en&ad-src=${encodeURIComponent('/ads/creative.html')}`;

async function openWith(kind, url) {
  const p = await openPage(browser);
  await p.context.addInitScript({ content: `window.__bridge = []; ${STANDINS[kind]}` });
  const popups = [];
  p.context.on('page', q => popups.push(q.url()));
  await p.page.goto(url);
  return { ...p, popups };
}

/** The envelopes the top frame's bridge got (parsed; each must be one). */
const sent = async (frame, type) => (await frame.evaluate(() => window.__bridge)).map(m => {
  assert.equal(typeof m, 'string', 'a JSON string');
  const e = JSON.parse(m);
  assert.equal(e.ns, 'article-embed');
  assert.equal(e.v, 1);
  return e;
}).filter(e => !type || e.type === type);
// What the page says besides its height (a child frame added to the page changes that).
const said = async frame => (await sent(frame)).filter(e => e.type !== 'height');
const waitSent = (frame, type, match = () => true) => until(async () => (await sent(frame, type)).some(match));

/**
 * A same-origin child frame that carries the frame script, and posts fake envelopes up. Resolves
 * once the top frame has received the child's last message, posted after the fakes: by then the
 * fakes have been dispatched to every listener of the top frame.
 */
async function childFrame(p) {
  await p.page.evaluate(() => {
    window.__childDone = false;
    addEventListener('message', e => { if (e.data === 'test: the child is done') window.__childDone = true; });
  });
  await p.page.evaluate(src => new Promise(r => {
    const f = document.createElement('iframe');
    f.src = src;
    f.onload = r;
    document.body.append(f);
  }), `${site.origin}/pub/embed/da.html`);
  const child = p.page.frames().find(f => f.url().endsWith('/pub/embed/da.html'));
  await child.evaluate(() => {
    const fake = { ns: 'article-embed', v: 1, type: 'share', network: 'x', url: 'https://evil.example/' };
    parent.postMessage(fake, '*');
    parent.postMessage(JSON.stringify(fake), '*');
    parent.postMessage('test: the child is done', '*');
  });
  await p.page.waitForFunction(() => window.__childDone);
  return child;
}

for (const kind of Object.keys(STANDINS)) {
  test(`${kind}: the widget's page sends ready, height, share, language, consent and link, and takes consent and language in`, async () => {
    const p = await openWith(kind, widgetPage());
    try {
      const w = new Widget(p.page, 'article-embed');
      assert.equal(await w.settled(), 'mounted');
      await waitSent(p.page, 'ready');
      await waitSent(p.page, 'height', e => e.value > 1500);
      // Share: the app takes it over (no window opens).
      await w.shareButton('x').click();
      await waitSent(p.page, 'share', e => e.network === 'x' && e.url.startsWith('https://'));
      // Mastodon: the app has it before the widget would ask for a server.
      await w.shareButton('mastodon').click();
      await waitSent(p.page, 'share', e => e.network === 'mastodon' && e.url.startsWith('https://'));
      assert.equal(await w.evalInShadow(r => r.querySelector('#ae-masto-top').hidden), true, 'no field asked');
      // The reader switches language in the widget.
      await w.switchTo('da');
      await waitSent(p.page, 'language', e => e.lang === 'da');
      // Consent from the banner.
      await w.consentButton('accept').click();
      await waitSent(p.page, 'consent', e => e.advertising === true && e.source === 'banner');
      // A link in the article: the app decides, the page stays.
      const before = p.page.url();
      await w.inShadow('.ae-body a[href^="https://www.eeas.europa.eu"]').first().click();
      await waitSent(p.page, 'link', e => e.href === 'https://www.eeas.europa.eu/');
      assert.equal(p.page.url(), before);
      assert.deepEqual(p.popups, []);
      // A child frame (with the frame script, and posting envelopes up) never reaches the bridge.
      const count = (await said(p.page)).length;
      const child = await childFrame(p);
      assert.equal((await said(p.page)).length, count, 'nothing from the child');
      assert.deepEqual(await child.evaluate(() => window.__bridge), [], 'the child frame talks to no app');
      // From the app: language, then consent withdrawn (through the loader's consent path).
      const receive = kind === 'android listener'
        ? m => window.articleEmbed.onmessage({ data: JSON.stringify(m) })
        : m => window.ArticleEmbedFrame.receive(JSON.stringify(m));
      await p.page.evaluate(`(${receive})(${JSON.stringify({ ns: 'article-embed', v: 1, type: 'language', lang: 'sw' })})`);
      await w.waitForLang('sw');
      await waitSent(p.page, 'language', e => e.lang === 'sw');
      await p.page.evaluate(`(${receive})(${JSON.stringify({ ns: 'article-embed', v: 1, type: 'consent', advertising: false })})`);
      await waitForEvent(p.page, 'consent', { detail: { source: 'app', advertising: false } });
      // Not ours, or another version: ignored.
      assert.equal(await p.page.evaluate(() => ArticleEmbedFrame.receive('{"ns":"article-embed","v":2,"type":"language","lang":"ar"}')), false);
      assert.equal(await p.page.evaluate(() => ArticleEmbedFrame.receive('not json')), false);
      assert.deepEqual(p.pageErrors, []);
    } finally {
      await p.context.close();
    }
  });

  test(`${kind}: a published embed page sends ready, height, share, language and link, and goes to the language the app asks for`, async () => {
    const url = `${site.origin}/pub/embed/en.html`;
    const p = await openWith(kind, url);
    try {
      await waitSent(p.page, 'ready', e => e.lang === 'en');
      await waitSent(p.page, 'height', e => e.value > 1500);
      const shadow = css => p.page.locator(`article-embed ${css}`);
      await shadow('a[data-share="facebook"]').first().click();
      await waitSent(p.page, 'share', e => e.network === 'facebook' && e.url.startsWith('https://') && e.href.startsWith('https://www.facebook.com/'));
      await shadow('a[data-share="bluesky"]').first().click();
      await waitSent(p.page, 'share', e => e.network === 'bluesky' && e.url.startsWith('https://') && e.href.startsWith('https://bsky.app/intent/compose?text='));
      await shadow('.ae-lang-btn').click();
      await shadow('a[data-lang="da"]').click();
      await waitSent(p.page, 'language', e => e.lang === 'da');
      await shadow('.ae-body a[href^="https://www.eeas.europa.eu"]').first().click();
      await waitSent(p.page, 'link', e => e.href === 'https://www.eeas.europa.eu/');
      assert.equal(p.page.url(), url, 'the page navigates nowhere by itself');
      assert.deepEqual(p.popups, []);
      const count = (await said(p.page)).length;
      await childFrame(p);
      assert.equal((await said(p.page)).length, count, 'nothing from the child');
      await Promise.all([
        p.page.waitForURL(`${site.origin}/pub/embed/da.html`),
        p.page.evaluate(() => ArticleEmbedFrame.receive({ ns: 'article-embed', v: 1, type: 'language', lang: 'da' })),
      ]);
      await waitSent(p.page, 'ready', e => e.lang === 'da');
      assert.deepEqual(p.pageErrors, []);
    } finally {
      await p.context.close();
    }
  });
}
