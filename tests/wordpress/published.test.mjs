// The whole WordPress article, end to end: imported from the real WordPress (with its Danish
// machine translation and its restructured Swahili one), published with `article-embed
// publish`, and read in Chromium as the widget (dist/ as npm test builds it), the prerendered
// snippet, the embed page and the card. Every request is recorded: nothing goes to a third party
// (any host but 127.0.0.1, where this test and the WordPress serve) before the reader clicks a
// facade and allows embedded content; then exactly one player loads, from YouTube's
// privacy-enhanced host. The restructured translation shows its own blocks.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, startSite, Widget } from '../e2e/harness.mjs';
import { importOk, rest, run } from './helpers.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'article-embed-published-wp-'));
const out = join(scratch, 'public');
let site, browser, imported;

const page = body => (req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head><body><main>${body()}</main></body></html>`);
};
const host = lang => `<article-embed id="a" src="/articles/whole-article/article.json" lang="${lang}">
  <a href="${imported.article.url}">The article</a></article-embed><script async src="/dist/loader.js"></script>`;

test.before(async () => {
  const [en, da, sw] = await Promise.all(['whole-article', 'whole-article-da', 'whole-article-sw'].map(rest));
  imported = importOk('--post', en, '--translation', `da=${da}`, '--translation', `sw=${sw}`, '--machine-translated', 'da');
  site = await startSite({
    extraMounts: [['/articles/whole-article/', imported.dir], ['/public/whole-article/', out]],
    extraRoutes: {
      '/test/widget-en.html': page(() => host('en')),
      '/test/widget-sw.html': page(() => host('sw')),
      '/test/snippet.html': page(() => readFileSync(join(out, 'snippet', 'en.html'), 'utf8')),
    },
  });
  const r = run('publish', imported.dir, '--out', out, '--base', `${site.origin}/public/whole-article/`);
  assert.equal(r.status, 0, r.stderr);
  browser = await launch();
});
test.after(async () => {
  await browser?.close();
  await site?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const thirdParty = u => !/^(data:|blob:|about:)/.test(u) && new URL(u).hostname !== '127.0.0.1';

/** The page open with every request recorded; a third party's is answered by nothing (this
 * machine has no internet) and kept in `foreign`. */
async function open(path) {
  const p = await openPage(browser, null, { viewport: { width: 900, height: 900 } });
  p.foreign = [];
  await p.context.route(thirdParty, route => { p.foreign.push(route.request().url()); return route.abort(); });
  await p.page.goto(`${site.origin}${path}`);
  return p;
}

/** Scrolls to the end in steps, so that every lazy image and frame has had its chance to load. */
async function readToTheEnd(p) {
  const height = await p.page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 600) await p.page.evaluate(top => window.scrollTo(0, top), y);
  await p.page.waitForLoadState('networkidle');
}

test('the snippet, the embed page and the card request nothing from a third party', async () => {
  for (const path of ['/test/snippet.html', '/public/whole-article/embed/en.html', '/public/whole-article/card/en.html']) {
    const p = await open(path);
    await readToTheEnd(p);
    assert.deepEqual(p.foreign, [], path);
    assert.deepEqual(p.requests.filter(thirdParty), [], path);
    const text = await p.page.evaluate(() => {
      const shadow = [...document.querySelectorAll('*')].map(e => e.shadowRoot).find(Boolean);
      return (shadow ?? document.body).textContent.replace(/\s+/g, ' ');
    });
    assert.ok(text.includes('EU and Kazakhstan in figures, footage and posts'), `${path}: the headline`);
    if (!path.includes('/card/')) {
      // The whole article: the table, the facade (a link here), the quoted post, the gallery's captions.
      for (const part of ['Exports to the EU', 'YouTube Developers Live', 'Sunsets don', 'At the table']) {
        assert.ok(text.includes(part), `${path}: ${part}`);
      }
    }
    await p.context.close();
  }
});

test('the widget loads nothing from a third party before a click and consent, then one player from youtube-nocookie.com', async () => {
  const p = await open('/test/widget-en.html');
  const w = new Widget(p.page, '#a');
  assert.equal(await w.settled(), 'mounted');
  await readToTheEnd(p);
  assert.deepEqual(p.foreign, [], 'nothing before the click');
  assert.equal(await w.inShadow('.ae-body table').count(), 1);
  assert.equal(await w.inShadow('.ae-post').count(), 2);
  // The YouTube facade: a click asks for consent, still loading nothing.
  const play = w.inShadow('button.ae-facade').first();
  assert.match(await play.textContent(), /YouTube Developers Live: Embedded Web Player Customization/);
  await play.click();
  await w.inShadow('[data-embed^="allow "]').first().waitFor();
  assert.deepEqual(p.foreign, [], 'nothing on the click alone');
  assert.equal(await w.inShadow('iframe').count(), 0);
  const player = p.page.waitForRequest(r => r.url().startsWith('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'));
  await w.inShadow('[data-embed^="allow "]').first().click();
  await player;
  const frames = await w.evalInShadow(r => [...r.querySelectorAll('iframe')].map(f => f.src));
  assert.deepEqual(frames, ['https://www.youtube-nocookie.com/embed/M7lc1UVf-VE']);
  const hosts = [...new Set(p.foreign.map(u => new URL(u).hostname))];
  assert.deepEqual(hosts, ['www.youtube-nocookie.com'], 'only the privacy-enhanced host, after the click');
  // The other players still wait for their own click.
  assert.equal(await w.inShadow('button.ae-facade').count(), 1, 'the Vimeo facade is still a facade');
  await p.context.close();
});

test('the restructured Swahili translation shows its own blocks in the widget', async () => {
  const p = await open('/test/widget-sw.html');
  const w = new Widget(p.page, '#a');
  assert.equal(await w.settled(), 'mounted');
  assert.equal(await w.articleLang(), 'sw');
  assert.equal((await w.headline()).trim(), imported.sw.title);
  const shown = await w.evalInShadow(r => [...r.querySelectorAll('.ae-body > :not(.ae-ad)')].length);
  // Its twelve blocks and the featured image borrowed from the original.
  assert.equal(shown, imported.sw.blocks.filter(b => b.type !== 'ad').length);
  assert.equal(await w.inShadow('.ae-body table').count(), 1);
  assert.equal(await w.inShadow('button.ae-facade').count(), 1);
  await readToTheEnd(p);
  assert.deepEqual(p.foreign, []);
  await p.context.close();
});
