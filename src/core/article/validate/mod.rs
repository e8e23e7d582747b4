//! Validation: from a [`Json`] tree to an [`Article`], reporting every problem with its path.
//!
//! Validation never panics and never stops at the first problem (up to [`MAX_REPORTED`]), so a
//! publisher fixing a document sees everything that is wrong at once.
//!
//! The parts: `problem` is the vocabulary of what can be wrong; `walker` walks the JSON tree,
//! keeping the path and reading typed values; `document`, `translation`, `blocks` and
//! `inlines` hold the format's rules, each as methods of the walker.

mod blocks;
mod document;
mod inlines;
mod problem;
mod translation;
mod walker;

use super::{Article, Translation};
use crate::core::json::Json;
use crate::core::lang::LangTag;
use walker::{Seg, Walker};

pub use crate::core::limits::MAX_REPORTED;
pub use problem::{Problem, ValidationError};

/// The only format this version reads.
pub const FORMAT: &str = "article-embed/1";

/// Validates a whole document. `doc_url` (the URL it was fetched from) resolves relative
/// image paths; translation references stay relative until fetched.
pub fn validate_document(json: &Json, doc_url: &str) -> Result<Article, Vec<ValidationError>> {
    let mut w = Walker::new(doc_url);
    let article = w.document(json);
    w.finish(article)
}

/// Validates one translation file fetched from `file_url`, reporting paths under
/// `translations.<lang>`.
pub fn validate_translation(
    json: &Json,
    lang: &LangTag,
    file_url: &str,
) -> Result<Translation, Vec<ValidationError>> {
    let mut w = Walker::new(file_url);
    w.push(Seg::Key("translations".into()));
    w.push(Seg::Key(lang.as_str().into()));
    let t = w.translation(json);
    w.finish(t)
}
