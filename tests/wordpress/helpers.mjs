// What the tests against the real WordPress share (scripts/wordpress/test.sh sets WP_BASE and
// ARTICLE_EMBED_BIN): the tool, a scratch folder, the site's posts by slug, and an import
// checked by the tool's validator and the JSON Schema.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const base = process.env.WP_BASE;
export const bin = join(root, process.env.ARTICLE_EMBED_BIN ?? 'target/debug/article-embed');
if (!base) throw new Error('WP_BASE is not set: run scripts/wordpress/test.sh');

export const scratch = mkdtempSync(join(tmpdir(), 'article-embed-wp-'));
test.after(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
/** A fresh output folder's path (not created). */
export const outDir = () => join(scratch, `out-${++n}`);
export const run = (...args) => spawnSync(bin, args, { encoding: 'utf8', timeout: 120_000 });
export const readJson = (...p) => JSON.parse(readFileSync(join(...p), 'utf8'));
/** A translation's blocks without the featured image (and, with `ad`, without the ad slot). */
export const body = (t, { ad = true } = {}) => t.blocks.filter(b => b.id !== 'featured' && (ad || b.type !== 'ad'));
export const countOf = (t, type) => body(t).filter(b => b.type === type).length;

const schema = readJson(root, 'www', 'article.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(schema);
const documentOk = ajv.getSchema(schema.$id);
const translationOk = ajv.getSchema(`${schema.$id}#/$defs/translation`);

export async function postId(slug) {
  // Published posts by slug; the password-protected one is listed too (its content is not).
  const found = await (await fetch(`${base}/wp-json/wp/v2/posts?slug=${slug}&_fields=id`)).json();
  assert.equal(found.length, 1, `post ${slug} exists`);
  return found[0].id;
}
export const rest = async slug => `${base}/wp-json/wp/v2/posts/${await postId(slug)}`;
export const restRoute = async slug => `${base}/?rest_route=/wp/v2/posts/${await postId(slug)}`;
/** A post as the REST API serves it. */
export const restPost = async slug => (await fetch(await rest(slug))).json();

/** Imports and checks the result: exit 0, valid by the tool's validator and the JSON Schema. */
export function importOk(...args) {
  const out = outDir();
  const r = run('import', 'wordpress', ...args, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  const v = run('validate', join(out, 'article.json'));
  assert.equal(v.status, 0, v.stdout);
  const doc = readJson(out, 'article.json');
  assert.ok(documentOk(doc), JSON.stringify(documentOk.errors));
  const files = { article: doc, report: r.stderr, dir: out };
  for (const lang of doc.languages.slice(1)) {
    files[lang] = readJson(out, `${lang}.json`);
    assert.ok(translationOk(files[lang]), JSON.stringify(translationOk.errors));
  }
  return files;
}

/** A bad input: exit status non-zero, one line on stderr naming the input, no output folder. */
export function refused(args, why, input) {
  const out = outDir();
  const r = run('import', 'wordpress', ...args, '--out', out);
  assert.notEqual(r.status, 0);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], why);
  if (input) assert.ok(lines[0].includes(input), `${lines[0]} names ${input}`);
  assert.ok(!existsSync(out), 'nothing written');
}
