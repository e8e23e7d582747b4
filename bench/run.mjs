// The benchmark of article-embed: bytes, first render, language switch, many embeds, layout
// shift, peers and the wasm size breakdown. Prints one table per section and writes
// bench/results.json. Run with `npm run bench` (builds first) or `node bench/run.mjs`
// (uses the dist/ already built). BENCH_RUNS=n changes the number of runs of each timed measure.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as Z, deflateSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { sizes } from '../scripts/budgets.mjs';
import { serve } from '../scripts/server.mjs';
import { ensureTwiggy } from './setup.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'bench');
const OUT = join(BENCH, 'out');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 7);
const MANY = [1, 10, 50];
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 720 };
const ARTICLE = '/articles/eu-kazakhstan-closer-ties/article.json';
const ARTICLE_LINK = 'https://www.eureporter.co/world/kazakhstan/2022/06/21/eu-and-kazakhstan-aim-to-create-ever-closer-ties/';
const started = Date.now();

// ---------------------------------------------------------------------------------------------
// Small helpers

const results = { started: new Date(started).toISOString(), runs: RUNS, machine: {}, notes: [], errors: {} };
const say = (...a) => console.log(...a);
const note = msg => { results.notes.push(msg); say(`note: ${msg}`); };

function bounded(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}
const sleep = ms => new Promise(r => setTimeout(r, ms));

