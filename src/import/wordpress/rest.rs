//! Fetching from WordPress's REST API, or reading saved responses: timeouts, redirects,
//! pagination headers, and the errors of each as [`ImportError`]s.
//!
//! The client is `ureq` with rustls and the Mozilla root certificates compiled in, so HTTPS
//! publishers work without the system's OpenSSL; redirects are followed up to
//! [`MAX_REDIRECTS`] (a loop ends there, as an error).

use crate::core::json::Json;
use crate::import::ImportError;
use std::path::PathBuf;
use std::time::Duration;

/// Redirects followed before giving up.
pub const MAX_REDIRECTS: u32 = 8;
/// Largest response body read, in bytes.
pub const MAX_BODY_BYTES: u64 = 64 << 20;

/// Where an input comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// An http(s) URL.
    Url(String),
    /// A saved file.
    File(PathBuf),
}

impl Source {
    /// A URL when it starts with `http://` or `https://`, else a file path.
    pub fn parse(s: &str) -> Source {
        let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            Source::Url(s.to_owned())
        } else {
            Source::File(PathBuf::from(s))
        }
    }

    /// How errors and reports name it.
    pub fn name(&self) -> String {
        match self {
            Source::Url(u) => u.clone(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// Whether it is a REST API URL (not a rendered page).
    pub fn is_rest(&self) -> bool {
        matches!(self, Source::Url(u) if u.contains("/wp-json/") || u.contains("rest_route="))
    }
}

/// A response body and the headers the importer reads.
#[derive(Debug)]
pub struct Fetched {
    /// The body, as text.
    pub body: String,
    /// `X-WP-TotalPages`, on collection responses.
    pub total_pages: Option<usize>,
    /// `X-WP-Total`, on collection responses.
    pub total: Option<usize>,
}

/// An HTTP client with the import's timeout.
pub struct Client {
    agent: ureq::Agent,
    timeout: Duration,
}

impl Client {
    /// A client whose every request (connect, headers, body) must finish within `timeout`.
    pub fn new(timeout: Duration) -> Client {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .max_redirects(MAX_REDIRECTS)
            .user_agent(concat!("article-embed-import/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Client { agent, timeout }
    }

    /// GETs a URL.
    pub fn get(&self, url: &str) -> Result<Fetched, ImportError> {
        let fail = |e: ureq::Error| match e {
            ureq::Error::StatusCode(status) => ImportError::Status {
                url: url.to_owned(),
                status,
            },
            ureq::Error::Timeout(_) => ImportError::Timeout {
                url: url.to_owned(),
                after: self.timeout,
            },
            ureq::Error::TooManyRedirects | ureq::Error::RedirectFailed => ImportError::Redirects {
                url: url.to_owned(),
            },
            e => ImportError::Network {
                url: url.to_owned(),
                cause: Box::new(e),
            },
        };
        let mut resp = self.agent.get(url).call().map_err(fail)?;
        let header = |name| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse().ok())
        };
        let (total_pages, total) = (header("x-wp-totalpages"), header("x-wp-total"));
        let body = resp
            .body_mut()
            .with_config()
            .limit(MAX_BODY_BYTES)
            .read_to_string()
            .map_err(fail)?;
        Ok(Fetched {
            body,
            total_pages,
            total,
        })
    }

    /// The text of a source: fetched, or read from its file.
    pub fn text(&self, source: &Source) -> Result<String, ImportError> {
        match source {
            Source::Url(u) => Ok(self.get(u)?.body),
            Source::File(p) => std::fs::read_to_string(p).map_err(|cause| ImportError::Io {
                path: p.display().to_string(),
                cause,
            }),
        }
    }

    /// A REST post as JSON, with `_embed` added to its URL.
    pub fn post_json(&self, source: &Source) -> Result<Json, ImportError> {
        let fetched = match source {
            Source::Url(u) => Source::Url(with_embed(u)),
            file => file.clone(),
        };
        let name = source.name();
        let text = self.text(&fetched).map_err(|e| e.named(&name))?;
        parse_json(&text, &name)
    }
}

/// Parses a JSON body into the core's tree.
pub fn parse_json(body: &str, input: &str) -> Result<Json, ImportError> {
    serde_json::from_str(body).map_err(|cause| ImportError::NotJson {
        input: input.to_owned(),
        cause,
    })
}

/// Adds `_embed` (author, terms, featured media in one response) unless it is there.
pub fn with_embed(url: &str) -> String {
    if url.contains("_embed") {
        return url.to_owned();
    }
    let (head, frag) = url.split_once('#').map_or((url, ""), |(h, f)| (h, f));
    let sep = if head.contains('?') { '&' } else { '?' };
    let frag = if frag.is_empty() {
        String::new()
    } else {
        format!("#{frag}")
    };
    format!("{head}{sep}_embed{frag}")
}

/// The REST API's index (site name and home URL) for a post URL, when it can be derived.
pub fn index_url(post_url: &str) -> Option<String> {
    if let Some(i) = post_url.find("/wp-json/") {
        return Some(format!("{}/wp-json/", &post_url[..i]));
    }
    let i = post_url.find("rest_route=")?;
    Some(format!("{}rest_route=/", &post_url[..i]))
}

/// The collection URL of a site's posts, page `page`, `per_page` at a time, in the
/// `/wp-json/` form or the `?rest_route=` form (sites without pretty permalinks).
pub fn posts_url(
    base: &str,
    pretty: bool,
    page: usize,
    per_page: usize,
    since: Option<&str>,
) -> String {
    let base = base.trim_end_matches('/');
    let mut q = format!("per_page={per_page}&page={page}&_embed&orderby=id&order=asc");
    if let Some(s) = since {
        q.push_str(&format!("&after={}", crate::core::url::encode_component(s)));
    }
    if pretty {
        format!("{base}/wp-json/wp/v2/posts?{q}")
    } else {
        format!("{base}/?rest_route=/wp/v2/posts&{q}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_is_added_once_in_either_url_form() {
        assert_eq!(
            with_embed("http://h/wp-json/wp/v2/posts/5"),
            "http://h/wp-json/wp/v2/posts/5?_embed"
        );
        assert_eq!(
            with_embed("http://h/?rest_route=/wp/v2/posts/5"),
            "http://h/?rest_route=/wp/v2/posts/5&_embed"
        );
        assert_eq!(with_embed("http://h/x?_embed"), "http://h/x?_embed");
        assert_eq!(
            index_url("http://h/blog/wp-json/wp/v2/posts/5").as_deref(),
            Some("http://h/blog/wp-json/")
        );
        assert_eq!(
            index_url("http://h/?rest_route=/wp/v2/posts/5").as_deref(),
            Some("http://h/?rest_route=/")
        );
        assert_eq!(
            Source::parse("HTTPS://h/x"),
            Source::Url("HTTPS://h/x".into())
        );
        assert_eq!(Source::parse("post.json"), Source::File("post.json".into()));
    }
}
