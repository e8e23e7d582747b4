//! Why an article could not be prerendered or published: one line naming the input and the
//! cause.

use crate::core::article::ValidationError;
use crate::core::i18n::ftl::CompileError;
use crate::core::i18n::CatalogError;
use crate::import::ImportError;
use std::fmt;

/// A failure of `render` or `publish`.
#[derive(Debug)]
pub enum PublishError {
    /// A file could not be read.
    Read {
        /// The file.
        path: String,
        /// The system's error.
        cause: std::io::Error,
    },
    /// A file is not JSON.
    NotJson {
        /// The file.
        path: String,
        /// The parser's error.
        cause: serde_json::Error,
    },
    /// The widget's validator refuses the document or a translation file.
    Refused {
        /// The file.
        path: String,
        /// The first error (the ones after it are counted).
        first: ValidationError,
        /// How many more errors there are.
        more: usize,
    },
    /// A translation reference that is not a file name beside the document.
    NotBeside {
        /// The document.
        path: String,
        /// The reference.
        href: String,
    },
    /// The language asked for is not one of the article's.
    NoLanguage {
        /// The document.
        path: String,
        /// The language.
        lang: String,
    },
    /// A built-in UI catalogue does not compile (a broken build).
    Catalogue {
        /// Its language.
        lang: String,
        /// Why.
        cause: CatalogueFault,
    },
    /// `--base` is not an absolute http(s) URL.
    Base(String),
    /// A folder with neither an `article.json` nor subfolders holding one.
    NoArticles(String),
    /// Writing the output failed (nothing of that article was left behind).
    Write(ImportError),
}

/// What is wrong with a built-in catalogue.
#[derive(Debug)]
pub enum CatalogueFault {
    /// Its source does not compile against English.
    Compile(CompileError),
    /// The compiled catalogue is refused.
    Load(CatalogError),
}

impl fmt::Display for PublishError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PublishError::Read { path, cause } => write!(f, "{path}: {cause}"),
            PublishError::NotJson { path, cause } => write!(f, "{path}: not JSON ({cause})"),
            PublishError::Refused { path, first, more } => {
                write!(f, "{path}: refused by the widget's validator: {first}")?;
                if *more > 0 {
                    write!(f, " (and {more} more)")?;
                }
                Ok(())
            }
            PublishError::NotBeside { path, href } => write!(
                f,
                "{path}: translation {href:?} is not a file name beside the document"
            ),
            PublishError::NoLanguage { path, lang } => {
                write!(f, "{path}: the article has no language {lang:?}")
            }
            PublishError::Catalogue { lang, cause } => match cause {
                CatalogueFault::Compile(e) => write!(f, "locales/{lang}.ftl: {e}"),
                CatalogueFault::Load(e) => write!(f, "locales/{lang}.ftl: {e}"),
            },
            PublishError::Base(b) => {
                write!(f, "--base {b:?}: must be an absolute http(s) URL")
            }
            PublishError::NoArticles(dir) => {
                write!(f, "{dir}: no article.json here nor in any subfolder")
            }
            PublishError::Write(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for PublishError {}

impl From<ImportError> for PublishError {
    fn from(e: ImportError) -> Self {
        PublishError::Write(e)
    }
}
