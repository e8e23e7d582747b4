// The "Embed this article" page (publish's embed-page/<lang>.html) in every engine, served from
// the articles' origin under its own policy: for each form, options chosen (the form and the
// theme by real clicks, the share field as typed: its value set and its input and change events
// sent), the code the page then shows, put into a host page on another origin, renders as
// chosen: the language, the dark theme, the share row and its parameters. The iframe's code is
// checked by opening its URL as the frame would (the host cannot look into a frame of another
// origin). The Chromium suite (tests/e2e/embed-page.test.mjs) covers the rest.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, selected } from '../../scripts/engines/engines.mjs';
import { html, root, startSite } from './site.mjs';
import { tool } from '../e2e/harness.mjs';

const SLUG = 'eu-kazakhstan-closer-ties';
const pages = new Map();

/** What the widget `sel` shows: language, theme, whether its background is dark, share row. */
const widget = (tab, sel) => tab.waitFor(s => {
  const host = document.querySelector(s);
  const art = host?.shadowRoot?.querySelector('article.ae');
  const row = host?.shadowRoot?.querySelector('.ae-share');
  const share = row ? [...row.querySelectorAll('[data-share]')].map(e => e.dataset.share) : [];
  // The snippet shows its prerendered row until it is hydrated with the code's own.
  if (!art || share.join() !== 'x,email') return null;
  const bg = getComputedStyle(art).backgroundColor.match(/\d+/g).slice(0, 3).map(Number);
  return { lang: art.getAttribute('lang'), theme: host.getAttribute('theme'), dark: bg.reduce((a, b) => a + b, 0) < 240, url: row.dataset.url };
}, { args: [sel], what: `${sel} with the chosen share row` });

for (const engine of selected()) describe(engine, () => {
  let cdn, host, browser, dir;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'article-embed-engines-embed-page-'));
    cdn = await startSite({ mounts: [['/pub/', join(dir, 'pub')], ['/pub/img/', join(root, 'www', 'articles', 'img')]] });
    host = await startSite({ routes: { '/engines/host.html': html(url => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A blog</title></head><body><main><h1>A blog post</h1>${pages.get(url.searchParams.get('p'))}<p>After the embed.</p></main></body></html>`) } });
    tool.publish(join(root, 'www', 'articles'), join(dir, 'pub'), `${cdn.origin}/pub/`, `${cdn.origin}/dist/loader.js`);
    browser = await launch(engine);
  });
  after(async () => {
    await browser?.close();
    await host?.close();
    await cdn?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The Danish page's code for `form`, dark, sharing to X and email with utm_source=blog. */
  async function codeOf(form) {
    const tab = await browser.open(`${cdn.origin}/pub/${SLUG}/embed-page/da.html`);
    await tab.waitFor(() => document.querySelector('main[data-ready]'));
    await tab.click(`input[name="form"][value="${form}"]`);
    await tab.click('input[name="theme"][value="dark"]');
    await tab.eval(() => {
      for (const [id, value] of [['ae-share', 'x, email'], ['ae-share-params', 'utm_source=blog']]) {
        const f = document.getElementById(id);
        f.value = value;
        f.dispatchEvent(new Event('input', { bubbles: true }));
        f.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    const chosen = await tab.eval(f => document.querySelector(`#ae-form-${f}`).hasAttribute('data-chosen'), form);
    assert.ok(chosen, `${form} is the chosen form`);
    const code = await tab.eval(f => document.getElementById(`ae-code-${f}`).value, form);
    const r = await tab.recorded();
    assert.deepEqual(r.uncaught, [], 'nothing uncaught on the embed page');
    await tab.close();
    return code;
  }

  for (const form of ['snippet', 'element', 'one-tag']) {
    test(`${form}: the code renders as chosen in a host page on another origin`, async () => {
      const code = await codeOf(form);
      pages.set(form, code);
      const tab = await browser.open(`${host.origin}/engines/host.html?p=${form}`);
      const s = await widget(tab, 'article-embed');
      assert.deepEqual([s.lang, s.theme, s.dark], ['da', 'dark', true]);
      assert.match(s.url, /[?&]utm_source=blog$/);
      const r = await tab.recorded();
      assert.deepEqual(r.uncaught, []);
      await tab.close();
    });
  }

  test('iframe: the frame\'s URL in the code shows the article as chosen', async () => {
    const code = await codeOf('iframe');
    const src = /<iframe src="([^"]+)"/.exec(code)[1].replaceAll('&amp;', '&');
    assert.ok(src.startsWith(`${cdn.origin}/dist/embed.html?`), src);
    const tab = await browser.open(src);
    const s = await widget(tab, 'article-embed');
    assert.deepEqual([s.lang, s.theme, s.dark], ['da', 'dark', true]);
    assert.match(s.url, /[?&]utm_source=blog$/);
    await tab.close();
  });
});
