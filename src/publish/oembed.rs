//! oEmbed 1.0 (<https://oembed.com/>) for a published article: a `rich` response whose `html`
//! is the card in an iframe with a blockquote link as its fallback (the shape WordPress's own
//! embeds have, so WordPress keeps it and sizes it), and the discovery line for the article
//! page's `<head>`.

use crate::core::article::{Article, BlockKind, Translation};
use crate::core::html::{Markup, SafeUrl};

pub use super::page::CARD_HEIGHT;

/// The card frame's width in CSS px (the card's height is the same at any width).
pub const CARD_WIDTH: u32 = 600;

/// The `html` of the response: the blockquote link, then the card's iframe.
pub fn embed_html(t: &Translation, page: &SafeUrl, card: &SafeUrl) -> String {
    let mut m = Markup::new();
    m.tag("blockquote")
        .attr("class", "wp-embedded-content")
        .body(|m| {
            m.tag("a").url("href", page).text(&t.title);
        });
    m.tag("iframe")
        .attr("class", "wp-embedded-content")
        .attr(
            "sandbox",
            "allow-scripts allow-popups allow-top-navigation-by-user-activation",
        )
        .attr("security", "restricted")
        .url("src", card)
        .attr("width", &CARD_WIDTH.to_string())
        .attr("height", &CARD_HEIGHT.to_string())
        .attr("title", &t.title)
        .attr("frameborder", "0")
        .attr("marginwidth", "0")
        .attr("marginheight", "0")
        .attr("scrolling", "no")
        .attr("loading", "lazy")
        .body(|_| {});
    m.finish()
}

/// The response for `article` shown in `t`, as pretty JSON (keys sorted: the same bytes every
/// time).
pub fn response(article: &Article, t: &Translation, page: &SafeUrl, card: &SafeUrl) -> String {
    let mut o = serde_json::Map::new();
    let mut put = |k: &str, v: serde_json::Value| {
        o.insert(k.to_owned(), v);
    };
    put("version", "1.0".into());
    put("type", "rich".into());
    put("title", t.title.clone().into());
    put(
        "author_name",
        article
            .author
            .clone()
            .unwrap_or_else(|| article.publisher.name.clone())
            .into(),
    );
    put("provider_name", article.publisher.name.clone().into());
    let provider = article.publisher.url.as_ref().unwrap_or(&article.url);
    put("provider_url", provider.as_str().into());
    put("html", embed_html(t, page, card).into());
    put("width", CARD_WIDTH.into());
    put("height", CARD_HEIGHT.into());
    // The first picture of the article: an image, a gallery's first image, a player's poster
    // (the publisher's own, with the player's size).
    let image = t.blocks.iter().find_map(|b| match &b.kind {
        BlockKind::Image {
            src, width, height, ..
        } => Some((src, *width, *height)),
        BlockKind::Gallery(g) => g.images.first().map(|i| (&i.src, i.width, i.height)),
        BlockKind::Embed(e) => e.poster.as_ref().zip(e.size).map(|(p, (w, h))| (p, w, h)),
        _ => None,
    });
    if let Some((src, w, h)) = image {
        put("thumbnail_url", src.as_str().into());
        put("thumbnail_width", w.into());
        put("thumbnail_height", h.into());
    }
    let mut out = serde_json::to_string_pretty(&serde_json::Value::Object(o))
        .expect("a map of strings and numbers serializes");
    out.push('\n');
    out
}

/// The discovery line for the article page's `<head>`.
pub fn discovery(t: &Translation, oembed: &SafeUrl) -> String {
    let mut m = Markup::new();
    m.tag("link")
        .attr("rel", "alternate")
        .attr("type", "application/json+oembed")
        .url("href", oembed)
        .attr("title", &t.title)
        .void();
    let mut out = m.finish();
    out.push('\n');
    out
}
