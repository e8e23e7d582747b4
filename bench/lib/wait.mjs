// Bounded waits: every promise of the benchmark has a timeout, so a stuck page fails its
// section instead of hanging the run.
import { TIMEOUT } from './config.mjs';

/** `promise`, or a rejection naming `what` after `ms`. */
export function bounded(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}
export const sleep = ms => new Promise(r => setTimeout(r, ms));

/** Waits until `fn(arg)` is truthy in the page (polled every 50 ms). */
export const waitFor = (page, fn, arg, timeout = TIMEOUT.load, what = 'waiting in the page') => page.waitForFunction(fn, arg, { timeout, polling: 50 })
  .catch(e => { throw new Error(`${what}: ${String(e.message || e).split('\n')[0]}`); });

/** Waits until `count` embeds have fired `article-embed:mounted` and painted; fails on an error event. */
export const mountedPainted = (page, count, timeout) => waitFor(page, n => {
  const ev = window.__bench.ev;
  const err = ev.find(e => e.type === 'error');
  if (err) throw new Error('article-embed:error ' + JSON.stringify(err.detail));
  return ev.filter(e => e.type === 'mounted' && e.paint != null).length >= n;
}, count, timeout, `waiting for ${count} embed(s) mounted and painted`);
