// The request chain of one page load as a waterfall: each request's start, first byte and end
// from navigation start (Resource Timing), its bytes on the wire and decoded, and a bar, with
// moments such as "article painted" marked, so the critical path can be read off.
import { fmtB, table } from './stats.mjs';

const WIDTH = 50;

/** Prints the waterfall of `load` ({ document, resources } from pageSummary) with `marks`: [[label, ms], …]. */
export function printWaterfall(title, load, marks = []) {
  const rows = [load.document, ...load.resources].filter(Boolean).sort((a, b) => a.start - b.start);
  const end = Math.max(1, ...rows.map(r => r.end), ...marks.map(([, t]) => t ?? 0));
  const x = t => Math.min(WIDTH, Math.round(t / end * WIDTH));
  const bar = r => {
    const [s, f, e] = [x(r.start), x(r.firstByte || r.start), x(r.end)];
    return (' '.repeat(s) + '░'.repeat(Math.max(0, f - s)) + '█'.repeat(Math.max(1, e - f))).padEnd(WIDTH + 1);
  };
  const ms = t => t == null ? '' : `${t.toFixed(0)} ms`;
  table(`${title} (░ waiting for the first byte, █ receiving; 0–${end.toFixed(0)} ms)`,
    ['request', 'start', 'first byte', 'end', 'on the wire', 'decoded', 'waterfall'],
    [...rows.map(r => [r.path, ms(r.start), ms(r.firstByte), ms(r.end), fmtB(r.size), fmtB(r.decoded), bar(r)]),
      ...marks.map(([label, t]) => [`▶ ${label}`, '', '', ms(t), '', '', t == null ? '' : (' '.repeat(x(t)) + '|').padEnd(WIDTH + 1)])]);
}
