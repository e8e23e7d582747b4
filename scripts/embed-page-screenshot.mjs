// Takes docs/embed-page.png, the README's picture of the "Embed this article" page: the demo
// article published (as tests/e2e/embed-page.test.mjs publishes it), its Danish page opened in
// Chromium, a few options chosen (the script tag with its pinned fragment, dark, three share
// targets), once the preview shows them. Needs dist/ (node scripts/build.mjs).
// Usage: node scripts/embed-page-screenshot.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, root, startSite, tool } from '../tests/e2e/harness.mjs';

const SLUG = 'eu-kazakhstan-closer-ties';
const dir = mkdtempSync(join(tmpdir(), 'article-embed-screenshot-'));
const site = await startSite({ extraMounts: [['/pub/', dir], ['/pub/img/', join(root, 'www', 'articles', 'img')]] });
const browser = await launch();
try {
  tool.publish(join(root, 'www', 'articles'), dir, `${site.origin}/pub/`, `${site.origin}/dist/loader.js`);
  const { page } = await openPage(browser, `${site.origin}/pub/${SLUG}/embed-page/en.html`, { viewport: { width: 1100, height: 1500 } });
  await page.waitForSelector('main[data-ready]');
  await page.check('input[name="form"][value="element"]');
  await page.check('input[name="theme"][value="dark"]');
  await page.fill('#ae-share', 'x, linkedin, email');
  await page.press('#ae-share', 'Tab');
  const preview = page.frames().find(f => f.url() === 'about:srcdoc');
  await preview.waitForFunction(() => document.querySelector('article-embed')?.shadowRoot?.querySelector('.ae-share')?.querySelectorAll('[data-share]').length === 3);
  await page.screenshot({ path: join(root, 'docs', 'embed-page.png') });
  console.log('embed-page-screenshot: docs/embed-page.png written');
} finally {
  await browser.close();
  await site.close();
  rmSync(dir, { recursive: true, force: true });
}
