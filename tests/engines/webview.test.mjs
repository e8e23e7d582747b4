// The iOS bridge in a real WebKit webview (webview/host.py: WebKitGTK with a script message
// handler named "articleEmbed", WKWebView's page-side API), not a stand-in: the first envelope
// every page kind sends is `ready` with the language the page shows; the live page
// (dist/embed.html) sends height, share, language, consent and link envelopes, as JSON strings of
// versioned envelopes, and navigates nowhere by itself; the app's consent and language go in as
// the README tells an app to send them (`ArticleEmbedFrame.receive(json)` evaluated in the page);
// a child frame, even a copy of our page posting envelopes up, never reaches the app. The
// published embed page goes to the language the app asks for. WebKit only: runs when ENGINES
// includes webkit (the default).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selected } from '../../scripts/engines/engines.mjs';
import { startSite } from './site.mjs';
import { tool } from '../e2e/harness.mjs';
import { startApp } from './webview/app.mjs';

const FOLDER = 'eu-kazakhstan-closer-ties';
const IN = m => `ArticleEmbedFrame.receive(${JSON.stringify(JSON.stringify({ ns: 'article-embed', v: 1, ...m }))}); return true;`;
/** A script run in the page with `r`, the shadow root of the page's embed. */
const inWidget = body => `const r = document.querySelector('article-embed').shadowRoot; ${body}`;

