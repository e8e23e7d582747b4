// The JS API and single-page apps: widgets added after load mount, removed ones unmount,
// ArticleEmbed.mount/unmount work on any element, events bubble out of the shadow root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launch, openPage, Widget, events, waitUnmounted } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await site?.close(); });

test('an <article-embed> added after load mounts; removing it unmounts', async () => {
  const p = await openPage(browser, site.origin + '/test/cdn.html');
  await new Widget(p.page, '#a').settled();
  await p.page.evaluate(() => {
    const el = document.createElement('article-embed');
    el.id = 'late'; el.setAttribute('src', '/articles/eu-kazakhstan-closer-ties/article.json'); el.setAttribute('lang', 'ar');
    document.body.append(el);
  });
  const w = new Widget(p.page, '#late');
  assert.equal(await w.settled(), 'mounted');
  assert.equal(await w.articleDir(), 'rtl');
  const late = await w.host.elementHandle();
  await late.evaluate(el => el.remove());
  await p.page.waitForFunction(() => !document.querySelector('#late'));
  // Unmounted: the removed element's shadow root is emptied.
  assert.equal(await waitUnmounted(late), 0, 'removed, it is unmounted');
  assert.deepEqual(p.pageErrors, []);
  assert.equal(p.requests.filter(u => u.endsWith('.wasm')).length, 1, 'still one wasm download');
  await p.context.close();
});

test('ArticleEmbed.mount and unmount work on any element, with events', async () => {
  const p = await openPage(browser, site.origin + '/test/cdn.html');
  await new Widget(p.page, '#a').settled();
  await p.page.evaluate(async () => {
    const div = document.createElement('div');
    div.id = 'api';
    document.body.append(div);
    await ArticleEmbed.mount(div, { src: '/articles/eu-kazakhstan-relations/article.json', lang: 'sw' });
  });
  const w = new Widget(p.page, '#api');
  assert.equal(await w.state(), 'mounted');
  assert.equal(await w.articleLang(), 'sw');
  const mounted = (await events(p.page)).filter(e => e.name === 'mounted' && e.id === 'api');
  assert.deepEqual(mounted.map(e => e.detail.lang), ['sw']);
  assert.equal(await p.page.evaluate(() => ArticleEmbed.unmount(document.querySelector('#api'))), true);
  assert.equal(await w.evalInShadow(r => r.childElementCount), 0);
  await p.context.close();
});