function stats(values) {
  const v = values.filter(x => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}
const round = (x, d = 1) => x == null ? null : Math.round(x * 10 ** d) / 10 ** d;
const fmtMs = s => s ? `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})` : 'n/a';
const fmtNum = (s, d = 0, unit = '') => s ? `${s.median.toFixed(d)}${unit} (${s.min.toFixed(d)}–${s.max.toFixed(d)})` : 'n/a';
const fmtB = n => n == null ? 'n/a' : n.toLocaleString('en-US');
const fmtKB = n => n == null ? 'n/a' : `${(n / 1024).toFixed(1)} KiB`;
const fmtMB = n => n == null ? 'n/a' : `${(n / 1048576).toFixed(2)} MiB`;
const ratio = (a, b) => (a == null || b == null || !b) ? 'n/a' : `${(a / b).toFixed(2)}×`;

function table(title, headers, rows) {
  const cells = [headers, ...rows].map(r => r.map(c => c == null ? '' : String(c)));
  const w = headers.map((_, i) => Math.max(...cells.map(r => (r[i] || '').length)));
  const line = r => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  say(`\n${title}`);
  say(line(cells[0]));
  say(w.map(n => '-'.repeat(n)).join('  '));
  for (const r of cells.slice(1)) say(line(r));
}

function compressed(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [Z.BROTLI_PARAM_QUALITY]: Z.BROTLI_MAX_QUALITY, [Z.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}
const sum = list => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20, ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}: ${(r.stderr || '').slice(-500)}`);
  return r.stdout;
}

// A stand-in poster for lite-youtube (its real one is on a host this machine cannot reach):
// a 480×360 PNG, the size of YouTube's hqdefault.jpg, with a blocky noisy gradient so it weighs what a real poster does (~40 KB).
function posterPng() {
  const W = 480, H = 360;
  const raw = Buffer.alloc((W * 3 + 1) * H);
  for (let y = 0; y < H; y++) {
    raw[y * (W * 3 + 1)] = 0;
    for (let x = 0; x < W; x++) {
      // Noise in 8×8 blocks: compresses to tens of KB, like a real poster JPEG.
      const h = Math.imul((Math.imul(x >> 3, 73856093) ^ Math.imul(y >> 3, 19349663)) >>> 0, 2654435761) >>> 0;
      const n = (h >>> 27) & 15;
      const o = y * (W * 3 + 1) + 1 + x * 3;
      raw[o] = (40 + x / 4 + n) & 255; raw[o + 1] = (30 + y / 3 + n) & 255; raw[o + 2] = (90 + n) & 255;
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = buf => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 255] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(W, 0); ihdr.writeUInt32BE(H, 4); ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// Runs in every page before its own scripts: records the widget's events (with the time of the
// next paint after them, and rAF×2), long tasks, layout shifts, and wraps WebAssembly's compile and
// instantiate functions to count compilations and keep the instances' memories.
function instrument() {
  const B = window.__bench = { ev: [], lt: [], ls: [], el: [], wasm: { compiles: 0, instances: 0, calls: {}, memories: [] } };
  const raf2 = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  // The next paint: a task queued from a rAF callback runs right after that frame's rendering
  // update (as INP's "next paint"); rAF×2, the start of the frame after, is kept as upper bound.
  const nextPaint = () => new Promise(r => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => r();
    ch.port2.postMessage(0);
  }));
  B.raf2 = raf2;
  B.nextPaint = nextPaint;
  for (const type of ['article-embed:mounted', 'article-embed:error', 'article-embed:language']) {
    document.addEventListener(type, e => {
      const t = performance.now(), el = e.target;
      const rec = {
        type: type.slice(14), src: el.getAttribute && el.getAttribute('src'),
        idx: Array.prototype.indexOf.call(document.getElementsByTagName('article-embed'), el),
        detail: e.detail ? JSON.parse(JSON.stringify(e.detail)) : null, t, paint: null, paint2: null,
      };
      B.ev.push(rec);
      nextPaint().then(() => { rec.paint = performance.now(); });
      raf2().then(() => { rec.paint2 = performance.now(); });
    }, true);
  }
  const observe = (type, f) => { try { new PerformanceObserver(l => l.getEntries().forEach(f)).observe({ type, buffered: true }); } catch (e) { B[type + 'Error'] = String(e); } };
  observe('longtask', e => B.lt.push({ start: e.startTime, dur: e.duration }));
  const describe = n => !n ? 'gone' : n.nodeType === 3 ? '#text' : (n.localName + (n.id ? '#' + n.id : '') + (n.className && typeof n.className === 'string' ? '.' + n.className.trim().split(/\s+/)[0] : ''));
  const rect = r => [Math.round(r.y), Math.round(r.height)];
  observe('layout-shift', e => B.ls.push({
    t: e.startTime, value: e.value, input: e.hadRecentInput,
    sources: (e.sources || []).map(s => ({ node: describe(s.node), from: rect(s.previousRect), to: rect(s.currentRect) })),
  }));
  observe('element', e => B.el.push({ id: e.identifier, render: e.renderTime, load: e.loadTime }));
  const W = window.WebAssembly, S = B.wasm;
  if (!W) return;
  const keep = inst => { try { for (const v of Object.values(inst.exports)) if (v instanceof W.Memory && !S.memories.includes(v)) S.memories.push(v); } catch (e) { /* not an instance */ } };
  const seen = r => { const inst = r instanceof W.Instance ? r : r && r.instance; if (inst) { S.instances++; keep(inst); } return r; };
  const count = n => { S.calls[n] = (S.calls[n] || 0) + 1; };
  const wrap = (name, compiles, instantiates) => {
    const orig = W[name];
    if (typeof orig !== 'function') return;
    W[name] = function (...args) {
      count(name);
      if (compiles(args)) S.compiles++;
      const p = orig.apply(this, args);
      return instantiates ? p.then(seen) : p;
    };
  };
  wrap('instantiate', a => !(a[0] instanceof W.Module), true);
  wrap('instantiateStreaming', () => true, true);
  wrap('compile', () => true, false);
  wrap('compileStreaming', () => true, false);
  try {
    const M = W.Module, I = W.Instance;
    W.Module = new Proxy(M, { construct(t, a, nt) { count('Module'); S.compiles++; return Reflect.construct(t, a, nt); } });
    W.Instance = new Proxy(I, { construct(t, a, nt) { count('Instance'); const i = Reflect.construct(t, a, nt); S.instances++; keep(i); return i; } });
  } catch (e) { /* leave the constructors alone */ }
}

// In-page: a summary of what __bench recorded, with the resource timing of the given paths.
function pageSummary(paths) {
  const B = window.__bench;
  const res = performance.getEntriesByType('resource').map(r => ({ path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd, size: r.encodedBodySize }));
  const first = p => { const r = res.find(x => x.path === p); return r ? r.end : null; };
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    ev: B.ev, lt: B.lt, ls: B.ls, el: B.el,
    wasm: { compiles: B.wasm.compiles, instances: B.wasm.instances, calls: B.wasm.calls, memory: B.wasm.memories.reduce((s, m) => s + m.buffer.byteLength, 0) },
    ends: Object.fromEntries(paths.map(p => [p, first(p)])),
    fcp: fcp ? fcp.startTime : null, load: nav ? nav.loadEventEnd : null, dcl: nav ? nav.domContentLoadedEventEnd : null,
    resources: res,
    embeds: [...document.getElementsByTagName('article-embed')].map(el => {
      const r = el.getBoundingClientRect();
      return { state: el.getAttribute('data-state'), visible: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth, top: r.top, height: r.height };
    }),
  };
}

// Standard CLS: the largest session window (gaps < 1 s, windows ≤ 5 s) of shifts without input.
function cls(shifts) {
  let best = 0, cur = 0, winStart = -Infinity, last = -Infinity;
  for (const s of shifts.filter(s => !s.input).sort((a, b) => a.t - b.t)) {
    if (s.t - last > 1000 || s.t - winStart > 5000) { cur = 0; winStart = s.t; }
    cur += s.value; last = s.t; best = Math.max(best, cur);
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Snapshot of dist/ and www/ (others may rebuild or edit them while this runs)

function snapshot() {
  const dir = mkdtempSync(join(tmpdir(), 'ae-bench-'));
  for (let attempt = 1; attempt <= 10; attempt++) {
    let budget, manifest;
    try {
      budget = sizes();
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
      cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
      manifest = JSON.parse(readFileSync(join(dir, 'dist', 'manifest.json'), 'utf8'));
      const need = ['loader.js', manifest.js, manifest.wasm, manifest.css, manifest.i18n + 'da.json'];
      const same = [budget.glue.name === manifest.js, budget.wasm.name === manifest.wasm, budget.css.name === manifest.css].every(Boolean);
      if (need.every(f => existsSync(join(dir, 'dist', f))) && same) {
        cpSync(join(ROOT, 'www'), join(dir, 'www'), { recursive: true });
        const wasmIn = join(ROOT, 'target', 'web', 'article_embed_bg.wasm');
        if (existsSync(wasmIn)) cpSync(wasmIn, join(dir, 'article_embed_bg.wasm'));
        return { dir, dist: join(dir, 'dist'), www: join(dir, 'www'), manifest, budget };
      }
    } catch (e) { /* a build is writing dist/: try again */ }
    say(`bench: dist/ is being rebuilt; waiting (attempt ${attempt})`);
    spawnSync('sleep', ['2']);
  }
  throw new Error('dist/ stayed incomplete: run node scripts/build.mjs first');
}

// ---------------------------------------------------------------------------------------------
// Host pages

function hostStyle(www) {
  try {
    const m = /<style>([\s\S]*?)<\/style>/.exec(readFileSync(join(www, 'index.html'), 'utf8'));
    if (m) return m[1];
  } catch (e) { /* fall through */ }
  return 'body{margin:0;font:18px/1.6 Georgia,serif;color:#222;background:#fbfaf7}main{max-width:46rem;margin:0 auto;padding:1.5rem}';
}

function hostPage({ style, head = '', body, tail = '' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Notes from Brussels — benchmark host page</title>
<style>${style}</style>
${head}
</head>
<body>
<header class="site"><a href="/">Notes from Brussels</a></header>
<main>
  <article>
    <h1>Central Asia week: what the EU and Kazakhstan agreed</h1>
    <p class="meta">A blog post by a reader.</p>
    <p>This week I have been reading about the EU's relations with Kazakhstan. EU Reporter published a
      report on the 19th Cooperation Council; here it is.</p>
${body}
    <p>That is all for this week.</p>
  </article>
</main>
<footer>Benchmark host page of article-embed.</footer>
${tail}
</body>
</html>`;
}

