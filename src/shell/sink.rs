//! The shell's one HTML sink: every write of HTML goes through [`set_html`], which hands the
//! core renderer's output (every text and URL in it escaped by construction) to
//! `trusted-types.js`. There it goes in through the page's Trusted Types as our one policy,
//! `article-embed`, which nothing else can reach. See SECURITY.md.

use wasm_bindgen::prelude::*;
use web_sys::Node;

#[wasm_bindgen(module = "/src/shell/trusted-types.js")]
extern "C" {
    #[wasm_bindgen(js_name = setHtml)]
    fn set_html_js(target: &Node, html: &str);
}

/// Replaces what `target` (a shadow root of ours) holds with the renderer's `html`.
pub fn set_html(target: &Node, html: &str) {
    set_html_js(target, html);
}
