//! A translation given as a rendered HTML page (sites whose translation plugin only rewrites
//! the rendered pages have nothing else): its headline, canonical URL and article body.

use crate::core::article::Block;
use crate::core::html::SafeUrl;
use crate::import::html::blocks_of;
use crate::import::report::Report;
use crate::import::ImportError;
use scraper::{Html, Selector};

/// Where themes put the article body, most specific first (block themes, classic themes,
/// then HTML5 landmarks).
const BODY_SELECTORS: &[&str] = &[
    ".wp-block-post-content",
    ".entry-content",
    ".post-content",
    "article",
    "main",
];
/// Where themes put the headline.
const TITLE_SELECTORS: &[&str] = &[".wp-block-post-title", ".entry-title", "h1"];

/// What a rendered page gives.
#[derive(Debug)]
pub struct Page {
    /// The page's canonical URL (`<link rel="canonical">`), else where it came from.
    pub url: Option<SafeUrl>,
    /// The headline.
    pub title: String,
    /// The body.
    pub blocks: Vec<Block>,
}

/// Reads a rendered page fetched from (or saved as) `input`.
pub fn parse_page(
    html: &str,
    input: &str,
    lang: &str,
    report: &mut Report,
) -> Result<Page, ImportError> {
    let doc = Html::parse_document(html);
    let select = |s: &str| Selector::parse(s).ok();
    let canonical = select("link[rel=canonical]")
        .and_then(|s| doc.select(&s).next())
        .and_then(|l| l.attr("href"))
        .map(str::trim)
        .map(|h| crate::core::url::resolve(input, h));
    let url = canonical
        .as_deref()
        .and_then(SafeUrl::parse)
        .or_else(|| SafeUrl::parse(input));
    let base = url
        .as_ref()
        .map_or(input.to_owned(), |u| u.as_str().to_owned());
    let title = TITLE_SELECTORS
        .iter()
        .filter_map(|s| select(s))
        .find_map(|s| doc.select(&s).next())
        .or_else(|| select("title").and_then(|s| doc.select(&s).next()))
        .map(|t| {
            t.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|t| !t.is_empty())
        .ok_or_else(|| ImportError::NoArticleInPage {
            input: input.to_owned(),
        })?;
    let body = BODY_SELECTORS
        .iter()
        .filter_map(|s| select(s))
        .find_map(|s| doc.select(&s).next())
        .ok_or_else(|| ImportError::NoArticleInPage {
            input: input.to_owned(),
        })?;
    let blocks = blocks_of(body, &base, lang, report);
    if blocks.is_empty() {
        return Err(ImportError::NoArticleInPage {
            input: input.to_owned(),
        });
    }
    Ok(Page { url, title, blocks })
}
