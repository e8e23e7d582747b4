// The prerendered snippet (`article-embed render`) in a page with no loader: with JavaScript
// off it paints the whole article with its own styles, a hostile host stylesheet does not reach
// it, nothing is requested from a third party, and axe finds nothing in light and dark, in
// Danish and in Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, launch, openPage, root, tool } from './harness.mjs';
import { axe } from './a11y-probes.mjs';

const FOLDER = 'eu-kazakhstan-closer-ties';
let site, browser;
const snippets = {};

before(async () => {
  site = await startSite({
    extraRoutes: {
      '/test/prerendered.html': (req, res, url) => {
        const lang = url.searchParams.get('lang');
        const hostile = url.searchParams.has('hostile') ? readFileSync(join(root, 'tests/e2e/pages/hostile/css.css'), 'utf8') : '';
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prerendered</title>
<style>${hostile}</style></head><body><main><h1>A host page</h1>${snippets[lang]}</main></body></html>`);
      },
    },
  });
  for (const lang of ['da', 'ar']) {
    snippets[lang] = tool.render(FOLDER, lang, `${site.origin}/articles/${FOLDER}/`);
  }
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); });

/** What the snippet shows: its article's language, headline and body paragraphs, measured. */
const shown = page => page.evaluate(() => {
  const rootEl = document.querySelector('article-embed').shadowRoot;
  const article = rootEl?.querySelector('article.ae');
  const visible = el => el.getBoundingClientRect().height > 0 && getComputedStyle(el).display !== 'none';
  return article && {
    lang: article.getAttribute('lang'), dir: article.getAttribute('dir'),
    title: rootEl.querySelector('#ae-title').textContent,
    paragraphs: [...rootEl.querySelectorAll('.ae-body > p')].filter(visible).length,
    titleFont: parseFloat(getComputedStyle(rootEl.querySelector('#ae-title')).fontSize),
    scripts: rootEl.querySelectorAll('script, button, input, iframe').length,
  };
});

test('with JavaScript off, the snippet shows the whole article in its own styles, whatever the host styles say', async () => {
  const expected = JSON.parse(readFileSync(join(root, 'www', 'articles', FOLDER, 'da.json'), 'utf8'));
  const paragraphs = expected.blocks.filter(b => b.type === 'paragraph').length;
  for (const query of ['lang=da', 'lang=da&hostile']) {
    const p = await openPage(browser, `${site.origin}/test/prerendered.html?${query}`, { javaScriptEnabled: false });
    const s = await shown(p.page);
    assert.ok(s, `${query}: the declarative shadow root is there`);
    assert.equal(s.lang, 'da');
    assert.equal(s.title, expected.title);
    assert.equal(s.paragraphs, paragraphs, `${query}: every paragraph is shown`);
    assert.ok(s.titleFont > 20 && s.titleFont < 60, `${query}: the widget's own headline size (${s.titleFont} px)`);
    assert.equal(s.scripts, 0, 'no script and no control that needs one');
    const foreign = p.requests.filter(u => !u.startsWith(site.origin) && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'nothing from a third party');
    await p.context.close();
  }
});

test('axe finds nothing in the snippet, light and dark, Danish and Arabic (right to left)', async () => {
  for (const lang of ['da', 'ar']) {
    for (const colorScheme of ['light', 'dark']) {
      const p = await openPage(browser, `${site.origin}/test/prerendered.html?lang=${lang}`, { colorScheme });
      const s = await shown(p.page);
      assert.equal(s.dir, lang === 'ar' ? 'rtl' : 'ltr');
      const r = await axe(p.page);
      assert.deepEqual(r.violations, [], `${lang} ${colorScheme}`);
      assert.ok(r.shadowNodes > 50, `axe looked inside the shadow root (${r.shadowNodes} nodes)`);
      await p.context.close();
    }
  }
});
