// Accessibility: axe-core (WCAG 2.0–2.2 A and AA rules) over the whole demo page, widgets'
// shadow roots included, in light and dark, with the articles in Danish, Swahili, English and
// Arabic, and the consent banner asking, choosing, closed (rejected) and closed (accepted, ad
// shown); the language list open too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launch, openPage, Widget } from './harness.mjs';
import { axe, openDemo, RELATIONS, TIES } from './a11y-probes.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await site?.close(); });

/** Which widget shows which language: each article in each of its languages that is asked for. */
const LANGUAGES = { da: [TIES], sw: [RELATIONS, TIES], en: [TIES, RELATIONS], ar: [TIES] };

/** Opens the demo page with both widgets mounted and every listed one switched to `lang`. */
async function demo(scheme, lang) {
  const p = await openDemo(browser, site.origin, { colorScheme: scheme });
  const widgets = { [TIES]: p.ties, [RELATIONS]: p.relations };
  for (const sel of LANGUAGES[lang]) if ((await widgets[sel].articleLang()) !== lang) await widgets[sel].switchTo(lang);
  for (const sel of LANGUAGES[lang]) assert.equal(await widgets[sel].articleLang(), lang);
  return p;
}

/** Asserts axe finds nothing, naming the rule and nodes when it does; returns the run. */
async function clean(page, state) {
  const r = await axe(page);
  assert.deepEqual(r.violations, [], `axe violations (${state})`);
  assert.ok(r.passes.length > 10, `axe ran its rules (${state}): ${r.passes.length} passed`);
  assert.ok(r.shadowNodes > 50, `axe looked inside the shadow roots (${state}): ${r.shadowNodes} nodes`);
  return r;
}

for (const scheme of ['light', 'dark']) {
  for (const lang of Object.keys(LANGUAGES)) {
    test(`axe: demo page, ${scheme}, ${lang}: banner asking, choosing, rejected, accepted`, async () => {
      const p = await demo(scheme, lang);
      const w = p.ties;
      assert.equal(await w.banner().getAttribute('data-consent'), 'asking');
      await clean(p.page, 'banner asking');
      await w.consentButton('choose').click();
      await w.waitInShadow(r => r.querySelector('[data-consent="choosing"]'));
      assert.equal(await w.banner().getAttribute('data-consent'), 'choosing');
      await clean(p.page, 'banner choosing');
      await w.consentButton('reject').click();
      await w.banner().waitFor({ state: 'detached' });
      assert.equal(await w.adPlaceholder().count(), 1, 'the ad placeholder shows');
      await clean(p.page, 'banner closed, advertising rejected');
      await w.inShadow('.ae-privacy [data-action="privacy"]').click();
      await w.consentButton('accept').click();
      await w.adFrames().first().waitFor();
      await clean(p.page, 'banner closed, advertising accepted');
      await p.context.close();
    });
  }
}

test('axe: the language list open (light and dark)', async () => {
  for (const scheme of ['light', 'dark']) {
    const p = await demo(scheme, 'da');
    await p.ties.openLanguages();
    await p.ties.languageList().waitFor();
    await clean(p.page, `${scheme}, language list open`);
    await p.context.close();
  }
});

/** Violations inside the widgets only (nodes whose axe target goes through a shadow root). */
const inWidgets = r => r.violations.map(v => ({ ...v, nodes: v.nodes.filter(n => JSON.parse(n).some(Array.isArray)) })).filter(v => v.nodes.length);

test('axe: the error views (under a hostile host stylesheet) and a 12-language list with its filter', async () => {
  const errors = await openPage(browser, site.origin + '/test/errors.html');
  for (const id of ['invalid', 'notfound', 'notjson', 'timeout', 'nosrc']) assert.equal(await new Widget(errors.page, `#${id}`).settled(), 'error');
  // The host page is a deliberately hostile fixture: only what is inside the widgets counts.
  assert.deepEqual(inWidgets(await axe(errors.page)), [], 'error views');
  await errors.context.close();
  const many = await openPage(browser, site.origin + '/test/negotiation.html');
  const w = new Widget(many.page, '#many');
  assert.equal(await w.settled(), 'mounted');
  await w.openLanguages();
  await w.inShadow('[data-filter]').waitFor();
  assert.deepEqual(inWidgets(await axe(many.page)), [], '12 languages, filter shown');
  await w.inShadow('[data-filter]').fill('zz');
  await w.inShadow('[data-none]').waitFor();
  assert.deepEqual(inWidgets(await axe(many.page)), [], 'filter matching nothing');
  await many.context.close();
});
