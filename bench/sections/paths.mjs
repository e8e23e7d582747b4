// 2b. The ways to show an article, side by side with the plain-HTML floor, under every
// profile: the script tag (`<article-embed src>` + the loader) with no pin (a document that was
// never published) and with a pinned fragment, as the embed codes of `article-embed publish` give
// it (the element form, the one-tag form, and the element form with the fragment preloaded in the
// page's head); the prerendered snippet (`article-embed render`, the loader beside it to
// hydrate); and the published embed page in an iframe (`embed/<lang>.html`), in the page's own
// iframe or in the one the loader's `mode="iframe"` makes. The same blog post around each; for
// each, the time to the article painted, the bytes fetched before it (and how many of them were
// wasm), when the wasm is asked for and when the widget is hydrated. Two more columns are
// experiments, not ways we offer: the script tag with every first-render file preloaded by the
// host page's head, and the pinned fragment with the stylesheet preloaded too (both name hashed
// files, which change with every release). The median loads of the pinned ways, of the snippet
// with and without the loader, and of the floor are printed as waterfalls.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUNS, ROOT, TIMEOUT } from '../lib/config.mjs';
import { floorLoad, floorPath, makeFloor } from '../lib/floor.mjs';
import { pageSummary } from '../lib/in-page.mjs';
import { hostPage, hostStyle } from '../lib/pages.mjs';
import { ACTIVE } from '../lib/profiles.mjs';
import { fmtB, fmtMs, fmtNum, ratio, stats, table } from '../lib/stats.mjs';
import { bounded, mountedPainted, waitFor } from '../lib/wait.mjs';
import { printWaterfall } from '../lib/waterfall.mjs';

export const key = 'paths';
export const title = '2b. Script tag (with and without a pinned fragment), prerendered snippet and iframe page vs the static-HTML floor';

// The columns, in order, by the name of their page.
const WAYS = {
  script: 'script tag, no pin', preloads: 'script tag + preloads (experiment)',
  pinned: 'pinned, element', pinnedOneTag: 'pinned, one tag', pinnedPreload: 'pinned + preload',
  pinnedCss: 'pinned + preload + css (experiment)', snippet: 'snippet + loader', snippetAlone: 'snippet alone',
  iframe: 'iframe page', iframeMode: 'mode="iframe"', floor: 'static floor',
};
const PINNED = ['pinned', 'pinnedOneTag', 'pinnedPreload', 'pinnedCss'];

const FOLDER = 'eu-kazakhstan-closer-ties';
const LANG = 'da';
// Published with a stand-in origin, replaced by the serving origin at each request.
const STAND_IN = 'http://bench.invalid';
const LINK = 'https://www.eureporter.co/world/kazakhstan/2022/06/21/eu-and-kazakhstan-aim-to-create-ever-closer-ties/';

