// 6. Peers: bytes of lite-youtube-embed, vanilla-cookieconsent and shariff against ours, and
// their time from script loaded to painted against our first render and consent banner.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAUSE, ROOT, RUNS, TIMEOUT } from '../lib/config.mjs';
import { pageSummary } from '../lib/in-page.mjs';
import { compressed, fmtB, fmtMs, ratio, say, stats, sum, table } from '../lib/stats.mjs';
import { bounded, sleep, waitFor } from '../lib/wait.mjs';

export const key = 'peers';
export const title = '6. Peers';

/** Runs the section with the runner's state `b`; its figures go into `b.results`. */
export async function run(b) {
  const { results, note, newContext, withContext, open, peers: PEERS, poster } = b;
  const ours = results.bytes?.files ?? {};
  const peers = {};
  for (const [name, p] of Object.entries(PEERS)) {
    if (!p.installed) { peers[name] = { installed: false }; continue; }
    const files = p.files.map(f => ({ name: f, ...compressed(readFileSync(join(p.dir, f))) }));
    peers[name] = { installed: true, version: p.version, files, total: sum(files) };
  }
  // lite-youtube-embed ships unminified source: also its size minified with the esbuild we use.
  if (peers['lite-youtube-embed']?.installed) {
    const p = PEERS['lite-youtube-embed'];
    const min = p.files.map(f => ({ name: f + ' (esbuild --minify)', ...compressed(execFileSync(join(ROOT, 'node_modules', '.bin', 'esbuild'), [join(p.dir, f), '--minify', '--log-level=warning'])) }));
    peers['lite-youtube-embed'].minified = sum(min);
  }
  results.peers = peers;
  const o = ours.code;
  const rows = [['ours: loader+glue+wasm+css', '', fmtB(o?.raw), fmtB(o?.gzip), fmtB(o?.brotli), '']];
  for (const [name, p] of Object.entries(peers)) {
    if (!p.installed) { rows.push([name, 'not installed', 'n/a', 'n/a', 'n/a', 'n/a']); continue; }
    rows.push([`${name} ${p.version}`, p.files.map(f => f.name).join(' + '), fmtB(p.total.raw), fmtB(p.total.gzip), fmtB(p.total.brotli), ratio(o?.gzip, p.total.gzip)]);
    if (p.minified) rows.push([`${name} minified`, 'same, esbuild --minify', fmtB(p.minified.raw), fmtB(p.minified.gzip), fmtB(p.minified.brotli), ratio(o?.gzip, p.minified.gzip)]);
  }
  table('Bytes: our widget code vs each peer\'s JS+CSS', ['', 'files', 'raw', 'gzip -9', 'brotli 11', 'ours/theirs (gzip)'], rows);

  // What shariff really fetches for one row of buttons (its css pulls Font Awesome web fonts).
  if (peers.shariff.installed) {
    const fetched = await bounded(withContext(async ctx => {
      const page = await ctx.newPage();
      const lines = await open(page, '/bench/shariff');
      await waitFor(page, () => document.querySelectorAll('.shariff li').length > 0, null, TIMEOUT.wait);
      await page.evaluate(() => document.fonts.ready);
      await sleep(PAUSE);
      return lines().filter(l => l.startsWith('/peers/'));
    }), 40_000, 'shariff page');
    const bytes = fetched.map(l => ({ name: l.replace('/peers/shariff/', ''), ...compressed(readFileSync(join(PEERS.shariff.dir, l.replace('/peers/shariff/', '')))) }));
    peers.shariff.realLoad = { fetched, total: sum(bytes) };
    say(`shariff, real page load (7 buttons): fetched ${fetched.map(l => l.replace('/peers/shariff/', '')).join(', ')}` +
      ` = ${fmtB(sum(bytes).raw)} B raw, ${fmtB(sum(bytes).gzip)} B gzip, ${fmtB(sum(bytes).brotli)} B brotli (fonts are already compressed);` +
      ` ours/theirs (gzip) ${ratio(o?.gzip, sum(bytes).gzip)}`);
  }

  // lite-youtube-embed: script loaded → facade painted (element upgraded with its play button,
  // and the poster painted). The poster is a local 480×360 PNG stand-in.
  const timing = { lite: { cold: [], warm: [] }, consent: { cold: [], warm: [] }, ourConsent: { cold: [], warm: [] } };
  if (peers['lite-youtube-embed'].installed) {
    const liteLoad = async page => {
      await open(page, '/bench/lite-youtube');
      await waitFor(page, () => customElements.get('lite-youtube') && document.querySelector('lite-youtube .lyt-playbtn'), null, TIMEOUT.wait, 'waiting for lite-youtube to upgrade');
      await waitFor(page, () => window.__bench.el.some(e => e.id === 'lite-poster'), null, 5_000).catch(() => {});
      const s = await page.evaluate(pageSummary, ['/peers/lite-youtube-embed/lite-yt-embed.js', '/bench/poster.png']);
      const scriptEnd = s.ends['/peers/lite-youtube-embed/lite-yt-embed.js'];
      const posterPaint = (s.el.find(e => e.id === 'lite-poster') || {}).render || null;
      return { scriptEnd, posterPaint, posterEnd: s.ends['/bench/poster.png'] };
    };
    // Exact upgrade paint: a MutationObserver in the page sees the play button go in.
    const liteCtx = async () => {
      const ctx = await newContext();
      await ctx.addInitScript(() => {
        const B = window.__bench;
        new MutationObserver((records, obs) => {
          if (document.querySelector('lite-youtube .lyt-playbtn')) {
            obs.disconnect();
            const t = performance.now();
            B.nextPaint().then(() => { B.liteUpgrade = { t, paint: performance.now() }; });
          }
        }).observe(document, { childList: true, subtree: true });
      });
      return ctx;
    };
    for (let i = 0; i < RUNS; i++) {
      const ctx = await liteCtx();
      try {
        const page = await ctx.newPage();
        for (const k of ['cold', 'warm']) {
          const r = await bounded(liteLoad(page), TIMEOUT.load, `lite-youtube ${k} run ${i + 1}`);
          await waitFor(page, () => window.__bench.liteUpgrade, null, 5_000, 'waiting for the lite-youtube upgrade paint');
          r.upgradePaint = (await page.evaluate(() => window.__bench.liteUpgrade)).paint;
          r.facade = Math.max(r.upgradePaint, r.posterPaint ?? Infinity) - r.scriptEnd;
          r.upgradeOnly = r.upgradePaint - r.scriptEnd;
          timing.lite[k].push(r);
        }
      } finally { await ctx.close().catch(() => {}); }
    }
  }
  // vanilla-cookieconsent: script loaded → cc:onModalShow → painted (next paint).
  if (peers['vanilla-cookieconsent'].installed) {
    for (let i = 0; i < RUNS; i++) {
      const ctx = await newContext();
      try {
        await ctx.addInitScript(() => {
          window.addEventListener('cc:onModalShow', e => {
            const t = performance.now();
            window.__bench.nextPaint().then(async () => {
              const cc = { t, paint: performance.now(), modal: e.detail && e.detail.modalName };
              // Its entrance is a CSS transition (opacity, transform): also the first frame in
              // which the banner is fully opaque with no transition running (≤ 3 s).
              const frame = () => new Promise(r => requestAnimationFrame(r));
              for (let i = 0; i < 180; i++) {
                const cm = document.querySelector('#cc-main .cm');
                const running = cm && cm.getAnimations({ subtree: true }).some(a => a.playState === 'running');
                if (cm && getComputedStyle(cm).opacity === '1' && getComputedStyle(cm).visibility === 'visible' && !running) break;
                await frame();
              }
              cc.settled = performance.now();
              window.__bench.cc = cc;
            });
          });
        });
        const page = await ctx.newPage();
        for (const k of ['cold', 'warm']) {
          if (k === 'warm') await ctx.clearCookies(); // no consent given: the banner shows again
          await bounded(open(page, '/bench/cookieconsent'), TIMEOUT.load, `cookieconsent ${k} run ${i + 1}`);
          await waitFor(page, () => window.__bench.cc, null, TIMEOUT.wait, 'waiting for the cookie banner (cc:onModalShow)');
          const s = await page.evaluate(pageSummary, ['/peers/vanilla-cookieconsent/cookieconsent.umd.js']);
          const cc = await page.evaluate(() => ({ ...window.__bench.cc, visible: !!document.querySelector('#cc-main .cm') && getComputedStyle(document.querySelector('#cc-main .cm')).visibility !== 'hidden' }));
          const end = s.ends['/peers/vanilla-cookieconsent/cookieconsent.umd.js'];
          timing.consent[k].push({ scriptEnd: end, shown: cc.paint, modal: cc.modal, visible: cc.visible, banner: cc.paint - end, settled: cc.settled - end });
        }
      } finally { await ctx.close().catch(() => {}); }
    }
  }
  // Ours: on the demo page (an ad creative, so the consent banner shows with the first
  // article): loader.js loaded → the embed holding the banner painted (its mounted event +
  // next paint, the same clock as vanilla-cookieconsent's). Our banner has no entrance transition.
  for (let i = 0; i < RUNS; i++) {
    await bounded(withContext(async ctx => {
      const page = await ctx.newPage();
      for (const k of ['cold', 'warm']) {
        await open(page, '/');
        await waitFor(page, () => window.__bench.ev.some(e => e.type === 'mounted' && e.paint != null
          && document.getElementsByTagName('article-embed')[e.idx]?.shadowRoot?.querySelector('section.ae-consent')), null, TIMEOUT.mount, 'waiting for our consent banner');
        const s = await page.evaluate(pageSummary, ['/dist/loader.js']);
        const shown = await page.evaluate(() => window.__bench.ev.find(e => e.type === 'mounted'
          && document.getElementsByTagName('article-embed')[e.idx]?.shadowRoot?.querySelector('section.ae-consent')).paint);
        timing.ourConsent[k].push({ scriptEnd: s.ends['/dist/loader.js'], shown, banner: shown - s.ends['/dist/loader.js'] });
      }
    }), TIMEOUT.run, `our consent banner run ${i + 1}`);
  }
  const T = {
    ourConsent: { cold: stats(timing.ourConsent.cold.map(r => r.banner)), warm: stats(timing.ourConsent.warm.map(r => r.banner)) },
    liteFacade: { cold: stats(timing.lite.cold.map(r => r.facade)), warm: stats(timing.lite.warm.map(r => r.facade)) },
    liteUpgrade: { cold: stats(timing.lite.cold.map(r => r.upgradeOnly)), warm: stats(timing.lite.warm.map(r => r.upgradeOnly)) },
    consent: { cold: stats(timing.consent.cold.map(r => r.banner)), warm: stats(timing.consent.warm.map(r => r.banner)) },
    consentSettled: { cold: stats(timing.consent.cold.map(r => r.settled)), warm: stats(timing.consent.warm.map(r => r.settled)) },
  };
  if (timing.lite.cold.some(r => r.posterPaint == null)) note('lite-youtube: no element-timing entry for the poster in some runs; those runs count the upgrade only');
  const ourOne = results.manyEmbeds?.summary?.[1]?.firstFromLoader;
  const ourDemo = results.firstRender?.summary;
  results.peers.timing = { summary: T, runs: timing, ours: { oneEmbedColdLoaderToPainted: ourOne, demoColdLoaderToPainted: ourDemo?.cold?.loaderToPainted, demoWarmLoaderToPainted: ourDemo?.warm?.loaderToPainted } };
  table('Time from the script loaded to painted (median, min–max)', ['measure', 'ours', 'theirs (cold)', 'theirs (warm)', 'ours/theirs (cold)'], [
    ['first render (ours: one embed, cold) vs lite-youtube facade with poster', fmtMs(ourOne), fmtMs(T.liteFacade.cold), fmtMs(T.liteFacade.warm), ratio(ourOne?.median, T.liteFacade.cold?.median)],
    ['ours on the demo page (cold / warm) vs lite-youtube facade', `${fmtMs(ourDemo?.cold?.loaderToPainted)} / ${fmtMs(ourDemo?.warm?.loaderToPainted)}`, fmtMs(T.liteFacade.cold), fmtMs(T.liteFacade.warm), ratio(ourDemo?.cold?.loaderToPainted?.median, T.liteFacade.cold?.median)],
    ['lite-youtube: element upgraded (play button) painted', '', fmtMs(T.liteUpgrade.cold), fmtMs(T.liteUpgrade.warm), ''],
    ['consent banner shown (ours: demo page, cold; with its article) vs vanilla-cookieconsent', fmtMs(T.ourConsent.cold), fmtMs(T.consent.cold), fmtMs(T.consent.warm), ratio(T.ourConsent.cold?.median, T.consent.cold?.median)],
    ['ours, warm cache (second load, no decision given)', fmtMs(T.ourConsent.warm), '', '', ratio(T.ourConsent.warm?.median, T.consent.warm?.median) + ' (warm)'],
    ['consent banner fully opaque (ours: no entrance transition)', fmtMs(T.ourConsent.cold), fmtMs(T.consentSettled.cold), fmtMs(T.consentSettled.warm), ratio(T.ourConsent.cold?.median, T.consentSettled.cold?.median)],
  ]);
  say('(lite-youtube\'s poster is a local 480×360 PNG stand-in, ' + fmtB(poster.length) + ' B; its real poster is on i.ytimg.com, unreachable here. Its time counts the stand-in\'s paint (Element Timing renderTime).)');
}
