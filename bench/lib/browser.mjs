// The benchmark's browser: Chromium started once, a fresh context (cold cache) per run, each
// with the in-page instrumentation, pages under a profile (bench/lib/profiles.mjs), and page
// loads that return their lines of the server log.
import { chromium } from 'playwright-core';
import { CHROMIUM, TIMEOUT, VIEWPORT } from './config.mjs';
import { instrument } from './in-page.mjs';
import { PROFILES, throttle } from './profiles.mjs';

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

/**
 * Contexts and page loads. `origins`: the server of each profile (by key); every server pushes
 * its requests to `log`. A page made by `newPage(ctx, profile)` is throttled and loads from its
 * profile's server; one made by `ctx.newPage()` is unthrottled, from the loopback server.
 */
export function harness({ browser, origins, log }) {
  const profileOf = new WeakMap();
  async function newContext() {
    const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
    await ctx.addInitScript(instrument);
    return ctx;
  }
  async function withContext(f) {
    const ctx = await newContext();
    try { return await f(ctx); } finally { await ctx.close().catch(() => {}); }
  }
  async function newPage(ctx, profile = PROFILES.loopback) {
    const page = await ctx.newPage();
    await throttle(ctx, page, profile);
    profileOf.set(page, profile);
    return page;
  }
  // Navigates and returns the server log lines of this load.
  async function open(page, path, { timeout = TIMEOUT.load } = {}) {
    const from = log.length;
    await page.goto(origins[(profileOf.get(page) || PROFILES.loopback).key] + path, { waitUntil: 'load', timeout });
    return () => log.slice(from);
  }
  return { newContext, withContext, newPage, open };
}
