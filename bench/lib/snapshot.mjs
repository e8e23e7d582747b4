// A snapshot of dist/ and www/ under bench/out/ (others may rebuild or edit them while the
// benchmark runs): the server serves the copy, so a rebuild during the run changes nothing.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { sizes } from '../../scripts/budgets.mjs';
import { OUT, ROOT } from './config.mjs';

/** Copies dist/, www/ and the named wasm into a fresh folder; retries while a build is writing dist/. */
export function snapshot() {
  const dir = join(OUT, `snapshot-${process.pid}`);
  mkdirSync(dir, { recursive: true });
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
    console.log(`bench: dist/ is being rebuilt; waiting (attempt ${attempt})`);
    spawnSync('sleep', ['2']);
  }
  throw new Error('dist/ stayed incomplete: run node scripts/build.mjs first');
}
