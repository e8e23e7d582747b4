// Makes this engine look like an older or partial one before any script of ours runs: the
// features named in this script's query (`remove.js?clipboard,web-share`) are taken away as an
// engine without them would lack them. Put in the page by the test server (site.mjs) for
// `?engines-remove=…`. Declarative shadow DOM is the parser's, so the server removes that one
// from the HTML instead (the template then stays inert, as an engine without it parses it).
(() => {
  'use strict';
  const gone = (owner, name) => {
    for (let o = owner; o; o = Object.getPrototypeOf(o)) {
      if (Object.prototype.hasOwnProperty.call(o, name)) delete o[name];
    }
    if (name in owner) throw new Error(`remove.js: could not remove ${name}`);
  };
  const REMOVE = {
    // Safari and every iOS webview before 16.4: new CSSStyleSheet() throws, no adoptedStyleSheets.
    'constructable-stylesheets': () => {
      const Sheet = window.CSSStyleSheet;
      const Illegal = function CSSStyleSheet() { throw new TypeError('Illegal constructor'); };
      Illegal.prototype = Sheet.prototype;
      window.CSSStyleSheet = Illegal;
      gone(Document.prototype, 'adoptedStyleSheets');
      gone(ShadowRoot.prototype, 'adoptedStyleSheets');
    },
    'register-property': () => gone(CSS, 'registerProperty'),
    'request-idle-callback': () => { gone(window, 'requestIdleCallback'); gone(window, 'cancelIdleCallback'); },
    'scheduler-yield': () => { if (window.scheduler) gone(window.scheduler, 'yield'); },
    'web-share': () => { gone(navigator, 'share'); gone(navigator, 'canShare'); },
    clipboard: () => gone(navigator, 'clipboard'),
    'trusted-types': () => gone(window, 'trustedTypes'),
    webassembly: () => gone(window, 'WebAssembly'),
  };
  const list = decodeURIComponent(new URL(document.currentScript.src).search.slice(1)).split(',').filter(Boolean);
  for (const name of list) {
    if (!REMOVE[name]) throw new Error(`remove.js: no feature ${name}`);
    REMOVE[name]();
  }
  window.__removed = list;
})();
