// The reader's settings: prefers-reduced-motion (nothing moves), forced-colors (Windows high
// contrast: controls, icons and focus still seen), 200 % text size and a 320 CSS px viewport
// (nothing cut off, nothing scrolls sideways, every control still there and named).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launch, openPage, Widget } from './harness.mjs';
import { axControls, installProbes, layoutProblems, openDemo, RELATIONS, TIES, walk, widgetControls } from './a11y-probes.mjs';

let site, browser;
before(async () => { site = await startSite(); browser = await launch(); });
after(async () => { await browser?.close(); await site?.close(); });

const demo = (options = {}) => openDemo(browser, site.origin, options);

/** Running animations and transitions anywhere, shadow roots included, and any declared on an element. */
const motion = page => page.evaluate(() => {
  const declared = [];
  for (const h of window.__a11y.hosts()) {
    for (const el of [h, ...h.shadowRoot.querySelectorAll('*')]) {
      for (const pseudo of [null, '::before', '::after']) {
        const cs = getComputedStyle(el, pseudo);
        // No style is computed for an element that is never drawn (a video's `<track>`).
        if (cs.display === '') continue;
        const moving = cs.animationName !== 'none'
          || cs.transitionDuration.split(',').some(d => parseFloat(d) > 0);
        if (moving) declared.push(`${el.localName}.${el.getAttribute('class') ?? ''}${pseudo ?? ''}`);
      }
    }
  }
  const running = window.__a11y.hosts().reduce((n, h) => n + h.shadowRoot.getAnimations().length, document.getAnimations().length);
  return { running, declared };
});

/** The demo page with its first article held back, so the loading view shows. */
async function loading(reducedMotion) {
  const p = await openPage(browser, null, { reducedMotion });
  let release;
  const held = new Promise(r => { release = r; });
  await p.page.route(/closer-ties\/article\.json/, async route => { await held; await route.continue(); });
  await p.page.goto(site.origin + '/');
  const w = new Widget(p.page, TIES);
  await w.host.scrollIntoViewIfNeeded();
  await w.waitInShadow(r => r?.querySelector('.ae-loading'));
  await installProbes(p.page);
  return { ...p, w, release };
}

test('prefers-reduced-motion: reduce: nothing animates, loading or mounted, while the default does pulse', async () => {
  const moving = await loading('no-preference');
  const before = await motion(moving.page);
  assert.ok(before.running > 0 && before.declared.length > 0, 'the probe sees the loading pulse when motion is allowed');
  moving.release();
  await moving.context.close();

  const still = await loading('reduce');
  assert.deepEqual(await motion(still.page), { running: 0, declared: [] }, 'loading view');
  still.release();
  await still.w.settled();
  const w = still.w;
  await w.openLanguages();
  await w.shareButton('copy').click();
  await w.consentButton('choose').click();
  assert.deepEqual(await motion(still.page), { running: 0, declared: [] }, 'mounted, list open, copied, choosing');
  await still.context.close();
});

test('forced-colors: active: every control, its text or icon, its edge and its focus ring still show', async () => {
  const p = await demo({ forcedColors: 'active' });
  assert.equal(await p.page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
  const problems = await p.page.evaluate(() => {
    const { hosts, controls, contrast, rgba, backdrop } = window.__a11y;
    const out = [];
    hosts().forEach((h, hi) => controls(h.shadowRoot).forEach(el => {
      const name = `widget ${hi} ${el.localName}.${el.getAttribute('class') ?? ''}`;
      const cs = getComputedStyle(el);
      const behind = backdrop(el);
      const icon = el.querySelector('svg');
      const text = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())
        || [...el.querySelectorAll('span:not(.ae-vh):not([hidden])')].some(s => s.textContent.trim())
        // A table's scrolling region shows the table's text.
        || (el.matches('.ae-table') && [...el.querySelectorAll('th, td')].some(c => c.textContent.trim()));
      if (icon) {
        const fill = rgba(getComputedStyle(icon.querySelector('path') ?? icon).fill);
        if (!fill || fill.a === 0 || contrast(fill, behind) < 3) out.push(`${name}: its icon does not show (${getComputedStyle(icon).fill})`);
      }
      if (!icon && !text && el.localName !== 'input' && el.localName !== 'iframe') out.push(`${name}: nothing visible in it`);
      if (text && (rgba(cs.color).a === 0 || contrast(rgba(cs.color), behind) < 4.5)) out.push(`${name}: its text does not show`);
      // Without backgrounds, a control that is not a plain text link needs an edge or an underline.
      const border = rgba(cs.borderTopColor);
      const edge = parseFloat(cs.borderTopWidth) > 0 && cs.borderTopStyle !== 'none' && border.a > 0 && contrast(border, behind) >= 3;
      const underline = cs.textDecorationLine.includes('underline');
      if (el.localName !== 'input' && !edge && !underline && !el.closest('.ae-body, .ae-trending, .ae-lang-pop')) {
        out.push(`${name}: neither edge nor underline`);
      }
    }));
    return out;
  });
  assert.deepEqual(problems, []);
  await p.page.locator('header.site a').focus();
  const { stops, left } = await walk(p.page, 'Tab', (await widgetControls(p.page)).flat().length + 40);
  assert.ok(left && stops.length > 30, `Tab walked ${stops.length} controls with a visible ring and left`);
  await p.context.close();
});

