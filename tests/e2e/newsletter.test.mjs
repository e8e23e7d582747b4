// The newsletter's call to action, in the widget and on the published pages: after the article,
// in the UI language, with the publisher's notice as they wrote it (the seed's Danish "Vi bruger
// din tilmelding…"); it opens the publisher's own sign-up page in a new tab, nothing being
// requested before the click, and no field for an e-mail address is anywhere in the widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, launch, openPage, Widget, tool, ftl, root, until } from './harness.mjs';

const SLUG = 'eu-kazakhstan-closer-ties';
const SIGNUP = 'https://news.example/signup/?from=embed';
const published = mkdtempSync(join(tmpdir(), 'article-embed-newsletter-'));
let site, browser;

before(async () => {
  site = await startSite({ extraMounts: [['/pub/', published]] });
  tool.publish(SLUG, published, `${site.origin}/pub/`, null, '--newsletter', SIGNUP);
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); rmSync(published, { recursive: true, force: true }); });

const notice = JSON.parse(readFileSync(join(root, 'www/articles', SLUG, 'da.json'), 'utf8')).newsletter_notice;

/** The call to action as shown: where it stands, its link, its words and their language. */
const cta = host => host.evaluate(h => {
  const r = h.shadowRoot;
  const aside = r.querySelector('.ae-newsletter');
  const a = aside.querySelector('a.ae-cta');
  const after = el => !!(aside.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
  return {
    shown: aside.checkVisibility(),
    afterBody: after(r.querySelector('.ae-body')),
    beforeShareRow: !after(r.querySelector('.ae-share[data-row="bottom"]')),
    href: a.href, target: a.target, rel: a.rel,
    heading: aside.querySelector('h3').textContent,
    // Its visible words (the hidden rest says it opens a new tab), placeholders' isolates dropped.
    link: a.querySelector('span:not(.ae-vh)').textContent.replace(/[\u2068\u2069]/g, ''),
    newTab: a.querySelector('.ae-vh').textContent.trim(),
    notice: aside.querySelector('.ae-newsletter-notice')?.textContent,
    fields: r.querySelectorAll('input[type="email"], form').length,
  };
});

test('the widget shows it after the article in Danish with the publisher\'s notice; a click opens the sign-up page, nothing before', async () => {
  const p = await openPage(browser, null);
  const foreign = [];
  await p.context.route(u => !u.href.startsWith(site.origin) && !u.href.startsWith('data:'), r => { foreign.push(r.request().url()); r.abort(); });
  await p.page.goto(site.origin + '/');
  const w = new Widget(p.page, `article-embed[src*="closer-ties"]`);
  assert.equal(await w.settled(), 'mounted');
  assert.equal(await w.articleLang(), 'da');
  const shown = await cta(w.host);
  assert.deepEqual(shown, {
    shown: true, afterBody: true, beforeShareRow: true,
    href: 'https://www.eureporter.co/newsletter/', target: '_blank', rel: 'noopener noreferrer',
    heading: ftl('da', 'newsletter-heading'),
    link: ftl('da', 'newsletter-signup').replace('{ $publisher }', 'EU Reporter'),
    newTab: ftl('da', 'share-new-tab'),
    notice, fields: 0,
  });
  assert.ok(notice.startsWith('Vi bruger din tilmelding'));
  assert.deepEqual(foreign, [], 'no request before a click');
  await w.inShadow('a.ae-cta').scrollIntoViewIfNeeded();
  const [tab] = await Promise.all([p.context.waitForEvent('page'), w.inShadow('a.ae-cta').click()]);
  await until(() => foreign.length > 0);
  assert.deepEqual(foreign, ['https://www.eureporter.co/newsletter/']);
  await tab.close();
  await p.context.close();
});

test('publish --newsletter: the embed page shows the sign-up page given, and so does the hydrated snippet', async () => {
  const p = await openPage(browser, `${site.origin}/pub/embed/da.html`);
  const host = p.page.locator('article-embed');
  const shown = await cta(host);
  assert.equal(shown.href, SIGNUP);
  assert.equal(shown.notice, notice);
  assert.equal(shown.fields, 0);
  await p.context.close();
  // The published document names it too, so the widget agrees when it renders.
  const doc = JSON.parse(readFileSync(join(published, 'article.json'), 'utf8'));
  assert.deepEqual(doc.publisher.newsletter, { url: SIGNUP });
  const live = await openPage(browser, null);
  const snippet = readFileSync(join(published, 'snippet', 'da.html'), 'utf8');
  await live.page.route('**/host.html', r => r.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>h</title><script async src="/dist/loader.js"></script></head><body>${snippet}</body></html>` }));
  await live.page.goto(`${site.origin}/host.html`);
  const w = new Widget(live.page, 'article-embed');
  assert.equal(await w.settled(), 'mounted');
  await w.switchTo('ar');
  const rendered = await cta(w.host);
  assert.equal(rendered.href, SIGNUP, 'rendered by the widget from the published document');
  assert.equal(rendered.heading, ftl('ar', 'newsletter-heading'));
  assert.equal(rendered.notice, undefined, 'no notice is borrowed from another language');
  await live.context.close();
});
