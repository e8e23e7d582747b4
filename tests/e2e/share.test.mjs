// Share buttons: the right URL for each network, in every script; copy with feedback; Web
// Share where it exists; hosts can take over; no third party before a click; strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, launch, openPage, Widget, events, waitForEvent, crashes, stillWorks, root, ftl } from './harness.mjs';

const titles = JSON.parse(readFileSync(join(root, 'tests/e2e/pages/share/titles.json'), 'utf8'));
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

let site, browser;
before(async () => {
  site = await startSite({
    extraRoutes: {
      '/test/csp.html': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
        // The share page itself, served under a strict policy.
        res.end(readFileSync(join(root, 'tests/e2e/pages/share.html')));
      },
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); });

/** What a share link carries: the shared URL and text, decoded. */
function carried(href) {
  if (href.startsWith('mailto:')) {
    const q = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    return { url: q.get('body'), text: q.get('subject') };
  }
  const u = new URL(href);
  const p = u.searchParams;
  // WhatsApp and Bluesky take one text: the title, a space, the URL.
  if (u.hostname === 'wa.me' || u.hostname === 'bsky.app') { const t = p.get('text'); const i = t.lastIndexOf(' '); return { text: t.slice(0, i), url: t.slice(i + 1) }; }
  return { url: p.get('u') || p.get('url'), text: p.get('text') || p.get('title') };
}

const expectedHosts = {
  facebook: 'www.facebook.com', x: 'x.com', linkedin: 'www.linkedin.com', whatsapp: 'wa.me',
  telegram: 't.me', reddit: 'www.reddit.com', bluesky: 'bsky.app',
};

test('each network link carries the language URL, the host parameters and the exact title, in every script', async () => {
  const p = await openPage(browser, site.origin + '/test/share.html');
  const w = new Widget(p.page, '#w');
  await w.settled();
  for (const lang of ['da', 'sw', 'ar', 'kk', 'en']) {
    if (await w.articleLang() !== lang) await w.switchTo(lang);
    const shared = `https://example.test/${lang}/news/a?id=1&x=y&utm_source=blog%20%26%20co&utm_medium=embed#top`;
    for (const row of ['top', 'bottom']) {
      const links = await w.inShadow(`.ae-share[data-row="${row}"] a[data-share]`).evaluateAll(as => as.map(a => [a.dataset.share, a.href, a.rel, a.target]));
      // The default set; Mastodon is a button until the reader's server is known.
      assert.deepEqual(links.map(l => l[0]), ['facebook', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'bluesky', 'email']);
      for (const [net, href, rel, target] of links) {
        const c = carried(href);
        assert.equal(c.url, shared, `${lang} ${net}`);
        if (net !== 'facebook' && net !== 'linkedin') assert.equal(c.text, titles[lang], `${lang} ${net}`);
        if (net !== 'email') {
          assert.equal(new URL(href).hostname, expectedHosts[net]);
          assert.equal(rel, 'noopener noreferrer');
          assert.equal(target, '_blank');
        }
      }
    }
  }
  await p.context.close();
});

test('the set and order follow the share attribute', async () => {
  const p = await openPage(browser, site.origin + '/test/share.html');
  const w = new Widget(p.page, '#few');
  await w.settled();
  const ids = await w.shareButtons('top').evaluateAll(es => es.map(e => e.dataset.share));
  assert.deepEqual(ids, ['email', 'x', 'copy']);
  await p.context.close();
});

test('controls are named in the widget language and big enough to hit', async () => {
  const p = await openPage(browser, site.origin + '/test/share.html', { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  const w = new Widget(p.page, '#w');
  await w.settled();
  const fb = (await w.shareButton('facebook').locator('.ae-vh').textContent()).replace(/[\u2068\u2069]/g, '');
  assert.ok(fb.startsWith(ftl('da', 'share-on').replace('{ $network }', 'Facebook')), fb);
  assert.equal(await w.shareButton('copy').locator('.ae-vh').textContent(), ftl('da', 'share-copy'));
  const boxes = await w.inShadow('.ae-share [data-share]').evaluateAll(es => es.map(e => e.getBoundingClientRect()).map(r => [r.width, r.height]));
  for (const [wd, ht] of boxes) assert.ok(wd >= 44 && ht >= 44, `touch target ${wd}×${ht}`);
  await p.context.close();
  const desk = await openPage(browser, site.origin + '/test/share.html');
  const d = new Widget(desk.page, '#w');
  await d.settled();
  const small = await d.inShadow('.ae-share [data-share]').evaluateAll(es => es.map(e => e.getBoundingClientRect()).map(r => Math.min(r.width, r.height)));
  for (const s of small) assert.ok(s >= 24, `pointer target ${s}`);
  await desk.context.close();
});

test('copy link puts the URL on the clipboard, shows and announces it', async () => {
  const p = await openPage(browser, site.origin + '/test/share.html', { permissions: ['clipboard-read', 'clipboard-write'] });
  const w = new Widget(p.page, '#w');
  await w.settled();
  await w.shareButton('copy', 'bottom').click();
  await w.waitForLive();
  const clip = await p.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clip, 'https://example.test/da/news/a?id=1&x=y&utm_source=blog%20%26%20co&utm_medium=embed#top');
  assert.equal(await w.liveText(), ftl('da', 'share-copied'));
  assert.equal(await w.copiedBadge('bottom').isVisible(), true);
  await p.context.close();
});

test('a second copy click restarts the "Link copied" time: shown 2.5 s after the second click', async () => {
  const p = await openPage(browser, null, { permissions: ['clipboard-read', 'clipboard-write'] });
  // The page's clock is the test's (Playwright's fake timers, installed before the page's own
  // scripts): it runs on its own while the page loads, then moves only when the test moves it.
  const { clock } = p.page;
  const start = Date.parse('2026-12-01T12:00:00Z');
  await clock.install({ time: start });
  await p.page.goto(site.origin + '/test/share.html');
  const w = new Widget(p.page, '#w');
  await w.settled();
  await clock.pauseAt(start + 60_000);
  const shown = () => w.evalInShadow(r => !r.querySelector('.ae-share[data-row="bottom"] [data-copied]').hidden);
  await w.shareButton('copy', 'bottom').click();
  await w.copiedBadge('bottom').waitFor({ state: 'visible' });
  // The second click a second after the first; its copy is done when it is announced again (the
  // live region's text changes: the same message is made to differ invisibly).
  await clock.runFor(1000);
  const said = await w.live().textContent();
  await w.shareButton('copy', 'bottom').click();
  await w.waitInShadow((r, before) => r.querySelector('[data-live]').textContent !== before, { args: [said] });
  await w.waitForLive(ftl('da', 'share-copied'));
  // Still shown 2 s after the second click (3 s after the first: its 2.5 s are over) …
  await clock.runFor(2000);
  assert.equal(await shown(), true, '"Link copied" is still shown 2 s after the second click');
  // … and gone 3 s after it.
  await clock.runFor(1000);
  assert.equal(await shown(), false, '"Link copied" is hidden 3 s after the second click');
  assert.deepEqual(p.pageErrors, []);
  assert.deepEqual(crashes(p), []);
  // The other widget on the page still switches language and shares.
  await clock.resume();
  await stillWorks(new Widget(p.page, '#few'), 'da');
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});

test('the Web Share path is taken where navigator.share exists', async () => {
  const p = await openPage(browser, null);
  await p.page.addInitScript(() => { navigator.share = async data => { window.__shared = data; }; });
  await p.page.goto(site.origin + '/test/share.html');
  const w = new Widget(p.page, '#w');
  await w.settled();
  const first = await w.shareButtons('top').first().getAttribute('data-share');
  assert.equal(first, 'native');
  await w.shareButton('native', 'top').click();
  const shared = await p.page.waitForFunction(() => window.__shared).then(h => h.jsonValue());
  assert.equal(shared.title, titles.da);
  assert.match(shared.url, /^https:\/\/example\.test\/da\/news\/a\?id=1&x=y&utm_source=/);
  await p.context.close();
});

test('no request to a third party before a click; a click opens the network; a host can take over', async () => {
  const p = await openPage(browser, site.origin + '/test/share.html');
  // Requests to other origins are recorded and stopped here: none may happen before a click.
  const foreign = [];
  await p.context.route(u => !u.href.startsWith(site.origin) && !u.href.startsWith('data:'), r => { foreign.push(r.request().url()); r.abort(); });
  const w = new Widget(p.page, '#w');
  await w.settled();
  // Both widgets on the page have mounted: everything they load before a click is loaded.
  await waitForEvent(p.page, 'mounted', { id: 'w' });
  await waitForEvent(p.page, 'mounted', { id: 'few' });
  assert.deepEqual(p.requests.filter(u => !u.startsWith(site.origin) && !u.startsWith('data:')), []);
  assert.deepEqual(foreign, []);
  const [popup] = await Promise.all([p.context.waitForEvent('page'), w.shareButton('x', 'top').click()]);
  await popup.waitForLoadState().catch(() => {});
  assert.equal(foreign.length, 1, foreign.join(' '));
  assert.match(foreign[0], /^https:\/\/x\.com\/intent\/post\?url=/);
  await popup.close();
  // A host (or a webview app bridge) cancels the share event and handles it itself.
  await p.page.evaluate(() => {
    document.addEventListener('article-embed:share', e => e.preventDefault());
    // Seen last, at the document: whether the link's own action (opening the network) was cancelled.
    document.addEventListener('click', e => { window.__linkCancelled = e.defaultPrevented; });
  });
  let popups = 0;
  p.context.on('page', () => popups++);
  await w.shareButton('telegram').click();
  await waitForEvent(p.page, 'share', { detail: { network: 'telegram' } });
  await p.page.waitForFunction(() => window.__linkCancelled !== undefined);
  assert.equal(await p.page.evaluate(() => window.__linkCancelled), true, 'the link does not open the network');
  assert.equal(popups, 0);
  const shares = (await events(p.page)).filter(e => e.name === 'share');
  assert.deepEqual(shares.map(s => s.detail.network), ['x', 'telegram']);
  assert.equal(shares[1].detail.title, titles.da);
  assert.equal(shares[1].detail.lang, 'da');
  await p.context.close();
});

test('works under a strict Content Security Policy', async () => {
  const p = await openPage(browser, site.origin + '/test/csp.html');
  const w = new Widget(p.page, '#w');
  assert.equal(await w.settled(), 'mounted');
  const violations = p.consoleMessages.filter(m => /Content Security Policy|Refused to/.test(m.text));
  assert.deepEqual(violations, []);
  assert.deepEqual(p.pageErrors, []);
  const hrefs = await w.inShadow('a[href]').evaluateAll(as => as.map(a => a.getAttribute('href')));
  assert.ok(hrefs.every(h => !/^javascript:/i.test(h)));
  assert.equal(await w.inShadow('[onclick], [onerror], [onload]').count(), 0);
  await p.context.close();
});
