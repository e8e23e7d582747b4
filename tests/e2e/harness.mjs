// End-to-end harness: a real Chromium (Debian's, driven by playwright-core), pages served on
// 127.0.0.1 by the project's own server, and page objects for the widget.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/server.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Chromium's arguments as root on these machines (scripts/engines/drivers/playwright.mjs).
export { CHROME_ARGS } from '../../scripts/engines/drivers/playwright.mjs';
import { CHROME_ARGS } from '../../scripts/engines/drivers/playwright.mjs';

/** Starts the site server (www at /, dist at /dist/ and /cdn/v1/, test pages at /test/, plus `extraMounts`). */
export async function startSite({ extraRoutes = {}, extraMounts = [] } = {}) {
  const log = [];
  const hanging = new Set();
  const routes = {
    // A response that never comes, for the timeout test.
    '/__test/hang': (req, res) => { hanging.add(res); },
    ...extraRoutes,
  };
  const server = await serve({
    log, routes,
    mounts: [
      ['/', join(root, 'www')],
      ['/dist/', join(root, 'dist')],
      ['/cdn/v1/', join(root, 'dist')],
      ['/test/', join(root, 'tests', 'e2e', 'pages')],
      ...extraMounts,
    ],
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin, log, server,
    close: () => new Promise(r => { for (const res of hanging) res.destroy(); server.closeAllConnections(); server.close(r); }),
  };
}

/**
 * The publisher's tool on a demo article (`www/articles/<folder>`), as a publisher runs it:
 * `render` prints the snippet of `lang`; `publish` writes the folder into `out` (a folder of
 * articles, or any path, when `folder` is absolute), its embed codes naming the loader at
 * `loader` when given. `base` is the URL the output is served from; `more` are further options
 * (`--max-height`, `--newsletter`). `csp` prints the hashes the prerendered HTML's inline parts
 * need.
 */
export const tool = {
  render: (folder, lang, base, ...more) => articleEmbed('render', join('www', 'articles', folder, 'article.json'), '--lang', lang, '--base', base, ...more),
  publish: (folder, out, base, loader, ...more) => articleEmbed('publish', isAbsolute(folder) ? folder : join('www', 'articles', folder),
    '--out', out, '--base', base, ...(loader ? ['--loader', loader] : []), ...more),
  /** `csp`: the directives each kind of prerendered HTML needs, by kind (`snippet`, `embed`, `card`). */
  csp: () => {
    const [snippet, embed, card] = articleEmbed('csp').split('\n').filter(l => l && !l.startsWith('#'));
    return { snippet, embed, card };
  },
};
const articleEmbed = (...args) => execFileSync('cargo', ['run', '--quiet', '--bin', 'article-embed', '--', ...args],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROME_ARGS });
}

