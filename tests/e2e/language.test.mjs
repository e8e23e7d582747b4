// Language switcher and localization: in place, by mouse and keyboard, only the chosen
// language fetched, lang/dir everywhere, right-to-left, honest machine translation, memory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, launch, openPage, Widget, events, root, ftl } from './harness.mjs';

const clean = s => s.replace(/[\u2068\u2069]/g, '');

let site, browser;
before(async () => { site = await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await site?.close(); });

/** The languages the `language` events reported, in order. */
const switched = async page => (await events(page)).filter(e => e.name === 'language').map(e => e.detail.lang);

async function expectLanguage(w, lang, dir) {
  assert.equal(await w.articleLang(), lang);
  assert.equal(await w.articleDir(), dir);
  assert.equal(clean(await w.inShadow('#ae-share-top').textContent()), ftl(lang, 'share-top'));
  const current = w.inShadow('#ae-lang-list a[aria-current="true"]');
  assert.equal(await current.getAttribute('data-lang'), lang);
}

test('mouse: da → en → sw → da, in place, with lang, dir and chrome following', async () => {
  const p = await openPage(browser, site.origin + '/test/languages.html');
  const w = new Widget(p.page, '#w');
  await w.settled();
  await expectLanguage(w, 'da', 'ltr');
  const url = p.page.url();
  for (const lang of ['en', 'sw', 'da']) {
    await w.switchTo(lang);
    await expectLanguage(w, lang, 'ltr');
  }
  assert.equal(p.page.url(), url, 'the host page URL does not change');
  assert.deepEqual(await switched(p.page), ['en', 'sw', 'da']);
  await p.context.close();
});

test('keyboard: Tab to the switcher, Enter opens it, Tab and Enter switch, Escape closes; da → en → sw → da', async () => {
  const p = await openPage(browser, site.origin + '/test/languages.html');
  const w = new Widget(p.page, '#w');
  await w.settled();
  await w.inShadow('.ae-follow a').last().focus();
  await p.page.keyboard.press('Tab');
  assert.equal((await w.focused())?.className, 'ae-lang-btn');
  await p.page.keyboard.press('Enter');
  assert.equal(await w.languageButton().getAttribute('aria-expanded'), 'true');
  await p.page.keyboard.press('Escape');
  assert.equal(await w.languageButton().getAttribute('aria-expanded'), 'false');
  assert.equal(await w.languageList().isHidden(), true);
  await p.page.keyboard.press('Enter');
  // The list is en, da, ar, sw: Tab once reaches English.
  await p.page.keyboard.press('Tab');
  assert.equal((await w.focused())?.lang, 'en');
  // Moving through the options switches nothing (WCAG 3.2.2).
  assert.equal(await w.articleLang(), 'da');
  await p.page.keyboard.press('Enter');
  await w.waitForLang('en');
  await expectLanguage(w, 'en', 'ltr');
  assert.equal((await w.focused())?.className, 'ae-lang-btn', 'focus returns to the switcher');
  // On round the loop by keyboard alone: Swahili (the fourth link), then Danish (the second).
  const active = async () => (await w.focused())?.lang;
  for (const [lang, tabs] of [['sw', 4], ['da', 2]]) {
    await p.page.keyboard.press('Enter');
    for (let i = 0; i < tabs; i++) await p.page.keyboard.press('Tab');
    assert.equal(await active(), lang);
    await p.page.keyboard.press('Enter');
    await w.waitForLang(lang);
    await expectLanguage(w, lang, 'ltr');
  }
  assert.deepEqual(await switched(p.page), ['en', 'sw', 'da']);
  await p.context.close();
});

