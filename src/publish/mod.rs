//! Rendering articles ahead of time (native only, never in the wasm): the same core renderer
//! the widget runs, run once when an article is published.
//!
//! [`load`] reads a document and its translation files through the widget's validator
//! (stopping at the first problem, or reporting every one for `validate`);
//! [`view`] decides what a page without script shows; [`page`] writes the snippet (a
//! declarative shadow root), the embed page and the card page, with [`meta`]'s link-preview
//! metadata in their heads; [`pinned`] the fragment the loader paints before any wasm and the
//! embed codes that pin it by its hash; [`oembed`] the oEmbed response and its discovery line;
//! [`site`] one article's output folder, or a folder of many; [`csp`] the hashes a strict
//! Content-Security-Policy needs for their inline styles and script; [`embed_page`] the
//! "Embed this article" page that hands out every form's code.

pub mod catalog;
pub mod csp;
pub mod css;
pub mod embed_page;
pub mod error;
pub mod load;
pub mod meta;
pub mod oembed;
pub mod page;
pub mod pinned;
pub mod site;
pub mod view;

pub use error::PublishError;

use crate::core::html::SafeUrl;
use crate::core::lang::LangTag;
use crate::core::render::article_markup;
use std::path::Path;

/// What `render` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rendered {
    /// The snippet: `<article-embed>` with its declarative shadow root, to paste into any page.
    Snippet,
    /// The pinned fragment alone (`publish`'s `fragment/<lang>.html`): what the loader paints,
    /// byte for byte, so its `sha384` is the one an embed code pins.
    Fragment,
}

/// `render`: `what` of `doc` in `lang`, with the publisher's `options`. `base` is the URL the
/// document will be served from, or its folder's (ending in `/`); without it the snippet's `src`
/// and the document's relative URLs stay relative.
pub fn render(
    doc: &Path,
    lang: &LangTag,
    base: Option<&str>,
    what: Rendered,
    options: &view::PageOptions,
) -> Result<String, PublishError> {
    if let Some(b) = base {
        if SafeUrl::parse(b).is_none() {
            return Err(PublishError::Base(b.to_owned()));
        }
    }
    let mut loaded = load::load(doc, base)?;
    options.apply(&mut loaded.article);
    let path = doc.display().to_string();
    let parts = view::Parts::new(&loaded.article, lang, &path, options)?;
    let v = parts.view(&loaded.article);
    if what == Rendered::Fragment {
        return Ok(pinned::fragment(&v));
    }
    let src = SafeUrl::parse_or_relative(&loaded.doc_url)
        .ok_or_else(|| PublishError::Base(base.unwrap_or_default().to_owned()))?;
    let mut out = page::snippet(&v, &src, article_markup(&v), page::Host::Embed).finish();
    out.push('\n');
    Ok(out)
}
