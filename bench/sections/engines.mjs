// 2c. The three ways in each engine: Chromium, Firefox ESR and WebKitGTK (scripts/engines), each
// against its own static floor, in the same run. The network is shaped by the bench's own server
// (the phone's 150 ms per request and 1.6 Mbps, per connection; gzip), the same for every engine
// and for the floor, instead of the DevTools protocol only Chromium has; the CPU is slowed 4×
// where the engine can be (Chromium) and nowhere else, which the table says. Pages carry the
// bench's in-page instrumentation as their first script (WebKit's driver has no init scripts).
// Then, per engine, the bytes a reader downloads from a page whose snippet is 3,000 px below
// the fold, in the seconds after its load, without moving.
import { launch, ENGINES } from '../../scripts/engines/engines.mjs';
import { serve } from '../../scripts/server.mjs';
import { RUNS, TIMEOUT } from '../lib/config.mjs';
import { instrument, pageSummary } from '../lib/in-page.mjs';
import { PROFILES } from '../lib/profiles.mjs';
import { fmtB, fmtMs, ratio, say, stats, table } from '../lib/stats.mjs';
import { bounded, sleep } from '../lib/wait.mjs';
import { threeWays } from './paths.mjs';

export const key = 'engines';
export const title = '2c. The three ways in Chromium, Firefox and WebKit, each against its own floor';

const PHONE = PROFILES.phone.throttle;
/** The network every engine gets from the server: the phone profile's latency and downlink. */
const SHAPE = { latency: PHONE.latency, bandwidth: PHONE.downloadThroughput };
/** How long the far-snippet page is watched after its load, with no input (a measuring window). */
const WATCH_MS = 3000;
const WAYS = ['floor', 'script', 'snippet', 'iframe'];
const widgetFile = p => /^\/dist\/(article-embed\.|i18n\.)/.test(p) || /^\/articles\/.*\.json/.test(p);

/** `html` with the bench's instrumentation as the first script of its head. */
const instrumented = html => html.replace(/<head>/i, '<head><script src="/bench/instrument.js"></script>');

/** The engine's pages, generated from the paths section's: each way instrumented, the iframe's page too. */
function pages(b, paths) {
  const of = path => b.generated.get(decodeURIComponent(path.split('of=')[1]));
  const made = {
    floor: () => instrumented(b.generated.get(paths.script)),
    script: origin => instrumented(of(paths.script)(origin)),
    snippet: origin => instrumented(of(paths.snippet)(origin)),
    embed: origin => instrumented(of(paths.embed)(origin)),
    iframe: origin => instrumented(of(paths.iframe)(origin)).replace('of=paths%3Aembed', 'of=engines%3Aembed'),
    farSnippet: origin => instrumented(of(paths.farSnippet)(origin)),
  };
  for (const [name, page] of Object.entries(made)) b.generated.set(`engines:${name}`, page);
  return Object.fromEntries(Object.keys(made).map(n => [n, `/bench/static-floor?of=engines%3A${n}`]));
}

/** In the page: when its article was painted (ms from navigation start), once it has been. */
function paintedIn(way) {
  const ev = (w, type) => w.__bench?.ev.find(e => e.type === type && e.paint != null);
  if (way === 'iframe') {
    const w = document.querySelector('iframe')?.contentWindow;
    const e = w && ev(w, 'static');
    return e ? e.paint + w.performance.timeOrigin - performance.timeOrigin : null;
  }
  return ev(window, way === 'script' ? 'mounted' : 'static')?.paint ?? null;
}

/** One cold load of `path` in a fresh tab: when the article painted, and when the wasm was asked for (the script tag's). */
async function load(engine, origin, path, way) {
  const tab = await engine.open();
  const slowed = engine.name === 'chromium' && await tab.throttleCpu(PHONE.cpu);
  await tab.goto(origin + path);
  const painted = await tab.waitFor(paintedIn, { args: [way], timeout: TIMEOUT.mount, what: `${way} painted in ${engine.name}` });
  const s = await tab.eval(pageSummary, []);
  await tab.close();
  return { painted, wasm: s.resources.find(r => r.path.endsWith('.wasm'))?.start ?? null, slowed };
}

