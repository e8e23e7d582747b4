// Names and languages: every control of the demo widgets, as Chromium's accessibility tree
// names it (CDP Accessibility.getFullAXTree, shadow DOM included), has the name the UI
// language's catalogue gives it, its UI words are marked in the UI language, and every passage
// of the article carries the language the document gives it (the Swahili article's English
// passages `en`, the original passages in theirs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, launch, openPage, Widget, root, ftl } from './harness.mjs';
import { axControls, messagePattern, plain } from './a11y-probes.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await site?.close(); });

const WIDGETS = [
  { sel: 'article-embed[src*="closer-ties"]', dir: 'eu-kazakhstan-closer-ties', langs: ['da', 'sw', 'en', 'ar'] },
  { sel: 'article-embed[src*="relations"]', dir: 'eu-kazakhstan-relations', langs: ['sw', 'en'] },
];
/** The UI language for an article language: its catalogue's, else English. */
const uiFor = lang => (existsSync(join(root, 'locales', `${lang}.ftl`)) ? lang : 'en');
const msg = (ui, key) => plain(ftl(ui, key));
const CONSENT_KEYS = { accept: 'consent-accept-all', reject: 'consent-reject-all', choose: 'consent-choose', save: 'consent-save' };

/** The catalogue message a control's name must be, as a pattern; null for content links. */
function expectedName(c, ui, current) {
  const a = c.attrs;
  const exact = s => new RegExp('^' + s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$');
  if (a.class?.includes('ae-lang-btn')) return exact(plain(ftl(ui, 'language-button').replace(/\{\s*\$language\s*\}/, current)));
  if (a['data-share'] === 'copy') return exact(msg(ui, 'share-copy'));
  if (a['data-share'] === 'email') return exact(msg(ui, 'share-email'));
  if (a['data-share'] === 'native') return exact(msg(ui, 'share-native'));
  // Mastodon before its server is known: a button that opens the server field, no new tab.
  if (a['data-share'] === 'mastodon' && c.role === 'button') return messagePattern(msg(ui, 'share-on'));
  if (a['data-share']) return messagePattern(`${msg(ui, 'share-on')} ${msg(ui, 'share-new-tab')}`);
  if (a['data-action'] === 'mastodon-change') return messagePattern(msg(ui, 'mastodon-change'));
  if (a['data-action'] === 'mastodon-cancel') return exact(msg(ui, 'mastodon-cancel'));
  if (a['data-masto-input'] != null) return exact(msg(ui, 'mastodon-server'));
  if (a.type === 'submit' && c.within.includes('ae-masto')) return messagePattern(msg(ui, 'share-on'));
  if (a['data-action'] === 'more') return exact(msg(ui, a['aria-expanded'] === 'true' ? 'more-hide' : 'more-show'));
  if (a.class?.includes('ae-continue-btn') && c.role === 'DisclosureTriangle') return new RegExp(`^(${msg(ui, 'more-show')}|${msg(ui, 'more-hide')})$`);
  if (a.class?.includes('ae-cta')) return messagePattern(`${msg(ui, 'newsletter-signup')} ${msg(ui, 'share-new-tab')}`);
  if (a['data-consent-action']) return exact(msg(ui, CONSENT_KEYS[a['data-consent-action']]));
  if (a['data-action'] === 'privacy') return exact(msg(ui, a.class.includes('ae-ad-hidden') ? 'ad-hidden' : 'consent-settings'));
  if (a['data-category'] === 'advertising') return exact(msg(ui, 'consent-advertising'));
  if (a.id === 'ae-cat-necessary') return exact(`${msg(ui, 'consent-necessary')} · ${msg(ui, 'consent-always-on')}`);
  if (a['data-filter'] != null) return exact(msg(ui, 'language-filter'));
  if (a.class?.includes('ae-link')) return exact(msg(ui, 'mt-show-original'));
  if (c.role === 'DisclosureTriangle') return exact(`${msg(ui, 'mt-suspect')} ${msg(ui, 'mt-original-show')}`);
  if (c.role === 'Iframe') return exact(msg(ui, 'advertisement'));
  if (c.within.includes('ae-error')) return exact(msg(ui, 'error-read-on-site'));
  if (a.hreflang && c.within.includes('ae-lang-pop')) {
    const tail = a['aria-current'] ? `, ${msg(ui, 'language-current')}` : '';
    return new RegExp(`^.+${tail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( ${msg(ui, 'machine-translated')})?$`);
  }
  return null;
}

/**
 * Checks one widget's controls against the catalogue of `ui`; returns how many were checked.
 * Content links (body, trending) and follow-us links are named by their text or network.
 */
async function checkNames(page, w, hostIndex, ui) {
  const current = await w.evalInShadow(r => r.querySelector('#ae-lang-list a[aria-current] .ae-lang-name')?.textContent);
  const mine = (await axControls(page)).filter(c => c.hostIndex === hostIndex);
  assert.ok(mine.length > 10, `widget ${hostIndex}: ${mine.length} controls in the accessibility tree`);
  for (const c of mine) {
    const name = plain(c.name);
    assert.ok(name, `widget ${hostIndex}: ${c.role} ${JSON.stringify(c.attrs)} has a name`);
    const want = expectedName(c, ui, current);
    if (want) assert.match(name, want, `widget ${hostIndex}: ${c.role}.${c.attrs.class ?? ''} named in ${ui}`);
    else {
      const content = c.within.some(k => ['ae-body', 'ae-trending', 'ae-follow', 'ae-error'].includes(k));
      assert.ok(content, `widget ${hostIndex}: a control the test does not know: ${c.role} ${JSON.stringify(c.attrs)} "${name}"`);
    }
  }
  return mine.length;
}

/**
 * The languages of the words that name each UI control: `[{ what, pieces: [{ text, lang }] }]`,
 * the text nodes a name is made of (not under aria-hidden) and the nearest `lang` of each.
 */
const nameLanguages = w => w.evalInShadow(r => {
  const ui = '.ae-lang-btn, [data-share], [data-consent-action], [data-action], [data-category], .ae-link, summary, #ae-lang-list a, .ae-cats label, .ae-cta';
  return [...r.querySelectorAll(ui)].filter(el => el.checkVisibility()).map(el => {
    const pieces = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim() || n.parentElement.closest('[aria-hidden="true"]')) continue;
      pieces.push({ text: n.textContent.trim(), lang: n.parentElement.closest('[lang]').getAttribute('lang'), own: n.parentElement.classList.contains('ae-lang-name') });
    }
    return { what: el.className || el.localName, hreflang: el.getAttribute('hreflang'), pieces };
  });
});

