//! The article body: the blocks, the ad slot and flagged passages. Tables, media and
//! footnotes are drawn by `table`, `media` and `notes`, inline content by `inlines`.

use super::element::open;
use super::inlines::{inlines, refs, Refs};
use super::{media, notes, table, AdSlot, View};
use crate::core::action::Action;
use crate::core::article::translation_check::suspect_blocks;
use crate::core::article::{Block, BlockKind, ListItem, PreVariant};
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
    let refs = refs(v);
    let open = m.tag("div").attr("class", "ae-body");
    let open = if first {
        open.attr("id", "ae-body")
    } else {
        open
    };
    open.body(|m| {
        let mut paragraphs = 0;
        let mut ad_done = ad_after_paragraphs == Some(0);
        for (at, b) in blocks.iter().enumerate() {
            let here = part.contains(&at);
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
                block(m, v, (at, b), suspect.map(|(_, o)| *o), refs);
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

/// One block, `at` its position in the translation (what names its parts in the markup).
pub(super) fn block(
    m: &mut Markup,
    v: &View<'_>,
    (at, b): (usize, &Block),
    original: Option<&Block>,
    refs: Refs,
) {
    match &b.kind {
        BlockKind::Heading { level, text } => {
            // The headline is an h2, so body headings start one level below it.
            let tag = match level {
                2 => "h3",
                3 => "h4",
                _ => "h5",
            };
            open(m, tag, None, b).body(|m| inlines(m, v, text, refs));
        }
        BlockKind::Paragraph(text) => {
            open(m, "p", original.map(|_| "ae-suspect"), b).body(|m| inlines(m, v, text, refs));
            if let Some(o) = original {
                original_passage(m, v, b, o);
            }
        }
        BlockKind::Quote { text, cite, pull } => {
            let class = if *pull {
                "ae-quote ae-pull"
            } else {
                "ae-quote"
            };
            open(m, "figure", Some(class), b).body(|m| {
                m.tag("blockquote").body(|m| {
                    m.tag("p").body(|m| inlines(m, v, text, refs));
                });
                if let Some(c) = cite {
                    m.tag("figcaption").text(c);
                }
            });
        }
        BlockKind::List { ordered, items } => {
            let tag = if *ordered { "ol" } else { "ul" };
            open(m, tag, None, b).body(|m| list_items(m, v, items, refs));
        }
        BlockKind::Image {
            src,
            alt,
            width,
            height,
            caption,
        } => {
            open(m, "figure", Some("ae-figure"), b).body(|m| {
                media::img(m, src, alt, *width, *height);
                if let Some(c) = caption {
                    m.tag("figcaption").body(|m| inlines(m, v, c, refs));
                }
            });
        }
        BlockKind::Ad => {}
        BlockKind::Table(t) => table::table(m, v, (at, b), t, refs),
        BlockKind::Embed(e) => media::embed(m, v, (at, b), e, refs),
        BlockKind::Post(p) => media::post(m, v, b, p, refs),
        BlockKind::Video(video) => media::video(m, v, b, video, refs),
        BlockKind::Audio(a) => media::audio(m, v, b, a, refs),
        BlockKind::Gallery(g) => media::gallery(m, v, b, g, refs),
        BlockKind::Preformatted { variant, text } => {
            let class = match variant {
                PreVariant::Code => "ae-pre ae-code",
                PreVariant::Verse => "ae-pre ae-verse",
                PreVariant::Plain => "ae-pre",
            };
            if *variant == PreVariant::Code {
                // Code reads left to right in every language, and is not for translating.
                m.tag("pre")
                    .attr("class", class)
                    .attr_opt("lang", b.lang.as_ref().map(|l| l.as_str()))
                    .attr("dir", "ltr")
                    .attr("translate", "no")
                    .attr_opt("data-block", b.id.as_deref())
                    .body(|m| {
                        m.tag("code").text(text);
                    });
            } else {
                // The parser drops one line break right after `<pre>`: this one, not the text's.
                open(m, "pre", Some(class), b).body(|m| {
                    m.text("\n").text(text);
                });
            }
        }
        BlockKind::Separator => open(m, "hr", Some("ae-hr"), b).void(),
        BlockKind::Buttons(buttons) => {
            open(m, "p", Some("ae-buttons"), b).body(|m| {
                for button in buttons {
                    m.tag("a")
                        .url("href", &button.url)
                        .attr("class", "ae-button")
                        .attr("target", "_blank")
                        .attr("rel", "noopener noreferrer")
                        .text(&button.text);
                }
            });
        }
        BlockKind::Footnotes(list) => notes::footnotes(m, v, b, list, refs),
    }
}

/// A list's items; an item's own list nests inside it.
fn list_items(m: &mut Markup, v: &View<'_>, items: &[ListItem], refs: Refs) {
    for item in items {
        m.tag("li").body(|m| {
            inlines(m, v, &item.text, refs);
            if let Some(l) = &item.list {
                m.tag(if l.ordered { "ol" } else { "ul" })
                    .body(|m| list_items(m, v, &l.items, refs));
            }
        });
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
