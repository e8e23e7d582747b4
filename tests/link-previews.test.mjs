// What a shared link of each published page previews as, read back as link previewers read it:
// `article-embed publish` of both demo articles, then every embed and card page in every
// language through metascraper (the metadata parser link-preview services run, with its rules
// for title, description, image, author, publisher, dates, language and URL) and cheerio for
// the Open Graph and Twitter fields metascraper does not return, and the JSON-LD block parsed as
// JSON. The author comes from the metadata, never from the visible byline with its direction
// marks ("Af ⁨Martin Banks⁩"). The parser lives in tests/link-previews/ (scripts/setup.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'tests', 'link-previews', 'package.json'));
const cheerio = require('cheerio');
const metascraper = require('metascraper')([
  require('metascraper-author')(), require('metascraper-date')({ datePublished: true, dateModified: true }),
  require('metascraper-description')(), require('metascraper-image')(), require('metascraper-lang')(),
  require('metascraper-publisher')(), require('metascraper-title')(), require('metascraper-url')(),
]);

const FOLDERS = ['eu-kazakhstan-closer-ties', 'eu-kazakhstan-relations'];
const BASE = 'https://cdn.example.com/articles/'; // a TLD metascraper takes
const read = (...p) => JSON.parse(readFileSync(join(...p), 'utf8'));
let out;

before(() => {
  out = mkdtempSync(join(tmpdir(), 'article-embed-previews-'));
  execFileSync('cargo', ['run', '--quiet', '--bin', 'article-embed', '--', 'publish', join('www', 'articles'), '--out', out, '--base', BASE],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
});
after(() => out && rmSync(out, { recursive: true, force: true }));

/** An article as its documents have it: each language's translation (inline or in its own file). */
function article(folder) {
  const doc = read(root, 'www', 'articles', folder, 'article.json');
  const t = lang => {
    const x = doc.translations[lang];
    return x.href ? read(root, 'www', 'articles', folder, x.href) : x;
  };
  return { doc, t };
}
// metascraper's titles and descriptions curl their quotes (its smartquotes step): compared straight.
const straight = s => s?.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'");
const plain = text => (Array.isArray(text) ? text.map(p => (typeof p === 'string' ? p : p.a ?? p.b ?? p.i ?? p.span ?? '')).join('') : text)
  .replace(/\s+/g, ' ').trim();

for (const folder of FOLDERS) {
  test(`${folder}: every embed and card page previews with its title, description, image, author, publisher, dates, language and URL`, async () => {
    const { doc, t } = article(folder);
    let pages = 0;
    for (const lang of doc.languages) {
      const tr = t(lang);
      const pageUrl = tr.url ?? doc.url;
      const image = tr.blocks.find(b => b.type === 'image');
      const first = tr.lead ?? plain(tr.blocks.find(b => b.type === 'paragraph').text);
      for (const kind of ['embed', 'card']) {
        const html = readFileSync(join(out, folder, kind, `${lang}.html`), 'utf8');
        const url = `${BASE}${folder}/${kind}/${lang}.html`;
        const at = `${kind}/${lang}`;
        const m = await metascraper({ html, url });
        assert.equal(straight(m.title), tr.title, at);
        assert.ok(m.description.length <= 200 && m.description.length > 40, `${at}: ${m.description}`);
        assert.ok(first.startsWith(straight(m.description).replace(/…$/, '')), `${at}: the description is the lead or first paragraph: ${m.description}`);
        assert.equal(m.author, doc.author ?? null, `${at}: the author's name, from the metadata`);
        if (m.author) assert.doesNotMatch(m.author, /[\u2066-\u2069]/, 'no direction marks');
        assert.equal(m.publisher, doc.publisher.name, at);
        assert.equal(m.datePublished, new Date(doc.published).toISOString(), at);
        assert.equal(m.dateModified, new Date(doc.modified ?? doc.published).toISOString(), at);
        assert.equal(m.lang, lang, at);
        assert.equal(m.url, pageUrl, `${at}: the canonical page`);
        assert.equal(m.image, image ? new URL(image.src, `${BASE}${folder}/`).href : null, `${at}: the first image`);

        // What metascraper does not return: Open Graph's and Twitter's own fields.
        const $ = cheerio.load(html);
        const prop = p => $(`meta[property="${p}"]`).map((_, e) => $(e).attr('content')).get();
        const name = n => $(`meta[name="${n}"]`).attr('content');
        assert.deepEqual(prop('og:type'), ['article'], at);
        assert.deepEqual(prop('og:site_name'), [doc.publisher.name], at);
        assert.deepEqual(prop('og:locale'), [lang], at);
        assert.deepEqual(prop('og:locale:alternate'), doc.languages.filter(l => l !== lang), at);
        assert.deepEqual(prop('article:published_time'), [doc.published], at);
        assert.deepEqual(prop('og:image:alt'), image ? [image.alt] : [], at);
        assert.deepEqual(prop('og:image:width'), image ? [String(image.width)] : [], at);
        assert.equal(name('twitter:card'), image ? 'summary_large_image' : 'summary', at);
        assert.equal($('link[rel="canonical"]').attr('href'), pageUrl, at);

        // The JSON-LD block, parsed.
        const blocks = $('script[type="application/ld+json"]');
        assert.equal(blocks.length, 1, at);
        const ld = JSON.parse(blocks.text());
        assert.equal(ld['@type'], 'NewsArticle', at);
        assert.equal(ld.headline, tr.title, at);
        assert.equal(ld.inLanguage, lang, at);
        assert.equal(ld.url, pageUrl, at);
        assert.deepEqual(ld.publisher, { '@type': 'Organization', name: doc.publisher.name, url: doc.publisher.url }, at);
        assert.deepEqual(ld.author, doc.author ? { '@type': 'Person', name: doc.author } : undefined, at);
        const from = tr.translated_from ?? doc.original_language;
        const original = from === lang ? null : t(from).url ?? doc.url;
        assert.equal(ld.isBasedOn, original ?? undefined, `${at}: a translation names its original`);
        assert.equal(ld.translationOfWork?.url, original ?? undefined, at);
        pages++;
      }
    }
    assert.equal(pages, doc.languages.length * 2, 'every page was read');
  });
}
