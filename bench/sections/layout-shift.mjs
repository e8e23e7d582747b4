// 5. Layout shift while an above-the-fold embed loads: with the height attribute, without it,
// with the height attribute and the README's one <style> rule in the page's head, and with the
// host reserving the space in a style attribute.
import { PAUSE, RUNS, TIMEOUT } from '../lib/config.mjs';
import { pageSummary } from '../lib/in-page.mjs';
import { cls, fmtNum, say, stats, table } from '../lib/stats.mjs';
import { bounded, mountedPainted, sleep, waitFor } from '../lib/wait.mjs';

export const key = 'layoutShift';
export const title = '5. Layout shift while an above-the-fold embed loads';

/** Runs the section with the runner's state `b`; its figures go into `b.results`. */
export async function run(b) {
  const { results, withContext, open } = b;
  const measure = (height, reserve = false, rule = false) => withContext(async ctx => {
    const page = await ctx.newPage();
    await open(page, `/bench/many?n=1&height=${height ? 1 : 0}${reserve ? '&reserve=1' : ''}${rule ? '&rule=1' : ''}`);
    await mountedPainted(page, 1, TIMEOUT.mount);
    // Let the article's images load (they are part of what could shift), then one more paint.
    await waitFor(page, () => [...document.querySelector('article-embed').shadowRoot.querySelectorAll('img')]
      .every(i => i.complete || i.loading === 'lazy' && i.getBoundingClientRect().top > innerHeight + 1250), null, 5_000).catch(() => {});
    await page.evaluate(() => window.__bench.raf2());
    await sleep(PAUSE);
    const s = await page.evaluate(pageSummary, ['/dist/loader.js']);
    return { fcp: s.fcp, loaderEnd: s.ends['/dist/loader.js'], entries: s.ls, cls: cls(s.ls), sum: s.ls.filter(x => !x.input).reduce((a, x) => a + x.value, 0), shifts: s.ls.length, height: s.embeds[0].height, top: s.embeds[0].top };
  });
  const runs = { declared: [], none: [], rule: [], reserved: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.declared.push(await bounded(measure(true), 40_000, `CLS with height, run ${i + 1}`));
    runs.none.push(await bounded(measure(false), 40_000, `CLS without height, run ${i + 1}`));
    runs.rule.push(await bounded(measure(true, false, true), 40_000, `CLS with height and the README's rule, run ${i + 1}`));
    runs.reserved.push(await bounded(measure(true, true), 40_000, `CLS with height and host CSS, run ${i + 1}`));
  }
  const S = Object.fromEntries(Object.entries(runs).map(([k, R]) => [k, { cls: stats(R.map(r => r.cls)), shifts: stats(R.map(r => r.shifts)) }]));
  results.layoutShift = { summary: S, runs, page: '/bench/many?n=1 (embed 1 starts ~350 px from the top of a 720 px viewport)' };
  table('Cumulative layout shift until the embed is painted and its images loaded (median, min–max)', ['embed', 'CLS', 'layout-shift entries'], [
    ['with height="1800"', fmtNum(S.declared.cls, 4), fmtNum(S.declared.shifts)],
    ['without height', fmtNum(S.none.cls, 4), fmtNum(S.none.shifts)],
    ['height="1800" + the README\'s <style> rule in the head (the documented form)', fmtNum(S.rule.cls, 4), fmtNum(S.rule.shifts)],
    ['(reference) height="1800" + host style="display:block;min-height:1800px"', fmtNum(S.reserved.cls, 4), fmtNum(S.reserved.shifts)],
  ]);
  for (const [k, label] of [['declared', 'with height'], ['none', 'without height']]) {
    const r = runs[k][0];
    say(`run 1 ${label}: loader.js loaded at ${r.loaderEnd?.toFixed(0)} ms, first contentful paint at ${r.fcp?.toFixed(0)} ms; shifts:`);
    for (const e of r.entries) say(`  ${e.t.toFixed(0)} ms  ${e.value.toFixed(4)}  ${e.sources.map(x => `${x.node} y ${x.from[0]}→${x.to[0]}, h ${x.from[1]}→${x.to[1]}`).join('; ')}`);
  }
}
