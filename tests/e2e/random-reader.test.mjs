// The random reader: a few hundred seeded random clicks, key presses, language switches and API
// calls across three widgets on one page, with host listeners that call the JS API back
// (unmount and mount again, consent, taking shares over). Nothing may be thrown uncaught or
// panic, few steps may miss their control, and at the end every widget is consistent: its
// article's `lang` is the language its switcher marks and shows, the last event it fired said
// that language, and the page holds at most one consent banner. Two walks run: a pinned seed,
// the same in every run, and a new random one. SEED=<n> replays one walk (the same steps: each
// step draws the same number of random values whatever it does); STEPS=<n> changes its length.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launch, openPage, Widget, crashes } from './harness.mjs';

const PINNED_SEED = 20261201;
const SEEDS = process.env.SEED ? [Number(process.env.SEED)] : [PINNED_SEED, Date.now() % 2 ** 31];
const STEPS = Number(process.env.STEPS ?? 300);
// A step misses when it finds no control to click, or its control is re-rendered away or hidden
// between finding and clicking it: 0–3 % of the steps here. A walk that misses more than this
// share did not exercise the widgets (a build that hides every control misses over half): it fails.
const MAX_MISSED = 0.1;
const IDS = ['a', 'b', 'c'];
const KEYS = ['Tab', 'Shift+Tab', 'Enter', ' ', 'Escape', 'ArrowDown', 'ArrowUp', 'Home', 'e', 'n'];
const CALLS = ['unmount', 'mount', 'consent', 'remount'];
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

/**
 * One step's random values, five of them whatever the step does: which widget, which action,
 * which of the controls found (a fraction of their number), which key or API call, and a yes/no.
 */
function stepDraws(rnd) {
  const [widget, action, index, choice, flag] = [rnd(), rnd(), rnd(), rnd(), rnd()];
  const of = list => list[Math.floor(choice * list.length)];
  return {
    id: IDS[Math.floor(widget * IDS.length)], action, nth: n => Math.floor(index * n),
    key: of(KEYS), call: of(CALLS), yes: flag < 0.5,
  };
}

let site, browser;
before(async () => { site = await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await site?.close(); });

/**
 * The host page's listeners: they call the widgets back, at random (seeded too, but how often
 * they are called depends on the widgets' timing). The API calls they and the walk start are
 * tracked in `window.__pending` until they are done.
 */
function hostListeners(seed) {
  let s = seed;
  const rnd = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  window.__hostCalls = { remount: 0, consent: 0, share: 0 };
  const pending = window.__pending = new Set();
  window.__track = promise => {
    const done = () => pending.delete(promise);
    pending.add(promise);
    promise.then(done, done);
    return promise;
  };
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
    if (!window.__hostQuiet && rnd() < 0.2) {
      window.__hostCalls.remount++;
      const el = e.target;
      window.__track(ArticleEmbed.unmount(el).then(() => ArticleEmbed.mount(el, { lang: e.detail.lang })));
    }
  });
  document.addEventListener('article-embed:consent', e => {
    if (!window.__hostQuiet && e.detail.source === 'banner' && rnd() < 0.5) {
      window.__hostCalls.consent++;
      window.__track(ArticleEmbed.consent({ advertising: rnd() < 0.5 }));
    }
  });
}

const title = seed => `a random reader, seed ${seed}${seed === PINNED_SEED ? ' (pinned)' : ''}, ${STEPS} steps`;

