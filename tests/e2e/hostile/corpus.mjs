// The hostile-content corpus: the strings of strings.json (also read by the native URL-policy
// test) plus generated ones, put into every string field of the fixtures (www/articles/*), as
// documents and translation files served by test routes.
//
// A "content" case puts one hostile text into every text field (titles, body, alt, names,
// ids, passage languages, networks…) and one hostile URL into every URL field, of the
// document and of its translation files. The fields that identify the document (format,
// published, original_language, languages, translation keys and file references, block types)
// keep their values there: a hostile value in all of them at once leaves nothing to show. Each
// of them gets "structure" cases of its own instead, where only `format` and `published` are
// expected to be refused.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../harness.mjs';

const strings = JSON.parse(readFileSync(join(root, 'tests', 'e2e', 'hostile', 'strings.json'), 'utf8'));
export const TEXTS = [
  ...strings.text,
  'W'.repeat(20000), // one very long word
  'long '.repeat(25000), // over the 100,000-byte limit: cut
];
export const URLS = strings.urls;

const FIXTURES = readdirSync(join(root, 'www', 'articles'), { withFileTypes: true })
  .filter(d => d.isDirectory() && d.name !== 'img').map(d => d.name).sort();
const read = (fixture, file) => JSON.parse(readFileSync(join(root, 'www', 'articles', fixture, file), 'utf8'));

const URL_KEYS = new Set(['url', 'src', 'href']);
/** Whether a content case keeps a string: `key` is its field's name, `path` its full path. */
const keeps = (key, path) => key === 'format' || key === 'published' || key === 'original_language' || key === 'type'
  || path[0] === 'languages' || (key === 'href' && path[0] === 'translations' && path.length === 3);

/** A copy of `value` with every string replaced: `url` in URL fields, `text` in the others. */
function infect(value, text, url, key = null, path = []) {
  if (typeof value === 'string') return keeps(key, path) ? value : URL_KEYS.has(key) ? url : text;
  if (Array.isArray(value)) return value.map((v, i) => infect(v, text, url, key, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, infect(v, text, url, k, [...path, k])]));
  }
  return value;
}

/** The fixture's document and translation files, as { 'article.json': …, 'da.json': … }. */
function files(fixture) {
  const doc = read(fixture, 'article.json');
  const out = { 'article.json': doc };
  for (const t of Object.values(doc.translations)) if (t.href) out[t.href] = read(fixture, t.href);
  return out;
}

/** Structure cases: one identifying field of a fixture made hostile; `refused` when it must be. */
const STRUCTURE = [
  { field: 'format', refused: true, apply: (d, s) => { d['article.json'].format = s; } },
  { field: 'published', refused: true, apply: (d, s) => { d['article.json'].published = s; } },
  { field: 'original_language', apply: (d, s) => { d['article.json'].original_language = s; } },
  { field: 'languages[0]', apply: (d, s) => { d['article.json'].languages[0] = s; } },
  {
    field: 'a translation key', apply: (d, s) => {
      const t = d['article.json'].translations;
      const [last] = Object.keys(t).slice(-1);
      t[s] = t[last]; delete t[last];
    },
  },
  { field: 'a translation href', apply: (d, s) => { for (const t of Object.values(d['article.json'].translations)) if (t.href) t.href = s; } },
  {
    field: 'every other block type', apply: (d, s) => {
      for (const f of Object.values(d)) {
        const ts = f.translations ? Object.values(f.translations) : [f];
        for (const t of ts) (t.blocks || []).forEach((b, i) => { if (i % 2) b.type = s; });
      }
    },
  },
];

/**
 * Every case: { id, fixture, kind, what, lang, refused, files } where `files` maps a file name
 * to its JSON text. `lang` cycles through the fixture's languages, so translation files are
 * fetched too.
 */
export function cases() {
  const out = [];
  const add = (fixture, kind, what, mutate, refused = false) => {
    const f = structuredClone(files(fixture));
    const shaped = mutate(f) ?? f;
    const langs = read(fixture, 'article.json').languages;
    out.push({
      id: `c${out.length}`, fixture, kind, what, refused,
      lang: langs[out.length % langs.length],
      files: Object.fromEntries(Object.entries(shaped).map(([n, j]) => [n, JSON.stringify(j)])),
    });
  };
  const n = Math.max(TEXTS.length, URLS.length);
  for (const fixture of FIXTURES) {
    for (let i = 0; i < n; i++) {
      const text = TEXTS[i % TEXTS.length], url = URLS[i % URLS.length];
      add(fixture, 'content', `text ${JSON.stringify(text.slice(0, 40))} / url ${JSON.stringify(url.slice(0, 40))}`,
        f => Object.fromEntries(Object.entries(f).map(([name, j]) => [name, infect(j, text, url)])));
    }
    STRUCTURE.forEach((s, i) => {
      const value = i % 2 ? URLS[i] : TEXTS[i];
      add(fixture, 'structure', `${s.field} = ${JSON.stringify(value.slice(0, 40))}`, f => { s.apply(f, value); }, !!s.refused);
    });
  }
  // A very long document: far more blocks than the format allows (cut to the limit).
  add(FIXTURES[0], 'content', 'a very long document', f => {
    const en = f['article.json'].translations[read(FIXTURES[0], 'article.json').original_language];
    const body = en.blocks.filter(b => b.type === 'paragraph');
    en.blocks = Array.from({ length: 2600 }, (_, i) => ({ ...body[i % body.length], id: `x${i}`, text: `${TEXTS[i % 20]} ${i}` }));
  });
  return out;
}

/** Server routes for the cases: /__hostile/<id>/<file>, and pages of `perPage` embeds at /__hostile/page<N>.html. */
export function routes(all, perPage) {
  const r = {};
  const json = text => (req, res) => { res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }); res.end(text); };
  for (const c of all) for (const [name, text] of Object.entries(c.files)) r[`/__hostile/${c.id}/${name}`] = json(text);
  const pages = [];
  for (let i = 0; i < all.length; i += perPage) pages.push(all.slice(i, i + perPage));
  pages.forEach((page, n) => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Hostile content ${n}</title>
<script async src="/dist/loader.js"></script></head><body>
<p id="host-before">The host's own text.</p>
${page.map(c => `<article-embed id="${c.id}" src="/__hostile/${c.id}/article.json" lang="${c.lang}"><a href="https://example.test/${c.id}">Read it</a></article-embed>`).join('\n')}
<p id="host-after">The host's own text, after.</p>
</body></html>`;
    r[`/__hostile/page${n}.html`] = (req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(html); };
  });
  return { routes: r, pages: pages.length };
}
