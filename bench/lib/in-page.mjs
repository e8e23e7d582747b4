// Functions that run inside the benchmarked pages (passed to addInitScript or page.evaluate,
// so each is self-contained): the instrumentation, and the summary of what it recorded.

// Runs in every page before its own scripts: records the widget's events (with the time of the
// next paint after them, and rAF×2), long tasks, layout shifts, and wraps WebAssembly's compile and
// instantiate functions to count compilations and keep the instances' memories.
export function instrument() {
  const B = window.__bench = { ev: [], lt: [], loaf: [], ls: [], el: [], wasm: { compiles: 0, instances: 0, calls: {}, memories: [] } };
  const raf2 = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  // The next paint: a task queued from a rAF callback runs right after that frame's rendering
  // update (as INP's "next paint"); rAF×2, the start of the frame after, is kept as upper bound.
  const nextPaint = () => new Promise(r => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => r();
    ch.port2.postMessage(0);
  }));
  B.raf2 = raf2;
  B.nextPaint = nextPaint;
  const record = (type, el, detail) => {
    const rec = {
      type, src: el.getAttribute && el.getAttribute('src'),
      idx: Array.prototype.indexOf.call(document.getElementsByTagName('article-embed'), el),
      detail: detail ? JSON.parse(JSON.stringify(detail)) : null, t: performance.now(), paint: null, paint2: null,
    };
    B.ev.push(rec);
    nextPaint().then(() => { rec.paint = performance.now(); });
    raf2().then(() => { rec.paint2 = performance.now(); });
  };
  for (const type of ['article-embed:mounted', 'article-embed:error', 'article-embed:language']) {
    document.addEventListener(type, e => record(type.slice(14), e.target, e.detail), true);
  }
  // The static floor's embeds (marked data-bench-floor): a "static" event once the parser has
  // attached the declarative shadow root, i.e. once the whole article is in the page, then its
  // next paint, on the same clock as the widget's mounted events.
  const floorSeen = new Set();
  const parsed = () => {
    for (const el of document.querySelectorAll('article-embed[data-bench-floor]')) {
      if (el.shadowRoot && !floorSeen.has(el)) { floorSeen.add(el); record('static', el); }
    }
  };
  const floor = new MutationObserver(parsed);
  floor.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => { floor.disconnect(); parsed(); });
  // A pinned fragment the loader painted: a "pinned" event when the loader marks the embed it
  // has just painted `data-prerendered` (the parser's attributes make no such record), then its
  // next paint.
  new MutationObserver(records => {
    for (const r of records) if (r.target.hasAttribute('data-prerendered')) record('pinned', r.target);
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-prerendered'] });
  const observe = (type, f) => { try { new PerformanceObserver(l => l.getEntries().forEach(f)).observe({ type, buffered: true }); } catch (e) { B[type + 'Error'] = String(e); } };
  observe('longtask', e => B.lt.push({ start: e.startTime, dur: e.duration }));
  // Long animation frames, with the scripts that ran in them (where a long task's time went).
  observe('long-animation-frame', e => B.loaf.push({
    start: e.startTime, dur: e.duration, blocking: e.blockingDuration, render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
    scripts: (e.scripts || []).map(x => ({ what: `${x.invokerType} ${x.invoker}`.slice(0, 60), src: (x.sourceURL || '').split('/').pop(), dur: x.duration })),
  }));
  const describe = n => !n ? 'gone' : n.nodeType === 3 ? '#text' : (n.localName + (n.id ? '#' + n.id : '') + (n.className && typeof n.className === 'string' ? '.' + n.className.trim().split(/\s+/)[0] : ''));
  const rect = r => [Math.round(r.y), Math.round(r.height)];
  observe('layout-shift', e => B.ls.push({
    t: e.startTime, value: e.value, input: e.hadRecentInput,
    sources: (e.sources || []).map(s => ({ node: describe(s.node), from: rect(s.previousRect), to: rect(s.currentRect) })),
  }));
  observe('element', e => B.el.push({ id: e.identifier, render: e.renderTime, load: e.loadTime }));
  const W = window.WebAssembly, S = B.wasm;
  if (!W) return;
  const keep = inst => { try { for (const v of Object.values(inst.exports)) if (v instanceof W.Memory && !S.memories.includes(v)) S.memories.push(v); } catch (e) { /* not an instance */ } };
  const seen = r => { const inst = r instanceof W.Instance ? r : r && r.instance; if (inst) { S.instances++; keep(inst); } return r; };
  const count = n => { S.calls[n] = (S.calls[n] || 0) + 1; };
  const wrap = (name, compiles, instantiates) => {
    const orig = W[name];
    if (typeof orig !== 'function') return;
    W[name] = function (...args) {
      count(name);
      if (compiles(args)) S.compiles++;
      const p = orig.apply(this, args);
      return instantiates ? p.then(seen) : p;
    };
  };
  wrap('instantiate', a => !(a[0] instanceof W.Module), true);
  wrap('instantiateStreaming', () => true, true);
  wrap('compile', () => true, false);
  wrap('compileStreaming', () => true, false);
  try {
    const M = W.Module, I = W.Instance;
    W.Module = new Proxy(M, { construct(t, a, nt) { count('Module'); S.compiles++; return Reflect.construct(t, a, nt); } });
    W.Instance = new Proxy(I, { construct(t, a, nt) { count('Instance'); const i = Reflect.construct(t, a, nt); S.instances++; keep(i); return i; } });
  } catch (e) { /* leave the constructors alone */ }
}

// In-page: a summary of what __bench recorded, with the resource timing of the given paths.
export function pageSummary(paths) {
  const B = window.__bench;
  // Per request: start, first byte and end (from navigation start), bytes over the wire
  // (encoded: compressed if the server compressed) and decoded.
  const timing = r => ({ start: r.startTime, firstByte: r.responseStart, end: r.responseEnd, size: r.encodedBodySize, decoded: r.decodedBodySize });
  const res = performance.getEntriesByType('resource').map(r => ({ path: new URL(r.name).pathname, ...timing(r) }));
  const first = p => { const r = res.find(x => x.path === p); return r ? r.end : null; };
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    ev: B.ev, lt: B.lt, loaf: B.loaf, ls: B.ls, el: B.el,
    wasm: { compiles: B.wasm.compiles, instances: B.wasm.instances, calls: B.wasm.calls, memory: B.wasm.memories.reduce((s, m) => s + m.buffer.byteLength, 0) },
    ends: Object.fromEntries(paths.map(p => [p, first(p)])),
    fcp: fcp ? fcp.startTime : null, load: nav ? nav.loadEventEnd : null, dcl: nav ? nav.domContentLoadedEventEnd : null,
    resources: res, document: nav ? { path: location.pathname + location.search, ...timing(nav) } : null,
    embeds: [...document.getElementsByTagName('article-embed')].map(el => {
      const r = el.getBoundingClientRect();
      return { state: el.getAttribute('data-state'), visible: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth, top: r.top, height: r.height };
    }),
  };
}
