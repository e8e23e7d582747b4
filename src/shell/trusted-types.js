// The shell's one HTML sink, and Trusted Types. The shell's only HTML is the core renderer's
// output, every text and URL in it escaped by construction; it goes in through one named policy,
// `article-embed`, that nothing else can reach (the argument Lit makes for its policy). The
// loader makes that policy, once for the page (www/loader.js `policy`: a page refuses a second
// one of the same name without 'allow-duplicates', and the loader paints pinned fragments
// through it before the glue is here), and hands its createHTML over with `trustedHtml`.
// Bundled into the glue by scripts/build.mjs, which re-exports `trustedHtml` for the loader.

let createHtml = String;

/**
 * Takes the createHTML of the page's `article-embed` policy, as the loader made it (`String`
 * where the page has no Trusted Types).
 */
export function trustedHtml(create) {
  createHtml = create;
}

/** Replaces what `target` (one of our shadow roots) holds with the renderer's `html`. */
export function setHtml(target, html) {
  target.innerHTML = createHtml(html);
}
