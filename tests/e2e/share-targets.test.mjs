// Bluesky, Threads and Mastodon: nothing is requested from any of them before the reader's
// click (every request recorded); Bluesky and Threads open their intents; Mastodon asks once for
// the reader's server in a labelled field (focus in it, Escape and Cancel close it and give
// focus back, a refused name is said and marked, axe 0 open and refused, in Danish and Arabic,
// light and dark), opens that server's share page, remembers it (a name the page planted in
// storage is not trusted), and lets the reader change it. A host or app that takes the share
// over gets the event before any field opens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launch, openPage, Widget, events, waitForEvent, until, ftl } from './harness.mjs';
import { axe } from './a11y-probes.mjs';

const KEY = 'article-embed:mastodon';
let site, browser;

const page = (lang, share) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Share targets</title><script async src="/dist/loader.js"></script></head><body><main><h1>Share targets</h1>
<article-embed id="w" src="/test/share/article.json" lang="${lang}"${share ? ` share="${share}"` : ''} share-params="utm_source=blog"></article-embed>
<article-embed id="other" src="/test/share/article.json" lang="en"></article-embed></main></body></html>`;

before(async () => {
  site = await startSite({
    extraRoutes: {
      '/test/targets.html': (req, res, url) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page(url.searchParams.get('lang') ?? 'da', url.searchParams.get('share')));
      },
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); });

/** Opens the page with every request to another origin recorded and stopped. */
async function open(query, options = {}) {
  const p = await openPage(browser, null, options);
  const foreign = [];
  await p.context.route(u => !u.href.startsWith(site.origin) && !u.href.startsWith('data:'), r => { foreign.push(r.request().url()); r.abort(); });
  await p.page.goto(`${site.origin}/test/targets.html?${query}`);
  const w = new Widget(p.page, '#w');
  assert.equal(await w.settled(), 'mounted');
  await waitForEvent(p.page, 'mounted', { id: 'other' });
  return { ...p, w, foreign };
}

/** Clicks (or presses Enter on) what opens a new tab; the URL the tab asked for (recorded and stopped). */
async function opens(p, act) {
  const seen = p.foreign.length;
  const [tab] = await Promise.all([p.context.waitForEvent('page'), act()]);
  await until(() => p.foreign.length > seen);
  assert.equal(p.foreign.length, seen + 1, 'one request, the tab\'s');
  await tab.close();
  return p.foreign.at(-1);
}

const field = (w, row = 'top') => w.evalInShadow((r, row) => {
  const f = r.querySelector(`#ae-masto-${row}`), input = f.querySelector('input');
  const control = r.querySelector(`[aria-controls="ae-masto-${row}"]`);
  return {
    open: !f.hidden, expanded: control.getAttribute('aria-expanded'),
    focus: r.activeElement?.id || r.activeElement?.className, invalid: input.getAttribute('aria-invalid'),
    describedBy: input.getAttribute('aria-describedby'), error: !f.querySelector('[data-masto-error]').hidden,
  };
}, row);

