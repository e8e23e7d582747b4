// Trusted Types in every engine that has them (all three here: Chromium, Firefox ESR 153 and
// WebKitGTK 2.50; Firefox ESR 140 had none): under a policy that requires them and lists ours, the widgets render and switch
// language with no violation; where the page's list leaves ours out, the fallback links stay, one
// warning names the directive, nothing is thrown. The other path, for engines without them (WPE
// 2.38, Firefox ESR 140): the same page with window.trustedTypes taken away: the widget's HTML
// goes in as a string.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, selected } from '../../scripts/engines/engines.mjs';
import { page, startSite } from './site.mjs';
import { settled, switchLanguage, waitForEvent } from './widget.mjs';

const BASE = "default-src 'self'; style-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const CSPS = {
  required: `${BASE}; require-trusted-types-for 'script'; trusted-types article-embed`,
  'other-policy': `${BASE}; require-trusted-types-for 'script'; trusted-types other`,
  none: BASE,
};

for (const engine of selected()) describe(engine, () => {
  let site, browser;
  before(async () => {
    const routes = Object.fromEntries(Object.entries(CSPS).map(([name, csp]) => [`/engines/csp-${name}.html`,
      page('tests/e2e/pages/csp.html', { 'content-security-policy': csp })]));
    site = await startSite({ routes });
    browser = await launch(engine);
  });
  after(async () => { await browser?.close(); await site?.close(); });

  const works = async tab => {
    for (const id of ['#a', '#b']) assert.equal(await settled(tab, id), 'mounted', id);
    await switchLanguage(tab, '#a', 'en');
    await waitForEvent(tab, 'language', { id: 'a', detail: { lang: 'en' } });
    const r = await tab.recorded();
    assert.deepEqual([r.violations, r.uncaught, r.errors, r.warnings], [[], [], [], []]);
    assert.equal(await tab.eval(() => window.hostScriptRan === true), true, "the page's own script ran");
  };

  test('Trusted Types required, ours listed: the widgets render through our policy, no violation', async () => {
    const tab = await browser.open(`${site.origin}/engines/csp-required.html`);
    assert.equal(await tab.eval(() => typeof trustedTypes), 'object', `${engine} has Trusted Types`);
    await works(tab);
    // Our policy exists: a second one of that name is refused (the list allows one; no duplicates).
    assert.equal(await tab.eval(() => { try { trustedTypes.createPolicy('article-embed', {}); return 'created'; } catch (e) { return 'refused'; } }), 'refused');
  });

  test('Trusted Types required, ours not listed: the fallback links stay, one warning names the directive, nothing thrown', async () => {
    const tab = await browser.open(`${site.origin}/engines/csp-other-policy.html`);
    await waitForEvent(tab, 'error', { id: 'b', detail: { kind: 'load' } });
    for (const id of ['#a', '#b']) {
      const s = await tab.eval(i => ({ shadow: !!$(i).shadowRoot, link: $(i).querySelector('a[href]').getBoundingClientRect().height > 0 }), id);
      assert.deepEqual(s, { shadow: false, link: true }, `${id} keeps its fallback link`);
    }
    const r = await tab.recorded();
    assert.equal(r.warnings.length, 1, JSON.stringify(r.warnings));
    assert.match(r.warnings[0], /^article-embed: .*trusted-types/);
    assert.deepEqual(r.uncaught, []);
  });

  test('without Trusted Types (taken away, as in an engine that lacks them): the HTML goes in as a string', async () => {
    const tab = await browser.open(`${site.origin}/engines/csp-none.html?engines-remove=trusted-types`);
    assert.equal(await tab.eval(() => 'trustedTypes' in window), false);
    await works(tab);
  });
});
