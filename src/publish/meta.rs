//! What a shared link of a published page previews as: the metadata link previewers (chat apps,
//! social networks), embed gateways and search engines read from the embed and card pages'
//! `<head>`, all from the article's own fields.
//!
//! - `<meta name="description">` and `og:description`: the lead, else the first paragraph's
//!   text, cut at a sentence or a word ([`description`]);
//! - Open Graph: `og:type` `article`, `og:title`, `og:url` (the canonical page, as the
//!   `<link rel="canonical">` says), `og:site_name` (the publisher), `og:locale` and its
//!   alternates (the article's other languages), `og:image` with its alt text and size (the
//!   first image), `article:published_time`, `article:modified_time`, `article:publisher`;
//! - `<meta name="author">`, `twitter:card` (`summary_large_image` when there is an image);
//! - a JSON-LD `NewsArticle` ([`news_article`]): headline, description, image, author (a
//!   `Person`), publisher (an `Organization`), dates, language, URL, and for a translation the
//!   original it is based on (`isBasedOn`, `translationOfWork`).

use crate::core::article::{plain_text, Article, BlockKind, Translation};
use crate::core::html::{Markup, SafeUrl};
use crate::core::lang::LangTag;
use crate::core::render::View;
use serde_json::{json, Map, Value};

/// The longest description, in characters (what previewers show of it, about two lines).
pub const DESCRIPTION_MAX: usize = 200;

/// The article's first image: its URL, alt text, width and height.
struct Image<'a> {
    src: &'a SafeUrl,
    alt: &'a str,
    width: u32,
    height: u32,
}

fn first_image(t: &Translation) -> Option<Image<'_>> {
    t.blocks.iter().find_map(|b| match &b.kind {
        BlockKind::Image {
            src,
            alt,
            width,
            height,
            ..
        } => Some(Image {
            src,
            alt,
            width: *width,
            height: *height,
        }),
        _ => None,
    })
}

/// The page's description: the lead, else the first paragraph's text, its spaces collapsed, and
/// cut to at most [`DESCRIPTION_MAX`] characters at the end of a sentence (past half of it),
/// else after a word, with `…`. `None` when the translation has neither.
pub fn description(t: &Translation) -> Option<String> {
    let text = t.lead.clone().or_else(|| {
        t.blocks.iter().find_map(|b| match &b.kind {
            BlockKind::Paragraph(inlines) => Some(plain_text(inlines)),
            _ => None,
        })
    })?;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then(|| cut(&text, DESCRIPTION_MAX))
}

/// `text` in at most `max` characters (see [`description`]).
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let head: String = text.chars().take(max - 1).collect();
    let sentence = head.rfind(". ").filter(|&i| i > head.len() / 2);
    if let Some(i) = sentence {
        return head[..=i].to_owned();
    }
    let word = head.rfind(' ').unwrap_or(head.len());
    let kept = head[..word].trim_end_matches([',', ';', ':', '-', '–', '—', ' ']);
    format!("{kept}…")
}

/// A language tag as Open Graph writes a locale (`pt_BR`, `da`).
fn locale(lang: &LangTag) -> String {
    lang.as_str().replace('-', "_")
}

/// The original this view's translation was made from, with the URL of its page: `None` for
/// the original itself.
fn original<'a>(v: &'a View<'_>) -> Option<(&'a LangTag, &'a Translation, &'a SafeUrl)> {
    let a: &Article = v.article;
    let from = a.translated_from(v.translation);
    if from == v.lang {
        return None;
    }
    let t = a.translation(from)?;
    Some((from, t, t.url.as_ref().unwrap_or(&a.url)))
}

/// The JSON-LD `NewsArticle` of the page of `v`, as serialized JSON.
pub fn news_article(v: &View<'_>) -> String {
    let a = v.article;
    let t = v.translation;
    let url = v.page_url();
    let mut o = Map::new();
    o.insert("@context".into(), "https://schema.org".into());
    o.insert("@type".into(), "NewsArticle".into());
    o.insert("headline".into(), t.title.clone().into());
    if let Some(d) = description(t) {
        o.insert("description".into(), d.into());
    }
    if let Some(i) = first_image(t) {
        let image = json!([{
            "@type": "ImageObject", "url": i.src.as_str(), "width": i.width, "height": i.height,
            "caption": i.alt,
        }]);
        o.insert("image".into(), image);
    }
    if let Some(author) = &a.author {
        o.insert(
            "author".into(),
            json!({ "@type": "Person", "name": author }),
        );
    }
    let mut publisher = json!({ "@type": "Organization", "name": a.publisher.name });
    if let Some(home) = &a.publisher.url {
        publisher["url"] = home.as_str().into();
    }
    o.insert("publisher".into(), publisher);
    o.insert("datePublished".into(), a.published.as_str().into());
    let modified = a.modified.as_ref().unwrap_or(&a.published);
    o.insert("dateModified".into(), modified.as_str().into());
    o.insert("inLanguage".into(), v.lang.as_str().into());
    o.insert("url".into(), url.into());
    o.insert(
        "mainEntityOfPage".into(),
        json!({ "@type": "WebPage", "@id": url }),
    );
    if let Some((lang, original, page)) = original(v) {
        o.insert("isBasedOn".into(), page.as_str().into());
        let work = json!({
            "@type": "NewsArticle", "headline": original.title, "inLanguage": lang.as_str(),
            "url": page.as_str(),
        });
        o.insert("translationOfWork".into(), work);
    }
    serde_json::to_string(&Value::Object(o)).expect("a map of strings and numbers serializes")
}

/// Writes the page's link-preview metadata into its `<head>` (after the canonical link).
pub fn link_preview(m: &mut Markup, v: &View<'_>) {
    let a = v.article;
    let t = v.translation;
    let named = |m: &mut Markup, name: &'static str, content: &str| {
        m.tag("meta")
            .attr("name", name)
            .attr("content", content)
            .void();
    };
    let property = |m: &mut Markup, property: &'static str, content: &str| {
        m.tag("meta")
            .attr("property", property)
            .attr("content", content)
            .void();
    };
    let description = description(t);
    if let Some(d) = &description {
        named(m, "description", d);
    }
    if let Some(author) = &a.author {
        named(m, "author", author);
    }
    property(m, "og:type", "article");
    property(m, "og:title", &t.title);
    if let Some(d) = &description {
        property(m, "og:description", d);
    }
    property(m, "og:url", v.page_url());
    property(m, "og:site_name", &a.publisher.name);
    property(m, "og:locale", &locale(v.lang));
    for other in a.languages.iter().filter(|l| *l != v.lang) {
        property(m, "og:locale:alternate", &locale(other));
    }
    let image = first_image(t);
    if let Some(i) = &image {
        property(m, "og:image", i.src.as_str());
        property(m, "og:image:alt", i.alt);
        property(m, "og:image:width", &i.width.to_string());
        property(m, "og:image:height", &i.height.to_string());
    }
    property(m, "article:published_time", a.published.as_str());
    if let Some(modified) = &a.modified {
        property(m, "article:modified_time", modified.as_str());
    }
    if let Some(home) = &a.publisher.url {
        property(m, "article:publisher", home.as_str());
    }
    let card = if image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    named(m, "twitter:card", card);
    if let Some(i) = &image {
        named(m, "twitter:image:alt", i.alt);
    }
    m.json_ld(&news_article(v));
}