/** A page that records console messages, uncaught errors and every request it makes. */
export async function openPage(browser, url, { viewport = { width: 1000, height: 900 }, ...ctxOptions } = {}) {
  const context = await browser.newContext({ viewport, ...ctxOptions });
  const page = await context.newPage();
  const consoleMessages = [];
  const pageErrors = [];
  const requests = [];
  page.on('console', m => consoleMessages.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', e => pageErrors.push(e.message));
  page.on('request', r => requests.push(r.url()));
  // Every widget event the page sees, in order.
  await page.addInitScript(() => {
    window.__events = [];
    for (const name of ['mounted', 'error', 'language', 'share', 'consent', 'expand']) {
      document.addEventListener(`article-embed:${name}`, e => {
        window.__events.push({ name, id: e.target.id || null, detail: JSON.parse(JSON.stringify(e.detail || null)) });
      });
    }
  });
  if (url) await page.goto(url);
  return { context, page, consoleMessages, pageErrors, requests };
}

/** Page object of one widget, found by a CSS selector for its host element. */
export class Widget {
  constructor(page, hostSelector) {
    this.page = page;
    this.host = page.locator(hostSelector);
    this.sel = hostSelector;
  }
  /** Scrolls it into view and waits until it shows the article or an error. */
  async settled(timeout = 15000) {
    await this.host.scrollIntoViewIfNeeded();
    await this.page.waitForFunction(sel => {
      const s = document.querySelector(sel)?.getAttribute('data-state');
      return s === 'mounted' || s === 'error';
    }, this.sel, { timeout });
    return this.state();
  }
  state() { return this.host.getAttribute('data-state'); }
  /** The host element's id, as the events record it. */
  id() { return this.host.getAttribute('id'); }
  inShadow(css) { return this.host.locator(css); }
  /** The in-page expression `fn(shadowRoot, ...args)` (the root is null once the host is gone). */
  #call(fn, args) {
    return `(${fn})(document.querySelector(${JSON.stringify(this.sel)})?.shadowRoot ?? null, ...${JSON.stringify(args)})`;
  }
  /** Runs `fn(shadowRoot, ...args)` in the page and returns its (serializable) result. */
  evalInShadow(fn, ...args) { return this.page.evaluate(this.#call(fn, args)); }
  /** Waits until `fn(shadowRoot, ...args)` is truthy in the page. */
  waitInShadow(fn, { args = [], timeout = 10000 } = {}) {
    return this.page.waitForFunction(this.#call(fn, args), null, { timeout });
  }
  headline() { return this.inShadow('#ae-title').textContent(); }
  /** Body text units: paragraphs, headings, list items and quotes (not the originals' copies). */
  bodyUnits() {
    return this.evalInShadow(r => {
      const body = r.querySelector('.ae-body');
      return [...body.querySelectorAll(':scope > p, :scope > h3, :scope > h4, :scope > h5, :scope > ul > li, :scope > ol > li, :scope > figure.ae-quote')]
        .map(e => ({ tag: e.tagName.toLowerCase(), text: e.textContent.replace(/\s+/g, ' ').trim(), lang: e.closest('[lang]').getAttribute('lang') }));
    });
  }
  articleLang() { return this.inShadow('article.ae').getAttribute('lang'); }
  articleDir() { return this.inShadow('article.ae').getAttribute('dir'); }
  errorKind() { return this.inShadow('[data-error]').getAttribute('data-error'); }
  /** The element focused inside the widget: its class and `data-lang`, or null. */
  focused() {
    return this.evalInShadow(r => r?.activeElement ? { className: r.activeElement.className, lang: r.activeElement.dataset.lang } : null);
  }
  /** The polite live region, and its text now. */
  live() { return this.inShadow('[data-live]'); }
  liveText() { return this.live().textContent(); }
  /** Waits until the live region says `text` (any text when none is given). */
  waitForLive(text, options) {
    return this.waitInShadow((r, t) => {
      const said = r?.querySelector('[data-live]')?.textContent.replace(/\u200b$/, '') ?? '';
      return t == null ? said.length > 0 : said === t;
    }, { args: [text ?? null], ...options });
  }
  /** The consent banner (or choice screen), its buttons and its category boxes. */
  banner() { return this.inShadow('section.ae-consent'); }
  consentButton(action) { return this.inShadow(`[data-consent-action="${action}"]`); }
  category(name) { return this.inShadow(`input[data-category="${name}"]`); }
  privacyButton() { return this.inShadow('[data-action="privacy"]'); }
  /** The ad slot, its iframes and its placeholder (shown while advertising is not allowed). */
  adSlot() { return this.inShadow('.ae-ad'); }
  adFrames() { return this.inShadow('.ae-ad iframe'); }
  adPlaceholder() { return this.inShadow('.ae-ad-hidden'); }
  /** One share control (`facebook`, `copy`, …) of a row (`top` or `bottom`); all of a row without a target. */
  shareButton(target, row = 'top') { return this.inShadow(`.ae-share[data-row="${row}"] [data-share="${target}"]`); }
  shareButtons(row = 'top') { return this.inShadow(`.ae-share[data-row="${row}"] [data-share]`); }
  /** The "Link copied" badge of a share row. */
  copiedBadge(row = 'top') { return this.inShadow(`.ae-share[data-row="${row}"] [data-copied]`); }
  /** The language switcher's button, its list, and the list's links (one language's, or all). */
  languageButton() { return this.inShadow('.ae-lang-btn'); }
  languageList() { return this.inShadow('#ae-lang-list'); }
  languageLinks() { return this.inShadow('#ae-lang-list a'); }
  languageLink(lang) { return this.inShadow(`#ae-lang-list a[data-lang="${lang}"]`); }
  /** A body block by its id (`p20`). */
  block(id) { return this.inShadow(`[data-block="${id}"]`); }
  async openLanguages() { await this.languageButton().click(); }
  /** Opens the list and clicks a language, without waiting for the switch. */
  async chooseLanguage(lang) {
    await this.openLanguages();
    await this.languageLink(lang).click();
  }
  /** Waits until the article is shown in `lang`. */
  waitForLang(lang, options) {
    return this.waitInShadow((r, l) => r?.querySelector('article.ae')?.getAttribute('lang') === l, { args: [lang], ...options });
  }
  async switchTo(lang) {
    await this.chooseLanguage(lang);
    await this.waitForLang(lang);
  }
}

/** The body lines of a source page in tests/fixtures/source/ (as the native tests define them). */
export async function seedBodyLines(file) {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(join(root, 'tests', 'fixtures', 'source', file), 'utf8');
  const lines = text.split('\n').map(l => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const start = lines.indexOf('on') + 1;
  const end = lines.findIndex(l => l === 'Del denne artikel:' || l === 'Shiriki nakala hii:');
  return lines.slice(start, end).filter(l => !l.startsWith('Vi bruger din tilmelding') && l !== 'reklame' && l !== 'matangazo');
}

export const events = page => page.evaluate(() => window.__events);

/**
 * Waits until the page has seen `count` `article-embed:<name>` events from the host with `id`
 * (any host when null) whose detail has every field of `detail`.
 */
export function waitForEvent(page, name, { id = null, detail = {}, count = 1, timeout = 10000 } = {}) {
  return page.waitForFunction(([n, i, d, c]) => window.__events.filter(e => e.name === n && (i === null || e.id === i)
    && Object.entries(d).every(([k, v]) => e.detail?.[k] === v)).length >= c, [name, id, detail, count], { timeout });
}

/** Polls a test-side condition (a request in the server's log, say) until it holds. */
export async function until(condition, { timeout = 10000, every = 50 } = {}) {
  const end = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`condition not met in ${timeout} ms: ${condition}`);
    await new Promise(r => setTimeout(r, every));
  }
}

/**
 * Waits until the widget whose host is `handle` (an element handle: it stays valid once the
 * host is removed from the page) has unmounted: its shadow root is emptied. Resolves to the
 * number of elements left in it (0); rejects on timeout, saying how many are still there.
 */
export async function waitUnmounted(handle, { timeout = 10000 } = {}) {
  const left = () => handle.evaluate(h => h.shadowRoot?.childElementCount ?? -1);
  await until(async () => (await left()) === 0, { timeout }).catch(async () => {
    throw new Error(`not unmounted in ${timeout} ms: ${await left()} elements left in its shadow root`);
  });
  return left();
}

/** Console messages that say the wasm panicked or trapped: their first two lines (where, and why). */
export const crashes = p => p.consoleMessages.filter(m => /panicked|RuntimeError/.test(m.text))
  .map(m => m.text.split('\n').slice(0, 2).join(' '));

/**
 * The widget still answers the reader: it switches to `lang` (and says so with a language
 * event), and its "copy link" control fires a share event.
 */
export async function stillWorks(w, lang) {
  const id = await w.id();
  const count = async (name, detail) => (await events(w.page))
    .filter(e => e.name === name && e.id === id && Object.entries(detail).every(([k, v]) => e.detail?.[k] === v)).length;
  const languages = await count('language', { lang });
  await w.switchTo(lang);
  await waitForEvent(w.page, 'language', { id, detail: { lang }, count: languages + 1 });
  const shares = await count('share', { network: 'copy' });
  await w.shareButton('copy').click();
  await waitForEvent(w.page, 'share', { id, detail: { network: 'copy' }, count: shares + 1 });
}

/** A UI message as a catalogue writes it: `ftl('da', 'share-top')` → "Del:". */
export function ftl(lang, key) {
  const line = readFileSync(join(root, 'locales', `${lang}.ftl`), 'utf8').split('\n').find(l => l.startsWith(key + ' ='));
  return line.slice(line.indexOf('=') + 1).trim();
}
