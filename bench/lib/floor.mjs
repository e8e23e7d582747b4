// The plain-HTML floor of a host page: the same page with each embed's rendered shadow root
// inlined as declarative shadow DOM (the widget's own markup and css) and no script, generated
// from the widget's own rendering of that page; and one timed load of it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, TIMEOUT } from './config.mjs';
import { pageSummary } from './in-page.mjs';
import { say, fmtB } from './stats.mjs';
import { mountedPainted, sleep, waitFor } from './wait.mjs';

/** Where the floor of host page `of` is served (the route reads `generated`). */
export const floorPath = of => `/bench/static-floor?of=${encodeURIComponent(of)}`;

/** Generates the floor of host page `of`, keeps it in `generated` and writes it to bench/out/`file`. */
export async function makeFloor({ snap, withContext, open, generated }, of, file) {
  const css = readFileSync(join(snap.dist, snap.manifest.css), 'utf8');
  const floor = await withContext(async ctx => {
    const page = await ctx.newPage();
    await open(page, of);
    const n = await page.evaluate(() => document.querySelectorAll('article-embed, script[data-article]:not([data-ae])').length);
    await mountedPainted(page, Math.max(1, n), TIMEOUT.mount);
    await sleep(200);
    return page.evaluate(css => {
      const live = [...document.querySelectorAll('article-embed')];
      const clone = document.documentElement.cloneNode(true);
      for (const s of clone.querySelectorAll('script')) s.remove();
      const copies = [...clone.querySelectorAll('article-embed')];
      copies.forEach((c, i) => {
        c.setAttribute('data-bench-floor', ''); // the in-page instrumentation times its parsing
        c.innerHTML = `<template shadowrootmode="open"><style>${css}</style>${live[i].shadowRoot.innerHTML}</template>`;
      });
      return '<!doctype html>\n' + clone.outerHTML.split(location.origin).join('');
    }, css);
  });
  generated.set(of, floor);
  writeFileSync(join(OUT, file), floor);
  say(`static floor of ${of}: ${fmtB(floor.length)} B of HTML (bench/out/${file})`);
  return floor;
}

/** Loads the floor of `of` in `page`: FCP, load, its first and last article painted, long tasks before the first, and its requests. */
export async function floorLoad(open, page, of) {
  await open(page, floorPath(of));
  await waitFor(page, () => performance.getEntriesByName('first-contentful-paint').length > 0
    && window.__bench.ev.filter(e => e.type === 'static' && e.paint != null).length >= document.getElementsByTagName('article-embed').length, null, TIMEOUT.load);
  const s = await page.evaluate(pageSummary, []);
  const shown = s.ev.filter(e => e.type === 'static');
  const first = shown.find(e => e.idx === 0) || shown[0];
  // Long tasks (> 50 ms) that started before its first article painted: the host page's own
  // parsing and layout, which the widget's page pays as well.
  const longBefore = s.lt.filter(l => l.start < first.paint).reduce((a, l) => a + l.dur, 0);
  return { fcp: s.fcp, load: s.load, painted: first.paint, allPainted: Math.max(...shown.map(e => e.paint)), longBefore, document: s.document, resources: s.resources };
}
