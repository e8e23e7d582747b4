// Bad input gets a clear, localized error, and nothing breaks around it: not the host page,
// not the other widgets, not the host's console. A hostile host stylesheet changes nothing inside.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, launch, openPage, Widget, events, root, ftl } from './harness.mjs';


let site, browser, p;
const cases = [
  { id: 'invalid', kind: 'invalid', lang: 'da', link: 'https://example.test/invalid' },
  { id: 'notfound', kind: 'not-found', lang: 'da', link: 'https://example.test/missing' },
  { id: 'notjson', kind: 'invalid', lang: 'en', link: 'https://example.test/notjson' },
  { id: 'timeout', kind: 'timeout', lang: 'en', link: 'https://example.test/slow' },
  { id: 'nosrc', kind: 'missing-src', lang: 'sw', link: 'https://example.test/nosrc' },
];

before(async () => {
  site = await startSite();
  browser = await launch();
  p = await openPage(browser, site.origin + '/test/errors.html', { locale: 'en-US' });
  for (const c of cases) await new Widget(p.page, '#' + c.id).settled();
  await new Widget(p.page, '#good').settled();
});
after(async () => { await browser?.close(); await site?.close(); });

for (const c of cases) {
  test(`${c.id}: a short ${c.lang} message of kind ${c.kind}, with a link to the article`, async () => {
    const w = new Widget(p.page, '#' + c.id);
    assert.equal(await w.state(), 'error');
    assert.equal(await w.errorKind(), c.kind);
    const box = w.inShadow('[data-error]');
    assert.equal(await box.getAttribute('lang'), c.lang);
    const text = await box.textContent();
    assert.ok(text.includes(ftl(c.lang, 'error-title')), text);
    assert.equal(await w.inShadow('[data-error] a').getAttribute('href'), c.link);
    assert.ok(text.length < 200, 'short');
  });
}

test('each failure fires one error event and logs one console warning', async () => {
  const errs = (await events(p.page)).filter(e => e.name === 'error');
  assert.deepEqual(errs.map(e => [e.id, e.detail.kind]).sort(), cases.map(c => [c.id, c.kind]).sort());
  const warnings = p.consoleMessages.filter(m => m.type === 'warning' && m.text.startsWith('article-embed:'));
  assert.equal(warnings.length, cases.length, warnings.map(w => w.text).join('\n'));
  const invalid = warnings.find(w => w.text.includes('invalid.json'));
  // Refused for what leaves nothing to show (no date); the unknown block alone would only be dropped.
  assert.match(invalid.text, /published: not an ISO 8601 date-time with zone/);
  assert.doesNotMatch(invalid.text, /unknown block type/);
});

test('the host page and the other widget go on working; nothing thrown uncaught', async () => {
  const good = new Widget(p.page, '#good');
  assert.equal(await good.state(), 'mounted');
  await p.page.click('#host-button');
  assert.equal(await p.page.textContent('#host-button'), 'host still works');
  assert.deepEqual(p.pageErrors, []);
  // The browser itself logs the 404 of the missing article; nothing else may be an error.
  const errors = p.consoleMessages.filter(m => m.type === 'error' && !/Failed to load resource/.test(m.text));
  assert.deepEqual(errors, []);
});

test('a hostile host stylesheet does not reach inside the widget', async () => {
  const good = new Widget(p.page, '#good');
  const style = await good.evalInShadow(r => {
    const cs = e => getComputedStyle(r.querySelector(e));
    return {
      pDisplay: cs('.ae-body p').display, h2Display: cs('#ae-title').display, visibility: cs('#ae-title').visibility,
      color: cs('.ae-body p').color, transform: cs('.ae-body p').textTransform, spacing: cs('.ae-body p').letterSpacing,
      size: cs('.ae-body p').fontSize,
    };
  });
  assert.equal(style.pDisplay, 'block');
  assert.equal(style.h2Display, 'block');
  assert.equal(style.visibility, 'visible');
  assert.notEqual(style.color, 'rgb(255, 0, 0)');
  assert.equal(style.transform, 'none');
  assert.equal(style.spacing, 'normal');
  assert.notEqual(style.size, '40px');
  assert.ok((await good.headline()).length > 10);
});
