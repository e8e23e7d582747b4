// Drives the WebKit webview app (host.py, under `xvfb-run -a`, a display of its own): loads a
// page, runs scripts in it as an app sends messages in, and keeps every message the page posted
// to the app's `articleEmbed` handler, parsed, in order.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = join(dirname(fileURLToPath(import.meta.url)), 'host.py');
const TIMEOUT = 20_000;

/**
 * Starts the app; resolves once it is up (three tries: `xvfb-run -a` picks a free display, and
 * two runs starting at once may pick the same). Debian's python3 (the one with python3-gi).
 */
export async function startApp() {
  let error;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try { return await tryStart(); } catch (e) { error = e; }
  }
  throw error;
}

async function tryStart() {
  const proc = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', '/usr/bin/python3', HOST], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', d => { stderr = (stderr + d).slice(-4000); });
  const exited = new Promise(r => proc.once('exit', r));
  const pending = new Map();
  /** Every message the page sent the app: `{ raw, envelope }` (envelope: the parsed JSON, or null). */
  const messages = [];
  let up;
  const started = new Promise((resolve, reject) => {
    proc.once('exit', code => reject(new Error(`the webview app ended (${code}): ${stderr}`)));
    const late = setTimeout(() => { reject(new Error(`the webview app was not up in ${TIMEOUT} ms: ${stderr}`)); proc.stdin.end(); }, TIMEOUT);
    up = () => { clearTimeout(late); resolve(); };
  });
  createInterface({ input: proc.stdout }).on('line', line => {
    const m = JSON.parse(line);
    if (m.ready) up();
    else if ('message' in m) {
      let envelope = null;
      try { envelope = JSON.parse(m.message); } catch { /* not JSON: kept raw */ }
      messages.push({ raw: m.message, envelope });
    } else if (pending.has(m.id)) {
      const { resolve, reject } = pending.get(m.id);
      pending.delete(m.id);
      if ('error' in m) reject(new Error(m.error)); else resolve(m.value);
    }
  });
  let next = 0;
  const send = cmd => new Promise((resolve, reject) => {
    const id = ++next;
    const timer = setTimeout(() => { pending.delete(id); reject(new Error(`the webview app did not answer ${JSON.stringify(cmd).slice(0, 200)}`)); }, TIMEOUT);
    pending.set(id, { resolve: v => { clearTimeout(timer); resolve(v); }, reject: e => { clearTimeout(timer); reject(e); } });
    proc.stdin.write(JSON.stringify({ id, ...cmd }) + '\n');
  });
  await started;

  const app = {
    messages,
    /** The envelopes the page sent (each a JSON string of a versioned envelope), of `type` if given. */
    envelopes: type => messages.map(m => m.envelope).filter(e => e && (!type || e.type === type)),
    /** Loads `url`; resolves once it has loaded. */
    load: url => send({ load: url }),
    /** Runs `body` (a function body, `return …` for a value) in the page; resolves to its JSON value. */
    js: body => send({ js: body }),
    /** Waits until the page has sent an envelope of `type` for which `match` holds; returns it. */
    async waitFor(type, match = () => true, from = 0) {
      const end = Date.now() + TIMEOUT;
      for (;;) {
        const found = messages.slice(from).map(m => m.envelope).find(e => e?.type === type && match(e));
        if (found) return found;
        if (Date.now() > end) throw new Error(`no "${type}" envelope came; the app got: ${messages.slice(from).map(m => m.raw).join(' | ')}`);
        await new Promise(r => setTimeout(r, 50));
      }
    },
    /** Polls `body` in the page until it returns something truthy. */
    async until(body, what = body) {
      const end = Date.now() + TIMEOUT;
      for (;;) {
        const v = await app.js(body).catch(() => null);
        if (v) return v;
        if (Date.now() > end) throw new Error(`waited for ${what}`);
        await new Promise(r => setTimeout(r, 100));
      }
    },
    async close() {
      proc.stdin.end();
      const killed = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killed);
    },
  };
  return app;
}
