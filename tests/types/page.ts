// A host page written in TypeScript against dist/article-embed.d.ts: what it may write compiles,
// and what it may not is refused (each `@ts-expect-error` fails the check if it compiles).
import type { ArticleEmbedAttributes, ArticleEmbedShareDetail } from '../../www/article-embed';

const el = document.querySelector('article-embed');
if (el) {
  el.addEventListener('article-embed:share', e => {
    const d: ArticleEmbedShareDetail = e.detail;
    if (d.network === 'copy') e.preventDefault();
    // @ts-expect-error: no such share target
    if (d.network === 'myspace') e.preventDefault();
    if (d.network === 'mastodon' || d.network === 'bluesky' || d.network === 'threads') e.preventDefault();
  });
  el.addEventListener('article-embed:expand', e => console.log(e.detail.lang));
  el.addEventListener('article-embed:error', e => console.log(e.detail.kind, e.detail.message));
  el.addEventListener('article-embed:consent', e => console.log(e.detail.advertising, e.detail.source));
}
document.addEventListener('article-embed:language', e => console.log(e.detail.lang.toUpperCase()));

async function main(): Promise<void> {
  const api = window.ArticleEmbed;
  if (!api) return;
  const host = document.createElement('article-embed');
  await api.mount(host, { src: '/articles/a/article.json', lang: 'da', adAfter: 3, maxHeight: 900 });
  const had: boolean = await api.unmount(host);
  await api.consent({ advertising: had });
  // @ts-expect-error: options are camelCase, as in JavaScript
  await api.mount(host, { 'ad-after': 3 });
  // @ts-expect-error: the version is a constant
  api.version = 2;
}
void main();

window.ArticleEmbedFrame?.receive({ ns: 'article-embed', v: 1, type: 'language', lang: 'da' });
// @ts-expect-error: consent says what it allows
window.ArticleEmbedFrame?.receive({ ns: 'article-embed', v: 1, type: 'consent' });

const attrs: ArticleEmbedAttributes = { src: '/a.json', theme: 'dark', 'share-params': 'utm_source=x', 'max-height': 900 };
// @ts-expect-error: src is required
const missing: ArticleEmbedAttributes = { lang: 'da' };
export { attrs, missing };
