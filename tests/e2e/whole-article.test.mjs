// A whole article in the widget (www/articles/eu-kazakhstan-trade-in-figures: a table, two
// players behind facades, a quoted post, a gallery, the publisher's own video and audio,
// footnotes), as a reader meets it. Every request of the page and its frames is recorded, and
// every host but 127.0.0.1 is answered by a local stand-in (Playwright routing), so that a
// request to YouTube or Vimeo would be seen, not lost:
// - nothing is requested from a third party before the reader's click on a facade and their
//   consent, the whole article scrolled through, the facade hovered and focused;
// - a click without consent asks in place (focus on the question, what loads from whom
//   announced); "Allow and play" records the decision and loads that player only, on the
//   privacy-enhanced host; the other facade still waits for its own click; "Not now" goes back;
// - withdrawing consent in the privacy settings removes the players;
// - the keyboard walk reaches the table's region, the facades and the footnotes, with a visible
//   ring; a footnote reference takes focus to its note and back, never touching the host's URL;
// - axe finds nothing in English and Arabic, light and dark, facade idle and asking;
// - at 320 px the page never scrolls sideways (the table scrolls in its own region).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, launch, root, waitForEvent, Widget } from './harness.mjs';
import { axe, focusedControl, walk } from './a11y-probes.mjs';

const YOUTUBE = 5;
const VIMEO = 14;
const page = readFileSync(join(root, 'tests/e2e/pages/whole-article.html'), 'utf8');

let site, browser;
before(async () => {
  site = await startSite({
    extraRoutes: {
      // The test page in the language asked for (`?lang=ar`).
      '/test/whole.html': (req, res, url) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page.replace('lang="en"></article-embed>', `lang="${url.searchParams.get('lang') || 'en'}"></article-embed>`));
      },
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); });

/**
 * Opens the test page in a context that records every request (of the page and of its frames)
 * and answers every host but ours with a stand-in: a player page that loads nothing more.
 */
async function open(lang = 'en', options = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  const requests = [];
  const thirdParty = [];
  context.on('request', r => requests.push(r.url()));
  await context.route(u => !u.href.startsWith(site.origin), route => {
    thirdParty.push(route.request().url());
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Stand-in player</title><p>A stand-in player</p>' });
  });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', e => errors.push(e.message));
  await p.addInitScript(() => {
    window.__events = [];
    document.addEventListener('article-embed:consent', e => window.__events.push({ name: 'consent', detail: { ...e.detail } }));
  });
  await p.goto(`${site.origin}/test/whole.html?lang=${lang}`);
  const w = new Widget(p, '#w');
  assert.equal(await w.settled(), 'mounted');
  const foreign = () => requests.filter(u => !u.startsWith(site.origin) && !u.startsWith('data:'));
  return { context, page: p, w, requests, thirdParty, foreign, errors };
}

/** Brings every part of the article into view, one after another, and waits until every image in it has loaded. */
async function readThrough(p) {
  const parts = await p.w.evalInShadow(r => r.querySelectorAll('.ae-body > *, .ae-body img').length);
  for (let i = 0; i < parts; i++) {
    await p.w.evalInShadow((r, n) => r.querySelectorAll('.ae-body > *, .ae-body img')[n].scrollIntoView({ block: 'center' }), i);
  }
  // Loaded or failed: a request that went out has been answered.
  await p.w.waitInShadow(r => [...r.querySelectorAll('img')].every(i => i.complete));
}

/** The focused element inside the widget (id, data-embed, data-player, role) across the shadow boundary. */
const focused = w => w.evalInShadow(r => {
  const a = r.activeElement;
  return a && { id: a.id, embed: a.dataset.embed ?? null, player: a.dataset.player ?? null, tag: a.tagName.toLowerCase() };
});

const players = w => w.evalInShadow(r => [...r.querySelectorAll('iframe')].map(f => ({
  player: f.dataset.player, src: f.src, sandbox: f.getAttribute('sandbox'), allow: f.getAttribute('allow'),
  referrer: f.referrerPolicy, title: f.title,
})));

