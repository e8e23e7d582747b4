// Accessibility: axe-core (WCAG 2.0–2.2 A and AA rules) inside the widgets' shadow roots, in
// light and dark, in a left-to-right and a right-to-left language, with the banner open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, launch, openPage, Widget, root } from './harness.mjs';

const axe = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
let site, browser;
before(async () => { site = await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await site?.close(); });

async function violations(page) {
  await page.addScriptTag({ content: axe });
  return page.evaluate(async () => {
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations
      .map(v => ({ id: v.id, nodes: v.nodes.filter(n => n.target.some(t => Array.isArray(t) || String(t).includes('article-embed'))).map(n => JSON.stringify(n.target)) }))
      .filter(v => v.nodes.length);
  });
}

for (const scheme of ['light', 'dark']) {
  test(`the demo page's widgets pass axe (${scheme}, banner open, Danish and Swahili)`, async () => {
    const p = await openPage(browser, site.origin + '/', { colorScheme: scheme });
    for (const sel of ['article-embed[src*="closer-ties"]', 'article-embed[src*="relations"]']) await new Widget(p.page, sel).settled();
    assert.deepEqual(await violations(p.page), []);
    await p.context.close();
  });
}

test('Arabic (right to left) passes axe', async () => {
  const p = await openPage(browser, site.origin + '/');
  const w = new Widget(p.page, 'article-embed[src*="closer-ties"]');
  await w.settled();
  await w.switchTo('ar');
  assert.deepEqual(await violations(p.page), []);
  await p.context.close();
});
