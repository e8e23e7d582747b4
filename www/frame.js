/*! article-embed frame */
// The script of the pages made for iframes and webviews (publish's embed/ and card/ pages, and
// dist/embed.html). It reports the page's height to whoever shows it, on three channels that
// never mix: WordPress's embed protocol (when the URL has #?secret=…), our own MessageChannel
// for the loader's mode="iframe", and an app's bridge (only in the top frame).
// README: "Iframes, webviews and WordPress".
(() => {
  'use strict';
  const W = window, D = document, NS = 'article-embed', V = 1;
  if (W.ArticleEmbedFrame) return;
  const framed = W.parent !== W;
  const envelope = (type, fields) => ({ ns: NS, v: V, type, ...fields });

  // An app's bridge, only in the top frame: iOS WKScriptMessageHandler, Android
  // addWebMessageListener (preferred) or addJavascriptInterface, React Native. JSON strings.
  const bridge = () => {
    if (W.top !== W) return null;
    const ios = W.webkit?.messageHandlers?.articleEmbed;
    const to = ios || [W.articleEmbed, W.ArticleEmbedAndroid, W.ReactNativeWebView].find(b => b?.postMessage);
    return to ? m => to.postMessage(JSON.stringify(m)) : null;
  };
  const toApp = (type, fields) => {
    const send = bridge();
    if (send) send(envelope(type, fields));
    return !!send;
  };

  // WordPress (wp-embed.js on the host, unmodified): the secret it appended to the src.
  const secret = () => framed && (/secret=([a-zA-Z0-9]+)/.exec(location.hash) || [])[1];
  const toWordPress = (message, value) => {
    const s = secret();
    if (s) W.parent.postMessage({ message, value, secret: s }, '*');
    return !!s;
  };

  // Ours: a MessageChannel port, accepted once and only from the parent window.
  let port = null, state = null;
  const toPort = (type, fields) => port && port.postMessage(envelope(type, fields));

  // The embed's language; on our embed page, before the loader has made the embed from the
  // page's URL (frame.js runs first), the language that URL asks for.
  const page = D.documentElement;
  const langOf = () => D.querySelector('article-embed')?.getAttribute('lang')
    || (page.hasAttribute('data-article-embed-page') && new URLSearchParams(location.search).get('lang')) || page.lang;
  const height = () => Math.ceil(page.getBoundingClientRect().height);
  // Nothing before `ready` (start, below): a resize observed before the page is parsed waits.
  let last = -1, started = false;
  const report = force => {
    if (!started) return;
    const h = height();
    if (h === last && !force) return;
    last = h;
    toWordPress('height', h);
    toPort('height', { value: h });
    toApp('height', { value: h });
  };
  // In WordPress's sandbox (scripts only: no popups, no top navigation) and with wp-embed.js
  // following only links to the frame's own host, share links could not open: not shown there.
  const unshareable = () => {
    if (!secret()) return;
    for (const host of D.querySelectorAll('article-embed, article-embed-card')) {
      for (const row of host.shadowRoot?.querySelectorAll('.ae-share') || []) row.style.display = 'none';
    }
  };
  // Once parsed (see the end), and on load, directly: a hidden cross-origin frame (WordPress
  // clips it until its first message) gets no animation frames or resize observations.
  const start = () => { started = true; toApp('ready', { lang: langOf() }); unshareable(); report(true); };
  addEventListener('load', () => report(true));
  let queued = false;
  new ResizeObserver(() => {
    if (!queued) { queued = true; requestAnimationFrame(() => { queued = false; report(); }); }
  }).observe(page);

  addEventListener('message', e => {
    const d = e.data;
    if (!framed || e.source !== W.parent || !d) return;
    if (d.ns === NS && d.v === V && d.type === 'port' && e.ports[0] && !port) {
      port = e.ports[0];
      // The parent's word over the port: its host's consent (and a language), as an app's.
      port.onmessage = m => receive(m.data);
      toPort('ready', { lang: langOf(), title: D.title });
      // A prerendered page is shown; the widget says when it is (or why not), maybe already.
      const live = D.querySelector('article-embed:not([data-prerendered])');
      if (!live) state = ['mounted', { lang: langOf() }];
      if (state) toPort(...state);
      report(true);
    } else if (d.message === 'ready' && d.secret && d.secret === secret()) report(true);
  });

  // The widget's own events (dist/embed.html), for the app (a share the app takes over), and
  // whether it shows the article, for the loader's mode="iframe".
  for (const type of ['share', 'language', 'consent']) {
    D.addEventListener('article-embed:' + type, e => {
      if (toApp(type, e.detail) && type === 'share') e.preventDefault();
    });
  }
  for (const type of ['mounted', 'error']) {
    D.addEventListener('article-embed:' + type, e => {
      state = [type, { ...e.detail }];
      toPort(...state);
    });
  }
  // Clicks on links: in an app, the app decides (share and language links of a prerendered
  // page say so); in WordPress, the host follows the link; else <base target=_top> does.
  D.addEventListener('click', e => {
    if (e.defaultPrevented || e.button || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const a = e.composedPath().find(n => n instanceof HTMLAnchorElement && n.href);
    if (!a) return;
    const share = a.getAttribute('data-share'), lang = a.getAttribute('data-lang');
    const sent = share
      ? toApp('share', { network: share, url: a.closest('[data-url]')?.getAttribute('data-url'), title: D.title, lang: langOf(), href: a.href })
      : lang ? toApp('language', { lang, href: a.href }) : toApp('link', { href: a.href });
    if (sent || toWordPress('link', a.href)) e.preventDefault();
  });

  // From the app: consent through the loader's own path (source `app`), and a language: the
  // widget switches as on a reader's click; a prerendered page goes to that language's page.
  const receive = m => {
    if (typeof m === 'string') try { m = JSON.parse(m); } catch (e) { return false; }
    if (!m || m.ns !== NS || m.v !== V) return false;
    if (m.type === 'consent') {
      W.postMessage({ type: 'article-embed:consent', consent: { advertising: !!m.advertising } }, '*');
      return true;
    }
    if (m.type === 'language' && typeof m.lang === 'string') {
      const host = D.querySelector('article-embed');
      const sel = `[hreflang="${CSS.escape(m.lang)}"]`;
      const alt = D.querySelector('link[rel=alternate]' + sel);
      if (host && !host.hasAttribute('data-prerendered')) host.shadowRoot?.querySelector('a[data-lang]' + sel)?.click();
      else if (alt) location.href = alt.href;
      return true;
    }
    return false;
  };
  W.ArticleEmbedFrame = { receive, version: V };
  if (W.top === W && W.articleEmbed?.postMessage) W.articleEmbed.onmessage = e => receive(e.data);
  if (D.readyState === 'loading') D.addEventListener('DOMContentLoaded', start);
  else start();
})();
