// Pinned fragments: the embed codes `article-embed publish` writes (embed-codes.json) name the
// article as it was rendered at publish time (fragment/<lang>.html) by URL and sha384. The loader
// fetches those bytes with that integrity and paints them before any wasm is asked for, then
// hydrates them as a snippet: the same nodes. Both forms, several embeds on a page, a strict CSP
// with Trusted Types required (one policy, shared by the loader and the glue). Any other bytes
// (one byte changed, a planted <img onerror> or <script>, the article republished after a
// correction), a fragment that is not there, or an embed code without a sha384: nothing of it
// is painted or runs, one console note, and the wasm renders the document as it does for any
// embed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, launch, openPage, root, tool, Widget, waitForEvent, stillWorks, crashes, events, until } from './harness.mjs';
import { axe } from './a11y-probes.mjs';

const CLOSER = 'eu-kazakhstan-closer-ties', RELATIONS = 'eu-kazakhstan-relations';
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'; trusted-types article-embed";
const NO_WASM = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types article-embed";
// Markup planted in a fragment served with the genuine fragment's hash: each would set the flag.
const TAMPER = {
  byte: html => html.replace('>EU og Kasakhstan', '>EU og Kasakhstam'),
  img: html => html.replace('<header', '<img src="/__test/none.png" alt="" onerror="window.__owned=1"><header'),
  script: html => html.replace('<header', '<script>window.__owned=1</script><header'),
};

