// A real old WebKit: WPE WebKit 2.38 (cog, headless), which reports itself as Safari 16.0 and,
// like Safari and every iOS webview before 16.4, has no constructable stylesheets and no
// declarative shadow DOM. The demo page keeps its fallback link in no empty box, and the one-tag
// form's embed takes no room; one warning, an "unsupported" error event from each embed; no glue,
// wasm, css or document is requested. A prerendered snippet stays as the engine parsed it: its
// fallback link, the template inert. Runs when ENGINES includes webkit (the default).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, selected } from '../../scripts/engines/engines.mjs';
import { html, snippetPage, startSite } from './site.mjs';
import { tool } from '../e2e/harness.mjs';
import { RELATIONS, TIES, WHOLE, waitForEvent } from './widget.mjs';

const FOLDER = 'eu-kazakhstan-closer-ties';
const widgetFiles = urls => urls.filter(u => /^\/dist\/(article-embed\.|i18n\.)/.test(u) || /^\/articles\/.*\.json$/.test(u));

describe('wpe 2.38', { skip: !selected().includes('webkit') && 'ENGINES leaves out webkit' }, () => {
  let site, browser, snippet;
  before(async () => {
    site = await startSite({ routes: { '/engines/hydrate.html': html(() => snippetPage(snippet, { loader: true })) } });
    snippet = tool.render(FOLDER, 'da', `${site.origin}/articles/${FOLDER}/`);
    browser = await launch('wpe');
  });
  after(async () => { await browser?.close(); await site?.close(); });

  test('it is the old engine: Safari 16.0, no constructable stylesheets, no declarative shadow DOM', async () => {
    const tab = await browser.open(`${site.origin}/engines/hydrate.html`);
    const e = await tab.eval(() => ({
      ua: navigator.userAgent, adopted: 'adoptedStyleSheets' in document, dsd: 'shadowRootMode' in HTMLTemplateElement.prototype,
    }));
    assert.match(e.ua, /Version\/16\.0 Safari/);
    assert.deepEqual([e.adopted, e.dsd], [false, false]);
  });

  test('the demo page: the fallback link, no empty box, one warning, an error event each, nothing downloaded', async () => {
    const mark = site.since();
    const tab = await browser.open(`${site.origin}/`);
    await waitForEvent(tab, 'error', { detail: { kind: 'unsupported' }, count: 3 });
    const r = await tab.recorded();
    assert.equal(r.warnings.length, 1, JSON.stringify(r.warnings));
    assert.match(r.warnings[0], /^article-embed: could not start: this browser has no constructable stylesheets/);
    assert.deepEqual([r.uncaught, r.fetches], [[], []]);
    const hosts = await tab.eval((...hs) => hs.map(h => {
      const el = $(h), link = el.querySelector('a[href]')?.getBoundingClientRect(), box = el.getBoundingClientRect();
      return { shadow: !!el.shadowRoot, link: link ? link.height > 0 : null, extra: Math.round(box.height - (link?.height ?? 0)) };
    }), TIES, RELATIONS, WHOLE);
    assert.deepEqual(hosts.map(h => [h.shadow, h.link]), [[false, true], [false, null], [false, true]]);
    for (const h of hosts) assert.ok(h.extra < 60, `no empty reserved box: ${h.extra} px more than its link`);
    assert.deepEqual(widgetFiles(site.requests(mark)), []);
  });

  test('a prerendered snippet stays as parsed: its fallback link, the template inert, nothing downloaded', async () => {
    const mark = site.since();
    const tab = await browser.open(`${site.origin}/engines/hydrate.html`);
    await waitForEvent(tab, 'error', { detail: { kind: 'unsupported' } });
    const s = await tab.eval(() => {
      const el = $('article-embed'), link = el.querySelector(':scope > a').getBoundingClientRect();
      return { shadow: !!el.shadowRoot, template: !!el.querySelector(':scope > template'), link: link.height > 0 };
    });
    assert.deepEqual(s, { shadow: false, template: true, link: true });
    assert.deepEqual(widgetFiles(site.requests(mark)), []);
    assert.equal((await tab.recorded()).warnings.length, 1);
  });
});
