/*! article-embed embed page */
// The script of publish's "Embed this article" pages (embed-page/<lang>.html; src/publish/embed_page/).
// The page holds every form's default code, written by publish, and where the options go into
// it (data-at, data-syntax); this writes the options in as they change (the same rule as
// src/publish/embed_page/forms.rs, held to the same table: tests/embed-page-codes.json), shows
// the chosen form in the preview (a srcdoc frame: the code as a host page would have it, under
// this page's policy), and copies. Not part of the widget: the widget's pages never load it.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeAttr = s => s.replace(/[&<>"']/g, c => ESCAPES[c]);
// encodeURIComponent, with the five characters it leaves that the Rust side encodes too.
const encode = s => encodeURIComponent(s).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const THEMES = ['auto', 'light', 'dark'];

/**
 * The options as the fields give them (`names`: the share targets, in the widget's default
 * order): an unknown theme is auto; unknown share names are dropped and the default set is no
 * option; a height that is not a positive whole number is none.
 */
export function parseOptions({ theme = '', share = '', params = '', maxHeight = '' }, names, defaults = names) {
  const ids = [];
  for (const w of share.split(/[, ]/)) {
    const id = w.trim();
    if (names.includes(id) && !ids.includes(id)) ids.push(id);
  }
  const all = ids.length === 0 || ids.join(' ') === defaults.join(' ');
  const h = maxHeight.trim();
  const height = /^[0-9]+$/.test(h) ? Number(h) : 0;
  return {
    theme: THEMES.includes(theme) ? theme : 'auto',
    share: all ? null : ids,
    params: params.trim(),
    maxHeight: height > 0 && height <= 0xffffffff ? height : null,
  };
}

/** The options as `syntax` (attr, data or query) writes them into a code. */
export function render(syntax, o) {
  const pairs = [];
  if (o.theme !== 'auto') pairs.push(['theme', o.theme]);
  if (o.share) pairs.push(['share', o.share.join(', ')]);
  if (o.params) pairs.push(['share-params', o.params]);
  if (o.maxHeight) pairs.push(['max-height', String(o.maxHeight)]);
  return pairs.map(([name, value]) => syntax === 'query'
    ? `&amp;${name}=${encode(value)}`
    : ` ${syntax === 'data' ? 'data-' : ''}${name}="${escapeAttr(value)}"`).join('');
}

/** A default code with the options written in at `at` (UTF-16 units), as `syntax` has them. */
export const withOptions = (code, at, syntax, o) => code.slice(0, at) + render(syntax, o) + code.slice(at);

const FIELDS = ['share', 'share-params', 'max-height'];

function start() {
  const main = document.getElementById('ae-embed-page');
  if (!main) return;
  const names = main.dataset.shareNames.split(' '), defaults = main.dataset.shareDefault.split(' ');
  const lang = main.dataset.lang;
  const field = name => main.querySelector(`[name="${name}"]`);
  const radio = name => main.querySelector(`[name="${name}"]:checked`)?.value || '';
  const sections = [...main.querySelectorAll('section.ae-form')].map(section => {
    const text = section.querySelector('textarea');
    return { section, text, code: text.defaultValue, at: Number(section.dataset.at), syntax: section.dataset.syntax };
  });
  const preview = document.getElementById('ae-preview');

  // The options a sibling language's page was left with come along in its link's query.
  const query = new URLSearchParams(location.search);
  for (const name of ['form', 'theme']) {
    const r = query.get(name) && main.querySelector(`[name="${name}"][value="${CSS.escape(query.get(name))}"]`);
    if (r) r.checked = true;
  }
  for (const name of FIELDS) if (query.has(name)) field(name).value = query.get(name);

  const options = () => parseOptions({
    theme: radio('theme'), share: field('share').value, params: field('share-params').value,
    maxHeight: field('max-height').value,
  }, names, defaults);

  const codes = () => {
    const o = options();
    for (const s of sections) {
      s.text.value = s.syntax ? withOptions(s.code, s.at, s.syntax, o) : s.code;
    }
    const state = new URLSearchParams();
    const form = radio('form'), theme = radio('theme');
    if (form !== 'snippet') state.set('form', form);
    if (theme !== 'auto') state.set('theme', theme);
    for (const name of FIELDS) if (field(name).value.trim()) state.set(name, field(name).value.trim());
    const q = state.size ? `?${state}` : '';
    for (const a of main.querySelectorAll('nav a[hreflang]')) a.href = `${a.getAttribute('hreflang')}.html${q}`;
  };

  const show = () => {
    codes();
    const form = radio('form');
    const chosen = sections.find(s => s.section.dataset.form === form) || sections[0];
    for (const s of sections) s.section.toggleAttribute('data-chosen', s === chosen);
    const body = chosen.section.dataset.oembed ?? chosen.text.value;
    preview.srcdoc = `<!doctype html><html lang="${escapeAttr(lang)}"><head><meta charset="utf-8">`
      + `<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>${body}</body></html>`;
  };

  main.addEventListener('input', e => { if (e.target.type === 'text') codes(); });
  main.addEventListener('change', show);

  for (const button of main.querySelectorAll('button.ae-copy')) {
    const text = document.getElementById(button.dataset.for);
    const status = button.nextElementSibling;
    const say = message => { status.textContent = ''; status.textContent = message; };
    const selectIt = () => {
      text.focus();
      text.select();
      say(main.dataset.copyKeys);
    };
    button.hidden = false;
    button.addEventListener('click', () => {
      const clip = navigator.clipboard;
      if (!clip?.writeText) return selectIt();
      clip.writeText(text.value).then(() => say(main.dataset.copied), selectIt);
    });
  }
  show();
  main.dataset.ready = '';
}

if (typeof document !== 'undefined') start();
