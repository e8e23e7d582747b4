// Whole articles from the real WordPress (scripts/wordpress/seed-blocks.php): a post of every
// kind of block the format carries, its Danish machine translation block for block and its
// restructured Swahili translation, the classic editor's post and WordPress's edge cases. The
// embeds come from WordPress's oEmbed cache, seeded with the providers' answers
// (scripts/wordpress/oembed-cache.json), so content.rendered is what a live site serves.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { body, countOf, importOk, outDir, readJson, rest, restPost, root, run, scratch } from './helpers.mjs';

const cache = readJson(root, 'scripts', 'wordpress', 'oembed-cache.json').html;
const kinds = t => body(t, { ad: false }).map(b => b.type);

test('WordPress renders each embed from its seeded oEmbed cache, as from a live answer', async () => {
  const html = (await restPost('whole-article')).content.rendered;
  // The provider's html in place of the embed block's bare URL, with WordPress's own touch
  // (lazy loading) on the iframes.
  assert.match(html, /<iframe loading="lazy" width="500" height="281" src="https:\/\/www\.youtube\.com\/embed\/M7lc1UVf-VE\?feature=oembed"/);
  assert.match(html, /<iframe loading="lazy" src="https:\/\/player\.vimeo\.com\/video\/76979871\?dnt=1&amp;app_id=122963"/);
  assert.ok(html.includes(cache['https://twitter.com/Interior/status/507185938620219395'].split('\n')[0]), 'the X blockquote');
  assert.ok(html.includes('<script async src="https://platform.twitter.com/widgets.js"'), "and X's script");
  assert.ok(!html.includes('\nhttps://www.youtube.com/watch?v=M7lc1UVf-VE\n'), 'no bare URL left');
});

test('a post of every kind imports with nothing of those kinds dropped, only the networks\' scripts', async () => {
  const reportFile = join(scratch, 'whole-report.json');
  const r = importOk('--post', await rest('whole-article'), '--report', reportFile);
  const report = readJson(reportFile);
  const dropped = Object.fromEntries(Object.entries(report.dropped).map(([k, v]) => [k, v.count]));
  assert.deepEqual(dropped, { script: 3 });
  const en = r.article.translations.en;
  for (const [type, n] of Object.entries({
    table: 1, embed: 2, post: 2, gallery: 1, list: 1, quote: 1, preformatted: 3, separator: 1, video: 1, audio: 1,
    buttons: 1,
  })) {
    assert.equal(countOf(en, type), n, `${type}s`);
  }
  const byType = type => body(en).find(b => b.type === type);
  assert.deepEqual(byType('table').head[0].map(c => c.text ?? c), ['Year', 'Exports to the EU', 'Imports from the EU']);
  assert.equal(byType('table').body[1][1].align, 'end');
  const yt = byType('embed');
  assert.deepEqual([yt.provider, yt.url, yt.title, yt.caption],
    ['youtube', 'https://www.youtube.com/watch?v=M7lc1UVf-VE', 'YouTube Developers Live: Embedded Web Player Customization',
      'The ministers answer questions after the Council']);
  const x = byType('post');
  assert.deepEqual([x.network, x.author, x.handle, x.date, x.url],
    ['x', 'US Department of the Interior', '@Interior', '2014-05-29', 'https://twitter.com/Interior/status/507185938620219395']);
  assert.equal(byType('gallery').images.length, 3);
  assert.equal(byType('list').items[0].list.items[1].list.ordered, true);
  assert.equal(byType('quote').pull, true);
  assert.deepEqual(body(en).filter(b => b.type === 'preformatted').map(b => b.variant), ['code', 'verse', 'plain']);
  assert.equal(new URL(byType('video').src).host, new URL(r.article.url).host, 'first party');
  assert.equal(byType('video').tracks[0].srclang, 'en');
  // One warning: the Mastodon post, whose embed holds no text, is a link to it.
  assert.match(r.report, /warning: en: https:\/\/mastodon\.example\/@newsdesk\/108506000000000001 is kept as a link/);
  const text = readFileSync(join(r.dir, 'article.json'), 'utf8');
  for (const bad of ['<script', '<iframe', 'widgets.js', 'embed.js', 'youtube.com/embed']) assert.ok(!text.includes(bad), bad);
});

