// The shell's one HTML sink, and Trusted Types. The shell's only HTML is the core renderer's
// output, every text and URL in it escaped by construction; it goes in through one named policy,
// `article-embed`, that nothing else can reach (the argument Lit makes for its policy). Bundled
// into the glue by scripts/build.mjs, which re-exports `trustedHtml` for the loader.

let createHtml = String;

/**
 * Creates our policy where the page has Trusted Types. Throws, naming the directive to add,
 * where the page requires Trusted Types and refuses our policy.
 */
export function trustedHtml() {
  const tt = globalThis.trustedTypes;
  if (!tt) return;
  try {
    const policy = tt.createPolicy('article-embed', { createHTML: String });
    createHtml = html => policy.createHTML(html);
  } catch {
    // Refused by the page's `trusted-types` list: a string still does where they are not required.
    try {
      document.createElement('template').innerHTML = '';
    } catch {
      throw Error("add article-embed to the trusted-types directive of this page's Content-Security-Policy");
    }
  }
}

/** Replaces what `target` (one of our shadow roots) holds with the renderer's `html`. */
export function setHtml(target, html) {
  target.innerHTML = createHtml(html);
}
