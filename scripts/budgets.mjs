// Size budgets: sizes are deterministic, so they are checked on every test run. Figures are
// gzip -9 bytes of what the loader fetches for the first render of one embed (without the
// article document): loader, glue, wasm, css, and the largest UI catalogue.
import { readFileSync, readdirSync, realpathSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The budget for the first render was 80,000 B; issue 15 sets 70,000 B as the target. We are
// at 86,831 B, raised by issue 24's embedder's kit from 77,199 B (+9,632 B, measured against
// main's build): wasm +8,349 ("Continue reading": the markup, the measured cut rule and the
// shell that applies it, expands and cuts again; Bluesky, Threads and Mastodon: their links
// and three icons (~0.8 KB), Mastodon's labelled server field (~1.1 KB of markup code), the
// server-name check, remembering and changing the server; the newsletter's call to action
// ~0.4 KB; ten English messages ~0.3 KB), glue +587 (src/shell/cut.js, which measures and cuts,
// and the new calls' shims: URL, window.open, the field's value), css +466 (the control, the
// peek, the field, the call to action), largest catalogue +221 (ten messages), loader +9 (the
// max-height attribute). Before that, 77,199 B (issue 25, from 77,195 B: the loader's logic as
// a module with two entries, the classic script's and the npm package's, loader +16; each UI catalogue's URL asked of the
// loader, not built from a folder, wasm −11; the format's optional `modified`, read by the
// widget's validator, wasm +47; the glue −48 with them). 77,195 B after the house work of
// issue 20 (wasm −305: one view builder, translation_check's numbers compared as sets; glue +63:
// the negotiation mirror refuses what LangTag::parse refuses; loader −2, read top-down).
// 77,439 B (2026-12-01, late): +205 B since 77,234 B for the first render's short tasks
// (glue +41), the placeholder held back 150 ms (wasm +138) and the loader keeping the host's
// consent for mode="iframe" and naming the hashed iframe.js (+22). 77,254 B came from 78,489 B: the shell's fetch moved into the glue's
// `getJson` (src/shell/requests.js), which also starts the first render's requests early
// (wasm −1,615, glue +605 with `early`, loader +23), and compiled catalogues as arrays in
// message order, with no keys in the files or the wasm (−720: largest catalogue −395, wasm
// −325); hydration of prerendered snippets and mode="iframe" (loader +201, wasm +200). A
// one-line panic hook of our own instead of console_error_panic_hook would save 424 B more; we
// keep the crate (it is on the product owner's list, and a panic keeps its JavaScript stack).
// Earlier: 79,022 → 78,489 B (the validator split by job and its dead code out, the shell's one
// seam, consent sources, Trusted Types). The check is a ratchet ~0.3 KB above the figure; lower
// it as the figure drops.
export const TARGET_FIRST_RENDER = 70000;
// The loader's budget was 2,048 B. Issue 14 adds two hooks no shorter form avoids: hydrating a
// prerendered snippet (its wasm waits for the reader or for idle time, +154 B gzipped) and
// mode="iframe" (the check, the import of iframe.js, the mode and embed names, +47 B): 2,304 B.
export const BUDGETS = { loader: 2304, firstRender: 87150 };

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

// Run as a script (not imported by the bench): the same file as the one node was asked to run.
// As URLs, so that a path with a space or any other escaped character still matches, and through
// symlinks, which node resolves for the module but not in argv. scripts/test.sh requires the
// "budgets: ok" line, so a check that does not run fails the suite rather than pass it silently.
if (import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const s = sizes();
  for (const [role, f] of Object.entries(s)) console.log(`${role.padEnd(10)} ${String(f.raw).padStart(8)} raw ${String(f.gzip).padStart(8)} gzip  ${f.name || ''}`);
  const fails = [];
  if (s.loader.gzip > BUDGETS.loader) fails.push(`loader.js is ${s.loader.gzip} B gzipped, budget ${BUDGETS.loader}`);
  if (s.total.gzip > BUDGETS.firstRender) fails.push(`first render fetches ${s.total.gzip} B gzipped, budget ${BUDGETS.firstRender}`);
  for (const f of fails) console.error(`budget exceeded: ${f}`);
  console.log(`budgets: ${fails.length ? 'FAILED' : 'ok'} (loader ≤ ${BUDGETS.loader} B, first render ≤ ${BUDGETS.firstRender} B gzipped; target ${TARGET_FIRST_RENDER} B${s.total.gzip > TARGET_FIRST_RENDER ? ', not met yet' : ', met'})`);
  process.exit(fails.length ? 1 : 0);
}
