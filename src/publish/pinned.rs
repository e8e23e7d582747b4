//! Pinned fragments: what the loader paints before any wasm, and the embed codes that pin it.
//!
//! A fragment is a language's article exactly as a snippet's shadow root holds it, without the
//! `<style>` (the loader applies the widget's own stylesheet): the same [`article_markup`] of
//! the same view, so the snippet, the fragment and the live widget cannot drift. The loader
//! paints fetched markup only when the host pinned those bytes: each embed code carries the
//! fragment's URL and its `sha384`, which the loader hands to `fetch(url, { integrity })`. A
//! fragment that no longer matches (the article republished after a correction) is refused by
//! the browser, and the embed renders the document through the wasm instead (SECURITY.md,
//! "Pinned fragments").
//!
//! [`article_markup`]: crate::core::render::article_markup

use crate::core::html::{Markup, SafeUrl};
use crate::core::lang::LangTag;
use crate::core::render::{article_markup, View};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha384};

/// The bytes of a view's fragment: the shadow root's content as a snippet has it, without its
/// `<style>`. No trailing newline: a pinned hash covers exactly what is painted.
pub fn fragment(v: &View<'_>) -> String {
    article_markup(v).finish()
}

/// The Subresource Integrity value of `bytes`: `sha384-<base64>`, what `fetch`'s `integrity`
/// option checks.
pub fn integrity(bytes: &str) -> String {
    format!(
        "sha384-{}",
        STANDARD.encode(Sha384::digest(bytes.as_bytes()))
    )
}

/// The ways a host pastes one article in one language with its pinned fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedCode {
    /// The language shown first (the fragment's).
    pub lang: LangTag,
    /// Where the fragment is served.
    pub fragment: SafeUrl,
    /// The fragment's `sha384-…`.
    pub integrity: String,
    /// The element form, `<article-embed src lang fragment integrity>` with its fallback link;
    /// the page needs [`EmbedCodes::loader`] once.
    pub element: String,
    /// The one-tag form: the loader's `<script>` with `data-article`, `data-lang`,
    /// `data-fragment` and `data-integrity`; the article appears where it stands.
    pub one_tag: String,
    /// A `<link rel="preload">` of the fragment, with its integrity, for the page's `<head>`:
    /// the fragment is then fetched beside the loader instead of after it.
    pub preload: String,
}

/// Every language's embed codes of one article, and the loader's line they need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedCodes {
    /// `<script async src="…/loader.js"></script>`: once per page, for the element form.
    pub loader: String,
    /// One per language, in the article's order.
    pub languages: Vec<EmbedCode>,
}

/// One language's fragment and the codes that pin it.
#[derive(Debug, Clone)]
pub struct Pinned {
    /// The fragment's bytes.
    pub bytes: String,
    /// Its embed codes.
    pub code: EmbedCode,
}

/// Pins the fragment of `v`, served at `at`, for the document at `src` and the loader at
/// `loader`. A fragment cut for "Continue reading" (`publish --max-height`) has codes that ask
/// for the same height, so that the widget keeps the painted fragment when it hydrates.
pub fn pin(v: &View<'_>, src: &SafeUrl, at: SafeUrl, loader: &SafeUrl) -> Pinned {
    let bytes = fragment(v);
    let integrity = integrity(&bytes);
    let lang = v.lang.as_str();
    let height = v.options.max_height.map(|h| h.to_string());
    let mut m = Markup::new();
    m.tag("article-embed")
        .url("src", src)
        .attr("lang", lang)
        .attr_opt("max-height", height.as_deref())
        .url("fragment", &at)
        .attr("integrity", &integrity)
        .body(|m| {
            m.tag("a")
                .url("href", v.page_url_safe())
                .text(&v.translation.title);
        });
    let element = m.finish();
    let mut m = Markup::new();
    m.tag("script")
        .flag("async", true)
        .url("src", loader)
        .url("data-article", src)
        .attr("data-lang", lang)
        .attr_opt("data-max-height", height.as_deref())
        .url("data-fragment", &at)
        .attr("data-integrity", &integrity)
        .body(|_| {});
    let one_tag = m.finish();
    let mut m = Markup::new();
    m.tag("link")
        .attr("rel", "preload")
        .attr("as", "fetch")
        .flag("crossorigin", true)
        .url("href", &at)
        .attr("integrity", &integrity)
        .void();
    let preload = m.finish();
    Pinned {
        bytes,
        code: EmbedCode {
            lang: v.lang.clone(),
            fragment: at,
            integrity,
            element,
            one_tag,
            preload,
        },
    }
}

impl EmbedCodes {
    /// No language yet; the loader's `<script>` line for the loader at `loader`.
    pub fn new(loader: &SafeUrl) -> EmbedCodes {
        let mut m = Markup::new();
        m.tag("script")
            .flag("async", true)
            .url("src", loader)
            .body(|_| {});
        EmbedCodes {
            loader: m.finish(),
            languages: Vec::new(),
        }
    }

    /// `embed-codes.json`: pretty JSON, keys sorted, languages in the article's order (the same
    /// bytes every time).
    pub fn to_json(&self) -> String {
        use serde_json::{json, Value};
        let languages: Vec<Value> = self
            .languages
            .iter()
            .map(|c| {
                json!({
                    "lang": c.lang.as_str(),
                    "fragment": c.fragment.as_str(),
                    "integrity": c.integrity,
                    "element": c.element,
                    "one_tag": c.one_tag,
                    "preload": c.preload,
                })
            })
            .collect();
        let doc = json!({ "loader": self.loader, "languages": languages });
        let mut out = serde_json::to_string_pretty(&doc).expect("strings serialize");
        out.push('\n');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integrity_is_the_base64_of_the_sha384_of_the_bytes() {
        // `printf '' | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            integrity(""),
            "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb"
        );
        // `printf 'abc' | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            integrity("abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