async function checkNameLanguages(w, ui) {
  const controls = await nameLanguages(w);
  assert.ok(controls.length > 5);
  for (const c of controls) {
    for (const p of c.pieces) {
      // A language's own name is in that language; every other word of a UI control is UI text.
      const want = p.own ? c.hreflang : ui;
      assert.equal(p.lang, want, `"${p.text}" in ${c.what} is marked ${p.lang}, not ${want}`);
    }
  }
}

/** Each inline part of a block that names a language: `[{ lang, text }]`. */
function taggedInlines(inlines, out = []) {
  for (const i of Array.isArray(inlines) ? inlines : [inlines]) {
    if (typeof i !== 'object' || i === null) continue;
    const inner = i.span ?? i.b ?? i.i ?? i.a;
    if (i.lang) out.push({ lang: i.lang, text: plain(flatten(inner)) });
    taggedInlines(inner, out);
  }
  return out;
}
const flatten = x => (typeof x === 'string' ? x : Array.isArray(x) ? x.map(flatten).join('') : x ? flatten(x.span ?? x.b ?? x.i ?? x.a) : '');

function translation(dir, lang) {
  const doc = JSON.parse(readFileSync(join(root, 'www/articles', dir, 'article.json'), 'utf8'));
  const t = doc.translations[lang];
  return { doc, t: t.href ? JSON.parse(readFileSync(join(root, 'www/articles', dir, t.href), 'utf8')) : t };
}

