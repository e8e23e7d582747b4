//! Why an import failed. Every variant names its input (a URL or a file) so the CLI can print
//! one line that says which post and what went wrong.

use crate::core::article::ValidationError;
use std::fmt;
use std::time::Duration;

/// One failed import of one input.
#[derive(Debug)]
pub enum ImportError {
    /// The server answered with an error status (404, 500 …).
    Status {
        /// What was fetched.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// Nothing arrived within the timeout.
    Timeout {
        /// What was fetched.
        url: String,
        /// The timeout.
        after: Duration,
    },
    /// Redirects went round in circles or were too many.
    Redirects {
        /// What was fetched.
        url: String,
    },
    /// The connection could not be made or broke.
    Network {
        /// What was fetched.
        url: String,
        /// The client's error.
        cause: Box<ureq::Error>,
    },
    /// A file could not be read or written.
    Io {
        /// The file.
        path: String,
        /// The system's error.
        cause: std::io::Error,
    },
    /// The body is not JSON.
    NotJson {
        /// Where it came from.
        input: String,
        /// The parser's error.
        cause: serde_json::Error,
    },
    /// JSON, but not a WordPress post (a field is missing or has the wrong type).
    NotAPost {
        /// Where it came from.
        input: String,
        /// The field.
        field: &'static str,
    },
    /// The post is password-protected (`content.protected`).
    Protected {
        /// Where it came from.
        input: String,
    },
    /// The post's content holds nothing the format can carry.
    NoContent {
        /// Where it came from.
        input: String,
    },
    /// A rendered page without an article body.
    NoArticleInPage {
        /// Where it came from.
        input: String,
    },
    /// What the import made is not a valid document (a bug, or input beyond the format's
    /// limits); nothing is written.
    Invalid {
        /// The post.
        input: String,
        /// The validator's first problem, with its path.
        first: ValidationError,
        /// How many problems in all.
        count: usize,
    },
    /// A command-line value that cannot be used.
    Usage(String),
}

impl ImportError {
    /// The same error naming `input` (the URL as given) instead of the URL fetched (with
    /// `_embed` added).
    pub fn named(self, input: &str) -> ImportError {
        let url = input.to_owned();
        match self {
            ImportError::Status { status, .. } => ImportError::Status { url, status },
            ImportError::Timeout { after, .. } => ImportError::Timeout { url, after },
            ImportError::Redirects { .. } => ImportError::Redirects { url },
            ImportError::Network { cause, .. } => ImportError::Network { url, cause },
            ImportError::NotJson { cause, .. } => ImportError::NotJson { input: url, cause },
            other => other,
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Status { url, status } => write!(f, "{url}: HTTP status {status}"),
            ImportError::Timeout { url, after } => {
                write!(
                    f,
                    "{url}: no answer within {} ms (timeout)",
                    after.as_millis()
                )
            }
            ImportError::Redirects { url } => write!(f, "{url}: too many redirects (a loop?)"),
            ImportError::Network { url, cause } => write!(f, "{url}: {cause}"),
            ImportError::Io { path, cause } => write!(f, "{path}: {cause}"),
            ImportError::NotJson { input, cause } => write!(f, "{input}: not JSON ({cause})"),
            ImportError::NotAPost { input, field } => {
                write!(f, "{input}: not a WordPress post (no {field})")
            }
            ImportError::Protected { input } => {
                write!(f, "{input}: the post is password-protected")
            }
            ImportError::NoContent { input } => write!(f, "{input}: the post has no content"),
            ImportError::NoArticleInPage { input } => {
                write!(f, "{input}: no article body found in the page")
            }
            ImportError::Invalid {
                input,
                first,
                count,
            } => {
                write!(
                    f,
                    "{input}: the document would be invalid: {first} ({count} problems)"
                )
            }
            ImportError::Usage(s) => f.write_str(s),
        }
    }
}

impl std::error::Error for ImportError {}
