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

/** Shows everything that was cut (the control stays where it stands). */
export function open(root) {
  const { blocks, foot } = parts(root);
  for (const b of [...blocks, foot]) {
    b.removeAttribute('data-peek');
    b.removeAttribute('inert');
    b.removeAttribute('data-rest');
  }
}

/**
 * The layout of the article in `root`, uncut with the control after the body: its height, the
 * control's, what is below the footer, the peek's most (the `.ae [data-peek]` rule's 4.5rem, in
 * the widget's own rem), then each body block's top, height and bind (0 free, 1 a heading, 2 a
 * flagged passage's original: core/render/body.rs writes them), in CSS px from the article's top.
 */
export function measure(root) {
  open(root);
  const { blocks, more, foot } = parts(root);
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

/**
 * Cuts the article in `root` before body block `k`: the control goes there, that block becomes
 * the peek, the blocks after it and the footer are not displayed. `k < 0`: no cut, no control.
 */
export function cut(root, k) {
  const { body, more, foot, blocks } = parts(root);
  more.hidden = k < 0;
  if (k < 0) return;
  if (more.nextElementSibling !== blocks[k]) body.insertBefore(more, blocks[k]);
  [...blocks, foot].forEach((b, i) => {
    b.toggleAttribute('data-peek', i === k);
    b.toggleAttribute('inert', i === k);
    b.toggleAttribute('data-rest', i > k);
  });
}
