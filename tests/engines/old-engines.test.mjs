// Old and partial engines, in every engine, by taking features away in a page script before any
// of ours runs (pages/remove.js; declarative shadow DOM by the test server, as an engine without
// it parses the page). Below the baseline (README, "Browsers": constructable stylesheets,
// declarative shadow DOM for a snippet to be hydrated, the wasm's features) the loader decides
// before any download: the fallback links stay, readable, in no empty reserved box; one console
// warning; `article-embed:error` with kind "unsupported"; no wasm, glue or document requested;
// a prerendered snippet stays as the browser parsed it. Above it, each missing feature has its
// path: without requestIdleCallback (WebKit) a snippet the reader never comes near downloads
// nothing, and one they come near is hydrated; without registerProperty, scheduler.yield, Web
// Share or the Clipboard the widget still shows and answers.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, selected } from '../../scripts/engines/engines.mjs';
import { html, snippetPage, startSite } from './site.mjs';
import { tool } from '../e2e/harness.mjs';
import { RELATIONS, WHOLE, TIES, ftl, part, settled, shown, switchLanguage, waitForEvent } from './widget.mjs';

const FOLDER = 'eu-kazakhstan-closer-ties';
/** What the widget downloads beyond the page and the loader: the glue, the wasm, the css, documents, catalogues. */
const widgetFiles = urls => urls.filter(u => /^\/dist\/(article-embed\.|i18n\.)/.test(u) || /^\/articles\/.*\.json$/.test(u));