function manyPage(style, n, height, reserve) {
  // reserve: the host also reserves the space itself, before any script runs.
  const embed = i => `    <article-embed src="${ARTICLE}" lang="da"${height ? ' height="1800"' : ''}${reserve ? ' style="display:block;min-height:1800px"' : ''}>
      <a href="${ARTICLE_LINK}">EU and Kazakhstan aim to create "ever closer" ties (EU Reporter)</a>
    </article-embed>
    <p>The host's own paragraph number ${i + 1}, between the embeds.</p>`;
  return hostPage({
    style,
    head: n > 0 ? '<script async src="/dist/loader.js"></script>' : '',
    body: Array.from({ length: n }, (_, i) => embed(i)).join('\n'),
  });
}

const LITE_VIDEO = 'ogfYd705cRs';
const litePage = style => hostPage({
  style,
  head: '<link rel="stylesheet" href="/peers/lite-youtube-embed/lite-yt-embed.css">\n<script async src="/peers/lite-youtube-embed/lite-yt-embed.js"></script>',
  body: `    <lite-youtube videoid="${LITE_VIDEO}" playlabel="Play: a video about the EU and Kazakhstan" elementtiming="lite-poster"
      style="background-image: url('/bench/poster.png')"></lite-youtube>`,
});

const consentPage = style => hostPage({
  style,
  head: '<link rel="stylesheet" href="/peers/vanilla-cookieconsent/cookieconsent.css">',
  body: '',
  tail: `<script src="/peers/vanilla-cookieconsent/cookieconsent.umd.js"></script>
<script>
CookieConsent.run({
  // Its default hides the banner from automated browsers (navigator.webdriver): off, to measure it.
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: { default: 'en', translations: { en: {
    consentModal: { title: 'We use cookies', description: 'Cookies help us run this blog.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Manage preferences' },
    preferencesModal: { title: 'Cookie preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save', closeIconLabel: 'Close',
      sections: [ { title: 'Strictly necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' }, { title: 'Analytics', description: 'Anonymous statistics.', linkedCategory: 'analytics' } ] }
  } } }
});
</script>`,
});

const shariffPage = style => hostPage({
  style,
  head: '<link rel="stylesheet" href="/peers/shariff/shariff.complete.css">',
  body: `    <div class="shariff" data-url="${ARTICLE_LINK}" data-services='["twitter","facebook","linkedin","whatsapp","telegram","mail","info"]'></div>`,
  tail: '<script src="/peers/shariff/shariff.complete.js"></script>',
});

