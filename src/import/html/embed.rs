//! Embeds: WordPress's embed block (`figure.wp-block-embed`) as a live site serves it, i.e.
//! with the HTML WordPress saved from the provider's oEmbed answer (an iframe, or a quoted
//! post's blockquote and script), or with the bare URL when WordPress could not resolve it;
//! and players' iframes anywhere else (a custom HTML block, a classic post).
//!
//! A YouTube or Vimeo player becomes an `embed` block (the facade): its page URL is rebuilt
//! from the video the player names, by the core's provider table, and its title is the
//! iframe's (WordPress puts the video's title there). A bare URL the table reads becomes the
//! same facade, without a title. Any other player (Dailymotion, Spotify …: no
//! privacy-enhanced mode) becomes a link to the original, with a warning; a quoted post
//! becomes a `post` block (see `social`). The platform's script is never kept.

use super::{has_class, has_text, Mapper};
use crate::core::article::media::Embed;
use crate::core::article::provider::{MediaId, Provider};
use crate::core::article::{Block, BlockKind, Inline, SpanKind};
use crate::core::html::SafeUrl;
use crate::core::limits::IMAGE_MAX_PX;
use crate::import::report::{AsLink, Dropped, Warning};
use scraper::ElementRef;

/// The title YouTube's "share → embed" code gives every iframe: no title at all.
const YOUTUBE_GENERIC_TITLE: &str = "YouTube video player";

/// The page of a video a provider's rules read: what the facade links to.
pub fn page_url(provider: Provider, m: &MediaId) -> String {
    match (provider, &m.key) {
        (Provider::YouTube, _) => format!("https://www.youtube.com/watch?v={}", m.id),
        (Provider::Vimeo, Some(key)) => format!("https://vimeo.com/{}/{key}", m.id),
        (Provider::Vimeo, None) => format!("https://vimeo.com/{}", m.id),
    }
}

impl Mapper<'_> {
    /// An embed block's figure: its content mapped in order, its caption given to the facade
    /// it made (else kept as a paragraph after it).
    pub(super) fn embed_figure(&mut self, fig: ElementRef) {
        let caption = super::direct_child(fig, "figcaption")
            .map(|c| self.run(c).inlines)
            .filter(|c| c.iter().any(has_text));
        let wrapper = fig
            .child_elements()
            .find(|e| has_class(*e, "wp-block-embed__wrapper"))
            .unwrap_or(fig);
        let start = self.blocks.len();
        let elements: Vec<ElementRef> = wrapper
            .child_elements()
            .filter(|e| e.value().name() != "figcaption")
            .collect();
        if elements.is_empty() {
            let url: String = wrapper
                .children()
                .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                .collect();
            let url = url.trim();
            self.bare_url(url, fig);
        } else {
            let was = std::mem::replace(&mut self.in_embed, true);
            for el in elements {
                self.node(*el);
            }
            self.in_embed = was;
            self.flush();
            if self.blocks.len() == start {
                self.report.drop(Dropped::Embed, &fig.html());
            }
        }
        if let Some(c) = caption {
            let one = self.blocks.len() == start + 1;
            match self.blocks.get_mut(start).map(|b| &mut b.kind) {
                Some(BlockKind::Embed(e)) if one && e.caption.is_none() => e.caption = Some(c),
                _ => self.push(BlockKind::Paragraph(c)),
            }
        }
    }

    /// The URL WordPress could not resolve, as the embed block saved it: a facade when the
    /// provider table reads a video from it, else a link.
    fn bare_url(&mut self, text: &str, fig: ElementRef) {
        if text.is_empty() {
            self.report.drop(Dropped::EmptyBlock, &fig.html());
            return;
        }
        let Some(url) = text.starts_with("http").then(|| self.url(text)).flatten() else {
            self.report.drop(Dropped::Embed, &fig.html());
            return;
        };
        match Provider::ALL
            .into_iter()
            .find_map(|p| p.media_id(url.as_str()).map(|m| (p, m)))
        {
            Some((provider, media)) => self.push(BlockKind::Embed(Embed {
                provider,
                url,
                media,
                title: None,
                caption: None,
                poster: None,
                size: None,
            })),
            None => {
                let link = self.link_block(url, text.to_owned(), AsLink::NoPlayer);
                self.blocks.push(link);
            }
        }
    }

    /// An `<iframe>`: a provider's player as a facade; inside an embed block, any other
    /// player as a link to it; else dropped.
    pub(super) fn iframe(
        &mut self,
        iframe: ElementRef,
        caption: Option<Vec<Inline>>,
    ) -> Option<Block> {
        let src = iframe.attr("src").and_then(|s| self.url(s));
        let Some(src) = src else {
            self.report.drop(Dropped::Iframe, &iframe.html());
            return None;
        };
        if let Some((provider, media)) = Provider::ALL
            .into_iter()
            .find_map(|p| p.media_id(src.as_str()).map(|m| (p, m)))
        {
            let url = SafeUrl::parse(&page_url(provider, &media))?;
            let title = iframe
                .attr("title")
                .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|t| !t.is_empty() && t != YOUTUBE_GENERIC_TITLE);
            let dim = |name| {
                iframe
                    .attr(name)
                    .and_then(|v| v.trim().parse::<u32>().ok())
                    .filter(|v| (1..=IMAGE_MAX_PX).contains(v))
            };
            return Some(Block {
                id: None,
                lang: None,
                kind: BlockKind::Embed(Embed {
                    provider,
                    url,
                    media,
                    title,
                    caption,
                    poster: None,
                    size: dim("width").zip(dim("height")),
                }),
            });
        }
        if has_class(iframe, "mastodon-embed") {
            // Mastodon's older embed: an iframe of the post's `/embed` page.
            let post = src.as_str().trim_end_matches("/embed").to_owned();
            let url = SafeUrl::parse(&post)?;
            return Some(self.link_block(url, post, AsLink::NoText));
        }
        if self.in_embed && !has_class(iframe, "wp-embedded-content") {
            let text = iframe
                .attr("title")
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map_or_else(|| src.as_str().to_owned(), str::to_owned);
            return Some(self.link_block(src, text, AsLink::NoPlayer));
        }
        self.report.drop(Dropped::Iframe, &iframe.html());
        None
    }

    /// A paragraph holding one link to an embed's original, with the warning saying why it
    /// is a link.
    pub(super) fn link_block(&mut self, url: SafeUrl, text: String, why: AsLink) -> Block {
        self.report.warnings.push(Warning::EmbedAsLink {
            lang: self.lang.clone(),
            url: url.as_str().to_owned(),
            why,
        });
        Block {
            id: None,
            lang: None,
            kind: BlockKind::Paragraph(vec![Inline::Span {
                kind: SpanKind::Link(url),
                lang: None,
                children: vec![Inline::Text(text)],
            }]),
        }
    }
}
