// "Continue reading" in the page: the whole article's layout, measured for the cut, and the
// cut applied. src/core/render/cut.rs decides where to cut from the figures `measure` returns;
// src/shell/widget/more.rs calls both in the task that rendered, so the browser paints only
// the cut article and nothing moves. A wasm-bindgen snippet, bundled into the glue.

/**
 * The layout of the article in `root`, the cut undone and the control shown: its height, the
 * control's, what is below the footer, the peek's most (the `.ae [data-peek]` rule's 4.5rem, in
 * the widget's own rem), then each body block's top, height and bind (0 free, 1 a heading, 2 a
 * flagged passage's original: core/render/body.rs writes them), in CSS px from the article's top.
 */
export function measure(root) {
  cut(root, -1);
  const article = root.querySelector('article.ae');
  const more = root.querySelector('[data-more]');
  more.hidden = false;
  const box = article.getBoundingClientRect();
  const rem = parseFloat(getComputedStyle(article).getPropertyValue('--ae-rem')) || 16;
  const out = [box.height, more.getBoundingClientRect().height,
    box.bottom - root.querySelector('#ae-foot').getBoundingClientRect().bottom, 4.5 * rem];
  for (const b of root.querySelector('#ae-body').children) {
    const r = b.getBoundingClientRect();
    out.push(r.top - box.top, r.height, b.matches('h3,h4,h5') ? 1 : b.matches('.ae-original') ? 2 : 0);
  }
  return out;
}

/**
 * Cuts the article in `root` before body block `k`: that block becomes the faded, inert peek,
 * the blocks after it and the footer are not displayed. `k < 0` shows everything. `control`:
 * whether the control is shown.
 */
export function cut(root, k, control = true) {
  const blocks = [...root.querySelector('#ae-body').children, root.querySelector('#ae-foot')];
  blocks.forEach((b, i) => {
    const peek = k >= 0 && i === k, rest = k >= 0 && i > k;
    b.toggleAttribute('data-peek', peek);
    b.toggleAttribute('inert', peek);
    b.toggleAttribute('data-rest', rest);
  });
  root.querySelector('[data-more]').hidden = !control;
}
