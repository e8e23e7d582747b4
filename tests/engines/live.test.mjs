// The live embed in every engine (ENGINES=chromium,firefox,webkit): the demo page renders both
// seed articles completely, and its whole article; a real click switches language in place; share links carry the
// article and "Copy link" copies or says how; each URL is requested once; nothing is thrown,
// logged as an error, or warned.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, selected } from '../../scripts/engines/engines.mjs';
import { startSite } from './site.mjs';
import { seedBodyLines } from '../e2e/harness.mjs';
import { RELATIONS, TIES, WHOLE, clean, eventsOf, ftl, liveText, part, settled, shown, switchLanguage, waitForEvent } from './widget.mjs';

const SEEDS = [
  [TIES, 'da', 'EU og Kasakhstan sigter mod at skabe "stadig tættere" forbindelser', 'eu-kazakhstan-closer-ties.da.txt'],
  [RELATIONS, 'sw', 'Kuimarisha Mahusiano: Hali ya Mahusiano Kati ya EU na Kazakhstan', 'eu-kazakhstan-relations.sw.txt'],
];

for (const engine of selected()) describe(engine, () => {
  let site, browser, tab, mark;
  before(async () => {
    site = await startSite();
    browser = await launch(engine);
    mark = site.since();
    tab = await browser.open(site.origin + '/');
  });
  after(async () => { await browser?.close(); await site?.close(); });

  test('both seed articles are shown, complete, in their languages, and the whole article', async () => {
    for (const [host, lang, title, seed] of SEEDS) {
      assert.equal(await settled(tab, host), 'mounted', host);
      const s = await shown(tab, host);
      assert.equal(s.title, title);
      assert.equal(s.lang, lang);
      assert.deepEqual(s.units, await seedBodyLines(seed), `${seed}: every body unit, in order`);
    }
    // The demo page's third widget, the whole article (its blocks are checked in
    // tests/e2e/whole-article.test.mjs and, in every engine, by the keyboard walk and axe).
    assert.equal(await settled(tab, WHOLE), 'mounted', WHOLE);
    const whole = await shown(tab, WHOLE);
    assert.equal(whole.title, 'EU and Kazakhstan: trade in figures, and everything else an article can hold');
    assert.equal(whole.lang, 'en');
    const mounted = await eventsOf(tab, 'mounted');
    assert.deepEqual(mounted.map(e => e.detail.lang).sort(), ['da', 'en', 'sw']);
  });

  test('each URL is requested once: the articles, their files, the catalogues, the glue, the wasm, the css', async () => {
    // The widget's requests: not the page's own (the page, the recorder, and the loader, which
    // the page names twice: the one-tag form is a second script tag. Served as here with
    // no-cache, Firefox fetches a script once per tag; with a max-age, once).
    const urls = site.requests(mark).filter(u => !['/', '/favicon.ico', '/engines/record.js', '/dist/loader.js'].includes(u));
    const twice = urls.filter((u, i) => urls.indexOf(u) !== i);
    assert.deepEqual(twice, [], `requested more than once, of ${urls.length}: ${urls.join(' ')}`);
    for (const doc of ['/articles/eu-kazakhstan-closer-ties/article.json', '/articles/eu-kazakhstan-relations/article.json']) {
      assert.ok(urls.includes(doc), `${doc} requested`);
    }
    assert.equal(urls.filter(u => u.endsWith('.wasm')).length, 1, 'one wasm for both widgets');
  });

  test('a real click on a language switches the article in place, and focus returns to the button', async () => {
    const url = await tab.eval(() => location.href);
    await switchLanguage(tab, TIES, 'en');
    await waitForEvent(tab, 'language', { detail: { lang: 'en' } });
    assert.equal(await tab.eval(() => location.href), url, 'no navigation');
    assert.equal((await shown(tab, TIES)).title, 'EU and Kazakhstan aim to create "ever closer" ties');
    assert.equal(await tab.eval(h => $(h).shadowRoot.activeElement?.className, TIES), 'ae-lang-btn');
    await switchLanguage(tab, TIES, 'ar');
    assert.equal(await tab.eval(h => $(h).shadowRoot.querySelector('article.ae').getAttribute('dir'), TIES), 'rtl');
  });

  test('share links carry the article, and "Copy link" copies it (or says what to copy)', async () => {
    const links = await tab.eval(h => [...$(h).shadowRoot.querySelectorAll('.ae-share[data-row="top"] a[data-share]')]
      .map(a => [a.dataset.share, a.href, a.target, a.rel]), RELATIONS);
    // Mastodon, in the default set too, is a button (it asks for the reader's server).
    assert.deepEqual(links.map(l => l[0]), ['facebook', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'bluesky', 'email']);
    const x = new URL(links[1][1]);
    assert.equal(x.hostname, 'x.com');
    assert.match(x.searchParams.get('url'), /^https:\/\/www\.eureporter\.co\//);
    for (const [, , target, rel] of links.slice(0, 7)) assert.deepEqual([target, rel], ['_blank', 'noopener noreferrer']);
    const native = await tab.eval(h => !!$(h).shadowRoot.querySelector('[data-share="native"]'), RELATIONS);
    assert.equal(native, await tab.eval(() => typeof navigator.share === 'function'), 'the system share button only where there is one');
    const url = await tab.eval(h => $(h).shadowRoot.querySelector('.ae-share[data-row="top"]').dataset.url, RELATIONS);
    await tab.click(part(RELATIONS, '.ae-share[data-row="top"] [data-share="copy"]'));
    await waitForEvent(tab, 'share', { detail: { network: 'copy' } });
    const said = await tab.waitFor(h => $(h).shadowRoot.querySelector('[data-live]').textContent.replace(/\u200b$/, ''), { args: [RELATIONS] });
    const copied = ftl('sw', 'share-copied');
    const failed = ftl('sw', 'share-copy-failed').replace('{ $url }', url);
    assert.ok(said === copied || said.replace(/[\u2068\u2069]/g, '') === failed, `announced: ${said}`);
    if (said === copied) {
      assert.equal(await tab.eval(h => !$(h).shadowRoot.querySelector('.ae-share[data-row="top"] [data-copied]').hidden, RELATIONS), true, '"Link copied" shown');
    }
    assert.equal(await liveText(tab, RELATIONS), said);
  });

  test('nothing thrown, no console error, no warning; nothing asked of another origin', async () => {
    assert.deepEqual(await clean(tab), { uncaught: [], errors: [], warnings: [] });
    const foreign = (await tab.recorded()).fetches.filter(u => !u.startsWith(site.origin));
    assert.deepEqual(foreign, []);
  });
});
