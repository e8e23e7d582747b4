//! The article body: blocks, inlines, images, the ad slot and flagged passages.

use super::{AdSlot, View};
use crate::core::action::Action;
use crate::core::article::translation_check::suspect_blocks;
use crate::core::article::{Block, BlockKind, Inline, SpanKind};
use crate::core::html::Markup;
use crate::core::i18n::Msg;
use std::ops::Range;

/// The body's blocks in `part` (all of them, or the two sides of a prerendered page's cut),
/// in a `.ae-body`; the `first` part carries the id a "Continue reading" control names.
pub(super) fn body(m: &mut Markup, v: &View<'_>, part: Range<usize>, first: bool) {
    let blocks = &v.translation.blocks;
    let suspects = match v.original {
        Some((_, orig)) if v.translation.machine_translated => suspect_blocks(v.translation, orig),
        _ => Vec::new(),
    };
    // Where the ad goes: the article's own marker, unless the embed moves it.
    let ad_after_paragraphs = v.options.ad_after;
    let open = m.tag("div").attr("class", "ae-body");
    let open = if first {
        open.attr("id", "ae-body")
    } else {
        open
    };
    open.body(|m| {
        let mut paragraphs = 0;
        let mut ad_done = ad_after_paragraphs == Some(0);
        for (i, b) in blocks.iter().enumerate() {
            let here = part.contains(&i);
            if matches!(b.kind, BlockKind::Ad) {
                if ad_after_paragraphs.is_none() && !ad_done {
                    if here {
                        ad_slot(m, v);
                    }
                    ad_done = true;
                }
                continue;
            }
            if here {
                let suspect = suspects.iter().find(|(t, _)| std::ptr::eq(*t, b));
                block(m, v, b, suspect.map(|(_, o)| *o));
            }
            if matches!(b.kind, BlockKind::Paragraph(_)) {
                paragraphs += 1;
                if !ad_done && ad_after_paragraphs == Some(paragraphs) {
                    if here {
                        ad_slot(m, v);
                    }
                    ad_done = true;
                }
            }
        }
    });
}

pub(super) fn block(m: &mut Markup, v: &View<'_>, b: &Block, original: Option<&Block>) {
    let lang = b.lang.as_ref().map(|l| l.as_str());
    let dir = b.lang.as_ref().map(|l| l.dir().as_str());
    let id = b.id.as_deref();
    match &b.kind {
        BlockKind::Heading { level, text } => {
            // The headline is an h2, so body headings start one level below it.
            let tag = match level {
                2 => "h3",
                3 => "h4",
                _ => "h5",
            };
            m.tag(tag)
                .attr_opt("lang", lang)
                .attr_opt("dir", dir)
                .attr_opt("data-block", id)
                .body(|m| inlines(m, text));
        }
        BlockKind::Paragraph(text) => {
            m.tag("p")
                .attr_opt("lang", lang)
                .attr_opt("dir", dir)
                .attr_opt("data-block", id)
                .attr_opt("class", original.map(|_| "ae-suspect"))
                .body(|m| inlines(m, text));
            if let Some(o) = original {
                original_passage(m, v, b, o);
            }
        }
        BlockKind::Quote { text, cite } => {
            m.tag("figure")
                .attr("class", "ae-quote")
                .attr_opt("lang", lang)
                .attr_opt("dir", dir)
                .attr_opt("data-block", id)
                .body(|m| {
                    m.tag("blockquote").body(|m| {
                        m.tag("p").body(|m| inlines(m, text));
                    });
                    if let Some(c) = cite {
                        m.tag("figcaption").text(c);
                    }
                });
        }
        BlockKind::List { ordered, items } => {
            m.tag(if *ordered { "ol" } else { "ul" })
                .attr_opt("lang", lang)
                .attr_opt("dir", dir)
                .attr_opt("data-block", id)
                .body(|m| {
                    for item in items {
                        m.tag("li").body(|m| inlines(m, item));
                    }
                });
        }
        BlockKind::Image {
            src,
            alt,
            width,
            height,
            caption,
        } => {
            m.tag("figure")
                .attr("class", "ae-figure")
                .attr_opt("lang", lang)
                .attr_opt("data-block", id)
                .body(|m| {
                    m.tag("img")
                        .url("src", src)
                        .attr("alt", alt)
                        .attr("width", &width.to_string())
                        .attr("height", &height.to_string())
                        .attr("loading", "lazy")
                        .attr("decoding", "async")
                        .void();
                    if let Some(c) = caption {
                        m.tag("figcaption").body(|m| inlines(m, c));
                    }
                });
        }
        BlockKind::Ad => {}
    }
}

