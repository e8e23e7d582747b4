// Keyboard only: Tab through every control of the demo widgets in order and back with
// Shift+Tab, the focus ring measured at each stop (outline width and its contrast with what
// is behind it, in view, not covered), nothing trapped; Escape closes the language list; the
// consent choices work from the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launch } from './harness.mjs';
import { assertVisibleFocus, focusedControl, openDemo, walk, widgetControls } from './a11y-probes.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await site?.close(); });

const demo = (options = {}) => openDemo(browser, site.origin, options);

for (const scheme of ['light', 'dark']) {
  test(`Tab reaches every control of every widget in order, focus always visible, and leaves (${scheme})`, async () => {
    const p = await demo({ colorScheme: scheme });
    const expected = await widgetControls(p.page);
    const total = expected.flat().length;
    assert.ok(expected[0].length > 20 && expected[1].length > 10, `both widgets have controls: ${expected.map(c => c.length)}`);
    await p.page.locator('header.site a').focus();
    const forward = await walk(p.page, 'Tab', total + 40);
    assert.ok(forward.left, 'Tab leaves the last widget');
    assert.deepEqual(forward.stops.map(s => [s.hostIndex, s.index]), expected.flatMap((c, h) => c.map((_, i) => [h, i])),
      'every control, in DOM order, once');
    const backward = await walk(p.page, 'Shift+Tab', total + 40);
    assert.ok(backward.left, 'Shift+Tab leaves the first widget');
    assert.deepEqual(backward.stops.map(s => [s.hostIndex, s.index]), forward.stops.map(s => [s.hostIndex, s.index]).reverse());
    await p.context.close();
  });
}

test('the language list opens with Enter, Tab moves through it and on, Escape closes it onto its button', async () => {
  const p = await demo();
  const w = p.ties;
  await w.languageButton().focus();
  await p.page.keyboard.press('Enter');
  assert.equal(await w.languageButton().getAttribute('aria-expanded'), 'true');
  await w.languageList().waitFor();
  const links = await w.languageLinks().count();
  for (let i = 0; i < links; i++) {
    await p.page.keyboard.press('Tab');
    const f = await focusedControl(p.page);
    assertVisibleFocus(f, `language link ${i}`);
    assert.equal(await w.evalInShadow(r => r.activeElement?.closest('#ae-lang-list') != null), true, `link ${i} is in the list`);
  }
  await p.page.keyboard.press('Escape');
  assert.equal(await w.languageButton().getAttribute('aria-expanded'), 'false');
  assert.equal(await w.languageList().isVisible(), false, 'Escape hides the list');
  assert.match((await w.focused()).className, /ae-lang-btn/, 'focus is back on the language button');
  assertVisibleFocus(await focusedControl(p.page), 'language button after Escape');

  // Open again, walk past the last language: focus moves on to the next control, not trapped.
  await p.page.keyboard.press('Enter');
  for (let i = 0; i <= links; i++) await p.page.keyboard.press('Tab');
  assert.equal(await w.evalInShadow(r => r.activeElement?.closest('#ae-lang-list') == null && r.activeElement != null), true,
    'Tab goes on past the list');
  assertVisibleFocus(await focusedControl(p.page), 'the control after the list (the open list must not cover it)');
  // Enter on a language link switches, and focus returns to the button.
  await w.languageButton().focus();
  await p.page.keyboard.press('Enter');
  if (!(await w.languageList().isVisible())) await p.page.keyboard.press('Enter');
  await w.languageLink('sw').focus();
  await p.page.keyboard.press('Enter');
  await w.waitForLang('sw');
  assert.match((await w.focused()).className, /ae-lang-btn/, 'focus is on the language button after a switch');
  assertVisibleFocus(await focusedControl(p.page), 'language button after a switch');
  await p.context.close();
});

test('the consent choices work from the keyboard, focus visible at every step', async () => {
  const p = await demo();
  const w = p.ties;
  await w.consentButton('choose').focus();
  await p.page.keyboard.press('Enter');
  await w.waitInShadow(r => r.querySelector('[data-consent="choosing"]'));
  let f = await focusedControl(p.page);
  assert.ok(f?.hostIndex === 0, 'focus stays in the widget after "Choose"');
  await w.category('advertising').focus();
  assertVisibleFocus(await focusedControl(p.page), 'advertising checkbox');
  await p.page.keyboard.press('Space');
  assert.equal(await w.category('advertising').isChecked(), true, 'Space ticks the box');
  await w.consentButton('save').focus();
  assertVisibleFocus(await focusedControl(p.page), 'save');
  await p.page.keyboard.press('Enter');
  await w.banner().waitFor({ state: 'detached' });
  f = await focusedControl(p.page);
  assert.equal(f?.what, 'ae-linkbtn', 'focus lands on "Privacy settings"');
  assertVisibleFocus(f, 'privacy settings after saving');
  await p.page.keyboard.press('Enter');
  await w.banner().waitFor();
  f = await focusedControl(p.page);
  assert.equal(f?.tag, 'input', 'reopened choices take focus on the first choice');
  assertVisibleFocus(f, 'first choice after reopening');
  await p.context.close();
});

// After a choice made by keyboard, focus goes where the choice can be changed again (the ad
// placeholder or "Privacy settings") and into view; a pointer's choice does not jump the page.
test('after a choice in the banner, the newly focused control is in view', async () => {
  const p = await demo();
  const w = p.ties;
  await w.consentButton('reject').focus();
  await p.page.keyboard.press('Enter');
  await w.banner().waitFor({ state: 'detached' });
  const f = await focusedControl(p.page);
  await p.context.close();
  assert.ok(f?.inViewport, `focus (${f?.what}) is in the viewport`);
});
