// Accessibility in every engine: axe-core (WCAG 2.0–2.2 A and AA, shadow roots included) finds
// nothing on the demo page with the consent banner asking, choosing and closed; the keyboard walk
// (real Tab and Shift+Tab presses through the driver) reaches every control of both widgets in
// order, each with a visible focus ring, and leaves; the language list opens with Enter and
// Escape closes it onto its button. The probes are the Chromium suites' (tests/e2e/a11y-probes.mjs).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, selected } from '../../scripts/engines/engines.mjs';
import { startSite } from './site.mjs';
import { axe, focusedControl, walk, widgetControls } from '../e2e/a11y-probes.mjs';
import { RELATIONS, TIES, part, settled } from './widget.mjs';

/** The tab as the probes drive a page: evaluate, key presses, a script added. */
const asPage = tab => ({
  evaluate: (fn, arg) => (arg === undefined ? tab.eval(fn) : tab.eval(fn, arg)),
  keyboard: { press: key => tab.press(key) },
  addScriptTag: ({ content }) => tab.eval(source => {
    const s = document.createElement('script');
    s.textContent = source;
    document.head.append(s);
  }, content),
});

async function clean(page, state) {
  const r = await axe(page);
  assert.deepEqual(r.violations, [], `axe violations (${state})`);
  assert.ok(r.passes.length > 10, `axe ran its rules (${state}): ${r.passes.length} passed`);
  assert.ok(r.shadowNodes > 50, `axe looked inside the shadow roots (${state}): ${r.shadowNodes} nodes`);
}

for (const engine of selected()) describe(engine, () => {
  let site, browser;
  before(async () => { site = await startSite(); browser = await launch(engine); });
  after(async () => { await browser?.close(); await site?.close(); });

  const demo = async () => {
    const tab = await browser.open(site.origin + '/');
    for (const host of [TIES, RELATIONS]) assert.equal(await settled(tab, host), 'mounted');
    return tab;
  };
  const banner = tab => tab.eval((a, b) => ($(a).shadowRoot.querySelector('section.ae-consent') ? a : b), TIES, RELATIONS);

  test('axe finds nothing: the banner asking, choosing, and closed', async () => {
    const tab = await demo();
    const page = asPage(tab);
    await clean(page, 'banner asking');
    const host = await banner(tab);
    await tab.click(part(host, '[data-consent-action="choose"]'));
    await tab.waitFor(h => $(h).shadowRoot.querySelector('[data-consent="choosing"]'), { args: [host] });
    await clean(page, 'banner choosing');
    await tab.click(part(host, '[data-consent-action="reject"]'));
    await tab.waitFor(h => !$(h).shadowRoot.querySelector('section.ae-consent'), { args: [host] });
    await clean(page, 'banner closed');
    await tab.close();
  });

  test('Tab reaches every control of both widgets in order, focus visible at each stop, and Shift+Tab goes back', async () => {
    const tab = await demo();
    const page = asPage(tab);
    const expected = await widgetControls(page);
    const total = expected.flat().length;
    assert.ok(expected[0].length > 20 && expected[1].length > 10, `both widgets have controls: ${expected.map(c => c.length)}`);
    // A stop after the widgets: past the page's last control, Firefox takes Tab into its own
    // toolbar, and focus coming back from there is not :focus-visible.
    await tab.eval(() => { $('footer').tabIndex = 0; $('header.site a').focus(); });
    const forward = await walk(page, 'Tab', total + 10);
    assert.ok(forward.left, 'Tab leaves the last widget');
    assert.deepEqual(forward.stops.map(s => [s.hostIndex, s.index]), expected.flatMap((c, h) => c.map((_, i) => [h, i])),
      'every control, in DOM order, once');
    const backward = await walk(page, 'Shift+Tab', total + 10);
    assert.ok(backward.left, 'Shift+Tab leaves the first widget');
    assert.deepEqual(backward.stops.map(s => [s.hostIndex, s.index]), forward.stops.map(s => [s.hostIndex, s.index]).reverse());
    await tab.close();
  });

  test('Enter opens the language list, Escape closes it onto its button, Enter on a language switches', async () => {
    const tab = await demo();
    const page = asPage(tab);
    const expanded = () => tab.eval(h => $(h).shadowRoot.querySelector('.ae-lang-btn').getAttribute('aria-expanded'), TIES);
    await tab.eval(h => $(h).shadowRoot.querySelector('.ae-lang-btn').focus(), TIES);
    await tab.press('Enter');
    assert.equal(await expanded(), 'true');
    await tab.press('Tab');
    assert.equal(await tab.eval(h => $(h).shadowRoot.activeElement?.closest('#ae-lang-list') != null, TIES), true, 'Tab goes into the list');
    await tab.press('Escape');
    assert.equal(await expanded(), 'false');
    assert.equal((await focusedControl(page))?.what, 'ae-lang-btn', 'focus back on the button');
    await tab.press('Enter');
    await tab.eval(h => $(h).shadowRoot.querySelector('#ae-lang-list a[data-lang="sw"]').focus(), TIES);
    await tab.press('Enter');
    await tab.waitFor(h => $(h).shadowRoot.querySelector('article.ae').getAttribute('lang') === 'sw', { args: [TIES] });
    assert.equal((await focusedControl(page))?.what, 'ae-lang-btn', 'focus on the button after the switch');
    await tab.close();
  });
});
