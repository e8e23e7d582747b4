//! What can be wrong in a document, and where: the validator's vocabulary and its messages.

use super::FORMAT;
use crate::core::article::provider::Provider;
use crate::core::lang::LangTag;
use std::fmt;

/// One problem, at one place in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationError {
    /// JSON path, e.g. `translations.da.blocks[3].type`.
    pub path: String,
    /// What is wrong there.
    pub problem: Problem,
}

/// What can be wrong with a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A required field is absent.
    Missing,
    /// The value has the wrong JSON type.
    WrongType {
        /// What the format wants.
        expected: &'static str,
        /// What the document has.
        found: &'static str,
    },
    /// A field the format does not know (a typo, usually).
    UnknownField,
    /// `format` is not [`FORMAT`].
    UnsupportedFormat(String),
    /// A block `type` the format does not know.
    UnknownBlockType(String),
    /// A follow-us or post `network` the format does not know.
    UnknownNetwork(String),
    /// An embed `provider` that is not in the provider table.
    UnknownProvider(String),
    /// A value of a field that takes one of a few names (`align`, `variant`, `kind`) that is
    /// none of them.
    UnknownValue(String),
    /// An embed's `url` from which the provider's rules read no video.
    NoMediaId(Provider),
    /// Media (`video`, `audio`, a poster, a text track) that is not on the article's own site.
    ThirdParty,
    /// A footnote reference to a note the translation does not have.
    UnknownNote(String),
    /// An inline object without exactly one of `b`, `i`, `a`, `span`.
    BadInline,
    /// Not an http(s)/mailto URL (or, where allowed, a relative path).
    BadUrl,
    /// Not a well-formed BCP 47 tag.
    BadLanguageTag(String),
    /// Not an ISO 8601 date-time with zone.
    BadDate,
    /// A number outside its range.
    OutOfRange {
        /// Smallest allowed.
        min: u32,
        /// Largest allowed.
        max: u32,
    },
    /// A string or list longer than allowed (as a warning: it was cut to the limit).
    TooLong {
        /// The limit.
        max: usize,
    },
    /// An empty string or list where content is required.
    Empty,
    /// Inlines or lists nested deeper than allowed.
    TooDeep {
        /// The limit.
        max: usize,
    },
    /// A block id used twice in one translation, or malformed.
    BadId(String),
    /// A language given twice in `languages`.
    ListedTwice(LangTag),
    /// `original_language` is not one of `languages`.
    OriginalNotListed(LangTag),
    /// A language of `languages` has no entry in `translations`.
    NoTranslationFor(LangTag),
    /// A `translations` entry for a language that `languages` does not list.
    NotListed(LangTag),
    /// More than one ad block.
    SecondAd,
    /// More than one footnotes block.
    SecondFootnotes,
    /// No language is left with a title and at least one block.
    NothingToShow,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing => f.write_str("missing"),
            Problem::WrongType { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            Problem::UnknownField => f.write_str("unknown field"),
            Problem::UnsupportedFormat(s) => {
                write!(f, "unsupported format \"{s}\", expected \"{FORMAT}\"")
            }
            Problem::UnknownBlockType(s) => write!(f, "unknown block type \"{s}\""),
            Problem::UnknownNetwork(s) => write!(f, "unknown network \"{s}\""),
            Problem::UnknownProvider(s) => write!(f, "unknown provider \"{s}\""),
            Problem::UnknownValue(s) => write!(f, "unknown value \"{s}\""),
            Problem::NoMediaId(p) => write!(f, "not a {} video URL", p.label()),
            Problem::ThirdParty => f.write_str("not on the article's own site"),
            Problem::UnknownNote(s) => write!(f, "no footnote \"{s}\""),
            Problem::BadInline => {
                f.write_str("an inline object needs exactly one of b, i, a, span, note")
            }
            Problem::BadUrl => f.write_str("not an http, https or mailto URL"),
            Problem::BadLanguageTag(s) => write!(f, "not a language tag: \"{s}\""),
            Problem::BadDate => f.write_str("not an ISO 8601 date-time with zone"),
            Problem::OutOfRange { min, max } => write!(f, "out of range {min}..={max}"),
            Problem::TooLong { max } => write!(f, "longer than {max}"),
            Problem::Empty => f.write_str("empty"),
            Problem::TooDeep { max } => write!(f, "nested deeper than {max}"),
            Problem::BadId(s) => write!(f, "bad or duplicate block id \"{s}\""),
            Problem::ListedTwice(l) => write!(f, "{l} is listed twice"),
            Problem::OriginalNotListed(l) | Problem::NotListed(l) => {
                write!(f, "{l} is not in languages")
            }
            Problem::NoTranslationFor(l) => write!(f, "no translation for {l}"),
            Problem::SecondAd => f.write_str("more than one ad block"),
            Problem::SecondFootnotes => f.write_str("more than one footnotes block"),
            Problem::NothingToShow => f.write_str("no language has a title and a block to show"),
        }
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.problem)
        } else {
            write!(f, "{}: {}", self.path, self.problem)
        }
    }
}

impl std::error::Error for ValidationError {}