// ---------------------------------------------------------------------------------------------
// Setup: snapshot, server, browser

const snap = snapshot();
const M = snap.manifest;
const STYLE = hostStyle(snap.www);
mkdirSync(OUT, { recursive: true });
const PEERS = {
  'lite-youtube-embed': { dir: join(ROOT, 'node_modules', 'lite-youtube-embed', 'src'), files: ['lite-yt-embed.js', 'lite-yt-embed.css'] },
  'vanilla-cookieconsent': { dir: join(ROOT, 'node_modules', 'vanilla-cookieconsent', 'dist'), files: ['cookieconsent.umd.js', 'cookieconsent.css'] },
  shariff: { dir: join(ROOT, 'node_modules', 'shariff', 'dist'), files: ['shariff.complete.js', 'shariff.complete.css'] },
};
for (const [name, p] of Object.entries(PEERS)) {
  p.installed = p.files.every(f => existsSync(join(p.dir, f)));
  if (p.installed) {
    try { p.version = JSON.parse(readFileSync(join(p.dir, '..', 'package.json'), 'utf8')).version; } catch (e) { p.version = '?'; }
  } else note(`${name} is not installed (npm install --save-dev --save-exact ${name}): its figures are n/a`);
}

const log = [];
const poster = posterPng();
const pages = new Map();
const html = body => (req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }); res.end(body); };
const routes = {
  '/bench/many': (req, res, url) => html(manyPage(STYLE, Number(url.searchParams.get('n') || 0), url.searchParams.get('height') !== '0', url.searchParams.get('reserve') === '1'))(req, res),
  '/bench/poster.png': (req, res) => { res.writeHead(200, { 'content-type': 'image/png', 'content-length': poster.length, 'cache-control': 'no-cache' }); res.end(poster); },
  '/bench/lite-youtube': html(litePage(STYLE)),
  '/bench/cookieconsent': html(consentPage(STYLE)),
  '/bench/shariff': html(shariffPage(STYLE)),
  '/bench/static-floor': (req, res) => pages.has('floor') ? html(pages.get('floor'))(req, res) : (res.writeHead(404), res.end()),
};
const mounts = [['/', snap.www], ['/dist/', snap.dist]];
for (const [name, p] of Object.entries(PEERS)) if (p.installed) mounts.push([`/peers/${name}/`, p.dir]);
const server = await serve({ port: 0, mounts, routes, log });
const ORIGIN = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run',
    // Nothing but this machine: any other host name fails at once instead of waiting for DNS.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  timeout: 60_000,
});