test('nothing is requested before a click; Bluesky and Threads open their intents with the title and URL', async () => {
  const p = await open('share=bluesky,threads,mastodon,copy');
  assert.deepEqual(p.foreign, [], 'no request to any network before a click');
  const bsky = new URL(await opens(p, () => p.w.shareButton('bluesky').click()));
  assert.equal(bsky.origin + bsky.pathname, 'https://bsky.app/intent/compose');
  const text = bsky.searchParams.get('text');
  assert.match(text, /^EU og Kasakhstan: "stadig tættere" bånd & nye veje\? #EU 😀 https:\/\/example\.test\/da\/news\/a\?id=1&x=y&utm_source=blog#top$/);
  const threads = new URL(await opens(p, () => p.w.shareButton('threads').click()));
  assert.equal(threads.origin + threads.pathname, 'https://www.threads.com/intent/post');
  assert.equal(threads.searchParams.get('url'), 'https://example.test/da/news/a?id=1&x=y&utm_source=blog#top');
  assert.deepEqual(p.foreign.map(u => new URL(u).hostname), ['bsky.app', 'www.threads.com']);
  // Mastodon: its first click asks, and requests nothing.
  await p.w.shareButton('mastodon').click();
  assert.equal((await field(p.w)).open, true);
  assert.deepEqual(p.foreign.map(u => new URL(u).hostname), ['bsky.app', 'www.threads.com']);
  const shares = (await events(p.page)).filter(e => e.name === 'share').map(e => e.detail.network);
  assert.deepEqual(shares, ['bluesky', 'threads', 'mastodon']);
  await p.context.close();
});

for (const [lang, scheme] of [['da', 'light'], ['ar', 'dark']]) {
  test(`Mastodon's server field, by keyboard, in ${lang} (${scheme}): opens with focus, refuses what is not a name, shares to the server, remembers it`, async () => {
    const p = await open(`lang=${lang}&share=mastodon,email`, { colorScheme: scheme, viewport: { width: 360, height: 800 } });
    const { w } = p;
    // Open by keyboard: focus moves into the field.
    await w.shareButton('mastodon').focus();
    await p.page.keyboard.press('Enter');
    assert.deepEqual(await field(w), { open: true, expanded: 'true', focus: 'ae-masto-top-in', invalid: null, describedBy: 'ae-masto-top-hint', error: false });
    const label = await w.evalInShadow(r => ({ text: r.querySelector('#ae-masto-top-label').textContent, lang: r.querySelector('#ae-masto-top').closest('[lang]').getAttribute('lang'), dir: r.querySelector('#ae-masto-top-in').dir }));
    assert.deepEqual(label, { text: ftl(lang, 'mastodon-server'), lang, dir: 'ltr' });
    assert.deepEqual((await axe(p.page)).violations, [], 'axe, field open');
    // Escape closes it and gives focus back; the button reopens it.
    await p.page.keyboard.press('Escape');
    assert.deepEqual(await field(w), { open: false, expanded: 'false', focus: 'ae-icon-link', invalid: null, describedBy: 'ae-masto-top-hint', error: false });
    await p.page.keyboard.press('Enter');
    assert.equal((await field(w)).focus, 'ae-masto-top-in');
    // A URL, a handle, a port: refused, said, marked; focus stays in the field.
    for (const typed of ['https://mastodon.social/', '@me@mastodon.social', 'mastodon.social:8443']) {
      await p.page.keyboard.press('Control+A');
      await p.page.keyboard.type(typed);
      await p.page.keyboard.press('Enter');
      await w.waitForLive(ftl(lang, 'mastodon-invalid'));
      assert.deepEqual(await field(w), { open: true, expanded: 'true', focus: 'ae-masto-top-in', invalid: 'true', describedBy: 'ae-masto-top-hint ae-masto-top-err', error: true }, typed);
    }
    assert.deepEqual((await axe(p.page)).violations, [], 'axe, name refused');
    assert.deepEqual(p.foreign, [], 'nothing requested for a refused name');
    // A name: its share page opens, it is remembered, the row links to it, focus on the link.
    await p.page.keyboard.press('Control+A');
    await p.page.keyboard.type('  Social.Example. ');
    const url = new URL(await opens(p, () => p.page.keyboard.press('Enter')));
    assert.equal(url.origin + url.pathname, 'https://social.example/share');
    assert.match(url.searchParams.get('text'), / https:\/\/example\.test\/\w+\/news\/a\?id=1&x=y&utm_source=blog#top$/);
    assert.deepEqual(p.foreign.map(u => new URL(u).hostname), ['social.example']);
    assert.equal(await p.page.evaluate(k => localStorage.getItem(k), KEY), 'social.example');
    const after = await w.evalInShadow(r => ({
      focus: r.activeElement?.getAttribute('href')?.split('?')[0],
      change: r.querySelector('[data-row="top"] [data-action="mastodon-change"] span[aria-hidden]')?.textContent,
    }));
    assert.deepEqual(after, { focus: 'https://social.example/share', change: 'social.example' });
    // One per press of the Mastodon button (it was pressed twice: before and after Escape), none
    // for the field.
    assert.deepEqual((await events(p.page)).filter(e => e.name === 'share').map(e => e.detail.network), ['mastodon', 'mastodon']);
    assert.deepEqual((await axe(p.page)).violations, [], 'axe, server remembered');
    assert.deepEqual(p.pageErrors, []);
    await p.context.close();
  });
}

test('a remembered server: Mastodon is a link; the other widget and the next visit use it; the reader can change it', async () => {
  const p = await open('share=mastodon');
  await p.w.shareButton('mastodon').click();
  await p.page.keyboard.type('social.example');
  await opens(p, () => p.page.keyboard.press('Enter'));
  // The other widget on the page had not been told: its first click uses the server at once.
  const other = new Widget(p.page, '#other');
  const first = await opens(p, () => other.shareButton('mastodon').click());
  assert.match(first, /^https:\/\/social\.example\/share\?text=/);
  assert.equal(await other.evalInShadow(r => r.querySelector('#ae-masto-top').hidden), true, 'no field asked');
  // The next visit: a plain link, with the control to change it.
  await p.page.reload();
  assert.equal(await p.w.settled(), 'mounted');
  assert.match(await p.w.shareButton('mastodon').getAttribute('href'), /^https:\/\/social\.example\/share\?text=/);
  const change = p.w.inShadow('[data-row="top"] [data-action="mastodon-change"]');
  assert.match(await change.getAttribute('aria-expanded'), /^false$/);
  await change.click();
  assert.deepEqual(await field(p.w), { open: true, expanded: 'true', focus: 'ae-masto-top-in', invalid: null, describedBy: 'ae-masto-top-hint', error: false });
  assert.equal(await p.w.inShadow('#ae-masto-top-in').inputValue(), 'social.example', 'the field holds the server');
  await p.page.keyboard.press('Control+A');
  await p.page.keyboard.type('eupolicy.social');
  const shares = (await events(p.page)).filter(e => e.name === 'share').length;
  const changed = await opens(p, () => p.w.inShadow('#ae-masto-top [data-action="mastodon-submit"]').click());
  assert.match(changed, /^https:\/\/eupolicy\.social\/share\?text=/);
  assert.equal((await events(p.page)).filter(e => e.name === 'share').length, shares + 1, 'sharing to a changed server is a share');
  assert.equal(await p.page.evaluate(k => localStorage.getItem(k), KEY), 'eupolicy.social');
  // Cancel leaves the server as it was, focus back on the change control.
  await p.w.inShadow('[data-row="top"] [data-action="mastodon-change"]').click();
  await p.w.inShadow('#ae-masto-top [data-action="mastodon-cancel"]').click();
  assert.equal((await field(p.w)).focus, 'ae-icon-link ae-masto-change');
  assert.equal(await p.page.evaluate(k => localStorage.getItem(k), KEY), 'eupolicy.social');
  await p.context.close();
});

test('a server the page planted in storage is checked as the reader\'s typing is', async () => {
  const p = await openPage(browser, null);
  await p.page.addInitScript(k => localStorage.setItem(k, 'evil.example/phish?x='), KEY);
  await p.page.goto(`${site.origin}/test/targets.html?share=mastodon`);
  const w = new Widget(p.page, '#w');
  await w.settled();
  assert.equal(await w.shareButton('mastodon').getAttribute('href'), null, 'still the button that asks');
  await w.shareButton('mastodon').click();
  assert.equal((await field(w)).open, true);
  await p.context.close();
});

test('a host or app that takes the share over gets it before the field opens', async () => {
  const p = await open('share=mastodon');
  await p.page.evaluate(() => document.addEventListener('article-embed:share', e => e.preventDefault()));
  await p.w.shareButton('mastodon').click();
  await waitForEvent(p.page, 'share', { detail: { network: 'mastodon' } });
  assert.equal((await field(p.w)).open, false);
  assert.deepEqual(p.foreign, []);
  await p.context.close();
});