/** Runs `article-embed publish` on the demo article into `out`, served at `base`, its embed codes naming `loader`. */
function publish(out, base, loader) {
  execFileSync('cargo', ['run', '--quiet', '--bin', 'article-embed', '--', 'publish', join(ROOT, 'www', 'articles', FOLDER),
    '--out', out, '--base', base, '--loader', loader], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return p => readFileSync(join(out, p), 'utf8');
}

/** The snippet and embed page, published with the stand-in origin (the route puts the serving one in). */
function prerendered() {
  const out = mkdtempSync(join(tmpdir(), 'article-embed-bench-'));
  try {
    const read = publish(out, `${STAND_IN}/articles/${FOLDER}/`, `${STAND_IN}/dist/loader.js`);
    return { snippet: read(`snippet/${LANG}.html`), embed: read(`embed/${LANG}.html`) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The embed codes of `origin` (a fragment's bytes cannot be edited after it is pinned, and they
 * name the origin of the article's images): published into the snapshot's www/, beside the demo
 * article, so the images' relative path leads to the same files.
 */
function pinnedCodes(www, origin, profile) {
  const folder = `${FOLDER}-pinned-${profile}`;
  const out = join(www, 'articles', folder);
  mkdirSync(out, { recursive: true });
  const read = publish(out, `${origin}/articles/${folder}/`, `${origin}/dist/loader.js`);
  const codes = JSON.parse(read('embed-codes.json'));
  return { loader: codes.loader, ...codes.languages.find(c => c.lang === LANG) };
}

// The in-page instrumentation times an `<article-embed data-bench-floor>` once parsed, as the floor's.
const marked = html => html.replace('<article-embed ', '<article-embed data-bench-floor ');
const withOrigin = (html, origin) => html.split(STAND_IN).join(origin);

/** Bytes on the wire of the document and every response that ended by `t` (ms). */
const bytesBy = (load, t) => [load.document, ...load.resources].filter(r => r && r.end <= t).reduce((n, r) => n + (r.size || 0), 0);

/** Bytes on the wire of the wasm requests started before `t` (ms): 0 when none was. */
const wasmBy = (load, t) => load.resources.filter(r => r.path.endsWith('.wasm') && r.start < t).reduce((n, r) => n + (r.size || 0), 0);

async function measure(b, profile, paths) {
  const { withContext, newPage, open } = b;
  const runs = Object.fromEntries(Object.keys(WAYS).map(k => [k, []]));
  const wasmAt = s => s.resources.find(r => r.path.endsWith('.wasm'))?.start ?? null;
  const loads = {
    script: page => live(page, paths.script),
    // The script tag with the host page naming our files in its head (the README does not
    // offer this: hashed names change with every release). Measured to know what it would give.
    preloads: page => live(page, paths.preloads),
    ...Object.fromEntries(PINNED.map(k => [k, page => pinned(page, paths[`${k}:${profile.key}`])])),
    snippet: page => prerendered(page, paths.snippet, true),
    // The snippet with no loader on the page: what the loader's own request costs the paint.
    snippetAlone: page => prerendered(page, paths.snippetAlone, false),
    iframe: page => framed(page, paths.iframe),
    iframeMode: page => framed(page, paths.iframeMode),
    floor: async page => {
      const f = await floorLoad(open, page, paths.script);
      return { painted: f.painted, bytes: bytesBy(f, f.painted), wasm: null, wasmBefore: 0, hydrated: null, load: f };
    },
  };
  // What every way reports of its load `s`, painted at `painted`.
  const figures = (s, painted, hydrated = null) => ({
    painted, bytes: bytesBy(s, painted), wasm: wasmAt(s), wasmBefore: wasmBy(s, painted), hydrated,
    load: { document: s.document, resources: s.resources },
  });
  // The live widget of a script-tag page, timed by its `mounted` event's next paint.
  async function live(page, path) {
    await open(page, path);
    await mountedPainted(page, 1, TIMEOUT.mount);
    const s = await page.evaluate(pageSummary, []);
    return figures(s, s.ev.find(e => e.type === 'mounted').paint);
  }
  // A pinned fragment, timed by the next paint after the loader painted it; then hydrated on
  // idle, waited for too. A fragment refused (the pin no longer holds) never paints: the run fails.
  async function pinned(page, path) {
    await open(page, path);
    await waitFor(page, () => window.__bench.ev.some(e => e.type === 'pinned' && e.paint != null), null, TIMEOUT.load, `the fragment of ${path} painted`);
    await mountedPainted(page, 1, TIMEOUT.mount);
    const s = await page.evaluate(pageSummary, []);
    return figures(s, s.ev.find(e => e.type === 'pinned').paint, s.ev.find(e => e.type === 'mounted').paint);
  }
  // The snippet in the page, timed as the floor is; with the loader, hydration comes when the
  // page is idle after load: waited for too, for its time.
  async function prerendered(page, path, hydrates) {
    await open(page, path);
    await waitFor(page, () => window.__bench.ev.some(e => e.type === 'static' && e.paint != null), null, TIMEOUT.load, `the snippet of ${path} painted`);
    if (hydrates) await mountedPainted(page, 1, TIMEOUT.mount);
    const s = await page.evaluate(pageSummary, []);
    return figures(s, s.ev.find(e => e.type === 'static').paint, hydrates ? s.ev.find(e => e.type === 'mounted').paint : null);
  }
  // The published embed page in an iframe: the page's own, or the one the loader's mode="iframe"
  // puts in the embed's shadow root.
  // Timed by the frame's first contentful paint: the article is all the page has (the in-page
  // instrumentation can come too late into a frame the loader makes, under the CPU slowdown).
  async function framed(page, path) {
    await open(page, path);
    const frame = () => document.querySelector('iframe') || document.querySelector('article-embed')?.shadowRoot?.querySelector('iframe');
    await waitFor(page, `(() => { try { return (${frame})().contentWindow.performance.getEntriesByName('first-contentful-paint').length > 0; } catch (e) { return false; } })()`,
      null, TIMEOUT.load, `the iframe page of ${path} painted`);
    const s = await page.evaluate(pageSummary, []);
    // The frame's times, on the top page's clock; its own requests counted with the page's.
    const inner = await page.evaluate(`(() => {
      const w = (${frame})().contentWindow, shift = w.performance.timeOrigin - performance.timeOrigin;
      const res = [w.performance.getEntriesByType('navigation')[0], ...w.performance.getEntriesByType('resource')]
        .map(r => ({ end: r.responseEnd + shift, size: r.encodedBodySize }));
      return { painted: w.performance.getEntriesByName('first-contentful-paint')[0].startTime + shift, res };
    })()`);
    // The frame's document is counted once: as the frame's navigation, not as the page's resource.
    const frameBytes = inner.res.filter(r => r.end <= inner.painted).reduce((n, r) => n + r.size, 0);
    const own = { ...s, resources: s.resources.filter(r => !r.path.startsWith('/bench/static-floor')) };
    return { ...figures(own, inner.painted), bytes: bytesBy(own, inner.painted) + frameBytes };
  }
  // Round i starts at the i-th way: what a load leaves behind (a wasm compiled, a context
  // closing) slows the next one, and each way follows each other in turn rather than always the
  // same one.
  const names = Object.keys(loads);
  for (let i = 0; i < RUNS; i++) {
    for (const name of [...names.slice(i % names.length), ...names.slice(0, i % names.length)]) {
      await bounded(withContext(async ctx => runs[name].push(await loads[name](await newPage(ctx, profile)))),
        TIMEOUT.run, `${name} run ${i + 1} (${profile.label})`);
    }
  }
  const S = Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, {
    painted: stats(r.map(x => x.painted)), paired: stats(r.map((x, i) => x.painted / runs.floor[i]?.painted)), bytes: stats(r.map(x => x.bytes)), wasmBefore: stats(r.map(x => x.wasmBefore)),
    wasm: stats(r.map(x => x.wasm)), hydrated: stats(r.map(x => x.hydrated)),
  }]));
  return { runs, S };
}

/** The run of `list` whose paint is the median one. */
const medianRun = list => [...list].sort((a, b) => a.painted - b.painted)[list.length >> 1];

/**
 * The host pages of the three ways and the floor, generated once into `b.generated` (the
 * engines section serves them too): their paths, by name (`script`, `preloads`, `snippet`,
 * `snippetAlone`, `iframe`, `iframeMode`, `embed`: the published embed page the iframes show).
 */
export async function threeWays(b) {
  if (b.threeWays) return b.threeWays;
  const { generated, snap, origins } = b;
  const style = hostStyle(snap.www);
  const published = prerendered();
  const around = (body, head = '') => hostPage({ style, head, body });
  const loader = '<script async src="/dist/loader.js"></script>';
  // Every file of the first render named in the head, as a host page could (the experiment).
  const m = snap.manifest, fetched = href => `<link rel="preload" as="fetch" crossorigin href="${href}">`;
  const preloads = [`<link rel="modulepreload" href="/dist/${m.js}">`, fetched(`/dist/${m.wasm}`), fetched(`/dist/${m.css}`),
    fetched(`/articles/${FOLDER}/article.json`), fetched(`/articles/${FOLDER}/${LANG}.json`), fetched(`/dist/${m.i18n}${LANG}.json`)].join('');
  const pages = {
    script: around(`    <article-embed src="/articles/${FOLDER}/article.json" lang="${LANG}">\n      <a href="${LINK}">EU and Kazakhstan aim to create "ever closer" ties</a>\n    </article-embed>`, loader),
    preloads: around(`    <article-embed src="/articles/${FOLDER}/article.json" lang="${LANG}">\n      <a href="${LINK}">EU and Kazakhstan aim to create "ever closer" ties</a>\n    </article-embed>`, preloads + loader),
    snippet: around(marked(published.snippet), loader),
    snippetAlone: around(marked(published.snippet)),
    iframe: around('    <iframe src="/bench/static-floor?of=paths%3Aembed" title="EU and Kazakhstan aim to create &quot;ever closer&quot; ties" style="display:block;width:100%;height:1800px;border:0"></iframe>'),
    iframeMode: around(`    <article-embed src="/articles/${FOLDER}/article.json" lang="${LANG}" mode="iframe" embed="/bench/static-floor?of=paths%3Aembed" height="1800">\n      <a href="${LINK}">EU and Kazakhstan aim to create "ever closer" ties</a>\n    </article-embed>`, loader),
    embed: marked(published.embed),
    // The snippet 3,000 px below the fold, for a reader who never scrolls to it (engines section).
    farSnippet: around(`    <div style="height:3000px"></div>\n${published.snippet}`, loader),
  };
  // The pinned ways, with each profile's own codes: the element form with the loader once in
  // the head; the one-tag form where the article goes; the element form with the fragment's
  // preload beside the loader; and that with the stylesheet preloaded too (the experiment).
  for (const profile of ACTIVE) {
    const c = pinnedCodes(snap.www, origins[profile.key], profile.key);
    const css = `<link rel="preload" as="fetch" crossorigin href="/dist/${m.css}">`;
    Object.assign(pages, {
      [`pinned:${profile.key}`]: around(`    ${c.element}`, c.loader),
      [`pinnedOneTag:${profile.key}`]: around(`    ${c.one_tag}`),
      [`pinnedPreload:${profile.key}`]: around(`    ${c.element}`, c.preload + c.loader),
      [`pinnedCss:${profile.key}`]: around(`    ${c.element}`, c.preload + css + c.loader),
    });
  }
  // The generated pages are served by the floor's route; the stand-in origin becomes the server's.
  for (const name of Object.keys(pages)) generated.set(`paths:${name}`, origin => withOrigin(pages[name], origin));
  const paths = Object.fromEntries(Object.keys(pages).map(n => [n, floorPath(`paths:${n}`)]));
  await makeFloor(b, paths.script, 'floor-paths.html');
  return (b.threeWays = paths);
}

/** Runs the section with the runner's state `b`; its figures go into `b.results.paths`. */
export async function run(b) {
  const { results } = b;
  const paths = await threeWays(b);
  results.paths = { page: 'a blog post with one embed, Danish', lang: LANG };
  for (const profile of ACTIVE) {
    const { runs, S } = await measure(b, profile, paths);
    const cols = Object.keys(WAYS);
    table(`The ways vs the floor, ${profile.label} (median, min–max, from navigation start; cold cache)`,
      ['measure', ...Object.values(WAYS)], [
        ['article painted', ...cols.map(k => fmtMs(S[k].painted))],
        ['ratio to the floor', ...cols.map(k => ratio(S[k].painted?.median, S.floor.painted?.median))],
        // Each run's ratio to the floor loaded in the same round, then their median: a machine
        // whose speed drifts between rounds moves both sides of each ratio alike.
        ['ratio to the floor, paired by run', ...cols.map(k => fmtNum(S[k].paired, 2, '×'))],
        ['bytes on the wire before the article painted', ...cols.map(k => fmtNum(S[k].bytes, 0, ' B'))],
        ['of which wasm (requests started before the paint)', ...cols.map(k => fmtNum(S[k].wasmBefore, 0, ' B'))],
        ['wasm asked for at', ...cols.map(k => fmtMs(S[k].wasm))],
        ['hydrated (mounted, painted)', ...cols.map(k => fmtMs(S[k].hydrated))],
      ]);
    for (const k of [...PINNED.slice(0, 3), 'snippet', 'snippetAlone', 'floor']) {
      const r = medianRun(runs[k]);
      printWaterfall(`Requests of the median load, ${WAYS[k]}, ${profile.label}`, r.load,
        [['article painted', r.painted], ...(r.hydrated == null ? [] : [['hydrated', r.hydrated]])]);
    }
    // The raw figures without each load's requests.
    results.paths[profile.key] = { summary: S, runs: Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, r.map(({ load, ...x }) => x)])) };
  }
}