test('a restructured translation imports beside an aligned one, from REST posts or a rendered page', async () => {
  const [en, da, sw] = await Promise.all(['whole-article', 'whole-article-da', 'whole-article-sw'].map(rest));
  const r = importOk('--post', en, '--translation', `da=${da}`, '--translation', `sw=${sw}`, '--machine-translated', 'da');
  assert.deepEqual(r.article.languages, ['en', 'da', 'sw']);
  const original = r.article.translations.en;
  assert.deepEqual(r.da.blocks.map(b => b.id), original.blocks.map(b => b.id), 'Danish: block for block');
  assert.match(r.report, /warning: da: block tbl01 has the XNUMX artifact/);
  assert.deepEqual(kinds(r.sw), ['paragraph', 'heading', 'post', 'heading', 'table', 'paragraph', 'heading', 'embed',
    'list', 'quote', 'video', 'paragraph'], 'Swahili: its own blocks, in its own order');
  const aligned = body(r.sw, { ad: false }).filter(b => b.id).map(b => b.id);
  for (const id of ['p01', 'tbl01', 'emb01', 'post01', 'vid01']) assert.ok(aligned.includes(id), `${id} in ${aligned}`);
  const line = r.report.split('\n').filter(l => l.includes('not block for block'));
  assert.deepEqual(line, [`  warning: sw: not block for block with the original: ${aligned.length} of its 12 blocks aligned with the original's ${body(original, { ad: false }).length}, ${12 - aligned.length} kept without an original's id`]);
  // The same translation given as its rendered page (a page-translation plugin's) gives the
  // same blocks.
  const page = (await restPost('whole-article-sw')).link;
  const p = importOk('--post', en, '--translation', `sw=${page}`);
  assert.deepEqual(kinds(p.sw), kinds(r.sw));
  assert.deepEqual(body(p.sw, { ad: false }).map(b => b.id), body(r.sw, { ad: false }).map(b => b.id));
});

test('an unusable translation is left out with one warning line, the article and its other languages kept', async () => {
  const en = await rest('whole-article');
  const r = importOk('--post', en, '--translation', `da=${await rest('members-only')}`,
    '--translation', `sw=${await rest('whole-article-sw')}`, '--translation', `ar=${await rest('no-content')}`);
  assert.deepEqual(r.article.languages, ['en', 'sw']);
  assert.match(r.report, /warning: da: translation left out \(.*\): it is password-protected; the other languages are kept/);
  assert.match(r.report, /warning: ar: translation left out \(.*\): it has no content the format can carry/);
  // The English original given as the Danish translation is in the wrong language.
  const wrong = importOk('--post', en, '--translation', `da=${en}`);
  assert.deepEqual(wrong.article.languages, ['en']);
  assert.match(wrong.report, /warning: da: translation left out \(.*\): its text is in en/);
});

test("the classic editor's post and WordPress's edge cases import", async () => {
  const classic = importOk('--post', await rest('classic-editor-post')).article.translations.en;
  assert.deepEqual(kinds(classic), ['paragraph', 'image', 'heading', 'table', 'gallery', 'embed', 'embed', 'video', 'audio',
    'list', 'quote', 'preformatted', 'separator', 'paragraph']);
  const untitled = importOk('--post', await rest('untitled-post'));
  assert.equal(untitled.article.translations.en.title, 'A quick note from Luxembourg: the Council has just ended…');
  assert.match(untitled.report, /warning: en: the post has no title; its headline is "A quick note/);
  assert.deepEqual(kinds(importOk('--post', await rest('only-an-image')).article.translations.en), ['image']);
  assert.deepEqual(kinds(importOk('--post', await rest('only-an-embed')).article.translations.en), ['embed']);
  const empty = importOk('--post', await rest('empty-blocks'));
  assert.deepEqual(kinds(empty.article.translations.en), ['paragraph']);
  assert.match(empty.report, /dropped 9 empty-block/);
  const paged = importOk('--post', await rest('more-and-nextpage')).article.translations.en;
  assert.deepEqual(body(paged).map(b => b.text),
    ['Before the more tag: the teaser.', 'After it, on the first page.', 'The second page.']);
  // A post with nothing to carry is still refused, in one line.
  const none = run('import', 'wordpress', '--post', await rest('no-content'), '--out', outDir());
  assert.notEqual(none.status, 0);
});
