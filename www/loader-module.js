// The npm package's entry (`import 'article-embed'`): the loader (www/loader.js) with each of
// the widget's files named by a literal `new URL('./file', import.meta.url)`, which Vite,
// webpack and Parcel follow (and Rollup and esbuild with their asset plugins): they copy the
// file into the bundle's output and write its URL there. scripts/build.mjs puts this file, the
// loader and those files in esm/, with catalogues.js (one such URL per UI catalogue).
//
// Importing it registers <article-embed> and sets `window.ArticleEmbed`, as the classic script
// does. Where there is no document (Node, server-side rendering) it does nothing at all: nothing
// is defined, no file is read, and `mount`, `unmount` and `consent` reject.
import { start } from './loader.js';
import catalogues from './catalogues.js';

// The glue and mode="iframe"'s module are ES modules the loader imports by URL, as it does from
// a CDN. There is no embed page (dist/embed.html) here: mode="iframe" needs `embed`.
// `?no-inline`: Vite would otherwise put a file under 4 KB into the script as a data: URL, which
// a strict Content-Security-Policy refuses (and every catalogue into the first script); other
// tools ignore the query, and so does a server.
const files = {
  js: new URL('./article-embed.js', import.meta.url),
  wasm: new URL('./article-embed.wasm', import.meta.url),
  css: new URL('./article-embed.css', import.meta.url),
  iframe: new URL('./iframe-mode.js?no-inline', import.meta.url),
};

const browser = typeof document === 'object' && typeof customElements === 'object';
if (browser) start(name => files[name]?.href, lang => catalogues[lang]?.href);

const call = name => (...args) => browser
  ? window.ArticleEmbed[name](...args)
  : Promise.reject(new Error(`article-embed: ${name}() needs a browser's document (none here)`));

/** Mounts (or mounts again) a widget on any element: `window.ArticleEmbed.mount`. */
export const mount = call('mount');
/** Unmounts the widget on an element; whether there was one: `window.ArticleEmbed.unmount`. */
export const unmount = call('unmount');
/** Passes the host page's consent decision to every widget: `window.ArticleEmbed.consent`. */
export const consent = call('consent');
