// What the page does, recorded in the page itself for every engine alike (WebKit's classic
// WebDriver has no init scripts, console or network events). The cross-engine test server
// puts this script first in every HTML page it serves (tests/engines/site.mjs): the widget's
// events, console warnings and errors, what is thrown uncaught, Content-Security-Policy
// violations, and every fetch() call as it is made (before any response: the loader's wasm
// request counts the moment it is asked for).
(() => {
  'use strict';
  if (window.__record) return;
  const record = window.__record = { events: [], warnings: [], errors: [], uncaught: [], fetches: [], violations: [] };
  const text = args => args.map(a => (a instanceof Error ? a.message : String(a))).join(' ');
  for (const [level, list] of [['warn', record.warnings], ['error', record.errors]]) {
    const original = console[level];
    console[level] = function (...args) {
      list.push(text(args));
      return original.apply(this, args);
    };
  }
  document.addEventListener('securitypolicyviolation', e => record.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  addEventListener('error', e => record.uncaught.push(e.message || String(e.error)));
  addEventListener('unhandledrejection', e => record.uncaught.push(String(e.reason && e.reason.message || e.reason)));
  for (const name of ['mounted', 'error', 'language', 'share', 'consent']) {
    document.addEventListener(`article-embed:${name}`, e => {
      record.events.push({ name, id: e.target.id || null, detail: JSON.parse(JSON.stringify(e.detail || null)) });
    });
  }
  const fetch = window.fetch;
  window.fetch = function (input) {
    record.fetches.push(new URL(input && input.url || String(input), document.baseURI).href);
    return fetch.apply(this, arguments);
  };
})();