/** Every visible control of every widget is in the accessibility tree with a name. */
async function allNamed(page) {
  let dom, ax;
  // The original of a translated passage arrives after the first render and adds a control:
  // read both until they agree on the count (or report what differs).
  for (let i = 0; i < 5; i++) {
    dom = await widgetControls(page, { disabled: true });
    ax = await axControls(page);
    if (dom.every((c, h) => ax.filter(a => a.hostIndex === h).length === c.length)) break;
    await new Promise(r => setTimeout(r, 200));
  }
  for (const [h, controls] of dom.entries()) {
    const mine = ax.filter(c => c.hostIndex === h);
    assert.equal(mine.length, controls.length, `widget ${h}: ${controls.length} controls, ${mine.length} in the accessibility tree`);
    assert.deepEqual(mine.filter(c => !c.name.trim()).map(c => c.attrs.class ?? c.role), [], `widget ${h}: controls without a name`);
  }
}

const LAYOUTS = [
  { name: '320 CSS px wide', viewport: { width: 320, height: 640 }, text: 16 },
  { name: '200 % text', viewport: { width: 1000, height: 900 }, text: 32 },
  { name: '320 CSS px wide and 200 % text', viewport: { width: 320, height: 640 }, text: 32 },
];

for (const l of LAYOUTS) {
  test(`${l.name}: nothing cut off, nothing scrolls sideways, every control shown and named`, async () => {
    const p = await openPage(browser, null, { viewport: l.viewport });
    const cdp = await p.context.newCDPSession(p.page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: l.text, fixed: Math.round(l.text * 13 / 16) } });
    await p.page.goto(site.origin + '/');
    for (const sel of [TIES, RELATIONS]) assert.equal(await new Widget(p.page, sel).settled(), 'mounted');
    const w = new Widget(p.page, TIES);
    const size = await w.evalInShadow(r => parseFloat(getComputedStyle(r.querySelector('.ae-body p')).fontSize));
    assert.ok(size >= l.text, `body text follows the reader's text size (${size}px at a ${l.text}px default)`);
    assert.deepEqual(await layoutProblems(p.page), [], 'as loaded, banner asking');
    await allNamed(p.page);
    await w.openLanguages();
    assert.deepEqual(await layoutProblems(p.page), [], 'language list open');
    await w.openLanguages();
    await w.consentButton('choose').click();
    assert.deepEqual(await layoutProblems(p.page), [], 'banner choosing');
    await allNamed(p.page);
    await w.consentButton('accept').click();
    await w.adFrames().first().waitFor();
    assert.deepEqual(await layoutProblems(p.page), [], 'ad shown');
    await w.switchTo('ar');
    assert.deepEqual(await layoutProblems(p.page), [], 'Arabic, right to left');
    await allNamed(p.page);
    await cdp.detach();
    await p.context.close();
  });
}

test('WCAG 1.4.12 text spacing (a reader\'s style put into the shadow roots): nothing cut off at 320 px', async () => {
  const p = await openDemo(browser, site.origin, { viewport: { width: 320, height: 640 } });
  await p.page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; } p { margin-block-end: 2em !important; }');
    for (const h of window.__a11y.hosts()) h.shadowRoot.adoptedStyleSheets = [...h.shadowRoot.adoptedStyleSheets, sheet];
  });
  const w = new Widget(p.page, TIES);
  assert.equal(await w.evalInShadow(r => getComputedStyle(r.querySelector('.ae-body p')).letterSpacing !== 'normal'), true, 'the spacing applies');
  assert.deepEqual(await layoutProblems(p.page), [], 'as loaded');
  await w.openLanguages();
  assert.deepEqual(await layoutProblems(p.page), [], 'language list open');
  await w.openLanguages();
  await w.consentButton('choose').click();
  assert.deepEqual(await layoutProblems(p.page), [], 'banner choosing');
  await allNamed(p.page);
  await p.context.close();
});
