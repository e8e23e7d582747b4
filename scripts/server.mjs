// A small static file server for 127.0.0.1: the demo (npm start), the end-to-end tests and the
// benchmark all use it. Maps URL prefixes to folders; serves .wasm as application/wasm.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts a server. `mounts`: [[urlPrefix, folder], …], longest prefix first wins.
 * `routes`: { '/path': (req, res) => void } for dynamic test endpoints.
 * `log`: an array every request URL is pushed to (tests read it).
 */
export function serve({ port = 0, mounts, routes = {}, log, headers = {} }) {
  const sorted = [...mounts].sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (log) log.push(url.pathname + url.search);
    if (routes[url.pathname]) return routes[url.pathname](req, res, url);
    for (const [prefix, dir] of sorted) {
      if (!url.pathname.startsWith(prefix)) continue;
      let rel = decodeURIComponent(url.pathname.slice(prefix.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(dir, rel));
      if (!file.startsWith(normalize(dir) + sep) && file !== normalize(dir)) break;
      let st;
      try { st = statSync(file); } catch { break; }
      if (!st.isFile()) break;
      const hashed = /\.[0-9a-f]{10}\./.test(file) || /\/i18n\.[0-9a-f]{10}\//.test(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'content-length': st.size,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        'access-control-allow-origin': '*',
        ...headers,
      });
      return createReadStream(file).pipe(res);
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(server)));
}
