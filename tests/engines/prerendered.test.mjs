// The prerendered snippet (`article-embed render`) in every engine: declarative shadow DOM paints
// the article with no script at all; with the loader beside it, it is hydrated in place (the
// reader's pointer on it here, or idle time before that), the same nodes, and a real click then
// switches language in place.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, selected } from '../../scripts/engines/engines.mjs';
import { html, snippetPage, startSite } from './site.mjs';
import { tool } from '../e2e/harness.mjs';
import { part, settled, shown, switchLanguage, waitForEvent } from './widget.mjs';

const FOLDER = 'eu-kazakhstan-closer-ties';
const HOST = 'article-embed';

for (const engine of selected()) describe(engine, () => {
  let site, browser, snippet;
  before(async () => {
    site = await startSite({
      routes: {
        '/engines/snippet.html': html(() => snippetPage(snippet)),
        '/engines/hydrate.html': html(() => snippetPage(snippet, { loader: true })),
      },
    });
    snippet = tool.render(FOLDER, 'da', `${site.origin}/articles/${FOLDER}/`);
    browser = await launch(engine);
  });
  after(async () => { await browser?.close(); await site?.close(); });

  test('the snippet paints the article with no script (declarative shadow DOM)', async () => {
    const mark = site.since();
    const tab = await browser.open(`${site.origin}/engines/snippet.html`);
    const s = await shown(tab, HOST);
    assert.equal(s.title, 'EU og Kasakhstan sigter mod at skabe "stadig tættere" forbindelser');
    assert.equal(s.lang, 'da');
    assert.ok(s.units.length > 10, `the body: ${s.units.length} units`);
    const box = await tab.eval(h => {
      const r = $(h).shadowRoot;
      const title = r.querySelector('#ae-title').getBoundingClientRect();
      return { title: title.height, article: r.querySelector('article.ae').getBoundingClientRect().height, fallback: $(h).querySelector(':scope > a').getBoundingClientRect().height };
    }, HOST);
    assert.ok(box.title > 20 && box.article > 1000, `painted: ${JSON.stringify(box)}`);
    assert.equal(box.fallback, 0, 'the fallback link is not shown beside it');
    const r = await tab.recorded();
    assert.deepEqual(r.fetches, [], 'no script fetched anything');
    assert.deepEqual(site.requests(mark).filter(u => /\.(js|wasm|json)$/.test(u) && u !== '/engines/record.js'), [], 'no script, no wasm, no document');
  });

  test('with the loader, it is hydrated in place (the reader\'s pointer on it, or idle time): the same nodes; a real click then switches language in place', async () => {
    const tab = await browser.open(`${site.origin}/engines/hydrate.html`);
    await tab.hover(part(HOST, '#ae-title'));
    await waitForEvent(tab, 'mounted', { detail: { lang: 'da' } });
    assert.equal(await settled(tab, HOST), 'mounted');
    const kept = await tab.eval(h => {
      const r = $(h).shadowRoot;
      return window.__nodes.map(n => !!n && n.isConnected && r.contains(n));
    }, HOST);
    assert.deepEqual(kept, [true, true, true, true, true], 'the article, headline, first paragraph, image and share link are the nodes the parser made');
    const url = await tab.eval(() => location.href);
    await switchLanguage(tab, HOST, 'en');
    await waitForEvent(tab, 'language', { detail: { lang: 'en' } });
    assert.equal(await tab.eval(() => location.href), url, 'switched in place, not by following the link');
    assert.equal((await shown(tab, HOST)).title, 'EU and Kazakhstan aim to create "ever closer" ties');
    const r = await tab.recorded();
    assert.deepEqual([r.uncaught, r.errors, r.warnings], [[], [], []]);
  });
});
