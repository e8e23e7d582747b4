// What the figures were measured on: cores, memory, OS, node, Chromium, playwright-core, build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, freemem, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, ROOT, RUNS, VIEWPORT } from './config.mjs';

/** The machine, the browser and the build (`M`: dist/manifest.json) of this run; printed too. */
export function machine(browser, M) {
  const m = {
    nproc: availableParallelism(), cpu: cpus()[0] && cpus()[0].model, memory: totalmem(), memoryFree: freemem(),
    os: `${platform()} ${release()}`, node: process.version, chromium: browser.version(),
    chromiumBinary: (() => { try { return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch (e) { return null; } })(),
    playwrightCore: JSON.parse(readFileSync(join(ROOT, 'node_modules', 'playwright-core', 'package.json'), 'utf8')).version,
    viewport: VIEWPORT, build: { js: M.js, wasm: M.wasm, css: M.css, i18n: M.i18n },
  };
  console.log(`article-embed benchmark — ${RUNS} runs per timed measure`);
  console.log(`machine: ${m.nproc} cores (${m.cpu}), ${(m.memory / 2 ** 30).toFixed(1)} GiB memory, ${m.os}`);
  console.log(`node ${m.node}, Chromium ${m.chromium} (headless=new, ${VIEWPORT.width}×${VIEWPORT.height}), playwright-core ${m.playwrightCore}`);
  console.log(`build: ${M.js} ${M.wasm} ${M.css} ${M.i18n}`);
  return m;
}
