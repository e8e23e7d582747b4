// 1. Bytes: raw, gzip and brotli of what the loader fetches for the first render of one embed,
// and a real page load checking that exactly those files are fetched, each once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAUSE, TIMEOUT } from '../lib/config.mjs';
import { pageSummary } from '../lib/in-page.mjs';
import { ACTIVE, PROFILES } from '../lib/profiles.mjs';
import { compressed, fmtB, say, sum, table } from '../lib/stats.mjs';
import { mountedPainted, sleep } from '../lib/wait.mjs';

export const key = 'bytes';
export const title = '1. Bytes of the first render of one embed';

/** Runs the section with the runner's state `b`; its figures go into `b.results`. */
export async function run(b) {
  const { snap, results, note, withContext, newPage, open } = b;
  const M = snap.manifest;
  const B = snap.budget;
  const ours = {};
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
  const load = profile => withContext(async ctx => {
    const page = await newPage(ctx, profile);
    const lines = await open(page, '/bench/many?n=1');
    await mountedPainted(page, 1, TIMEOUT.mount);
    await sleep(PAUSE);
    const s = await page.evaluate(pageSummary, []);
    return { lines: lines(), resources: s.resources, document: s.document };
  });
  const net = await load(PROFILES.loopback);
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
  await compressedLoad(load, results);
}

// The same page through a compressing server (a profile that compresses): bytes on the wire and
// decoded, per request and in total.
async function compressedLoad(load, results) {
  const profile = ACTIVE.find(p => p.compress);
  if (!profile) return;
  const net = await load(profile);
  const rows = [net.document, ...net.resources].filter(Boolean);
  const dist = rows.filter(r => r.path.startsWith('/dist/'));
  const total = list => ({ wire: list.reduce((a, r) => a + r.size, 0), decoded: list.reduce((a, r) => a + r.decoded, 0) });
  results.bytes.compressed = { profile: profile.key, encodings: profile.compress, requests: rows, total: total(rows), dist: total(dist) };
  table(`The same page load, ${profile.label} (server compresses: ${profile.compress.join(', ')}): bytes on the wire and decoded`, ['request', 'on the wire', 'decoded', 'saved'],
    [...rows.map(r => [r.path, fmtB(r.size), fmtB(r.decoded), r.decoded ? `${(100 - 100 * r.size / r.decoded).toFixed(0)} %` : '']),
      ['from dist/ (loader, glue, wasm, css, catalogue)', fmtB(total(dist).wire), fmtB(total(dist).decoded), ''],
      ['everything', fmtB(total(rows).wire), fmtB(total(rows).decoded), '']]);
}
