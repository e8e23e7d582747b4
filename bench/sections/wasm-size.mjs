// 7. Size breakdown of the wasm: twiggy's top ten items of a copy optimised like the shipped
// module but with its names kept.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WASM_OPT_FEATURES } from '../../scripts/wasm-features.mjs';
import { ensureTwiggy } from '../setup.mjs';
import { ROOT } from '../lib/config.mjs';
import { fmtB, say, table } from '../lib/stats.mjs';

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20, ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}: ${(r.stderr || '').slice(-500)}`);
  return r.stdout;
}

export const key = 'wasmTop';
export const title = '7. Size breakdown: top ten items of the wasm (twiggy)';

/** Runs the section with the runner's state `b`; its figures go into `b.results`. */
export async function run(b) {
  const { snap, results } = b;
  const ours = results.bytes?.files ?? {};
  const input = join(snap.dir, 'article_embed_bg.wasm');
  if (!existsSync(input)) throw new Error('target/web/article_embed_bg.wasm is missing: run node scripts/build.mjs');
  const twiggy = ensureTwiggy({ log: say });
  if (!twiggy) { results.wasmTop = { error: 'twiggy is not available and could not be installed' }; say('twiggy is not available: no breakdown'); return; }
  const named = join(snap.dir, 'named.wasm');
  sh(join(ROOT, 'node_modules', '.bin', 'wasm-opt'), ['-Oz', ...WASM_OPT_FEATURES, '-g', input, '-o', named], { timeout: 180_000 });
  const items = JSON.parse(sh(twiggy.path, ['top', '-n', '40', '--format', 'json', named]));
  const namesItem = items.find(i => /function names/.test(i.name));
  const total = statSync(named).size;
  const top = items.filter(i => !/function names/.test(i.name)).slice(0, 10).map(i => ({ name: i.name, bytes: i.shallow_size, percent: i.shallow_size_percent, percentWithoutNames: 100 * i.shallow_size / (total - (namesItem ? namesItem.shallow_size : 0)) }));
  results.wasmTop = { twiggy: twiggy.version, namedWasmBytes: total, namesSectionBytes: namesItem?.shallow_size ?? null, shippedWasmBytes: ours.wasm?.raw, top };
  table(`Top ten wasm items by shallow size (wasm-opt -Oz -g copy: ${fmtB(total)} B, of which ${fmtB(namesItem?.shallow_size)} B names; shipped: ${fmtB(ours.wasm?.raw)} B)`,
    ['#', 'item', 'bytes', '% of code+data'],
    top.map((t, i) => [String(i + 1), t.name.length > 90 ? t.name.slice(0, 87) + '...' : t.name, fmtB(t.bytes), t.percentWithoutNames.toFixed(1) + ' %']));
}
