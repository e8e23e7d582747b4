// WebKit through classic W3C WebDriver over fetch: WebKitGTK's WebKitWebDriver with its
// MiniBrowser under Xvfb (`xvfb-run -a`, a display of its own per run), and WPE WebKit 2.38's
// WPEWebDriver with cog (headless, no X), the old engine. One driver process per launch, one
// session (a fresh browser with its own storage) per tab. WebKit's driver runs no script in a
// page before its load event, so every navigation waits for it. Classic WebDriver has no init
// scripts and no network events: the pages record in themselves (tests/engines/pages/record.js)
// and the test server keeps the request log.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

/** WebKitGTK's MiniBrowser, under the machine's multiarch folder (x86_64-linux-gnu, aarch64-linux-gnu…). */
const miniBrowser = () => readdirSync('/usr/lib').map(d => `/usr/lib/${d}/webkit2gtk-4.1/MiniBrowser`).find(existsSync)
  || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** What each WebDriver engine needs: the driver, how it is started, the browser it drives. */
const KINDS = {
  webkit: {
    command: port => ['xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`]],
    capabilities: () => ({ 'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] } }),
  },
  wpe: {
    command: port => ['WPEWebDriver', [`--port=${port}`]],
    capabilities: () => ({ 'wpe:browserOptions': { binary: '/usr/bin/cog', args: ['--automation', '--platform=headless'] } }),
  },
};

// WebDriver's key codes (W3C WebDriver, "Keyboard actions").
const KEYS = {
  Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Escape: '\uE00C', Space: ' ', ArrowDown: '\uE015',
  ArrowUp: '\uE013', ArrowLeft: '\uE012', ArrowRight: '\uE014', Home: '\uE011', End: '\uE010',
};

/** A free port on 127.0.0.1 for the driver (it takes its port on the command line). */
const freePort = () => new Promise((resolve, reject) => {
  const s = createServer();
  s.unref();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

// Runs a command in a process group of its own, under a shell that ends the whole group (Xvfb,
// the driver, every browser it started) when our end of its stdin closes (when we close it, and
// when this process ends in any way, killed by a test runner's timeout included), and ends it
// too, and itself, when the command ends on its own.
const GROUP = 'exec 3<&0; "$@" </dev/null & p=$!; { read _ <&3; kill -TERM -$$; } & wait $p; kill -TERM -$$';

/** Starts the driver on a free port; resolves when it answers /status, or to null if it ended first. */
async function start(kind) {
  const port = await freePort();
  const [cmd, args] = KINDS[kind].command(port);
  const proc = spawn('sh', ['-c', GROUP, 'sh', cmd, ...args], { stdio: ['pipe', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  proc.stderr.on('data', d => { stderr = (stderr + d).slice(-4000); });
  const exited = new Promise(r => proc.once('exit', code => r(code)));
  const base = `http://127.0.0.1:${port}`;
  const end = Date.now() + 30_000;
  for (;;) {
    if (await fetch(base + '/status').then(r => r.ok, () => false)) return { proc, exited, base };
    if (proc.exitCode != null || proc.signalCode != null) return { failed: `${cmd} ended: ${stderr}` };
    if (Date.now() > end) {
      proc.stdin.end();
      return { failed: `${cmd} did not answer in 30 s: ${stderr}` };
    }
    await new Promise(r => setTimeout(r, 100));
  }
}

/** Starts the driver for `kind` (`webkit` or `wpe`); resolves when it answers /status. */
export async function launchWebDriver(kind, { width, height }) {
  const spec = KINDS[kind];
  let driver;
  const up = async () => {
    // Three tries: `xvfb-run -a` picks a free display, and two runs starting at once may pick the same.
    let started;
    for (let attempt = 1; attempt <= 3 && !started?.proc; attempt++) started = await start(kind);
    if (!started.proc) throw new Error(`${kind}: the WebDriver did not start: ${started.failed}`);
    driver = started;
  };
  const down = async () => {
    const { proc, exited } = driver;
    proc.stdin.end();
    const killed = setTimeout(() => { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    await exited;
    clearTimeout(killed);
  };
  await up();
  // Every command is bounded (the driver's own script and page-load timeouts are 30 s).
  const call = async (method, path, body, ms = 60_000) => {
    const r = await fetch(driver.base + path, {
      method, headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(ms),
    });
    const json = await r.json();
    if (!r.ok || json.value?.error) throw new Error(`${kind} WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  };
  const sessions = new Set();
  let version = null;

  // WebKit's driver runs no script in a page until its load event (a script sent earlier waits,
  // and times out if the load never comes): navigation waits for the load, always. A new
  // session (a new MiniBrowser) now and then never comes: after 30 s the driver is started
  // afresh, twice at the most.
  const newSession = async () => {
    const ask = () => call('POST', '/session', {
      capabilities: { alwaysMatch: { ...spec.capabilities(), pageLoadStrategy: 'normal', timeouts: { script: 30_000, pageLoad: 30_000 } } },
    }, 30_000);
    for (let attempt = 1; ; attempt++) {
      try {
        return await ask();
      } catch (e) {
        if (attempt === 3) throw e;
        sessions.clear();
        await down();
        await up();
      }
    }
  };

  async function newTab() {
    const caps = await newSession();
    const id = caps.sessionId;
    version = caps.capabilities.browserVersion;
    sessions.add(id);
    const s = (method, path, body) => call(method, `/session/${id}${path}`, body);
    if (caps.capabilities.setWindowRect) await s('POST', '/window/rect', { width, height });
    const pointer = actions => s('POST', '/actions', {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
    });
    const at = (x, y) => ({ type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) });
    return {
      goto: (url, { load }) => {
        if (!load) throw new Error(`${kind}: WebDriver runs no script before the load event; a page that never loads cannot be driven`);
        return s('POST', '/url', { url });
      },
      evaluate: async expression => {
        const r = await s('POST', '/execute/async', {
          script: `const done = arguments[arguments.length - 1];
            Promise.resolve().then(() => (${expression})).then(v => done({ v: v === undefined ? null : v }), e => done({ e: String(e && (e.name + ": " + e.message + " " + e.stack) || e) }));`,
          args: [],
        });
        if (r?.e) throw new Error(`in the page (${kind}): ${r.e}`);
        return r?.v;
      },
      click: async (x, y) => {
        await pointer([at(x, y), { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }]);
      },
      move: (x, y) => pointer([at(x, y)]),
      press: async combo => {
        const keys = combo.split('+').map(k => KEYS[k] ?? k);
        const actions = [...keys.map(value => ({ type: 'keyDown', value })), ...keys.reverse().map(value => ({ type: 'keyUp', value }))];
        await s('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
        await s('DELETE', '/actions').catch(() => {});
      },
      close: async () => {
        sessions.delete(id);
        await s('DELETE', '').catch(() => {});
      },
    };
  }

  return {
    get version() { return version; },
    newTab,
    async close() {
      for (const id of sessions) await call('DELETE', `/session/${id}`, undefined, 10_000).catch(() => {});
      sessions.clear();
      await down();
    },
  };
}
