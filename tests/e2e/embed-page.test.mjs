// The "Embed this article" page (publish's embed-page/<lang>.html), served from the articles'
// origin (the CDN) under its own policy: for each form, a few options changed (language by its
// links, theme, share targets and their parameters), the code the page then shows is put into a
// fresh host page on another origin, and the article renders there as chosen; the preview shows
// the same; copying works with the Clipboard API and, where a page script removed it, selects the
// code and says which keys to press; axe finds nothing in light and dark, in the article's
// languages; the keyboard reaches the options and the copy buttons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, launch, openPage, root, tool } from './harness.mjs';
import { axe } from './a11y-probes.mjs';

const SLUG = 'eu-kazakhstan-closer-ties';
let cdn, host, browser, dir, published;
const pages = new Map();

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'article-embed-embed-page-'));
  published = join(dir, 'pub');
  cdn = await startSite({ extraMounts: [['/pub/', published], ['/pub/img/', join(root, 'www', 'articles', 'img')]] });
  host = await startSite({
    extraRoutes: {
      // A host page registered by a test (`?p=<name>`): the code as the embedder pasted it.
      '/test/host.html': (req, res, url) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog</title></head>
<body><main><h1>A blog post</h1>${pages.get(url.searchParams.get('p'))}<p>After the embed.</p></main></body></html>`);
      },
    },
  });
  tool.publish(join(root, 'www', 'articles'), published, `${cdn.origin}/pub/`, `${cdn.origin}/dist/loader.js`);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await host?.close();
  await cdn?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const pageUrl = lang => `${cdn.origin}/pub/${SLUG}/embed-page/${lang}.html`;

/** Opens the embed page of `lang`; resolves once its script is ready. */
async function openEmbedPage(lang, options = {}) {
  const p = await openPage(browser, null, options);
  p.violations = [];
  p.page.on('console', m => { if (/Content Security Policy|Content-Security-Policy/.test(m.text())) p.violations.push(m.text()); });
  await p.page.goto(pageUrl(lang));
  await p.page.waitForSelector('main[data-ready]');
  return p;
}

/** Sets the page's options as an embedder does: radios clicked, fields typed into and left. */
async function choose(page, { form, theme, share, params, maxHeight }) {
  if (form) await page.check(`input[name="form"][value="${form}"]`);
  if (theme) await page.check(`input[name="theme"][value="${theme}"]`);
  for (const [name, value] of [['share', share], ['share-params', params], ['max-height', maxHeight]]) {
    if (value === undefined) continue;
    await page.fill(`#ae-${name}`, value);
    await page.press(`#ae-${name}`, 'Tab');
  }
}

/** What a widget in `frame` (a page or a frame) shows: language, theme's background, share row. */
async function shown(frame, sel = 'article-embed') {
  await frame.waitForFunction(s => document.querySelector(s)?.shadowRoot?.querySelector('article.ae'), sel, { timeout: 20000 });
  return frame.evaluate(s => {
    const host = document.querySelector(s);
    const art = host.shadowRoot.querySelector('article.ae');
    const bg = getComputedStyle(art).backgroundColor.match(/\d+/g).slice(0, 3).map(Number);
    const row = host.shadowRoot.querySelector('.ae-share');
    return {
      lang: art.getAttribute('lang'),
      theme: host.getAttribute('theme'),
      dark: bg.reduce((a, b) => a + b, 0) < 3 * 80,
      share: row ? [...row.querySelectorAll('[data-share]')].map(e => e.dataset.share) : null,
      url: row?.dataset.url ?? null,
    };
  }, sel);
}

/** Waits until the widget in `frame` shows the share row `ids` (hydration re-renders a snippet). */
const shareRow = (frame, ids, sel = 'article-embed') => frame.waitForFunction(([s, want]) => {
  const row = document.querySelector(s)?.shadowRoot?.querySelector('.ae-share');
  return row && [...row.querySelectorAll('[data-share]')].map(e => e.dataset.share).join() === want;
}, [sel, ids.join()], { timeout: 20000 });

/** Puts `code` into a fresh host page on the host's origin and opens it. */
async function hostWith(name, code) {
  pages.set(name, code);
  const p = await openPage(browser, `${host.origin}/test/host.html?p=${name}`);
  assert.ok(!p.page.url().startsWith(cdn.origin), 'the host page is on another origin');
  return p;
}

const OPTIONS = { theme: 'dark', share: 'x, email', params: 'utm_source=blog' };

for (const form of ['snippet', 'element', 'one-tag', 'iframe']) {
  test(`${form}: the code the page shows after a few options renders as chosen on another origin`, async () => {
    const e = await openEmbedPage('en');
    try {
      await choose(e.page, { form, ...OPTIONS });
      // The language by its link: the Danish page, with the options carried over.
      await Promise.all([e.page.waitForURL(/\/da\.html\?/), e.page.click('nav a[hreflang="da"]')]);
      await e.page.waitForSelector('main[data-ready]');
      assert.equal(await e.page.inputValue('#ae-share'), OPTIONS.share);
      assert.equal(await e.page.locator(`input[name="form"][value="${form}"]`).isChecked(), true);
      const code = await e.page.inputValue(`#ae-code-${form}`);
      assert.match(code, /theme="dark"|theme=dark/);
      // The preview shows the chosen form with the options.
      const preview = e.page.frameLocator('#ae-preview');
      const pf = e.page.frames().find(f => f.url() === 'about:srcdoc');
      assert.ok(pf, 'the preview is the srcdoc frame');
      if (form !== 'iframe') {
        await shareRow(pf, ['x', 'email'], form === 'one-tag' ? 'article-embed' : 'article-embed');
        const s = await shown(pf);
        assert.deepEqual([s.lang, s.theme, s.dark], ['da', 'dark', true]);
      } else {
        assert.equal(await preview.locator('iframe').count(), 1);
      }
      assert.deepEqual(e.violations, [], 'the page and its preview keep to its policy');

      const h = await hostWith(`${form}-da`, code);
      try {
        let frame = h.page.mainFrame();
        if (form === 'iframe') {
          await h.page.waitForSelector('iframe');
          frame = await (await h.page.$('iframe')).contentFrame();
          assert.ok(frame.url().startsWith(`${cdn.origin}/dist/embed.html?`), frame.url());
        }
        await shareRow(frame, ['x', 'email']);
        const s = await shown(frame);
        assert.equal(s.lang, 'da');
        assert.equal(s.theme, 'dark');
        assert.ok(s.dark, 'a dark background');
        assert.deepEqual(s.share, ['x', 'email']);
        assert.match(s.url, /[?&]utm_source=blog$/);
        assert.deepEqual(h.pageErrors, []);
      } finally {
        await h.context.close();
      }
    } finally {
      await e.context.close();
    }
  });
}

test('every default code is in the page without script, and the URL form previews its oEmbed card', async () => {
  const codes = JSON.parse(readFileSync(join(published, SLUG, 'embed-codes.json'), 'utf8'));
  const da = codes.languages.find(c => c.lang === 'da');
  const off = await openPage(browser, pageUrl('da'), { javaScriptEnabled: false });
  try {
    assert.equal(await off.page.inputValue('#ae-code-element'), `${codes.loader}\n${da.element}`);
    assert.equal(await off.page.inputValue('#ae-code-one-tag'), da.one_tag);
    const snippet = readFileSync(join(published, SLUG, 'snippet', 'da.html'), 'utf8');
    assert.equal(await off.page.inputValue('#ae-code-snippet'), snippet + codes.loader);
    // The preview without script: the language's snippet, painted from its declarative shadow root.
    const frame = await (await off.page.$('#ae-preview')).contentFrame();
    assert.equal((await shown(frame)).lang, 'da');
    assert.equal(await off.page.locator('button.ae-copy:visible').count(), 0, 'no copy button without script');
  } finally {
    await off.context.close();
  }
  const e = await openEmbedPage('da');
  try {
    await choose(e.page, { form: 'url', theme: 'dark' });
    const url = await e.page.inputValue('#ae-code-url');
    assert.match(url, /^https:\/\/www\.eureporter\.co\/da\//);
    const pf = e.page.frames().find(f => f.url() === 'about:srcdoc');
    await pf.waitForSelector('blockquote.wp-embedded-content');
    assert.equal(await pf.locator('iframe').getAttribute('src'), `${cdn.origin}/pub/${SLUG}/card/da.html`);
    assert.deepEqual(e.violations, []);
  } finally {
    await e.context.close();
  }
});

test('copy: the Clipboard API where granted, else the code selected and the keys named', async () => {
  const e = await openEmbedPage('en', { permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await choose(e.page, { theme: 'light', maxHeight: '900' });
    const code = await e.page.inputValue('#ae-code-one-tag');
    assert.match(code, / data-theme="light" data-max-height="900"><\/script>$/);
    await e.page.click('button[data-for="ae-code-one-tag"]');
    await e.page.waitForFunction(() => document.querySelector('#ae-form-one-tag .ae-status').textContent !== '');
    assert.equal(await e.page.textContent('#ae-form-one-tag .ae-status'), 'The code was copied.');
    assert.equal(await e.page.evaluate(() => navigator.clipboard.readText()), code);
  } finally {
    await e.context.close();
  }
  const f = await openPage(browser, null);
  try {
    // A page script takes the Clipboard API away before the page's own runs.
    await f.page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await f.page.goto(pageUrl('da'));
    await f.page.waitForSelector('main[data-ready]');
    await f.page.click('button[data-for="ae-code-element"]');
    await f.page.waitForFunction(() => document.querySelector('#ae-form-element .ae-status').textContent !== '');
    assert.match(await f.page.textContent('#ae-form-element .ae-status'), /Ctrl\+C/);
    const sel = await f.page.evaluate(() => {
      const t = document.activeElement;
      return { id: t.id, start: t.selectionStart, end: t.selectionEnd, length: t.value.length };
    });
    assert.deepEqual(sel, { id: 'ae-code-element', start: 0, end: sel.length, length: sel.length });
    assert.ok(sel.length > 100);
  } finally {
    await f.context.close();
  }
});

test('axe finds nothing in light and dark in the article\'s languages; the keyboard reaches every copy button', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const lang of ['en', 'da', 'ar', 'sw']) {
      // axe goes in as a script of the test's: past the page's policy (the other tests keep it).
      const e = await openEmbedPage(lang, { colorScheme, bypassCSP: true });
      try {
        const r = await axe(e.page);
        assert.deepEqual(r.violations, [], `${lang}, ${colorScheme}`);
        if (lang === 'ar') assert.equal(await e.page.getAttribute('html', 'dir'), 'rtl');
      } finally {
        await e.context.close();
      }
    }
  }
  const e = await openEmbedPage('en');
  try {
    const stops = [];
    for (let i = 0; i < 80 && stops.filter(s => s.startsWith('button')).length < 5; i++) {
      await e.page.keyboard.press('Tab');
      stops.push(await e.page.evaluate(() => {
        const a = document.activeElement;
        return `${a.tagName.toLowerCase()}${a.id ? '#' + a.id : ''}${a.dataset.for ? '>' + a.dataset.for : ''}${a.name ? '[' + a.name + ']' : ''}`;
      }));
    }
    for (const want of ['input[form]', 'input[theme]', 'input#ae-share[share]', 'input#ae-share-params[share-params]', 'input#ae-max-height[max-height]']) {
      assert.ok(stops.includes(want), `${want} in ${stops}`);
    }
    for (const form of ['snippet', 'iframe', 'element', 'one-tag', 'url']) {
      assert.ok(stops.includes(`button#ae-copy-${form}>ae-code-${form}`), `the copy button of ${form} in ${stops}`);
    }
    // Screen-reader names: each field and each copy button says which form it is for.
    for (const name of ['Prerendered snippet', 'Iframe', 'Script tag with the prerendered article', 'One script tag']) {
      assert.equal(await e.page.getByRole('textbox', { name: `Code ${name}`, exact: true }).count(), 1, `the field of ${name}`);
      assert.equal(await e.page.getByRole('button', { name: `Copy the code ${name}`, exact: true }).count(), 1, `the button of ${name}`);
    }
    assert.equal(await e.page.getAttribute('#ae-preview', 'title'), 'Preview', 'the preview frame is named');
    // Enter on a copy button copies (or selects) and says so.
    await e.page.focus('button[data-for="ae-code-iframe"]');
    await e.page.keyboard.press('Enter');
    await e.page.waitForFunction(() => document.querySelector('#ae-form-iframe .ae-status').textContent !== '');
  } finally {
    await e.context.close();
  }
});
