/*! article-embed loader */
// Finds the embeds, reserves their space, loads the wasm once, mounts.
(() => {
  'use strict';
  const W = window, D = document;
  const script = D.currentScript;
  let settle = () => {};
  const warn = msg => console.warn('article-embed: ' + msg);
  // The embed's attributes, once: how the shell reads each ('u' URL, 'n' number, 's' text; 0:
  // for the loader and the stylesheet only). The one-tag form writes them as data-* on its script.
  const ATTRS = {
    src: 'u', lang: 's', theme: 0, share: 's', 'share-params': 's', 'ad-after': 'n', 'ad-src': 'u',
    'ad-width': 'n', 'ad-height': 'n', consent: 's', 'consent-revision': 's', timeout: 'n', height: 0,
    'consent-sources': 0, 'consent-origins': 0, mode: 0, embed: 0
  };
  // Our embed page (dist/embed.html) is opened by an app or a host with a URL it writes itself.
  const embedPage = D.documentElement.hasAttribute('data-article-embed-page');
  const embed = get => {
    const el = D.createElement('article-embed');
    for (const a in ATTRS) if (get(a)) el.setAttribute(a, get(a));
    return el;
  };
  // Embeds written as <script data-article> (the one-tag form) become <article-embed>s.
  const fromScripts = () => {
    for (const s of D.querySelectorAll('script[data-article]:not([data-ae])')) {
      s.setAttribute('data-ae', '');
      s.after(embed(a => s.getAttribute(a === 'src' ? 'data-article' : 'data-' + a)));
    }
    // On the embed page, the embed comes from the page's URL: ?article=…&lang=…&ad-src=…
    if (embedPage && D.body && !D.querySelector('article-embed')) {
      const p = new URLSearchParams(location.search);
      (D.querySelector('main') || D.body).append(embed(a => p.get(a === 'src' ? 'article' : a)));
    }
  };
  if (!W.ArticleEmbed) {
    // Everything is found relative to this script, so dist/ works from any origin or path.
    const base = new URL('.', script?.src || D.baseURI).href;
    const M = __MANIFEST__;
    let ready, glue;
    // Glue, wasm and css in parallel: left to itself the glue would ask for the wasm only
    // once it has run. Started by the first embed on the page, wherever it is.
    const load = () => ready || (ready = Promise.all([
      glue = import(base + M.js), fetch(base + M.wasm),
      fetch(base + M.css).then(r => r.ok ? r.text() : '', () => '')
    ]).then(([m, wasm, css]) => m.default({ module_or_path: wasm }).then(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      // Trusted Types: our policy, or why the page refuses it (thrown, so nothing mounts).
      m.trustedHtml();
      m.configure(base + M.i18n, sheet);
      return m;
    })));
    // The article is asked for while the wasm loads: a preload that the glue's fetch of the
    // same URL (same mode and credentials) then takes over, timeout and errors included. Once
    // the glue is in (before the wasm, which is larger), `early` asks for the UI catalogue and
    // the chosen language's file (src/shell/requests.js). The link leaves the host's <head>
    // once the embed is mounted.
    const preload = src => {
      if (!src || D.querySelector(`link[rel=preload][href="${CSS.escape(src)}"]`)) return;
      const l = D.createElement('link');
      Object.assign(l, { rel: 'preload', as: 'fetch', crossOrigin: '', href: src });
      D.head.append(l);
      return l;
    };
    const num = v => (v = parseInt(v, 10)) >= 0 ? v : undefined;
    const abs = v => v ? new URL(v, D.baseURI).href : undefined;
    // mount()'s options win over the element's attributes (`share-params` → `shareParams`).
    const optionsOf = (el, o) => {
      const out = { fallbackUrl: el.querySelector('a[href]')?.href };
      for (const [a, kind] of Object.entries(ATTRS)) {
        if (!kind) continue;
        const key = a.replace(/-(.)/g, (_, c) => c.toUpperCase());
        const v = o[key] ?? el.getAttribute(a);
        out[key] = kind === 'n' ? num(v) : kind === 'u' ? abs(v) : v || undefined;
      }
      return out;
    };
    const fail = (el, e) => {
      e = String(e?.message || e);
      // A CSP without 'wasm-unsafe-eval': the browser's message names only 'unsafe-eval'.
      if (/eval/.test(e)) e = "add 'wasm-unsafe-eval' to script-src";
      warnOnce('load', 'could not start: ' + e);
      el.dispatchEvent(new CustomEvent('article-embed:error', {
        bubbles: true, composed: true, detail: { kind: 'load', message: e }
      }));
    };
    const mount = (el, o = {}, near) => {
      pending.delete(el);
      io.unobserve(el);
      const opts = optionsOf(el, o), link = preload(opts.src);
      if (near) urgent++;
      const r = load();
      glue.then(m => m.early(opts, base + M.i18n), () => {});
      return r.then(m => m.mount(el, opts)).catch(e => fail(el, e)).finally(() => {
        link?.remove();
        if (near && !--urgent) later();
      });
    };
    const unmount = el => ready ? ready.then(m => m.unmount(el), () => false) : Promise.resolve(false);
    // Near the viewport first; the rest one by one when the main thread is idle and the near
    // ones are shown (on two cores, their fetches and renders would otherwise compete).
    const pending = new Set();
    let urgent = 0;
    const io = new IntersectionObserver(es => {
      for (const e of es) if (e.isIntersecting && pending.has(e.target)) mount(e.target, {}, true);
    }, { rootMargin: '800px 0px' });
    const idle = W.requestIdleCallback || (f => setTimeout(f, 300));
    let idling = false;
    const drain = () => {
      idling = false;
      if (urgent) return; // re-armed when the near ones are done
      const [el] = pending;
      if (el) { mount(el); later(); }
    };
    const later = () => { if (!idling && pending.size) { idling = true; idle(drain, { timeout: 5000 }); } };
    // A prerendered snippet is painted already: its wasm waits for the reader's first move
    // towards it or for the page's idle time after load, whichever comes first.
    const wake = el => {
      const go = e => {
        if (!el.isConnected || el.ae) return;
        el.ae = 1;
        if (e) mount(el, {}, true); else pending.add(el), io.observe(el), later();
      };
      for (const t of ['pointerover', 'focusin', 'touchstart']) el.addEventListener(t, go, { capture: true, once: true });
      const idly = () => idle(() => go(), { timeout: 5000 });
      D.readyState === 'complete' ? idly() : W.addEventListener('load', idly);
    };
    const queue = el => {
      allow(el);
      // (Its shadow root may not be parsed yet: the attribute comes with the start tag.)
      if (el.hasAttribute('data-prerendered')) return wake(el);
      const h = num(el.getAttribute('height'));
      el.style.display = 'block';
      if (h) el.style.minHeight = h + 'px';
      pending.add(el);
      load().catch(() => {}); // a failure is reported by mount, per embed
      io.observe(el);
      later();
    };
    // A consent decision ({ advertising: true }) and who passed it: 'host' (this page's script),
    // 'url' or 'app'. Only the reader, or whom this page names, may decide (README, "Consent"):
    // the URL on our embed page or where an embed says consent-sources="url"; messages from this
    // window (an app's injected script) or from a parent whose origin an embed lists in
    // consent-origins. A link anyone can send, or a page that frames this one, decides nothing.
    const give = (c, source) => load().then(m => m.setConsent(c, source)).catch(warn);
    // `given`: the host's last decision, which mode="iframe" passes on to its frames.
    W.ArticleEmbed = { mount, unmount, consent: c => give(W.ArticleEmbed.given = c, 'host'), version: 1 };
    const sources = new Set(), origins = new Set(), warned = new Set();
    const warnOnce = (k, msg) => warned.has(k) || (warned.add(k), warn(msg));
    const q = new URLSearchParams(location.search).get('article-embed-consent');
    let fromUrl = q != null;
    const allow = el => {
      const list = a => (el.getAttribute(a) || '').split(/[\s,]+/).filter(Boolean);
      for (const s of list('consent-sources')) sources.add(s);
      for (const o of list('consent-origins')) try { origins.add(new URL(o).origin); } catch (e) {}
      if (fromUrl && (embedPage || sources.has('url'))) {
        fromUrl = false;
        give({ advertising: q.split(',').includes('advertising') }, 'url');
      }
    };
    addEventListener('message', e => {
      const d = e.data;
      if (!d || d.type !== 'article-embed:consent') return;
      if (e.source === W || (e.source === W.parent && origins.has(e.origin))) give(d.consent || {}, 'app');
      else warnOnce('msg', `ignored consent from ${e.origin}: not in consent-origins`);
    });
    // Once the page's embeds are known: a consent parameter nobody allowed is said to be ignored.
    settle = () => fromUrl && warnOnce('url', 'ignored ?article-embed-consent: allow it with consent-sources="url"');
    if (customElements.get('article-embed')) warn('<article-embed> is taken: not mounting');
    else {
      customElements.define('article-embed', class extends HTMLElement {
        // mode="iframe": the article's page in an iframe instead (dist/iframe.<hash>.js, built
        // from www/iframe-mode.js, fetched only then).
        connectedCallback() { this.matches('[mode=iframe]') ? import(base + M.iframe).then(m => m.default(this), e => fail(this, e)) : queue(this); }
        disconnectedCallback() { this.ae = 0; pending.delete(this); io.unobserve(this); unmount(this); }
      });
    }
  }
  fromScripts();
  if (D.readyState === 'loading') D.addEventListener('DOMContentLoaded', () => { fromScripts(); settle(); });
  else settle();
})();
