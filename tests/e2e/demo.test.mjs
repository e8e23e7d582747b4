// The demo host page, as a reader sees it: both seed articles, complete, localized, marked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launch, openPage, Widget, seedBodyLines, events } from './harness.mjs';

let site, browser, p;
before(async () => {
  site = await startSite();
  browser = await launch();
  p = await openPage(browser, site.origin + '/');
});
after(async () => { await browser?.close(); await site?.close(); });

const danish = () => new Widget(p.page, 'article-embed[src*="closer-ties"]');
const swahili = () => new Widget(p.page, 'article-embed[src*="relations"]');

test('both seed headlines are shown', async () => {
  assert.equal(await danish().settled(), 'mounted');
  assert.equal(await danish().headline(), 'EU og Kasakhstan sigter mod at skabe "stadig tættere" forbindelser');
  assert.equal(await swahili().settled(), 'mounted');
  assert.equal(await swahili().headline(), 'Kuimarisha Mahusiano: Hali ya Mahusiano Kati ya EU na Kazakhstan');
});

test('every body paragraph of each seed is shown, in order', async () => {
  for (const [w, seed] of [[danish(), 'eu-kazakhstan-closer-ties.da.txt'], [swahili(), 'eu-kazakhstan-relations.sw.txt']]) {
    await w.settled();
    const units = await w.bodyUnits();
    const lines = await seedBodyLines(seed);
    assert.equal(units.length, lines.length, `${seed}: ${units.length} shown, ${lines.length} in the seed`);
    assert.deepEqual(units.map(u => u.text), lines);
  }
});

test('the English passages of the Swahili article are marked English', async () => {
  const units = await swahili().bodyUnits();
  const english = units.filter(u => /^(In recent years|Economic relations)/.test(u.text));
  assert.equal(english.length, 2);
  for (const u of english) assert.equal(u.lang, 'en', u.text);
  const span = swahili().inShadow('span[lang="en"]').filter({ hasText: 'abundant renewable energy' });
  assert.equal(await span.count(), 1);
  assert.equal(await swahili().articleLang(), 'sw');
});

test('the publish date is localized, and the chrome is in the article language', async () => {
  const dateFor = lang => p.page.evaluate(l => new Date('2022-06-21T09:00:00+02:00').toLocaleDateString(l, { dateStyle: 'long' }), lang);
  const da = (await danish().inShadow('time').textContent()).replace(/[\u2068\u2069]/g, '');
  assert.equal(da, `Udgivet ${await dateFor('da')}`);
  assert.match(da, /21\. juni 2022/);
  assert.equal(await danish().inShadow('time').getAttribute('datetime'), '2022-06-21T09:00:00+02:00');
  const sw = (await swahili().inShadow('time').textContent()).replace(/[\u2068\u2069]/g, '');
  assert.match(sw, /^Imechapishwa .*2024/);
  assert.equal(await danish().inShadow('#ae-share-top').textContent(), 'Del:');
  assert.equal(await swahili().inShadow('#ae-share-top').textContent(), 'Shiriki:');
});

test('one wasm download for the three widgets, mounted events, and no console errors', async () => {
  const wasm = p.requests.filter(u => u.endsWith('.wasm'));
  assert.equal(wasm.length, 1, wasm.join(', '));
  const mounted = (await events(p.page)).filter(e => e.name === 'mounted');
  assert.deepEqual(mounted.map(e => e.detail.lang).sort(), ['da', 'en', 'sw']);
  assert.deepEqual(p.consoleMessages.filter(m => m.type === 'error' || m.type === 'warning'), []);
  assert.deepEqual(p.pageErrors, []);
});

test('the loader\'s early request for each article is the one the widget uses, and leaves no trace', async () => {
  for (const doc of ['/articles/eu-kazakhstan-closer-ties/article.json', '/articles/eu-kazakhstan-relations/article.json',
    '/articles/eu-kazakhstan-trade-in-figures/article.json']) {
    assert.equal(site.log.filter(u => u === doc).length, 1, `${doc} requested once`);
  }
  assert.equal(await p.page.locator('head link[rel=preload]').count(), 0, 'the preload links are gone');
});

test('nothing is requested from any other origin', async () => {
  const foreign = p.requests.filter(u => !u.startsWith(site.origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
});