/** The far-snippet page: the bytes sent in the window after its load, the widget's files apart. */
async function far(engine, origin, path, sent) {
  const tab = await engine.open();
  const from = sent.length;
  await tab.goto(origin + path);
  await sleep(WATCH_MS);
  const got = sent.slice(from);
  await tab.close();
  const widget = got.filter(r => widgetFile(new URL(r.path, origin).pathname));
  return {
    total: got.reduce((n, r) => n + r.bytes, 0), widget: widget.reduce((n, r) => n + r.bytes, 0),
    wasm: widget.some(r => r.path.includes('.wasm')),
  };
}

/** Runs the section with the runner's state `b`; its figures go into `b.results.engines`. */
export async function run(b) {
  const paths = pages(b, await threeWays(b));
  const sent = [];
  const routes = { ...b.routes, '/bench/instrument.js': (req, res, url, send) => send(200, { 'content-type': 'text/javascript' }, `(${instrument})();`) };
  const server = await serve({ mounts: b.mounts, routes, log: b.log, compress: ['gzip'], shape: SHAPE, sent });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const out = b.results.engines = { network: SHAPE, cpu: { chromium: PHONE.cpu }, watchMs: WATCH_MS };
  say(`network shaped by the server: ${SHAPE.latency} ms per request, ${(SHAPE.bandwidth * 8 / 1e6).toFixed(1)} Mbps per connection, gzip; `
    + `CPU ${PHONE.cpu}× slower in Chromium (DevTools protocol); Firefox and WebKit have no CPU throttling: full speed`);
  try {
    for (const name of ENGINES) {
      const engine = await launch(name);
      try {
        const runs = Object.fromEntries(WAYS.map(w => [w, []]));
        for (let i = 0; i < RUNS; i++) {
          for (const way of WAYS) {
            runs[way].push(await bounded(load(engine, origin, paths[way], way), TIMEOUT.run, `${name} ${way} run ${i + 1}`));
          }
        }
        const farRuns = [];
        for (let i = 0; i < Math.min(RUNS, 3); i++) farRuns.push(await bounded(far(engine, origin, paths.farSnippet, sent), TIMEOUT.run, `${name} far snippet`));
        out[name] = {
          version: engine.version, cpu: runs.floor[0].slowed ? PHONE.cpu : 1,
          painted: Object.fromEntries(WAYS.map(w => [w, stats(runs[w].map(r => r.painted))])),
          wasm: Object.fromEntries(WAYS.map(w => [w, stats(runs[w].map(r => r.wasm))])),
          far: farRuns, runs,
        };
      } finally {
        await engine.close();
      }
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
  const E = ENGINES.filter(n => out[n]);
  const head = ['measure', ...E.map(n => `${n} ${out[n].version} (CPU ${out[n].cpu}×)`)];
  const LABEL = { floor: 'static floor', script: 'script tag', snippet: 'snippet + loader', iframe: 'iframe page' };
  table('The three ways per engine, article painted (median, min–max, from navigation start; cold; the server\'s phone network)', head, [
    ...WAYS.map(w => [LABEL[w], ...E.map(n => fmtMs(out[n].painted[w]))]),
    ...WAYS.filter(w => w !== 'floor').map(w => [`${LABEL[w]} / floor`, ...E.map(n => ratio(out[n].painted[w]?.median, out[n].painted.floor?.median))]),
    ['wasm asked for at (script tag)', ...E.map(n => fmtMs(out[n].wasm.script))],
  ]);
  const med = xs => stats(xs)?.median;
  table(`A snippet 3,000 px below the fold, the reader not moving: bytes sent in the ${WATCH_MS / 1000} s after the page's load event (median of ${Math.min(RUNS, 3)})`, head, [
    ['everything (the page, the loader, the snippet\'s image, and what came after)', ...E.map(n => fmtB(med(out[n].far.map(r => r.total))))],
    ['the widget\'s files (glue, wasm, css, documents, catalogues)', ...E.map(n => fmtB(med(out[n].far.map(r => r.widget))))],
    ['the wasm requested', ...E.map(n => out[n].far.map(r => (r.wasm ? 'yes' : 'no')).join(' '))],
  ]);
}
