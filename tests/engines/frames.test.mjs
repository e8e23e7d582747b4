// Framed pages in every engine: mode="iframe" frames the live widget's page (dist/embed.html),
// and a published embed page (embed/<lang>.html); each reports its height over the channel the
// loader hands it, and the iframe follows: as tall as the page inside, again when the column
// narrows and the text grows taller.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, selected } from '../../scripts/engines/engines.mjs';
import { html, startSite } from './site.mjs';
import { tool } from '../e2e/harness.mjs';
import { waitForEvent } from './widget.mjs';

const FOLDER = 'eu-kazakhstan-closer-ties';

const hostPage = attrs => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script async src="/dist/loader.js"></script></head><body style="margin:0"><main id="main" style="width:900px">
<article-embed id="e" mode="iframe" ${attrs}><a href="https://www.eureporter.co/a">EU and Kazakhstan aim to create "ever closer" ties</a></article-embed>
<p id="after">After the embed.</p></main></body></html>`;

/** The iframe's height on the host page and its document's inside, once they agree (and differ from `not`). */
const sized = (tab, not = null) => tab.waitFor(n => {
  const f = $('#e >>> iframe');
  const doc = f?.contentDocument;
  if (!doc || doc.readyState !== 'complete') return null;
  const outer = f.getBoundingClientRect().height, inner = Math.ceil(doc.documentElement.getBoundingClientRect().height);
  return Math.abs(outer - inner) <= 1 && outer !== n && inner > 300 ? outer : null;
}, { args: [not], what: 'the iframe as tall as its page' });

for (const engine of selected()) describe(engine, () => {
  let site, browser, published;
  before(async () => {
    published = mkdtempSync(join(tmpdir(), 'article-embed-engines-frames-'));
    site = await startSite({
      mounts: [['/pub/', published]],
      routes: {
        '/engines/iframe-widget.html': html(() => hostPage(`src="/articles/${FOLDER}/article.json" lang="da"`)),
        '/engines/iframe-published.html': html(() => hostPage('src="/pub/article.json" embed="/pub/embed/en.html"')),
      },
    });
    tool.publish(FOLDER, published, `${site.origin}/pub/`);
    browser = await launch(engine);
  });
  after(async () => { await browser?.close(); await site?.close(); rmSync(published, { recursive: true, force: true }); });

  for (const [what, page, lang] of [['the live widget\'s page (dist/embed.html)', 'iframe-widget', 'da'], ['a published embed page', 'iframe-published', 'en']]) {
    test(`mode="iframe" with ${what}: the iframe is as tall as the page inside, and follows its width`, async () => {
      const tab = await browser.open(`${site.origin}/engines/${page}.html`);
      await waitForEvent(tab, 'mounted', { id: 'e', detail: { mode: 'iframe', lang } });
      const wide = await sized(tab);
      assert.ok(wide > 1500, `a whole article: ${wide}`);
      await tab.eval(() => { $('#main').style.width = '340px'; });
      const narrow = await sized(tab, wide);
      assert.ok(narrow > wide + 300, `340 px wide: ${narrow} against ${wide}`);
      const gap = await tab.eval(() => $('#after').getBoundingClientRect().top - $('#e').getBoundingClientRect().bottom);
      assert.ok(gap >= 0 && gap < 40, `nothing overlaps or leaves a hole after the embed: ${gap}`);
      const r = await tab.recorded();
      assert.deepEqual([r.uncaught, r.errors, r.warnings], [[], [], []]);
    });
  }
});
