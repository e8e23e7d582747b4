// The benchmark of article-embed: bytes, first render, language switch, many embeds, layout
// shift, peers and the wasm size breakdown, one module each in bench/sections/. This runner sets
// up (snapshot of dist/ and www/, server, browser), runs the sections in order, prints one table
// per section and writes bench/results.json. Run with `npm run bench` (builds first) or
// `node bench/run.mjs` (uses the dist/ already built); BENCH_RUNS and BENCH_ONLY: bench/README.md.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../scripts/server.mjs';
import { harness, launchBrowser } from './lib/browser.mjs';
import { BENCH, ONLY, RUNS, WATCHDOG_MIN } from './lib/config.mjs';
import { machine } from './lib/machine.mjs';
import { benchRoutes, hostStyle } from './lib/pages.mjs';
import { findPeers } from './lib/peers.mjs';
import { posterPng } from './lib/png.mjs';
import { ACTIVE, PROFILES } from './lib/profiles.mjs';
import { snapshot } from './lib/snapshot.mjs';
import { round, say } from './lib/stats.mjs';
import { bounded } from './lib/wait.mjs';
import * as bytes from './sections/bytes.mjs';
import * as firstRender from './sections/first-render.mjs';
import * as languageSwitch from './sections/language-switch.mjs';
import * as manyEmbeds from './sections/many-embeds.mjs';
import * as layoutShift from './sections/layout-shift.mjs';
import * as engines from './sections/engines.mjs';
import * as paths from './sections/paths.mjs';
import * as peerSection from './sections/peers.mjs';
import * as wasmSize from './sections/wasm-size.mjs';

// In this order: later sections read earlier ones' figures from `results` (peers: bytes, first
// render and many embeds; the size breakdown: bytes); engines serves the paths section's pages.
const SECTIONS = [bytes, firstRender, paths, engines, languageSwitch, manyEmbeds, layoutShift, peerSection, wasmSize];

const started = Date.now();
const results = { started: new Date(started).toISOString(), runs: RUNS, machine: {}, notes: [], errors: {} };
const note = msg => { results.notes.push(msg); say(`note: ${msg}`); };

// Setup: snapshot, server, browser.
const snap = snapshot();
const peers = findPeers();
for (const [name, p] of Object.entries(peers)) {
  if (!p.installed) note(`${name} is not installed (npm install --save-dev --save-exact ${name}): its figures are n/a`);
}
const log = [];
const poster = posterPng();
const generated = new Map();
const routes = benchRoutes({ style: hostStyle(snap.www), poster, generated });
const mounts = [['/', snap.www], ['/dist/', snap.dist]];
for (const [name, p] of Object.entries(peers)) if (p.installed) mounts.push([`/peers/${name}/`, p.dir]);
// One server per profile (the same files and log; the throttled profile's compresses).
const servers = {};
for (const profile of new Set([PROFILES.loopback, ...ACTIVE])) {
  servers[profile.key] = await serve({ port: 0, mounts, routes, log, compress: profile.compress });
}
const origins = Object.fromEntries(Object.entries(servers).map(([k, s]) => [k, `http://127.0.0.1:${s.address().port}`]));
const browser = await launchBrowser();

let finished = false;
async function shutdown(code) {
  if (finished) return;
  finished = true;
  results.seconds = round((Date.now() - started) / 1000, 1);
  try { writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n'); } catch (e) { console.error(e); }
  await bounded(browser.close(), 20_000, 'closing the browser').catch(() => {});
  for (const server of Object.values(servers)) {
    server.closeAllConnections?.();
    server.close();
  }
  rmSync(snap.dir, { recursive: true, force: true });
  process.exit(code);
}
// The whole run is bounded: whatever is done by then is written, the rest reported missing.
setTimeout(() => {
  console.error(`bench: stopped after ${WATCHDOG_MIN} minutes; results so far are in bench/results.json`);
  results.errors.watchdog = `stopped after ${WATCHDOG_MIN} minutes`;
  shutdown(2);
}, WATCHDOG_MIN * 60_000).unref();

results.machine = machine(browser, snap.manifest);
results.profiles = Object.fromEntries(ACTIVE.map(p => [p.key, p]));
if (RUNS < 5) note(`BENCH_RUNS=${RUNS}: fewer than 5 runs per figure, for checking the bench, not for reporting`);
say(`profiles: ${ACTIVE.map(p => `${p.label} (${p.describe})`).join('; ')}`);

// What every section gets: the run's state and the browser harness.
const b = { snap, results, note, log, generated, poster, peers, mounts, routes, origins, ...harness({ browser, origins, log }) };
for (const { key, title, run } of SECTIONS) {
  if (ONLY && !ONLY.includes(key)) continue;
  say(`\n=== ${title} ===`);
  const t0 = Date.now();
  try {
    await run(b);
  } catch (e) {
    results.errors[key] = String(e && e.stack || e);
    say(`${title}: FAILED: ${e && e.message || e}`);
  }
  say(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

say(`\nbench: done in ${((Date.now() - started) / 1000).toFixed(0)} s; results in bench/results.json`);
const failed = Object.keys(results.errors);
if (failed.length) say(`bench: sections that failed: ${failed.join(', ')}`);
await shutdown(failed.length ? 1 : 0);
