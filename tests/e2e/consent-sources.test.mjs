// Who may give consent: only the reader, or someone the host page names. A crafted link and a
// foreign page that frames the host decide nothing; the same two, allowed by the host (its
// attribute, its listed origin, our embed page's own URL), and an app's same-window message do.
// The ad is served from a stand-in origin, a framing page from a third one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../scripts/server.mjs';
import { startSite, launch, openPage, Widget, waitForEvent, until, root } from './harness.mjs';

let site, ads, adLog, foreign, browser;
const adOrigin = () => `http://127.0.0.1:${ads.address().port}`;
const foreignOrigin = () => `http://127.0.0.1:${foreign.address().port}`;

before(async () => {
  adLog = [];
  ads = await serve({ log: adLog, mounts: [['/', join(root, 'www/ads')]] });
  // A page on another origin that frames `?target=` and, once told to, posts a consent message
  // into it, as a page wanting impressions would.
  foreign = await serve({
    mounts: [],
    routes: {
      '/frame.html': (req, res, url) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><title>Foreign</title><iframe id="f" src="${url.searchParams.get('target')}" width="1000" height="800"></iframe>
<script>window.grant = () => document.getElementById('f').contentWindow.postMessage({ type: 'article-embed:consent', consent: { advertising: true } }, '*');</script>`);
      },
    },
  });
  site = await startSite({
    extraRoutes: {
      '/test/consent.html': (req, res, url) => {
        const v = { AD: adOrigin(), REV: '1', EXTRA: url.searchParams.get('extra') || '' };
        const html = readFileSync(join(root, 'tests/e2e/pages/consent.html'), 'utf8').replace(/__(\w+)__/g, (_, k) => v[k] ?? '');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(html);
      },
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close(); await site?.close();
  await new Promise(r => ads?.close(r)); await new Promise(r => foreign?.close(r));
});

const adRequests = () => adLog.filter(u => u.includes('creative.html')).length;
const consentPage = (query = '') => `${site.origin}/test/consent.html${query}`;
const attr = s => `extra=${encodeURIComponent(s)}`;
async function both(frame) {
  for (const id of ['#a', '#b']) assert.equal(await new Widget(frame, id).settled(), 'mounted');
}
const banners = frame => frame.evaluate(() => [...document.querySelectorAll('article-embed')]
  .filter(e => e.shadowRoot?.querySelector('section.ae-consent')).length);
const adFrames = frame => frame.evaluate(() => [...document.querySelectorAll('article-embed')]
  .map(e => e.shadowRoot?.querySelectorAll('.ae-ad iframe').length || 0).reduce((a, b) => a + b, 0));
const warnings = p => p.consoleMessages.filter(m => m.type === 'warning' && m.text.includes('consent'));
const childFrame = async p => {
  const handle = await p.page.waitForSelector('#f');
  const frame = await handle.contentFrame();
  await frame.waitForLoadState();
  return frame;
};

test('a crafted link loads nothing on a plain host page: the banner asks, one warning says how to allow it', async () => {
  const before = adRequests();
  const p = await openPage(browser, consentPage('?article-embed-consent=advertising'));
  await both(p.page);
  await until(() => warnings(p).length > 0);
  assert.equal(await banners(p.page), 1, 'the reader is asked');
  assert.equal(await adFrames(p.page), 0);
  assert.equal(adRequests(), before, 'no request to the ad origin');
  assert.equal(warnings(p).length, 1);
  assert.match(warnings(p)[0].text, /consent-sources="url"/);
  assert.equal(await p.page.evaluate(() => localStorage.getItem('article-embed:consent')), null);
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});

test('a foreign page that frames the host page cannot switch the ad on', async () => {
  const before = adRequests();
  const p = await openPage(browser, `${foreignOrigin()}/frame.html?target=${encodeURIComponent(consentPage())}`);
  const frame = await childFrame(p);
  await both(frame);
  await p.page.evaluate(() => window.grant());
  await until(() => p.consoleMessages.some(m => m.text.includes(`ignored consent from ${foreignOrigin()}`)));
  assert.equal(await banners(frame), 1, 'the banner still asks');
  assert.equal(await adFrames(frame), 0);
  assert.equal(adRequests(), before, 'no request to the ad origin');
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});

test('a host page that says consent-sources="url" takes the decision from its URL, recorded as such', async () => {
  const p = await openPage(browser, consentPage(`?${attr('consent-sources="url"')}&article-embed-consent=advertising`));
  await both(p.page);
  await waitForEvent(p.page, 'consent', { detail: { source: 'url', advertising: true } });
  await until(async () => (await adFrames(p.page)) === 2);
  assert.equal(await banners(p.page), 0);
  const record = await p.page.evaluate(() => localStorage.getItem('article-embed:consent'));
  assert.match(record, /^2\|\d+\|1\|\|url\|advertising$/);
  assert.deepEqual(warnings(p), []);
  await p.context.close();
});

test('a parent whose origin the host lists in consent-origins may pass the decision in', async () => {
  const target = consentPage(`?${attr(`consent-origins="${foreignOrigin()}"`)}`);
  const p = await openPage(browser, `${foreignOrigin()}/frame.html?target=${encodeURIComponent(target)}`);
  const frame = await childFrame(p);
  await both(frame);
  await p.page.evaluate(() => window.grant());
  await waitForEvent(frame, 'consent', { detail: { source: 'app', advertising: true } });
  await until(async () => (await adFrames(frame)) === 2);
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});

test("our embed page takes the decision from its own URL, which its embedder writes", async () => {
  const article = '/articles/eu-kazakhstan-closer-ties/article.json';
  const url = `${site.origin}/dist/embed.html?article=${encodeURIComponent(article)}&lang=da&ad-src=${encodeURIComponent(adOrigin() + '/creative.html')}&article-embed-consent=advertising`;
  const p = await openPage(browser, url);
  assert.equal(await new Widget(p.page, 'article-embed').settled(), 'mounted');
  assert.equal(await p.page.locator('article-embed').getAttribute('lang'), 'da');
  await waitForEvent(p.page, 'consent', { detail: { source: 'url', advertising: true } });
  await until(async () => (await adFrames(p.page)) === 1);
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});

test("an app's script in the same window may pass the decision in", async () => {
  const p = await openPage(browser, consentPage());
  await both(p.page);
  await p.page.evaluate(() => window.postMessage({ type: 'article-embed:consent', consent: { advertising: true } }, '*'));
  await waitForEvent(p.page, 'consent', { detail: { source: 'app', advertising: true } });
  await until(async () => (await adFrames(p.page)) === 2);
  assert.equal(await banners(p.page), 0);
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});
