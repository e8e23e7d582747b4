/*! article-embed loader */
// The loader: finds the embeds, reserves their space, loads the glue, the wasm and the
// stylesheet once (the first embed asks; the rest wait), and mounts each embed: those near the
// viewport first, the others when the page is idle. A prerendered snippet is painted already
// and waits for the reader; a pinned fragment is fetched and painted first, with no wasm, and
// then waits as a snippet does. It also takes consent decisions (README, "Consent") and turns
// the one-tag form (<script data-article>) into elements.
//
// One logic, two entries, each saying where the widget's files are: the classic script a host
// page includes (www/loader-script.js, built into dist/loader.js: relative to its own URL, by
// the build's manifest) and the npm package's ES module (www/loader-module.js: a bundler's URL
// per file). Nothing here runs until an entry calls `start`, so the package imports in Node.
//
// Read top-down: the state, helpers (the one-tag form among them), the stylesheet and the
// Trusted Types policy, loading and mounting, the queue, pinned fragments, consent, the
// element, and the start.
// The build minifies this file (scripts/build.mjs): names cost nothing here.

/**
 * Starts the loader on this page. `url(name)` is the URL of the widget's file `name`: `js` (the
 * glue, an ES module), `wasm`, `css`, `iframe` (mode="iframe"'s module), and `embed.html` (our
 * embed page, which mode="iframe" frames for an embed without `embed`; the npm package has
 * none); `catalogue(lang)` that of `lang`'s UI catalogue (none: the UI stays English).
 */
