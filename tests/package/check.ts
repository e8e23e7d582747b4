// A module of a TypeScript app importing the package: the named exports, the element and its
// events are typed from the package's `types`, and wrong uses are refused.
import { consent, mount, unmount } from 'article-embed';
import type { ArticleEmbedOptions, ArticleEmbedShareDetail } from 'article-embed';

const options: ArticleEmbedOptions = { src: '/articles/a/article.json', lang: 'da', timeout: 5000 };
const mounted: Promise<void> = mount(document.body, options);
const had: Promise<boolean> = unmount(document.body);
const given: Promise<void> = consent({ advertising: true });
const el = document.querySelector('article-embed');
el?.addEventListener('article-embed:share', e => {
  const detail: ArticleEmbedShareDetail = e.detail;
  if (detail.network === 'copy') e.preventDefault();
});
// @ts-expect-error: not an option
mount(document.body, { source: '/articles/a/article.json' });
// @ts-expect-error: unmount gives whether there was a widget, not nothing
const wrong: Promise<void> = unmount(document.body);
export { mounted, had, given, wrong };
