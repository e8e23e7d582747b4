// The random reader: a few hundred seeded random clicks, key presses, language switches and API
// calls across three widgets on one page, with host listeners that call the JS API back
// (unmount and mount again, consent, taking shares over). Nothing may be thrown uncaught or
// panic, and at the end every widget is consistent: its article's `lang` is the language its
// switcher marks and shows, the last event it fired said that language, and the page holds at
// most one consent banner. SEED=<n> replays a run; STEPS=<n> changes its length.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launch, openPage, Widget, crashes } from './harness.mjs';

const SEED = Number(process.env.SEED ?? (Date.now() % 2 ** 31));
const STEPS = Number(process.env.STEPS ?? 300);
const IDS = ['a', 'b', 'c'];
const KEYS = ['Tab', 'Shift+Tab', 'Enter', ' ', 'Escape', 'ArrowDown', 'ArrowUp', 'Home', 'e', 'n'];
const CONTROLS = 'button, a[href], summary, input, [data-lang], [data-share], [data-consent-action]';

/** mulberry32: a small seeded generator, the same in Node and in the page. */
function generator(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let site, browser;
before(async () => { site = await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await site?.close(); });

/** The host page's listeners: they call the widgets back, at random (seeded too). */
function hostListeners(seed) {
  let s = seed;
  const rnd = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  window.__hostCalls = { remount: 0, consent: 0, share: 0 };
  // Links inside the widgets may not take the page away (the test would end there).
  addEventListener('click', e => {
    const a = e.composedPath().find(n => n.tagName === 'A');
    if (a && !a.hasAttribute('data-lang')) e.preventDefault();
  });
  document.addEventListener('article-embed:share', e => {
    window.__hostCalls.share++;
    if (e.detail.network !== 'copy' || rnd() < 0.5) e.preventDefault();
  });
  document.addEventListener('article-embed:language', e => {
    if (rnd() < 0.2) {
      window.__hostCalls.remount++;
      const el = e.target;
      ArticleEmbed.unmount(el).then(() => ArticleEmbed.mount(el, { lang: e.detail.lang }));
    }
  });
  document.addEventListener('article-embed:consent', e => {
    if (e.detail.source === 'banner' && rnd() < 0.5) {
      window.__hostCalls.consent++;
      ArticleEmbed.consent({ advertising: rnd() < 0.5 });
    }
  });
}

test(`a random reader, seed ${SEED}, ${STEPS} steps`, async t => {
  t.diagnostic(`seed ${SEED} (replay: SEED=${SEED} node --test tests/e2e/random-reader.test.mjs)`);
  console.log(`random-reader: seed ${SEED}`);
  const rnd = generator(SEED);
  const pick = list => list[Math.floor(rnd() * list.length)];
  const p = await openPage(browser, null, { permissions: ['clipboard-read', 'clipboard-write'] });
  p.context.on('page', popup => popup.close().catch(() => {}));
  await p.page.addInitScript(hostListeners, SEED);
  await p.page.goto(site.origin + '/test/reentrancy.html');
  const widgets = Object.fromEntries(IDS.map(id => [id, new Widget(p.page, '#' + id)]));
  for (const w of Object.values(widgets)) assert.equal(await w.settled(), 'mounted');
  const done = { click: 0, key: 0, language: 0, consent: 0, api: 0, missed: 0 };
  for (let step = 0; step < STEPS; step++) {
    const id = pick(IDS), w = widgets[id];
    const r = rnd();
    try {
      if (r < 0.35) {
        const controls = w.inShadow(CONTROLS).filter({ visible: true });
        const n = await controls.count();
        if (!n) { done.missed++; continue; }
        await controls.nth(Math.floor(rnd() * n)).click({ timeout: 300 });
        done.click++;
      } else if (r < 0.6) {
        await p.page.keyboard.press(pick(KEYS));
        done.key++;
      } else if (r < 0.8) {
        await w.languageButton().click({ timeout: 300 });
        const links = w.languageLinks().filter({ visible: true });
        const n = await links.count();
        if (n) await links.nth(Math.floor(rnd() * n)).click({ timeout: 300 });
        done.language++;
      } else if (r < 0.9) {
        // The consent banner or choices where shown, else "Privacy settings" (none once the
        // host has decided: from then on the widgets follow the host).
        const consent = w.inShadow('[data-consent-action], [data-category], [data-action="privacy"]').filter({ visible: true });
        const n = await consent.count();
        if (!n) { done.missed++; continue; }
        await consent.nth(Math.floor(rnd() * n)).click({ timeout: 300 });
        done.consent++;
      } else {
        const call = pick(['unmount', 'mount', 'consent', 'remount']);
        await p.page.evaluate(([call, id, yes]) => {
          const el = document.getElementById(id);
          // Unmounted, and mounted again a moment later (steps may come in between).
          if (call === 'unmount') return ArticleEmbed.unmount(el).then(() => { setTimeout(() => ArticleEmbed.mount(el), 200); });
          if (call === 'mount') return ArticleEmbed.mount(el);
          if (call === 'consent') return ArticleEmbed.consent({ advertising: yes });
          ArticleEmbed.unmount(el); // not awaited: the mount starts while the unmount is under way
          return ArticleEmbed.mount(el, { lang: 'en' });
        }, [call, id, rnd() < 0.5]);
        done.api++;
      }
    } catch (e) {
      // A control re-rendered away or hidden between finding and clicking it: a missed step.
      if (!/Timeout|detached|not visible|outside of the viewport|intercepts pointer/i.test(e.message)) throw e;
      done.missed++;
    }
    if (p.pageErrors.length || crashes(p).length) break;
  }
  t.diagnostic(`steps ${JSON.stringify(done)}, host calls ${JSON.stringify(await p.page.evaluate(() => window.__hostCalls))}`);
  assert.deepEqual(p.pageErrors, [], `nothing thrown uncaught (seed ${SEED})`);
  assert.deepEqual(crashes(p), [], `no panic (seed ${SEED})`);

  // Let every fetch and re-render finish; a widget the reader left unmounted is mounted again.
  await p.page.waitForTimeout(1500);
  for (const id of IDS) {
    const state = await widgets[id].state();
    if (state !== 'mounted') await p.page.evaluate(i => ArticleEmbed.mount(document.getElementById(i)), id);
    assert.equal(await widgets[id].settled(), 'mounted', `${id} mounted (seed ${SEED})`);
  }
  await p.page.waitForTimeout(500);
  for (const id of IDS) {
    const seen = await widgets[id].evalInShadow(r => ({
      article: r.querySelector('article.ae')?.getAttribute('lang'),
      marked: r.querySelector('#ae-lang-list [aria-current="true"]')?.getAttribute('hreflang'),
      markedName: r.querySelector('#ae-lang-list [aria-current="true"] .ae-lang-name')?.textContent,
      button: r.querySelector('.ae-lang-btn span[aria-hidden="true"]')?.textContent,
    }));
    const last = (await p.page.evaluate(() => window.__events))
      .filter(e => e.id === id && (e.name === 'language' || e.name === 'mounted')).at(-1);
    assert.equal(seen.marked, seen.article, `${id}: the switcher marks the article's language (seed ${SEED})`);
    assert.equal(seen.button, seen.markedName, `${id}: the button shows it (seed ${SEED})`);
    assert.equal(last?.detail.lang, seen.article, `${id}: the last event said it (seed ${SEED})`);
  }
  const banners = await p.page.evaluate(ids => ids.map(i => document.getElementById(i).shadowRoot
    .querySelectorAll('section.ae-consent [data-consent-action="accept"]').length).reduce((a, b) => a + b), IDS);
  assert.ok(banners <= 1, `at most one banner, saw ${banners} (seed ${SEED})`);
  assert.deepEqual(p.pageErrors, []);
  assert.deepEqual(crashes(p), []);
  await p.context.close();
});
