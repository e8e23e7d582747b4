// dist/article-embed.d.ts: a TypeScript host page type-checks against it (and wrong uses are
// refused), and its lists of events, attributes, share targets, error kinds and consent sources
// are the ones the code has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = p => readFileSync(join(root, p), 'utf8');
const dts = read('www/article-embed.d.ts');
/** The quoted ids of a Rust `fn id` match arm list in `file`, after `marker`. */
const ids = (file, marker) => {
  const src = read(file);
  const body = src.slice(src.indexOf(marker), src.indexOf('}', src.indexOf(marker) + marker.length + 20));
  return [...body.matchAll(/=> "([a-z:-]+)"/g)].map(m => m[1]);
};
const union = name => [...dts.match(new RegExp(`type ${name} =([^;]+);`))[1].matchAll(/'([a-z-]+)'/g)].map(m => m[1]);

test('a TypeScript page type-checks against the d.ts, and wrong uses are refused', () => {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const args = [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler',
    '--lib', 'es2022,dom', join(root, 'tests', 'types', 'page.ts')];
  try {
    execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc: ${e.stdout}${e.stderr}`);
  }
});

test('the d.ts names every event, share target, error kind and consent source the code has', () => {
  // Each list read from the code must be found (not empty): an empty one would check nothing.
  const found = (list, what) => { assert.ok(list.length > 0, `${what} found in the code: ${list}`); return list; };
  for (const name of found(ids('src/shell/effects.rs', 'fn name(self)'), 'events')) {
    assert.ok(dts.includes(`'${name}': CustomEvent<`), name);
  }
  assert.deepEqual(union('ArticleEmbedShareTarget'), found(ids('src/core/share/mod.rs', 'pub fn id(self)'), 'share targets'));
  // The shell's kinds, then the loader's (www/loader.js `fail`).
  assert.deepEqual(union('ArticleEmbedErrorKind'), [...found(ids('src/core/render/status.rs', 'pub fn id(self)'), 'error kinds'), 'load', 'unsupported']);
  const loader = read('www/loader.js');
  for (const kind of ['load', 'unsupported']) assert.ok(loader.includes(`'${kind}'`), `the loader reports ${kind}`);
  assert.deepEqual(union('ArticleEmbedConsentSource'), found(ids('src/core/consent/mod.rs', 'Source::Banner =>'), 'consent sources'));
});

test('the d.ts types every attribute the loader reads', () => {
  const table = read('www/loader.js').match(/const ATTRS = \{([^}]+)\}/)[1];
  const attrs = [...table.matchAll(/'?([a-z-]+)'?:/g)].map(m => m[1]);
  assert.ok(attrs.length > 10, `the loader's attribute table was found (${attrs.length})`);
  const block = dts.slice(dts.indexOf('interface ArticleEmbedAttributes'), dts.indexOf('interface ArticleEmbedElement'));
  for (const a of attrs) assert.match(block, new RegExp(`\\n  '?${a}'?\\??:`), a);
});
