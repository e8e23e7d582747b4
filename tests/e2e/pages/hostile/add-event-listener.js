// addEventListener wrapped as error trackers do it: each handler is wrapped in another function
// (so removeEventListener with the original finds nothing to remove) and errors are reported.
const add = EventTarget.prototype.addEventListener;
window.listenersAdded = 0;
window.trackedErrors = [];
EventTarget.prototype.addEventListener = function (type, handler, options) {
  window.listenersAdded++;
  if (typeof handler !== 'function') return add.call(this, type, handler, options);
  const wrapped = function (...args) {
    try { return handler.apply(this, args); } catch (e) { window.trackedErrors.push(String(e)); throw e; }
  };
  return add.call(this, type, wrapped, options);
};
window.hostileInstalled = true;