let finished = false;
async function shutdown(code) {
  if (finished) return;
  finished = true;
  results.seconds = round((Date.now() - started) / 1000, 1);
  try { writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n'); } catch (e) { console.error(e); }
  await bounded(browser.close(), 20_000, 'closing the browser').catch(() => {});
  server.closeAllConnections?.();
  server.close();
  rmSync(snap.dir, { recursive: true, force: true });
  process.exit(code);
}
// The whole run is bounded: whatever is done by then is written, the rest reported missing.
const WATCHDOG_MIN = Number(process.env.BENCH_MAX_MINUTES) || 14;
setTimeout(() => {
  console.error(`bench: stopped after ${WATCHDOG_MIN} minutes; results so far are in bench/results.json`);
  results.errors.watchdog = `stopped after ${WATCHDOG_MIN} minutes`;
  shutdown(2);
}, WATCHDOG_MIN * 60_000).unref();

async function newContext() {
  const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
  await ctx.addInitScript(instrument);
  return ctx;
}
async function withContext(f) {
  const ctx = await newContext();
  try { return await f(ctx); } finally { await ctx.close().catch(() => {}); }
}
// Navigates and returns the server log lines of this load.
async function open(page, path, { timeout = 30_000 } = {}) {
  const from = log.length;
  await page.goto(ORIGIN + path, { waitUntil: 'load', timeout });
  return () => log.slice(from);
}
const waitFor = (page, fn, arg, timeout = 30_000, what = 'waiting in the page') => page.waitForFunction(fn, arg, { timeout, polling: 50 })
  .catch(e => { throw new Error(`${what}: ${String(e.message || e).split('\n')[0]}`); });
const mountedPainted = (page, count, timeout) => waitFor(page, n => {
  const ev = window.__bench.ev;
  const err = ev.find(e => e.type === 'error');
  if (err) throw new Error('article-embed:error ' + JSON.stringify(err.detail));
  return ev.filter(e => e.type === 'mounted' && e.paint != null).length >= n;
}, count, timeout, `waiting for ${count} embed(s) mounted and painted`);

// BENCH_ONLY=firstRender,languageSwitch runs only those sections (for iterating on one figure).
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null;
async function section(key, title, f) {
  if (ONLY && !ONLY.includes(key)) return;
  say(`\n=== ${title} ===`);
  const t0 = Date.now();
  try {
    await f();
  } catch (e) {
    results.errors[key] = String(e && e.stack || e);
    say(`${title}: FAILED: ${e && e.message || e}`);
  }
  say(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

// ---------------------------------------------------------------------------------------------
// Machine

{
  const meminfo = (() => { try { return readFileSync('/proc/meminfo', 'utf8'); } catch (e) { return ''; } })();
  const memTotal = /MemTotal:\s+(\d+)/.exec(meminfo);
  let nproc = null;
  try { nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()); } catch (e) { nproc = cpus().length; }
  results.machine = {
    nproc, cpu: cpus()[0] && cpus()[0].model, memory: memTotal ? Number(memTotal[1]) * 1024 : totalmem(), memoryFree: freemem(),
    os: `${platform()} ${release()}`, node: process.version, chromium: browser.version(),
    chromiumBinary: (() => { try { return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch (e) { return null; } })(),
    playwrightCore: JSON.parse(readFileSync(join(ROOT, 'node_modules', 'playwright-core', 'package.json'), 'utf8')).version,
    viewport: VIEWPORT, build: { js: M.js, wasm: M.wasm, css: M.css, i18n: M.i18n },
  };
  const m = results.machine;
  say(`article-embed benchmark — ${RUNS} runs per timed measure`);
  say(`machine: ${m.nproc} cores (${m.cpu}), ${(m.memory / 2 ** 30).toFixed(1)} GiB memory, ${m.os}`);
  say(`node ${m.node}, Chromium ${m.chromium} (headless=new, ${VIEWPORT.width}×${VIEWPORT.height}), playwright-core ${m.playwrightCore}`);
  say(`build: ${M.js} ${M.wasm} ${M.css} ${M.i18n}`);
}

// ---------------------------------------------------------------------------------------------
// 1. Bytes

const ours = {};
await section('bytes', '1. Bytes of the first render of one embed', async () => {
  const B = snap.budget;
  const files = { loader: 'loader.js', glue: M.js, wasm: M.wasm, css: M.css, catalogue: M.i18n + 'da.json' };
  for (const [role, name] of Object.entries(files)) {
    const c = compressed(readFileSync(join(snap.dist, name)));
    // gzip figures: scripts/budgets.mjs sizes() (the same function the budget check uses).
    if (B[role] && B[role].name === name) {
      if (B[role].gzip !== c.gzip) note(`${role}: budgets.mjs gzip ${B[role].gzip} ≠ ${c.gzip}`);
      c.gzip = B[role].gzip;
    }
    ours[role] = { name, ...c };
  }
  ours.total = sum(['loader', 'glue', 'wasm', 'css', 'catalogue'].map(r => ours[r]));
  ours.code = sum(['loader', 'glue', 'wasm', 'css'].map(r => ours[r]));
  results.bytes = { files: ours, budgetTotalGzipLargestCatalogue: B.total.gzip, largestCatalogue: B.catalogue.name };
  table('Bytes fetched for the first render of one embed (without the article document)', ['file', 'raw', 'gzip -9', 'brotli 11', 'name'],
    [...['loader', 'glue', 'wasm', 'css', 'catalogue'].map(r => [r, fmtB(ours[r].raw), fmtB(ours[r].gzip), fmtB(ours[r].brotli), ours[r].name]),
      ['total', fmtB(ours.total.raw), fmtB(ours.total.gzip), fmtB(ours.total.brotli), '']]);
  say(`(budgets.mjs total with the largest catalogue, ${B.catalogue.name}: ${fmtB(B.total.gzip)} B gzip)`);

  // Verification: what a real page with one embed fetches (the server log), cold cache.
  const net = await withContext(async ctx => {
    const page = await ctx.newPage();
    const lines = await open(page, '/bench/many?n=1');
    await mountedPainted(page, 1, 20_000);
    await sleep(300);
    const s = await page.evaluate(pageSummary, []);
    return { lines: lines(), resources: s.resources };
  });
  const distFetched = net.lines.filter(p => p.startsWith('/dist/')).map(p => p.slice(6));
  const expected = Object.values(files);
  const missing = expected.filter(f => !distFetched.includes(f));
  const extra = distFetched.filter(f => !expected.includes(f));
  const dupes = distFetched.filter((f, i) => distFetched.indexOf(f) !== i);
  results.bytes.network = { page: '/bench/many?n=1', requests: net.lines, distFetched, missing, extra, duplicates: dupes };
  table('Network log of a real page load (one embed, cold cache; times from navigation start)', ['request', 'bytes (uncompressed: the test server sends no compression)', 'start', 'end'],
    net.lines.map(p => {
      const r = net.resources.find(x => x.path === p.split('?')[0]);
      return r ? [p, fmtB(r.size), `${r.start.toFixed(0)} ms`, `${r.end.toFixed(0)} ms`] : [p, '(document)', '', ''];
    }));
  say(missing.length || extra.length || dupes.length
    ? `network check: MISMATCH — missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}, fetched twice ${JSON.stringify(dupes)}`
    : `network check: ok — from dist/ exactly the ${expected.length} files above, each once (the rest is the host page and the article's own files)`);
});

// ---------------------------------------------------------------------------------------------
// 2. First render on the demo host page, and the static-HTML floor

await section('firstRender', '2. First render on the demo host page (cold and warm cache) vs the static-HTML floor', async () => {
  // The floor page: the demo page with each embed's rendered shadow root inlined as declarative
  // shadow DOM with the widget css, and no scripts.
  const css = readFileSync(join(snap.dist, M.css), 'utf8');
  const floor = await withContext(async ctx => {
    const page = await ctx.newPage();
    await open(page, '/');
    const n = await page.evaluate(() => document.querySelectorAll('article-embed, script[data-article]:not([data-ae])').length);
    await mountedPainted(page, Math.max(1, n), 20_000);
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
  pages.set('floor', floor);
  writeFileSync(join(OUT, 'floor.html'), floor);
  say(`static floor page: ${fmtB(floor.length)} B of HTML (bench/out/floor.html)`);

  const LOADER = '/dist/loader.js';
  const runs = { cold: [], warm: [], floorCold: [], floorWarm: [] };
  const widgetLoad = async (page, warm) => {
    await open(page, '/');
    const n = await page.evaluate(() => document.getElementsByTagName('article-embed').length);
    await mountedPainted(page, n, 20_000);
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
    await waitFor(page, () => performance.getEntriesByName('first-contentful-paint').length > 0, null, 10_000);
    const s = await page.evaluate(pageSummary, []);
    return { fcp: s.fcp, load: s.load };
  };
  // Twice the runs of the other sections: the ratio divides two noisy medians.
  for (let i = 0; i < 2 * RUNS; i++) {
    await bounded(withContext(async ctx => {
      const page = await ctx.newPage();
      runs.cold.push(await widgetLoad(page, false));
      runs.warm.push(await widgetLoad(page, true));
    }), 60_000, `first render run ${i + 1}`);
    await bounded(withContext(async ctx => {
      const page = await ctx.newPage();
      runs.floorCold.push(await floorLoad(page));
      runs.floorWarm.push(await floorLoad(page));
    }), 60_000, `floor run ${i + 1}`);
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
});

// ---------------------------------------------------------------------------------------------
// 3. Language switch

await section('languageSwitch', '3. Language switch (eu-kazakhstan-closer-ties)', async () => {
  const steps = [['ar', 'da → ar (not cached: article file + UI catalogue fetched)'], ['en', 'ar → en (cached: inline in the document)'], ['da', 'en → da (cached: loaded at first render)']];
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await bounded(withContext(async ctx => {
      const page = await ctx.newPage();
      await open(page, '/');
      // Every embed on the page shown, then a reader's pause: the switch is timed on a quiet page.
      await waitFor(page, () => window.__bench.ev.filter(e => e.type === 'mounted' && e.paint != null).length >= document.getElementsByTagName('article-embed').length, null, 20_000);
      await page.waitForTimeout(300);
      const out = {};
      for (const [lang] of steps) {
        const from = log.length;
        out[lang] = await page.evaluate(lang => new Promise((resolve, reject) => {
          const el = [...document.getElementsByTagName('article-embed')].find(e => (e.getAttribute('src') || '').includes('closer-ties'));
          const a = el.shadowRoot.querySelector(`#ae-lang-list a[data-lang="${lang}"]`);
          if (!a) return reject(new Error(`no link for ${lang}`));
          const timer = setTimeout(() => reject(new Error(`no article-embed:language for ${lang} within 10 s`)), 10_000);
          el.addEventListener('article-embed:language', e => {
            const t1 = performance.now();
            // Painted: the task right after the rendering update that follows the event (rAF,
            // then a message-channel task: the "next paint" of INP). rAF×2 (the frame after)
            // is kept as an upper bound.
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => {
                const t2 = performance.now();
                requestAnimationFrame(() => {
                  clearTimeout(timer);
                  resolve({ event: t1 - t0, painted: t2 - t0, raf2: performance.now() - t0, lang: e.detail && e.detail.lang, shown: el.shadowRoot.querySelector('[lang]')?.getAttribute('lang') });
                });
              };
              ch.port2.postMessage(0);
            });
          }, { once: true });
          const t0 = performance.now();
          a.click();
        }), lang);
        out[lang].fetched = log.slice(from);
        await page.waitForTimeout(300); // a reader's pause: each switch starts from a quiet page
        if (out[lang].lang !== lang) throw new Error(`switched to ${out[lang].lang}, wanted ${lang}`);
      }
      return out;
    }), 60_000, `language switch run ${i + 1}`));
  }
  const S = Object.fromEntries(steps.map(([l]) => [l, { event: stats(runs.map(r => r[l].event)), painted: stats(runs.map(r => r[l].painted)), raf2: stats(runs.map(r => r[l].raf2)) }]));
  const cachedPainted = stats(runs.flatMap(r => [r.en.painted, r.da.painted]));
  const cachedRaf2 = stats(runs.flatMap(r => [r.en.raf2, r.da.raf2]));
  results.languageSwitch = { summary: S, cachedPainted, cachedRaf2, fetchedFirstRun: Object.fromEntries(steps.map(([l]) => [l, runs[0][l].fetched])), runs };
  table('Language switch: click → article-embed:language → next paint (rAF + task) and the frame after (rAF×2)', ['switch', 'click → event', 'click → next paint', 'click → rAF×2', 'requests (run 1)'],
    [...steps.map(([l, label]) => [label, fmtMs(S[l].event), fmtMs(S[l].painted), fmtMs(S[l].raf2), runs[0][l].fetched.join(' ') || 'none']),
      ['cached, both switches together', '', fmtMs(cachedPainted), fmtMs(cachedRaf2), '']]);
});

// ---------------------------------------------------------------------------------------------
// 4. Many embeds

await section('manyEmbeds', '4. Many embeds on one page (1, 10, 50), against the same page without embeds', async () => {
  const measure = async (n) => withContext(async ctx => {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    const lines = await open(page, `/bench/many?n=${n}`);
    let s;
    if (n > 0) {
      await mountedPainted(page, 1, 20_000);
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
    };
  });
  const runs = {};
  for (const n of [0, ...MANY]) {
    runs[n] = [];
    for (let i = 0; i < RUNS; i++) runs[n].push(await bounded(measure(n), 120_000, `${n} embeds, run ${i + 1}`));
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
  }
  results.manyEmbeds = { summary: S, runs, note: 'visible = the embeds intersecting the 1280×720 viewport once all are mounted (scrolled to the top); heap after two forced GCs' };
  const cols = MANY.map(n => `${n} embed${n > 1 ? 's' : ''}`);
  const row = (label, f) => [label, ...MANY.map(n => f(S[n]))];
  table('Many embeds (median, min–max)', ['measure', ...cols], [
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
  ]);
  const lterr = runs[1][0].longtaskError;
  if (lterr) note(`long tasks could not be observed: ${lterr}`);
});

// ---------------------------------------------------------------------------------------------
// 5. Layout shift

await section('layoutShift', '5. Layout shift while an above-the-fold embed loads', async () => {
  const measure = (height, reserve = false) => withContext(async ctx => {
    const page = await ctx.newPage();
    await open(page, `/bench/many?n=1&height=${height ? 1 : 0}${reserve ? '&reserve=1' : ''}`);
    await mountedPainted(page, 1, 20_000);
    // Let the article's images load (they are part of what could shift), then one more paint.
    await waitFor(page, () => [...document.querySelector('article-embed').shadowRoot.querySelectorAll('img')]
      .every(i => i.complete || i.loading === 'lazy' && i.getBoundingClientRect().top > innerHeight + 1250), null, 5_000).catch(() => {});
    await page.evaluate(() => window.__bench.raf2());
    await sleep(300);
    const s = await page.evaluate(pageSummary, ['/dist/loader.js']);
    return { fcp: s.fcp, loaderEnd: s.ends['/dist/loader.js'], entries: s.ls, cls: cls(s.ls), sum: s.ls.filter(x => !x.input).reduce((a, x) => a + x.value, 0), shifts: s.ls.length, height: s.embeds[0].height, top: s.embeds[0].top };
  });
  const runs = { declared: [], none: [], reserved: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.declared.push(await bounded(measure(true), 40_000, `CLS with height, run ${i + 1}`));
    runs.none.push(await bounded(measure(false), 40_000, `CLS without height, run ${i + 1}`));
    runs.reserved.push(await bounded(measure(true, true), 40_000, `CLS with height and host CSS, run ${i + 1}`));
  }
  const S = Object.fromEntries(Object.entries(runs).map(([k, R]) => [k, { cls: stats(R.map(r => r.cls)), shifts: stats(R.map(r => r.shifts)) }]));
  results.layoutShift = { summary: S, runs, page: '/bench/many?n=1 (embed 1 starts ~350 px from the top of a 720 px viewport)' };
  table('Cumulative layout shift until the embed is painted and its images loaded (median, min–max)', ['embed', 'CLS', 'layout-shift entries'], [
    ['with height="1800"', fmtNum(S.declared.cls, 4), fmtNum(S.declared.shifts)],
    ['without height', fmtNum(S.none.cls, 4), fmtNum(S.none.shifts)],
    ['(reference) height="1800" + host style="display:block;min-height:1800px"', fmtNum(S.reserved.cls, 4), fmtNum(S.reserved.shifts)],
  ]);
  for (const [k, label] of [['declared', 'with height'], ['none', 'without height']]) {
    const r = runs[k][0];
    say(`run 1 ${label}: loader.js loaded at ${r.loaderEnd?.toFixed(0)} ms, first contentful paint at ${r.fcp?.toFixed(0)} ms; shifts:`);
    for (const e of r.entries) say(`  ${e.t.toFixed(0)} ms  ${e.value.toFixed(4)}  ${e.sources.map(x => `${x.node} y ${x.from[0]}→${x.to[0]}, h ${x.from[1]}→${x.to[1]}`).join('; ')}`);
  }
});

// ---------------------------------------------------------------------------------------------
// 6. Peers

await section('peers', '6. Peers', async () => {
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
      await waitFor(page, () => document.querySelectorAll('.shariff li').length > 0, null, 10_000);
      await page.evaluate(() => document.fonts.ready);
      await sleep(300);
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
      await waitFor(page, () => customElements.get('lite-youtube') && document.querySelector('lite-youtube .lyt-playbtn'), null, 10_000, 'waiting for lite-youtube to upgrade');
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
          const r = await bounded(liteLoad(page), 30_000, `lite-youtube ${k} run ${i + 1}`);
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
          await bounded(open(page, '/bench/cookieconsent'), 30_000, `cookieconsent ${k} run ${i + 1}`);
          await waitFor(page, () => window.__bench.cc, null, 10_000, 'waiting for the cookie banner (cc:onModalShow)');
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
          && document.getElementsByTagName('article-embed')[e.idx]?.shadowRoot?.querySelector('section.ae-consent')), null, 20_000, 'waiting for our consent banner');
        const s = await page.evaluate(pageSummary, ['/dist/loader.js']);
        const shown = await page.evaluate(() => window.__bench.ev.find(e => e.type === 'mounted'
          && document.getElementsByTagName('article-embed')[e.idx]?.shadowRoot?.querySelector('section.ae-consent')).paint);
        timing.ourConsent[k].push({ scriptEnd: s.ends['/dist/loader.js'], shown, banner: shown - s.ends['/dist/loader.js'] });
      }
    }), 60_000, `our consent banner run ${i + 1}`);
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
});

