// What the benchmark needs beyond `scripts/setup.mjs --browser`: twiggy (the wasm size
// profiler) for the size breakdown. Installed with cargo only when it is missing.
// Run directly (`node bench/setup.mjs`) or imported by bench/run.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const cargoBin = join(process.env.CARGO_HOME || join(homedir(), '.cargo'), 'bin');

/** Path of a working twiggy, or null. */
export function findTwiggy() {
  for (const candidate of ['twiggy', join(cargoBin, 'twiggy')]) {
    const r = spawnSync(candidate, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    if (r.status === 0) return { path: candidate, version: r.stdout.trim() };
  }
  return null;
}

/** Finds twiggy, installing it with `cargo install twiggy` if it is missing. */
export function ensureTwiggy({ install = true, log = console.log } = {}) {
  const found = findTwiggy();
  if (found || !install) return found;
  if (!existsSync(join(cargoBin, 'cargo')) && spawnSync('cargo', ['--version']).status !== 0) {
    log('bench setup: cargo is missing; cannot install twiggy');
    return null;
  }
  log('bench setup: installing twiggy with cargo (a few minutes, once)');
  const r = spawnSync('cargo', ['install', 'twiggy'], { stdio: 'inherit', timeout: 15 * 60_000 });
  if (r.status !== 0) {
    log(`bench setup: cargo install twiggy failed (${r.error ? r.error.message : 'exit ' + r.status})`);
    return null;
  }
  return findTwiggy();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = ensureTwiggy();
  console.log(t ? `bench setup: ${t.version} at ${t.path}` : 'bench setup: twiggy not available');
  process.exit(t ? 0 : 1);
}
