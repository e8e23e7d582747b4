// The benchmark's browser: Chromium started once, a fresh context (cold cache) per run, each
// with the in-page instrumentation, and page loads that return their lines of the server log.
import { chromium } from 'playwright-core';
import { CHROMIUM, TIMEOUT, VIEWPORT } from './config.mjs';
import { instrument } from './in-page.mjs';

/** Starts headless Chromium; no host name but this machine resolves. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      // Nothing but this machine: any other host name fails at once instead of waiting for DNS.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    timeout: TIMEOUT.run,
  });
}

/** Contexts and page loads against the server at `origin`, whose requests are pushed to `log`. */
export function harness({ browser, origin, log }) {
  async function newContext() {
    const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
    await ctx.addInitScript(instrument);
    return ctx;
  }
  async function withContext(f) {
    const ctx = await newContext();
    try { return await f(ctx); } finally { await ctx.close().catch(() => {}); }
  }
  // Navigates and returns the server log lines of this load.
  async function open(page, path, { timeout = TIMEOUT.load } = {}) {
    const from = log.length;
    await page.goto(origin + path, { waitUntil: 'load', timeout });
    return () => log.slice(from);
  }
  return { newContext, withContext, open };
}
