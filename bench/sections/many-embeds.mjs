// 4. Many embeds on one generated page (1, 10, 50, and none as the baseline): downloads,
// compilations, long tasks, times to painted, memory; and the same pages' plain-HTML floors.
import { MANY, RUNS, TIMEOUT, VIEWPORT } from '../lib/config.mjs';
import { floorLoad, makeFloor } from '../lib/floor.mjs';
import { pageSummary } from '../lib/in-page.mjs';
import { ACTIVE } from '../lib/profiles.mjs';
import { fmtB, fmtMB, fmtMs, fmtNum, ratio, say, stats, table } from '../lib/stats.mjs';
import { bounded, mountedPainted, sleep } from '../lib/wait.mjs';

export const key = 'manyEmbeds';
export const title = '4. Many embeds on one page (1, 10, 50), against the same page without embeds';

/** Runs the section with the runner's state `b` under each profile; its figures go into `b.results`. */
export async function run(b) {
  for (const n of MANY) await makeFloor(b, `/bench/many?n=${n}`, `floor-many-${n}.html`);
  for (const profile of ACTIVE) await measureProfile(b, profile);
}

async function measureProfile({ results, note, withContext, newPage, open }, profile) {
  const measure = async (n) => withContext(async ctx => {
    const page = await newPage(ctx, profile);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    const lines = await open(page, `/bench/many?n=${n}`);
    let s;
    if (n > 0) {
      await mountedPainted(page, 1, TIMEOUT.mount);
      const first = await page.evaluate(pageSummary, ['/dist/loader.js']);
      await mountedPainted(page, n, 90_000);
      s = await page.evaluate(pageSummary, ['/dist/loader.js']);
      s.firstSnapshot = first;
    } else {
      await sleep(500);
      s = await page.evaluate(pageSummary, []);
    }
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    await sleep(100);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = name => (metrics.find(m => m.name === name) || {}).value;
    const mounted = s.ev.filter(e => e.type === 'mounted').sort((a, b) => a.paint - b.paint);
    const firstPaint = mounted.length ? mounted[0].paint : null;
    const visibleIdx = s.embeds.map((e, i) => e.visible ? i : -1).filter(i => i >= 0);
    const visibleDone = visibleIdx.length ? Math.max(...visibleIdx.map(i => (mounted.find(e => e.idx === i) || {}).paint)) : null;
    const allDone = mounted.length ? Math.max(...mounted.map(e => e.paint)) : null;
    const ltBefore = t => t == null ? null : s.lt.filter(l => l.start < t).reduce((a, l) => a + l.dur, 0);
    const tbtBefore = t => t == null ? null : s.lt.filter(l => l.start < t).reduce((a, l) => a + Math.max(0, l.dur - 50), 0);
    const loaderEnd = s.ends['/dist/loader.js'] ?? null;
    return {
      n, mounted: mounted.length, wasmDownloads: lines().filter(p => p.endsWith('.wasm')).length,
      compiles: s.wasm.compiles, instances: s.wasm.instances, wasmCalls: s.wasm.calls, wasmMemory: s.wasm.memory,
      heap: metric('JSHeapUsedSize'), nodes: metric('Nodes'), listeners: metric('JSEventListeners'),
      firstPaint, firstFromLoader: firstPaint != null && loaderEnd != null ? firstPaint - loaderEnd : null,
      visible: visibleIdx.length, visibleDone, allDone,
      longBeforeFirst: ltBefore(firstPaint), longBeforeVisible: ltBefore(visibleDone), longBeforeAll: ltBefore(allDone),
      tbtBeforeVisible: tbtBefore(visibleDone), longtaskError: s.longtaskError,
      tasksBefore: firstPaint == null ? [] : s.lt.filter(l => l.start < firstPaint),
      framesBefore: firstPaint == null ? [] : s.loaf.filter(l => l.start < firstPaint && l.dur > 50),
    };
  });
  const runs = {}, floors = {};
  for (const n of [0, ...MANY]) {
    runs[n] = [];
    for (let i = 0; i < RUNS; i++) runs[n].push(await bounded(measure(n), 120_000, `${n} embeds, run ${i + 1} (${profile.label})`));
  }
  // The same pages as plain HTML (the floor), in the same run.
  for (const n of MANY) {
    floors[n] = [];
    for (let i = 0; i < RUNS; i++) {
      floors[n].push(await bounded(withContext(async ctx => floorLoad(open, await newPage(ctx, profile), `/bench/many?n=${n}`)), 120_000, `floor of ${n} embeds, run ${i + 1} (${profile.label})`));
    }
  }
  const base = stats(runs[0].map(r => r.heap));
  const S = {};
  for (const n of [0, ...MANY]) {
    const R = runs[n];
    S[n] = {
      wasmDownloads: stats(R.map(r => r.wasmDownloads)), compiles: stats(R.map(r => r.compiles)), instances: stats(R.map(r => r.instances)),
      longBeforeFirst: stats(R.map(r => r.longBeforeFirst)), longBeforeVisible: stats(R.map(r => r.longBeforeVisible)), longBeforeAll: stats(R.map(r => r.longBeforeAll)),
      tbtBeforeVisible: stats(R.map(r => r.tbtBeforeVisible)),
      heap: stats(R.map(r => r.heap)), wasmMemory: stats(R.map(r => r.wasmMemory)), nodes: stats(R.map(r => r.nodes)),
      added: stats(R.map(r => r.heap + r.wasmMemory - base.median)),
      firstPaint: stats(R.map(r => r.firstPaint)), firstFromLoader: stats(R.map(r => r.firstFromLoader)),
      visibleDone: stats(R.map(r => r.visibleDone)), allDone: stats(R.map(r => r.allDone)), visible: stats(R.map(r => r.visible)),
    };
    if (!n) continue;
    const F = floors[n];
    Object.assign(S[n], {
      floorFirst: stats(F.map(r => r.painted)), floorLong: stats(F.map(r => r.longBefore)), floorAll: stats(F.map(r => r.allPainted)), floorFcp: stats(F.map(r => r.fcp)),
      floorWire: stats(F.map(r => r.document?.size)), floorDecoded: stats(F.map(r => r.document?.decoded)),
    });
    S[n].ratioFirst = S[n].firstPaint && S[n].floorFirst ? S[n].firstPaint.median / S[n].floorFirst.median : null;
    S[n].ratioAll = S[n].allDone && S[n].floorAll ? S[n].allDone.median / S[n].floorAll.median : null;
  }
  const out = { summary: S, runs, floors, note: `visible = the embeds intersecting the ${VIEWPORT.width}×${VIEWPORT.height} viewport once all are mounted (scrolled to the top); heap after two forced GCs` };
  if (profile.key === 'loopback') results.manyEmbeds = { ...results.manyEmbeds, ...out };
  else results.manyEmbeds = { ...results.manyEmbeds, [profile.key]: out };
  const cols = MANY.map(n => `${n} embed${n > 1 ? 's' : ''}`);
  const row = (label, f) => [label, ...MANY.map(n => f(S[n]))];
  table(`Many embeds, ${profile.label} (median, min–max)`, ['measure', ...cols], [
    row('.wasm downloads (server log)', s => fmtNum(s.wasmDownloads)),
    row('wasm compilations (wrapped WebAssembly.*)', s => fmtNum(s.compiles)),
    row('embeds visible in the viewport', s => fmtNum(s.visible)),
    row('navigation → first embed painted', s => fmtMs(s.firstPaint)),
    row('loader.js loaded → first embed painted', s => fmtMs(s.firstFromLoader)),
    row('navigation → visible embeds painted', s => fmtMs(s.visibleDone)),
    row('navigation → all embeds painted', s => fmtMs(s.allDone)),
    row('long tasks before first embed painted', s => fmtMs(s.longBeforeFirst)),
    row('long tasks until visible embeds painted', s => fmtMs(s.longBeforeVisible)),
    row('long tasks until all embeds painted', s => fmtMs(s.longBeforeAll)),
    row('total blocking time until visible painted', s => fmtMs(s.tbtBeforeVisible)),
    row('JS heap used (after GC)', s => s.heap ? `${fmtMB(s.heap.median)} (${fmtMB(s.heap.min)}–${fmtMB(s.heap.max)})` : 'n/a'),
    row('wasm memory', s => s.wasmMemory ? `${fmtMB(s.wasmMemory.median)}` : 'n/a'),
    row(`added memory vs no embeds (${fmtMB(base?.median)} heap)`, s => s.added ? `${fmtMB(s.added.median)} (${fmtMB(s.added.min)}–${fmtMB(s.added.max)})` : 'n/a'),
    row('DOM nodes (CDP, incl. shadow trees)', s => fmtNum(s.nodes)),
    row('static floor: HTML on the wire / decoded (bytes)', s => `${fmtB(s.floorWire?.median)} / ${fmtB(s.floorDecoded?.median)}`),
    row('static floor: navigation → first article painted', s => fmtMs(s.floorFirst)),
    row('static floor: navigation → all articles painted', s => fmtMs(s.floorAll)),
    row('static floor: long tasks before first article painted', s => fmtMs(s.floorLong)),
    row('ratio first embed painted ÷ floor first article painted', s => ratio(s.firstPaint?.median, s.floorFirst?.median)),
    row('ratio all embeds painted ÷ floor all articles painted', s => ratio(s.allDone?.median, s.floorAll?.median)),
  ]);
  // Where the long tasks before the first paint went: each, and the long animation frames' scripts
  // (the run with the median first paint, per page).
  for (const n of MANY) {
    const R = [...runs[n]].sort((a, b) => a.firstPaint - b.firstPaint)[runs[n].length >> 1];
    const ms = v => `${Math.round(v)}`;
    const tasks = R.tasksBefore.map(t => `${ms(t.dur)} ms at ${ms(t.start)}`).join(', ') || 'none';
    say(`${n} embed${n > 1 ? 's' : ''}, ${profile.label}: long tasks before the first paint (${ms(R.firstPaint)} ms): ${tasks}`);
    for (const f of R.framesBefore) {
      const top = [...f.scripts].sort((a, b) => b.dur - a.dur).slice(0, 4).map(x => `${x.what} [${x.src}] ${ms(x.dur)}`).join('; ');
      say(`  frame at ${ms(f.start)}: ${ms(f.dur)} ms (blocking ${ms(f.blocking)}, render ${ms(f.render)}): ${top || 'no script'}`);
    }
  }
  const lterr = runs[1][0].longtaskError;
  if (lterr) note(`long tasks could not be observed: ${lterr}`);
}
