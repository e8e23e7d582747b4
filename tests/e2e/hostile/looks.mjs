// What a reader sees of a widget, run in the page on its shadow root `r`: its box, and each
// visible part's text, box (relative to the widget) and font. The hostile-CSS tests compare it
// between a plain page and a hostile one, in Chromium (hostile-pages) and in every engine
// (tests/engines/hostile). Self-contained: it is sent to the page as source.
export function looks(r) {
  const ae = r.querySelector('article.ae');
  const box = ae.getBoundingClientRect();
  const rel = e => { const b = e.getBoundingClientRect(); return [b.x - box.x, b.y - box.y, b.width, b.height].map(Math.round); };
  const parts = [...ae.querySelectorAll('h2, h3, p, li, a, button, time, figure, img, input')]
    .filter(e => e.getClientRects().length)
    .map(e => ({ tag: e.tagName, text: e.textContent.trim().slice(0, 40), box: rel(e), font: getComputedStyle(e).font }));
  return { size: [box.width, box.height].map(Math.round), parts };
}
