// dist/ as a CDN serves it: only the names hosts and apps write stay fixed (loader.js, embed.html,
// embed-page.js, which publish's "Embed this article" pages name beside the loader, and the two
// descriptive files); every other file is named by its content, so it can be cached
// for a year (`immutable`) and a new build never mixes with an old one in a reader's cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const FIXED = ['loader.js', 'embed.html', 'embed-page.js', 'manifest.json', 'article-embed.d.ts'];
const hash = buf => createHash('sha256').update(buf).digest('hex').slice(0, 10);

test('every file but the fixed entry points is named by a hash of its content', () => {
  const names = readdirSync(dist);
  for (const f of FIXED) assert.ok(names.includes(f), `dist/${f} is built`);
  for (const name of names.filter(n => !FIXED.includes(n))) {
    const m = /^[a-z0-9-]+\.([0-9a-f]{10})(\.[a-z]+)?$/.exec(name);
    assert.ok(m, `dist/${name} has a content hash in its name`);
    if (statSync(join(dist, name)).isDirectory()) continue; // the catalogues' folder: hashed over its files
    assert.equal(m[1], hash(readFileSync(join(dist, name))), `dist/${name}: the hash is its content's`);
  }
});

test('the fixed entry points name the hashed files that exist', () => {
  const names = new Set(readdirSync(dist));
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  for (const key of ['js', 'wasm', 'css', 'iframe']) assert.ok(names.has(manifest[key]), `manifest ${key}: ${manifest[key]}`);
  assert.ok(names.has(manifest.i18n.replace(/\/$/, '')), manifest.i18n);
  const loader = readFileSync(join(dist, 'loader.js'), 'utf8');
  for (const key of ['js', 'wasm', 'css', 'iframe']) assert.ok(loader.includes(manifest[key]), `loader.js names ${manifest[key]}`);
  const scripts = [...readFileSync(join(dist, 'embed.html'), 'utf8').matchAll(/<script[^>]* src="([^"]+)"/g)].map(m => m[1]);
  assert.deepEqual(scripts.filter(s => !names.has(s)), [], 'embed.html loads files that exist');
  assert.ok(scripts.some(s => /^frame\.[0-9a-f]{10}\.js$/.test(s)), `embed.html loads the hashed frame script: ${scripts}`);
});
