/*! article-embed loader */
// The loader: finds the embeds, reserves their space, loads the glue, the wasm and the
// stylesheet once (the first embed asks; the rest wait), and mounts each embed: those near the
// viewport first, the others when the page is idle. A prerendered snippet is painted already
// and waits for the reader. It also takes consent decisions (README, "Consent") and turns the
// one-tag form (<script data-article>) into elements.
//
// One logic, two entries, each saying where the widget's files are: the classic script a host
// page includes (www/loader-script.js, built into dist/loader.js: relative to its own URL, by
// the build's manifest) and the npm package's ES module (www/loader-module.js: a bundler's URL
// per file). Nothing here runs until an entry calls `start`, so the package imports in Node.
//
// Read top-down: the state, helpers (the one-tag form among them), loading and mounting, the
// queue, consent, the element, and the start.
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
    'max-height': 'n'
  };
  // Our embed page (dist/embed.html) is opened by an app or a host with a URL it writes itself.
  const embedPage = doc.documentElement.hasAttribute('data-article-embed-page');

  // The glue and the configured module, each a promise once the first embed has asked for them.
  let glue, ready;
  // Embeds waiting for the wasm, and how many near the viewport are being mounted now: while
  // any is, the others wait (on two cores their fetches and renders would compete).
  const pending = new Set();
  let urgent = 0;
  // Whether an idle callback is already asked for, to mount the next pending embed.
  let idling = false;

  // Consent: the sources and parent origins the page's embeds allow (consent-sources,
  // consent-origins); the warnings already given, by kind (each is given once).
  const sources = new Set(), origins = new Set(), warned = new Set();
  // The page's URL parameters (the embed page's embed comes from them): its
  // ?article-embed-consent=advertising is taken once if an embed allows it.
  const params = new URLSearchParams(location.search), urlConsent = params.get('article-embed-consent');
  let urlConsentUntaken = urlConsent != null;

  // ---- Helpers ----------------------------------------------------------------------------

  const warn = msg => console.warn('article-embed: ' + msg);
  const warnOnce = (kind, msg) => warned.has(kind) || (warned.add(kind), warn(msg));
  const number = v => (v = parseInt(v, 10)) >= 0 ? v : undefined;
  const absolute = v => v ? new URL(v, doc.baseURI).href : undefined;
  // Runs `f` when the main thread is idle (WebKit has no requestIdleCallback).
  const idle = win.requestIdleCallback || (f => setTimeout(f, 300));

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

  // The article is asked for while the wasm loads: a preload that the glue's fetch of the
  // same URL (same mode and credentials) then takes over, timeout and errors included. The link
  // leaves the host's <head> once the embed is mounted.
  const preload = src => {
    if (!src || doc.querySelector(`link[rel=preload][href="${CSS.escape(src)}"]`)) return;
    const link = doc.createElement('link');
    Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: '', href: src });
    doc.head.append(link);
    return link;
  };

  // A load that failed: one warning for the page, an error event for each embed.
  const fail = (el, e) => {
    e = String(e?.message || e);
    // A CSP without 'wasm-unsafe-eval': the browser's message names only 'unsafe-eval'.
    if (/eval/.test(e)) e = "add 'wasm-unsafe-eval' to script-src";
    warnOnce('load', 'could not start: ' + e);
    el.dispatchEvent(new CustomEvent('article-embed:error', {
      bubbles: true, composed: true, detail: { kind: 'load', message: e }
    }));
  };

  // ---- Loading and mounting ---------------------------------------------------------------

  // Glue, wasm and css in parallel: left to itself the glue would ask for the wasm only once it
  // has run. Started by the first embed on the page, wherever it is.
  const load = () => ready || (ready = Promise.all([
    glue = import(url('js')), fetch(url('wasm')),
    fetch(url('css')).then(r => r.ok ? r.text() : '', () => '')
  ]).then(([module, wasm, css]) => module.default({ module_or_path: wasm }).then(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    // Trusted Types: our policy, or why the page refuses it (thrown, so nothing mounts).
    module.trustedHtml();
    module.configure(catalogue, sheet);
    return module;
  })));

  // Mounts the widget on `el`; `near`: it is near the viewport, and the others wait for it.
  // Once the glue is in (before the wasm, which is larger), `early` asks for the UI catalogue
  // and the chosen language's file (src/shell/requests.js).
  const mount = (el, options = {}, near) => {
    pending.delete(el);
    io.unobserve(el);
    const opts = optionsOf(el, options), link = preload(opts.src);
    if (near) urgent++;
    const loaded = load();
    glue.then(module => module.early(opts, catalogue), () => {});
    return loaded.then(module => module.mount(el, opts)).catch(e => fail(el, e)).finally(() => {
      link?.remove();
      if (near && !--urgent) later();
    });
  };
  const unmount = el => ready
    ? ready.then(module => module.unmount(el), () => false)
    : Promise.resolve(false);

  // ---- The queue: near the viewport first, the rest one by one when the page is idle --------

  const io = new IntersectionObserver(entries => {
    for (const e of entries) if (e.isIntersecting && pending.has(e.target)) mount(e.target, {}, true);
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
  // towards it or for the page's idle time after load, whichever comes first. `el.ae` marks it
  // woken (cleared when it leaves the page, so that it waits again where it is put back).
  const wake = el => {
    const go = event => {
      if (!el.isConnected || el.ae) return;
      el.ae = 1;
      if (event) mount(el, {}, true);
      else pending.add(el), io.observe(el), later();
    };
    for (const type of ['pointerover', 'focusin', 'touchstart']) {
      el.addEventListener(type, go, { capture: true, once: true });
    }
    const whenIdle = () => idle(() => go(), { timeout: 5000 });
    doc.readyState === 'complete' ? whenIdle() : win.addEventListener('load', whenIdle);
  };

  // An <article-embed> in the page: a prerendered one waits to be woken; a live one gets its
  // space and waits in the queue, and the first one starts loading the wasm.
  // (Its shadow root may not be parsed yet: the attribute comes with the start tag.)
  // Seams, not here yet: an engine check (an engine the widget cannot run in keeps the fallback
  // link and downloads no wasm) goes first; a path that paints a pinned fragment before the wasm
  // goes with the prerendered one.
  const queue = el => {
    allowConsentFrom(el);
    if (el.hasAttribute('data-prerendered')) return wake(el);
    const height = number(el.getAttribute('height'));
    el.style.display = 'block';
    if (height) el.style.minHeight = height + 'px';
    pending.add(el);
    load().catch(() => {}); // a failure is reported by mount, per embed
    io.observe(el);
    later();
  };

  // ---- Consent ----------------------------------------------------------------------------
  // A consent decision ({ advertising: true }) and who passed it: 'host' (this page's script),
  // 'url' or 'app'. Only the reader, or whom this page names, may decide (README, "Consent"):
  // the URL on our embed page or where an embed says consent-sources="url"; messages from this
  // window (an app's injected script) or from a parent whose origin an embed lists in
  // consent-origins. A link anyone can send, or a page that frames this one, decides nothing.

  const give = (consent, source) => load().then(module => module.setConsent(consent, source)).catch(warn);

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
