// A small static file server for 127.0.0.1: the demo (npm start), the end-to-end tests and the
// benchmark all use it. Maps URL prefixes to folders; serves .wasm as application/wasm.
// With `compress`, it sends what the browser accepts (brotli or gzip), as a CDN does.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants as Z, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
  '.webm': 'video/webm', '.ogg': 'audio/ogg', '.vtt': 'text/vtt; charset=utf-8',
};
// Types a CDN compresses (images other than SVG and fonts are compressed already).
const COMPRESSIBLE = /^(text\/|application\/(json|wasm|javascript)|image\/svg\+xml)/;
// Static files are compressed at the highest levels once, as a CDN's cache keeps them.
const ENCODERS = {
  br: buf => brotliCompressSync(buf, { params: { [Z.BROTLI_PARAM_QUALITY]: Z.BROTLI_MAX_QUALITY, [Z.BROTLI_PARAM_SIZE_HINT]: buf.length } }),
  gzip: buf => gzipSync(buf, { level: 9 }),
};

/** The encoding to send for this request: the first of `encodings` its Accept-Encoding lists. */
function chooseEncoding(req, encodings) {
  const accepted = String(req.headers['accept-encoding'] || '').split(',').map(e => e.trim().split(';')[0]);
  return encodings.find(e => accepted.includes(e)) || null;
}

/** Sends `body` on `res` at `bandwidth` bytes per second, counted from the first byte; then `done`. */
function pace(res, body, bandwidth, done) {
  const start = Date.now();
  let at = 0;
  const next = () => {
    if (res.destroyed) return;
    const due = Math.min(body.length, Math.max(at + 1, Math.floor((Date.now() - start) * bandwidth / 1000)));
    res.write(body.subarray(at, due));
    at = due;
    if (at < body.length) setTimeout(next, 5);
    else res.end(done);
  };
  next();
}

/**
 * Starts a server. `mounts`: [[urlPrefix, folder], …], longest prefix first wins.
 * `routes`: { '/path': (req, res, url, send) => void } for dynamic test endpoints; `send(status,
 * headers, body)` writes a response, compressed like the files.
 * `log`: an array every request URL is pushed to (tests read it).
 * `compress`: false (default: files as they are), or the encodings to offer in order of
 * preference, e.g. ['br', 'gzip'] or ['gzip'].
 * `html`: (text, url) => text, applied to every HTML file served (the cross-engine tests put
 * their recorder in each page with it).
 * `shape`: { latency, bandwidth }: a network shaped here, the same for every browser (the
 * benchmark's): each response waits `latency` ms before its headers, and its body goes out at
 * `bandwidth` bytes per second (per response: one at a time on a connection).
 * `sent`: an array every file's and route's response is pushed to as { path, bytes } (its body
 * as sent, compressed or not), once the body has gone out.
 */
export function serve({ port = 0, mounts, routes = {}, log, headers = {}, compress = false, html = null, shape = null, sent = null }) {
  const sorted = [...mounts].sort((a, b) => b[0].length - a[0].length);
  const encodings = compress ? compress.filter(e => ENCODERS[e]) : [];
  const cache = new Map();
  const send = (req, res, status, head, body, key = null) => {
    const encoding = encodings.length && COMPRESSIBLE.test(head['content-type'] || '') ? chooseEncoding(req, encodings) : null;
    if (encoding) {
      const id = key && `${key}\n${encoding}`;
      body = (id && cache.get(id)) || ENCODERS[encoding](Buffer.from(body));
      if (id) cache.set(id, body);
      head = { ...head, 'content-encoding': encoding, vary: 'accept-encoding' };
    }
    const bytes = Buffer.from(body);
    const write = () => {
      res.writeHead(status, { ...head, 'content-length': bytes.length });
      const done = () => sent?.push({ path: req.url, bytes: bytes.length });
      if (shape) pace(res, bytes, shape.bandwidth, done);
      else res.end(bytes, done);
    };
    if (shape) setTimeout(write, shape.latency);
    else write();
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (log) log.push(url.pathname + url.search);
    if (routes[url.pathname]) return routes[url.pathname](req, res, url, (status, head, body) => send(req, res, status, head, body));
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
      const type = TYPES[extname(file)] || 'application/octet-stream';
      const rewritten = html && type.startsWith('text/html');
      const body = rewritten ? Buffer.from(html(readFileSync(file, 'utf8'), url)) : readFileSync(file);
      return send(req, res, 200, {
        'content-type': type,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        'access-control-allow-origin': '*',
        ...headers,
      }, body, rewritten ? null : `${file}\n${st.mtimeMs}\n${st.size}`);
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(server)));
}