for (const engine of selected()) describe(engine, () => {
  let site, browser, snippet;
  before(async () => {
    site = await startSite({
      routes: {
        '/engines/hydrate.html': html(() => snippetPage(snippet, { loader: true })),
        // The snippet 3,000 px below the fold: a reader who stays at the top never comes near it.
        '/engines/far.html': html(() => snippetPage(snippet, { loader: true, before: '<div style="height:3000px">Above the fold.</div>' })),
      },
    });
    snippet = tool.render(FOLDER, 'da', `${site.origin}/articles/${FOLDER}/`);
    browser = await launch(engine);
  });
  after(async () => { await browser?.close(); await site?.close(); });

  /** After the loader's refusal of `count` embeds (their error events): one warning, nothing thrown or fetched. */
  async function refused(tab, count, mark) {
    await waitForEvent(tab, 'error', { detail: { kind: 'unsupported' }, count });
    const r = await tab.recorded();
    assert.equal(r.warnings.length, 1, `one warning: ${JSON.stringify(r.warnings)}`);
    assert.match(r.warnings[0], /^article-embed: /);
    assert.deepEqual(r.uncaught, [], 'nothing thrown');
    assert.deepEqual(r.fetches, [], 'nothing fetched');
    assert.deepEqual(widgetFiles(site.requests(mark)), [], 'no glue, wasm, css, document or catalogue requested');
    return r;
  }

  test('no constructable stylesheets (Safari before 16.4): the links stay, readable, no empty box, no wasm', async () => {
    const mark = site.since();
    const tab = await browser.open(`${site.origin}/?engines-remove=constructable-stylesheets`);
    await refused(tab, 3, mark);
    // The element embeds keep their links; the one-tag form's embed has none, and takes no room.
    const hosts = await tab.eval((...hs) => hs.map(h => {
      const el = $(h), link = el.querySelector('a[href]')?.getBoundingClientRect(), box = el.getBoundingClientRect();
      return { shadow: !!el.shadowRoot, state: el.getAttribute('data-state'), link: link ? link.height > 0 && link.width > 0 : null,
        extra: Math.round(box.height - (link?.height ?? 0)) };
    }), TIES, RELATIONS, WHOLE);
    assert.deepEqual(hosts.map(h => [h.shadow, h.state, h.link]), [[false, null, true], [false, null, null], [false, null, true]], 'the link shows, nothing else');
    for (const h of hosts) assert.ok(h.extra < 60, `no empty reserved box: ${h.extra} px more than its link`);
    const events = (await tab.recorded()).events.filter(e => e.name === 'error');
    assert.equal(events.length, 3, 'an error event from each embed');
    assert.match(events[0].detail.message, /constructable stylesheets/);
  });

  test('no constructable stylesheets, a prerendered snippet: it stays as the browser parsed it, no wasm', async () => {
    const mark = site.since();
    const tab = await browser.open(`${site.origin}/engines/hydrate.html?engines-remove=constructable-stylesheets`);
    await refused(tab, 1, mark);
    await tab.hover(part('article-embed', '#ae-title'));
    assert.equal((await shown(tab, 'article-embed')).lang, 'da', 'the article is shown');
    assert.deepEqual(await tab.eval(() => window.__nodes.map(n => n.isConnected)), [true, true, true, true, true]);
    assert.equal(await tab.eval(() => $('article-embed').getAttribute('data-state')), null);
    assert.deepEqual(widgetFiles(site.requests(mark)), [], 'the reader\'s pointer on it downloads nothing either');
  });

  test('no declarative shadow DOM: the snippet\'s fallback link shows, the loader leaves it, no wasm', async () => {
    const mark = site.since();
    const tab = await browser.open(`${site.origin}/engines/hydrate.html?engines-remove=declarative-shadow-dom`);
    await refused(tab, 1, mark);
    const s = await tab.eval(() => {
      const el = $('article-embed'), link = el.querySelector(':scope > a').getBoundingClientRect();
      return { shadow: !!el.shadowRoot, template: !!el.querySelector(':scope > template'), link: link.height > 0 };
    });
    assert.deepEqual(s, { shadow: false, template: true, link: true });
  });

  test('no requestIdleCallback (WebKit): a snippet far below downloads nothing until the reader comes near, then is hydrated', async () => {
    const mark = site.since();
    const tab = await browser.open(`${site.origin}/engines/far.html?engines-remove=request-idle-callback&engines-clock`);
    // Every timeout the page has set runs (and those they set), and the observers report twice:
    // whatever the loader would do on its own, it has done.
    for (let round = 0; round < 3; round++) {
      await tab.eval(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
      await tab.eval(() => window.__clock.run());
    }
    assert.equal(await tab.eval(() => window.__clock.pending()), 0, 'no timer left');
    assert.deepEqual((await tab.recorded()).fetches, [], 'no wasm, no document');
    assert.deepEqual(widgetFiles(site.requests(mark)), []);
    await tab.eval(() => { window.__clock.release(); $('article-embed').scrollIntoView(); });
    await waitForEvent(tab, 'mounted', { detail: { lang: 'da' } });
    assert.equal(await settled(tab, 'article-embed'), 'mounted');
    assert.ok(widgetFiles(site.requests(mark)).some(u => u.endsWith('.wasm')), 'the wasm, once near');
  });

  test('no requestIdleCallback: the live embeds mount, near first, the rest on a timeout', async () => {
    const tab = await browser.open(`${site.origin}/?engines-remove=request-idle-callback`);
    for (const h of [TIES, RELATIONS]) assert.equal(await settled(tab, h), 'mounted');
  });

  for (const [feature, why] of [['register-property', 'the widget\'s own rem is then the page\'s'], ['scheduler-yield', 'the first render yields with a zero timeout']]) {
    test(`no ${feature} (${why}): both widgets show and switch language`, async () => {
      const tab = await browser.open(`${site.origin}/?engines-remove=${feature}`);
      for (const h of [TIES, RELATIONS]) assert.equal(await settled(tab, h), 'mounted');
      const size = await tab.eval(h => parseFloat(getComputedStyle($(h).shadowRoot.querySelector('.ae-body > p')).fontSize), TIES);
      assert.ok(size >= 14, `readable text: ${size}px`);
      await switchLanguage(tab, TIES, 'en');
      const r = await tab.recorded();
      assert.deepEqual([r.uncaught, r.errors, r.warnings], [[], [], []]);
    });
  }

  test('no Web Share: no system share button; the links and "Copy link" are there', async () => {
    const tab = await browser.open(`${site.origin}/?engines-remove=web-share`);
    assert.equal(await settled(tab, RELATIONS), 'mounted');
    const shares = await tab.eval(h => [...$(h).shadowRoot.querySelectorAll('.ae-share[data-row="top"] [data-share]')].map(b => b.dataset.share), RELATIONS);
    assert.deepEqual(shares, ['facebook', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'bluesky', 'mastodon', 'email', 'copy']);
    await tab.click(part(RELATIONS, '.ae-share[data-row="top"] [data-share="copy"]'));
    await waitForEvent(tab, 'share', { detail: { network: 'copy' } });
  });

  test('no Clipboard: "Copy link" says the link to copy by hand, nothing thrown', async () => {
    const tab = await browser.open(`${site.origin}/?engines-remove=clipboard`);
    assert.equal(await settled(tab, RELATIONS), 'mounted');
    const url = await tab.eval(h => $(h).shadowRoot.querySelector('.ae-share[data-row="top"]').dataset.url, RELATIONS);
    await tab.click(part(RELATIONS, '.ae-share[data-row="top"] [data-share="copy"]'));
    await waitForEvent(tab, 'share', { detail: { network: 'copy' } });
    const said = await tab.waitFor(h => $(h).shadowRoot.querySelector('[data-live]').textContent.replace(/[\u200b\u2068\u2069]/g, ''), { args: [RELATIONS] });
    assert.equal(said, ftl('sw', 'share-copy-failed').replace('{ $url }', url));
    const r = await tab.recorded();
    assert.deepEqual([r.uncaught, r.errors], [[], []]);
  });
});