let site, browser, dir;
const codes = {}, pages = new Map(), snippets = {};
/** The embed codes `publish` wrote for `slug` in `lang`, and the page-wide loader line. */
const code = (slug, lang) => codes[slug].languages.find(c => c.lang === lang);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'article-embed-pinned-'));
  const [published, republished] = [join(dir, 'published'), join(dir, 'republished')];
  site = await startSite({
    // The articles' images, where their relative paths lead from each base.
    extraMounts: [['/published/', published], ['/republished/', republished],
      ['/published/img/', join(root, 'www', 'articles', 'img')], ['/img/', join(root, 'www', 'articles', 'img')]],
    extraRoutes: {
      // A host page registered by a test: `?p=<name>`, with its policy if it has one.
      '/test/pinned.html': (req, res, url) => {
        const { head = '', body, csp, style = '' } = pages.get(url.searchParams.get('p'));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(csp ? { 'content-security-policy': csp } : {}) });
        res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pinned</title>${style}${head}</head>
<body><main><h1>A host page</h1>${body}<p>After the embeds.</p></main></body></html>`);
      },
      '/favicon.ico': (req, res) => { res.writeHead(204); res.end(); },
    },
  });
  const loader = `${site.origin}/dist/loader.js`;
  tool.publish(join(root, 'www', 'articles'), published, `${site.origin}/published/`, loader);
  for (const slug of [CLOSER, RELATIONS]) codes[slug] = JSON.parse(readFileSync(join(published, slug, 'embed-codes.json'), 'utf8'));
  snippets.ar = readFileSync(join(published, CLOSER, 'snippet', 'ar.html'), 'utf8');
  // Tampered copies of the Danish fragment, served beside it.
  const genuine = readFileSync(join(published, CLOSER, 'fragment', 'da.html'), 'utf8');
  for (const [kind, edit] of Object.entries(TAMPER)) {
    const bad = edit(genuine);
    assert.ok(bad !== genuine, `the ${kind} tampering found its place`);
    writeFileSync(join(published, CLOSER, 'fragment', `tampered-${kind}.html`), bad);
  }
  // The article published, its codes kept, then corrected and published again in the same place.
  const input = join(dir, 'input');
  cpSync(join(root, 'www', 'articles', CLOSER), input, { recursive: true });
  tool.publish(input, republished, `${site.origin}/republished/`, loader);
  codes.old = JSON.parse(readFileSync(join(republished, 'embed-codes.json'), 'utf8'));
  const da = JSON.parse(readFileSync(join(input, 'da.json'), 'utf8'));
  da.title = 'Rettet: ' + da.title;
  writeFileSync(join(input, 'da.json'), JSON.stringify(da, null, 2));
  tool.publish(input, republished, `${site.origin}/republished/`, loader);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens the registered page `name`: each fragment painted is recorded, with its nodes and its next paint. */
async function open(name, page) {
  pages.set(name, page);
  const p = await openPage(browser, null);
  await p.page.addInitScript(() => {
    window.__painted = [];
    window.__violations = [];
    // Layout shifts, each with when it happened (a paint that replaces the fallback link shifts
    // what follows; hydration must not).
    window.__shifts = [];
    new PerformanceObserver(l => { for (const e of l.getEntries()) window.__shifts.push({ t: e.startTime, value: e.value }); })
      .observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', e => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    new MutationObserver(records => {
      for (const { target: el } of records) {
        const r = el.shadowRoot;
        if (!r || el.__painted) continue;
        el.__painted = true;
        const share = r.querySelector('.ae-share');
        const rec = {
          idx: [...document.querySelectorAll('article-embed')].indexOf(el), t: performance.now(), paint: null,
          lang: r.querySelector('article.ae')?.getAttribute('lang'), title: r.querySelector('#ae-title')?.textContent,
          // The widget's stylesheet applies from the first paint (its share row is a flex box).
          styled: !!share && getComputedStyle(share).display === 'flex',
          sizes: ['#ae-title', '.ae-body > p'].map(s => parseFloat(getComputedStyle(r.querySelector(s)).fontSize)),
        };
        el.__nodes = ['article.ae', '#ae-title', '.ae-body > p', '.ae-share a', 'details.ae-lang'].map(s => r.querySelector(s));
        window.__painted.push(rec);
        requestAnimationFrame(() => {
          const c = new MessageChannel();
          c.port1.onmessage = () => { rec.paint = performance.now(); };
          c.port2.postMessage(0);
        });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-prerendered'] });
  });
  await p.page.goto(`${site.origin}/test/pinned.html?p=${name}`);
  return p;
}

/** When the wasm was asked for, on the page's clock (null if it was not). */
const wasmAsked = page => page.evaluate(() => performance.getEntriesByType('resource').find(e => /\.wasm$/.test(e.name))?.startTime ?? null);
const ours = p => p.consoleMessages.filter(m => m.text.startsWith('article-embed:'));
const kept = page => page.evaluate(() => [...document.querySelectorAll('article-embed')].map(el =>
  el.__nodes?.every(n => n && n.isConnected && el.shadowRoot.contains(n)) ?? null));
const title = (slug, lang) => JSON.parse(readFileSync(join(root, 'www', 'articles', slug, lang === 'en' ? 'article.json' : `${lang}.json`), 'utf8'))
  .title ?? JSON.parse(readFileSync(join(root, 'www', 'articles', slug, 'article.json'), 'utf8')).translations[lang].title;

test('both forms, three embeds: each painted from its pinned fragment, styled, before any wasm is asked for; hydration keeps the nodes; one wasm; the switcher offers the other languages', async () => {
  const p = await open('three', {
    head: codes[CLOSER].loader,
    body: [code(CLOSER, 'da').element.replace('<article-embed ', '<article-embed id="a" '),
      code(RELATIONS, 'sw').one_tag, code(CLOSER, 'ar').element.replace('<article-embed ', '<article-embed id="c" ')].join('\n'),
  });
  await p.page.waitForFunction(() => window.__painted.filter(r => r.paint != null).length === 3);
  await waitForEvent(p.page, 'mounted', { count: 3 });
  const painted = await p.page.evaluate(() => window.__painted);
  assert.deepEqual(painted.map(r => [r.idx, r.lang, r.styled]).sort(), [[0, 'da', true], [1, 'sw', true], [2, 'ar', true]]);
  for (const r of painted) {
    const slug = r.idx === 1 ? RELATIONS : CLOSER;
    assert.equal(r.title, title(slug, r.lang), `${slug} ${r.lang}: the article's headline`);
  }
  const wasm = await wasmAsked(p.page), last = Math.max(...painted.map(r => r.paint));
  assert.ok(wasm != null && last < wasm, `every fragment painted (the last at ${last} ms) before the wasm was asked for (${wasm} ms)`);
  assert.equal(p.requests.filter(u => /\.wasm$/.test(u)).length, 1, 'one wasm for the page');
  assert.deepEqual(await kept(p.page), [true, true, true], 'hydrated on the nodes the fragments painted');
  assert.deepEqual((await events(p.page)).filter(e => e.name === 'mounted').map(e => e.detail.lang).sort(), ['ar', 'da', 'sw']);
  assert.deepEqual(ours(p), [], 'no note, no warning');
  await stillWorks(new Widget(p.page, '#a'), 'en');
  await stillWorks(new Widget(p.page, '#c'), 'sw');
  assert.deepEqual(p.pageErrors, []);
  assert.deepEqual(crashes(p), []);
  await p.context.close();
});

