// The published JSON Schema (www/article.schema.json) accepts every fixture the widget renders
// and refuses what the widget's validator refuses, so publishers can check documents in their
// own CI. Translation files are checked against the schema's `translation` definition.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = JSON.parse(readFileSync(join(root, 'www', 'article.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(schema);
const documentOk = ajv.getSchema(schema.$id);
const translationOk = ajv.getSchema(`${schema.$id}#/$defs/translation`);
const articles = join(root, 'www', 'articles');
const read = (...p) => JSON.parse(readFileSync(join(articles, ...p), 'utf8'));
const fixtures = readdirSync(articles).filter(d => d !== 'img');
const explain = v => JSON.stringify(v.errors?.slice(0, 3));

test('every fixture document and translation file is valid', () => {
  assert.ok(fixtures.length >= 2);
  for (const dir of fixtures) {
    const doc = read(dir, 'article.json');
    assert.ok(documentOk(doc), `${dir}/article.json: ${explain(documentOk)}`);
    for (const [lang, t] of Object.entries(doc.translations)) {
      if (typeof t.href !== 'string') continue;
      assert.ok(translationOk(read(dir, t.href)), `${dir}/${t.href} (${lang}): ${explain(translationOk)}`);
    }
  }
});

test('what the widget refuses, the schema refuses', () => {
  const doc = read(fixtures[0], 'article.json');
  const original = doc.original_language;
  const broken = [
    ['another format', d => { d.format = 'article-embed/2'; }],
    ['a script URL', d => { d.url = 'javascript:alert(1)'; }],
    ['a script URL for the newsletter', d => { d.publisher.newsletter = { url: 'javascript:alert(1)' }; }],
    ['a newsletter without its URL', d => { d.publisher.newsletter = { href: 'https://e.example/' }; }],
    ['no publisher', d => { delete d.publisher; }],
    ['an unknown field', d => { d.extra = 1; }],
    ['an unknown block type', d => { d.translations[original].blocks[0].type = 'vid'; }],
    ['a date without a zone', d => { d.published = '2022-06-21T09:00:00'; }],
  ];
  for (const [what, change] of broken) {
    const d = structuredClone(doc);
    change(d);
    assert.equal(documentOk(d), false, `accepted ${what}`);
  }
});
