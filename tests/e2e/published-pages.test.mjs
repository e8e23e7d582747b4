// The pages `article-embed publish` writes for iframes and apps (embed/<lang>.html) and for
// oEmbed (card/<lang>.html), opened as a reader would: axe finds nothing in light and dark, left to
// right and right to left; nothing comes from a third party; the card stays under WordPress's
// 1,000 px at a phone's and a desktop embed's width; the embed page fills any width without
// scrolling sideways, with text at 200 %; a snippet keeps the widget's own sizes in a page
// with a 10 px root, before and after hydration; and under a strict Content-Security-Policy with
// the sources `article-embed csp` prints (hashes, no 'unsafe-inline'), a page with a snippet, the
// embed page and the card page apply every inline style and run the frame script, while the same
// policy without those sources blocks them (what the hashes are for).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, launch, openPage, tool } from './harness.mjs';
import { axe } from './a11y-probes.mjs';

const FOLDER = 'eu-kazakhstan-closer-ties';
let site, browser, out, csp;

/** A route sending `html()` under `policy(url)`. */
const strict = (html, policy) => (req, res, url) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy(url) });
  res.end(html());
};
// `?without` drops our sources: the control.
const policy = extra => url => `default-src 'self'; img-src 'self' data:; ${url.searchParams.has('without') ? "script-src 'self'; style-src 'self'" : extra}`;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'article-embed-published-'));
  csp = tool.csp();
  site = await startSite({
    extraMounts: [['/published/', out]],
    extraRoutes: {
      '/test/csp-snippet.html': strict(() => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet under a CSP</title></head>
<body><main>${readFileSync(join(out, 'snippet', 'da.html'), 'utf8')}</main></body></html>`, policy(`script-src 'self'; ${csp.snippet.replace('style-src', "style-src 'self'")}`)),
      '/test/csp-embed.html': strict(() => readFileSync(join(out, 'embed', 'da.html'), 'utf8'), policy(csp.embed)),
      '/test/csp-card.html': strict(() => readFileSync(join(out, 'card', 'da.html'), 'utf8'), policy(csp.card)),
      // The 62.5 % trick (a 10 px root) and hostile rules, around the published snippet, with the loader.
      '/test/small-root.html': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Small root</title>
<style>html{font-size:62.5%} *{color:red!important;font-size:1rem!important;padding:0!important}</style>
<script async src="/dist/loader.js"></script></head><body><main>${readFileSync(join(out, 'snippet', 'da.html'), 'utf8')}</main></body></html>`);
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

const url = (kind, lang) => `${site.origin}/published/${kind}/${lang}.html`;

test('axe finds nothing in the embed and card pages, light and dark, Danish and Arabic', async () => {
  for (const kind of ['embed', 'card']) {
    for (const lang of ['da', 'ar']) {
      for (const colorScheme of ['light', 'dark']) {
        const p = await openPage(browser, url(kind, lang), { colorScheme });
        const r = await axe(p.page);
        assert.deepEqual(r.violations, [], `${kind} ${lang} ${colorScheme}`);
        assert.ok(r.shadowNodes > 20, `axe looked inside the shadow root (${r.shadowNodes} nodes)`);
        const page = await p.page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
        assert.deepEqual(page, { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' }, 'the page says its language and direction');
        const foreign = p.requests.filter(u => !u.startsWith(site.origin) && !u.startsWith('data:'));
        assert.deepEqual(foreign, [], 'nothing from a third party');
        await p.context.close();
      }
    }
  }
});

test('the card stays under 1,000 px tall, and the embed page never scrolls sideways, text at 200 % included', async () => {
  for (const width of [320, 600]) {
    const p = await openPage(browser, url('card', 'da'), { viewport: { width, height: 900 } });
    const h = await p.page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(h < 1000, `card at ${width} px: ${h} px tall`);
    await p.context.close();
  }
  for (const width of [320, 768]) {
    const p = await openPage(browser, url('embed', 'ar'), { viewport: { width, height: 800 } });
    const sideways = () => p.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.equal(await sideways(), 0, `embed at ${width} px`);
    // Text at 200 %, as the reader's browser setting makes it: the default font size doubled.
    const before = await p.page.evaluate(() => document.documentElement.scrollHeight);
    const cdp = await p.context.newCDPSession(p.page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await p.page.waitForFunction(h => document.documentElement.scrollHeight > h * 1.5, before);
    assert.equal(await sideways(), 0, `embed at ${width} px, text at 200 %`);
    await p.context.close();
  }
});

test("a snippet in a page with a 10 px root and hostile styles keeps the widget's own sizes, before and after hydration", async () => {
  const p = await openPage(browser, `${site.origin}/test/small-root.html`);
  const sizes = () => p.page.evaluate(() => {
    const r = document.querySelector('article-embed').shadowRoot;
    const px = (sel, prop) => parseFloat(getComputedStyle(r.querySelector(sel))[prop]);
    return { title: px('#ae-title', 'fontSize'), body: px('.ae-body > p', 'fontSize'), pad: px('.ae-share a', 'paddingTop') };
  });
  const painted = await sizes();
  assert.ok(painted.body >= 16, `body text at the reader's size, not the page's 10 px root (${painted.body} px)`);
  assert.ok(painted.title > painted.body, `the headline is larger (${painted.title} px)`);
  await p.page.waitForFunction(() => document.querySelector('article-embed').getAttribute('data-state') === 'mounted');
  assert.deepEqual(await sizes(), painted, 'hydration changes no size');
  await p.context.close();
});

/** Each inline `<style>` of the page and of its shadow roots: whether it applies (a blocked one has no sheet). */
const styles = page => page.evaluate(() => {
  const roots = [document, ...[...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean)];
  return roots.flatMap(r => [...r.querySelectorAll('style')].map(s => !!s.sheet));
});
const violations = p => p.consoleMessages.filter(m => /Content Security Policy/i.test(m.text));

for (const kind of ['snippet', 'embed', 'card']) {
  test(`${kind} under a strict CSP: with the printed sources every inline style applies${kind === 'snippet' ? '' : ' and the frame script runs'}; without them they are blocked`, async () => {
    const p = await openPage(browser, `${site.origin}/test/csp-${kind}.html`);
    const applied = await styles(p.page);
    assert.ok(applied.length >= 2, `inline styles found: ${applied.length}`);
    assert.deepEqual(applied, applied.map(() => true), 'every inline style applies');
    if (kind !== 'snippet') assert.equal(await p.page.evaluate(() => typeof window.ArticleEmbedFrame), 'object', 'the frame script ran');
    assert.deepEqual(violations(p), []);
    await p.context.close();

    const q = await openPage(browser, `${site.origin}/test/csp-${kind}.html?without`);
    assert.ok((await styles(q.page)).every(ok => !ok), 'the same policy without the hashes blocks them');
    if (kind !== 'snippet') assert.equal(await q.page.evaluate(() => typeof window.ArticleEmbedFrame), 'undefined');
    assert.ok(violations(q).length > 0, 'and the browser says so');
    await q.context.close();
  });
}
