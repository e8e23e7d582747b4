// The "Embed this article" page's rule for writing options into a code, against the table of
// cases in tests/embed-page-codes.json, which the Rust side that writes the page's default codes
// runs too (tests/publish_embed_page.rs): the page's script (www/embed-page.js) writes what
// publish would.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions, render, withOptions } from '../www/embed-page.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { cases } = JSON.parse(readFileSync(join(root, 'tests', 'embed-page-codes.json'), 'utf8'));
// What the page says in data-share-names (every target) and data-share-default (the default row).
const NAMES = ['native', 'facebook', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'bluesky', 'threads', 'mastodon', 'email', 'copy'];
const DEFAULT = NAMES.filter(n => n !== 'threads');

test('the table has its cases, every syntax among them', () => {
  assert.ok(cases.length >= 10, `${cases.length} cases`);
  assert.deepEqual([...new Set(cases.map(c => c.syntax))].sort(), ['attr', 'data', 'query']);
});

for (const c of cases) {
  test(`${c.syntax}: ${JSON.stringify([c.theme, c.share, c.params, c.maxHeight])}`, () => {
    assert.equal(render(c.syntax, parseOptions(c, NAMES, DEFAULT)), c.expect);
  });
}

test('the options go in at the offset the page gives, counted in UTF-16 units', () => {
  const code = '<article-embed src="é😀">x</article-embed>';
  const at = code.indexOf('>');
  const o = parseOptions({ theme: 'dark' }, NAMES, DEFAULT);
  assert.equal(withOptions(code, at, 'attr', o), '<article-embed src="é😀" theme="dark">x</article-embed>');
});
