// The page's JSON requests (articles, translations, UI catalogues), shared by every widget, and
// the first render's, made as soon as they can be known.
//
// `getJson` is the shell's one way to fetch (src/shell/net.rs): one request per URL for the
// page, so ten embeds of one article fetch it once, and a request made early is the one the
// shell then reads. A failed request is forgotten, so the next caller asks again.
//
// `early` runs when the glue has arrived, well before the wasm (the larger download): it asks
// for the UI catalogue, and for the chosen language's file once the article document is in, so
// that these requests overlap the wasm's download instead of following it. A prediction only:
// the shell (src/shell/widget/load.rs) decides, and asks for what it needs through `getJson`.
// The rules mirror the shell's (core/lang.rs `best_match` and `choose_article_language`,
// core/i18n `ui_language_for`, widget/load.rs `guess_ui_language`), and
// tests/lang-negotiation.json holds the cases both must choose alike; a wrong guess costs one
// unused request. Nothing here becomes markup: the JSON goes to the shell's validator.
// A wasm-bindgen snippet of net.rs; scripts/build.mjs re-exports `early` from the glue with the
// UI languages passed in.

const requests = new Map();
const no = kind => {
  throw kind;
};

/**
 * The parsed JSON at `url`: the request under way or done, else `started` (the loader's own
 * request for it, made before the glue was in: taken over, so the URL is fetched once), else a
 * new one; given up after `ms` (10 s when not given). Rejects with the failure's name:
 * `not-found`, `network`, `invalid` or `timeout` (core/render `ErrorKind::id`).
 */
export function getJson(url, ms, started) {
  let p = requests.get(url);
  if (!p) {
    const c = new AbortController();
    const t = setTimeout(() => c.abort(), ms || 1e4);
    // The abort ends our own fetch; the loader's, which it cannot reach, loses the race.
    p = Promise.race([started || fetch(url, { signal: c.signal }), new Promise((_, stop) => (c.signal.onabort = stop))])
      .then(
        r => (r.ok ? r.json().catch(() => no('invalid')) : no(r.status == 404 || r.status == 410 ? 'not-found' : 'network')),
        () => no('network')
      )
      .catch(kind => {
        requests.delete(url);
        no(c.signal.aborted ? 'timeout' : kind);
      })
      .finally(() => clearTimeout(t));
    // Handled here: an early request nobody reads must not be reported as unhandled.
    p.catch(() => {});
    requests.set(url, p);
  }
  // Read in a task of its own: the first render's steps (each document read and validated,
  // then the render) are then separate tasks, not one long task on a slow phone.
  return p.then(v => pause().then(() => v));
}

/**
 * Resolves in a later task: `scheduler.yield()` where there is one (its continuation runs
 * before other queued tasks), else a zero timeout.
 */
export const pause = () => globalThis.scheduler?.yield?.() ?? new Promise(r => setTimeout(r));

// shell/storage.rs LANG_KEY: the reader's remembered choice.
const KEY = 'article-embed:lang';

/** Whether `t` is a language tag as core/lang.rs `LangTag::parse` reads one (`_` for `-`). */
const isTag = t => t.length < 36 && /^([a-z]{2,3}|[a-z\d]{5,8})([-_][a-z\d]{1,8})*$/i.test(t);
const norm = t => t.replace(/_/g, '-').toLowerCase();

/**
 * The best of `have` for the wanted tag (core/lang.rs `best_match`): exact, then truncated, then
 * the same primary language. What is not a tag, wanted or had, matches nothing.
 */
export const match = (want, have) => {
  if (!isTag(want)) return;
  const l = have.map(h => (isTag(h) ? norm(h) : ''));
  let t = norm(want);
  for (let i; ; t = t.slice(0, i)) {
    if (l.includes(t)) return have[l.indexOf(t)];
    if ((i = t.lastIndexOf('-')) < 0) break;
  }
  return have.find((_, i) => l[i].split('-')[0] === t);
};

/** The best of `have` for the first wish with a match at all (core/lang.rs `choose_article_language`). */
export const firstMatch = (wishes, have) => wishes.map(w => match(w, have)).find(Boolean);

/** What the validator accepts as a translation's `href` (core/html.rs `SafeUrl::parse_or_relative`), less `mailto:`. */
const fetchable = h => !!h && !/[\s\0-\x1f\x7f]/.test(h) && (/^https?:\/\/./i.test(h) || !/^[^/?#]*:|^[\\/]{2}/.test(h));

const remembered = () => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
};

/** The URL of `lang`'s UI catalogue by the loader's function `at` (shell/catalogs.rs). */
export const catalogueUrl = (at, lang) => (typeof at == 'function' ? at(lang) : undefined);

/**
 * Starts the requests the first render of an embed with options `o` (the loader's) will likely
 * make: the UI catalogues of the languages `ui` are at `urlOf(lang)` (the loader's `catalogue`);
 * `started`, the loader's request for the article document if it made one, is taken over.
 */
export function early(o, urlOf, ui, started) {
  const wishes = [o.lang, remembered(), ...(navigator.languages || [])].filter(w => typeof w == 'string' && w);
  const catalogue = c => {
    const url = c && c != 'en' && urlOf(c);
    if (url) getJson(url);
  };
  // Before the document: the first wish with a UI catalogue.
  catalogue(firstMatch(wishes, ui));
  if (!o.src) return;
  getJson(o.src, o.timeout, started).then(doc => {
    if (!doc || typeof doc != 'object') return;
    const have = (Array.isArray(doc.languages) ? doc.languages : []).filter(l => typeof l == 'string');
    const lang = firstMatch(wishes, have) || doc.original_language;
    if (typeof lang != 'string') return;
    const href = doc.translations?.[lang]?.href;
    if (typeof href == 'string' && fetchable(href)) getJson(new URL(href, o.src).href, o.timeout);
    catalogue(match(lang, ui));
  }).catch(() => {}); // the shell reports a failed document, per embed
}
