// "Continue reading" in the page: the whole article's layout, measured for the cut, and the
// cut applied. src/core/render/cut.rs decides where to cut from the figures `measure` returns;
// src/shell/widget/more.rs calls both in the task that rendered, so the browser paints only
// the cut article and nothing moves. A wasm-bindgen snippet, bundled into the glue.
//
// The control stands at the cut, as a disclosure's button stands before what it shows: the
// blocks before it, then the button, then the first hidden block's faded, inert peek. Opened,
// the text comes in below the button, which stays where it is.

/** The body, its blocks (not the control, which stands among them once cut), the control and the footer. */
const parts = root => {
  const body = root.querySelector('#ae-body'), more = root.querySelector('[data-more]');
  return { body, more, foot: root.querySelector('#ae-foot'), blocks: [...body.children].filter(b => b !== more) };
};

/**
 * The layout of the article in `root`, uncut with the control after the body: its height, the
 * control's, what is below the footer, the peek's most (the `.ae [data-peek]` rule's 4.5rem, in
 * the widget's own rem), then each body block's top, height and bind (0 free, 1 a heading, 2 a
 * flagged passage's original: core/render/body.rs writes them), in CSS px from the article's top.
 */
export function measure(root) {
  const { blocks, more, foot } = parts(root);
  mark(blocks, foot, -1);
  // (Moved only when not there: a node moved loses focus.)
  if (more.nextElementSibling !== foot) foot.before(more);
  more.hidden = false;
  const article = root.querySelector('article.ae'), box = article.getBoundingClientRect();
  const rem = parseFloat(getComputedStyle(article).getPropertyValue('--ae-rem')) || 16;
  const out = [box.height, more.getBoundingClientRect().height, box.bottom - foot.getBoundingClientRect().bottom, 4.5 * rem];
  for (const b of blocks) {
    const r = b.getBoundingClientRect();
    out.push(r.top - box.top, r.height, b.matches('h3,h4,h5') ? 1 : b.matches('.ae-original') ? 2 : 0);
  }
  return out;
}

/** Marks block `k` as the peek and those after it, the footer last, as the hidden rest (`k < 0`: none). */
const mark = (blocks, foot, k) => [...blocks, foot].forEach((b, i) => {
  b.toggleAttribute('data-peek', i === k);
  b.toggleAttribute('inert', i === k);
  b.toggleAttribute('data-rest', k >= 0 && i > k);
});

/**
 * Cuts the article in `root` before body block `k`: the control goes there, that block becomes
 * the peek, the blocks after it and the footer are not displayed; `open`, all of them shown
 * again, the control staying at the cut. No `k`: no cut, no control. (One function, with an
 * optional and a boolean argument, so that wasm-bindgen calls it through a shim: a function it
 * imports as it is comes from a namespace object, which a page's enumerable
 * `Object.prototype` members break once bundled.)
 */
export function cut(root, k, open) {
  const { body, more, foot, blocks } = parts(root);
  more.hidden = k === undefined;
  if (k === undefined) return;
  if (more.nextElementSibling !== blocks[k]) body.insertBefore(more, blocks[k]);
  mark(blocks, foot, open ? -1 : k);
}
