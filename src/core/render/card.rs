//! A short card of the article (native only, for the publisher's tool): the headline with its
//! lead and byline, the first image, the first paragraphs, a link to the whole article and the
//! share row. Small enough for an oEmbed frame (WordPress allows at most 1,000 px of height).

use super::body::block;
use super::inlines::refs;
use super::row::ShareRow;
use super::share_row::share_row;
use super::{chrome, View};
use crate::core::article::BlockKind;
use crate::core::html::Markup;
use crate::core::i18n::Msg;

/// How many paragraphs of the body the card shows.
pub const CARD_PARAGRAPHS: usize = 2;

/// The card as a fragment, to place inside a page or a declarative shadow root.
pub fn card_markup(v: &View<'_>) -> Markup {
    let mut m = Markup::new();
    let blocks = &v.translation.blocks;
    let image = blocks
        .iter()
        .enumerate()
        .find(|(_, b)| matches!(b.kind, BlockKind::Image { .. }));
    let paragraphs = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Paragraph(_)))
        .take(CARD_PARAGRAPHS);
    let refs = refs(v);
    m.tag("article")
        .attr("class", "ae ae-card")
        .attr("lang", v.lang.as_str())
        .attr("dir", v.lang.dir().as_str())
        .attr("aria-labelledby", "ae-title")
        .body(|m| {
            m.tag("header")
                .attr("class", "ae-head")
                .body(|m| chrome::headline(m, v));
            m.tag("div").attr("class", "ae-body").body(|m| {
                if let Some(b) = image {
                    block(m, v, b, None, refs);
                }
                for b in paragraphs {
                    block(m, v, b, None, refs);
                }
            });
            m.tag("p")
                .attr("class", "ae-more")
                .attr_opt("lang", v.ui_lang())
                .body(|m| {
                    m.tag("a")
                        .url("href", v.page_url_safe())
                        .attr("class", "ae-link")
                        .text(v.ui.get(Msg::ErrorReadOnSite));
                });
            m.tag("footer")
                .attr("class", "ae-foot")
                .body(|m| share_row(m, v, ShareRow::Bottom));
        });
    m
}
