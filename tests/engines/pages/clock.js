// A clock the test turns by hand (`?engines-clock`): the widget's timeouts (those set by our
// scripts under /dist/; the driver's own, which WebKit's sets in the page, run as usual) wait
// until the test runs them, so that "nothing happened" is checked after every timer the widget
// set has run, not after a guessed time. `__clock.run()` runs every pending timeout, and those
// they set, until none is left, and returns how many ran; `__clock.release()` gives real timers
// back (pending ones run in order). Animation frames, observers and the network run as usual.
(() => {
  'use strict';
  const realSet = window.setTimeout, realClear = window.clearTimeout;
  const queue = new Map();
  let next = 1, released = false;
  const ours = () => /\/dist\//.test(new Error().stack);
  window.setTimeout = (f, ms, ...args) => {
    if (released || !ours()) return realSet(f, ms, ...args);
    const id = next++;
    queue.set(id, { f, ms: Number(ms) || 0, args });
    return id;
  };
  window.clearTimeout = id => (queue.delete(id) ? undefined : realClear(id));
  window.__clock = {
    pending: () => queue.size,
    run() {
      let ran = 0;
      for (let round = 0; queue.size && round < 100; round++) {
        // The earliest due first, as a real clock would run them.
        const [[id, t]] = [...queue].sort((a, b) => a[1].ms - b[1].ms || a[0] - b[0]);
        queue.delete(id);
        ran++;
        if (typeof t.f === 'function') t.f(...t.args);
      }
      return ran;
    },
    release() {
      released = true;
      for (const [id, t] of queue) { queue.delete(id); realSet(t.f, t.ms, ...t.args); }
    },
  };
})();
