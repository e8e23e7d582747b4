//! Inline content: text, styled and linked runs, footnote references.

use crate::core::html::SafeUrl;
use crate::core::lang::LangTag;

/// Inline content.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// A styled or linked run.
    Span {
        /// What kind of run.
        kind: SpanKind,
        /// Its language, when it differs.
        lang: Option<LangTag>,
        /// Its content.
        children: Vec<Inline>,
    },
    /// A reference to a footnote.
    Note(NoteRef),
}

/// A reference to a footnote of the same translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRef {
    /// The note's id.
    pub id: String,
    /// The note's number (its place in the footnotes block, from 1).
    pub number: u32,
    /// The first reference to that note (the one its back-link returns to).
    pub first: bool,
}

/// Kinds of inline run.
#[derive(Debug, Clone, PartialEq)]
pub enum SpanKind {
    /// `<strong>`
    Strong,
    /// `<em>`
    Emphasis,
    /// A link.
    Link(SafeUrl),
    /// A run that only changes the language.
    Plain,
}

/// The text of inlines without markup, for comparisons and accessible names (a footnote
/// reference is no text).
pub fn plain_text(inlines: &[Inline]) -> String {
    fn walk(out: &mut String, inlines: &[Inline]) {
        for i in inlines {
            match i {
                Inline::Text(t) => out.push_str(t),
                Inline::Span { children, .. } => walk(out, children),
                Inline::Note(_) => {}
            }
        }
    }
    let mut out = String::new();
    walk(&mut out, inlines);
    out
}