export function start(url, catalogue) {
  const win = window, doc = document;

  // ---- State ------------------------------------------------------------------------------

  // The embed's attributes, once, and how the shell reads each: 'u' a URL, 'n' a number, 's' a
  // text; 0 for the loader and the stylesheet only. The one-tag form writes them as data-* on its
  // script; `optionsOf` turns them into mount()'s options.
  const ATTRS = {
    src: 'u', lang: 's', theme: 0, share: 's', 'share-params': 's', 'ad-after': 'n',
    'ad-src': 'u', 'ad-width': 'n', 'ad-height': 'n', consent: 's', 'consent-revision': 's',
    timeout: 'n', height: 0, 'consent-sources': 0, 'consent-origins': 0, mode: 0, embed: 0,
    fragment: 0, integrity: 0, 'max-height': 'n'
  };
  // Our embed page (dist/embed.html) is opened by an app or a host with a URL it writes itself.
  const embedPage = doc.documentElement.hasAttribute('data-article-embed-page');

  // The glue and the configured module, each a promise once the first embed has asked for them;
  // the widget's stylesheet, a promise once a fragment or the glue has asked for it; our Trusted
  // Types policy's createHTML (or why the page refuses it), made once; whether the glue is in.
  let glue, ready, stylesheet, html, glueIn = false;
  // The article documents asked for while the glue loads, by URL, until the glue's requests take
  // each over (src/shell/requests.js `getJson`): one request per document in every engine (a
  // <link rel=preload> was fetched again by WebKit's fetch()).
  const documents = {};
  // Embeds waiting for the wasm, and how many near the viewport are being mounted now: while
  // any is, the others wait (on two cores their fetches and renders would compete).
  const pending = new Set();
  let urgent = 0;
  // Whether an idle callback is already asked for, to mount the next pending embed.
  let idling = false;
  // The pinned fragments asked for so far, settled: painted ones wait for the others before
  // their wasm is asked for on idle, which would take the others' bandwidth.
  let fragments = Promise.resolve();

  // Consent: the sources and parent origins the page's embeds allow (consent-sources,
  // consent-origins); the warnings already given, by kind (each is given once).
  const sources = new Set(), origins = new Set(), warned = new Set();
  // The page's URL parameters (the embed page's embed comes from them): its
  // ?article-embed-consent=advertising is taken once if an embed allows it.
  const params = new URLSearchParams(location.search), urlConsent = params.get('article-embed-consent');
  let urlConsentUntaken = urlConsent != null;

  // ---- Helpers ----------------------------------------------------------------------------

  // What the widget needs of the engine (README, "Browsers and webviews"), checked before any
  // download: constructable stylesheets (its styles, one sheet adopted by every shadow root;
  // Safari and every iOS webview before 16.4 have none). Every engine that has them has the
  // wasm's features too, but Chromium 73–95, where the wasm fails to compile ("load").
  let missing = 'constructable stylesheets';
  try {
    new CSSStyleSheet();
    if ('adoptedStyleSheets' in doc) missing = '';
  } catch (e) {}

  const warn = (msg, log = console.warn) => log('article-embed: ' + msg);
  const warnOnce = (kind, msg) => warned.has(kind) || (warned.add(kind), warn(msg));
  const number = v => (v = parseInt(v, 10)) >= 0 ? v : undefined;
  const absolute = v => v ? new URL(v, doc.baseURI).href : undefined;
  // Runs `f` when the main thread is idle (WebKit has no requestIdleCallback: then after 300 ms).
  const idleCallback = win.requestIdleCallback, idle = idleCallback || (f => setTimeout(f, 300));

  // The one-tag form: <script data-article="…"> becomes an <article-embed> after it, once.
  const embedFrom = get => {
    const el = doc.createElement('article-embed');
    for (const attr in ATTRS) if (get(attr)) el.setAttribute(attr, get(attr));
    return el;
  };
  const fromScripts = () => {
    for (const s of doc.querySelectorAll('script[data-article]:not([data-ae])')) {
      s.setAttribute('data-ae', '');
      s.after(embedFrom(attr => s.getAttribute(attr === 'src' ? 'data-article' : 'data-' + attr)));
    }
    // On the embed page, the embed comes from the page's URL: ?article=…&lang=…&ad-src=…
    if (embedPage && doc.body && !doc.querySelector('article-embed')) {
      (doc.querySelector('main') || doc.body)
        .append(embedFrom(attr => params.get(attr === 'src' ? 'article' : attr)));
    }
  };

  // mount()'s options win over the element's attributes (`share-params` → `shareParams`).
  const optionsOf = (el, options) => {
    const out = { fallbackUrl: el.querySelector('a[href]')?.href };
    for (const [attr, kind] of Object.entries(ATTRS)) {
      if (!kind) continue;
      const key = attr.replace(/-(.)/g, (_, c) => c.toUpperCase());
      const v = options[key] ?? el.getAttribute(attr);
      out[key] = kind === 'n' ? number(v) : kind === 'u' ? absolute(v) : v || undefined;
    }
    return out;
  };

  // A load that failed: one warning for the page, an error event for each embed.
  const fail = (el, e, kind = 'load') => {
    e = String(e?.message || e);
    // A CSP without 'wasm-unsafe-eval': the browser's message names only 'unsafe-eval'.
    if (/eval/.test(e)) e = "add 'wasm-unsafe-eval' to script-src";
    warnOnce(kind, 'could not start: ' + e);
    el.dispatchEvent(new CustomEvent('article-embed:error', {
      bubbles: true, composed: true, detail: { kind, message: e }
    }));
  };
  // An engine below what the widget needs: the embed keeps its fallback link (in no box kept
  // for the article) or, prerendered, what the browser parsed; nothing is downloaded.
  const refuse = (el, what) => {
    el.style.minHeight = 0;
    fail(el, 'this browser has no ' + what, 'unsupported');
  };

  // ---- The stylesheet and the Trusted Types policy ----------------------------------------

  // The widget's stylesheet (the css file), one constructed sheet that every fragment and widget
  // of the page adopts; empty if the file cannot be had. Its sizes are calc(n * var(--ae-rem))
  // (src/publish/css.rs): --ae-rem, registered here as a length, is computed on each host from
  // `font-size: medium`, the reader's own size, whatever the page's root size.
  const styles = () => stylesheet || (stylesheet = fetch(url('css')).then(r => r.ok ? r.text() : '', () => '').then(css => {
    try {
      CSS.registerProperty({ name: '--ae-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
    } catch (e) {} // registered already, by another copy of the widget on the page
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  }));

  // Trusted Types: the page's one policy named article-embed, made here once and handed to the
  // glue (a page refuses a second without 'allow-duplicates'). Its only inputs are a fragment
  // whose bytes the host pinned and the renderer's output (SECURITY.md). Returns its createHTML
  // (String where the page has no Trusted Types); throws, naming the directive to add, where the
  // page requires them and refuses ours.
  const policy = () => {
    if (!html) {
      try {
        const p = win.trustedTypes?.createPolicy('article-embed', { createHTML: String });
        html = p ? h => p.createHTML(h) : String;
      } catch (e) {
        // Refused by the page's trusted-types list: a string still does where they are not required.
        try {
          html = String;
          doc.createElement('template').innerHTML = '';
        } catch (e) {
          html = Error('add article-embed to trusted-types');
        }
      }
    }
    if (html.call) return html;
    throw html;
  };

  // ---- Loading and mounting ---------------------------------------------------------------

  // Glue, wasm and css in parallel: left to itself the glue would ask for the wasm only once it
  // has run. Started by the first embed on the page that is not painted yet, wherever it is.
  const load = () => ready || (ready = missing ? Promise.reject() : Promise.all([
    glue = import(url('js')), fetch(url('wasm')), styles()
  ]).then(([module, wasm, sheet]) => module.default({ module_or_path: wasm }).then(() => {
    // Our policy, or why the page refuses it (thrown, so nothing mounts).
    module.trustedHtml(policy());
    module.configure(catalogue, sheet);
    return module;
  })));

  // Mounts the widget on `el` (marked woken: `el.ae`); `near`: it is near the viewport, and the
  // others wait for it. Until the glue is in, its article document is asked for at once; once
  // the glue is in (before the wasm, which is larger), `early` takes that request over and asks
  // for the UI catalogue and the chosen language's file (src/shell/requests.js).
  const mount = (el, options = {}, near) => {
    pending.delete(el);
    io.unobserve(el);
    el.ae = 1;
    if (missing) return Promise.resolve(refuse(el, missing));
    const opts = optionsOf(el, options), src = opts.src;
    if (src && !glueIn && !documents[src]) (documents[src] = fetch(src)).catch(() => {});
    if (near) urgent++;
    const loaded = load();
    glue.then(module => {
      glueIn = true;
      module.early(opts, catalogue, documents[src]);
      delete documents[src];
    }, () => {});
    return loaded.then(module => module.mount(el, opts)).catch(e => fail(el, e)).finally(() => {
      if (near && !--urgent) later();
    });
  };
  const unmount = el => ready
    ? ready.then(module => module.unmount(el), () => false)
    : Promise.resolve(false);

  // ---- The queue: near the viewport first, the rest one by one when the page is idle --------

  // Within 800 px of the viewport: a pending embed, or a snippet waiting for the reader (wake).
  const io = new IntersectionObserver(entries => {
    for (const e of entries) {
      if (e.isIntersecting && (pending.has(e.target) || e.target.ae == 2)) mount(e.target, {}, true);
    }
  }, { rootMargin: '800px 0px' });
  // The next pending embed, unless near ones are being mounted (re-armed when they are done).
  const drain = () => {
    idling = false;
    if (urgent) return;
    const [el] = pending;
    if (el) { mount(el); later(); }
  };
  const later = () => {
    if (!idling && pending.size) { idling = true; idle(drain, { timeout: 5000 }); }
  };

  // A prerendered snippet is painted already: its wasm waits for the reader's first move
  // towards it or, after the page's load (and the page's pinned fragments), for idle time,
  // whichever comes first. Idle time is the browser's word (requestIdleCallback), asked for
  // after a frame, so that the article is painted first even on a saturated phone; where it has
  // none (WebKit), the reader coming near (the queue's observer) is the only other signal, so a
  // snippet the reader never comes near downloads nothing. `el.ae`: 1 once woken, 2 while it
  // waits for the reader to come near (cleared when it leaves the page, so that it waits again
  // where it is put back). A snippet the browser parsed no shadow root for (no declarative
  // shadow DOM) stays as it was parsed: its fallback link.
  const wake = el => {
    const go = event => {
      if (!el.isConnected || el.ae == 1) return;
      if (!el.shadowRoot) return el.ae = 1, refuse(el, 'declarative shadow DOM');
      if (event) return mount(el, {}, true);
      el.ae = 1;
      pending.add(el), io.observe(el), later();
    };
    for (const type of ['pointerover', 'focusin', 'touchstart']) {
      el.addEventListener(type, go, { capture: true, once: true });
    }
    const afterLoad = () => fragments.then(() => idleCallback
      ? requestAnimationFrame(() => idle(() => go(), { timeout: 5000 }))
      : el.shadowRoot ? (el.ae = 2, io.observe(el)) : go());
    doc.readyState === 'complete' ? afterLoad() : win.addEventListener('load', afterLoad);
  };

  // An <article-embed> in the page: in an engine the widget cannot run in, it stays as it is;
  // a prerendered one waits to be woken; the others get their space; one with a pinned fragment
  // is painted from it; a live one waits in the queue, and the first one starts loading the wasm.
  // (Its shadow root may not be parsed yet: the attribute comes with the start tag.)
  const queue = el => {
    allowConsentFrom(el);
    if (missing) return refuse(el, missing);
    if (el.hasAttribute('data-prerendered')) return wake(el);
    const height = number(el.getAttribute('height'));
    el.style.display = 'block';
    if (height) el.style.minHeight = height + 'px';
    el.hasAttribute('fragment') ? pinned(el) : live(el);
  };
  const live = el => {
    pending.add(el);
    load().catch(() => {}); // a failure is reported by mount, per embed
    io.observe(el);
    later();
  };

  // ---- Pinned fragments (README, "Pinned fragments"; SECURITY.md) ---------------------------
  // `publish` renders each article and language ahead of time (fragment/<lang>.html) and writes
  // embed codes naming that file by URL and sha384. Fetched with that integrity, which the
  // browser checks before we see a byte, with the stylesheet, and painted in the shadow root
  // before any wasm; then it is a prerendered snippet, hydrated on the reader's first move or
  // when the page is idle. Any other bytes (a correction republished the article, or a
  // tampered file), no fragment (404, network, timeout) or no sha384 in the embed code: one
  // console note, nothing shown to the reader, and the embed renders its document as any other.

  const pinned = el => {
    const url = absolute(el.getAttribute('fragment')), integrity = el.getAttribute('integrity');
    const instead = why => {
      warn(`${url}: not painted (${why}): rendering the document`, console.info);
      if (el.isConnected && !el.shadowRoot) live(el);
    };
    let create;
    try { create = policy(); } catch (e) { return live(el); } // which says why, once
    // Exactly one sha384: for integrity metadata with no hash it knows, a browser checks nothing.
    if (!/^sha384-[A-Za-z\d+/]{64}$/.test(integrity)) return instead('no sha384 integrity');
    const done = Promise.all([
      // (A 404's body, or any other, fails the integrity check: fetch rejects.)
      fetch(url, { integrity, signal: AbortSignal.timeout(number(el.getAttribute('timeout')) || 1e4) }).then(r => r.text()),
      styles()
    ]).then(([text, sheet]) => {
      if (!el.isConnected || el.shadowRoot) return; // gone, or mounted some other way meanwhile
      const root = el.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      root.innerHTML = create(text);
      el.setAttribute('data-prerendered', '');
      wake(el);
    }, e => instead(e.message));
    fragments = Promise.all([fragments, done]);
  };

  // ---- Consent ----------------------------------------------------------------------------
  // A consent decision ({ advertising: true }) and who passed it: 'host' (this page's script),
  // 'url' or 'app'. Only the reader, or whom this page names, may decide (README, "Consent"):
  // the URL on our embed page or where an embed says consent-sources="url"; messages from this
  // window (an app's injected script) or from a parent whose origin an embed lists in
  // consent-origins. A link anyone can send, or a page that frames this one, decides nothing.

  const give = (consent, source) => load().then(module => module.setConsent(consent, source))
    .catch(e => e && warn(e)); // (nothing to say where the engine is below: see queue)

  // The sources and origins an embed allows; the URL's decision once one allows it.
  const allowConsentFrom = el => {
    const list = attr => (el.getAttribute(attr) || '').split(/[\s,]+/).filter(Boolean);
    for (const source of list('consent-sources')) sources.add(source);
    for (const origin of list('consent-origins')) try { origins.add(new URL(origin).origin); } catch (e) {}
    if (urlConsentUntaken && (embedPage || sources.has('url'))) {
      urlConsentUntaken = false;
      give({ advertising: urlConsent.split(',').includes('advertising') }, 'url');
    }
  };

  const onConsentMessage = e => {
    const d = e.data;
    if (!d || d.type !== 'article-embed:consent') return;
    if (e.source === win || (e.source === win.parent && origins.has(e.origin))) give(d.consent || {}, 'app');
    else warnOnce('msg', `ignored consent from ${e.origin}: not in consent-origins`);
  };

  // Once the page's embeds are known: a consent parameter nobody allowed is said to be ignored.
  const settle = () => urlConsentUntaken
    && warnOnce('url', 'ignored ?article-embed-consent: allow it with consent-sources="url"');

  // ---- The element ------------------------------------------------------------------------

  const ArticleEmbedElement = class extends HTMLElement {
    connectedCallback() {
      // mode="iframe": the article's page in an iframe instead (www/iframe-mode.js, fetched
      // only then).
      if (this.matches('[mode=iframe]')) {
        import(url('iframe')).then(module => module.default(this, url), e => fail(this, e));
      } else queue(this);
    }
    disconnectedCallback() {
      this.ae = 0;
      pending.delete(this);
      io.unobserve(this);
      unmount(this);
    }
  };

  // ---- Start ------------------------------------------------------------------------------
  // The first copy of the loader on the page runs its embeds and takes consent. A second copy
  // (another build) leaves both to it, the URL's decision included: it only turns its one-tag
  // forms into elements, which the first copy's element takes.

  if (win.ArticleEmbed) urlConsentUntaken = false;
  else {
    // The JS API. `given`: the host's last decision, which mode="iframe" passes on to its frames.
    win.ArticleEmbed = { mount, unmount, consent: c => give(win.ArticleEmbed.given = c, 'host'), version: 1 };
    addEventListener('message', onConsentMessage);
    if (customElements.get('article-embed')) warn('<article-embed> is taken: not mounting');
    else customElements.define('article-embed', ArticleEmbedElement);
  }
  fromScripts();
  // More one-tag forms may follow in the page, and more embeds that allow the URL's consent.
  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', () => { fromScripts(); settle(); });
  } else settle();
}