// ---------------------------------------------------------------------------------------------
// 7. Size breakdown of the wasm

await section('wasmTop', '7. Size breakdown: top ten items of the wasm (twiggy)', async () => {
  const input = join(snap.dir, 'article_embed_bg.wasm');
  if (!existsSync(input)) throw new Error('target/web/article_embed_bg.wasm is missing: run node scripts/build.mjs');
  const twiggy = ensureTwiggy({ log: say });
  if (!twiggy) { results.wasmTop = { error: 'twiggy is not available and could not be installed' }; say('twiggy is not available: no breakdown'); return; }
  const named = join(snap.dir, 'named.wasm');
  const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'].map(f => `--enable-${f}`);
  sh(join(ROOT, 'node_modules', '.bin', 'wasm-opt'), ['-Oz', ...features, '-g', input, '-o', named], { timeout: 180_000 });
  const items = JSON.parse(sh(twiggy.path, ['top', '-n', '40', '--format', 'json', named]));
  const namesItem = items.find(i => /function names/.test(i.name));
  const total = statSync(named).size;
  const top = items.filter(i => !/function names/.test(i.name)).slice(0, 10).map(i => ({ name: i.name, bytes: i.shallow_size, percent: i.shallow_size_percent, percentWithoutNames: 100 * i.shallow_size / (total - (namesItem ? namesItem.shallow_size : 0)) }));
  results.wasmTop = { twiggy: twiggy.version, namedWasmBytes: total, namesSectionBytes: namesItem?.shallow_size ?? null, shippedWasmBytes: ours.wasm?.raw, top };
  table(`Top ten wasm items by shallow size (wasm-opt -Oz -g copy: ${fmtB(total)} B, of which ${fmtB(namesItem?.shallow_size)} B names; shipped: ${fmtB(ours.wasm?.raw)} B)`,
    ['#', 'item', 'bytes', '% of code+data'],
    top.map((t, i) => [String(i + 1), t.name.length > 90 ? t.name.slice(0, 87) + '...' : t.name, fmtB(t.bytes), t.percentWithoutNames.toFixed(1) + ' %']));
});

say(`\nbench: done in ${((Date.now() - started) / 1000).toFixed(0)} s; results in bench/results.json`);
const failed = Object.keys(results.errors);
if (failed.length) say(`bench: sections that failed: ${failed.join(', ')}`);
await shutdown(failed.length ? 1 : 0);
