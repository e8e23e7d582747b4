// Our card in a real WordPress (scripts/wordpress/up.sh; run by scripts/wordpress/test.sh): a
// post whose content is only an article page's URL embeds the published card through oEmbed
// discovery, and WordPress's own wp-embed.js, unmodified, sizes the iframe to the card from the
// card's height messages and follows its links to the card's own host. The height oembed.json
// states is the card's, at the iframe's width in the post and at the `maxwidth` WordPress asked
// oembed.json for (recorded from the request: the theme's content width, else 500 px).
//
// The fixture is what a publisher has: `article-embed publish` of a seed article into a folder
// served at /embeds/…/ by a static server on 127.0.0.1, and the article's page at /news/…/ on
// the same server, whose <head> carries the discovery line publish wrote (that page is what
// WordPress fetches first: the URL the author pasted). The must-use plugin the test site gets
// (scripts/wordpress/oembed-local.php) lets WordPress fetch from 127.0.0.1 at that port.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/server.mjs';
import { launch, root } from '../e2e/harness.mjs';

const base = process.env.WP_BASE;
const bin = join(root, process.env.ARTICLE_EMBED_BIN ?? 'target/debug/article-embed');
if (!base) throw new Error('WP_BASE is not set: run scripts/wordpress/test.sh');

const SLUG = 'eu-kazakhstan-closer-ties';
const scratch = mkdtempSync(join(tmpdir(), 'article-embed-oembed-'));
const out = join(scratch, 'public');
let server, origin, articlePage, permalink, browser;
const log = [];

test.before(async () => {
  const pageHtml = () => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>The article's own page</title>
${readFileSync(join(out, 'discovery.html'), 'utf8')}</head>
<body><main>${readFileSync(join(out, 'snippet', 'en.html'), 'utf8')}</main></body></html>`;
  server = await serve({
    log,
    mounts: [['/embeds/img/', join(root, 'www', 'articles', 'img')], [`/embeds/${SLUG}/`, out]],
    routes: {
      [`/news/${SLUG}/`]: (req, res, url, send) => send(200, { 'content-type': 'text/html; charset=utf-8' }, pageHtml()),
    },
  });
  origin = `http://127.0.0.1:${server.address().port}`;
  articlePage = `${origin}/news/${SLUG}/`;
  // The seed article, as published from the article's own site.
  const input = join(scratch, 'in', SLUG);
  cpSync(join(root, 'www', 'articles', SLUG), input, { recursive: true });
  const doc = JSON.parse(readFileSync(join(input, 'article.json'), 'utf8'));
  doc.url = articlePage;
  writeFileSync(join(input, 'article.json'), JSON.stringify(doc, null, 2));
  execFileSync(bin, ['publish', input, '--out', out, '--base', `${origin}/embeds/${SLUG}/`], { encoding: 'utf8' });
  permalink = execFileSync('php', [join(root, 'scripts', 'wordpress', 'embed-post.php'), articlePage], { encoding: 'utf8' }).trim();
  browser = await launch();
});
test.after(async () => {
  execFileSync('php', [join(root, 'scripts', 'wordpress', 'embed-post.php'), '--delete']);
  await browser?.close();
  await new Promise(r => server ? (server.closeAllConnections(), server.close(r)) : r());
  rmSync(scratch, { recursive: true, force: true });
});

/** The post open in Chromium, with the embed shown and sized: its page, the iframe and the card's frame. */
async function openPost() {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const popups = [];
  page.on('popup', p => popups.push(p.url()));
  await page.goto(permalink);
  const iframe = page.locator('iframe.wp-embedded-content');
  await iframe.waitFor({ state: 'attached', timeout: 20000 });
  const card = await (await iframe.elementHandle()).contentFrame();
  await card.waitForLoadState('load');
  return { context, page, iframe, card, popups };
}

const cardHeight = card => card.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const stated = () => JSON.parse(readFileSync(join(out, 'oembed.json'), 'utf8'));
/** What WordPress asked oembed.json for: its maxwidth and maxheight (wp_embed_defaults). */
const asked = () => {
  const request = log.find(u => u.startsWith(`/embeds/${SLUG}/oembed.json?`));
  assert.ok(request, `WordPress fetched oembed.json: ${log.join(' ')}`);
  const q = new URL(request, origin).searchParams;
  return { maxwidth: Number(q.get('maxwidth')), maxheight: Number(q.get('maxheight')) };
};
/** Sets the iframe's width; resolves once the card is laid out at it and WordPress's iframe has its height. */
async function resize(page, iframe, card, width) {
  await iframe.evaluate((f, w) => { f.width = w; }, width);
  await card.waitForFunction(w => innerWidth === w, width);
  const h = await card.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() =>
    r(Math.ceil(document.documentElement.getBoundingClientRect().height))))));
  await page.waitForFunction(want => Math.abs(document.querySelector('iframe.wp-embedded-content').height - want) <= 3, h, { timeout: 10000 });
  return h;
}

