// The widget as the cross-engine suites see it: its parts by selector (` >>> ` goes into its
// shadow root, engines.mjs), and what a reader does with it, by real input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './site.mjs';

export const TIES = 'article-embed[src*="closer-ties"]';
export const RELATIONS = 'article-embed[src*="relations"]';
/** The demo page's third embed: the whole article (issue 22), in English. */
export const FIGURES = 'article-embed[src*="trade-in-figures"]';

/** A part of the widget whose host is `host`: `part(host, '.ae-lang-btn')`. */
export const part = (host, css) => `${host} >>> ${css}`;

/** Waits until the widget shows its article or an error, and returns which (`data-state`). */
export const settled = (tab, host, timeout) => tab.waitFor(h => {
  const s = $(h)?.getAttribute('data-state');
  return (s === 'mounted' || s === 'error') && s;
}, { args: [host], timeout, what: `${host} mounted or failed` });

/** The widget's headline, article language, and body text units (paragraphs, headings, items, quotes). */
export const shown = (tab, host) => tab.eval(h => {
  const r = $(h)?.shadowRoot;
  const body = r?.querySelector('.ae-body');
  return {
    title: r?.querySelector('#ae-title')?.textContent ?? null,
    lang: r?.querySelector('article.ae')?.getAttribute('lang') ?? null,
    units: body ? [...body.querySelectorAll(':scope > p, :scope > h3, :scope > h4, :scope > h5, :scope > ul > li, :scope > ol > li, :scope > figure.ae-quote')]
      .map(e => e.textContent.replace(/\s+/g, ' ').trim()) : [],
  };
}, host);

/** Waits until the widget shows its article in `lang`. */
export const waitForLang = (tab, host, lang) => tab.waitFor((h, l) => $(h)?.shadowRoot?.querySelector('article.ae')?.getAttribute('lang') === l,
  { args: [host, lang], what: `${host} in ${lang}` });

/** The reader opens the language list and clicks `lang` (real clicks), and the widget shows it. */
export async function switchLanguage(tab, host, lang) {
  await tab.click(part(host, '.ae-lang-btn'));
  await tab.click(part(host, `#ae-lang-list a[data-lang="${lang}"]`));
  await waitForLang(tab, host, lang);
}

/** The recorded widget events named `name` (from the host with `id`, when given) whose detail has `detail`'s fields. */
export async function eventsOf(tab, name, { id, detail = {} } = {}) {
  const r = await tab.recorded();
  return r.events.filter(e => e.name === name && (id === undefined || e.id === id)
    && Object.entries(detail).every(([k, v]) => e.detail?.[k] === v));
}

/** Waits until the page has recorded `count` such events. */
export const waitForEvent = (tab, name, { id, detail = {}, count = 1, timeout } = {}) => tab.waitFor((n, i, d, c) =>
  window.__record.events.filter(e => e.name === n && (i === null || e.id === i)
    && Object.entries(d).every(([k, v]) => e.detail?.[k] === v)).length >= c,
{ args: [name, id ?? null, detail, count], timeout, what: `${count} "${name}" event(s) ${JSON.stringify(detail)}` });

/** The widget's live region's text (what a screen reader was told last). */
export const liveText = (tab, host) => tab.eval(h => $(h)?.shadowRoot?.querySelector('[data-live]')?.textContent.replace(/\u200b$/, '') ?? null, host);

/** A UI message as a catalogue writes it: `ftl('en', 'share-copied')` → "Link copied". */
export function ftl(lang, key) {
  const line = readFileSync(join(root, 'locales', `${lang}.ftl`), 'utf8').split('\n').find(l => l.startsWith(key + ' ='));
  return line.slice(line.indexOf('=') + 1).trim();
}

/** The page's own record is clean: no uncaught error, no console error, no warning of ours. */
export async function clean(tab) {
  const r = await tab.recorded();
  return { uncaught: r.uncaught, errors: r.errors, warnings: r.warnings };
}
