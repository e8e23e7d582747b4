// JSON.parse wrapped (a monitoring script), with a reviver of its own that changes strings.
const parse = JSON.parse;
window.parses = 0;
JSON.parse = function (text, reviver) {
  window.parses++;
  return parse.call(this, text, (k, v) => reviver ? reviver(k, v) : typeof v === 'string' ? v : v);
};
window.hostileInstalled = true;
