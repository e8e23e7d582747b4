//! `article-embed`: the publisher's tool (import from WordPress, validate documents). The
//! command line lives in the library's `cli` module; see `article-embed --help`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    article_embed::cli::main()
}

/// Nothing to run in a browser: the tool is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}
