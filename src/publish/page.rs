//! The prerendered HTML: the snippet (an `<article-embed>` holding a declarative shadow root),
//! the full embed page for iframes and webviews, and the short card page for oEmbed. Every
//! value goes through the core's `Markup` builder, every URL through `SafeUrl`. The snippet
//! carries no script; the embed and card pages carry one, the same constant bytes on every page
//! ([`frame_js`]): no article text is ever written into it.

use super::css::{root_sized_widget_css, ROOT_SIZE_PROPERTY};
use super::meta::link_preview;
use crate::core::html::{Markup, SafeUrl};
use crate::core::render::View;
use std::sync::LazyLock;

/// `www/frame.js` as written, with its comments and indentation.
const FRAME_SOURCE: &str = include_str!("../../www/frame.js");

/// The frame script of the embed and card pages: it reports the page's height to WordPress's
/// `wp-embed.js`, to the loader's `mode="iframe"` and to an app's bridge. Inline, so a card in a
/// WordPress sandbox sizes itself without a second request; the same bytes on every page (the
/// page generator never splices anything into it): `www/frame.js` without its whole-line
/// comments and indentation (1.7 KB gzipped instead of 2.6).
pub fn frame_js() -> &'static str {
    static JS: LazyLock<String> = LazyLock::new(|| {
        let lines: Vec<&str> = FRAME_SOURCE
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with("//"))
            .collect();
        lines.join("\n")
    });
    &JS
}

/// The card's height in the widget's own rem: at the browser's default text size (16 px), the
/// [`CARD_HEIGHT`] `oembed.json` states.
pub const CARD_HEIGHT_REM: u32 = 45;

/// The card's height in CSS px at the browser's default text size, whatever the article and at
/// any width from a phone's to the widest frame (WordPress's 500 to 640 px included): what
/// `oembed.json` says. With a larger default text size the card is that many rem tall, at most
/// [`CARD_MAX_PX`], and the frame script reports the height it has.
pub const CARD_HEIGHT: u32 = CARD_HEIGHT_REM * 16;

/// The most the card grows to with the reader's larger text: under WordPress's 1,000 px.
pub const CARD_MAX_PX: u32 = 990;

/// The card's extra rules: one known height (a column whose head, "read the article" link and
/// share row keep their size while the body takes what is left, cut with a fade; the whole text
/// stays in the markup), a bounded image, and the head's parts cut after a few lines. Sized in
/// the widget's own rem, as [`root_sized_widget_css`] is. Should the head and foot outgrow the
/// height (very large text in a narrow frame), the card grows rather than cut them.
fn card_css() -> String {
    format!(
        ".ae-card{{display:flex;flex-direction:column;\
height:min(calc({CARD_HEIGHT_REM}*var(--ae-rem)),{CARD_MAX_PX}px);min-height:min-content}}\
.ae-card>*{{flex:none}}\
.ae-card>.ae-body{{flex:1 1 0;min-height:0;overflow:hidden;margin-block-end:calc(.75*var(--ae-rem));\
mask-image:linear-gradient(#000 calc(100% - 2.5*var(--ae-rem)),transparent)}}\
.ae-card .ae-figure img{{max-height:calc(10*var(--ae-rem));object-fit:cover}}\
.ae-card .ae-foot{{margin-block-start:calc(.75*var(--ae-rem))}}.ae-more{{font-weight:600}}\
.ae-card .ae-kicker,.ae-card .ae-title,.ae-card .ae-lead,\
.ae-card figcaption,.ae-card .ae-byline\
{{display:-webkit-box;-webkit-box-orient:vertical;overflow:hidden}}\
.ae-card .ae-kicker,.ae-card figcaption,.ae-card .ae-byline{{-webkit-line-clamp:1}}\
.ae-card .ae-title{{-webkit-line-clamp:3}}\
.ae-card .ae-lead{{-webkit-line-clamp:2}}"
    )
}

/// The page around an embed or card: full width, safe-area insets, light or dark as the
/// reader's system is.
pub const PAGE_CSS: &str = "html{color-scheme:light dark;background:#fff}\
@media (prefers-color-scheme:dark){html{background:#17171b}}\
body{margin:0;padding:env(safe-area-inset-top) env(safe-area-inset-right) \
env(safe-area-inset-bottom) env(safe-area-inset-left)}\
article-embed,article-embed-card{display:block}";

