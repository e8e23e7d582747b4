// 3. Language switch on the demo page: click → article-embed:language → next paint, for a
// switch that fetches and two cached ones.
import { PAUSE, RUNS, TIMEOUT } from '../lib/config.mjs';
import { ACTIVE } from '../lib/profiles.mjs';
import { fmtMs, stats, table } from '../lib/stats.mjs';
import { bounded, waitFor } from '../lib/wait.mjs';

export const key = 'languageSwitch';
export const title = '3. Language switch (eu-kazakhstan-closer-ties)';

/** Runs the section with the runner's state `b` under each profile; its figures go into `b.results`. */
export async function run(b) {
  for (const profile of ACTIVE) await measure(b, profile);
}

async function measure({ results, withContext, newPage, open, log }, profile) {
  const steps = [['ar', 'da → ar (not cached: article file + UI catalogue fetched)'], ['en', 'ar → en (cached: inline in the document)'], ['da', 'en → da (cached: loaded at first render)']];
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await bounded(withContext(async ctx => {
      const page = await newPage(ctx, profile);
      await open(page, '/');
      // Every embed on the page shown, then a reader's pause: the switch is timed on a quiet page.
      await waitFor(page, () => window.__bench.ev.filter(e => e.type === 'mounted' && e.paint != null).length >= document.getElementsByTagName('article-embed').length, null, TIMEOUT.mount);
      await page.waitForTimeout(PAUSE);
      const out = {};
      for (const [lang] of steps) {
        const from = log.length;
        out[lang] = await page.evaluate(({ lang, timeout }) => new Promise((resolve, reject) => {
          const el = [...document.getElementsByTagName('article-embed')].find(e => (e.getAttribute('src') || '').includes('closer-ties'));
          const a = el.shadowRoot.querySelector(`#ae-lang-list a[data-lang="${lang}"]`);
          if (!a) return reject(new Error(`no link for ${lang}`));
          const timer = setTimeout(() => reject(new Error(`no article-embed:language for ${lang} within ${timeout / 1000} s`)), timeout);
          el.addEventListener('article-embed:language', e => {
            const t1 = performance.now();
            // Painted: the next paint after the event (in-page.mjs); rAF×2 (the frame after) is
            // kept as an upper bound.
            window.__bench.nextPaint().then(() => {
              const t2 = performance.now();
              requestAnimationFrame(() => {
                clearTimeout(timer);
                resolve({ event: t1 - t0, painted: t2 - t0, raf2: performance.now() - t0, lang: e.detail && e.detail.lang, shown: el.shadowRoot.querySelector('[lang]')?.getAttribute('lang') });
              });
            });
          }, { once: true });
          const t0 = performance.now();
          a.click();
        }), { lang, timeout: TIMEOUT.wait });
        out[lang].fetched = log.slice(from);
        await page.waitForTimeout(PAUSE); // a reader's pause: each switch starts from a quiet page
        if (out[lang].lang !== lang) throw new Error(`switched to ${out[lang].lang}, wanted ${lang}`);
      }
      return out;
    }), TIMEOUT.run, `language switch run ${i + 1} (${profile.label})`));
  }
  const S = Object.fromEntries(steps.map(([l]) => [l, { event: stats(runs.map(r => r[l].event)), painted: stats(runs.map(r => r[l].painted)), raf2: stats(runs.map(r => r[l].raf2)) }]));
  const cachedPainted = stats(runs.flatMap(r => [r.en.painted, r.da.painted]));
  const cachedRaf2 = stats(runs.flatMap(r => [r.en.raf2, r.da.raf2]));
  const out = { summary: S, cachedPainted, cachedRaf2, fetchedFirstRun: Object.fromEntries(steps.map(([l]) => [l, runs[0][l].fetched])), runs };
  if (profile.key === 'loopback') results.languageSwitch = { ...results.languageSwitch, ...out };
  else results.languageSwitch = { ...results.languageSwitch, [profile.key]: out };
  table(`Language switch, ${profile.label}: click → article-embed:language → next paint (rAF + task) and the frame after (rAF×2)`, ['switch', 'click → event', 'click → next paint', 'click → rAF×2', 'requests (run 1)'],
    [...steps.map(([l, label]) => [label, fmtMs(S[l].event), fmtMs(S[l].painted), fmtMs(S[l].raf2), runs[0][l].fetched.join(' ') || 'none']),
      ['cached, both switches together', '', fmtMs(cachedPainted), fmtMs(cachedRaf2), '']]);
}
