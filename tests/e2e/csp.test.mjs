// Host pages served with a strict Content Security Policy, Trusted Types required or not. With
// the CSP the README gives, the widget works and the page sees no violation; where the page
// forbids what the widget needs, its fallback link stays, one warning names the directive to
// add, and nothing is thrown uncaught.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, launch, openPage, Widget, root, crashes, stillWorks, waitForEvent } from './harness.mjs';

const BASE = "default-src 'self'; style-src 'self'";
const GOOD = `${BASE}; script-src 'self' 'wasm-unsafe-eval'; require-trusted-types-for 'script'; trusted-types article-embed`;
const CSPS = {
  good: GOOD,
  'no-trusted-types': `${BASE}; script-src 'self' 'wasm-unsafe-eval'`,
  'no-wasm': `${BASE}; script-src 'self'; require-trusted-types-for 'script'; trusted-types article-embed`,
  'other-policy': `${BASE}; script-src 'self' 'wasm-unsafe-eval'; require-trusted-types-for 'script'; trusted-types other`,
  'listed-not-required': `${BASE}; script-src 'self' 'wasm-unsafe-eval'; trusted-types other`,
};
const page = readFileSync(join(root, 'tests', 'e2e', 'pages', 'csp.html'));

let site, browser;
before(async () => {
  const extraRoutes = Object.fromEntries(Object.entries(CSPS).map(([name, csp]) => [`/csp/${name}.html`, (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
    res.end(page);
  }]));
  extraRoutes['/favicon.ico'] = (req, res) => { res.writeHead(204); res.end(); };
  site = await startSite({ extraRoutes });
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); });

async function open(name) {
  const p = await openPage(browser, null, { permissions: ['clipboard-read', 'clipboard-write'] });
  await p.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', e => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await p.page.goto(`${site.origin}/csp/${name}.html`);
  return p;
}
const ours = p => p.consoleMessages.filter(m => m.text.startsWith('article-embed:'));
const violations = p => p.page.evaluate(() => window.__violations);
const hostRan = p => p.page.evaluate(() => window.hostScriptRan === true && document.body.dataset.hostReady === 'yes');

// A page listing other policies without requiring Trusted Types refuses ours (the browser
// reports that) but takes a string: the widget works there too.
const EXPECTED = { 'listed-not-required': ['trusted-types trusted-types-policy'] };
for (const name of ['good', 'no-trusted-types', 'listed-not-required']) {
  test(`CSP "${name}": the widgets work, with no violation and no console error`, async () => {
    const p = await open(name);
    const a = new Widget(p.page, '#a'), b = new Widget(p.page, '#b');
    assert.equal(await a.settled(), 'mounted');
    assert.equal(await b.settled(), 'mounted');
    assert.ok((await a.headline()).length > 0, 'the article is shown');
    await stillWorks(a, 'en');
    await stillWorks(b, 'en');
    // The consent banner and the sandboxed ad iframe, both rendered through the policy.
    const banner = (await a.banner().count()) ? a : b;
    await banner.consentButton('accept').click();
    await waitForEvent(p.page, 'consent', { detail: { advertising: true } });
    await a.adFrames().first().waitFor({ state: 'attached', timeout: 5000 });
    const expected = EXPECTED[name] || [];
    assert.deepEqual(await violations(p), expected, 'no other securitypolicyviolation');
    const errors = p.consoleMessages.filter(m => m.type === 'error');
    assert.equal(errors.length, expected.length, `no other console error: ${JSON.stringify(errors)}`);
    assert.deepEqual(ours(p), [], 'no warning');
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(crashes(p), []);
    assert.ok(await hostRan(p), "the page's own script ran");
    await p.context.close();
  });
}

for (const [name, directive] of [['no-wasm', "'wasm-unsafe-eval'"], ['other-policy', 'trusted-types']]) {
  test(`CSP "${name}": the fallback links stay, one warning names ${directive}, nothing thrown`, async () => {
    const p = await open(name);
    await waitForEvent(p.page, 'error', { id: 'b', detail: { kind: 'load' } });
    for (const id of ['a', 'b']) {
      const state = await p.page.evaluate(i => {
        const el = document.getElementById(i);
        const link = el.querySelector('a[href]');
        return { shadow: !!el.shadowRoot, state: el.getAttribute('data-state'), linkVisible: !!link && link.getBoundingClientRect().height > 0 };
      }, id);
      assert.deepEqual(state, { shadow: false, state: null, linkVisible: true }, `${id} keeps its fallback link`);
    }
    const warnings = ours(p);
    assert.equal(warnings.length, 1, `one warning: ${JSON.stringify(warnings)}`);
    assert.match(warnings[0].text, new RegExp(directive));
    assert.equal(warnings[0].type, 'warning');
    assert.deepEqual(p.pageErrors, [], 'nothing thrown uncaught');
    assert.deepEqual(crashes(p), []);
    assert.ok(await hostRan(p), "the page's own script ran");
    await p.context.close();
  });
}
