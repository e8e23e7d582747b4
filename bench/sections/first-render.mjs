// 2. First render on the demo host page, cold and warm, against the static-HTML floor: the same
// page with each embed's rendered shadow root inlined as declarative shadow DOM and no script.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, RUNS, TIMEOUT } from '../lib/config.mjs';
import { pageSummary } from '../lib/in-page.mjs';
import { fmtB, fmtMs, ratio, say, stats, table } from '../lib/stats.mjs';
import { bounded, mountedPainted, sleep, waitFor } from '../lib/wait.mjs';

export const key = 'firstRender';
export const title = '2. First render on the demo host page (cold and warm cache) vs the static-HTML floor';

/** Runs the section with the runner's state `b`; its figures go into `b.results`. */
export async function run(b) {
  const { snap, results, generated, withContext, open } = b;
  const M = snap.manifest;
  // The floor page: the demo page with each embed's rendered shadow root inlined as declarative
  // shadow DOM with the widget css, and no scripts.
  const css = readFileSync(join(snap.dist, M.css), 'utf8');
  const floor = await withContext(async ctx => {
    const page = await ctx.newPage();
    await open(page, '/');
    const n = await page.evaluate(() => document.querySelectorAll('article-embed, script[data-article]:not([data-ae])').length);
    await mountedPainted(page, Math.max(1, n), TIMEOUT.mount);
    await sleep(200);
    return page.evaluate(css => {
      const live = [...document.querySelectorAll('article-embed')];
      const clone = document.documentElement.cloneNode(true);
      for (const s of clone.querySelectorAll('script')) s.remove();
      const copies = [...clone.querySelectorAll('article-embed')];
      copies.forEach((c, i) => {
        c.innerHTML = `<template shadowrootmode="open"><style>${css}</style>${live[i].shadowRoot.innerHTML}</template>`;
      });
      return '<!doctype html>\n' + clone.outerHTML.split(location.origin).join('');
    }, css);
  });
  generated.set('floor', floor);
  writeFileSync(join(OUT, 'floor.html'), floor);
  say(`static floor page: ${fmtB(floor.length)} B of HTML (bench/out/floor.html)`);

  const LOADER = '/dist/loader.js';
  const runs = { cold: [], warm: [], floorCold: [], floorWarm: [] };
  const widgetLoad = async (page, warm) => {
    await open(page, '/');
    const n = await page.evaluate(() => document.getElementsByTagName('article-embed').length);
    await mountedPainted(page, n, TIMEOUT.mount);
    const s = await page.evaluate(pageSummary, [LOADER]);
    const mounted = s.ev.filter(e => e.type === 'mounted');
    const main = mounted.find(e => (e.src || '').includes('closer-ties')) || mounted.find(e => e.idx === 0) || mounted[0];
    const loaderEnd = s.ends[LOADER];
    return {
      warm, loaderEnd, painted: main.paint, painted2: main.paint2, allPainted: Math.max(...mounted.map(e => e.paint)), fcp: s.fcp,
      fromLoader: main.paint - loaderEnd, allFromLoader: Math.max(...mounted.map(e => e.paint)) - loaderEnd, compiles: s.wasm.compiles,
    };
  };
  const floorLoad = async page => {
    await open(page, '/bench/static-floor');
    await waitFor(page, () => performance.getEntriesByName('first-contentful-paint').length > 0, null, TIMEOUT.wait);
    const s = await page.evaluate(pageSummary, []);
    return { fcp: s.fcp, load: s.load };
  };
  // Twice the runs of the other sections: the ratio divides two noisy medians.
  for (let i = 0; i < 2 * RUNS; i++) {
    await bounded(withContext(async ctx => {
      const page = await ctx.newPage();
      runs.cold.push(await widgetLoad(page, false));
      runs.warm.push(await widgetLoad(page, true));
    }), TIMEOUT.run, `first render run ${i + 1}`);
    await bounded(withContext(async ctx => {
      const page = await ctx.newPage();
      runs.floorCold.push(await floorLoad(page));
      runs.floorWarm.push(await floorLoad(page));
    }), TIMEOUT.run, `floor run ${i + 1}`);
  }
  const S = {};
  for (const k of ['cold', 'warm']) {
    S[k] = {
      loaderToPainted: stats(runs[k].map(r => r.fromLoader)), navToPainted: stats(runs[k].map(r => r.painted)),
      navToPainted2: stats(runs[k].map(r => r.painted2)),
      loaderToAllPainted: stats(runs[k].map(r => r.allFromLoader)), navToAllPainted: stats(runs[k].map(r => r.allPainted)),
      loaderEnd: stats(runs[k].map(r => r.loaderEnd)), hostFcp: stats(runs[k].map(r => r.fcp)),
    };
  }
  for (const [k, f] of [['cold', 'floorCold'], ['warm', 'floorWarm']]) {
    S[k].floorFcp = stats(runs[f].map(r => r.fcp));
    S[k].floorLoad = stats(runs[f].map(r => r.load));
    S[k].ratio = S[k].navToPainted && S[k].floorFcp ? S[k].navToPainted.median / S[k].floorFcp.median : null;
  }
  results.firstRender = { page: '/ (www/index.html, two embeds)', summary: S, runs };
  table('First render, demo host page (median, min–max; times from navigation start unless said)', ['measure', 'cold cache', 'warm cache'], [
    ['widget: loader.js loaded → article painted', fmtMs(S.cold.loaderToPainted), fmtMs(S.warm.loaderToPainted)],
    ['widget: navigation → article painted', fmtMs(S.cold.navToPainted), fmtMs(S.warm.navToPainted)],
    ['widget: navigation → the frame after (rAF×2, upper bound)', fmtMs(S.cold.navToPainted2), fmtMs(S.warm.navToPainted2)],
    ['widget: navigation → both embeds painted', fmtMs(S.cold.navToAllPainted), fmtMs(S.warm.navToAllPainted)],
    ['widget: navigation → loader.js loaded', fmtMs(S.cold.loaderEnd), fmtMs(S.warm.loaderEnd)],
    ['widget page: first contentful paint (host text)', fmtMs(S.cold.hostFcp), fmtMs(S.warm.hostFcp)],
    ['static floor: navigation → first contentful paint', fmtMs(S.cold.floorFcp), fmtMs(S.warm.floorFcp)],
    ['static floor: navigation → load event', fmtMs(S.cold.floorLoad), fmtMs(S.warm.floorLoad)],
    ['ratio widget/floor (article painted ÷ floor FCP)', ratio(S.cold.navToPainted?.median, S.cold.floorFcp?.median), ratio(S.warm.navToPainted?.median, S.warm.floorFcp?.median)],
  ]);
}
