// The built dist/ works copied to any path: here the host page is at /test/ and the files at /cdn/v1/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launch, openPage, Widget } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await site?.close(); });

test('dist/ served under /cdn/v1/ loads every file from there', async () => {
  const p = await openPage(browser, site.origin + '/test/cdn.html');
  const w = new Widget(p.page, '#a');
  assert.equal(await w.settled(), 'mounted');
  assert.match(await w.headline(), /Strengthening|Relations/i);
  const widgetFiles = p.requests.filter(u => /loader\.js|article-embed\.|i18n\./.test(u));
  assert.ok(widgetFiles.length >= 4, widgetFiles.join(' '));
  for (const u of widgetFiles) assert.ok(u.startsWith(site.origin + '/cdn/v1/'), u);
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});
