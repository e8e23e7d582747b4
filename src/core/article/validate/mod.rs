//! Validation: from a [`Json`] tree to an [`Article`], reporting every problem with its path.
//!
//! Validation never panics and never stops at the first problem (up to [`MAX_REPORTED`] of
//! each severity), so a publisher fixing a document sees everything that is wrong at once.
//!
//! It degrades rather than refuses: a bad optional value is dropped with the part it belongs
//! to (a block, a link, a follow-us item, an attribute) and reported as a *warning*; only what
//! leaves nothing sensible to show is an *error* that refuses the document (see
//! `docs/article-format.md`, "What is refused").
//!
//! The parts: `problem` is the vocabulary of what can be wrong; `walker` walks the JSON tree,
//! keeping the path and reading typed values; `document`, `translation`, `blocks`, `table`,
//! `media`, `notes` and `inlines` hold the format's rules, each as methods of the walker.

mod blocks;
mod document;
mod inlines;
mod media;
mod notes;
mod problem;
mod table;
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

/// A value that passed validation, with what was dropped from it on the way.
#[derive(Debug, Clone)]
pub struct Validated<T> {
    /// The value, without the dropped parts.
    pub value: T,
    /// What was dropped or cut, each with its path (the first [`MAX_REPORTED`]).
    pub warnings: Vec<ValidationError>,
    /// Warnings found beyond the first [`MAX_REPORTED`]: counted, not listed.
    pub unlisted: usize,
}

impl<T> Validated<T> {
    /// The same warnings around another value.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Validated<U> {
        Validated {
            value: f(self.value),
            warnings: self.warnings,
            unlisted: self.unlisted,
        }
    }

    /// Every warning found, listed or not.
    pub fn warning_count(&self) -> usize {
        self.warnings.len() + self.unlisted
    }
}

/// Validates a whole document. `doc_url` (the URL it was fetched from) resolves relative
/// image paths and stands in for a bad canonical `url`; translation references stay relative
/// until fetched. The hosts of `doc_url` and of the canonical `url` are the article's own
/// sites, from which its video and audio may come. `Err` holds the errors (what refuses the document), never empty.
pub fn validate_document(
    json: &Json,
    doc_url: &str,
) -> Result<Validated<Article>, Vec<ValidationError>> {
    let mut w = Walker::new(doc_url);
    let article = w.document(json);
    w.finish(article)
}

/// Validates one translation file fetched from `file_url`, reporting paths under
/// `translations.<lang>`. `canonical` is the article's canonical URL, one of its own sites for
/// first-party media (as the file's own URL is).
pub fn validate_translation(
    json: &Json,
    lang: &LangTag,
    file_url: &str,
    canonical: &str,
) -> Result<Validated<Translation>, Vec<ValidationError>> {
    let mut w = Walker::new(file_url).with_site(canonical);
    w.push(Seg::Key("translations".into()));
    w.push(Seg::Key(lang.as_str().into()));
    let t = w.translation(json);
    w.finish(t)
}
