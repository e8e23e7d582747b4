//! What a widget shows while loading and when it cannot show the article.

use crate::core::html::{Markup, SafeUrl};
use crate::core::i18n::{Catalog, Msg};
use std::fmt;

/// Why an article cannot be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The embed gives no article URL.
    MissingSrc,
    /// The server answered 404 or 410.
    NotFound,
    /// The network failed or the server answered another error.
    Network,
    /// No answer in time.
    Timeout,
    /// The answer is not a valid article.
    Invalid,
}

impl ErrorKind {
    /// The id used in the `error` event's detail.
    pub fn id(self) -> &'static str {
        match self {
            ErrorKind::MissingSrc => "missing-src",
            ErrorKind::NotFound => "not-found",
            ErrorKind::Network => "network",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Invalid => "invalid",
        }
    }

    fn msg(self) -> Msg {
        match self {
            ErrorKind::MissingSrc => Msg::ErrorMissingSrc,
            ErrorKind::NotFound => Msg::ErrorNotFound,
            ErrorKind::Network => Msg::ErrorNetwork,
            ErrorKind::Timeout => Msg::ErrorTimeout,
            ErrorKind::Invalid => Msg::ErrorInvalid,
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The error view: a short message in the UI language, and a link to the article when its
/// URL is known (from the document, or the embed's fallback link).
pub fn render_error(ui: &Catalog, kind: ErrorKind, article_url: Option<&SafeUrl>) -> String {
    let mut m = Markup::new();
    m.tag("div")
        .attr("class", "ae ae-error")
        .attr("lang", ui.lang().as_str())
        .attr("dir", ui.lang().dir().as_str())
        .attr("data-error", kind.id())
        .body(|m| {
            m.tag("p").body(|m| {
                m.tag("strong").text(ui.get(Msg::ErrorTitle));
                m.text(" ");
                m.text(ui.get(kind.msg()));
            });
            if let Some(url) = article_url {
                m.tag("p").body(|m| {
                    m.tag("a")
                        .url("href", url)
                        .attr("target", "_blank")
                        .attr("rel", "noopener noreferrer")
                        .text(ui.get(Msg::ErrorReadOnSite));
                });
            }
        });
    m.finish()
}

/// The loading view: a placeholder of the article's shape, with a status text.
pub fn render_loading(ui: &Catalog) -> String {
    let mut m = Markup::new();
    m.tag("div")
        .attr("class", "ae ae-loading")
        .attr("lang", ui.lang().as_str())
        .attr("dir", ui.lang().dir().as_str())
        .attr("aria-busy", "true")
        .body(|m| {
            m.tag("p")
                .attr("class", "ae-vh")
                .attr("role", "status")
                .text(ui.get(Msg::Loading));
            for class in ["ae-sk ae-sk-title", "ae-sk", "ae-sk", "ae-sk ae-sk-short"] {
                m.tag("div")
                    .attr("class", class)
                    .attr("aria-hidden", "true")
                    .body(|_| {});
            }
        });
    m.finish()
}
