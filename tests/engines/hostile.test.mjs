// The hostile-CSS host page in every engine (tests/e2e/pages/hostile: `all: unset`, a 10 px
// root, everything hidden, Comic Sans at 48 px): both widgets look exactly as on a plain page,
// every visible part with the same text, box and font, and still answer real clicks.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, selected } from '../../scripts/engines/engines.mjs';
import { html, root, startSite } from './site.mjs';
import { looks as looksIn } from '../e2e/hostile/looks.mjs';
import { part, settled, switchLanguage, waitForEvent } from './widget.mjs';

const template = readFileSync(join(root, 'tests', 'e2e', 'pages', 'hostile', 'page.html'), 'utf8');
const CASES = { plain: '', css: '<link rel="stylesheet" href="/test/hostile/css.css">' };

/** What a reader sees of the widget on `host` (tests/e2e/hostile/looks.mjs). */
const looks = (tab, host) => tab.eval(`h => (${looksIn})($(h).shadowRoot)`, host);

for (const engine of selected()) describe(engine, () => {
  let site, browser;
  before(async () => {
    const routes = Object.fromEntries(Object.entries(CASES).map(([name, head]) => [`/engines/hostile-${name}.html`,
      html(() => template.replace('<!--CASE-->', head))]));
    site = await startSite({ routes });
    browser = await launch(engine);
  });
  after(async () => { await browser?.close(); await site?.close(); });

  test('aggressive global CSS: the widgets look as on a plain page, part by part, and answer real clicks', async t => {
    const want = {};
    let tab = await browser.open(`${site.origin}/engines/hostile-plain.html`);
    for (const id of ['#a', '#b']) {
      assert.equal(await settled(tab, id), 'mounted');
      want[id] = await looks(tab, id);
    }
    tab = await browser.open(`${site.origin}/engines/hostile-css.html`);
    for (const id of ['#a', '#b']) {
      assert.equal(await settled(tab, id), 'mounted');
      const got = await looks(tab, id);
      assert.ok(want[id].parts.length > 20, `${id}: the plain page shows the article`);
      assert.deepEqual(got.size, want[id].size, `${id}: the same box`);
      assert.equal(got.parts.length, want[id].parts.length, `${id}: the same parts are visible`);
      for (let i = 0; i < got.parts.length; i++) assert.deepEqual(got.parts[i], want[id].parts[i], `${id}: part ${i}`);
      t.diagnostic(`${id}: ${got.parts.length} visible parts compared: text, box and font`);
    }
    await switchLanguage(tab, '#a', 'en');
    await waitForEvent(tab, 'language', { id: 'a', detail: { lang: 'en' } });
    await tab.click(part('#b', '.ae-share[data-row="top"] [data-share="copy"]'));
    await waitForEvent(tab, 'share', { id: 'b', detail: { network: 'copy' } });
    const r = await tab.recorded();
    assert.deepEqual([r.uncaught, r.errors, r.warnings], [[], [], []]);
    assert.equal(await tab.eval(() => window.hostScriptRan === true && document.body.dataset.hostReady === 'yes'), true, "the page's own script ran");
  });
});
