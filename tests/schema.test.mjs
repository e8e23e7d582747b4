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

// The whole article's blocks: each kind as docs/article-format.md shows it passes, and what the
// validator drops (tests/blocks.rs) the schema refuses. The first-party rule for media needs
// the document's URL, which a schema does not know: only the validator checks it.
const withBlocks = blocks => {
  const d = structuredClone(read(fixtures[0], 'article.json'));
  d.translations[d.original_language].blocks.push(...blocks);
  return d;
};
const good = [
  { type: 'table', caption: 'Trade', head: [['', { text: '2021', align: 'end' }]],
    body: [[{ text: 'Exports', header: true }, { text: ['24,', { b: '300' }], align: 'end' }], ['Imports', '']],
    foot: [[{ text: 'Source: Eurostat', colspan: 2 }]] },
  { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE', title: 'T', caption: 'C',
    poster: 'media/still.jpg', width: 1280, height: 720 },
  { type: 'embed', provider: 'vimeo', url: 'https://vimeo.com/76979871' },
  { type: 'post', network: 'mastodon', url: 'https://mastodon.social/@eu/1', author: 'EU', handle: '@eu@mastodon.social',
    date: '2022-06-20', text: ['Met today', { note: 'n1' }], media: 'A photo' },
  { type: 'video', src: 'media/clip.webm', poster: 'media/clip.jpg', width: 320, height: 180, caption: 'C',
    tracks: [{ src: 'media/clip.en.vtt', srclang: 'en', label: 'English', kind: 'captions' }] },
  { type: 'audio', src: 'media/clip.ogg' },
  { type: 'gallery', caption: 'G', images: [{ src: 'a.jpg', alt: '', width: 4, height: 3, caption: 'A' }] },
  { type: 'list', items: ['a', { text: 'b', list: { ordered: true, items: ['c', { list: { items: ['d'] } }] } }] },
  { type: 'quote', text: 'Q', cite: 'C', pull: true },
  { type: 'preformatted', variant: 'verse', text: 'a\nb' },
  { type: 'separator' },
  { type: 'buttons', items: [{ text: 'Go', url: 'https://a.example/' }] },
  { type: 'footnotes', notes: [{ id: 'n1', text: 'A note.' }] },
];

test('every new block kind, as the format documents it, is valid', () => {
  for (const b of good) assert.ok(documentOk(withBlocks([b])), `${b.type}: ${explain(documentOk)}`);
});

test('what the validator drops of the new blocks, the schema refuses', () => {
  const bad = [
    ['an unknown provider', { type: 'embed', provider: 'dailymotion', url: 'https://www.dailymotion.com/video/x1' }],
    ['a script URL for an embed', { type: 'embed', provider: 'youtube', url: 'javascript:alert(1)' }],
    ['a table without body rows', { type: 'table', head: [['a']], body: [] }],
    ['a cell aligned left', { type: 'table', body: [[{ text: 'x', align: 'left' }]] }],
    ['a cell spanning too far', { type: 'table', body: [[{ text: 'x', colspan: 51 }]] }],
    ['an unknown network', { type: 'post', network: 'myspace', url: 'https://m.example/1', author: 'A', text: 'x' }],
    ['a post dated in words', { type: 'post', network: 'x', url: 'https://x.com/a/status/1', author: 'A', text: 'x', date: '20 June' }],
    ['an empty list item', { type: 'list', items: [{}] }],
    ['an unknown variant', { type: 'preformatted', variant: 'haiku', text: 'x' }],
    ['a script button', { type: 'buttons', items: [{ text: 'Go', url: 'javascript:alert(1)' }] }],
    ['a separator with text', { type: 'separator', text: 'x' }],
    ['a bad note id', { type: 'footnotes', notes: [{ id: 'n 1', text: 'x' }] }],
    ['an unknown track kind', { type: 'video', src: 'a.webm', tracks: [{ src: 'a.vtt', srclang: 'en', label: 'E', kind: 'chapters' }] }],
  ];
  for (const [what, b] of bad) assert.equal(documentOk(withBlocks([b])), false, `accepted ${what}`);
});
