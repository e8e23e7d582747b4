// The importer against a real WordPress (scripts/wordpress/up.sh; run by scripts/wordpress/test.sh,
// which sets WP_BASE and ARTICLE_EMBED_BIN). The posts are the seed articles of www/articles/
// written as block-editor markup, so what they hold is known from those files; the hostile post
// is scripts/wordpress/hostile.html. The whole articles' posts are blocks.test.mjs's.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { join } from 'node:path';
import {
  base, bin, countOf, importOk, outDir, postId, readJson, refused, rest, restRoute, root, run, scratch,
} from './helpers.mjs';

const seed = (dir, file) => readJson(root, 'www', 'articles', dir, file);
const seedBody = (dir, lang) => {
  const doc = seed(dir, 'article.json');
  return lang === doc.original_language ? doc.translations[lang] : seed(dir, `${lang}.json`);
};
const tagged = t => t.blocks.filter(b => b.lang).map(b => `${b.id}:${b.lang}`);

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
  // Its table and its unresolved YouTube embed are carried (a table, a facade).
  assert.deepEqual(dropped, {
    iframe: 1, script: 1, style: 1, form: 1, shortcode: 1,
    'empty-block': 1, 'tracking-pixel': 1, 'image-without-size': 1, 'unsafe-link': 3,
  });
  assert.deepEqual(report.kept.en, { embed: 1, image: 1, list: 1, paragraph: 3, quote: 1, table: 1 });
  const text = readFileSync(join(out, 'article.json'), 'utf8').toLowerCase();
  for (const bad of ['javascript:', 'data:', '<script', '<iframe', 'owned', 'tracker.example', '[caption', 'contact-form']) {
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
  // Every other post imports: the whole articles, the classic one and the edge cases (the
  // untitled post too, headlined by its first words).
  for (const slug of ['eu-kazakhstan-closer-ties', 'eu-kazakhstan-closer-ties-da', 'eu-kazakhstan-relations',
    'eu-kazakhstan-relations-sw', 'unsupported-and-hostile-markup', 'whole-article', 'whole-article-da',
    'whole-article-sw', 'classic-editor-post', 'untitled-post', 'only-an-image', 'only-an-embed', 'empty-blocks',
    'more-and-nextpage']) {
    assert.ok(folders.includes(slug), `${slug} imported`);
    assert.equal(run('validate', join(out, slug, 'article.json')).status, 0);
  }
  assert.ok(!folders.includes('members-only') && !folders.includes('no-content'));
  const imported = Number(/(\d+) imported/.exec(first.stderr)[1]);
  assert.equal(imported, folders.length);
  const second = run('import', 'wordpress', '--site', base, '--out', out);
  assert.match(second.stderr, new RegExp(`0 imported, ${imported} unchanged, 2 failed`));
});

test('bad input from WordPress: 404, not JSON, no content, password-protected', async () => {
  refused(['--post', `${base}/wp-json/wp/v2/posts/999999`], /HTTP status 404/, '/posts/999999');
  refused(['--post', `${base}/`], /not JSON/, base);
  refused(['--post', await rest('no-content')], /has no content/, `/posts/${await postId('no-content')}`);
  refused(['--post', await rest('members-only')], /password-protected/, `/posts/${await postId('members-only')}`);
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
