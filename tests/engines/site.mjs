// The cross-engine suites' test server: the project's own (scripts/server.mjs) with the same
// mounts as tests/e2e (www at /, dist at /dist/, the e2e pages at /test/), these suites' pages
// at /engines/, and every HTML page it serves instrumented: the recorder first in <head>; with
// `?engines-remove=a,b` the named features taken away (pages/remove.js; declarative shadow DOM
// by removing it from the HTML, as an engine without it parses the page); with `?engines-clock`
// timeouts that wait for the test (pages/clock.js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../scripts/server.mjs';
import { root } from '../e2e/harness.mjs';

export { root };

/** The page `html` as the suites serve it, for the request URL `url`. */
export function instrument(html, url) {
  const remove = (url.searchParams.get('engines-remove') || '').split(',').filter(Boolean);
  const scripts = ['<script src="/engines/record.js"></script>'];
  if (url.searchParams.has('engines-clock')) scripts.push('<script src="/engines/clock.js"></script>');
  const scriptFeatures = remove.filter(f => f !== 'declarative-shadow-dom');
  if (scriptFeatures.length) scripts.push(`<script src="/engines/remove.js?${scriptFeatures.join(',')}"></script>`);
  if (remove.includes('declarative-shadow-dom')) html = html.replaceAll(' shadowrootmode=', ' data-no-shadowrootmode=');
  const at = /<head[^>]*>/i.exec(html);
  if (!at) throw new Error(`instrument: no <head> in ${url.pathname}`);
  const end = at.index + at[0].length;
  return html.slice(0, end) + scripts.join('') + html.slice(end);
}

/** A route that serves `file` (a path under the repository) instrumented, with `headers`. */
export const page = (file, headers = {}) => (req, res, url) => {
  const html = instrument(readFileSync(join(root, file), 'utf8'), url);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...headers });
  res.end(html);
};

/**
 * Starts the server; `routes` and `mounts` are added to the usual ones. `log` has every request
 * URL (path and query); `since()` marks a point in it, and `requests(mark)` is what came after.
 */
export async function startSite({ routes = {}, mounts = [] } = {}) {
  const log = [];
  const hanging = new Set();
  const server = await serve({
    log, html: instrument,
    routes: {
      '/favicon.ico': (req, res) => { res.writeHead(204); res.end(); },
      // A response that never comes (an image that keeps a page's load event away).
      '/__test/hang': (req, res) => { hanging.add(res); },
      ...routes,
    },
    mounts: [
      ['/', join(root, 'www')],
      ['/dist/', join(root, 'dist')],
      ['/test/', join(root, 'tests', 'e2e', 'pages')],
      ['/engines/', join(root, 'tests', 'engines', 'pages')],
      ...mounts,
    ],
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin, log,
    since: () => log.length,
    requests: (mark = 0) => log.slice(mark),
    close: () => new Promise(r => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close(r);
    }),
  };
}

/** Polls a test-side condition (a request in the server's log) until it holds. */
export async function until(condition, what = String(condition), timeout = 20_000) {
  const end = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`waited ${timeout} ms for ${what}`);
    await new Promise(r => setTimeout(r, 50));
  }
}

/** A host page with a prerendered snippet; the loader (async, as the README gives it) with `loader`; `before` above it. */
export const snippetPage = (snippet, { loader = false, before = '' } = {}) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A host page</title>${loader ? '<script src="/engines/nodes.js"></script><script async src="/dist/loader.js"></script>' : ''}</head>
<body><main><h1>A host page</h1>${before}${snippet}<p>After the embed.</p></main></body></html>`;

/** A route sending `body(url)` instrumented. */
export const html = body => (req, res, url) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(instrument(body(url), url));
};

/** The built dist/'s manifest: the hashed names of the glue, the wasm, the css, the catalogues. */
export const manifest = () => JSON.parse(readFileSync(join(root, 'dist', 'manifest.json'), 'utf8'));
