// scripts/server.mjs: files as they are by default; with `compress`, what the request accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '../scripts/server.mjs';

const www = join(dirname(fileURLToPath(import.meta.url)), '..', 'www');
const file = readFileSync(join(www, 'widget.css'));

// fetch() would decode the body itself: a raw request shows what was sent.
function get(server, path, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
    request({ host: '127.0.0.1', port: server.address().port, path, headers }, res => {
      const chunks = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}
async function withServer(options, f) {
  const server = await serve({ mounts: [['/', www]], routes: {
    '/page': (req, res, url, send) => send(200, { 'content-type': 'text/html' }, 'x'.repeat(2000)),
    '/image': (req, res, url, send) => send(200, { 'content-type': 'image/png' }, Buffer.alloc(2000)),
  }, ...options });
  try { await f(server); } finally { server.close(); }
}

test('without compress, files go as they are even to a browser that accepts gzip', () => withServer({}, async server => {
  const r = await get(server, '/widget.css', 'gzip, deflate, br');
  assert.equal(r.headers['content-encoding'], undefined);
  assert.deepEqual(r.body, file);
  assert.equal(Number(r.headers['content-length']), file.length);
}));

test('with compress, the first accepted encoding of the list is sent, and decodes to the file', () => withServer({ compress: ['br', 'gzip'] }, async server => {
  const gz = await get(server, '/widget.css', 'gzip, deflate');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gz.headers.vary, 'accept-encoding');
  assert.ok(gz.body.length < file.length);
  assert.deepEqual(gunzipSync(gz.body), file);
  const br = await get(server, '/widget.css', 'gzip, br');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.deepEqual(brotliDecompressSync(br.body), file);
  const none = await get(server, '/widget.css', null);
  assert.equal(none.headers['content-encoding'], undefined);
  assert.deepEqual(none.body, file);
}));

test('with compress, routes are compressed through send, and images are not', () => withServer({ compress: ['gzip'] }, async server => {
  const page = await get(server, '/page', 'gzip');
  assert.equal(page.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(page.body).toString(), 'x'.repeat(2000));
  const image = await get(server, '/image', 'gzip');
  assert.equal(image.headers['content-encoding'], undefined);
  assert.equal(image.body.length, 2000);
}));
