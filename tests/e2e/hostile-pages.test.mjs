// Hostile host pages: aggressive global CSS, and pages that changed the platform under us
// (built-ins extended, JSON.parse, fetch and addEventListener wrapped, our element's name taken,
// two copies of the loader of different builds). Each case either works or shows the fallback
// with one warning, and never breaks the host page: nothing thrown uncaught, its own script runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, launch, openPage, Widget, root, crashes, stillWorks, waitForEvent, waitUnmounted } from './harness.mjs';
import { looks as looksIn } from './hostile/looks.mjs';

const pages = join(root, 'tests', 'e2e', 'pages');
const template = readFileSync(join(pages, 'hostile', 'page.html'), 'utf8');
const script = name => `<script src="/test/hostile/${name}.js"></script>`;
const CASES = {
  plain: '',
  css: '<link rel="stylesheet" href="/test/hostile/css.css">',
  prototypes: script('prototypes'),
  'json-parse': script('json-parse'),
  fetch: script('fetch'),
  'add-event-listener': script('add-event-listener'),
  'custom-element': script('custom-element'),
  // A second copy of the loader, of another build (its files under other hashes, elsewhere).
  'two-loaders': '<script async src="/second/loader.js"></script>',
};

let site, browser, second;
before(async () => {
  // The second build: dist/ copied with every hashed name changed, and its loader's manifest too.
  second = mkdtempSync(join(tmpdir(), 'article-embed-second-'));
  const dist = join(root, 'dist');
  cpSync(dist, second, { recursive: true });
  let loader = readFileSync(join(second, 'loader.js'), 'utf8');
  for (const name of readdirSync(second)) {
    const m = /^(.*)\.([0-9a-f]{10})(\..*)?$/.exec(name);
    if (!m) continue;
    const other = `${m[1]}.${[...m[2]].reverse().join('')}${m[3] || ''}`;
    renameSync(join(second, name), join(second, other));
    loader = loader.replaceAll(name, other);
  }
  writeFileSync(join(second, 'loader.js'), loader);
  const extraRoutes = Object.fromEntries(Object.entries(CASES).map(([name, head]) => [`/hostile/${name}.html`, (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(template.replace('<!--CASE-->', head));
  }]));
  extraRoutes['/favicon.ico'] = (req, res) => { res.writeHead(204); res.end(); };
  site = await startSite({ extraRoutes, extraMounts: [['/second/', second]] });
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); if (second) rmSync(second, { recursive: true, force: true }); });

async function open(name) {
  const p = await openPage(browser, null, { permissions: ['clipboard-read', 'clipboard-write'] });
  await p.page.goto(`${site.origin}/hostile/${name}.html`);
  return p;
}
const ours = p => p.consoleMessages.filter(m => m.text.startsWith('article-embed:'));
/** The host page is unbroken: nothing thrown uncaught, no panic, its own scripts ran. */
async function hostFine(p, name) {
  assert.deepEqual(p.pageErrors, [], `${name}: nothing thrown uncaught`);
  assert.deepEqual(crashes(p), [], `${name}: no panic`);
  const ran = await p.page.evaluate(() => window.hostScriptRan === true && document.body.dataset.hostReady === 'yes'
    && (window.hostileInstalled ?? true));
  assert.ok(ran, `${name}: the page's own script ran`);
}

/** What a reader sees of widget A: its box, and each visible part's text and box within it. */
const looks = w => w.evalInShadow(looksIn);

test('aggressive global CSS: the widget looks and works as on a plain page', async t => {
  const plain = await open('plain');
  const hostile = await open('css');
  const [pa, ha] = [new Widget(plain.page, '#a'), new Widget(hostile.page, '#a')];
  assert.equal(await pa.settled(), 'mounted');
  assert.equal(await ha.settled(), 'mounted');
  const [want, got] = [await looks(pa), await looks(ha)];
  assert.ok(want.parts.length > 30, 'the plain page shows the article');
  assert.deepEqual(got.size, want.size, 'same box');
  assert.equal(got.parts.length, want.parts.length, 'the same parts are visible');
  for (let i = 0; i < want.parts.length; i++) assert.deepEqual(got.parts[i], want.parts[i], `part ${i}`);
  t.diagnostic(`${want.parts.length} visible parts compared: text, box and font`);
  await stillWorks(ha, 'en');
  await stillWorks(new Widget(hostile.page, '#b'), 'en');
  await hostFine(hostile, 'css');
  assert.deepEqual(ours(hostile), []);
  await plain.context.close();
  await hostile.context.close();
});

for (const name of ['prototypes', 'json-parse', 'fetch', 'add-event-listener']) {
  test(`a page with ${name} changed under us: the widgets work`, async () => {
    const p = await open(name);
    const a = new Widget(p.page, '#a'), b = new Widget(p.page, '#b');
    assert.equal(await a.settled(), 'mounted');
    assert.equal(await b.settled(), 'mounted');
    await stillWorks(a, 'en');
    await stillWorks(b, 'en');
    // Unmounted and mounted again on the same element (the same shadow root): the old
    // listeners are gone or harmless, the new ones answer.
    await p.page.evaluate(() => ArticleEmbed.unmount(document.querySelector('#a')));
    assert.equal(await waitUnmounted(await a.host.elementHandle()), 0);
    await p.page.evaluate(() => ArticleEmbed.mount(document.querySelector('#a'), { lang: 'sw' }));
    await a.waitForLang('sw');
    await stillWorks(a, 'ar');
    await hostFine(p, name);
    assert.deepEqual(ours(p), [], `${name}: no warning`);
    await p.context.close();
  });
}

test("our element's name taken by another script: the fallback links stay, one warning", async () => {
  const p = await open('custom-element');
  await p.page.waitForFunction(() => document.body.dataset.hostReady === 'yes' && window.ArticleEmbed);
  // The JS API still mounts on any element. Once it has, the wasm is in and a mount is done:
  // anything the loader would have done with A and B has had its chance (they are near the
  // viewport: it would have started their mounts at its first frame, before this one's).
  await p.page.evaluate(() => {
    const el = document.createElement('div');
    el.id = 'c';
    document.body.append(el);
    return ArticleEmbed.mount(el, { src: '/articles/eu-kazakhstan-closer-ties/article.json', lang: 'en' });
  });
  assert.equal(await new Widget(p.page, '#c').settled(), 'mounted');
  for (const id of ['a', 'b']) {
    const s = await p.page.evaluate(i => {
      const el = document.getElementById(i);
      return { other: el.dataset.other, shadow: !!el.shadowRoot, link: el.querySelector('a').getBoundingClientRect().height > 0 };
    }, id);
    assert.deepEqual(s, { other: 'yes', shadow: false, link: true }, id);
  }
  const w = ours(p);
  assert.equal(w.length, 1, JSON.stringify(w));
  assert.match(w[0].text, /<article-embed> is taken/);
  await hostFine(p, 'custom-element');
  await p.context.close();
});

test('two copies of the loader, of different builds: one loads, the widgets work', async () => {
  const p = await open('two-loaders');
  const a = new Widget(p.page, '#a'), b = new Widget(p.page, '#b');
  assert.equal(await a.settled(), 'mounted');
  assert.equal(await b.settled(), 'mounted');
  await stillWorks(a, 'en');
  await stillWorks(b, 'en');
  const wasm = p.requests.filter(u => u.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `one wasm: ${wasm}`);
  await hostFine(p, 'two-loaders');
  assert.deepEqual(ours(p), []);
  await p.context.close();
});