test('under a strict CSP with Trusted Types required, the fragment goes in through the one policy the glue then reuses: no violation', async () => {
  const p = await open('strict', { head: codes[CLOSER].loader, body: code(CLOSER, 'da').element.replace('<article-embed ', '<article-embed id="a" '), csp: STRICT });
  await p.page.waitForFunction(() => window.__painted[0]?.paint != null);
  await waitForEvent(p.page, 'mounted', { detail: { lang: 'da' } });
  const [r] = await p.page.evaluate(() => window.__painted);
  const wasm = await wasmAsked(p.page);
  assert.ok(r.styled && wasm != null && r.paint < wasm, `painted, styled, at ${r.paint} ms, before the wasm (${wasm} ms)`);
  assert.deepEqual(await kept(p.page), [true]);
  // The widget now renders through the glue's sink, with the loader's policy.
  await stillWorks(new Widget(p.page, '#a'), 'en');
  assert.deepEqual(await p.page.evaluate(() => window.__violations), [], 'no securitypolicyviolation');
  assert.deepEqual(p.consoleMessages.filter(m => m.type === 'error'), [], 'no console error');
  assert.deepEqual(ours(p), []);
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});

test('a page that forbids WebAssembly still gets the pinned article painted; hydration fails with one warning and the article stays', async () => {
  const p = await open('no-wasm', { head: codes[CLOSER].loader, body: code(CLOSER, 'da').element, csp: NO_WASM });
  await waitForEvent(p.page, 'error', { detail: { kind: 'load' } });
  assert.equal((await p.page.evaluate(() => window.__painted)).length, 1, 'painted');
  assert.deepEqual(await kept(p.page), [true], 'the painted article is still there');
  const warnings = ours(p);
  assert.equal(warnings.length, 1, JSON.stringify(warnings));
  assert.match(warnings[0].text, /wasm-unsafe-eval/);
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});

const sizes = page => page.evaluate(() => {
  const root = document.querySelector('article-embed').shadowRoot;
  return ['#ae-title', '.ae-body > p'].map(s => parseFloat(getComputedStyle(root.querySelector(s)).fontSize));
});

test("in a page with a 10 px root and hostile styles the painted fragment has the snippet's sizes (the widget's own rem); hydration changes none and moves nothing", async () => {
  const hostile = '<style>html{font-size:62.5%} *{color:red!important;font-size:1rem!important;padding:0!important}</style>';
  const s = await open('small-root-snippet', { style: hostile, body: snippets.ar });
  const expected = await sizes(s.page);
  await s.context.close();
  const p = await open('small-root', { style: hostile, head: codes[CLOSER].loader, body: code(CLOSER, 'ar').element });
  await p.page.waitForFunction(() => window.__painted[0]?.paint != null);
  await waitForEvent(p.page, 'mounted', { detail: { lang: 'ar' } });
  const [r] = await p.page.evaluate(() => window.__painted);
  assert.ok(expected[1] >= 16, `the snippet: the reader's size, not the page's 10 px root (${expected} px)`);
  assert.deepEqual(r.sizes, expected, 'from the first paint, the sizes of the same article as a snippet');
  assert.deepEqual(await sizes(p.page), r.sizes, 'hydration changes no size');
  const after = await p.page.evaluate(t => window.__shifts.filter(s => s.t > t).reduce((n, s) => n + s.value, 0), r.paint);
  assert.equal(after, 0, 'nothing moved after the paint');
  assert.deepEqual(await kept(p.page), [true]);
  await p.context.close();
});

