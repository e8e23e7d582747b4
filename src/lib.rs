//! article-embed: an embeddable news-article widget, and the publisher's tool around it.
//!
//! Five parts; dependencies run one way, each uses `core` and `core` none of them:
//! - [`core`]: pure Rust (no web APIs). Article model and validation, language negotiation,
//!   UI strings, share links, consent, and rendering to HTML with escaping by construction.
//!   Compiled and tested natively, and the heart of the wasm.
//! - `shell` (wasm32 only): puts the core's markup into a shadow root, wires events by
//!   delegation, fetches, stores and talks to the host page.
//! - `import` (native only): WordPress posts to article documents.
//! - `publish` (native only): articles prerendered by the core's renderer (snippets, embed and
//!   card pages, oEmbed, the hashes a strict CSP needs); uses `import`'s all-or-nothing writer.
//! - `cli` (native only): the `article-embed` command over `import` and `publish`
//!   (`src/bin/article-embed.rs` is its `main`).
#![deny(missing_docs)]

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod shell;

#[cfg(not(target_arch = "wasm32"))]
pub mod import;

#[cfg(not(target_arch = "wasm32"))]
pub mod publish;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
