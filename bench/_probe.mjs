import { chromium } from 'playwright-core';
import { serve } from '/work/main/scripts/server.mjs';
const log = [];
const server = await serve({ port: 0, mounts: [['/', '/work/main/www'], ['/dist/', '/work/main/dist']], log });
const port = server.address().port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
console.log(browser.version());
const ctx = await browser.newContext();
const page = await ctx.newPage();
page.on('console', m => console.log('console:', m.text()));
await page.addInitScript(() => {
  window.__ev = [];
  for (const t of ['article-embed:mounted','article-embed:error','article-embed:language'])
    document.addEventListener(t, e => { const t0 = performance.now(); requestAnimationFrame(() => requestAnimationFrame(() => __ev.push({ type: e.type, src: e.target.getAttribute('src'), detail: e.detail, t: t0, paint: performance.now() }))); });
});
await page.goto(`http://127.0.0.1:${port}/`);
await page.waitForFunction(() => __ev.filter(e => e.type.endsWith('mounted')).length >= 2, null, { timeout: 15000 });
console.log(await page.evaluate(() => ({ ev: __ev, res: performance.getEntriesByType('resource').map(r => [r.name.replace(location.origin,''), Math.round(r.startTime), Math.round(r.responseEnd)]) })));
console.log(log);
const info = await page.evaluate(() => { const el = document.querySelector('article-embed'); return { len: el.shadowRoot.innerHTML.length, langs: [...el.shadowRoot.querySelectorAll('#ae-lang-list a')].map(a => a.dataset.lang), sheets: el.shadowRoot.adoptedStyleSheets.length, h: el.getBoundingClientRect().height, imgs: [...el.shadowRoot.querySelectorAll('img')].map(i=>i.outerHTML) }; });
console.log(info);
await page.screenshot({ path: '/tmp/demo.png' });
await browser.close(); server.close();
