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
    /// A file or folder that could not be read, or a file of an article the widget does not
    /// show.
    File {
        /// The file or folder.
        path: String,
        /// Why.
        problem: FileProblem,
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
    /// `--loader` is not an absolute http(s) URL.
    Loader(String),
    /// A folder with neither an `article.json` nor subfolders holding one.
    NoArticles(String),
    /// Writing the output failed (nothing of that article was left behind).
    Write(ImportError),
}

/// Why a file of an article is not shown.
#[derive(Debug)]
pub enum FileProblem {
    /// It could not be read.
    Read(std::io::Error),
    /// It is not JSON.
    NotJson(serde_json::Error),
    /// It has no `"format"` (not a document) and its name is not `<lang>.json` (not a
    /// translation file).
    NotArticle,
    /// The widget's validator refuses it: every error, the first first.
    Refused(Vec<ValidationError>),
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileProblem::Read(cause) => cause.fmt(f),
            FileProblem::NotJson(cause) => write!(f, "not JSON ({cause})"),
            FileProblem::NotArticle => {
                f.write_str("no \"format\" (not a document) and the name is not <lang>.json")
            }
            FileProblem::Refused(errors) => {
                f.write_str("refused by the widget's validator")?;
                if let Some(first) = errors.first() {
                    write!(f, ": {first}")?;
                }
                if errors.len() > 1 {
                    write!(f, " (and {} more)", errors.len() - 1)?;
                }
                Ok(())
            }
        }
    }
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
            PublishError::File { path, problem } => write!(f, "{path}: {problem}"),
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
            PublishError::Loader(l) => {
                write!(f, "--loader {l:?}: must be an absolute http(s) URL")
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
