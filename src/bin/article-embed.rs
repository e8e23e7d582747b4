//! `article-embed`: the publisher's tool, five commands: `import` (WordPress posts to article
//! documents), `validate` (the widget's own validator on files), `render` (an article
//! prerendered as a snippet for any page), `publish` (the folder for a static host) and `csp`
//! (the hashes a strict Content-Security-Policy needs). The command line lives in the
//! library's `cli` module; see `article-embed --help`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    article_embed::cli::main()
}

/// Nothing to run in a browser: the tool is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}
