//! article-embed: an embeddable news-article widget.
//!
//! The crate has two halves:
//! - [`core`]: pure Rust (no web APIs). Article model and validation, language negotiation,
//!   UI strings, share links, consent state, and rendering to HTML with escaping by
//!   construction. Compiled and tested natively.
//! - `shell` (wasm32 only): puts the core's markup into a shadow root, wires events by
//!   delegation, fetches, stores and talks to the host page.
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
