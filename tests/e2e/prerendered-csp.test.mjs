// The prerendered HTML under a strict Content-Security-Policy: with the sources `article-embed
// csp` prints (hashes of the inline styles and of the pages' script, no 'unsafe-inline'), a page
// with a snippet, the embed page and the card page apply every style and run the frame script,
// with no violation; without them, the same policy blocks those styles (what the hashes are for).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, launch, openPage, tool } from './harness.mjs';

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
  out = mkdtempSync(join(tmpdir(), 'article-embed-csp-'));
  csp = tool.csp();
  site = await startSite({
    extraRoutes: {
      '/test/csp-snippet.html': strict(() => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet under a CSP</title></head>
<body><main>${readFileSync(join(out, 'snippet', 'da.html'), 'utf8')}</main></body></html>`, policy(`script-src 'self'; ${csp.snippet.replace('style-src', "style-src 'self'")}`)),
      '/test/csp-embed.html': strict(() => readFileSync(join(out, 'embed', 'da.html'), 'utf8'), policy(csp.embed)),
      '/test/csp-card.html': strict(() => readFileSync(join(out, 'card', 'da.html'), 'utf8'), policy(csp.card)),
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

/** Each inline `<style>` of the page and of its shadow roots: whether it applies (a blocked one has no sheet). */
const styles = page => page.evaluate(() => {
  const roots = [document, ...[...document.querySelectorAll('*')].map(e => e.shadowRoot).filter(Boolean)];
  return roots.flatMap(r => [...r.querySelectorAll('style')].map(s => !!s.sheet));
});
const violations = p => p.consoleMessages.filter(m => /Content Security Policy/i.test(m.text));

for (const kind of ['snippet', 'embed', 'card']) {
  test(`${kind}: with the printed sources every inline style applies${kind === 'snippet' ? '' : ' and the frame script runs'}; without them they are blocked`, async () => {
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
