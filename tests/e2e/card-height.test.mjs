// The size oembed.json states is the card's: `article-embed publish` of both demo articles, and
// each card page (every language) opened in Chromium at a phone's width, at the oEmbed
// `maxwidth` WordPress asks for when the theme sets no content width (500 px: wp_embed_defaults),
// at our frame's 600 px, and at wider frames (640, 750), in light and dark: the card is as tall
// as oembed.json says, within 10 px, and nothing in it is cut off. With the reader's text at
// 200 %, the card is taller (at most 990 px at 600 px wide) and the frame script reports the
// height it has.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, launch, root, tool } from './harness.mjs';

const FOLDERS = ['eu-kazakhstan-closer-ties', 'eu-kazakhstan-relations'];
const WIDTHS = [320, 500, 600, 640, 750];
let site, browser, out;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'article-embed-cards-'));
  site = await startSite({
    extraMounts: [['/published/img/', join(root, 'www', 'articles', 'img')], ['/published/', out]],
  });
  for (const f of FOLDERS) tool.publish(f, join(out, f), `${site.origin}/published/${f}/`);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

const languages = folder => JSON.parse(readFileSync(join(root, 'www', 'articles', folder, 'article.json'), 'utf8')).languages;
const stated = folder => JSON.parse(readFileSync(join(out, folder, 'oembed.json'), 'utf8'));
/**
 * The card page's height as its frame script measures it, after the next frame; and how far the
 * card's content (its share row last) reaches past it, and past the card's own box.
 */
const measure = page => page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  const card = document.querySelector('article-embed-card').shadowRoot.querySelector('.ae-card');
  const foot = card.querySelector('.ae-foot').getBoundingClientRect().bottom;
  r({ height, overflow: Math.max(Math.ceil(foot) - height, card.scrollHeight - card.clientHeight) });
}))));

test('oembed.json states the card\'s true height: both articles, every language, 320 to 750 px wide, light and dark', async () => {
  const seen = [];
  for (const folder of FOLDERS) {
    const { width, height, html } = stated(folder);
    assert.equal(width, 600);
    assert.ok(height > 200 && height < 1000, `a height WordPress keeps: ${height}`);
    assert.match(html, new RegExp(`width="${width}" height="${height}"`), 'the iframe says the same size');
    for (const lang of languages(folder)) {
      for (const colorScheme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 1000 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${site.origin}/published/${folder}/card/${lang}.html`, { waitUntil: 'load' });
        for (const w of colorScheme === 'light' ? WIDTHS : [600]) {
          await page.setViewportSize({ width: w, height: 1000 });
          const m = await measure(page);
          assert.ok(Math.abs(m.height - height) <= 10, `${folder} ${lang} at ${w} px (${colorScheme}): ${m.height} px, oembed.json says ${height}`);
          assert.ok(m.overflow <= 0, `${folder} ${lang} at ${w} px: nothing below the card (${m.overflow} px)`);
          seen.push(m.height);
        }
        await context.close();
      }
    }
  }
  assert.equal(seen.length, (WIDTHS.length + 1) * 6, 'every card at every width was measured');
});

test('with the reader\'s text at 200 %, the card is taller, stays under 1,000 px at 600 px wide, and the frame script reports its height', async () => {
  const [folder] = FOLDERS;
  const { height } = stated(folder);
  const context = await browser.newContext({ viewport: { width: 600, height: 1000 } });
  const page = await context.newPage();
  // An app's bridge in the top frame, which frame.js reports the height to.
  await page.addInitScript(() => {
    window.__heights = [];
    window.articleEmbed = { postMessage: m => { const d = JSON.parse(m); if (d.type === 'height') window.__heights.push(d.value); } };
  });
  await page.goto(`${site.origin}/published/${folder}/card/en.html`, { waitUntil: 'load' });
  await page.waitForFunction(h => window.__heights.at(-1) === h, (await measure(page)).height);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.waitForFunction(h => document.documentElement.getBoundingClientRect().height > h + 100, height);
  const zoomed = await measure(page);
  assert.ok(zoomed.height <= 990, `at most 990 px: ${zoomed.height}`);
  assert.ok(zoomed.overflow <= 0, 'nothing below the card');
  await page.waitForFunction(h => window.__heights.at(-1) === h, zoomed.height);
  await context.close();
});