test('axe finds nothing in a painted fragment, Danish in light and Arabic (right to left) in dark', async () => {
  for (const [lang, colorScheme] of [['da', 'light'], ['ar', 'dark']]) {
    pages.set(`axe-${lang}`, { head: codes[CLOSER].loader, body: code(CLOSER, lang).element });
    const p = await openPage(browser, null, { colorScheme });
    await p.page.goto(`${site.origin}/test/pinned.html?p=axe-${lang}`);
    await p.page.waitForFunction(() => document.querySelector('article-embed')?.hasAttribute('data-prerendered'));
    const r = await axe(p.page);
    assert.deepEqual(r.violations, [], `${lang} ${colorScheme}`);
    assert.ok(r.shadowNodes > 50, `axe looked inside the shadow root (${r.shadowNodes} nodes)`);
    await p.context.close();
  }
});

/**
 * The embed of `element` falls back to the wasm: nothing painted from a fragment, the article
 * rendered by the widget (with the copy control a fragment never has), no error event, and one
 * console note naming `fragment` and `why`.
 */
async function fellBack(p, fragment, why) {
  await waitForEvent(p.page, 'mounted', { detail: { lang: 'da' } });
  const w = new Widget(p.page, 'article-embed');
  assert.equal(await p.page.evaluate(() => window.__owned), undefined, 'nothing of the fragment ran');
  assert.deepEqual(await p.page.evaluate(() => window.__painted), [], 'nothing painted from the fragment');
  assert.equal(await w.host.getAttribute('data-prerendered'), null);
  assert.equal(await w.shareButton('copy').count(), 1, 'rendered by the widget');
  const notes = ours(p);
  assert.equal(notes.length, 1, `one note: ${JSON.stringify(notes)}`);
  assert.equal(notes[0].type, 'info');
  assert.ok(notes[0].text.includes(fragment), notes[0].text);
  assert.match(notes[0].text, why);
  assert.equal((await events(p.page)).filter(e => e.name === 'error').length, 0, 'no error shown');
  assert.deepEqual(p.pageErrors, []);
  assert.deepEqual(crashes(p), []);
  return w;
}

for (const kind of Object.keys(TAMPER)) {
  test(`a fragment tampered with (${kind}) under the genuine hash is refused by the integrity check: nothing runs, the wasm renders the article`, async () => {
    const genuine = code(CLOSER, 'da');
    const fragment = genuine.fragment.replace('/da.html', `/tampered-${kind}.html`), logged = site.log.length;
    const p = await open(`tampered-${kind}`, { head: codes[CLOSER].loader, body: genuine.element.replace(genuine.fragment, fragment) });
    const w = await fellBack(p, fragment, /not painted/);
    assert.ok(site.log.slice(logged).includes(new URL(fragment).pathname), 'the tampered fragment was fetched');
    assert.equal(await w.headline(), title(CLOSER, 'da'));
    assert.equal(await w.evalInShadow(r => r.querySelectorAll('script, img[onerror]').length), 0);
    await p.context.close();
  });
}

for (const [what, edit, fetched, why] of [
  ['a fragment that is not there (404)', c => c.element.replace(c.fragment, c.fragment.replace('/da.html', '/gone.html')), true, /not painted/],
  ['an embed code without an integrity', c => c.element.replace(/ integrity="[^"]*"/, ''), false, /no sha384/],
  ['an embed code with another algorithm than sha384', c => c.element.replace(/integrity="sha384-[^"]*"/, 'integrity="sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="'), false, /no sha384/],
]) {
  test(`${what}: the wasm renders the article, one note, no error shown`, async () => {
    const c = code(CLOSER, 'da'), element = edit(c);
    const fragment = element.match(/fragment="([^"]*)"/)[1], logged = site.log.length;
    const p = await open(`fallback-${what}`, { head: codes[CLOSER].loader, body: element });
    await fellBack(p, fragment, why);
    assert.equal(site.log.slice(logged).includes(new URL(fragment).pathname), fetched, fetched ? 'asked for' : 'not even asked for');
    await p.context.close();
  });
}

test('an old embed code after the article was republished (a correction): the wasm shows the corrected article, one note, no error shown', async () => {
  const old = codes.old.languages.find(c => c.lang === 'da');
  const p = await open('republished', { head: codes.old.loader, body: old.element });
  await until(() => site.log.includes(new URL(old.fragment).pathname));
  const w = await fellBack(p, old.fragment, /not painted/);
  assert.equal(await w.headline(), 'Rettet: ' + title(CLOSER, 'da'), 'the correction is shown');
  await p.context.close();
});