test('WordPress embeds the card by discovery, its own wp-embed.js sizes the iframe to the card, and oembed.json said that height', async t => {
  const { context, page, iframe, card } = await openPost();
  try {
    // WordPress's own rewriting of an untrusted provider's html: its sandbox and secret.
    const src = await iframe.getAttribute('src');
    assert.ok(src.startsWith(`${origin}/embeds/${SLUG}/card/en.html#?secret=`), src);
    assert.equal(await iframe.getAttribute('sandbox'), 'allow-scripts');
    assert.match(await iframe.getAttribute('data-secret'), /^[a-zA-Z0-9]{10}$/);
    // wp-embed.js is on the page, byte for byte Debian's.
    const scripts = await page.evaluate(() => [...document.scripts].map(s => s.src).filter(s => /wp-embed/.test(s)));
    assert.equal(scripts.length, 1, String(scripts));
    const served = await (await fetch(scripts[0])).text();
    const shipped = readFileSync('/usr/share/wordpress/wp-includes/js/wp-embed.min.js', 'utf8');
    assert.equal(served, shipped, 'wp-embed.js unmodified');
    // The first message shows the iframe (its clip style removed) and hides the blockquote.
    await page.waitForFunction(() => !document.querySelector('iframe.wp-embedded-content').hasAttribute('style'), null, { timeout: 10000 });
    assert.equal(await page.locator('blockquote.wp-embedded-content').evaluate(b => getComputedStyle(b).display), 'none');
    // The iframe's height is the card's (WordPress keeps it between 200 and 1000 px), and the
    // card's is what oembed.json said.
    const { height } = stated();
    const h = await cardHeight(card);
    assert.ok(h > 200 && h < 1000, `card height ${h}`);
    assert.ok(Math.abs(h - height) <= 10, `the card is ${h} px tall, oembed.json says ${height}`);
    await page.waitForFunction(want => Math.abs(document.querySelector('iframe.wp-embedded-content').height - want) <= 3, h, { timeout: 10000 });
    const box = await iframe.boundingBox();
    assert.ok(Math.abs(box.height - h) <= 3, `iframe ${box.height} px, card ${h} px`);
    assert.equal(await card.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 3), true, 'nothing cut off');
    // The widths WordPress asks for (its maxwidth) and a theme that narrows embeds on a phone
    // (340 px; the width attribute, which wp-embed.js leaves alone): the same height, which
    // WordPress follows.
    const { maxwidth, maxheight } = asked();
    t.diagnostic(`WordPress asked for maxwidth=${maxwidth}, maxheight=${maxheight}; the iframe is ${box.width} px wide, the card ${h} px tall`);
    assert.ok(maxwidth >= 320 && height <= maxheight, `maxwidth ${maxwidth}, maxheight ${maxheight}: the stated height fits`);
    for (const width of [maxwidth, 340]) {
      const at = await resize(page, iframe, card, width);
      assert.ok(Math.abs(at - height) <= 10, `at ${width} px wide the card is ${at} px tall, oembed.json says ${height}`);
    }
  } finally {
    await context.close();
  }
});

test('a link to the card\'s own host opens in the top window; one to another host does nothing in WordPress\'s sandbox', async () => {
  const { context, page, card, popups } = await openPost();
  try {
    await page.waitForFunction(() => !document.querySelector('iframe.wp-embedded-content').hasAttribute('style'), null, { timeout: 10000 });
    const wp = page.url();
    // A link to another host: wp-embed.js only follows links to the iframe's host, and the
    // sandbox allows neither popups nor top navigation. So the share row (all such links) is
    // not shown there; were one clicked, nothing would happen.
    const share = card.locator('article-embed-card a[data-share="facebook"]');
    assert.equal(await share.isVisible(), false, 'no share links in WordPress');
    await share.dispatchEvent('click');
    await page.waitForTimeout(500);
    assert.equal(page.url(), wp);
    assert.deepEqual(popups, []);
    assert.ok(card.url().includes('/card/en.html'), 'the frame did not navigate either');
    // "Read the article": the article page is on the card's host, so WordPress goes there.
    const more = card.locator('article-embed-card .ae-more a');
    assert.equal(await more.getAttribute('href'), articlePage);
    await Promise.all([page.waitForURL(articlePage, { timeout: 10000 }), more.click()]);
    assert.equal(page.url(), articlePage);
  } finally {
    await context.close();
  }
});