/** Every block, tagged inline part, trending item and original passage carries its language. */
async function checkPassages(w, dir, lang) {
  const { doc, t } = translation(dir, lang);
  assert.equal(await w.articleLang(), lang);
  assert.equal(await w.articleDir(), lang === 'ar' ? 'rtl' : 'ltr');
  const dom = await w.evalInShadow(r => Object.fromEntries([...r.querySelectorAll('[data-block]')].map(b => [b.dataset.block, {
    lang: b.closest('[lang]').getAttribute('lang'),
    tagged: [...b.querySelectorAll('[lang]')].map(e => ({ lang: e.getAttribute('lang'), text: e.textContent.replace(/\s+/g, ' ').trim() })),
  }])));
  let marked = 0;
  for (const b of t.blocks.filter(b => b.type !== 'ad' && b.id)) {
    assert.ok(dom[b.id], `block ${b.id} is shown`);
    assert.equal(dom[b.id].lang, b.lang ?? lang, `block ${b.id} is marked ${b.lang ?? lang}`);
    if (b.lang && b.lang !== lang) marked++;
    for (const s of taggedInlines(b.text ?? b.items ?? b.caption ?? [])) {
      assert.ok(dom[b.id].tagged.some(e => e.lang === s.lang && e.text === s.text), `in ${b.id}, "${s.text.slice(0, 40)}…" is marked ${s.lang}`);
      if (s.lang !== lang) marked++;
    }
  }
  const trending = await w.evalInShadow(r => [...r.querySelectorAll('.ae-trending li')].map(li => li.closest('[lang]').getAttribute('lang')));
  assert.deepEqual(trending, (t.trending ?? doc.trending ?? []).map(i => i.lang ?? lang), 'trending items carry their language');
  const originals = await w.evalInShadow(r => [...r.querySelectorAll('.ae-original-text')]
    .map(o => ({ lang: o.getAttribute('lang'), label: o.querySelector('.ae-label').getAttribute('lang') })));
  for (const o of originals) assert.deepEqual(o, { lang: t.translated_from ?? doc.original_language, label: uiFor(lang) });
  return marked;
}

for (const [hostIndex, spec] of WIDGETS.entries()) {
  for (const lang of spec.langs) {
    test(`names and languages: ${spec.dir} in ${lang}, banner asking and choosing, language list open`, async () => {
      const p = await openPage(browser, site.origin + '/');
      for (const s of WIDGETS) assert.equal(await new Widget(p.page, s.sel).settled(), 'mounted');
      const w = new Widget(p.page, spec.sel);
      if ((await w.articleLang()) !== lang) await w.switchTo(lang);
      const ui = uiFor(lang);
      const marked = await checkPassages(w, spec.dir, lang);
      if (spec.dir === 'eu-kazakhstan-relations' && lang === 'sw') assert.ok(marked >= 3, `the Swahili article's English passages are marked (${marked})`);
      await w.openLanguages();
      await w.languageList().waitFor();
      let checked = await checkNames(p.page, w, hostIndex, ui);
      await checkNameLanguages(w, ui);
      await w.openLanguages();
      if (hostIndex === 0) {
        await w.consentButton('choose').click();
        await w.waitInShadow(r => r.querySelector('[data-consent="choosing"]'));
        checked += await checkNames(p.page, w, hostIndex, ui);
        await checkNameLanguages(w, ui);
      }
      assert.ok(checked > 20, `${checked} names checked`);
      await p.context.close();
    });
  }
}

test('names: a 12-language list with its filter, in English', async () => {
  const p = await openPage(browser, site.origin + '/test/negotiation.html');
  const hosts = ['#w', '#many'];
  for (const sel of hosts) await new Widget(p.page, sel).settled();
  const w = new Widget(p.page, '#many');
  await w.openLanguages();
  await w.inShadow('[data-filter]').waitFor();
  const names = await checkNames(p.page, w, 1, 'en');
  assert.ok(names >= 12 + 10, `${names} names checked`);
  await checkNameLanguages(w, 'en');
  await p.context.close();
});

test('names: the error views say "read on the publisher\'s site" in their UI language', async () => {
  const p = await openPage(browser, site.origin + '/test/errors.html', { locale: 'en-US' });
  const ids = ['invalid', 'notfound', 'notjson', 'timeout', 'nosrc'];
  for (const id of ids) assert.equal(await new Widget(p.page, `#${id}`).settled(), 'error');
  const order = await p.page.evaluate(() => [...document.querySelectorAll('article-embed')].map(h => h.id));
  const ax = await axControls(p.page);
  for (const id of ids) {
    const lang = await p.page.locator(`#${id}`).getAttribute('lang');
    const ui = uiFor(lang ?? 'en');
    const w = new Widget(p.page, `#${id}`);
    assert.equal(await w.inShadow('.ae-error').getAttribute('lang'), ui, `#${id} speaks ${ui}`);
    const links = ax.filter(c => c.hostIndex === order.indexOf(id));
    assert.equal(links.length, 1, `#${id} has one control`);
    assert.equal(plain(links[0].name), msg(ui, 'error-read-on-site'), `#${id}'s link is named in ${ui}`);
  }
  await p.context.close();
});