/// A flagged passage: a visible note and a disclosure with the original passage in its own
/// language. A native `<details>` needs no script and is keyboard and screen reader usable.
fn original_passage(m: &mut Markup, v: &View<'_>, translated: &Block, original: &Block) {
    let Some((orig_lang, _)) = v.original else {
        return;
    };
    let open = translated
        .id
        .as_ref()
        .is_some_and(|id| v.state.originals_open.contains(id));
    let details = m
        .tag("details")
        .attr("class", "ae-original")
        .attr_opt("lang", v.ui_lang());
    let details = match &translated.id {
        Some(id) => details.action(&Action::ToggleOriginal(id.clone())),
        None => details,
    };
    details.flag("open", open).body(|m| {
        m.tag("summary").body(|m| {
            m.text(v.ui.get(Msg::MtSuspect));
            m.text(" ");
            m.tag("span")
                .attr("class", "ae-link")
                .text(v.ui.get(Msg::MtOriginalShow));
        });
        let label = v.ui.format(
            Msg::MtOriginalLabel,
            &[("language", v.language_name_in_ui(orig_lang))],
        );
        m.tag("div")
            .attr("class", "ae-original-text")
            .attr("lang", orig_lang.as_str())
            .attr("dir", orig_lang.dir().as_str())
            .body(|m| {
                m.tag("span")
                    .attr("class", "ae-label")
                    .attr("lang", v.ui.lang().as_str())
                    .text(&label);
                for unit in original.text_units() {
                    m.tag("p").text(&unit);
                }
            });
    });
}

fn ad_slot(m: &mut Markup, v: &View<'_>) {
    // Without a creative there is nothing to show or to ask consent for.
    if v.ad_creative.is_none() {
        return;
    }
    m.tag("aside")
        .attr("class", "ae-ad")
        .attr("aria-label", v.ui.get(Msg::Advertisement))
        .attr_opt("lang", v.ui_lang())
        .body(|m| {
            m.tag("p")
                .attr("class", "ae-ad-label")
                .text(v.ui.get(Msg::Advertisement));
            match (v.ad, v.ad_creative) {
                (AdSlot::Allowed, Some(ad)) => {
                    // Sandboxed: scripts may run, but with an opaque origin (no cookies or
                    // storage of ours or the host's) and no navigation of the host page.
                    m.tag("div").attr("class", "ae-ad-frame").body(|m| {
                        m.tag("iframe")
                            .url("src", &ad.src)
                            .attr("title", v.ui.get(Msg::Advertisement))
                            .attr("width", &ad.width.to_string())
                            .attr("height", &ad.height.to_string())
                            .attr(
                                "sandbox",
                                "allow-scripts allow-popups allow-popups-to-escape-sandbox",
                            )
                            .attr("referrerpolicy", "no-referrer")
                            .attr("loading", "lazy")
                            .body(|_| {});
                    });
                }
                (_, None) => {}
                (AdSlot::Hidden, Some(_)) if v.consent.manageable => {
                    m.tag("button")
                        .attr("type", "button")
                        .attr("class", "ae-ad-hidden")
                        .action(&Action::OpenPrivacy)
                        .text(v.ui.get(Msg::AdHidden));
                }
                (AdSlot::Hidden, Some(_)) => {
                    m.tag("p")
                        .attr("class", "ae-ad-hidden")
                        .text(v.ui.get(Msg::AdHidden));
                }
            }
        });
}

/// Writes inline content.
pub(super) fn inlines(m: &mut Markup, list: &[Inline]) {
    for i in list {
        match i {
            Inline::Text(t) => {
                m.text(t);
            }
            Inline::Span {
                kind,
                lang,
                children,
            } => {
                let lang_s = lang.as_ref().map(|l| l.as_str());
                let dir = lang.as_ref().map(|l| l.dir().as_str());
                let open = match kind {
                    SpanKind::Strong => m.tag("strong"),
                    SpanKind::Emphasis => m.tag("em"),
                    SpanKind::Plain => m.tag("span"),
                    SpanKind::Link(url) => m
                        .tag("a")
                        .url("href", url)
                        .attr("target", "_blank")
                        .attr("rel", "noopener noreferrer"),
                };
                open.attr_opt("lang", lang_s)
                    .attr_opt("dir", dir)
                    .body(|m| inlines(m, children));
            }
        }
    }
}
