// The loader's mode="iframe" (<article-embed src="…" mode="iframe">), fetched only when an
// embed asks for it: instead of the widget, the article's own page in an iframe, sized by that
// page's messages (www/frame.js) over a MessageChannel handed to it once, so nothing else can
// speak on it. README: "Iframe mode".
const NS = 'article-embed', V = 1;
// Passed on to dist/embed.html, which reads them from its URL.
const PARAMS = ['lang', 'theme', 'share', 'share-params', 'ad-after', 'ad-src', 'ad-width', 'ad-height',
  'consent', 'consent-revision', 'timeout', 'max-height'];
// Scripts, and what a reader's click may do: open a share window (itself unsandboxed) or go to
// a link in the top window. Same origin, so the page keeps its own storage (the reader's
// language and consent) and fetches as itself. No forms, modals or navigation without a click.
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';
const KEY = 'article-embed:height:';
// The frames in the page: a host's `ArticleEmbed.consent()` (the loader keeps its last decision
// as `ArticleEmbed.given`) reaches each framed page over the port of its current document, as
// its loader's `app` source (README, "Consent"); a frame that loads later is told the last one.
const api = window.ArticleEmbed, frames = new Set();
const tell = f => api.given && f.port.postMessage({ ns: NS, v: V, type: 'consent', advertising: !!api.given.advertising });
const own = api.consent;
api.consent = c => {
  const r = own(c);
  for (const f of frames) f.isConnected ? tell(f) : frames.delete(f); // a removed one loads again if put back
  return r;
};

const storage = (url, h) => {
  try {
    if (h == null) return parseInt(localStorage.getItem(KEY + url), 10) || 0;
    localStorage.setItem(KEY + url, h);
  } catch (e) { /* storage off: the height attribute still holds the space */ }
  return 0;
};

/**
 * The page to frame: the published embed page (`embed="…"`), else our embed page for the
 * document (the loader's `files('embed.html')`: dist/embed.html beside the CDN's loader; the npm
 * package has none).
 */
function frameUrl(el, files, doc = document) {
  const published = el.getAttribute('embed');
  if (published) return new URL(published, doc.baseURI).href;
  const page = files('embed.html');
  if (!page) return;
  const u = new URL(page);
  const src = el.getAttribute('src');
  if (src) u.searchParams.set('article', new URL(src, doc.baseURI).href);
  for (const a of PARAMS) if (el.hasAttribute(a)) u.searchParams.set(a, el.getAttribute(a));
  return u.href;
}

/** The embed's outcome, as the widget's events say it: `mounted` or `error` with its detail. */
const outcome = (el, type, detail) => {
  el.setAttribute('data-state', type);
  el.dispatchEvent(new CustomEvent('article-embed:' + type, {
    bubbles: true, composed: true, detail: { ...detail, mode: 'iframe' }
  }));
};

/** Frames the article of `el`; `files`: the loader's `url`, where the widget's files are. */
export default function frame(el, files) {
  if (el.shadowRoot?.querySelector('iframe')) return; // connected again: the frame is there
  const url = frameUrl(el, files);
  if (!url) {
    // No page to frame: the embed keeps its fallback link, and says why, as a load failure does.
    const message = 'mode="iframe" needs an embed attribute here: the URL of the published embed page';
    console.warn('article-embed: ' + message);
    return outcome(el, 'error', { kind: 'load', message });
  }
  const origin = new URL(url).origin;
  const root = el.shadowRoot || el.attachShadow({ mode: 'open' });
  const link = el.querySelector('a[href]');
  const f = document.createElement('iframe');
  const reserve = storage(url) || parseInt(el.getAttribute('height'), 10) || 600;
  el.style.display = 'block';
  f.style.cssText = `display:block;width:100%;border:0;height:${reserve}px`;
  f.title = link?.textContent.trim() || 'Article';
  f.setAttribute('sandbox', SANDBOX);
  // web-share only where the browser has it: elsewhere the feature's name is an unknown one,
  // which Chromium warns about in the host page's console.
  f.allow = 'clipboard-write' + (navigator.share ? '; web-share' : '');
  f.referrerPolicy = 'strict-origin-when-cross-origin';
  f.loading = 'lazy';
  // Each document the frame loads gets a channel of its own, handed over once.
  f.addEventListener('load', () => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = e => {
      const d = e.data;
      if (!d || d.ns !== NS || d.v !== V) return;
      if (d.type === 'height' && Number.isFinite(d.value) && d.value >= 0) {
        const h = Math.min(Math.ceil(d.value), 100000);
        f.style.height = h + 'px';
        storage(url, h);
      } else if (d.type === 'ready') {
        if (!link && typeof d.title === 'string' && d.title) f.title = d.title;
      } else if (d.type === 'mounted' || d.type === 'error') {
        // The page's own widget events, on the embed: the article is shown, or why not.
        const { ns, v, type, ...detail } = d;
        outcome(el, type, detail);
      }
    };
    f.contentWindow.postMessage({ ns: NS, v: V, type: 'port' }, origin, [port2]);
    f.port = port1;
    frames.add(f);
    tell(f);
  });
  f.src = url;
  root.append(f);
}
