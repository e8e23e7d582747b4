// End-to-end harness: a real Chromium (Debian's, driven by playwright-core), pages served on
// 127.0.0.1 by the project's own server, and page objects for the widget.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/server.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROME_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** Starts the site server (www at /, dist at /dist/ and /cdn/v1/, test pages at /test/). */
export async function startSite({ extraRoutes = {} } = {}) {
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
    ],
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin, log, server,
    close: () => new Promise(r => { for (const res of hanging) res.destroy(); server.closeAllConnections(); server.close(r); }),
  };
}

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
    for (const name of ['mounted', 'error', 'language', 'share', 'consent']) {
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
  inShadow(css) { return this.host.locator(css); }
  headline() { return this.inShadow('#ae-title').textContent(); }
  /** Body text units: paragraphs, headings, list items and quotes (not the originals' copies). */
  bodyUnits() {
    return this.page.evaluate(sel => {
      const body = document.querySelector(sel).shadowRoot.querySelector('.ae-body');
      return [...body.querySelectorAll(':scope > p, :scope > h3, :scope > h4, :scope > h5, :scope > ul > li, :scope > ol > li, :scope > figure.ae-quote')]
        .map(e => ({ tag: e.tagName.toLowerCase(), text: e.textContent.replace(/\s+/g, ' ').trim(), lang: e.closest('[lang]').getAttribute('lang') }));
    }, this.sel);
  }
  articleLang() { return this.inShadow('article.ae').getAttribute('lang'); }
  articleDir() { return this.inShadow('article.ae').getAttribute('dir'); }
  errorKind() { return this.inShadow('[data-error]').getAttribute('data-error'); }
  async openLanguages() { await this.inShadow('.ae-lang-btn').click(); }
  async switchTo(lang) {
    await this.openLanguages();
    await this.inShadow(`#ae-lang-list a[data-lang="${lang}"]`).click();
    await this.page.waitForFunction(([sel, l]) => document.querySelector(sel).shadowRoot.querySelector('article.ae')?.getAttribute('lang') === l, [this.sel, lang]);
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

/** A UI message as a catalogue writes it: `ftl('da', 'share-top')` → "Del:". */
export function ftl(lang, key) {
  const line = readFileSync(join(root, 'locales', `${lang}.ftl`), 'utf8').split('\n').find(l => l.startsWith(key + ' ='));
  return line.slice(line.indexOf('=') + 1).trim();
}