describe('webkit webview', { skip: !selected().includes('webkit') && 'ENGINES leaves out webkit' }, () => {
  let site, app, published;
  before(async () => {
    published = mkdtempSync(join(tmpdir(), 'article-embed-webview-'));
    site = await startSite({ mounts: [['/pub/', published]] });
    tool.publish(FOLDER, published, `${site.origin}/pub/`);
    app = await startApp();
  });
  after(async () => { await app?.close(); await site?.close(); rmSync(published, { recursive: true, force: true }); });

  /** Loads `url` in the webview; returns the envelopes that load brought, from the first. */
  async function open(url) {
    const from = app.messages.length;
    await app.load(url);
    await app.waitFor('ready', () => true, from);
    return from;
  }
  const first = from => app.messages[from]?.envelope;

  const livePage = lang => `${site.origin}/dist/embed.html?article=${encodeURIComponent(`/articles/${FOLDER}/article.json`)}&lang=${lang}&ad-src=${encodeURIComponent('/ads/creative.html')}`;

  test('the first envelope of each page kind is `ready`, with the language the page shows', async () => {
    for (const [url, lang] of [[livePage('da'), 'da'], [livePage('sw'), 'sw'], [`${site.origin}/pub/embed/ar.html`, 'ar'], [`${site.origin}/pub/card/da.html`, 'da']]) {
      const from = await open(url);
      assert.deepEqual(first(from), { ns: 'article-embed', v: 1, type: 'ready', lang }, url);
      assert.equal(typeof app.messages[from].raw, 'string', 'a JSON string');
      if (url.includes('/dist/')) {
        await app.until(inWidget("return r && r.querySelector('article.ae')?.getAttribute('lang');"), 'the widget shown');
        assert.equal(await app.js(inWidget("return r.querySelector('article.ae').getAttribute('lang');")), lang, 'and the page shows it');
      } else {
        assert.equal(await app.js('return document.documentElement.lang;'), lang);
      }
    }
  });

  test('the live page: height, share, language, consent and link out; consent and language in; a child frame stays silent', async () => {
    const from = await open(livePage('en'));
    await app.until(inWidget("return document.querySelector('article-embed').getAttribute('data-state') === 'mounted';"), 'the widget mounted');
    await app.waitFor('height', e => e.value > 1500, from);
    const url = await app.js('return location.href;');
    // A share: the app takes it over (the page opens nothing).
    await app.js(inWidget(`r.querySelector('.ae-share[data-row="top"] [data-share="x"]').click(); return true;`));
    const share = await app.waitFor('share', e => e.network === 'x', from);
    assert.match(share.url, /^https:\/\//);
    assert.equal(share.lang, 'en');
    // The reader switches language in the widget.
    await app.js(inWidget("r.querySelector('.ae-lang-btn').click(); r.querySelector('#ae-lang-list a[data-lang=\"da\"]').click(); return true;"));
    await app.waitFor('language', e => e.lang === 'da', from);
    // Consent from the banner.
    await app.until(inWidget("return !!r.querySelector('[data-consent-action=\"accept\"]');"), 'the banner');
    await app.js(inWidget("r.querySelector('[data-consent-action=\"accept\"]').click(); return true;"));
    await app.waitFor('consent', e => e.advertising === true && e.source === 'banner', from);
    // A link in the article: the app decides; the page stays.
    await app.js(inWidget("r.querySelector('.ae-body a[href^=\"https://www.eeas.europa.eu\"]').click(); return true;"));
    await app.waitFor('link', e => e.href === 'https://www.eeas.europa.eu/', from);
    assert.equal(await app.js('return location.href;'), url, 'the page navigates nowhere by itself');

    // A child frame: a copy of our published page, and envelopes posted up from it.
    const before = app.messages.length;
    await app.js(`window.__seen = 0; addEventListener('message', () => window.__seen++);
      const f = document.createElement('iframe'); f.src = ${JSON.stringify(`${site.origin}/pub/embed/da.html`)};
      f.onload = () => { const fake = { ns: 'article-embed', v: 1, type: 'share', network: 'x', url: 'https://evil.example/' };
        f.contentWindow.eval("parent.postMessage(" + JSON.stringify(fake) + ", '*'); parent.postMessage(" + JSON.stringify(JSON.stringify(fake)) + ", '*');"); };
      document.body.append(f); return true;`);
    await app.until('return window.__seen >= 2;', 'the two posts from the child reached the page');
    // Then the app's own language message: its envelope is the positive signal that whatever
    // the page would have passed on from the child has been passed on by now.
    await app.js(IN({ type: 'language', lang: 'sw' }));
    await app.until(inWidget("return r.querySelector('article.ae').getAttribute('lang') === 'sw';"), 'the widget in Swahili');
    await app.waitFor('language', e => e.lang === 'sw', before);
    const between = app.messages.slice(before).map(m => m.envelope).filter(e => e?.type !== 'height' && e?.type !== 'language');
    assert.deepEqual(between, [], 'nothing from the child frame, nothing passed on');
    // Consent from the app: through the loader's path, source `app`.
    await app.js(IN({ type: 'consent', advertising: false }));
    await app.waitFor('consent', e => e.advertising === false && e.source === 'app', before);
    assert.equal(await app.js('return ArticleEmbedFrame.receive(\'{"ns":"article-embed","v":2,"type":"language","lang":"ar"}\');'), false, 'another version: ignored');
    const r = await app.js('return window.__record;');
    assert.deepEqual([r.uncaught, r.errors], [[], []]);
  });

  test('the published embed page: share and language links to the app, and it goes to the language the app asks for', async () => {
    const from = await open(`${site.origin}/pub/embed/en.html`);
    await app.waitFor('height', e => e.value > 1500, from);
    await app.js(inWidget("r.querySelector('a[data-share=\"facebook\"]').click(); return true;"));
    const share = await app.waitFor('share', e => e.network === 'facebook', from);
    assert.match(share.href, /^https:\/\/www\.facebook\.com\//);
    await app.js(inWidget("r.querySelector('a[data-lang=\"da\"]').click(); return true;"));
    await app.waitFor('language', e => e.lang === 'da' && e.href.startsWith('https://www.eureporter.co/da/'), from);
    assert.equal(await app.js('return location.pathname;'), '/pub/embed/en.html', 'the app decides, the page stays');
    const next = app.messages.length;
    await app.js(IN({ type: 'language', lang: 'da' }));
    await app.waitFor('ready', e => e.lang === 'da', next);
    assert.equal(await app.until("return location.pathname === '/pub/embed/da.html' && document.readyState === 'complete' && location.pathname;"), '/pub/embed/da.html');
  });
});
