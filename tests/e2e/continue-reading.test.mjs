// "Continue reading" (an embed's max-height), on the seeds' long articles (38 and 43 blocks): the
// widget shows the article up to the height, cut at a block boundary (never after a heading),
// the rest hidden from the keyboard and the accessibility tree but for a faded, inert peek; its
// button expands in place: aria-expanded, focus stays on it, "expanded" said politely, one
// expand event, nothing above it moves and no layout shift counts. At 320 and 1280 px, light
// and dark, with axe and the keyboard walk, in Swahili and in Arabic (right to left). The
// one-tag form and the embed page take it too; the prerendered snippet cuts in a <details>
// without script, which hydration keeps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, launch, openPage, Widget, events, waitForEvent, tool, ftl } from './harness.mjs';
import { axe, walk, axControls, installProbes } from './a11y-probes.mjs';

const LIMIT = 900;
const published = mkdtempSync(join(tmpdir(), 'article-embed-more-'));
let site, browser;

/** A host page with one embed of `src` in `lang`, cut at `max` px, in `theme`; its height reserved as that. */
const page = ({ src, lang, theme = '', max = LIMIT, form = 'element' }) => {
  const embed = form === 'element'
    ? `<article-embed id="w" src="${src}" lang="${lang}" max-height="${max}" height="${max}"${theme ? ` theme="${theme}"` : ''}></article-embed>`
    : `<script async src="/dist/loader.js" data-article="${src}" data-lang="${lang}" data-max-height="${max}"></script>`;
  // The README's one rule: each embed's height reserved before any script runs.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Continue reading</title><style>article-embed{display:block;min-height:attr(height px)}</style><script async src="/dist/loader.js"></script></head>
<body style="margin:0"><main style="max-width:60rem;margin:0 auto;padding:8px"><h1>A host page</h1>${embed}<p id="after">The host page goes on.</p></main></body></html>`;
};

before(async () => {
  site = await startSite({
    extraMounts: [['/pub/', published]],
    extraRoutes: {
      '/test/more.html': (req, res, url) => {
        const q = Object.fromEntries(url.searchParams);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page({ src: `/articles/${q.article}/article.json`, ...q }));
      },
    },
  });
  tool.publish('eu-kazakhstan-closer-ties', published, `${site.origin}/pub/`, null, '--max-height', String(LIMIT));
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); rmSync(published, { recursive: true, force: true }); });

/** Counts every layout shift not caused by the reader's input, from the page's start. */
const countShifts = p => p.page.addInitScript(() => {
  window.__shift = 0;
  new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
});

/** The widget's cut as laid out: its height, its blocks' state, the peek and the control. */
const cutState = w => w.evalInShadow(r => {
  const article = r.querySelector('article.ae');
  // The body's blocks; the control stands among them at the cut.
  const blocks = [...r.querySelector('#ae-body').children].filter(b => !b.matches('[data-more]'));
  const shown = blocks.filter(b => !b.hasAttribute('data-peek') && b.checkVisibility());
  const peek = r.querySelector('[data-peek]');
  const button = r.querySelector('[data-more] button');
  return {
    height: article.getBoundingClientRect().height,
    blocks: blocks.length,
    shown: shown.length,
    lastShown: shown.at(-1)?.tagName,
    peekIndex: peek ? blocks.indexOf(peek) : -1,
    peekInert: peek?.inert ?? null,
    hidden: blocks.filter(b => !b.checkVisibility()).length,
    footerShown: r.querySelector('#ae-foot').checkVisibility(),
    button: button && { shown: button.checkVisibility(), expanded: button.getAttribute('aria-expanded'), controls: button.getAttribute('aria-controls'), name: button.innerText.trim() },
    // Where the control stands: right before the peek, or the first block after the last shown.
    controlBefore: button ? blocks.indexOf(r.querySelector('[data-more]').nextElementSibling) : -1,
  };
});

/** Where the control and the parts above it stand on the page: top and inline start (right, in Arabic). */
const above = w => w.evalInShadow(r => ['#ae-title', '.ae-share[data-row="top"]', '#ae-body > :first-child', '[data-more] button'].map(s => {
  const el = r.querySelector(s), b = el.getBoundingClientRect();
  return [s, Math.round(b.top + scrollY), Math.round(getComputedStyle(el).direction === 'rtl' ? b.right : b.left)];
}));

for (const [article, lang] of [['eu-kazakhstan-relations', 'sw'], ['eu-kazakhstan-closer-ties', 'ar']]) {
  for (const width of [320, 1280]) {
    for (const theme of ['light', 'dark']) {
      test(`${article} in ${lang}, ${width} px, ${theme}: cut at a block boundary within ${LIMIT} px; the button expands in place`, async () => {
        const p = await openPage(browser, null, { viewport: { width, height: 800 }, colorScheme: theme });
        await countShifts(p);
        await p.page.goto(`${site.origin}/test/more.html?article=${article}&lang=${lang}`);
        const w = new Widget(p.page, '#w');
        assert.equal(await w.settled(), 'mounted');
        const cut = await cutState(w);
        assert.ok(cut.blocks >= 35, `a long document (${cut.blocks} blocks)`);
        assert.ok(cut.height <= LIMIT, `the cut article is ${cut.height} px tall, at most ${LIMIT}`);
        assert.ok(cut.height >= LIMIT * 0.5, `and not much less (${cut.height} px)`);
        // A block boundary: blocks whole before the peek, the peek inert, nothing after it shown.
        assert.equal(cut.peekIndex, cut.shown, 'the peek is the first block not shown whole');
        assert.equal(cut.peekInert, true);
        assert.equal(cut.hidden, cut.blocks - cut.shown - 1, 'every block after the peek is hidden');
        assert.equal(cut.footerShown, false, 'the footer is hidden with the rest');
        assert.ok(!/^H[3-5]$/.test(cut.lastShown ?? ''), `no heading left last (${cut.lastShown})`);
        assert.deepEqual(cut.button, { shown: true, expanded: 'false', controls: 'ae-body ae-foot', name: ftl(lang, 'more-show') });
        assert.equal(cut.controlBefore, cut.peekIndex, 'the control stands at the cut, the peek under it');
        assert.equal(await w.articleDir(), lang === 'ar' ? 'rtl' : 'ltr');
        // Nothing hidden is in the accessibility tree or the keyboard's way.
        const ax = await axControls(p.page);
        assert.ok(ax.length > 5 && ax.every(c => !c.within.includes('ae-foot')), 'no control of the hidden footer is exposed');
        const peekText = await w.evalInShadow(r => r.querySelector('[data-peek]').textContent.trim().slice(0, 30));
        const cdp = await p.context.newCDPSession(p.page);
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        assert.ok(!nodes.some(n => !n.ignored && n.role?.value === 'StaticText' && n.name?.value?.includes(peekText)), 'the peek is not read');
        await cdp.detach();
        assert.deepEqual((await axe(p.page)).violations, [], 'axe, cut');
        await installProbes(p.page);
        await p.page.locator('h1').focus();
        const { stops, left } = await walk(p.page, 'Tab', 60);
        assert.ok(left, 'Tab leaves the widget');
        assert.equal(stops.at(-1).what, 'ae-continue-btn', 'the button is the widget\'s last stop');
        // Expand with the keyboard: in place, focus stays, said, one event.
        const before = await above(w);
        await w.inShadow('[data-more] button').focus();
        await p.page.keyboard.press('Enter');
        await w.waitForLive(ftl(lang, 'more-expanded'));
        const open = await cutState(w);
        assert.equal(open.hidden, 0, 'every block shown');
        assert.equal(open.peekIndex, -1);
        assert.equal(open.footerShown, true);
        assert.deepEqual(open.button, { shown: true, expanded: 'true', controls: 'ae-body ae-foot', name: ftl(lang, 'more-hide') });
        assert.equal(open.controlBefore, cut.peekIndex, 'what was hidden comes in below the control');
        assert.equal((await w.focused())?.className, 'ae-continue-btn', 'focus stays on the control');
        assert.deepEqual(await above(w), before, 'neither the control nor anything above it moved');
        const expands = (await events(p.page)).filter(e => e.name === 'expand');
        assert.deepEqual(expands.map(e => e.detail), [{ lang }], 'one expand event');
        // The next Tab goes into what was shown, right after the control.
        await p.page.keyboard.press('Tab');
        const next = await w.evalInShadow(r => r.activeElement && !!(r.activeElement.compareDocumentPosition(r.querySelector('[data-more] button')) & Node.DOCUMENT_POSITION_PRECEDING));
        assert.equal(next, true, 'Tab moves on into the shown text');
        assert.deepEqual((await axe(p.page)).violations, [], 'axe, expanded');
        // And back: cut again, focus on the control; no second expand event.
        await w.inShadow('[data-more] button').click();
        assert.equal((await cutState(w)).button.expanded, 'false');
        assert.equal((await w.focused())?.className, 'ae-continue-btn');
        assert.equal((await events(p.page)).filter(e => e.name === 'expand').length, 1);
        assert.equal(await p.page.evaluate(() => window.__shift), 0, 'CLS 0 from load through expanding and cutting again');
        assert.deepEqual(p.pageErrors, []);
        await p.context.close();
      });
    }
  }
}

test('the one-tag form takes data-max-height, and the embed page ?max-height=', async () => {
  const one = await openPage(browser, `${site.origin}/test/more.html?article=eu-kazakhstan-relations&lang=en&form=script`);
  const w = new Widget(one.page, 'article-embed');
  assert.equal(await w.settled(), 'mounted');
  assert.equal(await w.host.getAttribute('max-height'), String(LIMIT));
  assert.ok((await cutState(w)).height <= LIMIT);
  await one.context.close();
  const src = encodeURIComponent('/articles/eu-kazakhstan-relations/article.json');
  // 700 px: the head alone with the least cut (a peek of the first block and the control) is
  // 603 px in Swahili on this page, whose column is 46 of the page's 16 px rem.
  const page = await openPage(browser, `${site.origin}/dist/embed.html?article=${src}&lang=sw&max-height=700`);
  const e = new Widget(page.page, 'article-embed');
  assert.equal(await e.settled(), 'mounted');
  assert.equal(await e.host.getAttribute('max-height'), '700');
  const cut = await cutState(e);
  assert.ok(cut.height <= 700 && cut.button.shown, `cut for 700 px (${cut.height})`);
  await page.context.close();
});

test('an article shorter than the height is not cut and shows no control', async () => {
  const p = await openPage(browser, `${site.origin}/test/more.html?article=eu-kazakhstan-relations&lang=sw&max=20000`);
  const w = new Widget(p.page, '#w');
  assert.equal(await w.settled(), 'mounted');
  const s = await cutState(w);
  assert.equal(s.hidden, 0);
  assert.equal(s.button.shown, false);
  await p.context.close();
});

for (const width of [320, 1280]) {
  test(`the prerendered snippet cuts in a <details> without script, ${width} px; hydrated, its toggle says expanded once`, async () => {
    const snippet = readFileSync(join(published, 'snippet', 'da.html'), 'utf8');
    const host = script => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Snippet</title>${script ? '<script async src="/dist/loader.js"></script>' : ''}</head><body style="margin:0"><main>${snippet}<p>After.</p></main></body></html>`;
    // Without script: the cut, a native disclosure, and the rest out of reach until opened.
    const bare = await openPage(browser, null, { viewport: { width, height: 800 }, javaScriptEnabled: false });
    await bare.page.route('**/bare.html', r => r.fulfill({ contentType: 'text/html', body: host(false) }));
    await bare.page.goto(`${site.origin}/bare.html`);
    const w = new Widget(bare.page, 'article-embed');
    const closed = await w.evalInShadow(r => ({
      height: r.querySelector('article.ae').getBoundingClientRect().height,
      summary: r.querySelector('details.ae-continue-d > summary').innerText.trim(),
      open: r.querySelector('details.ae-continue-d').open,
      restShown: r.querySelector('#ae-foot').checkVisibility(),
    }));
    if (width === 320) assert.ok(closed.height <= LIMIT, `about the height on a phone (${closed.height} px)`);
    else assert.ok(closed.height < LIMIT, `less on a wide screen (${closed.height} px)`);
    assert.deepEqual({ ...closed, height: 0 }, { height: 0, summary: ftl('da', 'more-show'), open: false, restShown: false });
    await w.inShadow('details.ae-continue-d > summary').focus();
    await bare.page.keyboard.press('Enter');
    const opened = await w.evalInShadow(r => ({ open: r.querySelector('details.ae-continue-d').open, foot: r.querySelector('#ae-foot').checkVisibility(), summary: r.querySelector('details.ae-continue-d > summary').innerText.trim() }));
    assert.deepEqual(opened, { open: true, foot: true, summary: ftl('da', 'more-hide') });
    await bare.context.close();
    // With the loader: hydrated in place (the embed asks for the height it was cut for).
    const live = await openPage(browser, null, { viewport: { width, height: 800 } });
    await live.page.route('**/live.html', r => r.fulfill({ contentType: 'text/html', body: host(true) }));
    await live.page.goto(`${site.origin}/live.html`);
    const h = new Widget(live.page, 'article-embed');
    await live.page.evaluate(() => { window.__details = document.querySelector('article-embed').shadowRoot.querySelector('details.ae-continue-d'); });
    await h.inShadow('details.ae-continue-d > summary').hover();
    await waitForEvent(live.page, 'mounted');
    assert.equal(await live.page.evaluate(() => document.querySelector('article-embed').shadowRoot.querySelector('details.ae-continue-d') === window.__details), true, 'the same nodes');
    await h.inShadow('details.ae-continue-d > summary').click();
    await waitForEvent(live.page, 'expand', { detail: { lang: 'da' } });
    await h.waitForLive(ftl('da', 'more-expanded'));
    assert.equal((await events(live.page)).filter(e => e.name === 'expand').length, 1);
    assert.deepEqual(live.pageErrors, []);
    await live.context.close();
  });
}

