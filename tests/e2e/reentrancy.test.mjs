// Host listeners that call back into the widgets while they work: a focus handler that clicks
// another widget, an unmount on `mounted`, a consent decision on `consent`, a removal on
// `language`. Nothing may be thrown uncaught or panic, and the other widgets keep working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launch, openPage, Widget, events, waitForEvent, waitUnmounted, crashes, stillWorks } from './harness.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await site?.close(); });

const open = async setup => {
  const p = await openPage(browser, null, { permissions: ['clipboard-read', 'clipboard-write'] });
  if (setup) await p.page.addInitScript(setup);
  await p.page.goto(site.origin + '/test/reentrancy.html');
  return p;
};
const widgets = p => Object.fromEntries(['a', 'b', 'c'].map(id => [id, new Widget(p.page, '#' + id)]));

/** No uncaught error, no panic or trap in the console. */
function clean(p) {
  assert.deepEqual(crashes(p), [], 'no panic');
  assert.deepEqual(p.pageErrors, [], 'nothing thrown uncaught');
}

test('a host focusin listener that clicks another widget while one switches language', async () => {
  const p = await open();
  const { a, b, c } = widgets(p);
  for (const w of [a, b, c]) assert.equal(await w.settled(), 'mounted');
  // Focus events leave the shadow root as focusin on the host: whenever focus lands in A,
  // the host clicks B's "copy link" (the shell focuses A's switcher after a switch).
  await p.page.evaluate(() => {
    window.__clicks = 0;
    document.addEventListener('focusin', e => {
      if (e.target.id !== 'a') return;
      window.__clicks++;
      document.querySelector('#b').shadowRoot.querySelector('[data-share="copy"]').click();
    });
  });
  await a.switchTo('en');
  await waitForEvent(p.page, 'language', { id: 'a', detail: { lang: 'en' } });
  assert.equal((await a.focused())?.className, 'ae-lang-btn', 'focus returned to the switcher');
  const clicks = await p.page.evaluate(() => window.__clicks);
  assert.ok(clicks >= 1, 'the host listener ran');
  // Every click the host made on B was answered: one share event each, none lost.
  await waitForEvent(p.page, 'share', { id: 'b', detail: { network: 'copy' }, count: clicks, timeout: 3000 }).catch(() => {});
  clean(p);
  const shares = (await events(p.page)).filter(e => e.name === 'share' && e.id === 'b').length;
  assert.equal(shares, clicks, 'each host click on B was handled');
  // And by keyboard: Enter on the switcher, Tab to Arabic (en, da, ar, sw), Enter.
  await a.languageButton().focus();
  await p.page.keyboard.press('Enter');
  for (let i = 0; i < 3; i++) await p.page.keyboard.press('Tab');
  assert.equal((await a.focused())?.lang, 'ar');
  await p.page.keyboard.press('Enter');
  await a.waitForLang('ar');
  clean(p);
  await stillWorks(b, 'en');
  await stillWorks(c, 'sw');
  await stillWorks(a, 'da');
  clean(p);
  await p.context.close();
});

test('a host listener on article-embed:mounted that unmounts the widget', async () => {
  const p = await open(() => {
    document.addEventListener('article-embed:mounted', e => {
      if (e.target.id === 'b') ArticleEmbed.unmount(e.target).then(r => { window.__unmounted = r; }, e => { window.__unmounted = String(e); });
    });
  });
  const { a, b, c } = widgets(p);
  assert.equal(await a.settled(), 'mounted');
  await b.host.scrollIntoViewIfNeeded();
  await waitForEvent(p.page, 'mounted', { id: 'b' });
  await p.page.waitForFunction(() => window.__unmounted !== undefined);
  assert.equal(await p.page.evaluate(() => window.__unmounted), true, 'unmount says it unmounted');
  assert.equal(await waitUnmounted(await b.host.elementHandle()), 0, 'B is emptied');
  assert.equal(await c.settled(), 'mounted');
  clean(p);
  await stillWorks(a, 'en');
  await stillWorks(c, 'da');
  clean(p);
  await p.context.close();
});

test('a host listener on article-embed:consent that passes its own decision', async () => {
  const p = await open(() => {
    document.addEventListener('article-embed:consent', () => { ArticleEmbed.consent({ advertising: false }); }, { once: true });
  });
  const { a, b, c } = widgets(p);
  for (const w of [a, b, c]) assert.equal(await w.settled(), 'mounted');
  const all = [a, b, c];
  const owners = [];
  for (const w of all) if (await w.banner().count()) owners.push(w);
  assert.equal(owners.length, 1, 'one banner on the page');
  await owners[0].consentButton('accept').click();
  // The reader accepted; the host's listener then turned advertising off.
  await waitForEvent(p.page, 'consent', { detail: { source: 'host' } });
  const decisions = (await events(p.page)).filter(e => e.name === 'consent').map(e => [e.detail.advertising, e.detail.source]);
  assert.deepEqual(decisions, [[true, 'banner'], [false, 'host']]);
  for (const w of all) {
    await w.adPlaceholder().first().waitFor({ state: 'attached', timeout: 5000 }).catch(() => {});
    assert.equal(await w.adFrames().count(), 0, 'the last decision holds: no ad');
  }
  clean(p);
  await stillWorks(b, 'en');
  await stillWorks(c, 'ar');
  await stillWorks(a, 'sw');
  clean(p);
  await p.context.close();
});

test('a host listener on article-embed:language that removes the element', async () => {
  const p = await open(() => {
    document.addEventListener('article-embed:language', e => {
      if (e.target.id === 'a') e.target.remove();
    });
  });
  const { a, b, c } = widgets(p);
  for (const w of [a, b, c]) assert.equal(await w.settled(), 'mounted');
  const host = await a.host.elementHandle();
  await a.chooseLanguage('en');
  await waitForEvent(p.page, 'language', { id: 'a', detail: { lang: 'en' } });
  await p.page.waitForFunction(() => !document.querySelector('#a'));
  // Removed means unmounted: its shadow root is emptied.
  assert.equal(await waitUnmounted(host), 0, 'A is unmounted');
  clean(p);
  await stillWorks(b, 'en');
  await stillWorks(c, 'da');
  clean(p);
  await p.context.close();
});