for (const seed of SEEDS) test(title(seed), async t => {
  t.diagnostic(`seed ${seed} (replay: SEED=${seed} node --test tests/e2e/random-reader.test.mjs)`);
  console.log(`random-reader: seed ${seed}`);
  const rnd = generator(seed);
  const p = await openPage(browser, null, { permissions: ['clipboard-read', 'clipboard-write'] });
  p.context.on('page', popup => popup.close().catch(() => {}));
  await p.page.addInitScript(hostListeners, seed);
  await p.page.goto(site.origin + '/test/reentrancy.html');
  const widgets = Object.fromEntries(IDS.map(id => [id, new Widget(p.page, '#' + id)]));
  for (const w of Object.values(widgets)) assert.equal(await w.settled(), 'mounted');
  const done = { click: 0, key: 0, language: 0, consent: 0, hostDecided: 0, api: 0, missed: 0 };
  for (let step = 0; step < STEPS; step++) {
    const draw = stepDraws(rnd), w = widgets[draw.id];
    try {
      if (draw.action < 0.35) {
        const controls = w.inShadow(CONTROLS).filter({ visible: true });
        const n = await controls.count();
        if (!n) { done.missed++; continue; }
        await controls.nth(draw.nth(n)).click({ timeout: 300 });
        done.click++;
      } else if (draw.action < 0.6) {
        await p.page.keyboard.press(draw.key);
        done.key++;
      } else if (draw.action < 0.8) {
        await w.languageButton().click({ timeout: 300 });
        const links = w.languageLinks().filter({ visible: true });
        const n = await links.count();
        if (n) await links.nth(draw.nth(n)).click({ timeout: 300 });
        done.language++;
      } else if (draw.action < 0.9) {
        // The consent banner or choices where shown, else "Privacy settings" (none once the
        // host has decided: from then on the widgets follow the host, and there is nothing to
        // click, which is no miss).
        const consent = w.inShadow('[data-consent-action], [data-category], [data-action="privacy"]').filter({ visible: true });
        const n = await consent.count();
        if (!n) {
          if (await p.page.evaluate(() => ArticleEmbed.given !== undefined)) done.hostDecided++;
          else done.missed++;
          continue;
        }
        await consent.nth(draw.nth(n)).click({ timeout: 300 });
        done.consent++;
      } else {
        await p.page.evaluate(([call, id, yes]) => {
          const el = document.getElementById(id);
          // Unmounted, and mounted again a moment later (steps may come in between).
          if (call === 'unmount') {
            return ArticleEmbed.unmount(el).then(() => {
              window.__track(new Promise(r => setTimeout(r, 200)).then(() => ArticleEmbed.mount(el)));
            });
          }
          if (call === 'mount') return ArticleEmbed.mount(el);
          if (call === 'consent') return ArticleEmbed.consent({ advertising: yes });
          window.__track(ArticleEmbed.unmount(el)); // not awaited: the mount starts while the unmount is under way
          return ArticleEmbed.mount(el, { lang: 'en' });
        }, [draw.call, draw.id, draw.yes]);
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
  assert.deepEqual(p.pageErrors, [], `nothing thrown uncaught (seed ${seed})`);
  assert.deepEqual(crashes(p), [], `no panic (seed ${seed})`);
  assert.ok(done.missed <= MAX_MISSED * STEPS,
    `${done.missed} of ${STEPS} steps missed their control, at most ${MAX_MISSED * 100} % may (seed ${seed})`);

  // The walk is over: the host stops calling back, every API call started is done, and a widget
  // the reader left unmounted is mounted again.
  await p.page.evaluate(() => { window.__hostQuiet = true; });
  await p.page.waitForFunction(() => window.__pending.size === 0);
  for (const id of IDS) {
    const state = await widgets[id].state();
    if (state !== 'mounted') await p.page.evaluate(i => ArticleEmbed.mount(document.getElementById(i)), id);
    assert.equal(await widgets[id].settled(), 'mounted', `${id} mounted (seed ${seed})`);
  }
  for (const id of IDS) {
    const seen = await widgets[id].evalInShadow(r => ({
      article: r.querySelector('article.ae')?.getAttribute('lang'),
      marked: r.querySelector('#ae-lang-list [aria-current="true"]')?.getAttribute('hreflang'),
      markedName: r.querySelector('#ae-lang-list [aria-current="true"] .ae-lang-name')?.textContent,
      button: r.querySelector('.ae-lang-btn span[aria-hidden="true"]')?.textContent,
    }));
    const last = (await p.page.evaluate(() => window.__events))
      .filter(e => e.id === id && (e.name === 'language' || e.name === 'mounted')).at(-1);
    assert.equal(seen.marked, seen.article, `${id}: the switcher marks the article's language (seed ${seed})`);
    assert.equal(seen.button, seen.markedName, `${id}: the button shows it (seed ${seed})`);
    assert.equal(last?.detail.lang, seen.article, `${id}: the last event said it (seed ${seed})`);
  }
  const banners = await p.page.evaluate(ids => ids.map(i => document.getElementById(i).shadowRoot
    .querySelectorAll('section.ae-consent [data-consent-action="accept"]').length).reduce((a, b) => a + b), IDS);
  assert.ok(banners <= 1, `at most one banner, saw ${banners} (seed ${seed})`);
  assert.deepEqual(p.pageErrors, []);
  assert.deepEqual(crashes(p), []);
  await p.context.close();
});