test('nothing third-party before a click and consent; then that player only, on the privacy-enhanced host; the other waits', async () => {
  const p = await open();
  const { w } = p;
  await readThrough(p);
  await w.inShadow(`[data-embed="play ${YOUTUBE}"]`).hover();
  await w.inShadow(`[data-embed="play ${YOUTUBE}"]`).focus();
  assert.deepEqual(p.foreign(), [], 'read through, hovered, focused: nothing from a third party');
  assert.ok(p.requests.some(u => u.endsWith('/media/press-conference.svg')), 'the poster is the publisher\'s');
  assert.equal(await w.evalInShadow(r => [...r.querySelectorAll('img')].every(i => i.naturalWidth > 0)), true, 'every image shows');
  assert.ok(!p.requests.some(u => u.endsWith('.webm') || u.endsWith('.ogg')), 'the own video and audio wait for play');

  // A click without consent: the question in place, focused; what loads from whom, announced.
  await w.inShadow(`[data-embed="play ${YOUTUBE}"]`).click();
  await w.inShadow(`#ae-ask-${YOUTUBE}`).waitFor();
  assert.equal((await focused(w)).id, `ae-ask-${YOUTUBE}`);
  await w.waitForLive('The player loads from \u2068www.youtube-nocookie.com\u2069, which may set cookies. Allowing it covers every embedded video; you can change it under “Privacy settings”.');
  assert.deepEqual(p.foreign(), [], 'asked, not yet allowed: nothing from a third party');

  // "Allow and play": recorded as the reader's decision, that player and only that one.
  await w.inShadow(`[data-embed="allow ${YOUTUBE}"]`).click();
  await w.inShadow(`iframe[data-player="${YOUTUBE}"]`).waitFor();
  await waitForEvent(p.page, 'consent', { detail: { media: true, advertising: false, source: 'banner' } });
  assert.deepEqual(await players(w), [{
    player: String(YOUTUBE), src: 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE',
    sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups',
    allow: 'fullscreen; picture-in-picture; encrypted-media', referrer: 'strict-origin-when-cross-origin',
    title: 'EU–Kazakhstan Cooperation Council: the press conference',
  }]);
  assert.equal((await focused(w)).player, String(YOUTUBE), 'focus is in the player');
  assert.match(await p.page.evaluate(() => localStorage.getItem('article-embed:consent')), /\|banner\|media$/);
  await until(() => p.thirdParty.length > 0);
  assert.deepEqual(p.foreign(), ['https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'], 'the one request: that player');

  // Consented: the other facade still waits for its own click, then plays at once, and the
  // first player is left as it is (the same element: not drawn again, so not reloaded).
  assert.equal(await w.inShadow(`[data-embed="play ${VIMEO}"]`).count(), 1);
  await w.evalInShadow((r, at) => { r.querySelector(`iframe[data-player="${at}"]`).__kept = true; }, YOUTUBE);
  await w.inShadow(`[data-embed="play ${VIMEO}"]`).click();
  await w.inShadow(`iframe[data-player="${VIMEO}"]`).waitFor();
  assert.equal(await w.evalInShadow((r, at) => r.querySelector(`iframe[data-player="${at}"]`).__kept, YOUTUBE), true);
  assert.equal(await w.inShadow(`#ae-ask-${VIMEO}`).count(), 0, 'no second question');
  assert.deepEqual((await players(w)).map(f => f.src), [
    'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE', 'https://player.vimeo.com/video/76979871?dnt=1',
  ]);
  await until(() => p.foreign().length === 2);
  assert.deepEqual(p.thirdParty, p.foreign(), 'every third-party request went to the stand-in');
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('"Not now" goes back to the facade; withdrawing consent removes the players', async () => {
  const p = await open();
  const { w } = p;
  await w.inShadow(`[data-embed="play ${VIMEO}"]`).click();
  await w.inShadow(`[data-embed="later ${VIMEO}"]`).click();
  await w.inShadow(`#ae-ask-${VIMEO}`).waitFor({ state: 'detached' });
  assert.equal((await focused(w)).embed, `play ${VIMEO}`, 'focus back on the facade');
  assert.deepEqual(p.foreign(), []);

  await w.inShadow(`[data-embed="play ${YOUTUBE}"]`).click();
  await w.inShadow(`[data-embed="allow ${YOUTUBE}"]`).click();
  await w.inShadow(`iframe[data-player="${YOUTUBE}"]`).waitFor();
  // The privacy settings: embedded content is listed, ticked; untick and save.
  await w.privacyButton().click();
  assert.equal(await w.category('media').isChecked(), true);
  assert.equal(await w.category('advertising').count(), 0, 'no ad here, no advertising choice');
  await w.category('media').uncheck();
  await w.consentButton('save').click();
  await waitForEvent(p.page, 'consent', { detail: { media: false } });
  await w.inShadow('iframe').waitFor({ state: 'detached' });
  assert.equal(await w.inShadow(`[data-embed="play ${YOUTUBE}"]`).count(), 1, 'the facade is back');
  // Without consent again, a click asks again.
  await w.inShadow(`[data-embed="play ${YOUTUBE}"]`).click();
  await w.inShadow(`#ae-ask-${YOUTUBE}`).waitFor();
  await p.context.close();
});

test('the keyboard reaches the table, the facades and the footnotes; a reference goes to its note and back', async () => {
  const p = await open();
  const { w, page: pg } = p;
  await pg.locator('a[href="#top"]').focus();
  const { stops, left } = await walk(pg, 'Tab', 120);
  assert.ok(left, `the walk left the widget after ${stops.length} stops`);
  const what = stops.map(s => s.what);
  for (const want of ['ae-table', 'ae-facade', 'ae-facade', 'ae-button', 'ae-back']) {
    const i = what.indexOf(want);
    assert.ok(i >= 0, `${want} in the walk: ${what.join(', ')}`);
    what.splice(i, 1);
  }
  // A reference: focus to the note, the host page's URL untouched; back to the reference.
  await w.inShadow('[data-note="n2"]').click();
  assert.equal((await focused(w)).id, 'ae-fn-n2');
  await w.inShadow('[data-note-back="n2"]').click();
  assert.equal((await focused(w)).id, 'ae-ref-n2');
  assert.equal(await pg.evaluate(() => location.hash), '');
  // The facade answers the keyboard: Enter asks, and the question has focus.
  await w.inShadow(`[data-embed="play ${YOUTUBE}"]`).focus();
  await pg.keyboard.press('Enter');
  await w.inShadow(`#ae-ask-${YOUTUBE}`).waitFor();
  assert.equal((await focused(w)).id, `ae-ask-${YOUTUBE}`);
  const f = await focusedControl(pg);
  assert.equal(f.hostIndex, 0);
  await pg.keyboard.press('Tab');
  assert.equal((await focused(w)).embed, `allow ${YOUTUBE}`);
  await pg.keyboard.press('Enter');
  await w.inShadow(`iframe[data-player="${YOUTUBE}"]`).waitFor();
  assert.equal((await focused(w)).player, String(YOUTUBE));
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('axe finds nothing: English and Arabic, light and dark, the facades idle and asking', async () => {
  for (const lang of ['en', 'ar']) {
    for (const colorScheme of ['light', 'dark']) {
      const p = await open(lang, { colorScheme });
      await readThrough(p);
      assert.equal(await p.w.articleDir(), lang === 'ar' ? 'rtl' : 'ltr');
      let r = await axe(p.page);
      assert.deepEqual(r.violations, [], `${lang} ${colorScheme}, facades idle`);
      assert.ok(r.shadowNodes > 100, `axe looked inside the shadow root (${r.shadowNodes} nodes)`);
      await p.w.inShadow(`[data-embed="play ${YOUTUBE}"]`).click();
      await p.w.inShadow(`#ae-ask-${YOUTUBE}`).waitFor();
      r = await axe(p.page);
      assert.deepEqual(r.violations, [], `${lang} ${colorScheme}, asking`);
      assert.deepEqual(p.foreign(), []);
      await p.context.close();
    }
  }
});

test('at 320 px the page never scrolls sideways; the table scrolls in its own region', async () => {
  for (const lang of ['en', 'ar']) {
    const p = await open(lang, { viewport: { width: 320, height: 700 } });
    await readThrough(p);
    const sizes = await p.page.evaluate(() => {
      const r = document.querySelector('#w').shadowRoot;
      const region = r.querySelector('.ae-table');
      return { page: document.documentElement.scrollWidth, view: innerWidth, region: region.scrollWidth, box: region.clientWidth };
    });
    assert.ok(sizes.page <= sizes.view, `${lang}: the page is ${sizes.page} px wide in ${sizes.view}`);
    assert.ok(sizes.region > sizes.box, `${lang}: the table is wider than its region (${sizes.region} in ${sizes.box}), which scrolls`);
    await p.context.close();
  }
});

/** Polls a test-side condition until it holds. */
async function until(condition, timeout = 10000) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`condition not met: ${condition}`);
    await new Promise(r => setTimeout(r, 50));
  }
}
