// Size budgets: sizes are deterministic, so they are checked on every test run. Figures are
// gzip -9 bytes of what the loader fetches for the first render of one embed (without the
// article document): loader, glue, wasm, css, and the largest UI catalogue.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The budget for the first render was 80,000 B; issue 15 sets 70,000 B as the next target. We
// are at 78,489 B (2026-12-01), from 79,022 B: the validator split by job (−1.3 KB) and its dead
// code out (−0.6 KB); the shell's one seam (+0.7 KB, after taking the registry lookups out of
// line); consent sources (+0.7 KB); degrading instead of refusing (±0, bytes found back in the
// validator); Trusted Types and listeners of our own instead of gloo-events (−0.2 KB). The check
// is a ratchet ~0.5 KB above the figure; lower it as the figure drops.
export const TARGET_FIRST_RENDER = 80000;
// The loader's budget was 2,048 B. Issue 14 adds two hooks no shorter form avoids: hydrating a
// prerendered snippet (its wasm waits for the reader or for idle time, +154 B gzipped) and
// mode="iframe" (the check, the import of iframe.js, the mode and embed names, +47 B): 2,304 B.
export const BUDGETS = { loader: 2304, firstRender: 79000 };

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** Raw and gzip sizes of the first-render set, per file and in total. */
export function sizes() {
  const m = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const i18nDir = join(dist, m.i18n);
  const catalogues = readdirSync(i18nDir).map(f => [f, readFileSync(join(i18nDir, f))]);
  const [largestName] = catalogues.sort((a, b) => gzipSync(b[1], { level: 9 }).length - gzipSync(a[1], { level: 9 }).length)[0];
  const files = { loader: 'loader.js', glue: m.js, wasm: m.wasm, css: m.css, catalogue: m.i18n + largestName };
  const out = {};
  for (const [role, name] of Object.entries(files)) {
    const buf = readFileSync(join(dist, name));
    out[role] = { name, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  }
  out.total = Object.values(out).reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = sizes();
  for (const [role, f] of Object.entries(s)) console.log(`${role.padEnd(10)} ${String(f.raw).padStart(8)} raw ${String(f.gzip).padStart(8)} gzip  ${f.name || ''}`);
  const fails = [];
  if (s.loader.gzip > BUDGETS.loader) fails.push(`loader.js is ${s.loader.gzip} B gzipped, budget ${BUDGETS.loader}`);
  if (s.total.gzip > BUDGETS.firstRender) fails.push(`first render fetches ${s.total.gzip} B gzipped, budget ${BUDGETS.firstRender}`);
  for (const f of fails) console.error(`budget exceeded: ${f}`);
  console.log(`budgets: ${fails.length ? 'FAILED' : 'ok'} (loader ≤ ${BUDGETS.loader} B, first render ≤ ${BUDGETS.firstRender} B gzipped; target ${TARGET_FIRST_RENDER} B${s.total.gzip > TARGET_FIRST_RENDER ? ', not met yet' : ', met'})`);
  process.exit(fails.length ? 1 : 0);
}
