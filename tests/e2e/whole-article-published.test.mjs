// The whole article (www/articles/eu-kazakhstan-trade-in-figures) as `article-embed publish`
// writes it, opened with JavaScript off: the snippet in a page, the embed page and the card page
// show the blocks with no script: the table as a table, each player's facade as a link to the
// original (no player, no button), the quoted post as a quotation, footnotes as numbers; and
// nothing is requested from a third party (every other host is answered by a stand-in, so a
// request would be seen). axe finds nothing in the embed page, English and Arabic, light and
// dark; the card stays an excerpt under WordPress's 1,000 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, launch, root, tool } from './harness.mjs';
import { axe } from './a11y-probes.mjs';

const FOLDER = 'eu-kazakhstan-trade-in-figures';
let site, browser, out;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'article-embed-whole-'));
  site = await startSite({
    // The article's own media beside its published pages, as the publisher serves them.
    extraMounts: [['/published/media/', join(root, 'www/articles', FOLDER, 'media')], ['/published/', out]],
    extraRoutes: {
      '/test/whole-snippet.html': (req, res, url) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const lang = url.searchParams.get('lang');
        res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet</title></head>
<body><main>${readFileSync(join(out, 'snippet', `${lang}.html`), 'utf8')}</main></body></html>`);
      },
    },
  });
  tool.publish(FOLDER, out, `${site.origin}/published/`);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Opens `path` with JavaScript off, recording every request and answering other hosts with a stand-in. */
async function open(path, options = {}) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 }, ...options });
  const requests = [];
  context.on('request', r => requests.push(r.url()));
  await context.route(u => !u.href.startsWith(site.origin), r => r.fulfill({ contentType: 'text/html', body: 'stand-in' }));
  const page = await context.newPage();
  await page.goto(site.origin + path);
  const foreign = () => requests.filter(u => !u.startsWith(site.origin) && !u.startsWith('data:'));
  return { context, page, requests, foreign };
}

/** What the prerendered article (the first shadow root in the page) shows of the blocks, with every image loaded. */
async function shown(page) {
  const host = await page.evaluateHandle(() => document.querySelector('article-embed, article-embed-card'));
  // Loaded or failed: every request that went out has been answered.
  await page.waitForFunction(h => [...h.shadowRoot.querySelectorAll('img')].every(i => {
    i.loading = 'eager';
    return i.complete;
  }), host);
  return host.evaluate(h => {
    const r = h.shadowRoot;
    const count = s => r.querySelectorAll(s).length;
    return {
      tables: count('.ae-table[role="region"][tabindex="0"] table > caption'),
      headers: count('th[scope="row"]'),
      facades: [...r.querySelectorAll('a.ae-facade')].map(a => a.getAttribute('href')),
      players: count('iframe'),
      buttons: count('button'),
      posts: count('figure.ae-post > blockquote[cite]'),
      notes: count('.ae-notes li'),
      refs: [...r.querySelectorAll('sup.ae-ref')].map(s => s.innerHTML),
      videos: [...r.querySelectorAll('video')].map(v => v.preload),
      code: r.querySelector('pre.ae-code')?.dir,
      images: [...r.querySelectorAll('img')].every(i => i.naturalWidth > 0),
    };
  });
}

test('the snippet and the embed page show every block with no script, and nothing third-party', async () => {
  for (const path of ['/test/whole-snippet.html?lang=en', '/published/embed/en.html', '/test/whole-snippet.html?lang=ar', '/published/embed/ar.html']) {
    const p = await open(path);
    assert.deepEqual(await shown(p.page), {
      tables: 1, headers: 3,
      facades: ['https://www.youtube.com/watch?v=M7lc1UVf-VE', 'https://vimeo.com/76979871'],
      players: 0, buttons: 0, posts: 1, notes: 2, refs: ['1', '2'], videos: ['none'], code: 'ltr', images: true,
    }, path);
    assert.deepEqual(p.foreign(), [], `${path}: nothing from a third party`);
    assert.ok(p.requests.some(u => u.endsWith('/published/media/press-conference.svg')), 'the poster is the publisher\'s');
    await p.context.close();
  }
});

test('the card is an excerpt of it, under 1,000 px, with nothing third-party', async () => {
  for (const width of [320, 600]) {
    const p = await open('/published/card/en.html', { viewport: { width, height: 900 } });
    const s = await shown(p.page);
    assert.equal(s.tables + s.players + s.facades.length + s.notes, 0, 'no table, player or note in a card');
    const h = await p.page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(h < 1000, `${width} px wide: ${h} px tall`);
    assert.deepEqual(p.foreign(), []);
    await p.context.close();
  }
});

test('axe finds nothing in the embed page, English and Arabic, light and dark', async () => {
  for (const lang of ['en', 'ar']) {
    for (const colorScheme of ['light', 'dark']) {
      // axe runs as a script: JavaScript on for the page, which has nothing else to run but the frame script.
      const p = await open(`/published/embed/${lang}.html`, { colorScheme, javaScriptEnabled: true });
      await shown(p.page);
      const r = await axe(p.page);
      assert.deepEqual(r.violations, [], `${lang} ${colorScheme}`);
      assert.ok(r.shadowNodes > 100, `axe looked inside the shadow root (${r.shadowNodes} nodes)`);
      assert.deepEqual(p.foreign(), []);
      await p.context.close();
    }
  }
});
