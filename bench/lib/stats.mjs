// Statistics, formatting and the printed tables of the benchmark, and the raw/gzip/brotli sizes
// of a file.
import { brotliCompressSync, constants as Z, gzipSync } from 'node:zlib';

/** Prints a line (every table and note of the benchmark goes to stdout). */
export const say = (...a) => console.log(...a);

/** Median, min, max and count of the finite numbers in `values`, or null if there are none. */
export function stats(values) {
  const v = values.filter(x => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}
export const round = (x, d = 1) => x == null ? null : Math.round(x * 10 ** d) / 10 ** d;
/** `median (min–max)` of a stats() result, in ms / as a number / in bytes / MiB; 'n/a' if missing. */
export const fmtMs = s => s ? `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})` : 'n/a';
export const fmtNum = (s, d = 0, unit = '') => s ? `${s.median.toFixed(d)}${unit} (${s.min.toFixed(d)}–${s.max.toFixed(d)})` : 'n/a';
export const fmtB = n => n == null ? 'n/a' : n.toLocaleString('en-US');
export const fmtMB = n => n == null ? 'n/a' : `${(n / 1048576).toFixed(2)} MiB`;
export const ratio = (a, b) => (a == null || b == null || !b) ? 'n/a' : `${(a / b).toFixed(2)}×`;

/** Prints a table: the first column left-aligned, the others right-aligned. */
export function table(title, headers, rows) {
  const cells = [headers, ...rows].map(r => r.map(c => c == null ? '' : String(c)));
  const w = headers.map((_, i) => Math.max(...cells.map(r => (r[i] || '').length)));
  const line = r => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  say(`\n${title}`);
  say(line(cells[0]));
  say(w.map(n => '-'.repeat(n)).join('  '));
  for (const r of cells.slice(1)) say(line(r));
}

/** Raw, gzip -9 and brotli 11 sizes of a buffer. */
export function compressed(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [Z.BROTLI_PARAM_QUALITY]: Z.BROTLI_MAX_QUALITY, [Z.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}
export const sum = list => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

// Standard CLS: the largest session window (gaps < 1 s, windows ≤ 5 s) of shifts without input.
export function cls(shifts) {
  let best = 0, cur = 0, winStart = -Infinity, last = -Infinity;
  for (const s of shifts.filter(s => !s.input).sort((a, b) => a.t - b.t)) {
    if (s.t - last > 1000 || s.t - winStart > 5000) { cur = 0; winStart = s.t; }
    cur += s.value; last = s.t; best = Math.max(best, cur);
  }
  return best;
}