/// The stylesheet inside a snippet's (or a card's) shadow root: the widget's (which styles the
/// prerendered switcher too, so a pinned fragment painted with the browser build's stylesheet
/// looks the same), and the card's rules. The same bytes for every article, so one hash allows
/// it under a strict CSP (`csp`).
pub fn shadow_css(host: Host) -> &'static str {
    static CARD: LazyLock<String> =
        LazyLock::new(|| [root_sized_widget_css(), &card_css()].concat());
    match host {
        Host::Embed => root_sized_widget_css(),
        Host::Card => &CARD,
    }
}

/// Which element hosts the shadow root.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Host {
    /// `<article-embed src=… lang=…>`, which the loader knows.
    Embed,
    /// `<article-embed-card>`, which no script mounts.
    Card,
}

/// A shadow host with its declarative shadow root: the styles, then `inner` (the article or
/// the card); then, in the light DOM, the fallback link for browsers without declarative
/// shadow roots.
pub fn snippet(v: &View<'_>, src: &SafeUrl, inner: Markup, host: Host) -> Markup {
    let mut m = Markup::new();
    let open = match host {
        Host::Embed => m.tag("article-embed").url("src", src),
        Host::Card => m.tag("article-embed-card"),
    };
    let height = v.options.max_height.map(|h| h.to_string());
    open.attr("lang", v.lang.as_str())
        .attr("dir", v.lang.dir().as_str())
        .attr_opt(
            "max-height",
            height.as_deref().filter(|_| host == Host::Embed),
        )
        .attr("data-prerendered", "")
        .body(|m| {
            // Applies to the whole document from here; a shadow tree ignores `@property`.
            m.tag("style").body(|m| {
                m.trusted(ROOT_SIZE_PROPERTY);
            });
            m.tag("template").attr("shadowrootmode", "open").body(|m| {
                m.tag("style").body(|m| {
                    m.trusted(shadow_css(host));
                });
                m.append(inner);
            });
            m.tag("a")
                .url("href", v.page_url_safe())
                .text(&v.translation.title);
        });
    m
}

/// A whole page around a snippet: responsive, `viewport-fit=cover`, following dark mode;
/// links open in the top window, not in the frame. It carries what a shared link previews as
/// ([`link_preview`]), lists its sibling pages in the article's other languages
/// (`<link rel="alternate" hreflang>`, what an app's language message goes to) and carries the
/// frame script.
pub fn page(v: &View<'_>, body: Markup) -> String {
    let mut m = Markup::new();
    m.trusted("<!doctype html>\n");
    m.tag("html")
        .attr("lang", v.lang.as_str())
        .attr("dir", v.lang.dir().as_str())
        .body(|m| {
            m.tag("head").body(|m| {
                m.tag("meta").attr("charset", "utf-8").void();
                m.tag("meta")
                    .attr("name", "viewport")
                    .attr(
                        "content",
                        "width=device-width, initial-scale=1, viewport-fit=cover",
                    )
                    .void();
                m.tag("meta")
                    .attr("name", "color-scheme")
                    .attr("content", "light dark")
                    .void();
                m.tag("meta")
                    .attr("name", "referrer")
                    .attr("content", "strict-origin-when-cross-origin")
                    .void();
                m.tag("title").text(&v.translation.title);
                m.tag("link")
                    .attr("rel", "canonical")
                    .url("href", v.page_url_safe())
                    .void();
                link_preview(m, v);
                m.tag("base").attr("target", "_top").void();
                for l in v.article.languages.iter().filter(|l| *l != v.lang) {
                    let sibling = SafeUrl::parse_or_relative(&format!("{}.html", l.as_str()));
                    if let Some(href) = sibling {
                        m.tag("link")
                            .attr("rel", "alternate")
                            .attr("hreflang", l.as_str())
                            .url("href", &href)
                            .void();
                    }
                }
                m.tag("style").body(|m| {
                    m.trusted(PAGE_CSS);
                });
                m.tag("script").body(|m| {
                    m.trusted(frame_js());
                });
            });
            m.tag("body").body(|m| {
                m.append(body);
            });
        });
    let mut out = m.finish();
    out.push('\n');
    out
}
