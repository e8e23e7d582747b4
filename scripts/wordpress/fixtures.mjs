// Saves the REST responses of the test site's posts into tests/fixtures/wordpress/, for the
// native tests of the mapping (tests/import_*.rs), which run without WordPress. Run against the
// test site, under the machine's WordPress lock:
//
//   flock /tmp/wordpress.lock bash -c 'base=$(bash scripts/wordpress/up.sh | tail -n 1);
//     WP_BASE=$base node scripts/wordpress/fixtures.mjs; bash scripts/wordpress/down.sh'
//
// Each file is the post as `GET /wp-json/wp/v2/posts/<id>?_embed` returns it, less the `_links`
// (and the embedded objects' own `_links`), which the importer never reads.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const base = process.env.WP_BASE;
if (!base) throw new Error('WP_BASE is not set');
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', 'wordpress');

// slug on the test site → fixture name
const posts = {
  'whole-article': 'post-whole-article.en.json',
  'whole-article-da': 'post-whole-article.da.json',
  'whole-article-sw': 'post-whole-article.sw.json',
  'classic-editor-post': 'post-classic.json',
  'untitled-post': 'post-untitled.json',
  'only-an-image': 'post-only-image.json',
  'only-an-embed': 'post-only-embed.json',
  'empty-blocks': 'post-empty-blocks.json',
  'more-and-nextpage': 'post-more-nextpage.json',
};

const noLinks = v => Array.isArray(v) ? v.map(noLinks)
  : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== '_links').map(([k, x]) => [k, noLinks(x)]))
  : v;

for (const [slug, file] of Object.entries(posts)) {
  const [{ id }] = await (await fetch(`${base}/wp-json/wp/v2/posts?slug=${slug}&_fields=id`)).json();
  const post = await (await fetch(`${base}/wp-json/wp/v2/posts/${id}?_embed`)).json();
  writeFileSync(join(out, file), JSON.stringify(noLinks(post)) + '\n');
  console.log(`${file}: post ${id} (${slug})`);
}
