/*! article-embed frame: the host's CMP */
// The live embed page (dist/embed.html) in a frame follows the consent platform of the page that
// frames it, as the IAB TCF v2.2 says an iframe should: find the ancestor window holding the
// `__tcfapiLocator` frame (every TCF CMP creates one) and call its `__tcfapi` by postMessage.
// The widget then sees a CMP (`window.__tcfapi`) as it would in the host page itself: it shows
// no banner and follows the host's decisions (src/shell/consent.rs). Built into dist/frame.<hash>.js
// after www/frame.js; not in the prerendered pages, which have no ad slot and ask nothing.
(() => {
  'use strict';
  const W = window;
  if (W.parent === W || W.__tcfapi) return;
  let cmp = null;
  for (let w = W.parent; ; w = w.parent) {
    try {
      if (w.frames.__tcfapiLocator) { cmp = w; break; }
    } catch (e) { /* a window we may not look into: go on up */ }
    if (w === W.top) break;
  }
  if (!cmp) return;
  // callId → callback. A listener's callback is called again at each change: kept.
  const calls = new Map();
  let next = 0;
  W.__tcfapi = (command, version, callback, parameter) => {
    if (typeof callback !== 'function') return;
    const callId = 'ae' + ++next;
    calls.set(callId, callback);
    cmp.postMessage({ __tcfapiCall: { command, version, parameter, callId } }, '*');
  };
  addEventListener('message', e => {
    if (e.source !== cmp) return;
    let d = e.data;
    if (typeof d === 'string') try { d = JSON.parse(d); } catch (err) { return; }
    const r = d && d.__tcfapiReturn;
    const f = r && calls.get(r.callId);
    if (f) f(r.returnValue, r.success);
  });
})();