/** The id of the element focused inside the widget. */
const focusedId = w => w.evalInShadow(r => r.activeElement?.id ?? null);

test('a footnote the cut hides: its reference expands the article and moves focus to the note, and back', async () => {
  const p = await openPage(browser, null, { viewport: { width: 1280, height: 800 } });
  await p.page.goto(`${site.origin}/test/more.html?article=eu-kazakhstan-trade-in-figures&lang=en&max=1000`);
  const w = new Widget(p.page, '#w');
  assert.equal(await w.settled(), 'mounted');
  const cut = await cutState(w);
  assert.equal(cut.button?.expanded, 'false', 'cut');
  assert.equal(cut.footerShown, false);
  // The first reference is in the shown text; the notes are at the article's end, hidden.
  const [ref, noteShown] = await w.evalInShadow(r => {
    const a = r.querySelector('[data-note]');
    return [a.checkVisibility() && !a.closest('[data-peek]') ? a.dataset.note : null, r.querySelector('.ae-notes').checkVisibility()];
  });
  assert.ok(ref, `a reference is shown: ${JSON.stringify(cut)}`);
  // The article's players ask for consent: the banner's title is said first, a moment after the
  // render (what is said on expanding would otherwise be replaced by it).
  await w.waitForLive(ftl('en', 'consent-title'));
  assert.equal(noteShown, false, 'the notes are hidden by the cut');
  await w.inShadow(`[data-note="${ref}"]`).click();
  await w.waitForLive(ftl('en', 'more-expanded'));
  assert.equal(await focusedId(w), `ae-fn-${ref}`, 'focus on the note');
  const open = await cutState(w);
  assert.equal(open.hidden, 0, 'every block shown');
  assert.equal(open.button.expanded, 'true');
  assert.deepEqual((await events(p.page)).filter(e => e.name === 'expand').map(e => e.detail), [{ lang: 'en' }], 'one expand event');
  await w.inShadow(`[data-note-back="${ref}"]`).click();
  assert.equal(await focusedId(w), `ae-ref-${ref}`, 'back to the reference');
  assert.equal(await p.page.evaluate(() => location.hash), '');
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});
