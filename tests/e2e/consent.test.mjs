// Consent: nothing that needs consent before the reader gives it; one fair banner for the
// whole page; remembered; revisions ask again; withdrawing is one click; GPC, TCF CMPs and
// host-managed consent are followed. The ad is served by a stand-in on another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serve } from '../../scripts/server.mjs';
import { startSite, launch, openPage, Widget, events, waitForEvent, until, root, ftl } from './harness.mjs';

let site, ads, adLog, browser, cmpJs;
const page = (file, vars) => (req, res, url) => {
  let html = readFileSync(join(root, 'tests/e2e/pages', file), 'utf8');
  const v = { AD: `http://127.0.0.1:${ads.address().port}`, REV: url.searchParams.get('rev') || '1', EXTRA: url.searchParams.get('extra') || '', ...vars };
  html = html.replace(/__(\w+)__/g, (_, k) => v[k] ?? '');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
};

before(async () => {
  adLog = [];
  ads = await serve({ log: adLog, mounts: [['/', join(root, 'www/ads')]] });
  cmpJs = execFileSync(join(root, 'node_modules/.bin/esbuild'), [join(root, 'tests/e2e/pages/tcf/cmp-entry.mjs'), '--bundle', '--format=iife', '--log-level=warning']);
  site = await startSite({
    extraRoutes: {
      '/test/consent.html': page('consent.html'),
      '/test/tcf.html': page('tcf.html'),
      '/test/tcf-frame.html': page('tcf-frame.html'),
      '/test/consent-frame.html': page('consent-frame.html'),
      '/test/tcf/cmp.js': (req, res) => { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(cmpJs); },
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); await new Promise(r => ads?.close(r)); });

const adRequests = () => adLog.filter(u => u.includes('creative.html')).length;
// The page's two widgets (tests/e2e/pages/consent.html): #a the Danish article, #b the English one.
const danish = p => new Widget(p.page, '#a');
const english = p => new Widget(p.page, '#b');
/**
 * The widget that shows the page's one banner, and its language: the banner goes to the first
 * widget that renders, so tests find it wherever it is.
 */
async function bannerHolder(p) {
  return (await danish(p).banner().count()) ? { widget: danish(p), lang: 'da' } : { widget: english(p), lang: 'en' };
}
async function both(p) { await danish(p).settled(); await english(p).settled(); }
/**
 * The ad iframes of the Danish and the English widget, once each slot shows what `expected`
 * says it should: the iframe, or the placeholder (a positive sign that the slot was rendered
 * without the ad). A slot that never gets there is counted as it is, and the caller's
 * assertion says so.
 */
async function adsShown(p, expected) {
  const widgets = [danish(p), english(p)];
  for (const widget of widgets) await widget.adSlot().scrollIntoViewIfNeeded();
  await Promise.all(widgets.map((widget, i) => (expected[i] ? widget.adFrames() : widget.adPlaceholder()).first()
    .waitFor({ state: 'attached', timeout: 5000 }).catch(() => {})));
  return Promise.all(widgets.map(widget => widget.adFrames().count()));
}

test('before consent: no request to the ad origin, one banner for both widgets, focus left alone', async () => {
  const before = adRequests();
  const p = await openPage(browser, site.origin + '/test/consent.html');
  await both(p);
  assert.deepEqual(await adsShown(p, [0, 0]), [0, 0]);
  assert.equal(adRequests(), before, 'nothing from the ad origin');
  const banners = (await danish(p).banner().count()) + (await english(p).banner().count());
  assert.equal(banners, 1, 'one banner on the page');
  assert.equal(await p.page.evaluate(() => document.activeElement === document.body), true, 'no focus stolen');
  const { widget: holder, lang } = await bannerHolder(p);
  const labels = await holder.banner().locator('.ae-btn').allTextContents();
  assert.deepEqual(labels, [ftl(lang, 'consent-accept-all'), ftl(lang, 'consent-reject-all'), ftl(lang, 'consent-choose')]);
  const looks = await holder.banner().locator('.ae-btn').evaluateAll(buttons => buttons.map(button => getComputedStyle(button).fontWeight + getComputedStyle(button).backgroundColor + button.getBoundingClientRect().height));
  assert.equal(new Set(looks).size, 1, 'equal prominence');
  assert.equal(await danish(p).adPlaceholder().textContent(), ftl('da', 'ad-hidden'));
  assert.ok(await danish(p).headline(), 'the article is there and readable');
  const { widget: stillHolder } = await bannerHolder(p);
  // The title is announced a moment after the banner is inserted.
  await stillHolder.waitForLive(ftl(lang, 'consent-title')).catch(() => {});
  assert.equal(await stillHolder.liveText(), ftl(lang, 'consent-title'), 'announced politely');
  await p.context.close();
});

test('accept all: both ads load at once, a consent event, remembered on reload; a new revision asks again', async () => {
  const p = await openPage(browser, site.origin + '/test/consent.html');
  await both(p);
  await (await bannerHolder(p)).widget.consentButton('accept').click();
  assert.deepEqual(await adsShown(p, [1, 1]), [1, 1]);
  await until(() => adRequests() >= 1).catch(() => {});
  assert.ok(adRequests() >= 1);
  const sandbox = await danish(p).adFrames().getAttribute('sandbox');
  assert.equal(sandbox, 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
  const consentEvents = (await events(p.page)).filter(e => e.name === 'consent');
  assert.deepEqual(consentEvents.map(e => [e.detail.advertising, e.detail.source]), [[true, 'banner']]);
  const stored = await p.page.evaluate(() => localStorage.getItem('article-embed:consent'));
  assert.match(stored, /^2\|\d+\|1\|(da|en)\|banner\|advertising$/);
  await p.page.reload();
  await both(p);
  assert.equal(await danish(p).banner().count() + await english(p).banner().count(), 0, 'remembered');
  assert.deepEqual(await adsShown(p, [1, 1]), [1, 1]);
  await p.page.goto(site.origin + '/test/consent.html?rev=2');
  await both(p);
  assert.equal(await danish(p).banner().count() + await english(p).banner().count(), 1, 'a new policy revision asks again');
  assert.deepEqual(await adsShown(p, [0, 0]), [0, 0]);
  await p.context.close();
});

test('reject: placeholders that open the choices; withdrawing removes the ad at once', async () => {
  const p = await openPage(browser, site.origin + '/test/consent.html');
  await both(p);
  await (await bannerHolder(p)).widget.consentButton('reject').click();
  assert.deepEqual(await adsShown(p, [0, 0]), [0, 0]);
  assert.equal(await danish(p).banner().count() + await english(p).banner().count(), 0);
  // The placeholder opens the choices; turning advertising on and saving shows the ads.
  await english(p).adPlaceholder().click();
  const box = english(p).category('advertising');
  assert.equal(await box.evaluate(e => e === e.getRootNode().activeElement), true, 'focus goes to the first choice');
  assert.equal(await box.isChecked(), false);
  assert.equal(await english(p).inShadow('input#ae-cat-necessary').isDisabled(), true, 'necessary is always on');
  await box.check();
  await english(p).consentButton('save').click();
  assert.deepEqual(await adsShown(p, [1, 1]), [1, 1]);
  // Withdraw through "Privacy settings": as easy as giving.
  await danish(p).privacyButton().click();
  await danish(p).category('advertising').uncheck();
  await danish(p).consentButton('save').click();
  assert.deepEqual(await adsShown(p, [0, 0]), [0, 0]);
  assert.equal(await p.page.evaluate(() => localStorage.getItem('article-embed:consent').endsWith('|')), true);
  await p.context.close();
});

test('keyboard: the banner is reachable and usable without a mouse', async () => {
  const p = await openPage(browser, site.origin + '/test/consent.html');
  await both(p);
  const { widget: holder } = await bannerHolder(p);
  await holder.consentButton('choose').focus();
  await p.page.keyboard.press('Enter');
  await p.page.keyboard.press('Space');
  assert.equal(await holder.category('advertising').isChecked(), true);
  await holder.consentButton('save').focus();
  await p.page.keyboard.press('Enter');
  assert.deepEqual(await adsShown(p, [1, 1]), [1, 1]);
  await p.context.close();
});

test('Global Privacy Control: advertising stays off, and the banner says why', async () => {
  const p = await openPage(browser, null);
  await p.page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await p.page.goto(site.origin + '/test/consent.html');
  await both(p);
  const { widget: holder, lang } = await bannerHolder(p);
  assert.equal((await holder.banner().locator('.ae-gpc').textContent()), ftl(lang, 'consent-gpc'));
  assert.deepEqual(await adsShown(p, [0, 0]), [0, 0]);
  await holder.consentButton('choose').click();
  assert.equal(await holder.category('advertising').isChecked(), false);
  await p.context.close();
});

test('a host page with a TCF v2.2 CMP decides: no banner, consent read and followed', async () => {
  const before = adRequests();
  const p = await openPage(browser, site.origin + '/test/tcf.html?purposes=1');
  const widget = new Widget(p.page, '#a'); // the page's one widget
  await widget.settled();
  assert.equal(await widget.banner().count(), 0);
  assert.equal(await widget.privacyButton().count(), 0, 'the CMP manages consent');
  await widget.adSlot().scrollIntoViewIfNeeded();
  assert.equal(await widget.adFrames().count(), 0, 'purpose 2 missing: no ad');
  assert.equal(adRequests(), before);
  await p.page.evaluate(() => window.__setPurposes([1, 2]));
  await widget.adFrames().first().waitFor({ state: 'attached' });
  await p.page.evaluate(() => window.__setPurposes([]));
  await widget.adFrames().first().waitFor({ state: 'detached' });
  const sources = (await events(p.page)).filter(e => e.name === 'consent').map(e => [e.detail.source, e.detail.advertising]);
  assert.deepEqual(sources.slice(-2), [['tcf', true], ['tcf', false]]);
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});

test('mode="iframe" follows the TCF CMP of the host page from inside the frame: no banner there, the ad only with purposes 1 and 2', async () => {
  const before = adRequests();
  const p = await openPage(browser, site.origin + '/test/tcf-frame.html?purposes=1');
  const { widget } = await framed(p);
  assert.equal(await widget.banner().count(), 0, 'the framed widget asks nothing: the CMP of the host decides');
  assert.equal(await widget.privacyButton().count(), 0);
  await widget.adSlot().scrollIntoViewIfNeeded();
  assert.equal(await widget.adFrames().count(), 0, 'purpose 2 missing: no ad');
  assert.equal(adRequests(), before, 'nothing asked of the ad partner');
  await p.page.evaluate(() => window.__setPurposes([1, 2]));
  await widget.adFrames().first().waitFor({ state: 'attached' });
  await p.page.evaluate(() => window.__setPurposes([]));
  await widget.adFrames().first().waitFor({ state: 'detached' });
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});

test('a host that manages consent passes its decision through the API; no banner', async () => {
  const p = await openPage(browser, site.origin + '/test/consent.html?extra=consent%3D%22host%22');
  await both(p);
  assert.equal(await danish(p).banner().count(), 0);
  assert.deepEqual(await adsShown(p, [0, 0]), [0, 0]);
  await p.page.evaluate(() => ArticleEmbed.consent({ advertising: true }));
  assert.deepEqual(await adsShown(p, [1, 1]), [1, 1]);
  await p.page.evaluate(() => window.postMessage({ type: 'article-embed:consent', consent: { advertising: false } }, '*'));
  await waitForEvent(p.page, 'consent', { detail: { source: 'app', advertising: false } });
  assert.deepEqual(await adsShown(p, [0, 0]), [0, 0]);
  assert.equal(await p.page.evaluate(() => localStorage.getItem('article-embed:consent')), null, 'the host keeps the record');
  await p.context.close();
});

/** The framed widget of a page whose one embed is `#f` in mode="iframe". */
async function framed(p) {
  await waitForEvent(p.page, 'mounted');
  const frame = await (await p.page.locator('#f iframe').elementHandle()).contentFrame();
  const widget = new Widget(frame, 'article-embed');
  assert.equal(await widget.settled(), 'mounted');
  return { frame, widget };
}

test('mode="iframe" with consent="host": the host\'s ArticleEmbed.consent() reaches the framed page, before and after it loads', async () => {
  const before = adRequests();
  const p = await openPage(browser, site.origin + '/test/consent-frame.html');
  const { frame, widget } = await framed(p);
  assert.equal(await widget.banner().count(), 0, 'the host manages consent: no banner in the frame');
  await widget.adSlot().scrollIntoViewIfNeeded();
  assert.equal(await widget.adFrames().count(), 0);
  assert.equal(adRequests(), before, 'nothing asked of the ad partner before the host decides');
  await p.page.evaluate(() => ArticleEmbed.consent({ advertising: true }));
  await widget.adFrames().first().waitFor({ state: 'attached' });
  await p.page.evaluate(() => ArticleEmbed.consent({ advertising: false }));
  await widget.adFrames().first().waitFor({ state: 'detached' });
  const said = (await events(frame)).filter(e => e.name === 'consent').map(e => [e.detail.source, e.detail.advertising]);
  assert.deepEqual(said.slice(-2), [['app', true], ['app', false]]);
  await p.context.close();

  // Decided before the frame exists (a host restoring its stored decision at once).
  const earlyPage = await openPage(browser, site.origin + '/test/consent-frame.html?early');
  const early = await framed(earlyPage);
  await early.widget.adSlot().scrollIntoViewIfNeeded();
  await early.widget.adFrames().first().waitFor({ state: 'attached' });
  assert.deepEqual(earlyPage.pageErrors, []);
  await earlyPage.context.close();
});

test('iframe mode and webviews: the decision can come in the URL, where the host allows it', async () => {
  const p = await openPage(browser, site.origin + '/test/consent.html?extra=consent%3D%22host%22%20consent-sources%3D%22url%22&article-embed-consent=advertising');
  await both(p);
  assert.deepEqual(await adsShown(p, [1, 1]), [1, 1]);
  await p.context.close();
});

test('blocked storage: the banner asks, a decision still applies, nothing thrown', async () => {
  const p = await openPage(browser, null);
  await p.page.addInitScript(() => Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } }));
  await p.page.goto(site.origin + '/test/consent.html');
  await both(p);
  await (await bannerHolder(p)).widget.consentButton('accept').click();
  assert.deepEqual(await adsShown(p, [1, 1]), [1, 1]);
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});
