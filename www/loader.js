/*! article-embed loader: finds the embeds, reserves their space, loads the wasm once, mounts. */
(() => {
  'use strict';
  const W = window, D = document;
  const script = D.currentScript;
  // The embed's attributes, once: how the shell reads each ('u' URL, 'n' number, 's' text; 0:
  // for the loader and the stylesheet only). The one-tag form writes them as data-* on its script.
  const ATTRS = {
    src: 'u', lang: 's', theme: 0, share: 's', 'share-params': 's', 'ad-after': 'n', 'ad-src': 'u',
    'ad-width': 'n', 'ad-height': 'n', consent: 's', 'consent-revision': 's', timeout: 'n', height: 0
  };
  // Embeds written as <script data-article> (the one-tag form) become <article-embed>s.
  const fromScripts = () => {
    for (const s of D.querySelectorAll('script[data-article]:not([data-ae])')) {
      s.setAttribute('data-ae', '');
      const el = D.createElement('article-embed');
      el.setAttribute('src', s.dataset.article);
      for (const a in ATTRS) {
        const v = s.getAttribute('data-' + a);
        if (v != null && a !== 'src') el.setAttribute(a, v);
      }
      s.after(el);
    }
  };
  if (!W.ArticleEmbed) {
    // Everything is found relative to this script, so dist/ works from any origin or path.
    const base = new URL('.', script && script.src || D.baseURI).href;
    const M = __MANIFEST__;
    let ready;
    // Glue, wasm and css in parallel: left to itself the glue would ask for the wasm only
    // once it has run. Started by the first embed on the page, wherever it is.
    const load = () => ready || (ready = Promise.all([
      import(base + M.js), fetch(base + M.wasm),
      fetch(base + M.css).then(r => r.ok ? r.text() : '', () => '')
    ]).then(([m, wasm, css]) => m.default({ module_or_path: wasm }).then(() => {
      let sheet = null;
      try { sheet = new CSSStyleSheet(); sheet.replaceSync(css); } catch (e) { sheet = null; }
      m.configure(base + M.i18n, sheet);
      return m;
    })));
    // The article is asked for while the wasm loads: a preload that the shell's own fetch of
    // the same URL then takes over (same URL, mode and credentials), timeout and errors included.
    // The link leaves the host's <head> once the embed is mounted.
    const preload = src => {
      if (!src || D.querySelector(`link[rel=preload][href="${CSS.escape(src)}"]`)) return;
      const l = D.createElement('link');
      Object.assign(l, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: src });
      D.head.append(l);
      return l;
    };
    const num = v => (v = parseInt(v, 10)) >= 0 ? v : undefined;
    const abs = v => v ? new URL(v, D.baseURI).href : undefined;
    // mount()'s options win over the element's attributes (`share-params` → `shareParams`).
    const optionsOf = (el, o) => {
      const link = el.querySelector('a[href]');
      const out = { fallbackUrl: link ? link.href : undefined };
      for (const [a, kind] of Object.entries(ATTRS)) {
        if (!kind) continue;
        const key = a.replace(/-(.)/g, (_, c) => c.toUpperCase());
        const v = o[key] ?? el.getAttribute(a) ?? undefined;
        out[key] = kind === 'n' ? num(v) : kind === 'u' ? abs(v) : v || undefined;
      }
      return out;
    };
    const fail = (el, e) => {
      console.warn('article-embed: could not start: ' + (e && e.message || e));
      el.dispatchEvent(new CustomEvent('article-embed:error', {
        bubbles: true, composed: true, detail: { kind: 'load', message: String(e && e.message || e) }
      }));
    };
    const mount = (el, o = {}, near) => {
      pending.delete(el);
      if (io) io.unobserve(el);
      const opts = optionsOf(el, o), link = preload(opts.src);
      if (near) urgent++;
      return load().then(m => m.mount(el, opts)).catch(e => fail(el, e)).finally(() => {
        if (link) link.remove();
        if (near && !--urgent) later();
      });
    };
    const unmount = el => ready ? ready.then(m => m.unmount(el), () => false) : Promise.resolve(false);
    // Near the viewport first; the rest one by one when the main thread is idle and the near
    // ones are shown (on two cores, their fetches and renders would otherwise compete).
    const pending = new Set();
    let urgent = 0;
    const io = 'IntersectionObserver' in W && new IntersectionObserver(es => {
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
    const queue = el => {
      const h = num(el.getAttribute('height'));
      el.style.display = 'block';
      if (h) el.style.minHeight = h + 'px';
      pending.add(el);
      load().catch(() => {}); // a failure is reported by mount, per embed
      if (io) io.observe(el); else mount(el);
      later();
    };
    // A consent decision from the host page, its CMP bridge or an app: { advertising: true }.
    const consent = c => load().then(m => m.setConsent(c)).catch(e => console.warn('article-embed: ' + e));
    W.ArticleEmbed = { mount, unmount, consent, version: 1 };
    // Iframe mode and webviews: the embedding page or app passes the decision in, by message
    // (only from the parent or this window) or in this page's URL (?article-embed-consent=advertising|none).
    addEventListener('message', e => {
      const d = e.data;
      if (d && d.type === 'article-embed:consent' && (e.source === W.parent || e.source === W)) consent(d.consent || {});
    });
    const q = new URLSearchParams(location.search).get('article-embed-consent');
    if (q != null) consent({ advertising: q.split(',').includes('advertising') });
    if (!customElements.get('article-embed')) {
      customElements.define('article-embed', class extends HTMLElement {
        connectedCallback() { queue(this); }
        disconnectedCallback() { pending.delete(this); if (io) io.unobserve(this); unmount(this); }
      });
    }
  }
  fromScripts();
  if (D.readyState === 'loading') D.addEventListener('DOMContentLoaded', fromScripts);
})();
