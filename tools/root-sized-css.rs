//! Build tool: prints the widget's stylesheet sized in its own rem (`publish::css`), the one
//! rewrite both the browser build (`scripts/build.mjs`) and the prerendered pages use, so a
//! snippet and the widget that hydrates it size everything the same.
//!
//! Usage: `root-sized-css > widget.css`

/// Nothing to run in a browser: the tool is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    print!("{}", article_embed::publish::css::root_sized_widget_css());
}
