// The engine abstraction of the cross-engine suites (tests/engines/) and the benchmark's
// engines section: one test file runs in Chromium (playwright-core), Firefox ESR (puppeteer-core
// over WebDriver BiDi) and WebKitGTK (WebKitWebDriver over plain W3C WebDriver), and an old
// WebKit (WPE 2.38) where a suite asks for it. Every engine is driven the same way: a page is a
// tab; scripts run in it as strings; clicks, pointer moves and key presses are the driver's real
// input at the element's place on screen. What an engine's driver cannot observe (WebKit's
// classic WebDriver has no init scripts, console or network events) is recorded in the page
// (tests/engines/pages/record.js, put in each page by the test server) and in the server's
// request log, the same for every engine.
import { launchChromium } from './drivers/playwright.mjs';
import { launchFirefox } from './drivers/puppeteer.mjs';
import { launchWebDriver } from './drivers/webdriver.mjs';

/** The engines every cross-engine suite runs in, in this order. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];
const LAUNCHERS = {
  chromium: launchChromium,
  firefox: launchFirefox,
  webkit: size => launchWebDriver('webkit', size),
  wpe: size => launchWebDriver('wpe', size),
};

/** The engines of this run: `ENGINES=firefox,webkit` runs those only (default: all three). */
export function selected() {
  const want = (process.env.ENGINES || ENGINES.join(',')).split(',').map(e => e.trim()).filter(Boolean);
  for (const e of want) if (!ENGINES.includes(e)) throw new Error(`ENGINES: no engine "${e}" (known: ${ENGINES.join(', ')})`);
  return want;
}

const SIZE = { width: 1000, height: 900 };
const TIMEOUT = 20_000;

// Helpers every script run in a page can use. `$('host >>> .inner')`: a query that goes down
// into each element's shadow root (or an iframe's document) at each ` >>> `.
const PRELUDE = `const $ = (path, from = document) => {
  let node = from;
  for (const part of path.split(' >>> ')) {
    const scope = node.nodeType === 9 || node.nodeType === 11 ? node : node.tagName === 'IFRAME' ? node.contentDocument : node.shadowRoot;
    node = scope && scope.querySelector(part);
    if (!node) return null;
  }
  return node;
};
const $$ = (path, from = document) => {
  const parts = path.split(' >>> '), last = parts.pop();
  const scope = parts.length ? $(parts.join(' >>> '), from) : from;
  const inner = !scope ? null : scope.nodeType === 9 || scope.nodeType === 11 ? scope : scope.tagName === 'IFRAME' ? scope.contentDocument : scope.shadowRoot;
  return inner ? [...inner.querySelectorAll(last)] : [];
};`;

/** The in-page expression that calls `fn(...args)` with the helpers in scope. */
const expression = (fn, args) => `(() => { ${PRELUDE}\nreturn (${fn})(...${JSON.stringify(args)}); })()`;

/** One page in one engine: scripts, waits on conditions in the page, and real input. */
class Tab {
  constructor(engine, raw) {
    this.engine = engine;
    this.raw = raw;
  }

  /**
   * Goes to `url` and waits for its load event, or with `load: false` for the parsed document
   * only (not in WebKit, whose driver runs no script before the load event).
   */
  async goto(url, { load = true } = {}) {
    await this.raw.goto(url, { load });
    await this.waitFor(want => location.href === want && document.readyState !== 'loading', { args: [url], what: `${url} parsed` });
  }

  /** Runs `fn(...args)` in the page (`$` and `$$` in scope) and returns its JSON result. */
  eval(fn, ...args) { return this.raw.evaluate(expression(fn, args)); }

  /**
   * Polls `fn(...args)` in the page until it returns something truthy, and returns that. A
   * failing script counts as not yet (the page may be navigating).
   */
  async waitFor(fn, { args = [], timeout = TIMEOUT, what = String(fn) } = {}) {
    const end = Date.now() + timeout;
    let last, error;
    for (;;) {
      try {
        // An element found counts as true (elements do not cross to the test).
        last = await this.raw.evaluate(`(async () => { const v = await ${expression(fn, args)}; return v instanceof Node || v; })()`);
        error = null;
        if (last) return last;
      } catch (e) { error = e; }
      if (Date.now() > end) {
        throw new Error(`${this.engine}: waited ${timeout} ms for ${what}; last: ${error ? error.message : JSON.stringify(last)}`);
      }
      await new Promise(r => setTimeout(r, 100));
    }
  }

  /**
   * Where the element at `path` is on screen, scrolled to the middle of the viewport, once the
   * point hits it (and not something covering it).
   */
  point(path) {
    return this.waitFor(p => {
      const el = $(p);
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      const box = [...el.getClientRects()].find(r => r.width > 0 && r.height > 0);
      if (!box) return null;
      const x = box.left + box.width / 2, y = box.top + box.height / 2;
      let hit = document.elementFromPoint(x, y);
      while (hit && hit.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      return hit && (hit === el || el.contains(hit)) ? { x, y } : null;
    }, { args: [path], what: `${path} on screen, uncovered` });
  }

  /** A real click (the driver's mouse) on the element at `path`. */
  async click(path) {
    const { x, y } = await this.point(path);
    await this.raw.click(x, y);
  }

  /** The driver's pointer moved over the element at `path`. */
  async hover(path) {
    const { x, y } = await this.point(path);
    await this.raw.move(x, y);
  }

  /** A real key press through the driver: `Tab`, `Shift+Tab`, `Enter`, `Space`, `Escape`. */
  press(combo) { return this.raw.press(combo); }

  /** Slows the CPU down `rate` times where the engine can (Chromium); whether it did. */
  async throttleCpu(rate) {
    if (!this.raw.cpu) return false;
    await this.raw.cpu(rate);
    return true;
  }

  /** What the page recorded (pages/record.js): events, warnings, errors, fetches. */
  recorded() { return this.eval(() => window.__record || null); }

}

/**
 * Starts `name`. `open(url)` gives a fresh tab (its own storage and cache) on `url`, and closes
 * the one before: one tab at a time (WebKitWebDriver runs one session at a time), so a test
 * that fails midway leaves nothing open for the next.
 */
export async function launch(name) {
  const driver = await LAUNCHERS[name](SIZE);
  let current = null;
  const closeCurrent = async () => {
    const tab = current;
    current = null;
    await tab?.raw.close().catch(() => {});
  };
  return {
    name,
    get version() { return driver.version; },
    async open(url, options) {
      await closeCurrent();
      const tab = current = new Tab(name, await driver.newTab());
      tab.close = () => (current === tab ? closeCurrent() : Promise.resolve());
      if (url) await tab.goto(url, options);
      return tab;
    },
    async close() {
      await closeCurrent();
      await driver.close();
    },
  };
}
