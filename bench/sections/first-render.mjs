// 2. First render on the demo host page against its static-HTML floor (bench/lib/floor.mjs),
// under every profile (bench/lib/profiles.mjs), the floor in the same run.
import { RUNS, TIMEOUT } from '../lib/config.mjs';
import { floorLoad as loadFloor, makeFloor } from '../lib/floor.mjs';
import { pageSummary } from '../lib/in-page.mjs';
import { ACTIVE } from '../lib/profiles.mjs';
import { fmtMs, ratio, stats, table } from '../lib/stats.mjs';
import { bounded, mountedPainted } from '../lib/wait.mjs';
import { printWaterfall } from '../lib/waterfall.mjs';

export const key = 'firstRender';
export const title = '2. First render on the demo host page (cold and warm cache) vs the static-HTML floor';

const LOADER = '/dist/loader.js';
const isMain = e => (e.src || '').includes('closer-ties');

// One profile: widget and floor loads, cold (and warm when unthrottled), 2 × RUNS each.
async function measure({ withContext, newPage, open }, profile) {
  const widgetLoad = async (page, warm) => {
    await open(page, '/');
    const n = await page.evaluate(() => document.getElementsByTagName('article-embed').length);
    await mountedPainted(page, n, TIMEOUT.mount);
    const s = await page.evaluate(pageSummary, [LOADER]);
    const mounted = s.ev.filter(e => e.type === 'mounted');
    const main = mounted.find(isMain) || mounted.find(e => e.idx === 0) || mounted[0];
    const loaderEnd = s.ends[LOADER];
    return {
      warm, loaderEnd, painted: main.paint, painted2: main.paint2, allPainted: Math.max(...mounted.map(e => e.paint)), fcp: s.fcp,
      fromLoader: main.paint - loaderEnd, allFromLoader: Math.max(...mounted.map(e => e.paint)) - loaderEnd, compiles: s.wasm.compiles,
      document: s.document, resources: s.resources,
    };
  };
  const floorLoad = page => loadFloor(open, page, '/');
  const warmToo = !profile.throttle;
  const runs = { cold: [], warm: [], floorCold: [], floorWarm: [] };
  // Twice the runs of the other sections: the ratio divides two noisy medians.
  for (let i = 0; i < 2 * RUNS; i++) {
    await bounded(withContext(async ctx => {
      const page = await newPage(ctx, profile);
      runs.cold.push(await widgetLoad(page, false));
      if (warmToo) runs.warm.push(await widgetLoad(page, true));
    }), TIMEOUT.run, `first render run ${i + 1} (${profile.label})`);
    await bounded(withContext(async ctx => {
      const page = await newPage(ctx, profile);
      runs.floorCold.push(await floorLoad(page));
      if (warmToo) runs.floorWarm.push(await floorLoad(page));
    }), TIMEOUT.run, `floor run ${i + 1} (${profile.label})`);
  }
  const S = {};
  for (const [k, f] of [['cold', 'floorCold'], ['warm', 'floorWarm']]) {
    if (!runs[k].length) continue;
    S[k] = {
      loaderToPainted: stats(runs[k].map(r => r.fromLoader)), navToPainted: stats(runs[k].map(r => r.painted)),
      navToPainted2: stats(runs[k].map(r => r.painted2)),
      loaderToAllPainted: stats(runs[k].map(r => r.allFromLoader)), navToAllPainted: stats(runs[k].map(r => r.allPainted)),
      loaderEnd: stats(runs[k].map(r => r.loaderEnd)), hostFcp: stats(runs[k].map(r => r.fcp)),
      floorFcp: stats(runs[f].map(r => r.fcp)), floorLoad: stats(runs[f].map(r => r.load)),
      floorPainted: stats(runs[f].map(r => r.painted)), floorAllPainted: stats(runs[f].map(r => r.allPainted)),
    };
    S[k].ratio = S[k].navToPainted && S[k].floorFcp ? S[k].navToPainted.median / S[k].floorFcp.median : null;
    S[k].ratioPainted = S[k].navToPainted && S[k].floorPainted ? S[k].navToPainted.median / S[k].floorPainted.median : null;
  }
  return { runs, S };
}

// The run whose `key` is the median one (for the waterfall of a typical load).
const medianRun = (runs, key) => [...runs].sort((a, b) => a[key] - b[key])[runs.length >> 1];

/** Runs the section with the runner's state `b`; its figures go into `b.results`. */
export async function run(b) {
  const { results } = b;
  await makeFloor(b, '/', 'floor.html');

  results.firstRender = { page: '/ (www/index.html, two embeds)' };
  for (const profile of ACTIVE) {
    const { runs, S } = await measure(b, profile);
    const cols = Object.keys(S);
    const row = (label, f) => [label, ...cols.map(k => f(S[k]))];
    const header = `First render, demo host page, ${profile.label} (median, min–max; times from navigation start unless said)`;
    table(header, ['measure', ...cols.map(k => `${k} cache`)], [
      row('widget: loader.js loaded → article painted', s => fmtMs(s.loaderToPainted)),
      row('widget: navigation → article painted', s => fmtMs(s.navToPainted)),
      row('widget: navigation → the frame after (rAF×2, upper bound)', s => fmtMs(s.navToPainted2)),
      row('widget: navigation → both embeds painted', s => fmtMs(s.navToAllPainted)),
      row('widget: navigation → loader.js loaded', s => fmtMs(s.loaderEnd)),
      row('widget page: first contentful paint (host text)', s => fmtMs(s.hostFcp)),
      row('static floor: navigation → first contentful paint', s => fmtMs(s.floorFcp)),
      row('static floor: navigation → article painted', s => fmtMs(s.floorPainted)),
      row('static floor: navigation → both articles painted', s => fmtMs(s.floorAllPainted)),
      row('static floor: navigation → load event', s => fmtMs(s.floorLoad)),
      row('ratio widget/floor (article painted ÷ floor FCP)', s => ratio(s.navToPainted?.median, s.floorFcp?.median)),
      row('ratio widget/floor (article painted ÷ floor article painted)', s => ratio(s.navToPainted?.median, s.floorPainted?.median)),
    ]);
    const widget = medianRun(runs.cold, 'painted'), still = medianRun(runs.floorCold, 'painted');
    printWaterfall(`Requests of the median cold widget load, ${profile.label}`, widget, [['closer-ties article painted', widget.painted], ['both embeds painted', widget.allPainted]]);
    printWaterfall(`Requests of the median cold floor load, ${profile.label}`, still, [['first contentful paint', still.fcp], ['closer-ties article painted', still.painted]]);
    const out = { summary: S, runs, waterfall: { widget, floor: still } };
    if (profile.key === 'loopback') Object.assign(results.firstRender, out);
    else results.firstRender[profile.key] = out;
  }
}