test('only the chosen language is fetched', async () => {
  const p = await openPage(browser, site.origin + '/test/languages.html');
  const w = new Widget(p.page, '#w');
  await w.settled();
  const fetched = () => p.requests.filter(u => /\/articles\/.*\.json$|\/i18n\.[0-9a-f]+\//.test(u)).map(u => u.replace(/^.*\/(articles\/[^/]+|i18n\.[0-9a-f]+)\//, '$1/').replace(/i18n\.[0-9a-f]+/, 'i18n'));
  assert.deepEqual(fetched().sort(), ['eu-kazakhstan-closer-ties/article.json', 'eu-kazakhstan-closer-ties/da.json', 'i18n/da.json'].map(x => x.startsWith('i18n') ? x : 'articles/' + x).sort());
  await w.openLanguages();
  await w.languageLink('ar').evaluate(a => a.click()); // no hover prefetch
  await w.waitForLang('ar');
  const after = fetched();
  assert.ok(after.includes('articles/eu-kazakhstan-closer-ties/ar.json'));
  assert.ok(after.includes('i18n/ar.json'));
  assert.ok(!after.some(u => /sw\.json$/.test(u)), 'nothing of Swahili');
  assert.equal(after.filter(u => u.endsWith('closer-ties/ar.json')).length, 1);
  await p.context.close();
});

test('Arabic renders right to left, mirrored (screenshot kept in test-results/)', async () => {
  const p = await openPage(browser, site.origin + '/test/languages.html', { viewport: { width: 820, height: 1100 } });
  const w = new Widget(p.page, '#w');
  await w.settled();
  await w.switchTo('ar');
  await expectLanguage(w, 'ar', 'rtl');
  const geo = await w.evalInShadow(r => {
    const box = r.querySelector('article.ae').getBoundingClientRect();
    const title = r.querySelector('#ae-title');
    const range = document.createRange(); range.selectNodeContents(title);
    const text = range.getBoundingClientRect();
    const follow = r.querySelector('.ae-follow').getBoundingClientRect();
    const lang = r.querySelector('.ae-lang').getBoundingClientRect();
    return { right: box.right, left: box.left, textRight: text.right, textLeft: text.left, follow: follow.left, lang: lang.left, dir: getComputedStyle(title).direction };
  });
  assert.equal(geo.dir, 'rtl');
  assert.ok(geo.right - geo.textRight < 60, `headline hugs the right edge (${geo.right} vs ${geo.textRight})`);
  assert.ok(geo.follow > geo.lang, 'follow-us on the right, switcher on the left');
  mkdirSync(join(root, 'test-results'), { recursive: true });
  await w.host.screenshot({ path: join(root, 'test-results', 'arabic.png'), clip: undefined });
  await p.context.close();
});

test('a machine translation says so, links to the original, and offers the original of a broken passage', async () => {
  const p = await openPage(browser, site.origin + '/test/languages.html');
  const w = new Widget(p.page, '#w');
  await w.settled();
  const notice = clean(await w.inShadow('.ae-mt').textContent());
  assert.ok(notice.includes(ftl('da', 'mt-show-original')), notice);
  const details = w.inShadow('details.ae-original');
  assert.equal(await details.count(), 1);
  const suspect = await w.inShadow('p.ae-suspect').textContent();
  assert.match(suspect, /XNUMX/);
  await details.locator('summary').click();
  const original = details.locator('.ae-original-text');
  assert.equal(await original.getAttribute('lang'), 'en');
  assert.match(await original.textContent(), /carbon neutrality by 2060/);
  assert.ok(clean(await original.locator('.ae-label').textContent()).length > 3);
  // No other passage is flagged: "27,000" equals the original's "27,000".
  assert.equal(await w.inShadow('p.ae-suspect').filter({ hasText: '27,000' }).count(), 0);
  await w.inShadow('.ae-mt a[data-lang]').click();
  await w.waitForLang('en');
  assert.equal(await w.inShadow('.ae-mt').count(), 0, 'the original has no notice');
  await p.context.close();
});

test('switching keeps the reader\'s place in the article', async () => {
  const p = await openPage(browser, site.origin + '/test/languages.html', { viewport: { width: 1000, height: 700 } });
  const w = new Widget(p.page, '#w');
  await w.settled();
  await w.block('p20').evaluate(e => e.scrollIntoView());
  const top = () => w.block('p20').evaluate(e => e.getBoundingClientRect().top);
  const before = await top();
  await w.evalInShadow(r => { r.querySelector('.ae-lang-btn').click(); r.querySelector('#ae-lang-list a[data-lang="en"]').click(); });
  await w.waitForLang('en');
  assert.ok(Math.abs((await top()) - before) <= 2, `p20 stays at ${before}, now ${await top()}`);
  await p.context.close();
});

test('no lang attribute: browser languages decide (sw-KE → sw), then the remembered choice wins', async () => {
  const p = await openPage(browser, site.origin + '/test/negotiation.html', { locale: 'sw-KE' });
  const w = new Widget(p.page, '#w');
  await w.settled();
  assert.equal(await w.articleLang(), 'sw');
  await w.switchTo('kk');
  await p.page.reload();
  await w.settled();
  assert.equal(await w.articleLang(), 'kk', 'remembered on this site');
  await p.context.close();
});

test('blocked storage: still works, nothing thrown', async () => {
  const p = await openPage(browser, null, { locale: 'de-DE' });
  await p.page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await p.page.goto(site.origin + '/test/negotiation.html');
  const w = new Widget(p.page, '#w');
  assert.equal(await w.settled(), 'mounted');
  assert.equal(await w.articleLang(), 'en', 'no German: the original');
  await w.switchTo('da');
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});

test('more than ten languages: names in their own script, filterable by name or code', async () => {
  const p = await openPage(browser, site.origin + '/test/negotiation.html');
  const w = new Widget(p.page, '#many');
  await w.settled();
  await w.openLanguages();
  const names = await w.languageLinks().evaluateAll(as => Object.fromEntries(as.map(a => [a.dataset.lang, [a.querySelector('.ae-lang-name').textContent, a.lang]])));
  assert.deepEqual(names.kk, ['қазақ тілі', 'kk']);
  assert.deepEqual(names.ar, ['العربية', 'ar']);
  assert.deepEqual(names.da, ['dansk', 'da']);
  assert.deepEqual(names.sw, ['Kiswahili', 'sw']);
  const filter = w.inShadow('[data-filter]');
  assert.equal(await filter.evaluate(e => e === e.getRootNode().activeElement), true, 'focus goes to the filter');
  const visible = () => w.inShadow('#ae-lang-list li:not([hidden]) a').evaluateAll(as => as.map(a => a.dataset.lang));
  await filter.fill('ҚАЗ');
  assert.deepEqual(await visible(), ['kk']);
  await filter.fill('zh');
  assert.deepEqual(await visible(), ['zh']);
  await filter.fill('العر');
  assert.deepEqual(await visible(), ['ar']);
  await filter.fill('xyz');
  assert.deepEqual(await visible(), []);
  assert.equal(await w.inShadow('[data-none]').isVisible(), true);
  const badges = await w.inShadow('#ae-lang-list .ae-badge').count();
  assert.equal(badges, 11, 'every machine translation is badged');
  await p.context.close();
});
