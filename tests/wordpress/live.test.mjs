// The importer against a real WordPress (scripts/wordpress/up.sh; run by scripts/wordpress/test.sh,
// which sets WP_BASE and ARTICLE_EMBED_BIN). The posts are the seed articles of www/articles/
// written as block-editor markup, so what they hold is known from those files; the hostile post
// is scripts/wordpress/hostile.html.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const base = process.env.WP_BASE;
const bin = join(root, process.env.ARTICLE_EMBED_BIN ?? 'target/debug/article-embed');
if (!base) throw new Error('WP_BASE is not set: run scripts/wordpress/test.sh');

const scratch = mkdtempSync(join(tmpdir(), 'article-embed-wp-'));
test.after(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
const outDir = () => join(scratch, `out-${++n}`);
const run = (...args) => spawnSync(bin, args, { encoding: 'utf8', timeout: 120_000 });
const readJson = (...p) => JSON.parse(readFileSync(join(...p), 'utf8'));
const seed = (dir, file) => readJson(root, 'www', 'articles', dir, file);
const seedBody = (dir, lang) => {
  const doc = seed(dir, 'article.json');
  return lang === doc.original_language ? doc.translations[lang] : seed(dir, `${lang}.json`);
};
const body = t => t.blocks.filter(b => b.id !== 'featured');
const countOf = (t, type) => body(t).filter(b => b.type === type).length;
const tagged = t => t.blocks.filter(b => b.lang).map(b => `${b.id}:${b.lang}`);

const schema = readJson(root, 'www', 'article.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(schema);
const documentOk = ajv.getSchema(schema.$id);
const translationOk = ajv.getSchema(`${schema.$id}#/$defs/translation`);

async function postId(slug) {
  // Published posts by slug; the password-protected one is listed too (its content is not).
  const found = await (await fetch(`${base}/wp-json/wp/v2/posts?slug=${slug}&_fields=id`)).json();
  assert.equal(found.length, 1, `post ${slug} exists`);
  return found[0].id;
}
const rest = async slug => `${base}/wp-json/wp/v2/posts/${await postId(slug)}`;
const restRoute = async slug => `${base}/?rest_route=/wp/v2/posts/${await postId(slug)}`;

/** Imports and checks the result: exit 0, valid by the tool's validator and the JSON Schema. */
function importOk(...args) {
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

test('the Danish article from the REST API: counts as in the seed, aligned, XNUMX warned', async () => {
  const en = await rest('eu-kazakhstan-closer-ties');
  const da = await rest('eu-kazakhstan-closer-ties-da');
  const r = importOk('--post', en, '--translation', `da=${da}`, '--machine-translated', 'da');
  const original = r.article.translations.en;
  for (const [lang, t] of [['en', original], ['da', r.da]]) {
    const s = seedBody('eu-kazakhstan-closer-ties', lang);
    for (const type of ['paragraph', 'heading', 'image', 'list', 'quote']) {
      assert.equal(countOf(t, type), countOf(s, type), `${lang} ${type}s`);
    }
  }
  assert.deepEqual(r.da.blocks.map(b => b.id), original.blocks.map(b => b.id));
  assert.equal(r.article.translations.da.machine_translated, true);
  assert.match(r.report, /warning: da: block p\d+ has the XNUMX artifact/);
  assert.equal(r.article.author, 'Martin Banks');
  assert.equal(r.article.published, '2022-06-21T07:00:00Z');
  assert.equal(r.article.publisher.name, 'Article Embed Test Site');
  const featured = original.blocks[0];
  assert.deepEqual([featured.id, featured.width, featured.height], ['featured', 1200, 675]);
});

test('a translation given as its rendered page gives the same blocks as its REST post', async () => {
  const en = await rest('eu-kazakhstan-closer-ties');
  const daRest = await rest('eu-kazakhstan-closer-ties-da');
  const page = (await (await fetch(`${daRest}?_fields=link`)).json()).link;
  const a = importOk('--post', en, '--translation', `da=${daRest}`);
  const b = importOk('--post', en, '--translation', `da=${page}`);
  assert.deepEqual(b.da.blocks, a.da.blocks);
  assert.equal(b.da.title, a.da.title);
  assert.equal(b.da.url, page);
});

test('English passages left in the Swahili post are tagged en (the post has no lang attributes)', async () => {
  const en = await restRoute('eu-kazakhstan-relations');
  const sw = await restRoute('eu-kazakhstan-relations-sw');
  const r = importOk('--post', en, '--translation', `sw=${sw}`, '--machine-translated', 'sw');
  const s = seedBody('eu-kazakhstan-relations', 'sw');
  assert.deepEqual(tagged(r.sw), tagged(s));
  assert.ok(tagged(r.sw).length >= 2);
  assert.deepEqual(tagged(r.article.translations.en), []);
  for (const type of ['paragraph', 'heading', 'list']) {
    assert.equal(countOf(r.sw, type), countOf(s, type), `sw ${type}s`);
    assert.equal(countOf(r.article.translations.en, type), countOf(s, type), `en ${type}s`);
  }
});

test('the hostile post: dropped counts by kind exactly, nothing hostile left', async () => {
  const out = outDir();
  const reportFile = join(scratch, 'hostile-report.json');
  const r = run('import', 'wordpress', '--post', await rest('unsupported-and-hostile-markup'), '--out', out, '--report', reportFile);
  assert.equal(r.status, 0, r.stderr);
  const report = readJson(reportFile);
  const dropped = Object.fromEntries(Object.entries(report.dropped).map(([k, v]) => [k, v.count]));
  assert.deepEqual(dropped, {
    table: 1, embed: 1, iframe: 1, script: 1, style: 1, form: 1, shortcode: 1,
    'empty-paragraph': 1, 'tracking-pixel': 1, 'image-without-size': 1, 'unsafe-link': 3,
  });
  assert.deepEqual(report.kept.en, { image: 1, list: 1, paragraph: 3, quote: 1 });
  const text = readFileSync(join(out, 'article.json'), 'utf8').toLowerCase();
  for (const bad of ['javascript:', 'data:', '<script', 'owned', 'youtube', 'tracker.example', '[caption', 'contact-form']) {
    assert.ok(!text.includes(bad), `${bad} is gone`);
  }
  const doc = JSON.parse(readFileSync(join(out, 'article.json'), 'utf8'));
  assert.equal(doc.translations.en.title, 'Unsupported & “hostile” markup');
  assert.equal(doc.translations.en.lead, 'A post of everything the format cannot carry.');
});

test('--site imports every post into its folder, then skips them all as unchanged', () => {
  const out = outDir();
  const first = run('import', 'wordpress', '--site', base, '--out', out, '--jobs', '2');
  // The password-protected post and the post without content are reported, the rest imported.
  assert.equal(first.status, 1, first.stderr);
  const failed = first.stderr.split('\n').filter(l => l.includes('failed:'));
  assert.equal(failed.length, 2, first.stderr);
  assert.ok(failed.some(l => l.includes('password-protected')) && failed.some(l => l.includes('no content')));
  const folders = readdirSync(out).sort();
  for (const slug of ['eu-kazakhstan-closer-ties', 'eu-kazakhstan-closer-ties-da', 'eu-kazakhstan-relations',
    'eu-kazakhstan-relations-sw', 'unsupported-and-hostile-markup']) {
    assert.ok(folders.includes(slug), `${slug} imported`);
    assert.equal(run('validate', join(out, slug, 'article.json')).status, 0);
  }
  assert.ok(!folders.includes('members-only') && !folders.includes('no-content'));
  const imported = Number(/(\d+) imported/.exec(first.stderr)[1]);
  assert.equal(imported, folders.length);
  const second = run('import', 'wordpress', '--site', base, '--out', out);
  assert.match(second.stderr, new RegExp(`0 imported, ${imported} unchanged, 2 failed`));
});

/** A bad input: exit status non-zero, one line on stderr naming the input, no output folder. */
function refused(args, why, input) {
  const out = outDir();
  const r = run('import', 'wordpress', ...args, '--out', out);
  assert.notEqual(r.status, 0);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], why);
  if (input) assert.ok(lines[0].includes(input), `${lines[0]} names ${input}`);
  assert.ok(!existsSync(out), 'nothing written');
}

test('bad input from WordPress: 404, not JSON, no content, password-protected, mismatched', async () => {
  refused(['--post', `${base}/wp-json/wp/v2/posts/999999`], /HTTP status 404/, '/posts/999999');
  refused(['--post', `${base}/`], /not JSON/, base);
  refused(['--post', await rest('no-content')], /has no content/, `/posts/${await postId('no-content')}`);
  refused(['--post', await rest('members-only')], /password-protected/, `/posts/${await postId('members-only')}`);
  const sw = await rest('eu-kazakhstan-relations-sw');
  refused(['--post', await rest('eu-kazakhstan-closer-ties'), '--translation', `sw=${sw}`],
    /translation sw does not match the original: block \d+ is/, sw);
});

test('bad connections: a stalled server times out, a redirect loop ends', async () => {
  const sockets = new Set();
  const stall = createTcpServer(s => sockets.add(s)); // accepts, never answers
  const loop = createServer((req, res) => res.writeHead(302, { location: req.url }).end());
  await Promise.all([new Promise(r => stall.listen(0, '127.0.0.1', r)), new Promise(r => loop.listen(0, '127.0.0.1', r))]);
  try {
    const stalled = `http://127.0.0.1:${stall.address().port}/wp-json/wp/v2/posts/1`;
    const t = spawnAsync(['--post', stalled, '--timeout', '1']);
    const looped = `http://127.0.0.1:${loop.address().port}/wp-json/wp/v2/posts/1`;
    const l = spawnAsync(['--post', looped]);
    const [tr, lr] = await Promise.all([t, l]);
    // The stalled one ends by the timeout it was given (1 s), which its error names.
    for (const [r, why] of [[tr, /: no answer within 1000 ms \(timeout\)$/], [lr, /too many redirects/]]) {
      assert.notEqual(r.status, 0);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr.trim(), why);
      assert.ok(!existsSync(r.out));
    }
  } finally {
    for (const s of sockets) s.destroy();
    stall.close();
    loop.close();
  }
});

// The servers above live in this process: run the tool without blocking its event loop.
import { spawn } from 'node:child_process';
function spawnAsync(args) {
  const out = outDir();
  return new Promise(resolve => {
    const child = spawn(bin, ['import', 'wordpress', ...args, '--out', out]);
    let stderr = '';
    child.stderr.on('data', d => { stderr += d; });
    child.on('close', status => resolve({ status, stderr, out }));
  });
}
